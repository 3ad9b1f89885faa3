"""Every vocabulary term the graph uses, in one module (as pySHACL does).

``CKG`` is the project's ontology (``ontology/coalition.ttl``); ``ID`` mints resource IRIs;
``GRAPH`` names the shared entity graph and each article's graph.
"""
from __future__ import annotations

from urllib.parse import quote

from pyoxigraph import NamedNode

BASE = "https://w3id.org/coalition-kg/"
ONTOLOGY_IRI = BASE + "ontology"
CKG_NS = ONTOLOGY_IRI + "#"
ID_NS = BASE + "id/"
GRAPH_NS = BASE + "graph/"

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
PROV_NS = "http://www.w3.org/ns/prov#"
DCT_NS = "http://purl.org/dc/terms/"
NIF_NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
SCHEMA_NS = "https://schema.org/"
WD_NS = "http://www.wikidata.org/entity/"

PREFIXES = {
    "ckg": CKG_NS, "id": ID_NS, "rdf": RDF_NS, "rdfs": RDFS_NS, "xsd": XSD_NS, "owl": OWL_NS,
    "skos": SKOS_NS, "prov": PROV_NS, "dct": DCT_NS, "nif": NIF_NS, "schema": SCHEMA_NS, "wd": WD_NS,
}


class _NS:
    def __init__(self, base: str):
        self._base = base

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        return NamedNode(self._base + name)

    def __getitem__(self, name: str) -> NamedNode:
        return NamedNode(self._base + name)


CKG = _NS(CKG_NS)
RDF = _NS(RDF_NS)
RDFS = _NS(RDFS_NS)
XSD = _NS(XSD_NS)
OWL = _NS(OWL_NS)
SKOS = _NS(SKOS_NS)
PROV = _NS(PROV_NS)
DCT = _NS(DCT_NS)
NIF = _NS(NIF_NS)
SCHEMA = _NS(SCHEMA_NS)
WD = _NS(WD_NS)

ENTITIES_GRAPH = NamedNode(GRAPH_NS + "entities")


def article_graph(article_key: str) -> NamedNode:
    return NamedNode(GRAPH_NS + "article/" + article_key)


def mint(kind: str, local: str) -> NamedNode:
    """A resource IRI ``id/<kind>/<local>``; ``local`` is percent-encoded (Arabic included)."""
    return NamedNode(f"{ID_NS}{kind}/{quote(local, safe='-_.~')}")


def prefixes_sparql() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
