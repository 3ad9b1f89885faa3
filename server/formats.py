"""Content negotiation, in one place, on werkzeug's parsing of the Accept header.

``best(offers)`` is the rule every endpoint uses: the offer the client rates highest (the most
specific matching range sets its q, RFC 9110), the earlier offer on ties, the first offer when
the client sends no Accept header. For SPARQL results: SPARQL JSON for SELECT/ASK, Turtle for
CONSTRUCT/DESCRIBE first, as the SPARQL 1.1 Protocol lists them; a ``format`` parameter (for
links) wins over the Accept header.
"""
from __future__ import annotations

import functools

from flask import request
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

RESULTS = {  # media type offered -> media type pyoxigraph writes
    "application/sparql-results+json": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "text/csv": "text/csv",
    "text/tab-separated-values": "text/tab-separated-values",
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
}
GRAPHS = {
    "text/turtle": "text/turtle",
    "application/n-triples": "application/n-triples",
    "application/ld+json": "application/ld+json",
    "application/rdf+xml": "application/rdf+xml",
    "text/plain": "application/n-triples",  # N-Triples' old media type
    "application/x-turtle": "text/turtle",
}
SHORT = {
    "json": "application/sparql-results+json", "srj": "application/sparql-results+json",
    "xml": "application/sparql-results+xml", "srx": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values",
    "turtle": "text/turtle", "ttl": "text/turtle", "ntriples": "application/n-triples",
    "nt": "application/n-triples", "jsonld": "application/ld+json", "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml", "rdf": "application/rdf+xml", "xml-rdf": "application/rdf+xml",
}


class NotAcceptable(ValueError):
    pass


def negotiate(fmt: str | None = None) -> tuple[str | None, str | None]:
    """(media type for SELECT/ASK results, media type for graphs); None where nothing acceptable.
    Decided once per distinct Accept header and format: clients repeat theirs on every request."""
    return negotiate_header(request.headers.get("Accept", ""), fmt)


@functools.lru_cache(maxsize=256)
def negotiate_header(accept: str, fmt: str | None) -> tuple[str | None, str | None]:
    results_default, graph_default = next(iter(RESULTS)), next(iter(GRAPHS))
    if fmt:
        mt = SHORT.get(fmt.lower(), fmt.lower())
        if mt in RESULTS:
            return RESULTS[mt], graph_default
        if mt in GRAPHS:
            return results_default, GRAPHS[mt]
        raise NotAcceptable(f"unknown format {fmt!r}; use one of: {', '.join(SHORT)} or a media type "
                            f"({', '.join(list(RESULTS) + list(GRAPHS))})")
    parsed = parse_accept_header(accept, MIMEAccept)
    r, g = _best(parsed, list(RESULTS)), _best(parsed, list(GRAPHS))
    return (RESULTS[r] if r else None), (GRAPHS[g] if g else None)


def offered() -> str:
    return ", ".join(list(RESULTS)[:4]) + " (SELECT/ASK); " + ", ".join(list(GRAPHS)[:4]) + " (CONSTRUCT/DESCRIBE)"


def best(offers: list[str], aliases: dict[str, str] | None = None) -> str | None:
    """The offer to answer with, or None when the client accepts none of them (a 406).
    ``aliases`` maps other names clients use (``application/x-turtle``) to an offer."""
    return _best(request.accept_mimetypes, offers, aliases)


def _best(accept: MIMEAccept, offers: list[str], aliases: dict[str, str] | None = None) -> str | None:
    if not accept:
        return offers[0]
    aliases = {k: v for k, v in (aliases or {}).items() if v in offers}
    choice = accept.best_match(list(offers) + list(aliases))
    return aliases.get(choice, choice)


def wants_json() -> bool:
    """Whether an error should be JSON: the client prefers a JSON type to plain text."""
    return bool(request.accept_mimetypes) and \
        best(["text/plain", "application/json", "application/sparql-results+json"]) not in ("text/plain", None)
