"""Extraction on a Dask cluster: ``build --engine dask --scheduler ADDRESS``.

The corpus (folders, files, JSON Lines, or a glob) is listed here, split into partitions of
whole files, and each partition is read and extracted on a worker (``extract_partition``), which
sends back per article its identity and its quads as N-Quads bytes (``build.extract_nquads``, the
same function ``--jobs`` runs). This process writes them in partition order, by the same
writer as a local build (``build._Writer``: batches, known texts and sources), into the store
it was given: a ``RemoteStore``, or a store directory's new generation. Fact IRIs are minted
from what a fact is (graph/rdf.py), so a meeting or pledge reported by articles extracted on
different machines is one node: the graph is the one a single-process build makes.

Workers read the files themselves: paths must mean the same on every worker (shared storage),
and workers need this package installed (``pip install coalition-kg``).
"""
from __future__ import annotations

import glob
import os
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable

from ..loaders.article import ARTICLE_SUFFIXES, SIDECAR_SUFFIXES, ArticleError, Input, count_articles, find_inputs

PARTITION_ARTICLES = 200  # articles per task: enough to amortise a round trip, small enough to spread
AHEAD = 2  # partitions in flight per worker thread: results wait in the cluster, not here


@dataclass
class Extracted:
    """One article as a worker returns it: what ``load_known`` / ``load_new`` and the build
    report need, and the quads (None with ``error`` when extraction failed)."""
    id: str
    source: str
    content_hash: str
    location: str
    line: int | None
    warnings: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)  # outlet, URL, date, title: a known text's new publication
    nquads: bytes | None = None
    error: str | None = None

    @property
    def where(self) -> str:
        return f"{self.location or self.source} line {self.line}" if self.line else self.location or self.source


@dataclass
class Problem:
    """An ``ArticleError`` as data (the exception's constructor does not survive pickling)."""
    path: str
    reason: str
    line: int | None
    skipped: bool

    def error(self) -> ArticleError:
        return ArticleError(self.path, self.reason, line=self.line, skipped=self.skipped)


def extract_partition(inputs: list[Input]) -> list[Extracted | Problem]:
    """Read and extract every article of the inputs (runs on a worker)."""
    from ..loaders.article import read_file
    from .build import extract_nquads

    out: list[Extracted | Problem] = []
    for inp in inputs:
        try:
            items = list(read_file(inp.path, inp.rel))
        except ArticleError as exc:
            items = [exc]
        for item in items:
            if isinstance(item, ArticleError):
                out.append(Problem(item.path, item.reason, item.line, item.skipped))
                continue
            nquads, error = extract_nquads(item)
            out.append(Extracted(item.id, item.source, item.content_hash, item.location, item.line,
                                 item.warnings, item.metadata, nquads, error))
    return out


def corpus_inputs(paths: list[str], on_error: Callable[[ArticleError], None]) -> list[Input]:
    """The files of the corpus: folders and files as a local build finds them, and globs
    (``/shared/corpus/**/*.jsonl``), whose root is the folder before the first wildcard."""
    out: list[Input] = []
    plain = [Path(p) for p in paths if not glob.has_magic(str(p))]
    out += find_inputs(plain, on_error)
    for pattern in (str(p) for p in paths if glob.has_magic(str(p))):
        root = Path(_glob_root(pattern))
        # as a folder walk reads: article files only, no sidecars (glob already leaves out hidden ones)
        found = sorted(p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p)
                       and Path(p).suffix.lower() in ARTICLE_SUFFIXES and not p.endswith(SIDECAR_SUFFIXES))
        if not found:
            on_error(ArticleError(pattern, "the pattern matches no file"))
        out += [Input(Path(p), PurePosixPath(Path(p).relative_to(root)).as_posix()) for p in found]
    return out


def _glob_root(pattern: str) -> str:
    parts = Path(pattern).parts
    fixed = [p for p in parts[:next(i for i, p in enumerate(parts) if glob.has_magic(p))]]
    return str(Path(*fixed)) if fixed else "."


def partitions(inputs: list[Input], size: int = PARTITION_ARTICLES) -> list[list[Input]]:
    """Consecutive runs of whole files of about ``size`` articles (a JSON Lines file counts its lines)."""
    out: list[list[Input]] = [[]]
    n = 0
    for inp in inputs:
        if out[-1] and n >= size:
            out.append([])
            n = 0
        out[-1].append(inp)
        n += count_articles(inp)
    return [p for p in out if p]


class _Done:
    """A worker's answer for one article, shaped as the future ``build``'s writer waits on."""

    def __init__(self, item: Extracted):
        self._result = (item.nquads, item.error)

    def result(self):
        return self._result


def load_partitions(store, parts: Iterable[list[Input]], client, *, on_error, on_article, on_loaded) -> int:
    """Extract the partitions on the cluster behind ``client`` (a ``distributed.Client``) and
    load the articles into ``store`` in input order by ``build``'s writer (batches, the merge
    of known texts and sources); returns how many were extracted. ``on_error(ArticleError)``
    gets each bad input, ``on_article(Extracted)`` each article read (its warnings),
    ``on_loaded(article, status, error)`` what became of it."""
    from .build import _Writer

    writer = _Writer(store, on_loaded)
    ahead = AHEAD * max(1, sum(client.nthreads().values()))
    owner: dict[str, str] = {}
    window: deque = deque()
    todo = iter(parts)

    def submit() -> None:
        for part in todo:
            window.append(client.submit(extract_partition, part, pure=False))
            if len(window) >= ahead:
                return

    submit()
    while window:
        fut = window.popleft()
        items = fut.result()
        fut.release()
        submit()
        for item in items:
            if isinstance(item, Problem):
                on_error(item.error())
            # two inputs with one source would overwrite each other: the later is refused
            elif owner.setdefault(item.source, item.where) != item.where:
                on_error(ArticleError(item.location, f"same source {item.source!r} as {owner[item.source]}: "
                                      "refused (give their common folder instead)", line=item.line))
            else:
                on_article(item)
                writer.write(item, _Done(item))
    writer.flush()
    return writer.counts.extracted
