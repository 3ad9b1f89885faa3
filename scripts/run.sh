#!/usr/bin/env bash
# Set up, build the graph from the bundled articles into ./var/store, and serve it on
# http://127.0.0.1:8000 (SPARQL at /sparql). Re-running is safe: loads are idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e .
# the SPARQL editor (YASGUI) from the npm registry, served by Flask from node_modules/
if command -v npm >/dev/null 2>&1; then npm ci --omit=dev --no-audit --no-fund --silent || echo "warning: npm ci failed; the editor page will lack YASGUI" >&2
else echo "warning: npm not found; the editor page will lack YASGUI" >&2; fi
.venv/bin/coalition-kg build --store var/store
exec .venv/bin/coalition-kg serve --store var/store --host 127.0.0.1 --port "${PORT:-8000}"
