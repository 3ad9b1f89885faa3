"""Canned queries: ``queries/*.rq`` files with a grlc-style YAML header in ``#+`` comment lines,
so each file stays valid SPARQL. Parameters are bound with pyoxigraph substitutions, never
spliced into the query text.

Header example::

    #+ title: Meetings timeline
    #+ title_ar: الجدول الزمني للاجتماعات
    #+ description: Every coalition meeting with its city and date.
    #+ params:
    #+   - {name: city, type: string, example: Rome, description: English city name}
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from pyoxigraph import Literal, NamedNode, Variable

from .vocab import XSD_NS

TYPES = {"string", "iri", "entity", "integer", "decimal", "date", "lang_ar", "lang_en"}


class ParamError(ValueError):
    """A parameter the query cannot take; ``candidates`` (IRI, English, Arabic label) for a name
    that is unknown or ambiguous."""

    def __init__(self, message: str, candidates: list | None = None):
        super().__init__(message)
        self.candidates = candidates or []


@dataclass
class Param:
    name: str
    type: str = "string"
    default: object = None
    example: object = None
    description: str = ""
    required: bool = False
    kind: str | None = None  # for ``entity``: actor | meeting | place (graph/names.py KINDS), else any

    def term(self, value: str, names=None):
        """The RDF term for ``value``; an ``entity`` is an IRI, a QID or a name looked up in
        ``names`` (a ``graph.names.NameIndex``)."""
        if self.type == "entity" and names is not None:
            from .names import BadName

            try:
                return NamedNode(names.resolve(value, self.kind))
            except BadName as exc:
                raise ParamError(f"parameter {self.name!r}: {exc}", exc.candidates) from None
        try:
            if self.type in ("iri", "entity"):
                return NamedNode(value)
            if self.type == "integer":
                return Literal(str(int(value)), datatype=NamedNode(XSD_NS + "integer"))
            if self.type == "decimal":
                return Literal(str(float(value)), datatype=NamedNode(XSD_NS + "decimal"))
            if self.type == "date":
                import datetime as dt

                return Literal(dt.date.fromisoformat(value).isoformat(), datatype=NamedNode(XSD_NS + "date"))
            if self.type in ("lang_ar", "lang_en"):
                return Literal(value, language=self.type[-2:])
            return Literal(value)
        except (ValueError, TypeError) as exc:
            raise ParamError(f"parameter {self.name!r}: {value!r} is not a valid {self.type}: {exc}") from None


@dataclass
class CannedQuery:
    name: str
    text: str
    title: str = ""
    title_ar: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)
    path: Path | None = None

    def bind(self, values: dict[str, str], names=None) -> dict:
        """Substitutions for the given values (defaults where missing); unknown parameters are
        errors. ``names`` resolves entity names (without it an entity must be an IRI)."""
        known = {p.name: p for p in self.params}
        unknown = set(values) - set(known)
        if unknown:
            raise ParamError(f"unknown parameter(s) for {self.name}: {', '.join(sorted(unknown))}; "
                             f"known: {', '.join(known) or 'none'}")
        subs = {}
        for p in self.params:
            value = values.get(p.name, p.default)
            if value in (None, ""):
                if p.required:
                    raise ParamError(f"parameter {p.name!r} is required")
                continue
            subs[Variable(p.name)] = p.term(str(value), names)
        return subs

    def examples(self) -> dict[str, str]:
        return {p.name: str(p.example) for p in self.params if p.example is not None}


def parse(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    header = "\n".join(line[3:] if line.startswith("#+ ") else line[2:]
                       for line in text.splitlines() if line.startswith("#+"))
    meta = yaml.safe_load(header) or {} if header.strip() else {}
    params = []
    for p in meta.get("params") or []:
        if p.get("type", "string") not in TYPES:
            raise ValueError(f"{path}: parameter {p.get('name')}: unknown type {p.get('type')}")
        params.append(Param(name=p["name"], type=p.get("type", "string"), default=p.get("default"),
                            example=p.get("example"), description=p.get("description", ""),
                            required=bool(p.get("required", False)), kind=p.get("kind")))
    return CannedQuery(name=path.stem, text=text, title=meta.get("title", path.stem),
                       title_ar=meta.get("title_ar", ""), description=meta.get("description", ""),
                       params=params, path=path)


_PORTABLE = re.compile(r"^#\+ portable: (\S+)$", re.M)


@lru_cache(maxsize=1)
def _portable_forms() -> dict[str, str]:
    """Each canned query's text → the text of the SPARQL 1.1 form its header names."""
    from ..paths import QUERIES

    out = {}
    for q in load_all().values():
        m = _PORTABLE.search(q.text)
        if m:
            out[q.text] = (QUERIES / "portable" / Path(m.group(1)).name).read_text(encoding="utf-8")
    return out


def portable(text: str) -> str:
    """The SPARQL 1.1 form of a canned query whose header names one (``#+ portable: FILE``, for
    a query that needs ``LATERAL``), else ``text`` — decided on the canned text itself, never on
    what a header in someone's own query says: what an engine that is not Oxigraph is sent.

    >>> portable("#+ portable: portable/disagreements.rq  SELECT * { ?s ?p ?o }")[-21:]
    'SELECT * { ?s ?p ?o }'
    >>> portable(load_all()["disagreements"].text).startswith("# The SPARQL 1.1 form")
    True
    """
    return _portable_forms().get(text, text)


def load_all(directory: Path | None = None) -> dict[str, CannedQuery]:
    if directory is None:
        from ..paths import QUERIES

        directory = QUERIES
    return {p.stem: parse(p) for p in sorted(Path(directory).glob("*.rq"))}
