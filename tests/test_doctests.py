"""The modules' doctested examples are run as tests."""
import doctest
import importlib

import pytest

MODULES = ["coalition_kg.loaders.normalize", "coalition_kg.loaders.segment", "coalition_kg.loaders.pipeline",
           "coalition_kg.loaders.stages", "coalition_kg.loaders.entities", "coalition_kg.loaders.lexicon",
           "coalition_kg.graph.store", "coalition_kg.server.guard"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
