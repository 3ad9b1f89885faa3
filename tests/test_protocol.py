"""SPARQL 1.1 Protocol / Graph Store / Service Description, written from the W3C test
descriptions; plus the shared conformance checker against a real server with writes on."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import free_port, wait_for_port

ASK = "ASK { ?s ?p ?o }"
CHECKER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "sparql_protocol_check.py"


def test_query_get_post_direct(client):
    assert client.get("/sparql", query_string={"query": ASK}).get_json()["boolean"] is True
    assert client.post("/sparql", data={"query": ASK}).status_code == 200
    r = client.post("/sparql", data=ASK, content_type="application/sparql-query")
    assert r.status_code == 200 and r.mimetype == "application/sparql-results+json"


@pytest.mark.parametrize("accept,mt", [("application/sparql-results+xml", "application/sparql-results+xml"),
                                        ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
                                        ("application/sparql-results+json;q=1, application/sparql-results+xml;q=0.5",
                                         "application/sparql-results+json")])
def test_select_formats(client, accept, mt):
    r = client.get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o } LIMIT 1"}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == mt


@pytest.mark.parametrize("accept", ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"])
def test_construct_formats(client, accept):
    r = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3"}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == accept and r.data


def test_bad_requests(client):
    assert client.get("/sparql", query_string={"query": "SELEC *"}).status_code == 400
    assert client.get("/sparql?query=ASK{}&query=ASK{}").status_code == 400
    assert client.post("/sparql", data=ASK, content_type="text/plain").status_code == 415
    assert client.get("/sparql", query_string={"query": ASK}, headers={"Accept": "image/png"}).status_code == 406
    assert client.put("/sparql").status_code == 405
    assert client.post("/sparql", data="ASK {}".encode("utf-16"),
                       content_type="application/sparql-query; charset=UTF-16").status_code == 400


def test_dataset_parameters(client):
    q = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
    union = int(client.get("/sparql", query_string={"query": q}).get_json()["results"]["bindings"][0]["n"]["value"])
    ents = "https://w3id.org/coalition-kg/graph/entities"
    only = int(client.get("/sparql", query_string={"query": q, "default-graph-uri": ents})
               .get_json()["results"]["bindings"][0]["n"]["value"])
    assert 0 < only < union
    r = client.get("/sparql", query_string={"query": "SELECT DISTINCT ?g { GRAPH ?g {} }", "named-graph-uri": ents})
    assert [b["g"]["value"] for b in r.get_json()["results"]["bindings"]] == [ents]


def test_service_description_head_options_cors(client):
    r = client.get("/sparql")
    assert r.mimetype == "text/turtle" and b"sd:endpoint" in r.data and b"matches" in r.data
    assert client.head("/sparql", query_string={"query": ASK}).status_code == 200
    r = client.options("/sparql", headers={"Origin": "http://x.example", "Access-Control-Request-Method": "POST"})
    assert r.status_code == 200 and "POST" in r.headers["Allow"] and r.headers["Access-Control-Allow-Origin"] == "*"


def test_writes_off_by_default(client):
    assert client.post("/sparql", data={"update": "INSERT DATA { <a:s> <a:p> <a:o> }"}).status_code == 403
    assert client.put("/store?graph=http://x.example/g", data="<a:s> <a:p> <a:o> .",
                      content_type="text/turtle").status_code == 403
    assert client.get("/store?graph=https://w3id.org/coalition-kg/graph/entities").status_code == 200


def test_gsp_sequence_with_token(tmp_path):
    """W3C GSP: PUT creates (201), PUT replaces (204), GET, POST appends, DELETE, GET 404; updates too."""
    from coalition_kg.cli import main
    from coalition_kg.server import create_app

    store = tmp_path / "s"
    assert main(["build", "--store", str(store), "--quiet"]) == 0
    c = create_app(store=store, UPDATE_TOKEN="t0k").test_client()
    auth = {"Authorization": "Bearer t0k"}
    g = "/store?graph=http%3A%2F%2Fx.example%2Fg"
    assert c.put(g, data="<http://a/s> <http://a/p> 1 .", content_type="text/turtle").status_code == 401
    assert c.put(g, data="<http://a/s> <http://a/p> 1 .", content_type="text/turtle",
                 headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert c.put(g, data="<http://a/s> <http://a/p> 1 .", content_type="text/turtle", headers=auth).status_code == 201
    assert c.put(g, data="<http://a/s> <http://a/p> 2 .", content_type="text/turtle", headers=auth).status_code == 204
    assert c.post(g, data="<http://a/s> <http://a/p> 3 .", content_type="text/turtle", headers=auth).status_code == 204
    body = c.get(g, headers={"Accept": "application/n-triples"}).get_data(as_text=True)
    assert '"2"' in body and '"3"' in body and '"1"' not in body
    assert c.delete(g, headers=auth).status_code == 204
    assert c.get(g).status_code == 404 and c.delete(g, headers=auth).status_code == 404
    assert c.post("/sparql", data={"update": "INSERT DATA { <http://a/s> <http://a/p> 9 }"}, headers=auth).status_code == 204
    assert c.get("/sparql", query_string={"query": "ASK { <http://a/s> <http://a/p> 9 }"}).get_json()["boolean"]
    assert c.post("/sparql", data="LOAD <http://example.org/x>", content_type="application/sparql-update",
                  headers=auth).status_code == 403


@pytest.mark.slow
@pytest.mark.skipif(not CHECKER.exists(), reason="shared/tools/sparql_protocol_check.py not present")
def test_protocol_checker(tmp_path):
    from coalition_kg.cli import main

    store = tmp_path / "s"
    assert main(["build", "--store", str(store), "--quiet"]) == 0
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "coalition_kg.cli", "serve", "--store", str(store), "--port", str(port),
                             "--update-token", "tok"], stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(port, proc)
        url = f"http://127.0.0.1:{port}"
        report = tmp_path / "report.json"
        subprocess.run([sys.executable, str(CHECKER), "--query-url", f"{url}/sparql", "--update-url", f"{url}/sparql",
                        "--gsp-url", f"{url}/store", "-H", "Authorization: Bearer tok", "--json-report", str(report)],
                       timeout=300, capture_output=True)
        failed = {r["id"] for r in json.loads(report.read_text())["results"] if r["status"] == "FAIL"}
        # known gap: using-graph-uri / using-named-graph-uri on updates (pyoxigraph has no update dataset)
        assert failed <= {f"protocol:update_dataset_{x}" for x in ("default_graph", "default_graphs",
                                                                   "named_graphs", "full")}, failed
    finally:
        proc.terminate()
        proc.wait(10)
