"""The name index of the store being served (``graph.names.NameIndex``), rebuilt when a new
generation becomes current: canned-query parameters by name, labels in result tables and the
completion endpoint all read it."""
from __future__ import annotations

import threading

from flask import g

from ..graph.names import QUERY, NameIndex
from .querying import ext, rows

_lock = threading.Lock()
PAGE = 5000  # rows per request: under any row cap the server may be given


def index() -> NameIndex:
    """The index, looked up once per request (a result table asks for every cell)."""
    if "names_index" not in g:
        g.names_index = _current()
    return g.names_index


def _current() -> NameIndex:
    key = ext()["storedir"].current()
    cache = ext().setdefault("names", {})
    with _lock:
        if cache.get("key") != key or "index" not in cache:
            cache.update(key=key, index=NameIndex.from_rows(_fetch()))
        return cache["index"]


def _fetch() -> list[tuple[str, str, str, str | None]]:
    """The shared graph's names, types and QIDs, page by page (the worker caps every result)."""
    out, offset = [], 0
    while True:
        _, found, _ = rows(f"{QUERY} ORDER BY ?e ?p ?v LIMIT {PAGE} OFFSET {offset}")
        out += [(r["e"]["value"], r["p"]["value"], r["v"]["value"], r["v"].get("xml:lang")) for r in found]
        if len(found) < PAGE:
            return out
        offset += PAGE
