"""From facts to RDF, and the Oxigraph store that holds them.

Reads the fact types of ``coalition_kg.loaders``; ``coalition_kg.server`` reads this package.
"""
