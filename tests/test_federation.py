"""SERVICE to an allowlisted remote endpoint, for real: ``oxigraph serve`` (from PyPI) stands in
for the Wikidata Query Service, started by this test on a free loopback port."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from conftest import free_port, wait_for_port

WD = "http://www.wikidata.org/entity/"
FEDERATED = """
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?entity ?wd ?remote WHERE {
  ?entity owl:sameAs ?wd .
  SERVICE <%s> { ?wd rdfs:label ?remote }
}"""


def _oxigraph() -> str:
    exe = Path(sys.executable).with_name("oxigraph")
    found = str(exe) if exe.exists() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph server (PyPI package 'oxigraph', a test extra) is not installed")
    return found


@pytest.fixture(scope="module")
def remote_endpoint():
    port = free_port()
    proc = subprocess.Popen([_oxigraph(), "serve", "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(port, proc)
        data = (f'<{WD}Q30> <http://www.w3.org/2000/01/rdf-schema#label> "United States of America (remote)"@en .\n'
                f'<{WD}Q38> <http://www.w3.org/2000/01/rdf-schema#label> "Italy (remote)"@en .\n')
        r = requests.post(f"http://127.0.0.1:{port}/store?default", data=data.encode(),
                          headers={"Content-Type": "application/n-triples"}, timeout=10)
        assert r.status_code in (200, 201, 204), r.text
        yield f"http://127.0.0.1:{port}/query"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _client(built_store, **config):
    from coalition_kg.server import create_app

    app = create_app(store=built_store, **config)
    app.config.update(TESTING=True)
    return app.test_client()


def test_allowlisted_service_joins_remote_labels(built_store, remote_endpoint):
    client = _client(built_store, SERVICE_ALLOWLIST=[remote_endpoint], SERVICE_ALLOW_PRIVATE=True)
    r = client.get("/sparql", query_string={"query": FEDERATED % remote_endpoint},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.get_data(as_text=True)
    remote = {b["wd"]["value"]: b["remote"]["value"] for b in r.get_json()["results"]["bindings"]}
    assert remote[f"{WD}Q30"] == "United States of America (remote)"
    assert remote[f"{WD}Q38"] == "Italy (remote)"


def test_same_service_refused_by_default(built_store, remote_endpoint):
    # default allowlist: only the Wikidata Query Service, and never a loopback address
    r = _client(built_store).get("/sparql", query_string={"query": FEDERATED % remote_endpoint})
    assert r.status_code == 403
    assert "not allowed" in r.get_data(as_text=True)
    # allowlisted but on loopback, without the explicit private-address permission
    r = _client(built_store, SERVICE_ALLOWLIST=[remote_endpoint]).get(
        "/sparql", query_string={"query": FEDERATED % remote_endpoint})
    assert r.status_code == 403 and "loopback or private" in r.get_data(as_text=True)
