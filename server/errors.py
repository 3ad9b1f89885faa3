"""One error shape for every endpoint: ``{"error": …, "detail": …}`` for clients that prefer
JSON, plain text otherwise. Nothing in an error names a path, an address or a port of the
server's own machine: messages say what the client can change."""
from __future__ import annotations

import json

from flask import Response
from werkzeug.exceptions import HTTPException

from .formats import wants_json


def error(status: int, message: str, detail: str | None = None, **headers) -> Response:
    if wants_json():
        body = json.dumps({"error": message.rstrip(), "detail": detail}, ensure_ascii=False)
        return Response(body + "\n", status=status, mimetype="application/json", headers=headers)
    text = message.rstrip() + (f": {detail}" if detail else "")
    return Response(text + "\n", status=status, mimetype="text/plain", headers=headers)


def http_exception(exc: HTTPException) -> Response:
    """Flask's own errors (404, 405, 413, …) in the same shape."""
    if isinstance(exc.response, Response):
        return exc.response  # already shaped by ``error`` through ``abort(error(...))``
    resp = error(exc.code or 500, exc.name, exc.description)
    if exc.code == 405:
        resp.headers["Allow"] = ", ".join(exc.valid_methods or [])
    return resp


def internal_error(exc: Exception) -> Response:
    return error(500, "internal error", "the server failed on this request; it has been logged")
