"""Queries run in the serving process, each on a thread the engine watches.

pyoxigraph evaluates and serialises without holding the GIL, so a query on a thread of its own
leaves the request's thread free to keep time. The request thread renices the query's thread
once it has used ``renice_after`` seconds of CPU (cheap queries go first), counts it as *slow*
past ``demote_after`` CPU seconds (caps server-wide and per client address, shared by every
server process through lock files), and answers with the documented timeout, busy or memory
status when a limit is passed.

pyoxigraph cannot cancel a query. A result that streams (``sparql.execute`` serialises it row
by row) stops at its next row; a query still inside the evaluator (ORDER BY, GROUP BY, a join
that yields nothing yet) runs on at the lowest priority, and its thread retires when it ends.
When a process carries more than ``abandoned`` of those it asks its supervisor (``server/run.py``,
granian) to replace the server's processes gracefully, each new one before the old one stops; a process past its memory limit answers
its slow queries with 503 at once and the supervisor replaces it.

Query threads live in the process's own network namespace (``graph/netjail.py``) with the
SERVICE relay: a query that slipped past the guard still reaches no network.

>>> import tempfile
>>> from pyoxigraph import Store
>>> from .store import StoreDir
>>> root = tempfile.mkdtemp()
>>> with StoreDir(root).writer(fresh=True) as w:
...     w.update("INSERT DATA { <http://e/a> <http://e/p> 1 }")
>>> eng = Engine(root)
>>> eng.run(Job("SELECT ?o { ?s ?p ?o }"), 10).status
'ok'
>>> eng.run(Job("SELEC nothing"), 10).status
'syntax'
>>> eng.close()
"""
from __future__ import annotations

import hashlib
import os
import queue
import resource
import signal
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from . import netjail
from .sparql import Job, Result, execute
from .store import Reader, StoreDir, try_lock

STACK_BYTES = 64 * 1024 * 1024  # the engine's parser recurses; a query thread gets room (virtual)
TICK = 0.01  # seconds between looks at a running query
MIN_LIFE = 10.0  # seconds a server process serves at least before it asks for replacements


@dataclass(frozen=True)
class Limits:
    """How queries share the machine (defaults documented in README "Limits and safety")."""
    threads: int = 16  # queries one server process runs at once; more wait for a thread
    slow: int = 4  # queries past ``demote_after``, at once, server-wide (all processes)
    slow_per_client: int = 2  # slow queries one client address may run at once
    demote_after: float = 0.25  # CPU seconds; a query that used more is slow
    renice_after: float = 0.05  # CPU seconds; past this a query yields to cheap ones
    memory_mb: int = 2048  # resident memory of a server process; past it, its slow queries stop
    abandoned: int = 8  # uncancellable stopped queries a process may carry before it is replaced

    def __post_init__(self):
        # the slow cap is server-wide and the kernel hands connections to processes unevenly: at
        # ``slow >= threads`` slow queries could hold every thread of one process, and a cheap
        # query sent to it would wait for the time limit (seen: ASK 6.8 s under 20 slow queries)
        if self.slow >= self.threads:
            raise ValueError(f"slow queries ({self.slow}) must be fewer than the query threads of a "
                             f"server process ({self.threads}), or they can take all of one process's threads")


class Slots:
    """Counting semaphores shared between processes: one lock file per slot (flock). A slot is
    free again when its holder releases it or dies, so a killed process never leaks one."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def take(self, name: str, count: int) -> int | None:
        for i in range(count):
            fd = try_lock(self.folder / f"{name}-{i}", create=True)
            if fd is not None:
                return fd
        return None

    @staticmethod
    def give(fd: int | None) -> None:
        if fd is not None:
            os.close(fd)  # closing the descriptor releases its lock


class _Task:
    def __init__(self, job: Job):
        self.job = job
        self.result: Result | None = None
        # the query thread's reply; a C-level queue, not an Event (whose wait and set run
        # Python-level condition code under the GIL on every query)
        self.reply: queue.SimpleQueue[bool] = queue.SimpleQueue()
        self.finished = False
        self.stopped = False  # the client has had its answer: stop at the next row
        self.abandoned = False  # ... and the query was still running then

    def cancelled(self) -> bool:
        return self.stopped


class _QueryThread(threading.Thread):
    def __init__(self, engine: Engine):
        super().__init__(name="query", daemon=True)
        self.engine, self.inbox = engine, queue.SimpleQueue()
        self.ready = threading.Event()
        self.tid, self.clock, self.niced = 0, 0, 0

    def run(self) -> None:
        netjail.enter(self.engine._jail_fd)
        self.tid, self.clock = threading.get_native_id(), time.pthread_getcpuclockid(threading.get_ident())
        self.ready.set()
        while (task := self.inbox.get()) is not None:
            try:
                with self.engine.reader.using() as store:  # its generation stays while it runs
                    task.result = execute(store, task.job, task.cancelled, self.engine._relay)
            except Exception as exc:  # report, keep the thread for the next query
                task.result = Result("error", message=f"{type(exc).__name__}: {exc}")
            task.finished = True
            task.reply.put(True)
            if task.stopped or not self.renice(0):
                self.engine._retire(task)
                return
            self.engine._idle.put(self)

    def cpu(self) -> float:
        try:
            return time.clock_gettime(self.clock)
        except OSError:  # the thread has ended
            return 0.0

    def renice(self, value: int) -> bool:
        if value == self.niced:
            return True
        try:
            os.setpriority(os.PRIO_PROCESS, self.tid, value)  # a thread id: this thread only
        except OSError:  # only root may raise a priority again: the thread retires instead
            return False
        self.niced = value
        return True


class Engine:
    """Runs ``Job``s on the store at ``root`` (its ``current`` generation) under ``limits``.

    ``slots_dir`` is shared by the server's processes (one is made per engine when None);
    ``supervised`` says a process manager restarts this process, so it may exit to shed
    queries it could not stop."""

    def __init__(self, root: str | os.PathLike, limits: Limits | None = None, *,
                 slots_dir: str | os.PathLike | None = None, supervised: bool = False):
        self.root, self.limits, self.supervised = str(root), limits or Limits(), supervised
        self.reader = Reader(StoreDir(self.root))
        # an engine of its own removes its slot folder when it goes (or at exit); a shared one is
        # its owner's (server/run.py)
        self._own_slots = None if slots_dir else tempfile.TemporaryDirectory(prefix="ckg-slots-")
        self.slots = Slots(slots_dir or self._own_slots.name)
        self._idle: queue.SimpleQueue[_QueryThread] = queue.SimpleQueue()
        self._threads = threading.BoundedSemaphore(self.limits.threads)
        self._lock, self._service_lock = threading.Lock(), threading.Lock()
        self._pid, self._jail_fd, self._relay, self._abandoned, self._shed = 0, None, None, 0, False
        self._born = time.monotonic()

    # -- threads --------------------------------------------------------------------------------
    def _start(self) -> None:
        """Per process (a forked server process starts afresh): the namespace and its relay."""
        with self._lock:
            if self._pid == os.getpid():
                return
            self._pid, self._idle, self._born = os.getpid(), queue.SimpleQueue(), time.monotonic()
            box: dict = {}

            def setup():  # on a thread: the namespace is this thread's and its children's
                home = netjail.isolate()
                if home is not None:
                    box["fd"] = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
                    box["relay"] = netjail.Relay(home)  # listens inside the namespace

            t = threading.Thread(target=setup, name="jail")
            t.start()
            t.join()
            self._jail_fd, self._relay = box.get("fd"), box.get("relay")

    def _thread(self) -> _QueryThread:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        old = threading.stack_size(STACK_BYTES)
        try:
            t = _QueryThread(self)
            t.start()
        finally:
            threading.stack_size(old)
        t.ready.wait()
        return t

    def _retire(self, task: _Task) -> None:
        """A query thread ends (stopped, or its priority cannot be raised again)."""
        with self._lock:
            self._abandoned -= task.abandoned

    # -- running a query ------------------------------------------------------------------------
    def run(self, job: Job, timeout: float, client: str = "") -> Result:
        """Run ``job``; past ``timeout`` seconds (or a cap) the client gets its answer at once."""
        self._start()
        start = time.monotonic()
        if not self._threads.acquire(timeout=timeout):
            return Result("busy", message=f"all {self.limits.threads} query threads stayed busy for {timeout:g} s")
        relay = False  # the relay forwards for one query's endpoint list at a time
        try:
            if job.services and not (relay := self._service_lock.acquire(timeout=timeout)):
                return Result("busy", message="another SERVICE query is running; try again")
            return self._watch(_Task(job), start, timeout, client)
        finally:
            if relay:
                self._service_lock.release()
            self._threads.release()

    def _watch(self, task: _Task, start: float, timeout: float, client: str) -> Result:
        t, lim = self._thread(), self.limits
        cpu0 = t.cpu()
        t.inbox.put(task)
        slots: list[int | None] = []
        try:
            while not _arrived(task.reply, TICK):
                used = t.cpu() - cpu0
                if used >= lim.renice_after and not t.niced:
                    t.renice(10)  # no longer cheap: cheap queries go first
                if used >= lim.demote_after and not slots:
                    refused = self._demote(client, slots)
                    if refused:
                        return self._stop(task, t, Result("busy", message=f"the query is slow and {refused}"))
                    t.renice(19)
                if time.monotonic() - start >= timeout:
                    return self._stop(task, t, Result(
                        "timeout", message=f"query stopped after the {timeout:g} s time limit"))
                if used >= lim.renice_after and _rss_mb() > lim.memory_mb:
                    return self._stop(task, t, Result(
                        "memory", message=f"the query needed more than the {lim.memory_mb} MiB a server "
                                          f"process may use"))
            return task.result or Result("error", message="the query thread ended without a result")
        finally:
            for fd in slots:
                Slots.give(fd)

    def _demote(self, client: str, slots: list) -> str | None:
        """Take a server-wide and a per-client slow slot; the reason it may not go on, if any."""
        lim = self.limits
        server = self.slots.take("slow", lim.slow)
        if server is None:
            return f"{lim.slow} slow queries are already running on this server"
        mine = self.slots.take("client-" + hashlib.sha256(client.encode()).hexdigest()[:16], lim.slow_per_client)
        if mine is None:
            Slots.give(server)
            return f"{lim.slow_per_client} slow queries from your address are already running"
        slots += [server, mine]
        return None

    def _stop(self, task: _Task, t: _QueryThread, answer: Result) -> Result:
        """Answer now; the query stops at its next row, or runs on at the lowest priority."""
        task.stopped = True
        if not task.finished:
            t.renice(19)
        with self._lock:
            task.abandoned = not task.finished
            self._abandoned += task.abandoned
            shed = self._abandoned > self.limits.abandoned and self.supervised and not self._shed
            self._shed = self._shed or shed
        if shed:
            self._replace_me()
        return answer

    def _replace_me(self) -> None:
        """Ask the supervisor (granian, by SIGHUP) to replace its processes gracefully: each new one
        starts before the old one stops and the old one writes its answers in flight, so the port
        never goes unanswered. Not in a process's first seconds: replacements must not chain."""
        wait = max(0.0, MIN_LIFE - (time.monotonic() - self._born))
        timer = threading.Timer(wait, os.kill, args=(os.getppid(), signal.SIGHUP))
        timer.daemon = True
        timer.start()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().inbox.put(None)
            except queue.Empty:
                return


def _arrived(reply: queue.SimpleQueue, seconds: float) -> bool:
    try:
        return reply.get(timeout=seconds)
    except queue.Empty:
        return False


def _rss_mb() -> float:
    with open("/proc/self/statm", "rb") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


_ENGINES: dict[tuple, Engine] = {}
_ENGINES_LOCK = threading.Lock()


def engine_for(root: str | os.PathLike, limits: Limits = Limits(), **options) -> Engine:
    """One engine per store and limits in a process (apps made by tests share theirs)."""
    key = (str(Path(root).resolve()), limits, tuple(sorted(options.items())))
    with _ENGINES_LOCK:
        if key not in _ENGINES:
            _ENGINES[key] = Engine(key[0], limits, **options)
        return _ENGINES[key]
