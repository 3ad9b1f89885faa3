"""One SPARQL query: what to run (``Job``), how it ended (``Result``), and ``execute``, which runs
it and serialises the capped result (``row_cap`` rows or triples, ``byte_cap`` bytes). The
engine that watches queries and stops them is ``graph/engine.py``; ``ckg:matches``, the
Arabic-aware search function, is defined here.

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
from dataclasses import dataclass, field

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


def _never() -> bool:
    return False


def execute(store: Store, job: Job, cancelled=_never, relay=None) -> Result:
    """Run ``job`` on ``store`` (on whatever thread calls it) and serialise the capped result;
    a streamed result stops early once ``cancelled()`` is true (the client has had its answer).
    ``relay`` is the SERVICE relay (``graph/netjail.py``) of the calling thread's namespace."""
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
    if job.services and relay is None:
        return Result("service", message="SERVICE is unavailable on this server (query workers cannot be "
                                         "isolated from the network here: Linux network namespaces need root)")
    if relay is not None:
        relay.endpoints, relay.allow_private = job.services, job.allow_private
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
                if not len(rows) % 512 and cancelled():
                    return Result("error", message="stopped")
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
            if not len(triples) % 512 and cancelled():
                return Result("error", message="stopped")
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
