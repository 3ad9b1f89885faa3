#!/usr/bin/env python3
"""Throughput of extraction, and of extraction + RDF building, on one core and on all cores.

    python benchmarks/make_corpus.py --n 10000          # once
    python benchmarks/bench_extract.py [--corpus var/bench/corpus.jsonl] [--limit N] [--procs K]

Prints articles/s for: extract (one process), extract + graph.rdf.document_quads (one
process), and both with a multiprocessing pool of K workers (default: every core). The
lexicon load is excluded (done once per process before timing). Results only; nothing is
asserted (timings belong here, never in the tests).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _articles(path: Path, limit: int | None):
    from coalition_kg.loaders.article import Article

    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            out.append(Article(id=row["id"], source=str(path), text=row["text"]))
            if limit and len(out) >= limit:
                break
    return out


_LEX = None


def _init():
    """Load the lexicon once per process. Forked workers inherit the parent's (already loaded,
    with its compiled tables) and skip this; spawned ones load it here, once."""
    global _LEX
    if _LEX is not None:
        return
    from coalition_kg.loaders import lexicon
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract

    _LEX = lexicon.default()
    # build the per-lexicon tables (verb, cue, title, number tables) before any timing
    extract(Article(id="warm", source="bench", text=_WARM), _LEX)


_WARM = ("اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في روما اليوم، وقال وزير الخارجية الإيطالي "
         "لويجي دي مايو إن التحالف قوي، وتعهدت الولايات المتحدة بتقديم 100 مليون دولار.")


def _work(args):
    texts, rdf = args
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract

    n = 0
    facts = 0
    c0 = time.process_time()
    for i, t in texts:
        doc = extract(Article(id=i, source="bench", text=t), _LEX)
        facts += len(doc.claims) + len(doc.pledges) + len(doc.memberships)
        if rdf:
            from coalition_kg.graph.rdf import document_quads

            document_quads(doc)
        n += 1
    return n, facts, time.process_time() - c0


def run_serial(arts, rdf: bool) -> tuple[float, int]:
    _init()
    t0 = time.perf_counter()
    _, facts, _ = _work(([(a.id, a.text) for a in arts], rdf))
    return len(arts) / (time.perf_counter() - t0), facts


def run_pool(arts, rdf: bool, procs: int, chunk: int = 16) -> tuple[float, float]:
    """Articles/s with ``procs`` workers. The parent loads the lexicon before the pool forks,
    so the workers share it copy-on-write (``gc.freeze`` keeps the collector from touching,
    and so copying, those pages); each task is a small chunk of (id, text) pairs and returns
    three numbers, so nothing big is pickled and the workers stay evenly loaded.
    Returns (articles/s, busy cores: the workers' CPU time over the wall time — below
    ``procs`` when other processes compete for the cores)."""
    import gc

    items = [(a.id, a.text) for a in arts]
    chunks = [(items[i:i + chunk], rdf) for i in range(0, len(items), chunk)]
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else methods[0])
    _init()
    gc.collect()
    gc.freeze()
    try:
        with ctx.Pool(procs, initializer=_init) as pool:
            pool.map(_work, chunks[:procs], chunksize=1)  # workers up (warm-up outside the timing)
            t0 = time.perf_counter()
            done, cpu = 0, 0.0
            for n, _, c in pool.imap_unordered(_work, chunks, chunksize=1):
                done, cpu = done + n, cpu + c
            wall = time.perf_counter() - t0
            return done / wall, cpu / wall
    finally:
        gc.unfreeze()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "var" / "bench" / "corpus.jsonl")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--procs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench_extract: no corpus at {args.corpus}; run benchmarks/make_corpus.py first", file=sys.stderr)
        return 2
    arts = _articles(args.corpus, args.limit)
    chars = sum(len(a.text) for a in arts) / max(1, len(arts))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"{len(arts)} articles, {chars:.0f} characters on average; {args.procs} worker process(es); "
          f"load average {load} on {os.cpu_count()} cores")
    rate, facts = run_serial(arts, rdf=False)
    print(f"extract                 1 core : {rate:8.1f} articles/s  ({facts / len(arts):.1f} facts/article)")
    rate, _ = run_serial(arts, rdf=True)
    print(f"extract + RDF quads     1 core : {rate:8.1f} articles/s")
    if args.procs > 1:
        for label, rdf in (("extract              ", False), ("extract + RDF quads  ", True)):
            rate, busy = run_pool(arts, rdf, args.procs)
            print(f"{label}   {args.procs} cores: {rate:8.1f} articles/s  ({busy:.2f} cores busy)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
