"""A remote store, for real: ``oxigraph serve`` (PyPI package ``oxigraph``, a test extra) started
here on a free loopback port; the graph is built into it through its /update and /store, and
every canned query, the export and the served pages answer as the embedded store does."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import requests
from pyoxigraph import Literal, Variable

from conftest import ROOT, free_port, wait_for_port
from test_federation import _oxigraph

from coalition_kg.cli import main
from coalition_kg.graph import canned
from coalition_kg.graph.names import QUERY as NAMES_QUERY, NameIndex
from coalition_kg.graph.remote import RemoteStore, bind_values
from coalition_kg.graph.sparql import CUSTOM_FUNCTIONS
from coalition_kg.graph.store import StoreDir


@pytest.fixture(scope="module")
def start_oxigraph(tmp_path_factory):
    """``start(union=True)`` -> base URL of a fresh ``oxigraph serve``; all stopped at the end."""
    procs = []

    def start(union: bool = True) -> str:
        port = free_port()
        cmd = [_oxigraph(), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
               "--bind", f"127.0.0.1:{port}"] + (["--union-default-graph"] if union else [])
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        procs.append(proc)
        wait_for_port(port, proc)
        return f"http://127.0.0.1:{port}"

    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def remote(start_oxigraph) -> RemoteStore:
    url = start_oxigraph()
    assert main(["build", "--store", url, "--quiet"]) == 0
    return RemoteStore.oxigraph_server(url)


@pytest.fixture(scope="module")
def embedded(built_store):
    return StoreDir(built_store).open_read()


def _names(store) -> NameIndex:
    return NameIndex.from_rows([(r["e"].value, r["p"].value, r["v"].value, getattr(r["v"], "language", None))
                                for r in store.query(NAMES_QUERY)])


def _rows(result) -> tuple[list[str], list[tuple[str, ...]]]:
    names = [v.value for v in result.variables]
    return names, sorted(tuple("" if s[n] is None else str(s[n]) for n in names) for s in result)


QUERIES = canned.load_all()


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_canned_query_answers_as_embedded(name, remote, embedded):
    q, idx = QUERIES[name], _names(embedded)
    for values in (q.examples(), {}):
        subs = q.bind(values, idx)
        want = _rows(embedded.query(q.text, use_default_graph_as_union=True, substitutions=subs,
                                    custom_functions=CUSTOM_FUNCTIONS))
        got = _rows(remote.query(q.text, substitutions=subs))
        assert got == want, f"{name} with {values}"


def test_canned_queries_return_rows_remotely(remote, embedded):
    # identical answers must not be identical emptiness: the examples find rows on the bundled graph
    idx = _names(embedded)
    empty = [n for n, q in QUERIES.items() if not _rows(remote.query(q.text, substitutions=q.bind(q.examples(), idx)))[1]]
    assert empty == ["disagreements"]  # it needs the corpus made to disagree (tests/articles/disagree)


def test_disagreements_answer_as_embedded_where_sources_disagree(start_oxigraph, tmp_path):
    """On the corpus made to disagree, with the meeting and without: the parameter goes into the
    left side of the query's LATERAL block only (Oxigraph refuses a VALUES for it on the right)."""
    disagree = ROOT / "tests" / "articles" / "disagree"
    url, local = start_oxigraph(), tmp_path / "store"
    assert main(["build", str(disagree), "--store", url, "--quiet"]) == 0
    assert main(["build", str(disagree), "--store", str(local), "--quiet"]) == 0
    remote, embedded = RemoteStore.oxigraph_server(url), StoreDir(local).open_read()
    q = QUERIES["disagreements"]
    for values in (q.examples(), {}):
        subs = q.bind(values, _names(embedded))
        want = _rows(embedded.query(q.text, use_default_graph_as_union=True, substitutions=subs))
        assert len(want[1]) == 10, values
        assert _rows(remote.query(q.text, substitutions=subs)) == want, values


def test_export_is_byte_identical(remote, built_store, tmp_path):
    for fmt in ("nquads", "turtle"):
        ours, theirs = tmp_path / f"embedded.{fmt}", tmp_path / f"remote.{fmt}"
        assert main(["export", "--store", str(built_store), "--format", fmt, "--out", str(ours), "-q"]) == 0
        assert main(["export", "--store", remote.root.removesuffix("/query"), "--format", fmt, "--out", str(theirs)]) == 0
        assert theirs.read_bytes() == ours.read_bytes()
        assert len(ours.read_bytes()) > 100_000


def test_rebuild_changes_nothing(remote, tmp_path):
    before = len(remote)
    report = tmp_path / "report.json"
    assert main(["build", "--store", remote.root.removesuffix("/query"), "--quiet", "--report", str(report)]) == 0
    import json

    assert json.loads(report.read_text())["articles"] == {"unchanged": 5}
    assert len(remote) == before


def test_parameters_are_terms_never_text(remote):
    before = len(remote)
    evil = Literal('USD" } } ; DROP ALL ; SELECT * WHERE { ?s ?p "')
    q = QUERIES["pledges_totals"]
    assert list(remote.query(q.text, substitutions={Variable("currency"): evil})) == []
    assert len(remote) == before
    text = bind_values(q.text, {Variable("currency"): evil})
    assert 'VALUES (?currency) { ("USD\\" } } ; DROP ALL ; SELECT * WHERE { ?s ?p \\"") }' in text


def test_generic_endpoints_build_the_same_graph(start_oxigraph, built_store, tmp_path):
    """Any SPARQL 1.1 engine: writes by SPARQL Update (INSERT DATA), then by the Graph Store Protocol."""
    ours = tmp_path / "embedded.nq"
    assert main(["export", "--store", str(built_store), "--format", "nquads", "--out", str(ours), "-q"]) == 0
    url = start_oxigraph()
    endpoints = ["--store-query", f"{url}/query", "--store-update", f"{url}/update"]
    for extra in ([], ["--store-gsp", f"{url}/store"]):
        out = tmp_path / f"generic{len(extra)}.nq"
        assert main(["build", "--fresh", "--quiet", *endpoints, *extra]) == 0
        assert main(["export", "--format", "nquads", "--out", str(out), *endpoints]) == 0
        assert out.read_bytes() == ours.read_bytes()


def test_fresh_drops_only_our_graphs(start_oxigraph):
    url = start_oxigraph()
    other = "<http://example.org/s> <http://example.org/p> \"kept\" <http://example.org/theirs> .\n"
    r = requests.post(f"{url}/store", data=other.encode(), headers={"Content-Type": "application/n-quads"}, timeout=10)
    assert r.status_code in (200, 201, 204), r.text
    assert main(["build", "--store", url, "--quiet", "--fresh"]) == 0
    assert main(["build", "--store", url, "--quiet", "--fresh", str(ROOT / "data/articles/000_e5b1e9325b1daa71.txt")]) == 0
    store = RemoteStore.oxigraph_server(url)
    graphs = {g.value for g in store.named_graphs()}
    assert "http://example.org/theirs" in graphs
    assert sum(g.startswith("https://w3id.org/coalition-kg/graph/article/") for g in graphs) == 1


def test_union_default_graph_is_detected(remote, start_oxigraph):
    assert remote.check_union() is True
    url = start_oxigraph(union=False)
    assert main(["build", "--store", url, "--quiet"]) == 0
    plain = RemoteStore.oxigraph_server(url)
    assert plain.check_union() is False
    # the one behaviour that differs: without a union default graph the canned queries find nothing
    assert list(plain.query(QUERIES["meetings"].text)) == []


def _app(**config):
    from coalition_kg.server import create_app

    app = create_app(**config)
    app.config.update(TESTING=True)
    return app.test_client()


def test_serve_answers_from_the_remote_store(remote, built_store):
    ours, theirs = _app(store=built_store), _app(REMOTE_STORE=remote)
    for path in ("/api/queries/pledges_totals", "/api/queries/meetings?city_en=Rome",
                 "/api/queries/claims_by_speaker?speaker=Q30"):
        a, b = ours.get(path), theirs.get(path)
        assert (a.status_code, b.status_code) == (200, 200), b.get_data(as_text=True)
        key = lambda rows: sorted(map(repr, rows))  # noqa: E731
        assert key(b.get_json()["results"]["bindings"]) == key(a.get_json()["results"]["bindings"])
        assert b.get_json()["results"]["bindings"]
    r = theirs.get("/sparql", query_string={"query": "ASK { ?m a <https://w3id.org/coalition-kg/ontology#Pledge> }"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.get_json()["boolean"] is True
    r = theirs.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o FILTER(<https://w3id.org/coalition-kg/"
                                            "ontology#matches>(?o, \"بلينكن\")) }"})
    assert r.status_code == 501 and "embedded store" in r.get_data(as_text=True)
    r = theirs.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400
    # no writes through this server: the remote engine has its own endpoints and access control
    writer = _app(REMOTE_STORE=remote, UPDATE_TOKEN="secret")
    r = writer.post("/sparql", data={"update": "DROP ALL"}, headers={"Authorization": "Bearer secret"})
    assert r.status_code == 403
    assert len(remote) > 0


def test_unreachable_store_is_an_error_not_a_trace(capsys):
    port = free_port()  # nothing listens there
    assert main(["query", "--store", f"http://127.0.0.1:{port}", "ASK {}"]) == 2
    assert "could not be reached" in capsys.readouterr().err
    r = _app(REMOTE_STORE=RemoteStore.oxigraph_server(f"http://127.0.0.1:{port}")).get(
        "/sparql", query_string={"query": "ASK {}"})
    assert r.status_code == 502 and "remote store" in r.get_data(as_text=True)


@pytest.mark.parametrize("command", ["stats", "gc", "validate", "link"])
def test_commands_that_need_the_embedded_store_say_so(command, capsys):
    assert main([command, "--store", "http://127.0.0.1:1"]) == 2
    assert f"{command} needs a store directory, not a server" in capsys.readouterr().err


def test_row_cap_cuts_a_remote_answer(remote):
    client = _app(REMOTE_STORE=remote, ROW_CAP=10)
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    assert len(r.get_json()["results"]["bindings"]) == 10
    assert r.headers["X-SPARQL-Truncated"].startswith("true")


def test_an_engine_that_is_not_oxigraph_gets_the_sparql11_form_with_the_same_answers(start_oxigraph, tmp_path):
    """The generic endpoints (``--store-query`` / ``--store-update``) may be an engine without
    SPARQL 1.2's LATERAL: disagreements goes as its SPARQL 1.1 form, which rdflib (a 1.1 parser)
    reads, and answers as the embedded store does, with the meeting and without."""
    from rdflib.plugins.sparql import prepareQuery

    q = QUERIES["disagreements"]
    sparql11 = canned.portable(q.text)
    assert sparql11 != q.text and "LATERAL" not in re.sub(r"#.*", "", sparql11)
    prepareQuery(sparql11)
    with pytest.raises(Exception):
        prepareQuery(q.text)        # the canned text itself is no SPARQL 1.1
    disagree = ROOT / "tests" / "articles" / "disagree"
    url, local = start_oxigraph(), tmp_path / "store"
    assert main(["build", str(disagree), "--store", url, "--quiet"]) == 0
    assert main(["build", str(disagree), "--store", str(local), "--quiet"]) == 0
    generic, embedded = RemoteStore(url + "/query", url + "/update", url + "/store"), StoreDir(local).open_read()
    sent = []
    post = generic._post
    generic._post = lambda url, what, timeout=None, **kw: sent.append(kw.get("data")) or post(url, what, timeout, **kw)
    for values in (q.examples(), {}):
        subs = q.bind(values, _names(embedded))
        want = _rows(embedded.query(q.text, use_default_graph_as_union=True, substitutions=subs))
        assert len(want[1]) == 10, values
        assert _rows(generic.query(q.text, substitutions=subs)) == want, values
    assert sent and not any(b"LATERAL" in re.sub(rb"#[^\n]*", b"", d) for d in sent)
