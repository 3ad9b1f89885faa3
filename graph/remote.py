"""A remote SPARQL store: an Oxigraph server (``--store http://HOST:PORT``: its ``/query``,
``/update`` and ``/store``) or any SPARQL 1.1 engine (``--store-query URL --store-update URL
[--store-gsp URL]``: Fuseki, Virtuoso, GraphDB, QLever, Neptune).

``RemoteStore`` speaks the part of pyoxigraph's ``Store`` that ``build``, ``query``, ``export``
and the server use (``query``, ``extend``, ``bulk_extend``, ``contains_named_graph``, ``quads_for_pattern``,
``remove``, ``remove_graph``, ``named_graphs``, ``len``), so ``graph.build``'s writer, ``export.export`` and
``sparql.execute`` run on it unchanged; and the part of ``StoreDir`` they use (``exists``,
``writer``, ``open_read``). Results come back as pyoxigraph's own result types.

Parameters (canned-query substitutions, the patterns of ``quads_for_pattern``) travel as RDF
terms in ``VALUES`` blocks, never spliced into the query text: pyoxigraph binds a substituted
variable everywhere in the query, inside subqueries and UNION branches too, so the same
one-row ``VALUES`` block is put at the start of every group that mentions the variable
(``bind_values``). A write is one request; ``graph.build`` batches whole articles into it.

What differs between engines is whether the default graph is the union of the named graphs:
the canned queries need it (Oxigraph: ``oxigraph serve --union-default-graph``; Fuseki/TDB2:
``tdb2:unionDefaultGraph true``; GraphDB, Virtuoso and Neptune do it by default). ``check_union``
tells which one the server is.

>>> print(bind_values('SELECT ?x WHERE { ?x ?p ?o { SELECT ?o WHERE { ?o a ?t } } }',
...                   {Variable("o"): NamedNode("http://e/o")}))
SELECT ?x WHERE { VALUES (?o) { (<http://e/o>) } ?x ?p ?o { SELECT ?o WHERE { VALUES (?o) { (<http://e/o>) } ?o a ?t } } }
>>> print(bind_values('SELECT * { ?o ?p ?v LATERAL { SELECT ?o ?t WHERE { ?o a ?t } LIMIT 1 } }',
...                   {Variable("o"): NamedNode("http://e/o")}))
SELECT * { VALUES (?o) { (<http://e/o>) } ?o ?p ?v LATERAL { SELECT ?o ?t WHERE { ?o a ?t } LIMIT 1 } }
"""
from __future__ import annotations

import contextlib
import re
import threading
from urllib.parse import urlsplit

import requests
from pyoxigraph import (DefaultGraph, NamedNode, Quad, QueryResultsFormat, RdfFormat, Variable, parse,
                        parse_query_results, serialize)

from .canned import portable
from .vocab import CKG_NS, GRAPH_NS

MATCHES_IRI = CKG_NS + "matches"
RESULTS = "application/sparql-results+json"


class RemoteError(Exception):
    """The remote store refused a request or could not be reached."""


class RemoteTimeout(RemoteError):
    """The remote store did not answer within the time limit."""


class NeedsEmbeddedStore(Exception):
    """A feature the remote store cannot offer (``ckg:matches``, generations, SHACL, ...)."""


def shown(url: str) -> str:
    """The URL without credentials, for messages."""
    parts = urlsplit(url)
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


def is_url(store) -> bool:
    return isinstance(store, str) and store.startswith(("http://", "https://"))


# --- parameters as VALUES blocks --------------------------------------------------------------

_TOKEN = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
              |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<open>\{) | (?P<close>\})
''', re.X)


def _groups(text: str) -> list[tuple[int, set[str], set[str]]]:
    """Every group graph pattern of a query: the offset just inside its ``{``, the variables it
    mentions (nested groups included) and those it gets from the left of a ``LATERAL`` it is in.
    ``VALUES`` data blocks, CONSTRUCT templates and the braces around a subquery are not groups
    (no ``VALUES`` may go there)."""
    stack: list[list] = []  # [offset, variables, is a group, variables from the left of a LATERAL]
    out, after_values, last_word, opened, lateral = [], False, "", None, None
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if opened is not None and kind != "comment":
            # braces around a subquery hold the SELECT alone: no VALUES may precede it
            opened[2] = opened[2] and not (kind == "word" and m.group().upper() == "SELECT")
            opened = None
        if kind == "word":
            last_word = m.group().upper()
            after_values = last_word == "VALUES"  # its variables and then its data block follow
            if last_word == "LATERAL" and stack:  # what its group mentioned so far is its left side
                lateral = set(stack[-1][1])
        elif kind == "var":
            for _, names, _, _ in stack:
                names.add(m.group()[1:])
        elif kind == "open":
            inherited = stack[-1][3] if stack else set()
            opened = [m.end(), set(), not after_values and last_word != "CONSTRUCT", inherited | (lateral or set())]
            stack.append(opened)
            after_values, last_word, lateral = False, "", None
        elif kind == "close" and stack:
            start, names, is_group, left = stack.pop()
            if is_group:
                out.append((start, names, left))
            last_word = ""
    return out


def bind_values(text: str, substitutions: dict | None) -> str:
    """``text`` with each substituted variable bound by a one-row ``VALUES`` block at the start
    of every group that mentions it: the protocol form of pyoxigraph's ``substitutions``."""
    if not substitutions:
        return text
    subs = {(v.value if isinstance(v, Variable) else str(v)): t for v, t in substitutions.items()}
    for start, names, left in sorted(_groups(text), reverse=True):
        # the right side of a LATERAL gets its left side's bindings, and may not bind them again
        # (Oxigraph refuses a VALUES there for a variable of the left side)
        here = [n for n in subs if n in names and n not in left]
        if here:
            block = (f" VALUES ({' '.join('?' + n for n in here)}) "
                     f"{{ ({' '.join(str(subs[n]) for n in here)}) }}")
            text = text[:start] + block + text[start:]
    return text


# --- results ----------------------------------------------------------------------------------

class RemoteTriples(list):
    """A CONSTRUCT/DESCRIBE answer: the triples, with ``serialize`` as pyoxigraph's results have."""

    def serialize(self, output=None, format=RdfFormat.N_TRIPLES):  # noqa: A002 (pyoxigraph's name)
        return serialize(self, output, format)


# --- the store --------------------------------------------------------------------------------

class RemoteStore:
    def __init__(self, query_url: str, update_url: str | None = None, gsp_url: str | None = None, *,
                 oxigraph: bool = False, timeout: float = 300):
        self.query_url, self.update_url, self.gsp_url = query_url, update_url, gsp_url
        self.oxigraph = oxigraph  # its /store takes a whole dataset as N-Quads
        self.timeout = timeout
        self.root = shown(query_url)  # what messages name
        self._local = threading.local()

    @classmethod
    def oxigraph_server(cls, base: str, **kw) -> "RemoteStore":
        base = base.rstrip("/")
        return cls(base + "/query", base + "/update", base + "/store", oxigraph=True, **kw)

    def __bool__(self) -> bool:
        return True  # a store, however many quads it holds (``len`` asks the server)

    def __repr__(self) -> str:
        return f"RemoteStore({self.root!r})"

    # -- HTTP ----------------------------------------------------------------------------------

    def _session(self) -> requests.Session:
        s = getattr(self._local, "session", None)
        if s is None:
            s = self._local.session = requests.Session()
        return s

    def _post(self, url: str | None, what: str, timeout: float | None = None, **kw) -> requests.Response:
        if url is None:
            raise NeedsEmbeddedStore(f"{what} needs an update endpoint: give --store-update URL")
        try:
            r = self._session().post(url, timeout=timeout or self.timeout, **kw)
        except requests.Timeout:
            raise RemoteTimeout(f"{what}: {shown(url)} did not answer within {timeout or self.timeout:g} s") from None
        except requests.RequestException as exc:
            raise RemoteError(f"{what}: {shown(url)} could not be reached: {exc}") from None
        if r.status_code == 400 and what == "query":
            raise SyntaxError(r.text.strip()[:2000])
        if r.status_code >= 300:
            raise RemoteError(f"{what}: {shown(url)} answered {r.status_code}: {r.text.strip()[:500]}")
        return r

    # -- reads ---------------------------------------------------------------------------------

    def query(self, query: str, *, substitutions=None, default_graph=None, named_graphs=None,
              use_default_graph_as_union=True, custom_functions=None, base_iri=None, timeout=None):
        """Like ``Store.query``. The remote engine decides whether its default graph is the
        union (``check_union``); a dataset given here goes as ``default-graph-uri`` /
        ``named-graph-uri``. Custom functions (``ckg:matches``) exist only in-process."""
        if MATCHES_IRI in query or re.search(r"\bckg:matches\s*\(", query):
            raise NeedsEmbeddedStore("ckg:matches (Arabic-aware search) needs the embedded store")
        params = []
        for g in default_graph or []:
            if isinstance(g, DefaultGraph) or g == "":
                raise NeedsEmbeddedStore("naming the store's own default graph needs the embedded store")
            params.append(("default-graph-uri", g.value if isinstance(g, NamedNode) else g))
        for g in named_graphs or []:
            params.append(("named-graph-uri", g.value if isinstance(g, NamedNode) else g))
        # an engine that may not read SPARQL 1.2's LATERAL gets a canned query's SPARQL 1.1 form
        text = bind_values(query if self.oxigraph else portable(query), substitutions)
        if base_iri:
            text = f"BASE <{base_iri}>\n{text}"
        r = self._post(self.query_url, "query", timeout, params=params, data=text.encode("utf-8"), stream=True,
                       headers={"Content-Type": "application/sparql-query; charset=utf-8",
                                "Accept": f"{RESULTS}, application/n-triples;q=0.9"})
        ctype = r.headers.get("Content-Type", "").split(";")[0].strip()
        if ctype in (RESULTS, "application/json"):
            # parsed as read: a reader that stops early (the server's row cap, ``any``) leaves
            # the rest of a big answer unread instead of holding it all in memory
            r.raw.decode_content = True
            return parse_query_results(r.raw, format=QueryResultsFormat.JSON)
        if ctype in ("application/n-triples", "text/plain", "text/turtle"):
            fmt = RdfFormat.TURTLE if ctype == "text/turtle" else RdfFormat.N_TRIPLES
            return RemoteTriples(parse(r.content, format=fmt))
        raise RemoteError(f"query: {self.root} answered {ctype!r}, neither SPARQL JSON results nor N-Triples")

    def contains_named_graph(self, graph: NamedNode) -> bool:
        return bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }", substitutions={Variable("g"): graph}))

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None):  # noqa: A002
        """The quads of the named graphs matching the pattern (``None``: any). The default graph reads as empty: this project writes none,
        and on an engine whose default graph is the union it would repeat every named graph."""
        if isinstance(graph_name, DefaultGraph):
            return
        pattern = (subject, predicate, object, graph_name)
        subs = {Variable(n): t for n, t in zip("spog", pattern) if t is not None}
        for row in self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", substitutions=subs):
            yield Quad(row["s"], row["p"], row["o"], row["g"])

    def named_graphs(self):
        for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield row["g"]

    def __len__(self) -> int:
        res = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(res))["n"].value)

    def check_union(self) -> bool | None:
        """Whether the server's default graph is the union of its named graphs (None: no data
        in named graphs to tell by)."""
        probe = ("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                 "FILTER(STRSTARTS(STR(?g), \"" + GRAPH_NS + "\")) } LIMIT 1")
        rows = list(self.query(probe))
        if not rows:
            return None
        r = rows[0]
        return bool(self.query("ASK { ?s ?p ?o }", substitutions={Variable("s"): r["s"], Variable("p"): r["p"],
                                                                   Variable("o"): r["o"]}))

    # -- writes --------------------------------------------------------------------------------

    def update(self, text: str) -> None:
        self._post(self.update_url, "update", data=text.encode("utf-8"),
                   headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def extend(self, quads) -> None:
        """Write the quads in one request (``graph.build`` batches whole articles into one call)."""
        self._write(list(quads))

    bulk_extend = extend  # the server loads a request as one transaction either way

    def _write(self, quads: list[Quad]) -> None:
        """One request: an N-Quads POST to Oxigraph's dataset; else ``INSERT DATA`` (any engine)."""
        if not quads:
            return
        if self.oxigraph:
            self._post(self.gsp_url, "write", data=serialize(quads, format=RdfFormat.N_QUADS),
                       headers={"Content-Type": "application/n-quads"})
        elif self.gsp_url:
            for g, triples in _by_graph(quads).items():
                self._post(self.gsp_url, "write", params={"graph": g.value}, headers={"Content-Type": "application/n-triples"},
                           data="".join(f"{t} .\n" for t in triples).encode("utf-8"))
        else:
            self.update("INSERT DATA {\n" + _graph_blocks(quads) + "}")

    def remove(self, quad: Quad) -> None:
        self.update("DELETE DATA {\n" + _graph_blocks([quad]) + "}")

    def remove_graph(self, graph: NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")

    def clear_ours(self) -> int:
        """Drop this project's graphs (``GRAPH_NS``), leaving whatever else the server holds."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
                          + GRAPH_NS + "\")) }")
        graphs = [row["g"] for row in rows]
        for i in range(0, len(graphs), 500):
            self.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs[i:i + 500]))
        return len(graphs)

    # -- what StoreDir offers ------------------------------------------------------------------

    def exists(self) -> bool:
        return True  # a server is asked, not looked for: an unreachable one fails the request

    def current(self) -> None:
        return None  # no generations: the server's data may change at any time, so nothing is cached by one

    def open_read(self) -> "RemoteStore":
        return self

    @contextlib.contextmanager
    def writer(self, *, fresh: bool = False, compact: bool = False):
        """Writes go straight to the server (``graph.build`` batches them): no generations, so
        an interrupted build leaves the batches written so far (each article whole)."""
        if fresh:
            self.clear_ours()
        yield self


class RemotePool:
    """The server's query pool (``run(job, timeout, client) -> Result``, graph/sparql.py) over a
    remote store: the remote engine runs the query, ``sparql.execute`` caps and serialises the
    answer as for the embedded store. The time limit is the HTTP read timeout (the engine's
    own limit, e.g. ``oxigraph serve --timeout-s``, stops its work); the remote engine's
    memory is its own affair."""

    def __init__(self, store: RemoteStore):
        self.store = store

    def run(self, job, timeout: float, client: str = ""):
        from types import SimpleNamespace

        from .sparql import Result, execute

        timed = SimpleNamespace(query=lambda text, **kw: self.store.query(text, timeout=timeout, **kw))
        try:
            return execute(timed, job)
        except RemoteTimeout:
            return Result("timeout", message=f"query stopped after the {timeout:g} s time limit")
        except RemoteError as exc:
            return Result("service", message=f"the remote store could not answer: {exc}")
        except NeedsEmbeddedStore as exc:
            return Result("unsupported", message=str(exc))

    def close(self) -> None:
        pass


def _by_graph(quads) -> dict:
    out: dict = {}
    for q in quads:
        out.setdefault(q.graph_name, []).append(f"{q.subject} {q.predicate} {q.object}")
    return out


def _graph_blocks(quads) -> str:
    return "".join(f"GRAPH {g} {{\n" + "".join(f"{t} .\n" for t in triples) + "}\n"
                   for g, triples in _by_graph(quads).items())


def open_store(store: str | None = None, query: str | None = None, update: str | None = None,
               gsp: str | None = None) -> RemoteStore | None:
    """The remote store the options name, or None for the embedded one."""
    if query:
        return RemoteStore(query, update, gsp)
    if is_url(store):
        return RemoteStore.oxigraph_server(store)
    return None
