#!/usr/bin/env bash
# Set up, build the graph from the bundled articles into ./var/store, and serve it on
# http://127.0.0.1:8000 (SPARQL at /sparql). Re-running is safe: loads are idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e .
.venv/bin/coalition-kg build --store var/store
exec .venv/bin/coalition-kg serve --store var/store --host 127.0.0.1 --port "${PORT:-8000}"
