#!/usr/bin/env python3
"""Remote-store and distributed builds (issue 11 items 5-6): a table and a JSON file, never a test.

    .venv/bin/python benchmarks/bench_distributed.py                 # 1,000 synthetic articles
    .venv/bin/python benchmarks/bench_distributed.py --n 10000 --workers 2

On one synthetic corpus (``make_corpus.py``, one JSON Lines file) it runs the real command,
``coalition-kg build --fresh``, four ways: into a store directory with ``--jobs 1`` and with
every core; into ``oxigraph serve --union-default-graph`` (started here) with every core; and
with ``--engine dask`` on a ``distributed.LocalCluster`` of ``--workers`` processes writing into
that server. It reports articles/s and quads; then every canned query (its example parameters)
against the store directory in this process and against the server, median of ``--repeat`` runs (the example parameters where the synthetic
corpus holds them, else the defaults).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def corpus(n: int) -> Path:
    path = ROOT / "var" / "bench" / f"corpus-{n}" / "corpus.jsonl"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "--n", str(n), "--out", str(path)],
                       check=True)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph(location: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([str(BIN / "oxigraph"), "serve", "--location", str(location), "--bind",
                             f"127.0.0.1:{port}", "--union-default-graph"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("oxigraph serve did not start")


def build(args: list[str], n: int) -> dict:
    t0 = time.perf_counter()
    subprocess.run([str(BIN / "coalition-kg"), "build", "--fresh", "-q", *args], check=True,
                   stderr=subprocess.DEVNULL)
    s = time.perf_counter() - t0
    return {"seconds": round(s, 2), "articles_per_s": round(n / s, 1)}


def queries(store, repeat: int, names) -> dict[str, float]:
    from coalition_kg.graph import canned
    from coalition_kg.graph.sparql import CUSTOM_FUNCTIONS

    out = {}
    for name, q in canned.load_all().items():
        try:
            subs = q.bind(q.examples(), names)
        except canned.ParamError:  # an example the synthetic corpus does not hold: the defaults
            subs = q.bind({}, names)
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            kw = {"use_default_graph_as_union": True, "custom_functions": CUSTOM_FUNCTIONS}
            list(store.query(q.text, substitutions=subs, **kw))
            times.append(time.perf_counter() - t0)
        out[name] = round(statistics.median(times) * 1000, 1)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", type=Path, default=ROOT / "var" / "bench" / "distributed.json")
    args = ap.parse_args()

    from distributed import LocalCluster

    from coalition_kg.graph.names import QUERY, NameIndex
    from coalition_kg.graph.remote import RemoteStore
    from coalition_kg.graph.store import StoreDir

    src, tmp = corpus(args.n), Path(tempfile.mkdtemp(prefix="bench-dist-"))
    cores = os.cpu_count() or 1
    res: dict = {"machine": f"{platform.machine()}, {cores} cores, {platform.python_version()}",
                 "load_at_start": os.getloadavg()[0], "articles": args.n, "builds": {}}
    proc, url = oxigraph(tmp / "oxigraph")
    try:
        res["builds"]["store directory, --jobs 1"] = build([str(src), "--store", str(tmp / "s"), "--jobs", "1"], args.n)
        res["builds"][f"store directory, --jobs {cores}"] = build([str(src), "--store", str(tmp / "s")], args.n)
        res["builds"][f"oxigraph serve, --jobs {cores}"] = build([str(src), "--store", url], args.n)
        with LocalCluster(processes=True, n_workers=args.workers, threads_per_worker=1, dashboard_address=None) as c:
            res["builds"][f"oxigraph serve, dask {args.workers} workers"] = build(
                [str(src), "--store", url, "--engine", "dask", "--scheduler", c.scheduler_address], args.n)
        local, remote = StoreDir(tmp / "s").open_read(), RemoteStore.oxigraph_server(url)
        res["quads"] = {"store directory": len(local), "oxigraph serve": len(remote)}
        names = NameIndex.from_rows([(r["e"].value, r["p"].value, r["v"].value, getattr(r["v"], "language", None))
                                     for r in local.query(QUERY)])
        res["canned_ms"] = {"embedded": queries(local, args.repeat, names),
                            "remote": queries(remote, args.repeat, names)}
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"{res['machine']}, load {res['load_at_start']:.2f} at start; {args.n} synthetic articles; "
          f"quads {res['quads']}")
    print(f"{'build':<40} {'seconds':>8} {'articles/s':>11}")
    for k, v in res["builds"].items():
        print(f"{k:<40} {v['seconds']:>8} {v['articles_per_s']:>11}")
    print(f"\n{'canned query (median ms)':<28} {'embedded':>9} {'remote':>9}")
    for k in res["canned_ms"]["embedded"]:
        print(f"{k:<28} {res['canned_ms']['embedded'][k]:>9} {res['canned_ms']['remote'][k]:>9}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(res, indent=1) + "\n")
    print(f"\n(JSON: {args.json})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
