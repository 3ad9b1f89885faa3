"""Running queries for a request: guard, query engine, errors as HTTP statuses, result headers."""
from __future__ import annotations

import functools
import json

from flask import Response, abort, current_app, request
from werkzeug.http import http_date

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
    if ext()["storedir"].current() is None and not ext()["storedir"].exists():
        abort(error(503, "no graph has been built on this server yet", "the operator runs `coalition-kg build`"))
    return checked(answer(job, current_app, request.remote_addr or ""))


def answer(job: Job, app, client: str) -> Result:
    """``job`` (guarded) answered from the result cache or the engine, under ``app``'s caps and
    time limit; an ok answer carries the ETag and Last-Modified of the generation that gave it."""
    cfg, parts = app.config, app.extensions["coalition_kg"]
    job.row_cap, job.byte_cap = int(cfg["ROW_CAP"]), int(cfg["RESULT_BYTE_CAP"])
    generation = parts["storedir"].current()  # None for a remote store: no generations, nothing cached
    cache = parts["cache"]
    key = cache.key(generation.name, job) if generation and not job.services else None
    res = cache.get(key) if key else None
    if res is None:
        res = parts["pool"].run(job, float(cfg["QUERY_TIMEOUT"]), client=client)
        if key and res.status == "ok":
            cache.put(key, res)
    if res.status == "ok":
        res.etag, res.modified = key, _mtime(generation) if generation else None
    return res


@functools.lru_cache(maxsize=64)
def _mtime(generation) -> float:
    return generation.stat().st_mtime  # a generation is never written once it is current


def checked(res: Result) -> Result:
    """``res`` if ok; otherwise the request is aborted with the documented status and message."""
    if res.status == "ok":
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


def result_headers(res: Result, config) -> list[tuple[str, str]]:
    """The headers of an ok answer (``respond`` and ``fastpath`` both send these)."""
    h = [("Content-Type", _ctype(res.media_type)), ("X-SPARQL-Row-Cap", str(config["ROW_CAP"])), ("Vary", "Accept")]
    if res.truncated:
        h.append(("X-SPARQL-Truncated", f"true; the result was cut at {res.rows} rows (the server's row cap "
                                        f"or its {config['RESULT_BYTE_CAP']}-byte result cap)"))
    if res.etag:
        h += [("ETag", f'"{res.etag}"'), ("Cache-Control", "no-cache")]  # revalidate: a build changes it
        if res.modified:
            h.append(("Last-Modified", date_header(int(res.modified))))
    return h


@functools.lru_cache(maxsize=64)
def date_header(seconds: int) -> str:
    return http_date(seconds)  # formatting a date costs more than the rest of the headers


def respond(res: Result) -> Response:
    """The result, with ETag and Last-Modified of the generation that answered it (304 when the
    client already has it)."""
    resp = Response(res.body, status=200, headers=result_headers(res, current_app.config))
    if res.etag:
        resp.make_conditional(request)
    return resp


def _ctype(mt: str) -> str:
    return mt + "; charset=utf-8" if mt.startswith("text/") and "charset" not in mt else mt


def rows(text: str, union: bool = True, **subs) -> tuple[list[str], list[dict], Result]:
    """A SELECT's variables and rows as ``{var: term-dict}`` (SPARQL JSON terms), for pages."""
    res = run(Job(text, union=union, substitutions=subs))
    data = json.loads(res.body)
    return data["head"]["vars"], data["results"]["bindings"], res
