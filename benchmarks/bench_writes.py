"""Writes over HTTP: a small Graph Store Protocol PUT and a SPARQL UPDATE against a live
``coalition-kg serve --update-token``, each timed from request to answer, and a write followed
by the query that reads it back (what a client that writes then reads waits for).

The store given is not touched: the server runs on a checkpoint of its current generation
(hard links) in a temporary folder.

    .venv/bin/python benchmarks/bench_writes.py --store var/store            # the bundled build
    .venv/bin/python benchmarks/bench_writes.py --store /tmp/big --n 50 --json writes.json

Never a timed assertion in tests: this only prints.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

TOKEN = "bench-writes"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(url: str, method: str = "GET", data: bytes | None = None, ctype: str | None = None,
             auth: bool = False) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=data, method=method)
    if ctype:
        req.add_header("Content-Type", ctype)
    if auth:
        req.add_header("Authorization", f"Bearer {TOKEN}")
    req.add_header("Accept", "application/sparql-results+json")
    with urllib.request.urlopen(req, timeout=60) as resp:
        return resp.status, resp.read()


def _copy_store(store: Path, into: Path) -> Path:
    """A store folder whose ``current`` is a checkpoint of ``store``'s current generation."""
    from pyoxigraph import Store

    from coalition_kg.graph.store import StoreDir

    cur = StoreDir(store).current()
    if cur is None:
        sys.exit(f"no store at {store}: build one first")
    Store.read_only(str(cur)).backup(str(into / "gen-bench"))
    os.symlink("gen-bench", into / "current")
    return into


def _serve(store: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "coalition_kg.cli", "serve", "--store", str(store),
                             "--port", str(port), "--update-token", TOKEN], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            _request(base + "/sparql?query=" + urllib.parse.quote("ASK {}"))
            return proc, base
        except OSError:
            time.sleep(0.2)
    proc.kill()
    sys.exit("the server did not answer within 60 s")


def measure(base: str, n: int) -> dict[str, list[float]]:
    def put(i):
        g = urllib.parse.quote(f"http://bench.example/g{i}", safe="")
        body = f"<http://bench.example/s{i}> <http://bench.example/p> {i}, {i + 1}, {i + 2} .".encode()
        assert _request(f"{base}/store?graph={g}", "PUT", body, "text/turtle", auth=True)[0] == 201

    def update(i):
        body = urllib.parse.urlencode({"update": f"INSERT DATA {{ <http://bench.example/u{i}> "
                                                 f"<http://bench.example/p> {i} }}"}).encode()
        assert _request(f"{base}/sparql", "POST", body, "application/x-www-form-urlencoded", auth=True)[0] == 204

    def update_then_read(i):
        update(10_000 + i)
        ask = urllib.parse.quote(f"ASK {{ <http://bench.example/u{10_000 + i}> ?p ?o }}")
        assert json.loads(_request(f"{base}/sparql?query={ask}")[1])["boolean"] is True

    out: dict[str, list[float]] = {}
    for name, fn in (("GSP PUT (3 triples, new graph)", put), ("SPARQL UPDATE (INSERT DATA)", update),
                     ("UPDATE, then ASK that reads it", update_then_read)):
        fn(-1 - len(out))  # warm: the server's write head, the query path
        times = []
        for i in range(n):
            t = time.perf_counter()
            fn(1000 * len(out) + i)
            times.append(time.perf_counter() - t)
        out[name] = times
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True, help="a built store folder (left untouched)")
    ap.add_argument("--n", type=int, default=30, help="requests of each kind (default: 30)")
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    args = ap.parse_args()
    from pyoxigraph import Store

    from coalition_kg.graph.store import StoreDir

    quads = len(Store.read_only(str(StoreDir(args.store).current())))
    with tempfile.TemporaryDirectory(prefix="bench-writes-") as tmp:
        proc, base = _serve(_copy_store(args.store, Path(tmp)))
        try:
            times = measure(base, args.n)
        finally:
            proc.terminate()
            proc.wait(10)
    rows = {name: {"median_ms": round(1000 * statistics.median(t), 1),
                   "p90_ms": round(1000 * sorted(t)[int(0.9 * (len(t) - 1))], 1)} for name, t in times.items()}
    print(f"store {args.store}: {quads} quads; {args.n} requests each; {platform.node()}, {os.cpu_count()} cores")
    print(f"{'request':34} {'median ms':>10} {'p90 ms':>8}")
    for name, r in rows.items():
        print(f"{name:34} {r['median_ms']:>10} {r['p90_ms']:>8}")
    if args.json:
        args.json.write_text(json.dumps({"store": str(args.store), "quads": quads, "n": args.n, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
