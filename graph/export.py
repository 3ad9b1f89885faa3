"""Export the store for other graph tools, byte-stable: the same store gives the same bytes.

Turtle and N-Triples carry one graph: the union of all graphs, each statement once (Oxigraph's
union default graph repeats a triple stored in several article graphs). N-Quads, TriG and JSON-LD
keep the named graphs. Statements are sorted (graph, subject, predicate, object), and Turtle,
TriG and JSON-LD declare only the prefixes they use: the output is serialised once with every
known prefix, the prefixes it used are read back, and it is serialised again with those only.

JSON-LD is pyoxigraph's expanded JSON-LD with IRIs compacted against an ``@context`` of the
used prefixes (a compact IRI ``ckg:Person`` expands back to the same IRI in every JSON-LD 1.1
processor: each prefix's IRI ends with ``#`` or ``/``).
"""
from __future__ import annotations

import json
import re
from typing import BinaryIO, Callable, Iterable

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, serialize

from .vocab import PREFIXES

FORMATS = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "nquads": RdfFormat.N_QUADS,
           "trig": RdfFormat.TRIG, "jsonld": RdfFormat.JSON_LD}
UNION = ("turtle", "ntriples")  # formats without named graphs: the union graph, each triple once


def _key(q: Quad) -> tuple[str, str, str, str]:
    return (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))


def statements(store: Store, *, union: bool, progress: Callable[[int], None] | None = None) -> list[Quad]:
    """Every quad (or, for ``union``, every distinct triple in the default graph), sorted. Read graph by
    graph so ``progress`` can count articles (named graphs)."""
    out: set[Quad] | list[Quad] = set() if union else []
    graphs = sorted(store.named_graphs(), key=str)
    for g in [DefaultGraph(), *graphs]:
        quads = store.quads_for_pattern(None, None, None, g)
        if union:
            out.update(Quad(q.subject, q.predicate, q.object) for q in quads)  # type: ignore[union-attr]
        else:
            out.extend(quads)  # type: ignore[union-attr]
        if progress and not isinstance(g, DefaultGraph):
            progress(1)
    return sorted(out, key=_key)


# a prefixed name as Turtle/TriG write it, outside IRIs <...> and string literals "..."
_TOKENS = re.compile(r'<[^>]*>|"(?:[^"\\]|\\.)*"|(?<![\w.:-])([A-Za-z][\w.-]*)?:(?=[\w%])')


def _used_prefixes(text: str, candidates: dict[str, str]) -> dict[str, str]:
    body = "\n".join(ln for ln in text.splitlines() if not ln.startswith("@prefix"))
    used = {m.group(1) or "" for m in _TOKENS.finditer(body) if m.group(0).endswith(":")}
    return {p: ns for p, ns in candidates.items() if p in used}


def _compact(node, prefixes: list[tuple[str, str]], used: set[str]):
    """Expanded JSON-LD with IRIs in keys, @id and @type written as compact IRIs where a prefix fits."""
    def iri(value: str) -> str:
        for p, ns in prefixes:
            if value.startswith(ns) and len(value) > len(ns) and not value[len(ns):].startswith("//"):
                used.add(p)
                return f"{p}:{value[len(ns):]}"
        return value

    if isinstance(node, list):
        return [_compact(n, prefixes, used) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for k, v in node.items():
        if k in ("@id", "@type") and isinstance(v, str):
            out[k] = iri(v)
        elif k.startswith("@"):
            out[k] = _compact(v, prefixes, used)
        else:
            out[iri(k)] = _compact(v, prefixes, used)
    return out


def jsonld(quads: Iterable[Quad]) -> bytes:
    """JSON-LD with an ``@context`` of the prefixes used, keys in pyoxigraph's (sorted-input) order."""
    expanded = json.loads(serialize(list(quads), format=RdfFormat.JSON_LD))
    # longest namespace first, so id: never wins over a longer namespace that also fits
    prefixes = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
    used: set[str] = set()
    graph = _compact(expanded, prefixes, used)
    doc = {"@context": {p: ns for p, ns in PREFIXES.items() if p in used}, "@graph": graph}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def render(quads: list[Quad], fmt: str) -> bytes:
    if fmt == "jsonld":
        return jsonld(quads)
    rdf_format = FORMATS[fmt]
    if fmt in ("ntriples", "nquads"):
        return serialize(quads, format=rdf_format)
    full = serialize(quads, format=rdf_format, prefixes=PREFIXES).decode("utf-8")
    return serialize(quads, format=rdf_format, prefixes=_used_prefixes(full, PREFIXES))


def export(store: Store, out: BinaryIO, *, fmt: str = "turtle", progress: Callable[[int], None] | None = None) -> int:
    """Write the store in ``fmt``; returns the number of statements written."""
    quads = statements(store, union=fmt in UNION, progress=progress)
    out.write(render(quads, fmt))
    return len(quads)


# media type -> format: what the HTTP layer (Graph Store Protocol GET) renders the same way
MEDIA_TYPES = {"text/turtle": "turtle", "application/n-triples": "ntriples", "application/ld+json": "jsonld",
               "application/n-quads": "nquads", "application/trig": "trig"}


def render_graph(quads: Iterable[Quad], media_type: str) -> bytes | None:
    """One graph's triples as the CLI export writes them (sorted, used prefixes, JSON-LD context), or
    None for a media type export does not write."""
    fmt = MEDIA_TYPES.get(media_type)
    if fmt is None:
        return None
    return render(sorted((Quad(q.subject, q.predicate, q.object) for q in quads), key=_key), fmt)
