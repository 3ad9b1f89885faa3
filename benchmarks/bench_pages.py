"""The HTML pages at scale: p50/p95 of each page the server renders, through a real HTTP server.

    .venv/bin/python benchmarks/bench_pages.py --store /tmp/pages1m            # reuse (or make) that store
    .venv/bin/python benchmarks/bench_pages.py --store /tmp/pages1m --runs 9 --json var/bench/pages.json
    .venv/bin/python benchmarks/bench_pages.py --store /tmp/pages1m --only entity,query:copresence

The store is the synthetic one of ``bench_queries.py`` (generated with ``--articles`` when the
directory holds none; 4,000 articles are about 1M quads). ``coalition-kg serve`` runs on a free
loopback port with the result cache off (``COALITION_KG_RESULT_CACHE=off``: every request
computes its answer, as the first visitor after a build does; ``--cache`` leaves it on, as for
repeat visits), and each page is fetched
``--runs`` times after one warm-up request (the warm-up pays for the name index and the worker
start, once per generation). The pages: the home page, the entity page of the most- and of the
least-mentioned entity, the page of the most-reported meeting, an article page, each canned
query's page with its example parameters and without, and the disagreements page (both ways).
Prints p50/p95 of the wall time and the server's CPU per request (its process and workers, by
psutil: what a page costs whatever else the machine runs), as a table (and JSON with
``--json``); never a timed assertion.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

ID_NS = "https://w3id.org/coalition-kg/id/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def picks(root: Path) -> dict[str, str]:
    """The most- and least-mentioned entity, the most-reported meeting and one article (read once,
    outside the timings, straight from the store)."""
    from coalition_kg.graph.store import StoreDir

    store = StoreDir(root).open_read()

    def one(query: str) -> str:
        return next(iter(store.query(query, use_default_graph_as_union=True)))[0].value

    mentioned = """PREFIX ckg: <https://w3id.org/coalition-kg/ontology#>
SELECT ?e (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a ckg:mentions ?e } } GROUP BY ?e ORDER BY %s(?n) ?e LIMIT 1"""
    return {"entity (most mentioned)": one(mentioned % "DESC"),
            "entity (least mentioned)": one(mentioned % "ASC"),
            "meeting (most reported)": one("""PREFIX ckg: <https://w3id.org/coalition-kg/ontology#>
SELECT ?m (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?m ckg:reportedIn ?a } } GROUP BY ?m ORDER BY DESC(?n) ?m LIMIT 1"""),
            "article": one("""PREFIX ckg: <https://w3id.org/coalition-kg/ontology#>
SELECT ?a WHERE { GRAPH ?g { ?a a ckg:Article } } LIMIT 1""")}


def pages(root: Path) -> list[tuple[str, str]]:
    """(name, path) of every page measured."""
    from urllib.parse import urlencode

    from coalition_kg.graph import canned

    out = [("home", "/")]
    out += [(name, "/id/" + iri[len(ID_NS):]) for name, iri in picks(root).items()]
    queries = canned.load_all()
    for name, q in queries.items():
        out.append((f"query:{name} (examples)", f"/queries/{name}?{urlencode(q.examples())}"))
        if q.examples():
            out.append((f"query:{name} (no params)", f"/queries/{name}"))
    # the page of versions side by side runs the disagreements query too (all of its rows)
    out.append(("page:disagreements (examples)", f"/disagreements?{urlencode(queries['disagreements'].examples())}"))
    out.append(("page:disagreements (no params)", "/disagreements"))
    return out


def fetch(url: str) -> tuple[float, int, int]:
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=300) as r:
            status, size = r.status, len(r.read())
    except urllib.error.HTTPError as exc:
        status, size = exc.code, 0
    return time.perf_counter() - t, status, size


def server_cpu(proc: subprocess.Popen) -> float:
    """CPU seconds (user + system) the server and its worker processes have used so far: what a
    page costs whatever else the machine runs (wall time on a shared machine is mostly waiting,
    and the engine renices queries past 0.05 s of CPU, so other load slows them most)."""
    import psutil

    root = psutil.Process(proc.pid)
    total = 0.0
    for p in [root] + root.children(recursive=True):
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def measure(base: str, todo: list[tuple[str, str]], runs: int, proc: subprocess.Popen | None = None) -> list[dict]:
    out = []
    print(f"{'page':44} {'p50 ms':>8} {'p95 ms':>8} {'CPU ms':>7} {'status':>6} {'bytes':>9}")
    for name, path in todo:
        fetch(base + path)  # warm-up
        times, status, size = [], 0, 0
        cpu = server_cpu(proc) if proc else 0.0
        for _ in range(runs):
            dt, status, size = fetch(base + path)
            times.append(dt * 1000)
        cpu_ms = (server_cpu(proc) - cpu) * 1000 / runs if proc else float("nan")
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        row = {"page": name, "path": path, "p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1),
               "cpu_ms": round(cpu_ms, 1), "status": status, "bytes": size, "runs": runs}
        out.append(row)
        print(f"{name:44} {row['p50_ms']:8.1f} {row['p95_ms']:8.1f} {row['cpu_ms']:7.1f} {status:6} {size:9}", flush=True)
    return out


def serve(root: Path, port: int, cache: bool = False) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if not cache:
        env["COALITION_KG_RESULT_CACHE"] = "off"
    proc = subprocess.Popen([sys.executable, "-m", "coalition_kg.cli", "serve", "--store", str(root),
                             "--port", str(port), "--query-timeout", "120"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"coalition-kg serve exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise TimeoutError("the server did not listen within 120 s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", required=True, help="store directory; generated there if it holds no store")
    ap.add_argument("--articles", type=int, default=4000, help="synthetic articles when generating (4000: ~1M quads)")
    ap.add_argument("--runs", type=int, default=7, help="timed requests per page (after one warm-up)")
    ap.add_argument("--only", help="comma-separated substrings of page names")
    ap.add_argument("--json", help="also write the rows as JSON to this file")
    ap.add_argument("--cache", action="store_true", help="leave the result cache on (repeat visits)")
    args = ap.parse_args(argv)

    import bench_queries
    from coalition_kg.graph.store import StoreDir

    root = Path(args.store)
    if not StoreDir(root).exists():
        print(f"generating {args.articles} synthetic articles into {root}", file=sys.stderr)
        bench_queries.generate(root, args.articles)
    print(f"quads: {bench_queries.quad_count(root):,}; result cache {'on' if args.cache else 'off'}; "
          f"{args.runs} runs per page; load average {os.getloadavg()[0]:.1f}")
    todo = pages(root)
    if args.only:
        todo = [(n, p) for n, p in todo if any(s in n for s in args.only.split(","))]
    port = free_port()
    proc = serve(root, port, args.cache)
    try:
        found = measure(f"http://127.0.0.1:{port}", todo, args.runs, proc)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(found, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
