"""/sparql's common case without the web framework: a GET with one ``query`` parameter.

Through Flask's request machinery (contexts, routing, hooks, its Response) a plain query
costs about 0.3 ms of CPU more than the query itself, as much as ``oxigraph serve`` spends on
a whole cheap request (``benchmarks/bench_build.py``, server CPU ms per request). This
middleware answers that one case with the app's own parts — ``guard.plan_query``,
``querying.answer`` (result cache, engine, caps, time limit), ``formats.negotiate_header``,
``querying.result_headers``, ``app.cors_headers`` — and hands everything else to the app before
anything runs: POST, HEAD, other parameters, conditional requests, SERVICE, a request the guard
refuses. A query that ran and failed is answered by the app's error shape (``querying.checked``)
in a request context, so it is never run twice.
"""
from __future__ import annotations

import functools
import time

from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Request

from ..graph.sparql import Job
from . import guard
from .formats import negotiate_header
from .querying import answer, checked, date_header, result_headers

CONDITIONAL = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE",
               "HTTP_RANGE", "HTTP_IF_RANGE")
# the app's after_request hooks this path may skip: ``cors`` (its headers are sent here) and
# ``remember_lang`` (it acts on a ``lang`` parameter, which a request taken here never has)
KNOWN_AFTER = {"cors", "remember_lang"}


class FastQueries:
    def __init__(self, app, inner):
        self.app, self.inner = app, inner

    def __call__(self, environ, start_response):
        job = self._job(environ)
        if job is None:
            return self.inner(environ, start_response)
        try:
            res = answer(job, self.app, environ.get("REMOTE_ADDR") or "")
        except Exception as exc:  # as the app would: logged, answered by its 500 handler
            return self._answer_in_app(environ, start_response, lambda: self.app.handle_exception(exc))
        if res.status != "ok":
            return self._answer_in_app(environ, start_response, lambda: _aborted(res))
        from .app import cors_headers

        headers = result_headers(res, self.app.config) + [("Content-Length", str(len(res.body))),
                                                          ("Date", date_header(int(time.time())))]
        headers += cors_headers(self.app.config["CORS_ORIGINS"], environ.get("HTTP_ORIGIN"), "GET")
        start_response("200 OK", headers)
        return [res.body]

    def _job(self, environ) -> Job | None:
        """The guarded job of a plain query, or None when the app must handle the request."""
        if environ.get("REQUEST_METHOD") != "GET" or environ.get("PATH_INFO") != "/sparql" \
                or any(h in environ for h in CONDITIONAL) or not self._plain_app():
            return None
        req = Request(environ)
        args = req.args
        if list(args.keys()) != ["query"] or len(args.getlist("query")) != 1:
            return None
        cfg = self.app.config
        try:
            plan = guard.plan_query(args["query"], cfg["SERVICE_ALLOWLIST"], cfg["SERVICE_ALLOW_PRIVATE"],
                                    max_depth=int(cfg["MAX_DEPTH"]))
        except (guard.BadRequest, guard.Refused):
            return None  # the app answers it, in its words
        if plan.endpoints or self.app.extensions["coalition_kg"]["storedir"].current() is None:
            return None
        results_fmt, graph_fmt = negotiate_header(req.headers.get("Accept", ""), None)
        return Job(plan.text, results_format=results_fmt, graph_format=graph_fmt, base_iri=_base_url(
            req.scheme, req.host, req.root_path, req.path))

    def _plain_app(self) -> bool:
        """No hook this path would skip: a before_request hook (an access check, say) added to the
        app later, or an after_request hook other than the two it stands in for."""
        after = {f.__name__ for fs in self.app.after_request_funcs.values() for f in fs}
        return not any(self.app.before_request_funcs.values()) and after <= KNOWN_AFTER

    def _answer_in_app(self, environ, start_response, make):
        """The app's answer ``make()`` (its error shape, its hooks), in a request context."""
        with self.app.request_context(environ):
            resp = self.app.process_response(self.app.make_response(make()))
        return resp(environ, start_response)


def _aborted(res):
    try:
        checked(res)
    except HTTPException as exc:
        return exc.get_response()
    raise AssertionError("checked() returns only ok results")


@functools.lru_cache(maxsize=256)
def _base_url(scheme: str, host: str, root_path: str, path: str) -> str:
    from werkzeug.sansio.utils import get_current_url

    return get_current_url(scheme, host, root_path, path)  # as request.base_url, the app's base IRI
