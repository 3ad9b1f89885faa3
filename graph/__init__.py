"""From facts to RDF, and the Oxigraph store that holds them.

Reads the fact types of ``coalition_kg.loaders``; ``coalition_kg.server`` reads this package.
"""


def __getattr__(name):
    # ``coalition_kg.graph.ontology_doc`` for the server, without importing rdflib on every
    # ``import coalition_kg.graph``
    if name == "ontology_doc":
        from .ontology import ontology_doc

        return ontology_doc
    raise AttributeError(name)
