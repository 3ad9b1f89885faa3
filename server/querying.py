"""Running queries for a request: guard, query engine, errors as HTTP statuses, result headers."""
from __future__ import annotations

import json

from flask import Response, abort, current_app, request

from ..graph.sparql import Job, Result

from . import guard
from .errors import error

STATUS = {"syntax": 400, "not_acceptable": 406, "timeout": 503, "busy": 503, "memory": 503, "service": 502,
          "error": 500, "unsupported": 501}  # unsupported: needs the embedded store (a remote store is served)


def ext() -> dict:
    return current_app.extensions["coalition_kg"]


def run(job: Job) -> Result:
    """Check SERVICE endpoints, then run ``job`` under the time limit; abort on anything but ok."""
    cfg = current_app.config
    try:
        plan = guard.plan_query(job.text, cfg["SERVICE_ALLOWLIST"], cfg["SERVICE_ALLOW_PRIVATE"],
                                max_depth=int(cfg["MAX_DEPTH"]))
    except guard.BadRequest as exc:
        abort(error(400, f"malformed query: {exc}"))
    except guard.Refused as exc:
        abort(error(403, f"refused: {exc}"))
    job.text, job.services, job.allow_private = plan.text, plan.endpoints, bool(cfg["SERVICE_ALLOW_PRIVATE"])
    job.byte_cap = int(cfg["RESULT_BYTE_CAP"])
    storedir = ext()["storedir"]
    generation = storedir.current()  # None for a remote store: no generations, nothing cached
    if generation is None and not storedir.exists():
        abort(error(503, "no graph has been built on this server yet", "the operator runs `coalition-kg build`"))
    job.row_cap = int(cfg["ROW_CAP"])
    cache = ext()["cache"]
    key = cache.key(generation.name, job) if generation and not job.services else None
    res = cache.get(key) if key else None
    if res is None:
        res = ext()["pool"].run(job, float(cfg["QUERY_TIMEOUT"]), client=request.remote_addr or "")
        if key and res.status == "ok":
            cache.put(key, res)
    if res.status == "ok":
        res.etag, res.modified = key, generation.stat().st_mtime if generation else None
        return res
    if res.status == "syntax":
        abort(error(400, f"malformed query: {res.message}"))
    if res.status == "not_acceptable":
        from .formats import offered

        abort(error(406, f"no acceptable format for a {res.kind} result; offered: {offered()}"))
    if res.status == "timeout":
        abort(error(503, f"{res.message}: the query took too long and was stopped. Narrow it "
                              f"(LIMIT, more specific patterns) or ask the operator for a longer "
                              f"--query-timeout.", **{"Retry-After": "5"}))
    if res.status == "busy":
        abort(error(503, f"server busy: {res.message}; try again", **{"Retry-After": "5"}))
    if res.status == "memory":
        abort(error(503, f"{res.message} (the server's --query-memory limit); narrow the query",
                         **{"Retry-After": "5"}))
    abort(error(STATUS.get(res.status, 500), f"query failed: {res.message}"))


def cap_headers(res: Result) -> dict:
    h = {"X-SPARQL-Row-Cap": str(current_app.config["ROW_CAP"]), "Vary": "Accept"}
    if res.truncated:
        h["X-SPARQL-Truncated"] = (f"true; the result was cut at {res.rows} rows (the server's row cap "
                                   f"or its {current_app.config['RESULT_BYTE_CAP']}-byte result cap)")
    return h


def respond(res: Result) -> Response:
    """The result, with ETag and Last-Modified of the generation that answered it (304 when the
    client already has it)."""
    resp = Response(res.body, status=200, content_type=_ctype(res.media_type), headers=cap_headers(res))
    if getattr(res, "etag", None):
        resp.set_etag(res.etag)
        if res.modified:
            resp.last_modified = res.modified
        resp.cache_control.no_cache = True  # revalidate: the next build changes the answer
        resp.make_conditional(request)
    return resp


def _ctype(mt: str) -> str:
    return mt + "; charset=utf-8" if mt.startswith("text/") and "charset" not in mt else mt


def rows(text: str, union: bool = True, **subs) -> tuple[list[str], list[dict], Result]:
    """A SELECT's variables and rows as ``{var: term-dict}`` (SPARQL JSON terms), for pages."""
    res = run(Job(text, union=union, substitutions=subs))
    data = json.loads(res.body)
    return data["head"]["vars"], data["results"]["bindings"], res
