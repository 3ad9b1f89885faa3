"""Where the bundled resources and the default store live."""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path


def package_dir(name: str) -> Path:
    """A resource folder of the installed package, e.g. ``package_dir("data")``."""
    return Path(str(resources.files(f"coalition_kg.{name}")))


DATA = package_dir("data")
BUNDLED_ARTICLES = DATA / "articles"
LEXICON = Path(os.environ.get("COALITION_KG_LEXICON", DATA / "lexicon"))
CATALOGUE = DATA / "catalogue" / "meetings.yaml"
ONTOLOGY = package_dir("ontology")
QUERIES = package_dir("queries")


def default_store() -> Path:
    """The project's own store: ``$COALITION_KG_STORE`` or ``var/store`` in the working directory."""
    return Path(os.environ.get("COALITION_KG_STORE", "var/store"))
