"""The endpoint tested as an attacker would: every way of making the server open a connection
it should not, and every way of making one request take the machine.

A real TCP listener on loopback counts the connections it receives; each SERVICE/LOAD form
must leave it at zero. The query workers are real processes running the real engine.
"""
from __future__ import annotations

import os
import socket
import threading
import time

import pytest
import requests

from coalition_kg.graph.engine import Engine
from coalition_kg.graph.sparql import Job

TOKEN = "attack-test-token"
# the engine's network namespace needs root (CI runs as root); without it SERVICE is refused
NEEDS_ROOT = pytest.mark.skipif(os.geteuid() != 0, reason="network namespaces need root")


class Listener:
    """A loopback TCP server that counts connections (and answers like a tiny HTTP server)."""

    def __init__(self, reply: bytes = b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.reply = reply
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(65536)
                    conn.sendall(self.reply)
                except OSError:
                    pass

    def close(self):
        self.sock.close()


@pytest.fixture()
def listener():
    lst = Listener()
    yield lst
    lst.close()


def _app(built_store, **config):
    from coalition_kg.server import create_app

    app = create_app(store=built_store, UPDATE_TOKEN=TOKEN, **config)
    app.config.update(TESTING=True)
    return app.test_client()


def query_forms(port: int) -> list[str]:
    loop = f"http://127.0.0.1:{port}"
    return [
        f"SELECT * {{ SERVICE <{loop}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE SILENT <{loop}/sparql> {{ ?s ?p ?o }} }}",
        rf"PREFIX e: <{loop}/> SELECT * {{ SERVICE e:a\# {{ ?s ?p ?o }} }}",
        rf"PREFIX e: <{loop}/> SELECT * {{ SERVICE e:a\' {{ ?s ?p ?o }} }}",
        rf"PREFIX e: <{loop}/> SELECT * {{ SERVICE SILENT e:a\~b {{ ?s ?p ?o }} }}",
        rf"SELECT * {{ \u0053ERVICE <{loop}/sparql> {{ ?s ?p ?o }} }}",
        rf"SELECT * {{ SERVICE <http://127.0.0.\u0031:{port}/sparql> {{ ?s ?p ?o }} }}",
        f"BASE <{loop}/x/> SELECT * {{ SERVICE <../sparql> {{ ?s ?p ?o }} }}",
        f"BASE <{loop}/> PREFIX e: <q/> SELECT * {{ SERVICE e:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE <http://[::ffff:127.0.0.1]:{port}/> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE <http://2130706433:{port}/> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE <http://0177.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE <http://0x7f.1:{port}/> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE <http://localhost:{port}/> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ BIND(<{loop}/> AS ?x) SERVICE ?x {{ ?s ?p ?o }} }}",
        f"SELECT * {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{loop}/> {{ ?a ?b ?c }} }} }}",
        f"SELECT * {{ {{ SELECT * {{ SERVICE <{loop}/> {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * {{ SERVICE # a comment\n <{loop}/> {{ ?s ?p ?o }} }}",
        f"select * {{ service <{loop}/> {{ ?s ?p ?o }} }}",
    ]


def update_forms(port: int) -> list[str]:
    loop = f"http://127.0.0.1:{port}"
    return [
        f"LOAD <{loop}/data.ttl>",
        f"LOAD SILENT <{loop}/data.ttl> INTO GRAPH <urn:g>",
        rf"LO\u0041D <{loop}/data.ttl>",
        rf"PREFIX e: <{loop}/> LOAD e:a\#",
        f"BASE <{loop}/> LOAD <data.ttl>",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{loop}/> {{ ?s ?p ?o }} }}",
        rf"PREFIX e: <{loop}/> INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE SILENT e:q\# {{ ?s ?p ?o }} }}",
    ]


def test_no_query_form_reaches_a_local_listener(built_store, listener):
    client = _app(built_store)
    for q in query_forms(listener.port):
        r = client.get("/sparql", query_string={"query": q})
        assert r.status_code in (200, 403), (q, r.status_code, r.data)
        if r.status_code == 200:  # only SERVICE SILENT may answer, and with no remote rows
            assert "SILENT" in q.upper(), q
    time.sleep(0.3)
    assert listener.connections == 0


def test_no_update_form_reaches_a_local_listener(built_store, listener):
    client = _app(built_store)
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    for u in update_forms(listener.port):
        r = client.post("/sparql", data=u.encode(), headers=auth)
        assert r.status_code == 403, (u, r.status_code, r.data)
    time.sleep(0.3)
    assert listener.connections == 0


def test_refused_query_opens_no_connection_and_no_dns(built_store, listener, monkeypatch):
    """Deciding is done on the parsed query alone: no lookup, no connection before running."""
    looked_up = []
    real = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: looked_up.append(a) or real(*a, **k))
    r = _app(built_store).get("/sparql", query_string={
        "query": f"SELECT * {{ SERVICE <http://attacker.example:{listener.port}/> {{ ?s ?p ?o }} }}"})
    assert r.status_code == 403
    assert looked_up == []


@NEEDS_ROOT
def test_engine_in_the_worker_reaches_no_network(built_store, listener):
    """Even a query the guard never saw (run straight by the engine) cannot reach the host."""
    pool = Engine(str(built_store))
    try:
        job = Job(f"SELECT * {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}")
        res = pool.run(job, 20)
    finally:
        pool.close()
    assert res.status == "service" and res.message == "a SERVICE endpoint could not be queried"
    assert listener.connections == 0


@NEEDS_ROOT
def test_relay_checks_the_address_it_connects_to(built_store, listener):
    """An allowlisted *name* that resolves to loopback (what DNS rebinding does) is refused when
    the relay connects, not before; the answer is the same neutral one as for a closed port."""
    named = f"http://localhost:{listener.port}/sparql"
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    closed.close()
    client = _app(built_store, SERVICE_ALLOWLIST=[named, f"http://localhost:{closed_port}/sparql"])
    answers = []
    for endpoint in (named, f"http://localhost:{closed_port}/sparql"):
        r = client.get("/sparql", query_string={"query": f"SELECT * {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"})
        answers.append((r.status_code, r.data))
    assert listener.connections == 0
    assert answers[0] == answers[1] == (502, b"query failed: a SERVICE endpoint could not be queried\n")


@NEEDS_ROOT
def test_relay_follows_no_redirect(built_store, listener):
    redirector = Listener(reply=(f"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{listener.port}/sparql\r\n"
                                 f"Content-Length: 0\r\n\r\n").encode())
    try:
        endpoint = f"http://127.0.0.1:{redirector.port}/sparql"
        client = _app(built_store, SERVICE_ALLOWLIST=[endpoint], SERVICE_ALLOW_PRIVATE=True)
        r = client.get("/sparql", query_string={"query": f"SELECT * {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"})
        assert r.status_code == 502
        assert redirector.connections == 1  # the allowlisted endpoint was asked...
        assert listener.connections == 0  # ...and its redirect was not followed
    finally:
        redirector.close()


# --- one request must not take the machine ---------------------------------------------------

def test_deep_nesting_is_a_400_and_the_server_goes_on(built_store):
    client = _app(built_store)
    deep_group = "SELECT * " + "{" * 10000 + "}" * 10000
    deep_expr = "SELECT (" + "(" * 10000 + "1" + ")" * 10000 + " AS ?x) {}"
    for q in (deep_group, deep_expr):
        r = client.get("/sparql", query_string={"query": q})
        assert r.status_code == 400 and b"deeper than" in r.data
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    r = client.post("/sparql", data=("INSERT DATA " + "{" * 10000 + "}" * 10000).encode(), headers=auth)
    assert r.status_code == 400 and b"deeper than" in r.data
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200


def test_memory_bomb_gets_a_503_naming_the_limit(built_store):
    """On the real server: the query is answered 503 naming the limit, its process is replaced
    (granian's memory watch), and the server answers the next query."""
    from conftest import serve

    bomb = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
    with serve(built_store, "--query-memory", "1200", "--query-timeout", "60") as url:
        r = requests.get(f"{url}/sparql", params={"query": bomb}, timeout=120)
        assert r.status_code == 503, r.text
        assert "1200 MiB" in r.text
        r = requests.get(f"{url}/sparql", params={"query": "ASK { ?s ?p ?o }"},
                         headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert r.json()["boolean"] is True


def test_result_bytes_are_capped(built_store):
    client = _app(built_store, RESULT_BYTE_CAP=20_000)
    r = client.get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o }"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    assert len(r.data) <= 20_000
    assert r.headers["X-SPARQL-Truncated"].startswith("true")
    assert 0 < len(r.get_json()["results"]["bindings"]) < 3716


# --- errors: one shape, never a 500 for a malformed parameter ----------------------------------

@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
def test_malformed_dataset_parameter_is_a_400(client, param):
    for bad in ("not an iri", "<x>", "http://a b/"):
        r = client.get("/sparql", query_string={"query": "ASK {}", param: bad})
        assert r.status_code == 400 and param.encode() in r.data


def test_errors_are_json_for_json_clients_and_text_otherwise(client):
    r = client.get("/sparql", query_string={"query": "SELEC"}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 400 and r.mimetype == "application/json"
    assert r.get_json()["error"].startswith("malformed query") and "detail" in r.get_json()
    r = client.get("/sparql", query_string={"query": "SELEC"}, headers={"Accept": "text/csv"})
    assert r.status_code == 400 and r.mimetype == "text/plain" and r.data.startswith(b"malformed query")
    r = client.get("/no/such/page", headers={"Accept": "application/json"})
    assert r.status_code == 404 and r.get_json()["error"] == "Not Found"
