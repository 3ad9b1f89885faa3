"""SPARQL query execution that can be stopped: a small pool of worker processes.

pyoxigraph has no query timeout and a running query holds the GIL-free Rust evaluator, so a
thread cannot be interrupted. Each query therefore runs in a worker *process* that opens the
store read-only (following the ``current`` generation, as ``Reader`` does); when a query
outlives its time limit the worker is killed (SIGKILL) and a fresh one takes its place.
Workers are separate Python processes (see ``_Worker``).

Results are serialised inside the worker, capped at ``row_cap`` rows (or triples), so a huge
result never crosses the pipe; the parent learns whether the cap cut it short.

>>> from pyoxigraph import Literal
>>> matches(Literal("وزير الخارجية الأمريكي أنتوني بلينكن"), Literal("بلينكين")).value
'true'
>>> matches(Literal("الولايات المتحدة"), Literal("ولايات")).value
'true'
>>> matches(Literal("فرنسا"), Literal("ألمانيا")).value
'false'
"""
from __future__ import annotations

import json
import os
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import (BlankNode, DefaultGraph, Literal, NamedNode, QueryBoolean, QueryResultsFormat,
                        QuerySolutions, RdfFormat, Store, Triple, parse_query_results, serialize)

from .vocab import CKG_NS

MATCHES = NamedNode(CKG_NS + "matches")
XSD_BOOLEAN = NamedNode("http://www.w3.org/2001/XMLSchema#boolean")


# --- ckg:matches: Arabic-aware search, reusing the loaders' normalisation ---------------------

def _forms(token: str) -> set[str]:
    from ..loaders.normalize import skeleton, stems

    forms = set(stems(token)) | {token}
    return forms | {skeleton(f) for f in forms}


def match_text(text: str, query: str) -> bool:
    """Every word of ``query`` matches some word of ``text`` after folding hamza/alef forms,
    ى/ي, ة/ه, diacritics and tatweel (``norm``), stripping clitics (``stems``) and ignoring
    optional long vowels. Latin text is compared case-insensitively."""
    from ..loaders.normalize import norm

    q_tokens = norm(query).lower().split()
    if not q_tokens:
        return False
    t_forms = [_forms(t) for t in norm(text).lower().split()]
    return all(any(_forms(q) & tf for tf in t_forms) for q in q_tokens)


def matches(text, query):
    """The ``ckg:matches(text, query)`` SPARQL function: an xsd:boolean, or an error (None)."""
    if not isinstance(text, Literal) or not isinstance(query, Literal):
        return None
    return Literal("true" if match_text(text.value, query.value) else "false", datatype=XSD_BOOLEAN)


CUSTOM_FUNCTIONS = {MATCHES: matches}


# --- jobs and results ------------------------------------------------------------------------

@dataclass
class Job:
    text: str
    results_format: str | None = "application/sparql-results+json"  # SELECT/ASK; None: not acceptable
    graph_format: str | None = "text/turtle"  # CONSTRUCT/DESCRIBE; None: not acceptable
    union: bool = True  # default graph = union of all graphs (when no dataset is given)
    default_graph: list[str] | None = None  # IRIs; "" stands for the store's own default graph
    named_graphs: list[str] | None = None
    substitutions: dict = field(default_factory=dict)  # variable name -> pyoxigraph term
    row_cap: int = 10_000
    byte_cap: int = 64 * 1024 * 1024  # serialised result bytes; the result is cut before that
    base_iri: str | None = None
    services: list[str] = field(default_factory=list)  # relay path N -> allowlisted endpoint (guard.plan_query)
    allow_private: bool = False  # the relay may connect to non-public addresses


@dataclass
class Result:
    status: str  # ok | syntax | not_acceptable | error | timeout | busy | memory | service
    body: bytes = b""
    media_type: str = ""
    kind: str = ""  # solutions | boolean | graph
    rows: int = 0
    truncated: bool = False
    message: str = ""
    etag: str | None = None  # set by the server: the key of the answer in its result cache
    modified: float | None = None  # when the generation that answered was made


class QueryTimeout(Exception):
    pass


def _term_json(t) -> dict:
    if isinstance(t, NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, Triple):
        return {"type": "triple", "value": {"subject": _term_json(t.subject),
                                            "predicate": _term_json(t.predicate), "object": _term_json(t.object)}}
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        d["datatype"] = t.datatype.value
    return d


_JSON_OF: dict = {}  # term -> its SPARQL JSON text: results repeat the same terms row after row


def _json_of(t) -> str:
    text = _JSON_OF.get(t)
    if text is None:
        if len(_JSON_OF) > 100_000:
            _JSON_OF.clear()
        text = _JSON_OF[t] = json.dumps(_term_json(t), ensure_ascii=False)
    return text


def _graph_term(iri: str):
    return DefaultGraph() if iri == "" else NamedNode(iri)


def execute(store: Store, job: Job) -> Result:
    """Run ``job`` on ``store`` (in whatever process calls it) and serialise the capped result."""
    kwargs = {"custom_functions": CUSTOM_FUNCTIONS, "base_iri": job.base_iri}
    if job.default_graph is not None or job.named_graphs is not None:
        # an explicit dataset (protocol default-graph-uri / named-graph-uri) replaces the union
        if job.default_graph is not None:
            kwargs["default_graph"] = [_graph_term(g) for g in job.default_graph]
        if job.named_graphs is not None:
            kwargs["named_graphs"] = [NamedNode(g) for g in job.named_graphs]
    else:
        kwargs["use_default_graph_as_union"] = job.union
    if job.substitutions:
        from pyoxigraph import Variable

        kwargs["substitutions"] = {Variable(k): v for k, v in job.substitutions.items()}
    if job.services and _RELAY is None:
        return Result("service", message="SERVICE is unavailable on this server (query workers cannot be "
                                         "isolated from the network here: Linux network namespaces need root)")
    if _RELAY is not None:
        _RELAY.endpoints, _RELAY.allow_private = job.services, job.allow_private
    try:
        result = store.query(job.text, **kwargs)
    except SyntaxError as exc:
        return Result("syntax", message=str(exc))
    except (OSError, ValueError, RuntimeError) as exc:
        return _failure(job, exc)
    except MemoryError:
        return Result("memory", message="the query needed more memory than a worker may use")
    try:
        if isinstance(result, QueryBoolean):
            if job.results_format is None:
                return Result("not_acceptable", kind="boolean")
            fmt = QueryResultsFormat.from_media_type(job.results_format)
            return Result("ok", result.serialize(format=fmt), fmt.media_type, "boolean", rows=1)
        if isinstance(result, QuerySolutions):
            if job.results_format is None:
                return Result("not_acceptable", kind="solutions")
            names = [v.value for v in result.variables]
            keys = [json.dumps(n) + ":" for n in names]
            rows, size, truncated = [], 0, False
            for sol in result:
                row = "{" + ",".join(k + _json_of(t) for k, t in zip(keys, sol) if t is not None) + "}"
                size += len(row) * 2 + 2  # ≥ UTF-8 bytes for Arabic text; other formats are smaller
                if len(rows) >= job.row_cap or size > job.byte_cap:
                    truncated = True
                    break
                rows.append(row)
            body = ('{"head":{"vars":%s},"results":{"bindings":[%s]}}'
                    % (json.dumps(names), ",".join(rows))).encode()
            bindings = rows
            fmt = QueryResultsFormat.from_media_type(job.results_format)
            if fmt != QueryResultsFormat.JSON:
                body = parse_query_results(body, format=QueryResultsFormat.JSON).serialize(format=fmt)
            return Result("ok", body, fmt.media_type, "solutions", rows=len(bindings), truncated=truncated)
        if job.graph_format is None:
            return Result("not_acceptable", kind="graph")
        triples, size, truncated = [], 0, False
        for t in result:
            size += sum(len(getattr(x, "value", "")) for x in (t.subject, t.predicate, t.object)) * 2 + 8
            if len(triples) >= job.row_cap or size > job.byte_cap:
                truncated = True
                break
            triples.append(t)
        fmt = RdfFormat.from_media_type(job.graph_format)
        body = serialize(triples, format=fmt) if triples else b""
        return Result("ok", body or b"", fmt.media_type, "graph", rows=len(triples), truncated=truncated)
    except (OSError, ValueError, RuntimeError) as exc:  # evaluation errors surface while iterating
        return _failure(job, exc)
    except MemoryError:
        return Result("memory", message="the query needed more memory than a worker may use")


NETWORK_WORDS = ("service", "http", "connect", "network", "dns", "resolve", "refused", "unreachable", "timed out")


def _failure(job: Job, exc: Exception) -> Result:
    """An evaluation error; one neutral message for anything that touched the network, so an
    error never tells a client what the server can or cannot reach."""
    text = str(exc)
    if job.services or any(w in text.lower() for w in NETWORK_WORDS):
        return Result("service", message="a SERVICE endpoint could not be queried")
    return Result("error", message=text)


# --- the worker processes --------------------------------------------------------------------

_RELAY = None  # the SERVICE relay of this worker (graph/netjail.py), when isolated


def _worker_main(root: str, rfd: int, wfd: int, lifeline: int, memory_mb: int) -> None:
    import resource
    from multiprocessing.connection import Connection

    from . import netjail
    from .store import StoreDir

    global _RELAY
    _die_with_parent(lifeline)
    home = netjail.isolate()
    _RELAY = netjail.Relay(home) if home is not None else None
    if memory_mb > 0:  # an OS limit: a query past it fails here, not on the machine
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    inbox, outbox = Connection(rfd, writable=False), Connection(wfd, readable=False)

    sd, gen, store = StoreDir(root), None, None
    while True:
        try:
            job = inbox.recv()
        except (EOFError, KeyboardInterrupt):
            return
        try:
            cur = sd.current()
            if store is None or cur != gen:  # a new generation was swapped in: reopen
                store, gen = sd.open_read(), cur
            res = execute(store, job)
        except Exception as exc:  # report, stay alive for the next query
            res = Result("error", message=f"{type(exc).__name__}: {exc}")
        outbox.send(res)


def _die_with_parent(lifeline: int) -> None:
    """Exit as soon as the server process is gone: it holds the other end of ``lifeline`` and
    the kernel closes it however the server dies (no orphan workers)."""
    import select

    def watch():
        select.select([lifeline], [], [])
        os._exit(0)

    threading.Thread(target=watch, name="lifeline", daemon=True).start()


class _Worker:
    """A ``python -m coalition_kg.graph.sparql`` child talking over two pipes.

    A plain subprocess rather than multiprocessing's ``spawn``: that re-imports the parent's
    ``__main__``, which breaks under scripts without a main guard; and ``fork`` is unsafe in a
    multi-threaded server holding RocksDB handles."""

    def __init__(self, root: str, memory_mb: int):
        import subprocess
        import sys
        from multiprocessing.connection import Connection

        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        life_r, self._life_w = os.pipe()
        self.proc = subprocess.Popen([sys.executable, "-m", "coalition_kg.graph.sparql", root,
                                      str(to_child_r), str(from_child_w), str(life_r), str(memory_mb)],
                                     pass_fds=(to_child_r, from_child_w, life_r), stdin=subprocess.DEVNULL)
        for fd in (to_child_r, from_child_w, life_r):
            os.close(fd)
        self._send = Connection(to_child_w, readable=False)
        self._recv = Connection(from_child_r, writable=False)

    niced = False

    def renice(self, value: int) -> bool:
        try:
            os.setpriority(os.PRIO_PROCESS, self.proc.pid, value)
        except OSError:
            return False
        self.niced = value > 0
        return True

    def send(self, job) -> None:
        self._send.send(job)

    def poll(self, timeout: float) -> bool:
        return self._recv.poll(timeout)

    def recv(self):
        return self._recv.recv()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(5)
        self._send.close()
        self._recv.close()
        os.close(self._life_w)


@dataclass(frozen=True)
class Limits:
    """How the pool shares the machine (defaults documented in README "Limits and safety")."""
    workers: int = 4  # the fast lane: every query starts here
    slow: int = 4  # queries past ``demote_after`` move to the slow lane; at most this many at once
    slow_per_client: int = 2  # slow queries one client address may run at once
    demote_after: float = 0.25  # seconds; a query still running then is a slow query
    memory_mb: int = 2048  # address-space limit of each worker process (0: none)


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_seconds(pid: int) -> float:
    """CPU time a worker has used (user + system); wall time where /proc is missing."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, IndexError, ValueError):
        return time.monotonic()


class WorkerPool:
    """Worker processes in two lanes, so a cheap query never waits behind slow ones.

    A query runs on an idle worker, or on a new one while fewer than ``workers + slow``
    processes live. One still running after ``demote_after`` seconds is slow: it counts against
    the slow lane, server-wide and per client address, and runs on at the lowest CPU priority;
    past either cap it is stopped at once with a "busy" answer instead of holding a worker for
    the whole time limit. So ``workers`` processes are always left to the fast lane, and a
    spare is started in the background whenever a query goes slow."""

    def __init__(self, root: str | os.PathLike, size: int = 4, memory_mb: int = 2048,
                 limits: Limits | None = None):
        self.root = str(root)
        self.limits = limits or Limits(workers=size, memory_mb=memory_mb)
        self.size = self.limits.workers
        self.memory_mb = self.limits.memory_mb
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._live = 0  # worker processes, idle, busy or slow
        self._slow: dict[str, int] = {}  # client -> slow queries running
        self._lock = threading.Lock()

    def _reserve(self) -> bool:
        with self._lock:
            grow = self._live < self.limits.workers + self.limits.slow
            self._live += grow
        return grow

    def _spawn(self) -> _Worker:
        try:
            return _Worker(self.root, self.memory_mb)
        except BaseException:
            with self._lock:
                self._live -= 1
            raise

    def _acquire(self, wait: float) -> _Worker | None:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        if self._reserve():
            return self._spawn()
        try:
            return self._idle.get(timeout=wait)
        except queue.Empty:
            return None

    def _discard(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._live -= 1

    def _spare(self) -> None:
        """An idle worker ready for the next cheap query, started off the request's path."""
        if self._idle.qsize() or not self._reserve():
            return
        threading.Thread(target=lambda: self._idle.put(self._spawn()), name="spawn-worker", daemon=True).start()

    def _demote(self, client: str) -> str | None:
        """Count a running query as slow; the reason it may not go on, if any."""
        lim = self.limits
        with self._lock:
            if sum(self._slow.values()) >= lim.slow:
                return f"{lim.slow} slow queries are already running on this server"
            if self._slow.get(client, 0) >= lim.slow_per_client:
                return f"{lim.slow_per_client} slow queries from your address are already running"
            self._slow[client] = self._slow.get(client, 0) + 1
        return None

    def _undemote(self, client: str) -> None:
        with self._lock:
            self._slow[client] -= 1
            if not self._slow[client]:
                del self._slow[client]

    def run(self, job: Job, timeout: float, client: str = "") -> Result:
        """Run ``job``; a query still running after ``timeout`` seconds is killed (status timeout)."""
        start = time.monotonic()
        w = self._acquire(timeout)
        if w is None:
            return Result("busy", message=f"all {self.size} query workers stayed busy for {timeout:g} s")
        left = lambda: max(0.05, timeout - (time.monotonic() - start))  # noqa: E731
        try:
            cpu0 = _cpu_seconds(w.proc.pid)
            w.send(job)
            # slow means CPU spent, not time waited: under load a cheap query waits for a core
            while (used := _cpu_seconds(w.proc.pid) - cpu0) < self.limits.demote_after:
                if w.poll(min(left(), 0.05)):
                    return self._finish(w, w.recv())
                if used >= 0.05 and not w.niced:  # no longer cheap: let cheap ones go first
                    w.renice(10)
                if time.monotonic() - start >= timeout:
                    self._discard(w)
                    return Result("timeout", message=f"query stopped after the {timeout:g} s time limit")
        except (EOFError, OSError, BrokenPipeError):
            self._discard(w)
            return self._died()
        return self._run_slow(w, timeout, left, client)

    def _run_slow(self, w: _Worker, timeout: float, left, client: str) -> Result:
        refused = self._demote(client)
        if refused:
            self._discard(w)
            return Result("busy", message=f"the query is slow and {refused}")
        w.renice(19)  # slow queries get the CPU the fast lane leaves
        self._spare()
        try:
            if not w.poll(left()):
                return Result("timeout", message=f"query stopped after the {timeout:g} s time limit")
            res = w.recv()
            res = self._finish(None, res)
            return res
        except (EOFError, OSError, BrokenPipeError):
            return self._died()
        finally:
            self._undemote(client)
            self._discard(w)  # its priority is spent; the spare took its place

    def _finish(self, w: _Worker | None, res: Result) -> Result:
        if res.status == "memory":
            res.message = f"the query needed more than the {self.memory_mb} MiB a query worker may use"
        if w is not None and w.niced and not w.renice(0):
            self._discard(w)  # only root may raise a priority again: a fresh worker instead
        elif w is not None:
            self._idle.put(w)
        return res

    def _died(self) -> Result:
        # the engine aborts when an allocation fails under the worker's address-space limit
        return Result("memory", message=f"the query stopped: it needed more than the {self.memory_mb} MiB "
                                        f"a query worker may use (or crashed the worker)")

    def close(self) -> None:
        while True:
            try:
                w = self._idle.get_nowait()
            except queue.Empty:
                break
            self._discard(w)


_POOLS: dict[tuple[str, Limits], WorkerPool] = {}
_POOLS_LOCK = threading.Lock()


def pool_for(root: str | os.PathLike, limits: Limits = Limits()) -> WorkerPool:
    """One pool per store and limits in a process (apps made by tests share theirs)."""
    key = (str(Path(root).resolve()), limits)
    with _POOLS_LOCK:
        if key not in _POOLS:
            _POOLS[key] = WorkerPool(key[0], limits=limits)
        return _POOLS[key]


def close_pools() -> None:
    with _POOLS_LOCK:
        for p in _POOLS.values():
            p.close()
        _POOLS.clear()


if __name__ == "__main__":  # a worker: python -m coalition_kg.graph.sparql ROOT RFD WFD LIFELINE MEMORY_MB
    import sys

    # run from the module's real name so results pickle as coalition_kg.graph.sparql.Result
    from ..graph import sparql as _self

    _self._worker_main(sys.argv[1], *map(int, sys.argv[2:6]))
    sys.exit(0)

import atexit  # noqa: E402  (workers are daemons too, but kill them promptly at exit)

atexit.register(close_pools)
