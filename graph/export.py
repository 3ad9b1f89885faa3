"""Export the store for other graph tools, byte-stable: the same store gives the same bytes.

Turtle and N-Triples carry one graph: the union of all graphs, each statement once (Oxigraph's
union default graph repeats a triple stored in several article graphs). N-Quads, TriG and JSON-LD
keep the named graphs. Statements are sorted — graph by graph (graphs by IRI, then subject,
predicate, object), the union by its N-Triples lines — so an embedded and a remote store with
the same content write the same bytes. Turtle, TriG and JSON-LD declare only the prefixes they
use: each block is written with every known prefix to a temporary file while the prefixes it
used are collected, then the header with those and the blocks follow.

Memory stays near one graph's size for N-Quads, TriG and JSON-LD; the union formats hold the
distinct N-Triples lines (about their output size) to sort them.

JSON-LD is pyoxigraph's expanded JSON-LD with IRIs compacted against an ``@context`` of the
used prefixes (a compact IRI ``ckg:Person`` expands back to the same IRI in every JSON-LD 1.1
processor: each prefix's IRI ends with ``#`` or ``/``), one graph object per line.
"""
from __future__ import annotations

import json
import re
import shutil
import tempfile
from typing import BinaryIO, Callable, Iterable, Iterator

from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store, parse, serialize

from .vocab import PREFIXES

FORMATS = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "nquads": RdfFormat.N_QUADS,
           "trig": RdfFormat.TRIG, "jsonld": RdfFormat.JSON_LD}
UNION = ("turtle", "ntriples")  # formats without named graphs: the union graph, each triple once
CHUNK = 20_000  # union lines per Turtle block (cut where the subject changes)

Progress = Callable[[int], None]


def _key(q: Quad) -> tuple[str, str, str, str]:
    return (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))


def _graphs(store: Store) -> list:
    """The default graph (when it holds anything) and the named graphs, by IRI."""
    default = [DefaultGraph()] if next(iter(store.quads_for_pattern(None, None, None, DefaultGraph())), None) else []
    return default + sorted(store.named_graphs(), key=str)


def _by_graph(store: Store, progress: Progress | None) -> Iterator[list[Quad]]:
    """Each graph's quads, sorted; ``progress`` counts the named graphs (articles)."""
    for g in _graphs(store):
        quads = sorted(store.quads_for_pattern(None, None, None, g), key=_key)
        if quads:
            yield quads
        if progress and not isinstance(g, DefaultGraph):
            progress(1)


def _union_lines(store: Store, progress: Progress | None) -> list[bytes]:
    """The distinct triples of all graphs as sorted N-Triples lines."""
    lines: set[bytes] = set()
    for quads in _by_graph(store, progress):
        triples = [Quad(q.subject, q.predicate, q.object) for q in quads]
        lines.update(serialize(triples, format=RdfFormat.N_TRIPLES).splitlines(keepends=True))
    return sorted(lines)


def _subject_chunks(lines: list[bytes], size: int = CHUNK) -> Iterator[list[bytes]]:
    """Runs of about ``size`` lines that never split one subject's lines."""
    start = 0
    while start < len(lines):
        end = min(start + size, len(lines))
        subject = lines[end - 1].split(b" ", 1)[0]
        while end < len(lines) and lines[end].split(b" ", 1)[0] == subject:
            end += 1
        yield lines[start:end]
        start = end


# a prefixed name as Turtle/TriG write it, outside IRIs <...> and string literals "..."
_TOKENS = re.compile(r'<[^>]*>|"(?:[^"\\]|\\.)*"|(?<![\w.:-])([A-Za-z][\w.-]*)?:')


def _used(body: str) -> set[str]:
    return {m.group(1) or "" for m in _TOKENS.finditer(body) if m.group(0).endswith(":")}


def _prefix_lines(used: set[str]) -> bytes:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()) if p in used).encode()


class _Body:
    """Blocks spooled to a temporary file while the prefixes they use are collected."""

    def __init__(self):
        self.file = tempfile.TemporaryFile()
        self.used: set[str] = set()

    def add(self, text: str) -> None:
        body = "".join(ln for ln in text.splitlines(keepends=True) if not ln.startswith("@prefix"))
        self.used |= _used(body)
        self.file.write(body.encode("utf-8"))

    def write_to(self, out: BinaryIO, head: bytes = b"", tail: bytes = b"") -> None:
        out.write(head)
        self.file.seek(0)
        shutil.copyfileobj(self.file, out)
        out.write(tail)
        self.file.close()


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


def _jsonld_objects(quads: list[Quad], used: set[str]) -> list:
    prefixes = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))  # longest namespace first
    return _compact(json.loads(serialize(quads, format=RdfFormat.JSON_LD)), prefixes, used)


def _jsonld(groups: Iterable[list[Quad]], out: BinaryIO) -> int:
    """``{"@context": the prefixes used, "@graph": [one graph object per line]}``; returns the quads."""
    body, used, n = _Body(), set(), 0
    for quads in groups:
        n += len(quads)
        for obj in _jsonld_objects(quads, used):
            body.file.write(((",\n" if body.file.tell() else "") + json.dumps(obj, ensure_ascii=False)).encode())
    context = json.dumps({p: ns for p, ns in PREFIXES.items() if p in used}, ensure_ascii=False)
    body.write_to(out, f'{{"@context": {context},\n "@graph": [\n'.encode(), b"\n]}\n")
    return n


def render(quads: list[Quad], fmt: str) -> bytes:
    """One group of sorted quads in ``fmt``, as ``export`` writes it (for a single graph over HTTP)."""
    import io

    buf = io.BytesIO()
    if fmt == "jsonld":
        _jsonld([quads], buf)
    elif fmt in ("ntriples", "nquads"):
        buf.write(serialize(quads, format=FORMATS[fmt]))
    else:
        body = _Body()
        body.add(serialize(quads, format=FORMATS[fmt], prefixes=PREFIXES).decode("utf-8"))
        body.write_to(buf, _prefix_lines(body.used))
    return buf.getvalue()


def export(store: Store, out: BinaryIO, *, fmt: str = "turtle", progress: Progress | None = None) -> int:
    """Write the store in ``fmt``; returns the number of statements written."""
    if fmt == "ntriples":
        lines = _union_lines(store, progress)
        out.writelines(lines)
        return len(lines)
    if fmt == "turtle":
        lines, body = _union_lines(store, progress), _Body()
        for chunk in _subject_chunks(lines):
            triples = list(parse(b"".join(chunk), format=RdfFormat.N_TRIPLES))
            body.add(serialize(triples, format=RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8"))
        body.write_to(out, _prefix_lines(body.used))
        return len(lines)
    if fmt == "jsonld":
        return _jsonld(_by_graph(store, progress), out)
    n, body = 0, _Body()
    for quads in _by_graph(store, progress):
        n += len(quads)
        if fmt == "nquads":
            out.write(serialize(quads, format=RdfFormat.N_QUADS))
        else:
            body.add(serialize(quads, format=RdfFormat.TRIG, prefixes=PREFIXES).decode("utf-8"))
    if fmt == "trig":
        body.write_to(out, _prefix_lines(body.used))
    return n


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
