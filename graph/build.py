"""Loading articles into a store: extraction in worker processes, one writer.

This process reads the articles and writes the store; ``jobs`` worker processes extract.
An article whose text the store holds already (``store.is_known``) is never extracted: a second
build of a corpus only reads it. The others go to the workers, which send back the article's
quads as N-Quads bytes (parsed by Oxigraph's parser, far cheaper to move than Python objects).
The writer loads them in input order, so ``jobs=N`` gives the store ``jobs=1`` gives, and at
most ``WINDOW`` articles per worker are in flight: memory does not grow with the corpus.

Workers are started with ``spawn``: they inherit nothing of the writer (its open RocksDB, its
threads), and each loads the lexicon once (a fraction of a second).
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Callable, Iterable

from pyoxigraph import Quad, RdfFormat, parse, serialize

from ..loaders.article import Article
from .store import is_known, load_known, load_new

WINDOW = 4  # articles in flight per worker: enough to keep a worker busy while the writer waits for the oldest

# on_loaded(article, status, error): status is added | unchanged | alias | replaced, or None
# with the error's reason when extraction failed
OnLoaded = Callable[[Article, "str | None", "str | None"], None]


@dataclass
class BuildCounts:
    extracted: int = 0  # articles extracted by this run (the others were known by their text)


def load_articles(store, articles: Iterable[Article], on_loaded: OnLoaded, *, jobs: int = 1) -> BuildCounts:
    """Load every article into ``store`` (a writable pyoxigraph store), reporting each to
    ``on_loaded`` in input order. ``jobs`` <= 1 extracts in this process."""
    counts = BuildCounts()
    if jobs <= 1:
        for art in articles:
            _write(store, art, None, on_loaded, counts)
        return counts
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_warm)
    try:
        window: deque[tuple[Article, Future | None]] = deque()
        for art in articles:
            window.append((art, None if is_known(store, art) else pool.submit(extract_nquads, art)))
            while len(window) >= jobs * WINDOW:
                _write(store, *window.popleft(), on_loaded, counts)
        while window:
            _write(store, *window.popleft(), on_loaded, counts)
    finally:  # on an error (or --strict's stop) the queued articles are dropped, not extracted
        pool.shutdown(wait=True, cancel_futures=True)
    return counts


def _write(store, art: Article, fut: Future | None, on_loaded: OnLoaded, counts: BuildCounts) -> None:
    # known again at write time: an earlier article of this run may have brought the same text
    status = load_known(store, art)
    if status is not None:
        on_loaded(art, status, None)
        return
    # a text known when read but gone now (its only source was replaced earlier in this run)
    # has no future: extracted here
    quads, error = _from_nquads(fut.result()) if fut is not None else extract_quads(art)
    counts.extracted += 1
    if quads is None:
        on_loaded(art, None, error)
        return
    on_loaded(art, load_new(store, art, quads), None)


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


def _from_nquads(result: tuple[bytes | None, str | None]):
    data, error = result
    return (None if data is None else parse(data, format=RdfFormat.N_QUADS)), error


def _warm() -> None:
    """Load the lexicon when the worker starts, not inside its first article."""
    from ..loaders import lexicon

    lexicon.default()
