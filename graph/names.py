"""Entities by name: the labels, surface forms and QIDs of the shared entity graph, normalised
as the loaders normalise (``loaders.normalize.norm``), so a canned-query parameter may be an
IRI, a QID (``Q30``) or any Arabic or English name (``اليابان``, ``japan``, ``روما 2021``).

The index is built from the shared graph only (entities are described once there), so it is
as small as the lexicon however many articles the store holds.

>>> idx = NameIndex.from_rows([
...     ("https://w3id.org/coalition-kg/id/entity/Q17", "http://www.w3.org/2000/01/rdf-schema#label", "Japan", "en"),
...     ("https://w3id.org/coalition-kg/id/entity/Q17", "http://www.w3.org/2000/01/rdf-schema#label", "اليابان", "ar"),
...     ("https://w3id.org/coalition-kg/id/entity/Q17", CKG_NS + "wikidataId", "Q17", None),
...     ("https://w3id.org/coalition-kg/id/entity/Q17", RDF_TYPE, CKG_NS + "State", None)])
>>> idx.resolve("اليابان") == idx.resolve("japan") == idx.resolve("Q17") == "https://w3id.org/coalition-kg/id/entity/Q17"
True
>>> idx.label("https://w3id.org/coalition-kg/id/entity/Q17", "ar")
'اليابان'
"""
from __future__ import annotations

import re
from urllib.parse import unquote
from dataclasses import dataclass, field

from ..loaders.normalize import norm
from .vocab import CKG_NS, ENTITIES_GRAPH, ID_NS, RDFS_NS, SKOS_NS

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
NAME_PROPS = (RDFS_NS + "label", SKOS_NS + "prefLabel", SKOS_NS + "altLabel")
QID = re.compile(r"^Q[1-9][0-9]*$")
KINDS = {  # what a parameter may name (``kind`` in a canned query's header) -> classes
    "actor": {CKG_NS + t for t in ("Actor", "State", "Person", "Organization", "InternationalOrganization",
                                   "Coalition", "TerroristGroup", "ArmedGroup", "NewsAgency", "GovernmentBody",
                                   "Collective")},
    "meeting": {CKG_NS + t for t in ("Meeting", "MinisterialMeeting", "SmallGroupMeeting", "FocusGroupMeeting")},
    "place": {CKG_NS + t for t in ("Place", "City", "Region", "Camp", "State")},
}
# every (entity, property, value, language) of the shared graph the index needs, in one pattern
QUERY = f"""SELECT ?e ?p ?v WHERE {{ GRAPH <{ENTITIES_GRAPH.value}> {{
  VALUES ?p {{ <{NAME_PROPS[0]}> <{NAME_PROPS[1]}> <{NAME_PROPS[2]}> <{CKG_NS}wikidataId> <{RDF_TYPE}> }}
  ?e ?p ?v }} }}"""
_PAREN = re.compile(r"\s*\([^)]*\)\s*$")  # "Rome 2021 (ministerial)" is also "Rome 2021"
_MEETING_AR = re.compile(r"^اجتماع التحالف في (مدينة )?")  # "اجتماع التحالف في روما 2021" is also "روما 2021"


class BadName(ValueError):
    """An unknown or ambiguous name; ``candidates`` are (IRI, English label, Arabic label)."""

    def __init__(self, message: str, candidates: list[tuple[str, str, str]]):
        super().__init__(message)
        self.candidates = candidates


@dataclass
class NameIndex:
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # IRI -> {lang: label}
    names: dict[str, set[str]] = field(default_factory=dict)  # normalised name -> IRIs
    qids: dict[str, set[str]] = field(default_factory=dict)
    types: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows) -> "NameIndex":
        """From (entity IRI, property IRI, value, language or None) tuples."""
        idx = cls()
        for e in {r[0] for r in rows if r[0].startswith(ID_NS)}:  # "rome-2021", "antony_blinken"
            idx.names.setdefault(norm(unquote(e.rsplit("/", 1)[-1])), set()).add(e)
        for e, p, v, lang in rows:
            if p == RDF_TYPE:
                idx.types.setdefault(e, set()).add(v)
            elif p == CKG_NS + "wikidataId":
                idx.qids.setdefault(v, set()).add(e)
            else:
                if p == NAME_PROPS[0] and lang:
                    idx.labels.setdefault(e, {}).setdefault(lang, v)
                for form in {v, _PAREN.sub("", v), _MEETING_AR.sub("", v)}:
                    idx.names.setdefault(norm(form), set()).add(e)
        return idx

    @classmethod
    def from_store(cls, store) -> "NameIndex":
        """From a pyoxigraph ``Store`` read in this process (the server reads through its workers)."""
        return cls.from_rows([(r["e"].value, r["p"].value, r["v"].value, getattr(r["v"], "language", None))
                              for r in store.query(QUERY)])

    def label(self, iri: str, lang: str = "en") -> str | None:
        got = self.labels.get(iri, {})
        return got.get(lang) or next(iter(got.values()), None)

    def fits(self, iri: str, kind: str | None) -> bool:
        return kind is None or kind not in KINDS or bool(self.types.get(iri, set()) & KINDS[kind])

    def resolve(self, value: str, kind: str | None = None) -> str:
        """The IRI ``value`` names; ``BadName`` listing the candidates when none or several do."""
        value = value.strip()
        if value.startswith(("http://", "https://")):
            return value
        if QID.match(value):
            found = self.qids.get(value, set())
        else:
            found = self.names.get(norm(value), set())
        found = sorted(e for e in found if self.fits(e, kind))
        if len(found) == 1:
            return found[0]
        if found:
            raise BadName(f"{value!r} is ambiguous: it names {len(found)} entities", self._cands(found))
        raise BadName(f"no {kind or 'entity'} is named {value!r}", self._cands(self.near(value, kind)))

    def near(self, value: str, kind: str | None = None, limit: int = 10) -> list[str]:
        """Entities one of whose names starts with, or contains a word of, ``value``."""
        q = norm(value)
        if not q:
            return []
        words = set(q.split())
        starts, shares = set(), set()
        for name, iris in self.names.items():
            if name.startswith(q):
                starts |= iris
            elif words & set(name.split()):
                shares |= iris
        ranked = sorted(starts, key=self._sort_key) + sorted(shares - starts, key=self._sort_key)
        return [e for e in ranked if self.fits(e, kind)][:limit]

    def _sort_key(self, iri: str) -> tuple:
        return (self.label(iri) or "", iri)

    def _cands(self, iris: list[str]) -> list[tuple[str, str, str]]:
        return [(e, self.labels.get(e, {}).get("en", ""), self.labels.get(e, {}).get("ar", "")) for e in iris]

    def complete(self, prefix: str, kind: str | None = None, limit: int = 20) -> list[dict]:
        """Names for a form's completion: each entity once, with its labels."""
        return [{"iri": e, "en": en, "ar": ar, "local": e[len(ID_NS):] if e.startswith(ID_NS) else e}
                for e, en, ar in self._cands(self.near(prefix, kind, limit))]
