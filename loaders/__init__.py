"""From files to facts: reading, cleaning, segmenting, entity and fact extraction.

Nothing here knows about RDF or the web; ``coalition_kg.graph`` reads these types.
"""
