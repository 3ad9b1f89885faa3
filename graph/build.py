"""Loading articles into a store: extraction in worker processes, one writer.

This process reads the articles and writes the store; ``jobs`` worker processes extract.
An article whose text the store holds already (``store.is_known``) is never extracted: a second
build of a corpus only reads it. The others go to the workers, which send back the article's
quads as N-Quads bytes (parsed by Oxigraph's parser, far cheaper to move than Python objects).
The writer takes them in input order, so ``jobs=N`` gives the store ``jobs=1`` gives, and
writes new articles in batches by the bulk loader (``_Writer``). At most ``WINDOW`` articles per
worker are in flight and one batch is pending: memory does not grow with the corpus.

Workers are started with ``spawn``: they inherit nothing of the writer (its open RocksDB, its
threads), and each loads the lexicon once (a fraction of a second).
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain
from typing import Callable, Iterable

from pyoxigraph import Quad, RdfFormat, parse, serialize

from ..loaders.article import Article
from .store import drop_other_graphs, is_known, load_known

WINDOW = 4  # articles in flight per worker: enough to keep a worker busy while the writer waits for the oldest
BATCH_QUADS = 50_000  # new articles' quads written together by the bulk loader

# on_loaded(article, status, error): status is added | unchanged | alias | replaced, or None
# with the error's reason when extraction failed
OnLoaded = Callable[[Article, "str | None", "str | None"], None]


@dataclass
class BuildCounts:
    extracted: int = 0  # articles extracted by this run (the others were known by their text)


def load_articles(store, articles: Iterable[Article], on_loaded: OnLoaded, *, jobs: int = 1) -> BuildCounts:
    """Load every article into ``store`` (a writable pyoxigraph store), reporting each to
    ``on_loaded`` in input order. ``jobs`` <= 1 extracts in this process."""
    writer = _Writer(store, on_loaded)
    if jobs <= 1:
        for art in articles:
            writer.write(art, None)
        writer.flush()
        return writer.counts
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_warm,
                               initargs=(os.getpid(),))
    try:
        window: deque[tuple[Article, Future | None]] = deque()
        for art in articles:
            window.append((art, None if writer.knows(art) else pool.submit(extract_nquads, art)))
            while len(window) >= jobs * WINDOW:
                writer.write(*window.popleft())
        while window:
            writer.write(*window.popleft())
        writer.flush()
    finally:  # on an error (or --strict's stop) the queued articles are dropped, not extracted
        pool.shutdown(wait=True, cancel_futures=True)
    return writer.counts


class _Writer:
    """The one writer. New articles' quads are kept until ``BATCH_QUADS`` of them are pending,
    then written by Oxigraph's bulk loader: 3x the quads/s of one transaction per article
    (measured: 180k against 58k), and the writer is what bounds a parallel build. Pending
    articles are not in the store yet, so one that shares a text or a source with them is
    written after a flush (the store must answer for it)."""

    def __init__(self, store, on_loaded: OnLoaded):
        self.store, self.on_loaded, self.counts = store, on_loaded, BuildCounts()
        self.pending: list[list[Quad] | bytes] = []
        self.keys: set[str] = set()
        self.sources: set[str] = set()
        self.size = 0

    def knows(self, art: Article) -> bool:
        return art.content_hash[:16] in self.keys or is_known(self.store, art)

    def write(self, art: Article, fut: Future | None) -> None:
        key = art.content_hash[:16]
        if key in self.keys or art.source in self.sources:
            self.flush()
        # known at write time: an earlier article of this run may have brought the same text
        status = load_known(self.store, art)
        if status is not None:
            self.on_loaded(art, status, None)
            return
        # a text known when read but gone now (its only source was replaced earlier in this
        # run) has no future: extracted here
        quads, error = fut.result() if fut is not None else extract_quads(art)
        self.counts.extracted += 1
        if quads is None:
            self.on_loaded(art, None, error)
            return
        status = "replaced" if drop_other_graphs(self.store, art) else "added"
        self.pending.append(quads)
        self.keys.add(key)
        self.sources.add(art.source)
        self.size += quads.count(b"\n") if isinstance(quads, bytes) else len(quads)
        if self.size >= BATCH_QUADS:
            self.flush()
        self.on_loaded(art, status, None)

    def flush(self) -> None:
        if self.pending:
            self.store.bulk_extend(chain.from_iterable(
                parse(q, format=RdfFormat.N_QUADS) if isinstance(q, bytes) else q for q in self.pending))
        self.pending, self.keys, self.sources, self.size = [], set(), set(), 0


def extract_quads(art: Article) -> tuple[list[Quad] | None, str | None]:
    """The article's quads (shared and its own), or None and why extraction failed."""
    from ..loaders.pipeline import extract
    from .rdf import document_quads

    try:
        doc = extract(art)
    except Exception as exc:  # one bad article must not lose the others
        return None, f"extraction failed: {exc!r}"
    shared, own = document_quads(doc)
    return shared + own, None


def extract_nquads(art: Article) -> tuple[bytes | None, str | None]:
    """``extract_quads`` in a worker process, as N-Quads bytes."""
    quads, error = extract_quads(art)
    return (None if quads is None else serialize(quads, format=RdfFormat.N_QUADS)), error


def _warm(build_pid: int) -> None:
    """Die with the build (a killed build leaves no workers behind); load the lexicon when the
    worker starts, not inside its first article."""
    from ..loaders import lexicon
    from .lifeline import die_with_parent

    die_with_parent(build_pid)
    lexicon.default()
