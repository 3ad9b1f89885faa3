"""The HTTP front end: SPARQL endpoint, canned-query API and pages. Reads ``coalition_kg.graph``."""
from .app import create_app

__all__ = ["create_app"]
