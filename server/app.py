"""Flask application factory (as in the Flask tutorial): ``create_app(store=DIR, **config)``.

The query default graph is the union of the shared entity graph and every article graph.
Every default below is documented in README.md ("Limits and safety"); each can be passed as
a keyword to ``create_app`` or on the ``coalition-kg serve`` command line.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, request

from ..graph import canned
from ..graph.remote import RemotePool
from ..graph.engine import Limits, engine_for
from ..graph.store import StoreDir
from .cache import ResultCache

DEFAULTS = {
    "QUERY_TIMEOUT": 30.0,  # seconds; a longer query is answered 503 and stopped
    "ROW_CAP": 10_000,  # rows (or triples) per result; announced in headers and pages
    "MAX_CONTENT_LENGTH": 10 * 1024 * 1024,  # bytes per request body (Flask answers 413 beyond)
    "QUERY_THREADS": 16,  # queries one server process runs at once (more wait for a thread)
    "SLOW_QUERIES": 4,  # queries past DEMOTE_AFTER CPU seconds that may run at once, server-wide
    "SLOW_PER_CLIENT": 2,  # ... of them from one client address
    "DEMOTE_AFTER": 0.25,  # CPU seconds after which a query counts as slow
    "QUERY_MEMORY_MB": 2048,  # resident memory of a server process (MiB); past it slow queries get a 503
    "SLOTS_DIR": None,  # lock files that share the slow-query caps between server processes (server/run.py)
    "SUPERVISED": False,  # a process manager replaces this process (server/run.py): it may ask to be replaced
    "RESULT_BYTE_CAP": 64 * 1024 * 1024,  # serialised bytes per result; the result is cut (X-SPARQL-Truncated)
    "RESULT_CACHE_BYTES": 64 * 1024 * 1024,  # answers kept per store generation; 0 or $COALITION_KG_RESULT_CACHE=off: none
    "MAX_DEPTH": 64,  # bracket nesting a query or update may have; deeper is a 400
    "SERVICE_ALLOWLIST": ["https://query.wikidata.org/sparql"],  # SERVICE endpoints queries may use
    "SERVICE_ALLOW_PRIVATE": False,  # allow allowlisted endpoints on loopback/private addresses
    "UPDATE_TOKEN": None,  # writes (SPARQL Update, Graph Store writes) need "Authorization: Bearer" it
    "CORS_ORIGINS": "*",  # Access-Control-Allow-Origin for the read API; "" turns CORS off
    "QUERIES_DIR": None,
    "YASGUI_DIR": None,  # node_modules/@triply/yasgui/build (found next to the package by default)
}


def _engine(cfg):
    limits = Limits(threads=int(cfg["QUERY_THREADS"]), slow=int(cfg["SLOW_QUERIES"]),
                    slow_per_client=int(cfg["SLOW_PER_CLIENT"]), demote_after=float(cfg["DEMOTE_AFTER"]),
                    memory_mb=int(cfg["QUERY_MEMORY_MB"]))
    return engine_for(cfg["STORE"], limits, slots_dir=cfg["SLOTS_DIR"], supervised=bool(cfg["SUPERVISED"]))


def cors_headers(origins, origin: str | None, method: str) -> list[tuple[str, str]]:
    """The CORS headers of a read answer (``CORS_ORIGINS``: "*", a comma-separated list, or "")."""
    if not origins:
        return []
    allowed = [o.strip() for o in origins.split(",")] if isinstance(origins, str) else list(origins)
    out = []
    if "*" in allowed:
        out.append(("Access-Control-Allow-Origin", "*"))
    elif origin in allowed:
        out += [("Access-Control-Allow-Origin", origin), ("Vary", "Origin")]
    if method == "OPTIONS":
        out += [("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE, OPTIONS"),
                ("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization"),
                ("Access-Control-Max-Age", "3600")]
    return out + [("Access-Control-Expose-Headers", "X-SPARQL-Row-Cap, X-SPARQL-Truncated")]


def create_app(store: str | Path | None = None, **config) -> Flask:
    from ..paths import default_store

    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update(STORE=str(store or default_store()),
                      UPDATE_TOKEN=os.environ.get("COALITION_KG_UPDATE_TOKEN") or None)
    app.config.update({k: v for k, v in config.items() if v is not None})
    app.jinja_env.autoescape = True  # article text and labels are untrusted: always escaped
    queries = canned.load_all(Path(app.config["QUERIES_DIR"]) if app.config["QUERIES_DIR"] else None)
    remote = app.config.get("REMOTE_STORE")  # a graph.remote.RemoteStore: it stands in for both
    if remote:  # writes go to the remote engine's own endpoints, with its own access control
        app.config["UPDATE_TOKEN"] = None
    app.extensions["coalition_kg"] = {
        "storedir": remote or StoreDir(app.config["STORE"]),
        "pool": RemotePool(remote) if remote else _engine(app.config),
        "queries": queries,
        "cache": ResultCache(0 if os.environ.get("COALITION_KG_RESULT_CACHE", "").lower() in ("off", "0", "no")
                             else int(app.config["RESULT_CACHE_BYTES"])),
    }

    from werkzeug.exceptions import HTTPException, InternalServerError

    from . import api, errors, pages, protocol

    app.register_error_handler(HTTPException, errors.http_exception)
    app.register_error_handler(InternalServerError, errors.internal_error)
    app.register_blueprint(protocol.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)

    @app.after_request
    def cors(resp):
        for name, value in cors_headers(app.config["CORS_ORIGINS"], request.headers.get("Origin"), request.method):
            (resp.headers.add if name == "Vary" else resp.headers.__setitem__)(name, value)
        return resp

    from .fastpath import FastQueries

    app.wsgi_app = FastQueries(app, app.wsgi_app)  # type: ignore[method-assign]
    return app
