"""Content negotiation for SPARQL results and RDF graphs.

The first entry of each list is what a client that accepts anything (or sends no Accept) gets:
SPARQL JSON for SELECT/ASK, Turtle for CONSTRUCT/DESCRIBE, both listed by the SPARQL 1.1
Protocol. A ``format`` parameter (for links) wins over the Accept header.
"""
from __future__ import annotations

from werkzeug.datastructures import MIMEAccept

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


def negotiate(accept: MIMEAccept, fmt: str | None = None) -> tuple[str | None, str | None]:
    """(media type for SELECT/ASK results, media type for graphs); None where nothing acceptable."""
    results_default, graph_default = next(iter(RESULTS)), next(iter(GRAPHS))
    if fmt:
        mt = SHORT.get(fmt.lower(), fmt.lower())
        if mt in RESULTS:
            return RESULTS[mt], graph_default
        if mt in GRAPHS:
            return results_default, GRAPHS[mt]
        raise NotAcceptable(f"unknown format {fmt!r}; use one of: {', '.join(SHORT)} or a media type "
                            f"({', '.join(list(RESULTS) + list(GRAPHS))})")
    if not accept:
        return results_default, graph_default
    r = accept.best_match(list(RESULTS))
    g = accept.best_match(list(GRAPHS))
    return (RESULTS[r] if r else None), (GRAPHS[g] if g else None)


def offered() -> str:
    return ", ".join(list(RESULTS)[:4]) + " (SELECT/ASK); " + ", ".join(list(GRAPHS)[:4]) + " (CONSTRUCT/DESCRIBE)"
