"""SPARQL 1.1 Protocol / Graph Store / Service Description, written from the W3C test
descriptions; plus the shared conformance checker against a real server with writes on."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coalition_kg.server.update_dataset import BadGraph, Conflict, operations, tokenize, with_dataset
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
        assert not failed, failed
    finally:
        proc.terminate()
        proc.wait(10)


# --- using-graph-uri / using-named-graph-uri on updates (server/update_dataset.py) ----------------

D1, D2, D3 = "http://example.org/d1", "http://example.org/d2", "http://example.org/d3"


def test_tokenizer_skips_strings_iris_comments():
    text = ('PREFIX where: <http://x/;WHERE#> # WHERE { ; }\n'
            "INSERT { ?where where:p '''a ''WHERE'' { ; ''' , \"\"\"x \\\"\"\" }\"\"\" , 'it\\'s }' , "
            '"a;b"@where , ex:a\\;b } WHERE { }')
    toks = tokenize(text)
    assert [t.text.upper() for t in toks if t.kind == "word"] == ["PREFIX", "INSERT", "WHERE"]
    assert [t.kind for t in toks if t.kind in ("lbrace", "rbrace", "semicolon")] == \
        ["lbrace", "rbrace", "lbrace", "rbrace"]
    assert {t.text for t in toks if t.kind == "langtag"} == {"@where"}
    assert "ex:a\\;b" in {t.text for t in toks if t.kind == "pname"}
    assert len(operations(toks)) == 1


def test_tokenizer_unterminated_and_operators():
    assert [t.kind for t in tokenize('INSERT DATA { "open')][-1] == "string"
    toks = tokenize("FILTER(?a < 3 && ?b<?c )")
    assert not [t for t in toks if t.kind == "iri"]


def test_rewrite_modify_and_several_operations():
    text = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nCLEAR ALL ;\n"
            "INSERT DATA { GRAPH <http://g/> { <http://a/s> a foaf:Document } } ;\n"
            "PREFIX dc: <http://purl.org/dc/terms/>\n"
            "DELETE { ?s a foaf:Person } INSERT { GRAPH <http://o/> { ?s a dc:X ; dc:t \"WHERE;}\" } }\n"
            "# WHERE in a comment\nWHERE { ?s a foaf:Document { SELECT ?s WHERE { ?s ?p ?o } } } ;\n"
            "insert { ?s <http://p/> 1 } where { ?s ?p ?o }")
    out = with_dataset(text, [D1, D2], [D2])
    using = f"USING <{D1}> USING <{D2}> USING NAMED <{D2}> "
    assert out.count(using) == 2
    assert out == text.replace("\nWHERE {", "\n" + using + "WHERE {", 1).replace(
        "} where {", "} " + using + "where {")
    assert "INSERT DATA { GRAPH" in out and "CLEAR ALL ;" in out


def test_rewrite_delete_where_short_form():
    text = "DELETE WHERE { GRAPH ?g { ?s <http://p/> \"}\" } # }\n}"
    out = with_dataset(text, [], [D1])
    body = text[len("DELETE WHERE "):]
    assert out == f"DELETE {body} USING NAMED <{D1}> WHERE {body}"


def test_rewrite_leaves_data_and_other_operations():
    text = "DELETE DATA { <http://a/s> <http://a/p> 1 } ; DROP SILENT GRAPH <http://g/> ; INSERT DATA {}"
    assert with_dataset(text, [D1], []) == text
    assert with_dataset("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }", [], []) == "INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }"


@pytest.mark.parametrize("text", ["WITH <http://g/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                  "CLEAR ALL ; INSERT { ?s ?p ?o } using <http://g/> WHERE { ?s ?p ?o }",
                                  "DELETE { ?s ?p ?o } USING NAMED <http://g/> WHERE { GRAPH ?g { ?s ?p ?o } }"])
def test_rewrite_conflict(text):
    with pytest.raises(Conflict):
        with_dataset(text, [D1], [])
    # not a conflict: the words inside strings, comments, IRIs or prefixed names
    assert with_dataset('INSERT { ?s <http://p/> "WITH USING" } # USING\nWHERE { ?s ex:using <http://with/> }',
                        [D1], []).count("USING <") == 1


@pytest.mark.parametrize("iri", ["relative", "http://a/> } ; DROP ALL ; INSERT DATA {<http://x/", "http://a b/", ""])
def test_rewrite_refuses_bad_iris(iri):
    with pytest.raises(BadGraph):
        with_dataset("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }", [iri], [])


@pytest.fixture()
def writer(tmp_path):
    from coalition_kg.server import create_app

    c = create_app(store=tmp_path / "w", UPDATE_TOKEN="t0k").test_client()
    auth = {"Authorization": "Bearer t0k"}
    fixture = "INSERT DATA { %s }" % " ".join(f"GRAPH <{g}> {{ <{g}> a <http://x/Doc> }}" for g in (D1, D2, D3))
    assert c.post("/sparql", data=fixture, content_type="application/sparql-update", headers=auth).status_code == 204
    return c, auth



def _ask(c, q):
    return c.get("/sparql", query_string={"query": q}).get_json()["boolean"]


def test_update_using_graph_uri_direct_post(writer):
    c, auth = writer
    out = "http://example.org/out"
    r = c.post("/sparql?" + "&".join(f"using-graph-uri={g}" for g in (D1, D2)),
               data=f"INSERT {{ GRAPH <{out}> {{ ?s a <http://x/Bib> }} }} WHERE {{ ?s a <http://x/Doc> }}",
               content_type="application/sparql-update", headers=auth)
    assert r.status_code == 204, r.data
    assert _ask(c, f"ASK {{ GRAPH <{out}> {{ <{D1}> a <http://x/Bib> . <{D2}> a <http://x/Bib> }} }}")
    assert not _ask(c, f"ASK {{ GRAPH <{out}> {{ <{D3}> a <http://x/Bib> }} }}")


def test_update_using_named_graph_uri_form_post(writer):
    c, auth = writer
    out = "http://example.org/out"
    upd = (f"INSERT {{ GRAPH <{out}> {{ ?s <http://x/in> ?g }} }} WHERE {{ "
           f"{{ GRAPH ?g {{ ?s a <http://x/Doc> }} }} UNION {{ ?s a <http://x/Doc> BIND(\"default\" AS ?g) }} }}")
    r = c.post("/sparql", data={"update": upd, "using-graph-uri": D1, "using-named-graph-uri": D2}, headers=auth)
    assert r.status_code == 204, r.data
    assert _ask(c, f'ASK {{ GRAPH <{out}> {{ <{D1}> <http://x/in> "default" . <{D2}> <http://x/in> <{D2}> }} }}')
    assert not _ask(c, f"ASK {{ GRAPH <{out}> {{ <{D3}> ?p ?o }} }}")
    assert not _ask(c, f"ASK {{ GRAPH <{out}> {{ <{D1}> <http://x/in> <{D1}> }} }}")


def test_update_delete_where_with_using(writer):
    c, auth = writer
    # the dataset is D2 only; the template has no GRAPH, so it deletes from the real default graph
    c.post("/sparql", data="INSERT DATA { <http://x/a> <http://x/p> 1 . <http://x/b> <http://x/p> 2 }",
           content_type="application/sparql-update", headers=auth)
    r = c.post("/sparql", data={"update": "DELETE WHERE { GRAPH ?g { ?s a <http://x/Doc> } }",
                                "using-named-graph-uri": D2}, headers=auth)
    assert r.status_code == 204, r.data
    assert not _ask(c, f"ASK {{ GRAPH <{D2}> {{ ?s ?p ?o }} }}")
    assert _ask(c, f"ASK {{ GRAPH <{D1}> {{ ?s ?p ?o }} }}") and _ask(c, f"ASK {{ GRAPH <{D3}> {{ ?s ?p ?o }} }}")


def test_update_dataset_errors(writer):
    c, auth = writer
    upd = "WITH <http://g/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"
    r = c.post("/sparql?using-named-graph-uri=http://example/people", data=upd,
               content_type="application/sparql-update", headers=auth)
    assert r.status_code == 400 and b"WITH" in r.data
    r = c.post("/sparql", data={"update": "DELETE WHERE { ?s ?p ?o }", "using-graph-uri": "not an iri"}, headers=auth)
    assert r.status_code == 400 and b"using-graph-uri" in r.data
    assert _ask(c, f"ASK {{ GRAPH <{D1}> {{ ?s ?p ?o }} }}")  # nothing was deleted
    r = c.post("/sparql", data={"update": "DELETE WHERE { ?s ?p", "using-graph-uri": D1}, headers=auth)
    assert r.status_code == 400 and b"malformed update" in r.data


def test_a_failed_update_is_a_400_and_changes_nothing(writer):
    c, auth = writer
    # the INSERT runs, then the CREATE fails (the graph exists): the request must leave no trace
    r = c.post("/sparql", data={"update": f"INSERT DATA {{ <http://x/a> <http://x/p> 1 }} ; CREATE GRAPH <{D1}>"},
               headers=auth)
    assert r.status_code == 400 and b"already exists" in r.data
    assert not _ask(c, "ASK { <http://x/a> ?p ?o }")
    r = c.put("/store?graph=http%3A%2F%2Fx.example%2Fg", data="<http://x/b> <http://x/p> 2 .",
              content_type="text/turtle", headers=auth)
    assert r.status_code == 201
    assert _ask(c, "ASK { <http://x/b> ?p ?o }") and not _ask(c, "ASK { <http://x/a> ?p ?o }")


def test_writes_through_several_server_processes_share_one_write_head(tmp_path):
    """`serve --workers 3`: each request on a new connection, so the updates land on different
    processes; they all go to the one write head, and every one of them is in the graph, also
    when they come at once (they wait for each other, no 503)."""
    import urllib.parse
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    store = tmp_path / "s"
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "coalition_kg.cli", "serve", "--store", str(store), "--port",
                             str(port), "--workers", "3", "--update-token", "tok"], stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(port, proc)

        def update(i):
            body = urllib.parse.urlencode({"update": f"INSERT DATA {{ <http://x/s> <http://x/p> {i} }}"}).encode()
            req = urllib.request.Request(f"http://127.0.0.1:{port}/sparql", data=body,
                                         headers={"Authorization": "Bearer tok"})
            return urllib.request.urlopen(req, timeout=60).status

        heads = set()
        for i in range(12):
            assert update(i) == 204
            heads |= {p.name for p in store.glob("head-*")}
        assert len(heads) == 1, heads
        with ThreadPoolExecutor(6) as pool:
            assert set(pool.map(update, range(12, 30))) == {204}
        ask = urllib.parse.quote("SELECT (COUNT(*) AS ?n) { <http://x/s> <http://x/p> ?o }")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query={ask}", timeout=60) as r:
            assert json.loads(r.read())["results"]["bindings"][0]["n"]["value"] == "30"
    finally:
        proc.terminate()
        proc.wait(10)
