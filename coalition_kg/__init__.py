"""Coalition KG: a knowledge graph of Arabic news about the Global Coalition to Defeat ISIS.

The top-level folders of the repository are mapped into this one namespace:
``coalition_kg.loaders`` (text to facts, no RDF), ``coalition_kg.graph`` (facts to RDF, the
store), ``coalition_kg.server`` (HTTP), ``coalition_kg.ontology``, ``coalition_kg.queries`` and
``coalition_kg.data`` (bundled corpus, lexicons, meeting catalogue).
"""

__version__ = "0.1.0"
