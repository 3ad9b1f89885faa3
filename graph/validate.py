"""``coalition-kg validate``: SHACL (pyshacl) over the built store and HermiT over the
ontology plus the store, with one readable report.

SHACL does the closed-world checks (every pledge has a donor, every fact its evidence); HermiT
the open-world ones (nothing is typed against a disjointness axiom or a property's domain or
range). Either failing makes the exit status 1.
"""
from __future__ import annotations

import io
import time
from collections import defaultdict
from dataclasses import dataclass, field

import rdflib
from rdflib.namespace import RDF, SH

from .ontology import ReasonerResult, check_consistency, ontology_graph, shapes_graph
from .vocab import PREFIXES

MAX_LISTED = 5  # examples shown per kind of violation; the count is always complete


@dataclass
class ShaclResult:
    conforms: bool
    seconds: float
    n_violations: int
    # (shape label or path, message) -> focus nodes/values
    groups: dict[tuple[str, str], list[str]] = field(default_factory=dict)


@dataclass
class ValidationReport:
    n_triples: int
    shacl: ShaclResult
    hermit: ReasonerResult | None

    @property
    def ok(self) -> bool:
        return self.shacl.conforms and (self.hermit is None or self.hermit.consistent)

    def text(self) -> str:
        lines = [f"graph: {self.n_triples} triples"]
        s = self.shacl
        lines.append(f"SHACL ({s.seconds:.1f}s): " + ("conforms" if s.conforms else f"{s.n_violations} violation(s)"))
        for (where, msg), nodes in sorted(s.groups.items()):
            lines.append(f"  - {where}: {msg} [{len(nodes)}]")
            for n in nodes[:MAX_LISTED]:
                lines.append(f"      {n}")
            if len(nodes) > MAX_LISTED:
                lines.append(f"      … and {len(nodes) - MAX_LISTED} more")
        h = self.hermit
        if h is None:
            lines.append("HermiT: skipped")
        else:
            lines.append(f"HermiT ({h.seconds:.1f}s, ontology + graph, {h.n_triples} triples): {h.message}")
        lines.append("OK" if self.ok else "FAILED")
        return "\n".join(lines)


def store_graph(store) -> rdflib.Graph:
    """The union of all named graphs as one rdflib graph, each triple once."""
    from .export import export

    buf = io.BytesIO()
    export(store, buf, fmt="ntriples")
    return rdflib.Graph().parse(data=buf.getvalue(), format="nt")


def _short(term) -> str:
    s = str(term)
    for p, ns in PREFIXES.items():
        if s.startswith(ns) and p not in ("rdf", "xsd"):
            return f"{p}:{s[len(ns):]}"
    return s if len(s) < 120 else s[:117] + "…"


def run_shacl(data: rdflib.Graph) -> ShaclResult:
    import pyshacl

    t0 = time.monotonic()
    # ont_graph mixes the ontology into the data, so sh:targetClass ckg:Meeting also reaches a
    # ckg:MinisterialMeeting through rdfs:subClassOf; no inference is needed beyond that
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                            inference="none", abort_on_first=False, allow_warnings=True)
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    n = 0
    for r in results.subjects(RDF.type, SH.ValidationResult):
        if results.value(r, SH.resultSeverity) != SH.Violation:
            continue
        n += 1
        shape = results.value(r, SH.sourceShape)
        path = results.value(r, SH.resultPath)
        focus = results.value(r, SH.focusNode)
        msg = str(results.value(r, SH.resultMessage) or "")
        value = results.value(r, SH.value)
        where = _short(path) if path is not None else _short(shape)
        types = sorted(_short(t) for t in data.objects(focus, RDF.type))
        node = _short(focus) + (f" ({', '.join(types)})" if types else "")
        if value is not None and value != focus:
            node += f" value={_short(value)!s}"
        groups[(where, msg)].append(node)
    return ShaclResult(bool(conforms), time.monotonic() - t0, n, dict(groups))


def validate_graph(data: rdflib.Graph, *, reasoner: bool = True) -> ValidationReport:
    shacl = run_shacl(data)
    hermit = check_consistency(data) if reasoner else None
    return ValidationReport(len(data), shacl, hermit)


def validate_store(store_dir, *, reasoner: bool = True) -> ValidationReport:
    from .store import StoreDir

    return validate_graph(store_graph(StoreDir(store_dir).open_read()), reasoner=reasoner)
