"""``coalition-kg export`` at scale: seconds, bytes and peak memory per format on a synthetic store.

    .venv/bin/python benchmarks/bench_export.py                          # 5 000 articles in a temp dir
    .venv/bin/python benchmarks/bench_export.py --store /tmp/bench --articles 20000 --json out.json

The store is made by ``bench_queries.generate`` (the real RDF mapping, news-like repetition).
Each export runs as its own process, as users run it; its peak resident memory is the child's
``ru_maxrss`` (``os.wait4``). Prints a table and, with ``--json``, writes the same rows. Never
asserted in tests.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_queries import generate, quad_count  # noqa: E402

FORMATS = ("nquads", "ntriples", "turtle", "trig", "jsonld")


def run_export(store: Path, fmt: str, out: Path) -> dict:
    cmd = [sys.executable, "-m", "coalition_kg.cli", "export", "--store", str(store), "--format", fmt,
           "--out", str(out), "-q"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    if status != 0:
        raise SystemExit(f"export {fmt} failed: {err}")
    return {"format": fmt, "seconds": round(seconds, 2), "bytes": out.stat().st_size,
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "statements": int(err.split()[1])}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--store", help="store directory; generated there if it has no store yet, else reused")
    ap.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory(prefix="bench-export-")
    store = Path(args.store) if args.store else Path(tmp.name) / "store"
    if not (store / "current").exists():
        t0 = time.perf_counter()
        generate(store, args.articles)
        print(f"generated {args.articles} articles in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    quads = quad_count(store)
    rows = [run_export(store, fmt, Path(tmp.name) / f"out.{fmt}") for fmt in FORMATS]
    print(f"store: {quads} quads ({store})")
    print(f"{'format':<9} {'seconds':>8} {'statements':>11} {'MB':>8} {'peak RSS MB':>12} {'quads/s':>9}")
    for r in rows:
        print(f"{r['format']:<9} {r['seconds']:>8.2f} {r['statements']:>11} {r['bytes'] / 1e6:>8.1f} "
              f"{r['peak_rss_mb']:>12.1f} {r['statements'] / r['seconds']:>9.0f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"quads": quads, "exports": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
