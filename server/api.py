"""The canned queries as a web API, described by an OpenAPI 3 document made from their headers."""
from __future__ import annotations

from flask import Blueprint, abort, jsonify, request

from ..graph import canned
from ..graph.sparql import Job

from .errors import error
from .formats import best
from .querying import ext, respond, run

bp = Blueprint("api", __name__)

API_FORMATS = {"json": "application/sparql-results+json", "csv": "text/csv",
               "tsv": "text/tab-separated-values", "xml": "application/sparql-results+xml"}
OPENAPI_TYPES = {"string": {"type": "string"}, "iri": {"type": "string", "format": "uri"},
                 "integer": {"type": "integer"}, "decimal": {"type": "number"},
                 "date": {"type": "string", "format": "date"}, "lang_ar": {"type": "string"},
                 "lang_en": {"type": "string"}}


def bind_or_400(q: canned.CannedQuery, values: dict) -> dict:
    try:
        return q.bind(values)
    except canned.ParamError as exc:
        abort(error(400, str(exc)))


def describe(q: canned.CannedQuery) -> dict:
    return {"name": q.name, "title": q.title, "title_ar": q.title_ar, "description": q.description,
            "params": [vars(p) for p in q.params], "sparql": q.text,
            "api": f"/api/queries/{q.name}", "page": f"/queries/{q.name}"}


@bp.get("/api/queries")
def list_queries():
    return jsonify([describe(q) for q in ext()["queries"].values()])


@bp.get("/api/queries/<name>")
def run_canned(name):
    q = ext()["queries"].get(name) or abort(404)
    values = request.args.to_dict()
    fmt = values.pop("format", None)
    if fmt:
        if fmt not in API_FORMATS:
            abort(error(406, f"format must be one of {', '.join(API_FORMATS)}"))
        mt = API_FORMATS[fmt]
    else:
        mt = best(list(API_FORMATS.values()), {"application/json": "application/sparql-results+json"})
        if mt is None:
            abort(error(406, f"offered: {', '.join(API_FORMATS.values())}"))
    subs = {k.value: v for k, v in bind_or_400(q, values).items()}
    return respond(run(Job(q.text, results_format=mt, graph_format="text/turtle", substitutions=subs)))


@bp.get("/openapi.json")
def openapi():
    paths = {}
    for q in ext()["queries"].values():
        params = [{"name": p.name, "in": "query", "required": p.required,
                   "description": p.description or p.name,
                   "schema": {**OPENAPI_TYPES[p.type], **({"default": p.default} if p.default is not None else {})},
                   **({"example": p.example} if p.example is not None else {})} for p in q.params]
        params.append({"name": "format", "in": "query", "required": False, "description": "result format",
                       "schema": {"type": "string", "enum": list(API_FORMATS), "default": "json"}})
        paths[f"/api/queries/{q.name}"] = {"get": {
            "operationId": q.name.replace("-", "_"), "summary": q.title,
            "description": f"{q.description}\n\n{q.title_ar}", "parameters": params,
            "x-title-ar": q.title_ar,
            "responses": {
                "200": {"description": "SPARQL results (capped at the server's row cap, see X-SPARQL-Truncated)",
                        "content": {mt: {} for mt in API_FORMATS.values()}},
                "400": {"description": "a parameter is not valid"},
                "503": {"description": "the query ran past the time limit"}}}}
    return jsonify({
        "openapi": "3.0.3",
        "info": {"title": "Coalition KG canned queries", "version": "1",
                 "description": "Ready-made SPARQL queries over a knowledge graph of Arabic news about the "
                                "Global Coalition to Defeat ISIS. Parameters are bound as RDF terms, never "
                                "spliced into the query text. The full SPARQL endpoint is /sparql."},
        "servers": [{"url": request.host_url.rstrip("/")}],
        "paths": paths})
