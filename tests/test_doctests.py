"""The modules' doctested examples are run as tests: every module of the package whose source
holds an example, found by walking the package, so a new example cannot be left unrun."""
import doctest
import importlib
import pkgutil

import pytest

import coalition_kg

LAYERS = ("loaders", "graph", "server")

def _modules_with_examples() -> list[str]:
    # the layers are mapped into the namespace by the build (pyproject's package-dir), so each
    # is walked from its own path; the top package's path holds only the CLI
    names = []
    layers = [importlib.import_module(f"coalition_kg.{layer}") for layer in LAYERS]
    infos = [i for pkg in layers for i in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
    for info in infos + list(pkgutil.iter_modules(coalition_kg.__path__, "coalition_kg.")):
        spec = importlib.util.find_spec(info.name)
        if spec and spec.origin and spec.origin.endswith(".py"):
            with open(spec.origin, encoding="utf-8") as f:
                if ">>>" in f.read():
                    names.append(info.name)
    return sorted(names)


MODULES = _modules_with_examples()


def test_the_walk_finds_the_known_modules():
    assert {"coalition_kg.loaders.normalize", "coalition_kg.loaders.dates",
            "coalition_kg.graph.store", "coalition_kg.server.guard"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
