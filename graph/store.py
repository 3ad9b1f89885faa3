"""The on-disk Oxigraph store, shared by one writer and many readers.

pyoxigraph lets one process write a store, and a read-only handle sees a snapshot. So a store
directory holds *generations*: a writer copies the current generation (a RocksDB checkpoint,
cheap hard links) into a new directory, loads into it, and only then points the ``current``
symlink at it with an atomic rename. Readers open ``current`` read-only and reopen when it
changes (see ``Reader``). A failed build never becomes current; a lock file keeps writers
one at a time.

>>> import tempfile
>>> root = StoreDir(tempfile.mkdtemp())
>>> root.current() is None
True
>>> with root.writer() as store:
...     _ = store.extend([])
>>> root.current().name.startswith("gen-")
True
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import threading
import time
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Store, Variable

from .vocab import CKG, prefixes_sparql

KEEP_GENERATIONS = 3


class StoreError(Exception):
    pass


class StoreDir:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    @property
    def link(self) -> Path:
        return self.root / "current"

    def current(self) -> Path | None:
        if not self.link.is_symlink() and not self.link.exists():
            return None
        return (self.root / os.readlink(self.link)).resolve()

    def exists(self) -> bool:
        return self.current() is not None

    def open_read(self) -> Store:
        cur = self.current()
        if cur is None:
            raise StoreError(f"no store at {self.root}: build one first (coalition-kg build --store {self.root})")
        return Store.read_only(str(cur))

    @contextlib.contextmanager
    def writer(self, *, fresh: bool = False):
        """A writable copy of the current generation, made current when the block succeeds."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"another process is writing {self.root}") from None
            new = self.root / f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
            cur = self.current()
            try:
                if cur is not None and not fresh:
                    Store.read_only(str(cur)).backup(str(new))
                handle = _WriteHandle(Store(str(new)))
                yield handle
                handle.close()
            except BaseException:
                shutil.rmtree(new, ignore_errors=True)
                raise
            tmp = self.root / f".current-{os.getpid()}"
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            os.symlink(new.name, tmp)
            os.replace(tmp, self.link)
            self._prune(keep={new.name})

    def _prune(self, keep: set[str]) -> None:
        gens = sorted((p for p in self.root.glob("gen-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
        for old in gens[:-KEEP_GENERATIONS]:
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)


class _WriteHandle:
    """The writable store, closed (RocksDB released) before its generation is made current,
    even if the caller still holds this handle: pyoxigraph closes a store when it is freed."""

    def __init__(self, store: Store):
        self._store = store

    def __getattr__(self, name):
        if self._store is None:
            raise StoreError("this write handle is closed: its build has finished")
        return getattr(self._store, name)

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        if self._store is not None:
            self._store.flush()
            self._store = None
            import gc

            gc.collect()


class Reader:
    """A read-only handle that follows the store's ``current`` generation.

    Each call to ``store()`` checks the symlink and reopens after a new build was swapped in,
    so long-running servers see new data without a restart.
    """

    def __init__(self, root: StoreDir):
        self.root = root
        self._lock = threading.Lock()
        self._gen: Path | None = None
        self._store: Store | None = None

    def store(self) -> Store:
        cur = self.root.current()
        with self._lock:
            if self._store is None or cur != self._gen:
                self._store = self.root.open_read()
                self._gen = cur
            return self._store

    @property
    def generation(self) -> str | None:
        return self._gen.name if self._gen else None


def graphs_of_source(store: Store, source: str) -> list[NamedNode]:
    q = prefixes_sparql() + "SELECT DISTINCT ?g ?src WHERE { GRAPH ?g { ?a ckg:source ?src } }"
    return [row["g"] for row in store.query(q, substitutions={Variable("src"): Literal(source)})]


def load_document(store: Store, doc) -> str:
    """Put one document into the store; returns what happened: added | unchanged | replaced | alias.

    Idempotent: the same text again changes nothing; the same text under another name adds
    that name as a source of the one article; a changed text under a known source replaces
    that source's article graph.
    """
    from .rdf import article_graph, article_iri, article_key, document_quads

    g = article_graph(article_key(doc))
    source = doc.article.source
    old = [x for x in graphs_of_source(store, source) if x != g]
    if store.contains_named_graph(g):
        if any(True for _ in store.quads_for_pattern(article_iri(doc), CKG.source, Literal(source), g)):
            status = "unchanged"
        else:
            store.extend([_q(article_iri(doc), CKG.source, Literal(source), g),
                          _q(article_iri(doc), CKG.articleId, Literal(doc.article.id), g)])
            status = "alias"
    else:
        shared, own = document_quads(doc)
        store.extend(shared + own)
        status = "replaced" if old else "added"
    for x in old:
        _drop_source(store, x, source)
    return status


def _q(s, p, o, g):
    from pyoxigraph import Quad

    return Quad(s, p, o, g)


def _drop_source(store: Store, g: NamedNode, source: str) -> None:
    """The source now holds another text: forget it in graph ``g``; drop ``g`` when no source is left."""
    for q in list(store.quads_for_pattern(None, CKG.source, Literal(source), g)):
        store.remove(q)
    if not any(True for _ in store.quads_for_pattern(None, CKG.source, None, g)):
        store.remove_graph(g)
