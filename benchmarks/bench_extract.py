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
    global _LEX
    from coalition_kg.loaders import lexicon

    _LEX = lexicon.default()


def _work(args):
    texts, rdf = args
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract

    n = 0
    facts = 0
    for i, t in texts:
        doc = extract(Article(id=i, source="bench", text=t), _LEX)
        facts += len(doc.claims) + len(doc.pledges) + len(doc.memberships)
        if rdf:
            from coalition_kg.graph.rdf import document_quads

            document_quads(doc)
        n += 1
    return n, facts


def run_serial(arts, rdf: bool) -> tuple[float, int]:
    _init()
    t0 = time.perf_counter()
    _, facts = _work(([(a.id, a.text) for a in arts], rdf))
    return len(arts) / (time.perf_counter() - t0), facts


def run_pool(arts, rdf: bool, procs: int) -> float:
    items = [(a.id, a.text) for a in arts]
    size = max(1, len(items) // (procs * 8))
    chunks = [(items[i:i + size], rdf) for i in range(0, len(items), size)]
    with mp.get_context("fork").Pool(procs, initializer=_init) as pool:
        pool.map(_work, chunks[:procs])  # warm up (lexicon load) outside the timing
        t0 = time.perf_counter()
        done = sum(n for n, _ in pool.map(_work, chunks))
        return done / (time.perf_counter() - t0)


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
    print(f"{len(arts)} articles, {chars:.0f} characters on average; {args.procs} worker process(es)")
    rate, facts = run_serial(arts, rdf=False)
    print(f"extract                 1 core : {rate:8.1f} articles/s  ({facts / len(arts):.1f} facts/article)")
    rate, _ = run_serial(arts, rdf=True)
    print(f"extract + RDF quads     1 core : {rate:8.1f} articles/s")
    if args.procs > 1:
        print(f"extract                 {args.procs} cores: {run_pool(arts, False, args.procs):8.1f} articles/s")
        print(f"extract + RDF quads     {args.procs} cores: {run_pool(arts, True, args.procs):8.1f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
