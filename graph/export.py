"""Export the store for other graph tools.

Turtle and N-Triples carry one graph: the union of all graphs, each statement once (Oxigraph's
union default graph repeats a triple stored in several article graphs). N-Quads and TriG keep
the named graphs.
"""
from __future__ import annotations

from typing import BinaryIO

from pyoxigraph import RdfFormat, Store, Triple, serialize

from .vocab import PREFIXES

FORMATS = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "nquads": RdfFormat.N_QUADS,
           "trig": RdfFormat.TRIG}


def export(store: Store, out: BinaryIO, *, fmt: str = "turtle") -> int:
    rdf_format = FORMATS[fmt]
    if fmt in ("nquads", "trig"):
        quads = list(store.quads_for_pattern(None, None, None))
        serialize(quads, out, rdf_format, prefixes=PREFIXES if fmt == "trig" else None)
        return len(quads)
    triples = sorted({Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None)},
                     key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    serialize(triples, out, rdf_format, prefixes=PREFIXES if fmt == "turtle" else None)
    return len(triples)
