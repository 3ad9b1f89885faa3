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
    from coalition_kg.loaders.normalize import skeleton, stems

    forms = set(stems(token)) | {token}
    return forms | {skeleton(f) for f in forms}


def match_text(text: str, query: str) -> bool:
    """Every word of ``query`` matches some word of ``text`` after folding hamza/alef forms,
    ى/ي, ة/ه, diacritics and tatweel (``norm``), stripping clitics (``stems``) and ignoring
    optional long vowels. Latin text is compared case-insensitively."""
    from coalition_kg.loaders.normalize import norm

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
    base_iri: str | None = None


@dataclass
class Result:
    status: str  # ok | syntax | not_acceptable | error | timeout | busy
    body: bytes = b""
    media_type: str = ""
    kind: str = ""  # solutions | boolean | graph
    rows: int = 0
    truncated: bool = False
    message: str = ""


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
    try:
        result = store.query(job.text, **kwargs)
    except SyntaxError as exc:
        return Result("syntax", message=str(exc))
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
            bindings, truncated = [], False
            for sol in result:
                if len(bindings) >= job.row_cap:
                    truncated = True
                    break
                bindings.append({n: _term_json(sol[n]) for n in names if sol[n] is not None})
            body = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}},
                              ensure_ascii=False).encode()
            fmt = QueryResultsFormat.from_media_type(job.results_format)
            if fmt != QueryResultsFormat.JSON:
                body = parse_query_results(body, format=QueryResultsFormat.JSON).serialize(format=fmt)
            return Result("ok", body, fmt.media_type, "solutions", rows=len(bindings), truncated=truncated)
        if job.graph_format is None:
            return Result("not_acceptable", kind="graph")
        triples, truncated = [], False
        for t in result:
            if len(triples) >= job.row_cap:
                truncated = True
                break
            triples.append(t)
        fmt = RdfFormat.from_media_type(job.graph_format)
        body = serialize(triples, format=fmt) if triples else b""
        return Result("ok", body or b"", fmt.media_type, "graph", rows=len(triples), truncated=truncated)
    except (OSError, ValueError, RuntimeError) as exc:  # evaluation errors surface while iterating
        return Result("error", message=str(exc))


# --- the worker processes --------------------------------------------------------------------

def _worker_main(root: str, rfd: int, wfd: int) -> None:
    from multiprocessing.connection import Connection

    from .store import StoreDir

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


class _Worker:
    """A ``python -m coalition_kg.graph.sparql`` child talking over two pipes.

    A plain subprocess rather than multiprocessing's ``spawn``: that re-imports the parent's
    ``__main__``, which breaks under scripts without a main guard; and ``fork`` is unsafe in a
    multi-threaded server holding RocksDB handles."""

    def __init__(self, root: str):
        import subprocess
        import sys
        from multiprocessing.connection import Connection

        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        self.proc = subprocess.Popen([sys.executable, "-m", "coalition_kg.graph.sparql", root,
                                      str(to_child_r), str(from_child_w)],
                                     pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self._send = Connection(to_child_w, readable=False)
        self._recv = Connection(from_child_r, writable=False)

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


class WorkerPool:
    """At most ``size`` worker processes, started on demand, each running one query at a time."""

    def __init__(self, root: str | os.PathLike, size: int = 4):
        self.root = str(root)
        self.size = size
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._count = 0
        self._lock = threading.Lock()

    def _acquire(self, wait: float) -> _Worker | None:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if self._count < self.size:
                self._count += 1
                try:
                    return _Worker(self.root)
                except BaseException:
                    self._count -= 1
                    raise
        try:
            return self._idle.get(timeout=wait)
        except queue.Empty:
            return None

    def _discard(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._count -= 1

    def run(self, job: Job, timeout: float) -> Result:
        """Run ``job``; a query still running after ``timeout`` seconds is killed (status timeout)."""
        start = time.monotonic()
        w = self._acquire(timeout)
        if w is None:
            return Result("busy", message=f"all {self.size} query workers stayed busy for {timeout:g} s")
        left = max(0.1, timeout - (time.monotonic() - start))
        try:
            w.send(job)
            if not w.poll(left):
                self._discard(w)
                return Result("timeout", message=f"query stopped after the {timeout:g} s time limit")
            res = w.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            self._discard(w)
            return Result("error", message=f"query worker died: {exc!r}")
        self._idle.put(w)
        return res

    def close(self) -> None:
        while True:
            try:
                w = self._idle.get_nowait()
            except queue.Empty:
                break
            self._discard(w)


_POOLS: dict[tuple[str, int], WorkerPool] = {}
_POOLS_LOCK = threading.Lock()


def pool_for(root: str | os.PathLike, size: int = 4) -> WorkerPool:
    """One pool per store and size in a process (apps made by tests share theirs)."""
    key = (str(Path(root).resolve()), size)
    with _POOLS_LOCK:
        if key not in _POOLS:
            _POOLS[key] = WorkerPool(key[0], size)
        return _POOLS[key]


def close_pools() -> None:
    with _POOLS_LOCK:
        for p in _POOLS.values():
            p.close()
        _POOLS.clear()


if __name__ == "__main__":  # a worker process: python -m coalition_kg.graph.sparql ROOT RFD WFD
    import sys

    # run from the module's real name so results pickle as coalition_kg.graph.sparql.Result
    from coalition_kg.graph import sparql as _self

    _self._worker_main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
    sys.exit(0)

import atexit  # noqa: E402  (workers are daemons too, but kill them promptly at exit)

atexit.register(close_pools)
