"""Flask application factory (as in the Flask tutorial): ``create_app(store=DIR)``.

The query default graph is the union of the shared entity graph and every article graph.
"""
from __future__ import annotations

from pathlib import Path

from flask import Flask, Response, abort, jsonify, request
from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

from coalition_kg.graph import canned
from coalition_kg.graph.store import Reader, StoreDir, StoreError

JSON_RESULTS = "application/sparql-results+json"


def create_app(store: str | Path | None = None, **config) -> Flask:
    from coalition_kg.paths import default_store

    app = Flask(__name__)
    app.config.update(STORE=str(store or default_store()), QUERIES_DIR=None)
    app.config.update(config)
    reader = Reader(StoreDir(app.config["STORE"]))
    queries = canned.load_all(Path(app.config["QUERIES_DIR"]) if app.config["QUERIES_DIR"] else None)
    app.extensions["coalition_kg"] = {"reader": reader, "queries": queries}

    def run(query: str, **kwargs):
        try:
            st = reader.store()
        except StoreError as exc:
            abort(Response(str(exc), status=503, mimetype="text/plain"))
        try:
            return st.query(query, use_default_graph_as_union=True, **kwargs)
        except SyntaxError as exc:
            abort(Response(f"malformed query: {exc}", status=400, mimetype="text/plain"))

    def results_response(result):
        if isinstance(result, (QuerySolutions, QueryBoolean)):
            return Response(result.serialize(format=QueryResultsFormat.JSON), mimetype=JSON_RESULTS)
        return Response(result.serialize(format=RdfFormat.TURTLE), mimetype="text/turtle")

    @app.route("/sparql", methods=["GET", "POST"])
    def sparql():
        if request.method == "POST" and request.mimetype == "application/sparql-query":
            query = request.get_data(as_text=True)
        else:
            query = request.values.get("query")
        if not query:
            return Response("pass a SPARQL query in the 'query' parameter", status=400, mimetype="text/plain")
        return results_response(run(query))

    @app.get("/api/queries")
    def list_queries():
        return jsonify([{"name": q.name, "title": q.title, "title_ar": q.title_ar,
                         "description": q.description,
                         "params": [vars(p) for p in q.params]} for q in queries.values()])

    @app.get("/api/queries/<name>")
    def run_canned(name):
        q = queries.get(name)
        if q is None:
            abort(404)
        try:
            subs = q.bind(request.args.to_dict())
        except canned.ParamError as exc:
            return Response(str(exc), status=400, mimetype="text/plain")
        return results_response(run(q.text, substitutions=subs))

    @app.get("/")
    def home():
        items = "".join(f'<li><a href="/api/queries/{q.name}">{q.title}</a> — <span dir="rtl" lang="ar">{q.title_ar}</span></li>'
                        for q in queries.values())
        return (f'<!doctype html><html lang="en"><meta charset="utf-8"><title>Coalition KG</title>'
                f'<h1>Coalition KG</h1><p>SPARQL endpoint: <a href="/sparql">/sparql</a></p><ul>{items}</ul></html>')

    return app
