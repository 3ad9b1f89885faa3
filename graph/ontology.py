"""The ontology as a resource: its files, its documentation by content negotiation, and the
HermiT consistency check of the ontology together with a data graph.

``ontology_doc(media_type)`` is what the server answers at the namespace IRI
(https://w3id.org/coalition-kg/ontology): HTML for browsers, Turtle, RDF/XML, N-Triples or
JSON-LD for machines (the server negotiates which, in ``server/formats.py``).

>>> body, mime = ontology_doc("text/turtle")
>>> mime, body.startswith(b"#") or b"@prefix" in body[:2000]
('text/turtle; charset=utf-8', True)
>>> ontology_doc("text/html")[1]
'text/html; charset=utf-8'
"""
from __future__ import annotations

import functools
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import rdflib

from ..paths import ONTOLOGY

from .vocab import CKG_NS, ONTOLOGY_IRI

ONTOLOGY_TTL = ONTOLOGY / "coalition.ttl"
SHAPES_TTL = ONTOLOGY / "shapes.ttl"
ONTOLOGY_HTML = ONTOLOGY / "coalition.html"

# media type -> rdflib serializer; the order breaks ties when a client accepts several equally
_RDF_FORMATS = {
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
}
# media types some clients send for the same representations (content negotiation: server/formats.py)
ALIASES = {"application/x-turtle": "text/turtle", "application/xml": "application/rdf+xml",
           "text/xml": "application/rdf+xml", "application/json": "application/ld+json",
           "text/plain": "application/n-triples", "text/n3": "text/turtle"}


@functools.lru_cache(maxsize=1)
def ontology_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_TTL, format="turtle")


@functools.lru_cache(maxsize=1)
def shapes_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES_TTL, format="turtle")


OFFERED = ["text/html", *_RDF_FORMATS]


def ontology_doc(mtype: str) -> tuple[bytes, str]:
    """The ontology as ``mtype`` (one of ``OFFERED``), and its Content-Type."""
    if mtype == "text/html":
        return ONTOLOGY_HTML.read_bytes(), "text/html; charset=utf-8"
    if mtype == "text/turtle":
        return ONTOLOGY_TTL.read_bytes(), "text/turtle; charset=utf-8"
    return _serialized(_RDF_FORMATS[mtype]), mtype + ("; charset=utf-8" if mtype != "application/rdf+xml" else "")


@functools.lru_cache(maxsize=8)
def _serialized(fmt: str) -> bytes:
    return ontology_graph().serialize(format=fmt, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# HermiT

# Article texts are long literals nothing reasons about; HermiT does not need to parse them.
_SKIP_FOR_REASONER = {rdflib.URIRef(CKG_NS + "text")}
# xsd:date, xsd:gYearMonth and xsd:gYear (our dates at day, month and year precision) are all
# outside the OWL 2 datatype map (it has only xsd:dateTime), and HermiT rejects the whole input
# on one such literal. SHACL checks those values; for the reasoner we keep each assertion (so
# domains still apply) with the lexical form as an xsd:string.
_NON_OWL_DATATYPES = {rdflib.XSD.date, rdflib.XSD.gYear, rdflib.XSD.gYearMonth}


@dataclass
class ReasonerResult:
    consistent: bool
    seconds: float
    n_triples: int
    message: str = ""
    inferred_types: dict[str, set[str]] = field(default_factory=dict)  # individual -> ckg classes


def _for_reasoner(g: rdflib.Graph) -> rdflib.Graph:
    out = rdflib.Graph()
    individuals = set()
    for s, p, o in g:
        if p in _SKIP_FOR_REASONER:
            continue
        if isinstance(o, rdflib.Literal) and o.datatype in _NON_OWL_DATATYPES:
            o = rdflib.Literal(str(o), datatype=rdflib.XSD.string)
        out.add((s, p, o))
        individuals.add(s)
        if p != rdflib.RDF.type and isinstance(o, rdflib.URIRef):
            individuals.add(o)  # includes the Wikidata IRIs the entities are owl:sameAs
    # The data never declares its individuals (plain RDF does not need to); OWL 2 DL does, and
    # owlready2 only reads back the reasoner's conclusions for declared owl:NamedIndividuals.
    for i in individuals:
        if isinstance(i, rdflib.URIRef) and not str(i).startswith(CKG_NS):
            out.add((i, rdflib.RDF.type, rdflib.OWL.NamedIndividual))
    return out


def check_consistency(data: rdflib.Graph | None = None, *, infer: bool = False) -> ReasonerResult:
    """Run HermiT (via owlready2, Java) over the ontology plus ``data``.

    Both go to owlready2 as N-Triples: owlready2 reads no Turtle, and N-Triples from rdflib
    sidesteps its parser's corner cases (Arabic language tags, long literals)."""
    import owlready2

    g = rdflib.Graph()
    g += ontology_graph()
    if data is not None:
        # The closed lists (qualifiers, statuses, claim types as owl:oneOf) are nominals, which
        # make HermiT's tableau ten times slower on the built graph (15 s instead of 1.5 s on the
        # bundled articles). With data they are left out: SHACL's sh:class checks the same closed
        # lists on the data; the ontology alone is still checked with them.
        for cls, _, expr in list(g.triples((None, rdflib.OWL.equivalentClass, None))):
            if g.value(expr, rdflib.OWL.oneOf) is not None:
                g.remove((cls, rdflib.OWL.equivalentClass, expr))
        g += _for_reasoner(data)
    world = owlready2.World()
    with tempfile.NamedTemporaryFile("wb", suffix=".nt", delete=False) as fh:
        fh.write(g.serialize(format="nt", encoding="utf-8"))
        path = fh.name
    t0 = time.monotonic()
    try:
        onto = world.get_ontology("file://" + path).load(format="ntriples")
        try:
            # debug=0: owlready2 otherwise prints HermiT's command line and timings to stderr
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            return ReasonerResult(False, time.monotonic() - t0, len(g), f"inconsistent: {exc}")
        inferred: dict[str, set[str]] = {}
        if infer:
            for ind in world.individuals():
                classes = {c.iri for c in ind.INDIRECT_is_a if isinstance(c, owlready2.ThingClass)}
                inferred[ind.iri] = {c[len(CKG_NS):] for c in classes if c.startswith(CKG_NS)}
        del onto
        return ReasonerResult(True, time.monotonic() - t0, len(g), "consistent", inferred)
    finally:
        world.close()
        os.unlink(path)


__all__ = ["ONTOLOGY_IRI", "ONTOLOGY_TTL", "SHAPES_TTL", "ONTOLOGY_HTML", "ontology_graph", "shapes_graph",
           "ontology_doc", "ALIASES", "OFFERED", "check_consistency", "ReasonerResult"]
