"""Extraction on a Dask cluster: ``build --engine dask --scheduler ADDRESS``.

The corpus (folders, files, JSON Lines, or a glob) is listed here, split into partitions of
whole files (a big JSON Lines file in runs of lines), and each partition is read and extracted on a worker (``extract_partition``), which
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

from ..loaders.article import (ARTICLE_SUFFIXES, JSONL_SUFFIXES, SIDECAR_SUFFIXES, Article, ArticleError, Input,
                               find_inputs)
from .vocab import GRAPH_NS

PARTITION_ARTICLES = 64  # articles per task: amortises a round trip (~1 s of work), and the writer starts early
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


@dataclass(frozen=True)
class Piece:
    """A file, or the lines ``first``..``last`` of a JSON Lines file too big for one task."""
    input: Input
    lines: tuple[int, int] | None = None

    def read(self) -> list:
        """Its articles and errors, line numbers as in the whole file (runs on a worker)."""
        from ..loaders.article import read_file, read_jsonl

        try:
            if self.lines is None:
                return list(read_file(self.input.path, self.input.rel))
            try:
                lines = self.input.path.read_bytes().split(b"\n")
            except OSError as exc:
                raise ArticleError(str(self.input.path), f"cannot read: {exc.strerror or exc}") from exc
            first, last = self.lines
            # the lines before stay as blank lines, so every line keeps its number
            chunk = b"\n" * (first - 1) + b"\n".join(lines[first - 1:last])
            return list(read_jsonl(chunk, str(self.input.path), self.input.rel))
        except ArticleError as exc:
            return [exc]


def extract_partition(pieces: list[Piece], known: frozenset[str] = frozenset()) -> list[Article | Extracted | Problem]:
    """Read and extract every article of the pieces (runs on a worker). An article whose text
    the store held when the build began (``known``: article keys) is not extracted: it comes
    back as read, for the writer to record its source."""
    from .build import extract_nquads

    out: list[Article | Extracted | Problem] = []
    for piece in pieces:
        for item in piece.read():
            if isinstance(item, ArticleError):
                out.append(Problem(item.path, item.reason, item.line, item.skipped))
            elif item.content_hash[:16] in known:
                out.append(item)
            else:
                nquads, error = extract_nquads(item)
                out.append(Extracted(item.id, item.source, item.content_hash, item.location, item.line,
                                     item.warnings, item.metadata, nquads, error))
    return out


def known_keys(store) -> frozenset[str]:
    """The keys of the articles the store holds (their graphs' names)."""
    prefix = GRAPH_NS + "article/"
    return frozenset(g.value[len(prefix):] for g in store.named_graphs() if g.value.startswith(prefix))


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


def partitions(inputs: list[Input], size: int = PARTITION_ARTICLES) -> list[list[Piece]]:
    """Consecutive runs of about ``size`` articles: whole files, and a JSON Lines file of more
    lines in pieces of ``size`` lines."""
    out: list[list[Piece]] = [[]]
    n = 0
    for piece, articles in (x for inp in inputs for x in _pieces(inp, size)):
        if out[-1] and n >= size:
            out.append([])
            n = 0
        out[-1].append(piece)
        n += articles
    return [p for p in out if p]


def _pieces(inp: Input, size: int):
    if inp.path.suffix.lower() not in JSONL_SUFFIXES:
        yield Piece(inp), 1
        return
    try:
        with open(inp.path, "rb") as f:
            numbers = [n for n, line in enumerate(f, 1) if line.strip()]
    except OSError:  # the worker reports it
        numbers = []
    if len(numbers) <= size:
        yield Piece(inp), max(1, len(numbers))
        return
    for i in range(0, len(numbers), size):
        run = numbers[i:i + size]
        yield Piece(inp, (run[0], run[-1])), len(run)


class _Done:
    """A worker's answer for one article, shaped as the future ``build``'s writer waits on."""

    def __init__(self, item: Extracted):
        self._result = (item.nquads, item.error)

    def result(self):
        return self._result


def load_partitions(store, parts: Iterable[list[Piece]], client, *, on_error, on_article, on_loaded) -> int:
    """Extract the partitions on the cluster behind ``client`` (a ``distributed.Client``) and
    load the articles into ``store`` in input order by ``build``'s writer (batches, the merge
    of known texts and sources); returns how many were extracted. ``on_error(ArticleError)``
    gets each bad input, ``on_article(Extracted)`` each article read (its warnings),
    ``on_loaded(article, status, error)`` what became of it."""
    from .build import _Writer

    writer = _Writer(store, on_loaded)
    # sent to each worker once (in a list: scatter spreads a collection's items)
    known = client.scatter([known_keys(store)], broadcast=True)[0]
    ahead = AHEAD * max(1, sum(client.nthreads().values()))
    owner: dict[str, str] = {}
    window: deque = deque()
    todo = iter(parts)

    def submit() -> None:
        for part in todo:
            window.append(client.submit(extract_partition, part, known, pure=False))
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
                # a known text has no future: the writer records its source, or extracts it
                # here if an earlier article of this run replaced it away
                writer.write(item, None if isinstance(item, Article) else _Done(item))
    writer.flush()
    return writer.counts.extracted
