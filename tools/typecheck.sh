#!/usr/bin/env bash
# mypy over the package as it is installed (coalition_kg.graph, .server, ... mapped from the
# top-level folders by pyproject's package-dir), through a tree of symlinks, so that relative
# imports between the layers resolve exactly as they do for users.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TREE=$(mktemp -d)
trap 'rm -rf "$TREE"' EXIT
mkdir "$TREE/coalition_kg"
for f in coalition_kg/*.py; do ln -s "$ROOT/$f" "$TREE/coalition_kg/"; done
for d in graph loaders server ontology queries data; do ln -s "$ROOT/$d" "$TREE/coalition_kg/$d"; done
cd "$TREE"
exec "${MYPY:-$ROOT/.venv/bin/mypy}" --config-file "$ROOT/pyproject.toml" -p coalition_kg
