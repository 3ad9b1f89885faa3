"""The canned queries as a web API, described by an OpenAPI 3 document made from their headers."""
from __future__ import annotations

import dataclasses
import json

from flask import Blueprint, abort, jsonify, request
from pyoxigraph import QueryResultsFormat, parse_query_results

from ..graph import canned
from ..graph.sparql import Job

from .errors import error
from .formats import best
from . import i18n, names
from .querying import ext, respond, run

bp = Blueprint("api", __name__)

API_FORMATS = {"json": "application/sparql-results+json", "csv": "text/csv",
               "tsv": "text/tab-separated-values", "xml": "application/sparql-results+xml"}
OPENAPI_TYPES = {"string": {"type": "string"}, "iri": {"type": "string", "format": "uri"},
                 "entity": {"type": "string", "description": "an IRI, a QID or an Arabic or English name"},
                 "integer": {"type": "integer"}, "decimal": {"type": "number"},
                 "date": {"type": "string", "format": "date"}, "lang_ar": {"type": "string"},
                 "lang_en": {"type": "string"}}


def bind_or_400(q: canned.CannedQuery, values: dict) -> dict:
    """Substitutions for ``values``, entity names resolved; a 400 listing the candidates else."""
    try:
        return q.bind(values, names.index())
    except canned.ParamError as exc:
        detail = None
        if exc.candidates:
            detail = "candidates: " + "; ".join(f"{iri} ({' / '.join(x for x in (en, ar) if x)})"
                                                for iri, en, ar in exc.candidates)
        elif any(p.type == "entity" for p in q.params):
            detail = "give an IRI, a QID (Q30) or an Arabic or English name; /api/names?q=… completes names"
        abort(error(400, str(exc), detail))


def with_labels(data: dict, lang: str) -> dict:
    """SPARQL JSON results with a ``<var>Label`` column after every column holding entity IRIs
    the name index knows (unless the query already has one of that name)."""
    idx = names.index()
    rows, head = data["results"]["bindings"], data["head"]["vars"]
    out_vars = []
    for v in head:
        out_vars.append(v)
        lv = v + "Label"
        if lv in head or not any(r.get(v, {}).get("type") == "uri" and idx.label(r[v]["value"]) for r in rows):
            continue
        out_vars.append(lv)
        for r in rows:
            t = r.get(v)
            label = idx.label(t["value"], lang) if t and t["type"] == "uri" else None
            if label:
                r[lv] = {"type": "literal", "value": label,
                         "xml:lang": lang if idx.labels[t["value"]].get(lang) == label else _lang_of(label)}
    data["head"]["vars"] = out_vars
    return data


def _lang_of(text: str) -> str:
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"


def serialize(data: dict, media_type: str) -> bytes:
    """SPARQL results JSON in ``media_type`` (JSON, CSV, TSV, XML), written by pyoxigraph."""
    body = json.dumps(data, ensure_ascii=False).encode()
    if media_type == "application/sparql-results+json":
        return body
    parsed = parse_query_results(body, format=QueryResultsFormat.JSON)
    return parsed.serialize(format=QueryResultsFormat.from_media_type(media_type))


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
    values.pop("lang", None)
    if fmt:
        if fmt not in API_FORMATS:
            abort(error(406, f"format must be one of {', '.join(API_FORMATS)}"))
        mt = API_FORMATS[fmt]
    else:
        mt = best(list(API_FORMATS.values()), {"application/json": "application/sparql-results+json"})
        if mt is None:
            abort(error(406, f"offered: {', '.join(API_FORMATS.values())}"))
    subs = {k.value: v for k, v in bind_or_400(q, values).items()}
    res = run(Job(q.text, graph_format="text/turtle", substitutions=subs))
    body = serialize(with_labels(json.loads(res.body), i18n.lang()), mt)
    # a copy: ``res`` may be the result cache's own object; the ETag stays the cached answer's
    resp = respond(dataclasses.replace(res, body=body, media_type=mt))
    resp.vary.add("Accept-Language")  # the …Label columns follow it
    return resp


@bp.get("/api/names")
def complete_names():
    """Completion for entity parameters: entities a name starts with or shares a word with."""
    kind = request.args.get("kind") or None
    return jsonify(names.index().complete(request.args.get("q", ""), kind, limit=20))


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
        params.append({"name": "lang", "in": "query", "required": False,
                       "description": "language of the added …Label columns (else Accept-Language)",
                       "schema": {"type": "string", "enum": ["en", "ar"]}})
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
