"""The on-disk Oxigraph store, shared by one writer and many readers.

pyoxigraph lets one process write a store, and a read-only handle sees a snapshot. So a store
directory holds *generations*: a writer copies the current generation (a RocksDB checkpoint,
cheap hard links) into a new directory, loads into it, compacts it (``_settle``), and only then points the
``current`` symlink at it with an atomic rename (``previous`` keeps the one before). Readers
open ``current`` read-only and reopen when it changes (see ``Reader``). A failed build never
becomes current; a lock file keeps writers one at a time.

Writes that arrive over HTTP (SPARQL Update, Graph Store Protocol) go through a ``WriteHead``
instead: a writable copy kept open by the serving process, written in place, each write then
published as a new generation by a checkpoint of the head (see there).

Hygiene: every writer (and ``gc``) first removes what a dead writer left — generations that
are neither ``current`` nor ``previous``, half-made ``.current-*`` links, the head of a process
that is gone — and, after its swap, every generation older than ``previous`` that no reader
uses. A ``Reader`` holds a *lease* on each generation it answers from (a shared ``flock`` on the
generation's folder, taken before the store is opened); removal takes the exclusive lock first,
so a query that runs across two writes keeps its files (RocksDB opens its table files lazily:
without the lease it failed with "No such file" on a removed one). A leased generation is
removed by the first ``gc``, build or write after its last query ends.

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
import functools
import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Store, Variable

from .vocab import CKG, DCT, prefixes_sparql


class StoreError(Exception):
    pass


class StoreDir:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    @property
    def link(self) -> Path:
        return self.root / "current"

    def current(self) -> Path | None:
        return self._target("current")

    def previous(self) -> Path | None:
        return self._target("previous")

    def _target(self, name: str) -> Path | None:
        # one readlink, no stat or realpath: every query asks (the generations are real folders
        # next to the link, so the absolute root and the link's text are the whole answer); the
        # Path of a link's text is made once (making Paths cost more than the readlink)
        try:
            text = os.readlink(os.path.join(self._absolute_str, name))
        except OSError:  # no such link yet
            return None
        path = self._paths.get(text)
        if path is None:
            if len(self._paths) > 64:
                self._paths.clear()
            path = self._paths[text] = self._absolute / text
        return path

    @functools.cached_property
    def _absolute(self) -> Path:
        return self.root.resolve()

    @functools.cached_property
    def _absolute_str(self) -> str:
        return str(self._absolute)

    @functools.cached_property
    def _paths(self) -> dict[str, Path]:
        return {}

    def exists(self) -> bool:
        return self.current() is not None

    def lease(self) -> tuple[Path, int]:
        """The current generation and a descriptor holding a shared lock on its folder: until the
        descriptor is closed, ``_collect`` leaves that generation on disk."""
        for _ in range(10):  # current moved, and what it named was removed, between two steps
            cur = self.current()
            if cur is None:
                raise StoreError(f"no store at {self.root}: build one first (coalition-kg build --store {self.root})")
            fd = try_lock(cur, shared=True)
            if fd is not None:
                if os.fstat(fd).st_nlink:  # not removed between the readlink and the lock
                    return cur, fd
                os.close(fd)
        raise StoreError(f"the store at {self.root} kept changing while it was opened; try again")

    def open_read(self) -> Store:
        cur = self.current()
        if cur is None:
            raise StoreError(f"no store at {self.root}: build one first (coalition-kg build --store {self.root})")
        return Store.read_only(str(cur))

    @contextlib.contextmanager
    def writer(self, *, fresh: bool = False, compact: bool = False):
        """A writable copy of the current generation, made current when the block succeeds.
        ``compact``: pack it (see ``_settle``) before it serves; for bulk loads."""
        with self.locked():
            self._collect()
            new = self._new_generation()
            cur, handle = self.current(), None
            try:
                if cur is not None and not fresh:
                    Store.read_only(str(cur)).backup(str(new))
                handle = _WriteHandle(Store(str(new)))
                yield handle
                handle.close()
                new = _settle(new, compact)
            except BaseException:
                if handle is not None:  # an open RocksDB would write its files again after the rmtree
                    handle.close(flush=False)
                shutil.rmtree(new, ignore_errors=True)
                shutil.rmtree(new.with_name(new.name + "-packed"), ignore_errors=True)
                raise
            self._swap(new, cur)
            self._collect()

    def _new_generation(self) -> Path:
        return self.root / f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"

    def head(self) -> WriteHead:
        """This process's ``WriteHead`` on this store (one per store and process: RocksDB lets
        one handle write a directory)."""
        key = self.root.resolve()
        with _HEADS_LOCK:
            if key not in _HEADS:
                _HEADS[key] = WriteHead(StoreDir(key))
            return _HEADS[key]

    @contextlib.contextmanager
    def locked(self, wait: float = 0.0):
        """The writers' lock. A second writer fails at once, or after ``wait`` seconds (a
        server's writes, which take milliseconds, wait for each other; a build or ``gc`` does
        not wait). The lock file is removed on the way out, so a store at rest holds nothing
        but its generations."""
        self.root.mkdir(parents=True, exist_ok=True)
        path, deadline = self.root / ".lock", time.monotonic() + wait
        while True:
            lock = open(path, "a")
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                lock.close()
                if time.monotonic() >= deadline:
                    raise StoreError(f"another process is writing {self.root}") from None
                time.sleep(0.005)
                continue
            if _same_file(lock, path):
                break
            lock.close()  # the file was removed by the holder before us: lock the new one
        try:
            yield
        finally:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            lock.close()

    def _swap(self, new: Path, old: Path | None) -> None:
        if old is not None:
            self._point("previous", old.name)
        self._point("current", new.name)

    def _point(self, name: str, target: str) -> None:
        tmp = self.root / f".{name}-{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        os.symlink(target, tmp)
        os.replace(tmp, self.root / name)  # atomic: readers see the old or the new link

    def _collect(self) -> list[tuple[str, int]]:
        """Remove (under the writers' lock) every generation but current and previous, and
        the half-made links of a writer that died; return what was removed, with its bytes."""
        keep = {p.name for p in (self.current(), self.previous()) if p is not None}
        gone = [p for p in self.root.glob("gen-*") if p.name not in keep]
        gone += sorted(self.root.glob(".current-*")) + sorted(self.root.glob(".previous-*"))
        gone += [p for p in sorted(self.root.glob("head-*")) if not _held(p)]  # a dead process's head
        out = []
        for p in gone:
            if p.is_dir() and not p.is_symlink():
                fd = try_lock(p)
                if fd is None:  # a reader's lease (or a head's process): removed by a later collection
                    continue
                out.append((p.name, _own_bytes(p)))
                shutil.rmtree(p, ignore_errors=True)
                os.close(fd)
            else:
                out.append((p.name, 0))
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
        return out

    def gc(self) -> list[tuple[str, int]]:
        """What ``coalition-kg gc`` removes, with the bytes each freed."""
        with self.locked():
            return self._collect()

    def stats(self) -> dict:
        """Quads, disk use and generations, for ``coalition-kg stats``."""
        cur, prev = self.current(), self.previous()
        gens = sorted(self.root.glob("gen-*"))
        role = {cur: "current", prev: "previous"}
        out = {"store": str(self.root), "generations": [
            {"name": g.name, "role": role.get(g.resolve(), "orphan"), "bytes": disk_bytes(g),
             "wal_bytes": wal_bytes(g)} for g in gens], "disk_bytes": disk_bytes(self.root)}
        if cur is not None:
            quads = len(Store.read_only(str(cur)))
            out.update(quads=quads, current_bytes=disk_bytes(cur),
                       bytes_per_quad=round(disk_bytes(cur) / quads, 1) if quads else None)
        return out


def _same_file(f, path: Path) -> bool:
    try:
        return os.fstat(f.fileno()).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


def _settle(gen: Path, compact: bool) -> Path:
    """The generation ready to serve; returns its directory.

    Reopening it once makes RocksDB delete the write-ahead log of the load (already flushed,
    but left on disk: 876 MB for 880k quads). With ``compact``, a generation mostly written
    by this run is then rewritten by a bulk load into a fresh directory (SST files packed:
    341 -> 190 bytes per quad); a small update to a big store keeps its files, which it shares
    with the previous generation by hard links, instead of paying for a full rewrite."""
    _close(Store(str(gen)))
    if not compact or _new_share(gen) < REWRITE_SHARE:
        return gen
    packed = gen.with_name(gen.name + "-packed")  # a gen-* name: gc removes it if we die here
    _bulk_copy(gen, packed)
    _close(Store(str(packed)))  # and drop the bulk load's own log
    shutil.rmtree(gen)
    return packed


REWRITE_SHARE = 0.25  # rewrite when a quarter of the generation's bytes are new


def _own_bytes(gen: Path) -> int:
    """Bytes that removing ``gen`` frees: files no other generation links to."""
    return sum(st.st_size for st in (f.stat() for f in gen.iterdir() if f.is_file()) if st.st_nlink == 1)


def _new_share(gen: Path) -> float:
    """The share of the generation's bytes in files it does not share with the one it was
    copied from (RocksDB checkpoints hard-link the SST files they keep)."""
    total = sum(f.stat().st_size for f in gen.iterdir() if f.is_file())
    return _own_bytes(gen) / total if total else 1.0


PACK_CHUNK = 1_000_000  # quads per bulk load when packing: what bounds its memory at any store size


def _bulk_copy(src: Path, dst: Path) -> None:
    """Oxigraph's bulk loader holds what one call gives it: at 2.9M quads one call peaked at
    1.56 GB, calls of 1M quads at 1.13 GB, packed as tight (190 bytes per quad; 500k-quad
    calls leave 294)."""
    source, target = Store.read_only(str(src)), Store(str(dst))
    quads = source.quads_for_pattern(None, None, None)
    for _ in range(0, len(source), PACK_CHUNK):
        target.bulk_extend(islice(quads, PACK_CHUNK))
    del source, target, quads
    _close(None)


def _close(store: Store | None) -> None:
    """Flush and free a store the caller no longer names (pyoxigraph releases RocksDB's lock
    only when the store object is freed)."""
    if store is not None:
        store.flush()
    del store
    import gc

    gc.collect()


def disk_bytes(path: Path) -> int:
    """Bytes on disk under ``path``, each file once (generations share files by hard links)."""
    seen, total = set(), 0
    for dirpath, _, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                st = os.lstat(os.path.join(dirpath, name))
                if (st.st_dev, st.st_ino) not in seen:
                    seen.add((st.st_dev, st.st_ino))
                    total += st.st_size
    return total


def wal_bytes(gen: Path) -> int:
    return sum(p.stat().st_size for p in gen.glob("*.log"))


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

    def close(self, flush: bool = True) -> None:
        if self._store is not None:
            if flush:
                self._store.flush()
            self._store = None
            import gc

            gc.collect()


_HEADS: dict[Path, "WriteHead"] = {}
_HEADS_LOCK = threading.Lock()
WRITE_OPS: dict[str, Callable] = {}
FORWARD_TIMEOUT = 300.0  # seconds a process waits for the head's process to answer a write
WRITE_WAIT = 10.0  # seconds a write waits for the writers' lock (another write, or a build) before a 503
_ERRORS = (StoreError, SyntaxError, OSError, ValueError, RuntimeError)  # what a forwarded write may raise


def write_op(fn: Callable) -> Callable:
    """Register ``fn(store, *args)`` as a write ``WriteHead.write`` may run, here or in the
    process that holds the head (arguments and result: JSON values)."""
    WRITE_OPS[f"{fn.__module__}.{fn.__qualname__}"] = fn
    return fn


class WriteHead:
    """The store's one writable copy, kept open between writes by the process that wrote first.

    Each write runs a ``write_op`` on the head in place, under the writers' lock, and then
    publishes the head as a new generation: a RocksDB checkpoint of it (the memtable flushed,
    the SST files hard-linked), swapped in as ``current`` like a build's. Readers never open the
    head: a read-only handle on a store another process is writing is undefined behaviour in
    Oxigraph, a checkpoint that nobody writes is not. So a write costs the write plus one
    checkpoint (about 10 ms), not a copy and two reopens.

    - one head per store: a server runs several processes, and a head costs a RocksDB open
      (40–100 ms) to make, so a process that finds another's head sends its write there (a Unix
      socket in the head's folder, JSON) instead of making its own;
    - atomic per request: a write that raises drops the head (nothing of it is published); the
      next write makes a head again from ``current``;
    - the head follows ``current``: when a build published since the head's last write, the
      head is dropped and made again, so no write is lost and a build may run between two
      writes; a build that starts during a write gets ``StoreError`` at once, a write during a
      build gets it after ``WRITE_WAIT``;
    - the head lives in ``head-<pid>-<n>`` next to the generations, flock-ed by its process as
      long as it is open; ``_collect`` removes a head no process holds.
    """

    def __init__(self, root: StoreDir):
        self.root = root
        self._lock = threading.Lock()  # the writers' lock is a flock per open file: threads queue here
        self._handle: _WriteHandle | None = None
        self._path: Path | None = None
        self._fd: int | None = None
        self._base: Path | None = None  # the generation the head was copied from or last published
        self._listener = None

    def write(self, op: Callable, *args):
        """``op(store, *args)`` on the head, then published as the new ``current``; what ``op``
        returns. Raises what ``op`` raised (forwarded: as the nearest of ``_ERRORS``)."""
        name = f"{op.__module__}.{op.__qualname__}"
        assert WRITE_OPS.get(name) is op, f"{name} is not a write_op"
        for _ in range(3):  # a head whose process is gone is taken over on the next turn
            with self._lock, self.root.locked(wait=WRITE_WAIT):
                other = self._other_head()
                if other is None:
                    return self._write_here(op, args)
            try:
                return _forward(other, name, args)
            except (ConnectionRefusedError, FileNotFoundError):
                time.sleep(0.05)
        raise StoreError(f"the process holding the write head of {self.root.root} does not answer")

    def _other_head(self) -> Path | None:
        for head in self.root.root.glob("head-*"):
            if head != self._path and _held(head):
                return head
        return None

    def _write_here(self, op: Callable, args) -> object:
        handle = self._open()
        try:
            out = op(handle, *args)
            self._publish()
        except BaseException:
            self._drop()
            raise
        return out

    def _open(self) -> _WriteHandle:
        cur = self.root.current()
        if self._handle is not None and cur == self._base:
            return self._handle
        self._drop()  # a build published since: start again from current
        path = self.root.root / f"head-{os.getpid()}-{time.monotonic_ns()}"
        if cur is not None:
            Store.read_only(str(cur)).backup(str(path))  # current is closed: reading it is safe
        self._handle = _WriteHandle(Store(str(path)))
        self._path, self._base = path, cur
        self._fd = os.open(path, os.O_RDONLY)
        fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # ours until _drop: _collect keeps it
        self._listen()
        return self._handle

    def _listen(self) -> None:
        self._listener = socket.socket(socket.AF_UNIX)
        self._listener.bind(_socket(self._fd))
        self._listener.listen()
        threading.Thread(target=self._serve, args=(self._listener,), name="write-head", daemon=True).start()

    def _serve(self, listener: socket.socket) -> None:
        from multiprocessing.connection import Connection

        while True:
            try:
                sock, _ = listener.accept()
            except OSError:  # shut down by _drop
                return
            threading.Thread(target=self._answer, args=(Connection(sock.detach()),), daemon=True).start()

    def _answer(self, conn) -> None:
        """A write another process sent: run here, answered with its result or its error."""
        with conn:
            try:
                name, args = json.loads(conn.recv_bytes())
                with self._lock, self.root.locked(wait=WRITE_WAIT):
                    out = {"ok": self._write_here(WRITE_OPS[name], args)}
            except Exception as exc:
                kind = next(c for c in (*_ERRORS, Exception) if isinstance(exc, c))
                out = {"error": kind.__name__, "message": str(exc)}
            with contextlib.suppress(OSError):
                conn.send_bytes(json.dumps(out).encode())

    def _publish(self) -> None:
        new, cur = self.root._new_generation(), self.root.current()
        try:
            self._handle.backup(str(new))
        except BaseException:
            shutil.rmtree(new, ignore_errors=True)
            raise
        self.root._swap(new, cur)
        self._base = new
        self.root._collect()

    def _drop(self) -> None:
        if self._listener is not None:  # senders find no head and take over
            os.unlink(_socket(self._fd))
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes _serve's accept
            self._listener.close()
        if self._handle is not None:
            self._handle.close(flush=False)  # closed even if op kept a reference
        if self._fd is not None:
            os.close(self._fd)
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
        self._handle = self._path = self._fd = self._base = self._listener = None


def _socket(head_fd: int) -> str:
    """The head's socket, in its folder, named through an open descriptor of the folder: a
    socket's path has at most 107 bytes, a store's path may have more."""
    return f"/proc/self/fd/{head_fd}/write-head.sock"


def _forward(head: Path, name: str, args) -> object:
    """Send a write to the process holding ``head``; its result, or its error raised here."""
    from multiprocessing.connection import Client

    fd = os.open(head, os.O_RDONLY)
    try:
        conn = Client(_socket(fd), family="AF_UNIX")
    finally:
        os.close(fd)
    with conn:
        conn.send_bytes(json.dumps([name, list(args)]).encode())
        if not conn.poll(FORWARD_TIMEOUT):
            raise StoreError(f"the process holding the write head gave no answer in {FORWARD_TIMEOUT:g} s")
        try:
            out = json.loads(conn.recv_bytes())
        except EOFError:
            raise StoreError("the process holding the write head died during the write") from None
    if "error" in out:
        raise {c.__name__: c for c in _ERRORS}.get(out["error"], RuntimeError)(out["message"])
    return out["ok"]


def try_lock(path: Path | str, *, create: bool = False, shared: bool = False) -> int | None:
    """A descriptor holding an exclusive (or ``shared``) ``flock`` on ``path``, or None: another
    holds a conflicting one (or the path is gone). Closing the descriptor releases the lock,
    also when its process dies."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600) if create else os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        return fd
    except OSError:
        os.close(fd)
        return None


def _held(head: Path) -> bool:
    """Whether a process holds ``head`` open (its flock, see ``WriteHead``)."""
    fd = try_lock(head)
    if fd is None:
        return head.exists()  # locked by its process (or removed meanwhile)
    os.close(fd)
    return False


class _Open:
    """A generation a reader opened: its store, its lease, and the queries using it."""

    def __init__(self, gen: Path, fd: int):
        self.gen, self.fd, self.users = gen, fd, 0
        try:
            self.store = Store.read_only(str(gen))
        except BaseException:
            os.close(fd)
            raise


class Reader:
    """A read-only handle that follows the store's ``current`` generation.

    Each call checks the symlink and reopens after a new build or write was swapped in, so
    long-running servers see new data without a restart. The generation a query runs on stays
    on disk until the query ends (``using``): see the module's note on leases.
    """

    def __init__(self, root: StoreDir):
        self.root = root
        self._lock = threading.Lock()
        self._gen: Path | None = None
        self._open: dict[Path, _Open] = {}

    def store(self) -> Store:
        """The current store, for a caller that is done with it before the next write."""
        with self._lock:
            return self._refresh().store

    @contextlib.contextmanager
    def using(self):
        """The current store, its generation kept on disk until the block ends."""
        with self._lock:
            entry = self._refresh()
            entry.users += 1
        try:
            yield entry.store
        finally:
            with self._lock:
                entry.users -= 1
                self._release()

    def _refresh(self) -> _Open:
        if self._gen is None or self.root.current() != self._gen:
            gen, fd = self.root.lease()
            if gen not in self._open:
                self._open[gen] = _Open(gen, fd)
            else:
                os.close(fd)
            self._gen = gen
            self._release()
        return self._open[self._gen]

    def _release(self) -> None:
        """Give up the generations no longer current that no query uses."""
        for gen, entry in list(self._open.items()):
            if gen != self._gen and entry.users == 0:
                del self._open[gen]
                os.close(entry.fd)

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
    from .rdf import document_quads

    status = load_known(store, doc.article)
    if status is None:
        shared, own = document_quads(doc)
        status = load_new(store, doc.article, shared + own)
    return status


def is_known(store: Store, article) -> bool:
    """Whether the article's text is in the store already (under any source): then it needs no
    extraction, ``load_known`` records it."""
    from .vocab import article_graph

    return store.contains_named_graph(article_graph(article.content_hash[:16]))


def load_known(store: Store, article) -> str | None:
    """An article whose text is in the store already: ``unchanged`` when its source is recorded,
    else ``alias`` (the source is added to that article); None when the text is new."""
    from .rdf import _article_iri
    from .vocab import article_graph

    key = article.content_hash[:16]
    g, iri, source = article_graph(key), _article_iri(key), Literal(article.source)
    if not store.contains_named_graph(g):
        return None
    status = "unchanged"
    if not any(True for _ in store.quads_for_pattern(iri, CKG.source, source, g)):
        from .rdf import publication_quads

        store.extend([_q(iri, CKG.source, source, g), _q(iri, CKG.articleId, Literal(article.id), g),
                      *publication_quads(article)])  # this source's outlet, URL and date
        status = "alias"
    _drop_others(store, g, article.source)
    return status


def load_new(store: Store, article, quads) -> str:
    """Load the quads of an article whose text is new (``load_known`` gave None): ``added``, or
    ``replaced`` when its source held another text (that article is forgotten)."""
    store.extend(quads)
    return "replaced" if drop_other_graphs(store, article) else "added"


def drop_other_graphs(store: Store, article) -> bool:
    """Forget the article's source in every article graph but its own (a source holds one text);
    whether there was one."""
    from .vocab import article_graph

    g = article_graph(article.content_hash[:16])
    return _drop_others(store, g, article.source)


def _drop_others(store: Store, g: NamedNode, source: str) -> bool:
    old = [x for x in graphs_of_source(store, source) if x != g]
    for x in old:
        _drop_source(store, x, source)
    return bool(old)


def _q(s, p, o, g):
    from pyoxigraph import Quad

    return Quad(s, p, o, g)


def _drop_source(store: Store, g: NamedNode, source: str) -> None:
    """The source now holds another text: forget it in graph ``g``; drop ``g`` when no source is left."""
    for q in list(store.quads_for_pattern(None, CKG.source, Literal(source), g)):
        store.remove(q)
    for q in list(store.quads_for_pattern(None, DCT.source, Literal(source), g)):  # its publication
        for x in [*store.quads_for_pattern(q.subject, None, None, g), *store.quads_for_pattern(None, None, q.subject, g)]:
            store.remove(x)
    if not any(True for _ in store.quads_for_pattern(None, CKG.source, None, g)):
        store.remove_graph(g)
