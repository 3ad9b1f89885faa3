#!/usr/bin/env bash
# Set up everything the tests need (Python packages, Debian's chromium for the browser test,
# oxigraph's server from PyPI) and run the whole test suite, then validate the bundled graph.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
      || { echo "error: could not install chromium and chromium-driver (apt-get); the browser test needs them" >&2; exit 1; }
  else
    echo "warning: chromium/chromedriver missing and not root; the browser test will be skipped" >&2
  fi
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e '.[test]'
# the SPARQL editor (YASGUI) from the npm registry, served by Flask from node_modules/
if command -v npm >/dev/null 2>&1; then npm ci --omit=dev --no-audit --no-fund --silent || echo "warning: npm ci failed; the editor page will lack YASGUI" >&2
else echo "warning: npm not found; the editor page will lack YASGUI" >&2; fi
.venv/bin/python -m pytest "$@"
# every import between the layers resolves as in the installed package (mypy)
./tools/typecheck.sh
