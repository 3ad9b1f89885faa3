"""Fair under load, on a real ``coalition-kg serve`` (granian) process: cheap queries answer
while slow queries and slow clients pile up, and the server's worker processes die with it."""
from __future__ import annotations

import os
import signal
import socket
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from conftest import children, start_server, stop_server, survivors

pytestmark = pytest.mark.slow

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~5e10 rows: never ends
CHEAP = "ASK {}"


def _ask_latencies(url: str, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.monotonic()
        r = requests.get(f"{url}/sparql", params={"query": CHEAP}, timeout=30)
        out.append(time.monotonic() - t)
        assert r.status_code == 200 and r.json()["boolean"] is True
        time.sleep(0.05)
    return out


def _p99(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * 0.99))]


def test_cheap_query_answers_during_a_storm_of_slow_queries(built_store):
    proc, url = start_server(built_store, "--query-timeout", "8", "--slow-queries", "20", "--slow-per-client", "20",
                             "--threads", "24")  # slow queries fewer than one process's threads (Limits)
    try:
        _ask_latencies(url, 3)  # warm the fast lane
        with ThreadPoolExecutor(20) as pool:
            storm = [pool.submit(requests.get, f"{url}/sparql", params={"query": SLOW}, timeout=60) for _ in range(20)]
            time.sleep(1.0)  # all twenty are running now, in the slow lane
            lat = _ask_latencies(url, 40)
            answers = [f.result() for f in storm]
        assert _p99(lat) < 1.0, sorted(lat)[-5:]
        assert {r.status_code for r in answers} == {503}
        assert all("time limit" in r.text for r in answers)
    finally:
        stop_server(proc)


def test_a_slow_cap_that_could_fill_a_process_is_refused():
    from coalition_kg.graph.engine import Limits

    with pytest.raises(ValueError, match="fewer than the query threads"):
        Limits(threads=16, slow=16)
    assert Limits(threads=16, slow=15).slow == 15


def test_slow_queries_are_capped_per_client(built_store):
    proc, url = start_server(built_store, "--query-timeout", "12")  # defaults: 4 slow, 2 per client
    try:
        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(lambda _: requests.get(f"{url}/sparql", params={"query": SLOW}, timeout=60),
                                    range(6)))
        capped = [r for r in answers if "from your address" in r.text]
        assert len(capped) == 4 and all(r.status_code == 503 for r in capped)
        assert sum("time limit" in r.text for r in answers) == 2
    finally:
        stop_server(proc)


def test_slow_clients_are_cut_off_and_do_not_block_others(built_store):
    proc, url = start_server(built_store, "--read-timeout", "2")
    port = int(url.rsplit(":", 1)[1])
    slow = []
    try:
        for _ in range(150):  # slowloris: a request line, then nothing
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"GET /sparql?query=ASK HTTP/1.1\r\nHost: x\r\n")
            slow.append(s)
        assert _p99(_ask_latencies(url, 10)) < 1.0
        time.sleep(5)  # past the read timeout: the server has closed them
        closed = 0
        for s in slow:
            s.settimeout(2)
            try:
                closed += s.recv(1) == b""
            except (ConnectionResetError, socket.timeout):
                closed += 1 if isinstance(sys.exc_info()[1], ConnectionResetError) else 0
        assert closed == len(slow)
    finally:
        for s in slow:
            s.close()
        stop_server(proc)


def test_workers_die_with_their_server(built_store):
    proc, url = start_server(built_store)
    with ThreadPoolExecutor(3) as pool:  # busy workers too: one slow query holds its worker
        slow = pool.submit(requests.get, f"{url}/sparql", params={"query": SLOW}, timeout=60)
        _ask_latencies(url, 2)
        time.sleep(0.5)
        workers = children(proc.pid)
        assert len(workers) >= 2
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        with pytest.raises(requests.RequestException):
            slow.result()
    assert survivors(workers) == []
