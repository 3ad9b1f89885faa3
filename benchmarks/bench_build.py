#!/usr/bin/env python3
"""Build and serving benchmarks (issue 11 item 7): a table and a JSON file, never a test.

    .venv/bin/python benchmarks/bench_build.py                       # 1k and 10k synthetic, real news, serving
    .venv/bin/python benchmarks/bench_build.py --sizes 1000,10000,100000 --single-core-max 10000

For each synthetic corpus (``make_corpus.py``, made once under var/bench/corpus-N/) it runs the
real command, ``coalition-kg build --fresh --jobs J``, with J = 1 (per core) and J = every core,
and reports articles/s, CPU ms per article (the build and its workers, from getrusage: flat when
the cost per article is flat, and not changed by other load on the machine), peak
memory (the resident bytes of the writer and its workers summed, sampled every 0.1 s with
psutil), quads, disk bytes per quad of the compacted generation, and a second build of the same
corpus (nothing extracted). Past ``--single-core-max`` articles only the all-cores build runs
and the per-core figure is projected from the largest measured size (marked so).
Load quads/s (up to ``--single-core-max`` articles): the writer alone, the built graph loaded into an empty store in article-sized
transactions (as ``build`` writes) and by Oxigraph's bulk loader (as compaction does).
Real news (tests/realnews/articles): extraction + RDF quads in this process, articles/s on one
core. Serving: ``coalition-kg serve`` (COALITION_KG_RESULT_CACHE=off) against
``oxigraph serve-read-only --union-default-graph`` on the same 1k store, wrk with 8 connections,
a cheap query (SELECT … LIMIT 50) and an aggregate one; the ratio is ours over Oxigraph's.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import psutil
from bench_pages import server_cpu  # a server's and its workers' CPU seconds (same folder)

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "var" / "bench"
PY = sys.executable
REALNEWS = ROOT / "tests" / "realnews" / "articles"
QUERIES = {
    "cheap": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 50",
    "aggregate": "SELECT ?type (COUNT(?x) AS ?n) WHERE { ?x a ?type } GROUP BY ?type ORDER BY DESC(?n)",
    "ask": "ASK {}",
}
ONE_CONNECTION = ("ask",)  # also measured with one connection: the latency of a lone client


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "load_at_start": [round(x, 2) for x in os.getloadavg()],
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def corpus(n: int) -> Path:
    folder = BENCH / f"corpus-{n}"
    if not (folder / "corpus.jsonl").exists():
        subprocess.run([PY, str(ROOT / "benchmarks" / "make_corpus.py"), "--n", str(n),
                        "--out", str(folder / "corpus.jsonl")], check=True)
    return folder


def run_build(paths: list[Path], store: Path, jobs: int, fresh: bool = True) -> dict:
    """``coalition-kg build`` as a process: wall seconds, peak summed RSS, its report."""
    report = store.with_suffix(".report.json")
    cmd = [PY, "-m", "coalition_kg.cli", "build", *map(str, paths), "--store", str(store), "--jobs", str(jobs),
           "-q", "--report", str(report)] + (["--fresh"] if fresh else [])
    log = store.with_suffix(".log")
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    with log.open("wb") as err:  # a file, not a pipe: a full pipe would stop the build
        proc = psutil.Popen(cmd, stderr=err)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc))
            time.sleep(0.1)
    wall, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
    if proc.returncode != 0:
        raise RuntimeError(f"build failed ({proc.returncode}): {log.read_text()[-2000:]}")
    rep = json.loads(report.read_text())
    return {"jobs": jobs, "seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
            "peak_rss_mb": round(peak / 2**20), "quads": rep["quads"],
            "extracted": rep["extracted"], "articles": rep["articles"]}


def _children_cpu() -> float:
    """CPU seconds of every finished child process and their children (the build, its workers)."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:  # a worker that just exited
            pass
    return total


def store_disk(store: Path) -> dict:
    from coalition_kg.graph.store import StoreDir

    st = StoreDir(store).stats()
    return {"bytes_per_quad": st["bytes_per_quad"], "current_mb": round(st["current_bytes"] / 2**20, 1),
            "store_mb": round(st["disk_bytes"] / 2**20, 1), "generations": len(st["generations"])}


def load_rates(store: Path, batch: int) -> dict:
    """The writer alone: quads/s loading the built graph into empty stores, in transactions of
    ``batch`` quads (an article's worth, as build writes) and by the bulk loader."""
    from pyoxigraph import Store

    from coalition_kg.graph.store import StoreDir

    quads = list(StoreDir(store).open_read())
    out = {}
    with tempfile.TemporaryDirectory(dir=BENCH) as tmp:
        target = Store(str(Path(tmp) / "tx"))
        t0 = time.perf_counter()
        for i in range(0, len(quads), batch):
            target.extend(quads[i:i + batch])
        target.flush()
        out["transactional_quads_per_s"] = round(len(quads) / (time.perf_counter() - t0))
        del target
        bulk = Store(str(Path(tmp) / "bulk"))
        t0 = time.perf_counter()
        bulk.bulk_extend(quads)
        bulk.flush()
        out["bulk_quads_per_s"] = round(len(quads) / (time.perf_counter() - t0))
        del bulk
    return out


def bench_size(n: int, jobs_all: int, per_core: bool) -> dict:
    folder, store = corpus(n), BENCH / f"store-{n}"
    shutil.rmtree(store, ignore_errors=True)
    row = {"articles": n, "builds": []}
    for jobs in ([1] if per_core else []) + ([jobs_all] if jobs_all > 1 or not per_core else []):
        b = run_build([folder], store, jobs)
        b["articles_per_s"] = round(n / b["seconds"], 1)
        b["cpu_ms_per_article"] = round(1000 * b["cpu_seconds"] / n, 1)  # load on the machine does not change it
        row["builds"].append(b)
        print(f"  {n} articles, --jobs {jobs}: {b['articles_per_s']}/s, peak {b['peak_rss_mb']} MB", file=sys.stderr)
    row["quads"] = row["builds"][-1]["quads"]
    row["disk"] = store_disk(store)
    again = run_build([folder], store, jobs_all, fresh=False)  # the same corpus again: nothing to extract
    row["rebuild"] = {"seconds": again["seconds"], "extracted": again["extracted"], "articles": again["articles"]}
    row["disk_after_rebuild"] = store_disk(store)
    if per_core:  # the graph is held in memory for this: not at 100k articles
        row["load"] = load_rates(store, max(1, row["quads"] // n))
    return row


def bench_realnews(rounds: int = 5) -> dict:
    """Extraction + RDF quads of every real-news article in this process (lexicon loaded first)."""
    from coalition_kg.graph.build import extract_quads
    from coalition_kg.loaders import lexicon
    from coalition_kg.loaders.article import read_all

    arts = list(read_all([REALNEWS], lambda exc: None))
    lexicon.default()
    extract_quads(arts[0])
    t0 = time.process_time()
    for _ in range(rounds):
        for a in arts:
            extract_quads(a)
    cpu = time.process_time() - t0
    chars = sum(len(a.text) for a in arts) / len(arts)
    return {"articles": len(arts), "chars_per_article": round(chars), "articles_per_s_per_core": round(
        rounds * len(arts) / cpu, 1)}


def bench_serving(store: Path, seconds: int, conns: int) -> dict:
    """req/s and p50 for each query on our /sparql and on oxigraph serve-read-only, same store."""
    from coalition_kg.graph.store import StoreDir

    gen = StoreDir(store).current()
    ours_port, oxi_port = _free_port(), _free_port()
    env = {**os.environ, "COALITION_KG_RESULT_CACHE": "off"}
    ours = subprocess.Popen([PY, "-m", "coalition_kg.cli", "serve", "--store", str(store), "--port", str(ours_port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    oxi = subprocess.Popen([str(Path(PY).parent / "oxigraph"), "serve-read-only", "--location", str(gen),
                            "--bind", f"127.0.0.1:{oxi_port}", "--union-default-graph"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(ours_port), _wait(oxi_port)
        out = {}
        runs = [(name, q, conns) for name, q in QUERIES.items()]
        runs += [(f"{name}, 1 connection", QUERIES[name], 1) for name in ONE_CONNECTION]
        for name, q, c in runs:
            a = _wrk(f"http://127.0.0.1:{ours_port}/sparql", q, seconds, c, server=ours)
            b = _wrk(f"http://127.0.0.1:{oxi_port}/query", q, seconds, c, server=oxi)
            out[name] = {"ours": a, "oxigraph": b, "ratio": round(a["req_per_s"] / b["req_per_s"], 2),
                         "cpu_ratio": round(b["server_cpu_ms"] / a["server_cpu_ms"], 2)}
            print(f"  serving {name}: ours {a['req_per_s']}/s {a['server_cpu_ms']} CPU ms/req, "
                  f"oxigraph {b['req_per_s']}/s {b['server_cpu_ms']} CPU ms/req", file=sys.stderr)
        return out
    finally:
        for p in (ours, oxi):
            p.terminate()
            p.wait(timeout=30)


def _wrk(url: str, query: str, seconds: int, conns: int, server: subprocess.Popen) -> dict:
    """wrk's req/s and p50, and the server's CPU ms per request (its processes' user + system time
    over the run / requests answered): unlike req/s, hardly moved by other load on the machine."""
    full = f"{url}?{urllib.parse.urlencode({'query': query})}"
    subprocess.run(["wrk", "-t2", "-c2", "-d2s", "-H", "Accept: application/sparql-results+json", full],
                   capture_output=True, check=True)  # warm-up
    cpu0 = server_cpu(server)
    out = subprocess.run(["wrk", f"-t{min(2, conns)}", f"-c{conns}", f"-d{seconds}s", "--latency", "-H",
                          "Accept: application/sparql-results+json", full], capture_output=True, text=True, check=True)
    cpu = server_cpu(server) - cpu0
    done = int(next(ln for ln in out.stdout.splitlines() if " requests in " in ln).split()[0])
    return {"req_per_s": _wrk_value(out.stdout, "Requests/sec:"), "p50_ms": _wrk_latency(out.stdout, "50%"),
            "server_cpu_ms": round(1000 * cpu / max(1, done), 3),
            "non_2xx": int(_wrk_value(out.stdout, "Non-2xx or 3xx responses:") or 0)}


def _wrk_value(text: str, label: str) -> float | None:
    line = next((ln for ln in text.splitlines() if ln.strip().startswith(label)), None)
    return float(line.split(":", 1)[1]) if line else None


def _wrk_latency(text: str, pct: str) -> float:
    value = next(ln.split()[1] for ln in text.splitlines() if ln.strip().startswith(pct))
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    unit = next(u for u in ("us", "ms", "s") if value.endswith(u))
    return round(float(value[: -len(unit)]) * scale[unit], 2)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(port: int, timeout: float = 60) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"nothing listened on {port}")


def table(res: dict) -> str:
    m, rows = res["machine"], []
    rows.append(f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}, "
                f"load {m['load_at_start'][0]} at start, {res.get('load_at_end', ['?'])[0]} at the end, {m['date']}.\n")
    rows.append("| articles | quads | build, 1 core | build, all cores | CPU ms / article (1 core / all) | peak "
                "memory (1 core / all) | bytes / quad | same corpus again |")
    rows.append("|---|---|---|---|---|---|---|---|")
    for r in res["sizes"]:
        one = next((b for b in r["builds"] if b["jobs"] == 1), None)
        allc = r["builds"][-1]
        one_s = f"{one['articles_per_s']}/s ({1000 / one['cpu_ms_per_article']:.0f} per CPU-s)" if one else f"≈ {r['projected_per_core']}/s (projected)"
        ms = " / ".join(f"{b['cpu_ms_per_article']}" for b in r["builds"])
        mem = " / ".join(f"{b['peak_rss_mb']} MB" for b in r["builds"])
        rows.append(f"| {r['articles']:,} | {r['quads']:,} | {one_s} | {allc['articles_per_s']}/s (--jobs "
                    f"{allc['jobs']}) | {ms} | {mem} | {r['disk']['bytes_per_quad']} | {r['rebuild']['seconds']} s, "
                    f"{r['rebuild']['extracted']} extracted |")
    rows.append("")
    rows.append("| articles | load, article-sized transactions | load, bulk | store after the second build |")
    rows.append("|---|---|---|---|")
    for r in (r for r in res["sizes"] if "load" in r):
        rows.append(f"| {r['articles']:,} | {r['load']['transactional_quads_per_s']:,} quads/s | "
                    f"{r['load']['bulk_quads_per_s']:,} quads/s | {r['disk_after_rebuild']['store_mb']} MB, "
                    f"{r['disk_after_rebuild']['generations']} generations |")
    if "realnews" in res:
        rn = res["realnews"]
        rows.append(f"\nReal news ({rn['articles']} articles, {rn['chars_per_article']} characters on average): "
                    f"extraction + RDF quads {rn['articles_per_s_per_core']} articles/s per core.")
    if "serving" in res:
        rows.append(f"\n| query (cache off, {res.get('serving_connections', 8)} connections unless said) | ours req/s | "
                    f"oxigraph serve req/s | ratio | server CPU ms / request, ours / oxigraph (ratio) | "
                    f"p50 ours / oxigraph |")
        rows.append("|---|---|---|---|---|---|")
        for name, s in res["serving"].items():
            rows.append(f"| {name} | {s['ours']['req_per_s']} | {s['oxigraph']['req_per_s']} | {s['ratio']}× | "
                        f"{s['ours']['server_cpu_ms']} / {s['oxigraph']['server_cpu_ms']} ({s['cpu_ratio']}×) | "
                        f"{s['ours']['p50_ms']} ms / {s['oxigraph']['p50_ms']} ms |")
    return "\n".join(rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="synthetic corpus sizes, comma-separated")
    ap.add_argument("--single-core-max", type=int, default=10000,
                    help="larger corpora are built on all cores only; their per-core rate is projected")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="'all cores' (default: every core)")
    ap.add_argument("--serve-seconds", type=int, default=10)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--no-serving", action="store_true")
    ap.add_argument("--serving-only", type=Path, metavar="STORE", help="only the serving table, on this built store")
    ap.add_argument("--json", type=Path, default=BENCH / "build.json")
    args = ap.parse_args(argv)
    BENCH.mkdir(parents=True, exist_ok=True)
    res: dict = {"machine": machine(), "sizes": [], "serving_connections": args.connections}
    if args.serving_only:
        res["serving"] = bench_serving(args.serving_only, args.serve_seconds, args.connections)
        res["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
        print(table(res))
        return 0
    for n in map(int, args.sizes.split(",")):
        row = bench_size(n, args.jobs, n <= args.single_core_max)
        if n > args.single_core_max and res["sizes"]:
            ref = next(b for b in res["sizes"][-1]["builds"] if b["jobs"] == 1)
            row["projected_per_core"] = ref["articles_per_s"]  # cost per article flat: the largest measured
        res["sizes"].append(row)
        args.json.write_text(json.dumps(res, indent=1))
    res["realnews"] = bench_realnews()
    if not args.no_serving:
        res["serving"] = bench_serving(BENCH / f"store-{res['sizes'][0]['articles']}", args.serve_seconds,
                                       args.connections)
    res["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
    args.json.write_text(json.dumps(res, indent=1))
    print(table(res))
    print(f"\n(JSON: {args.json})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
