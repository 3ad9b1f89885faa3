"""Wikidata links: the reviewed decisions file every build applies, and the online linker.

**Decisions** (``data/links.tsv``, ``$COALITION_KG_LINKS``): one row per decision — local id,
QID or NIL, ``link`` / ``nil`` / ``reject`` / ``review``, label, score, who, when, reason. The RDF
mapping (``graph/rdf.py``) adds the final ``link`` of an entity the lexicon leaves without a QID
(``decided_link_quads``), so a link is reviewed once and a rejected candidate stays rejected.

**Online** (``coalition-kg link --online``, for entities no row covers): the Wikidata Action API
is asked ``wbsearchentities`` (the Arabic label, else the longest surface, then the English
label) and the candidates are checked with ``wbgetentities``: P31 (instance of) must fit the
entity's type (one level of P279 subclass is followed), the Arabic label or an alias must equal
the entity's label or one of its surfaces after Arabic normalisation (``loaders.normalize.norm``),
and for persons P27 (citizenship) — for other entities P17 (country) — must agree with the
entity's ``ckg:country`` when known (a role held for a state only counts in favour: envoys
serve abroad). The best candidate is linked only when its score reaches ``min_score`` and beats
the runner-up by ``margin``; every other entity is left unlinked with the reason.

Links go into the shared entities graph through ``StoreDir.writer()`` (the single writer):
``owl:sameAs wd:Q…``, ``ckg:wikidataId "Q…"``, and the provenance ``ckg:linkedBy``
(``wikidata-search`` or ``review``) and ``ckg:linkScore``. HTTP answers are cached in a small JSON
file so a rerun does not fetch again; 429 and 5xx answers (and the API's ``maxlag`` error) are
retried with exponential backoff that honours ``Retry-After``.
"""
from __future__ import annotations

import email.utils
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from pyoxigraph import Literal, Quad

from .. import __version__
from ..loaders.normalize import norm

from .vocab import CKG, ENTITIES_GRAPH, OWL, WD, XSD, prefixes_sparql

DEFAULT_ENDPOINT = "https://www.wikidata.org/w/api.php"
USER_AGENT = f"coalition-kg/{__version__} (Coalition KG entity linker; https://w3id.org/coalition-kg/)"
LINKED_BY = "wikidata-search"
CACHE_TTL = 30 * 24 * 3600  # a month: labels and P31 of well-known items rarely change
CACHE_NAME = "wikidata-cache.json"

# entity type (CLI name) -> (ckg class, Wikidata classes an instance may have, via P31)
TYPE_CLASSES: dict[str, tuple[str, frozenset[str]]] = {
    "person": ("Person", frozenset({"Q5"})),  # human
    "state": ("State", frozenset({
        "Q6256",     # country
        "Q3624078",  # sovereign state
        "Q7275",     # state
        "Q7270",     # republic
        "Q41614",    # constitutional monarchy
    })),
    "city": ("City", frozenset({
        "Q515",      # city
        "Q486972",   # human settlement
        "Q5119",     # capital city
        "Q1549591",  # big city
        "Q1637706",  # city with millions of inhabitants
        "Q200250",   # metropolis
        "Q3957",     # town
        "Q7930989",  # city/town
    })),
    "organization": ("Organization", frozenset({
        "Q43229",     # organization
        "Q484652",    # international organization
        "Q245065",    # intergovernmental organization
        "Q17127659",  # terrorist organization
        "Q7210356",   # political organization
        "Q1127126",   # military alliance
        "Q176799",    # military unit
        "Q2001305",   # armed forces
        "Q327333",    # government agency
        "Q2659904",   # government organization
        "Q163740",    # nonprofit organization
        "Q4830453",   # business
        "Q192283",    # news agency
    })),
    "region": ("Region", frozenset({
        "Q82794",    # geographic region
        "Q1620908",  # historical region
        "Q56061",    # administrative territorial entity
        "Q2221906",  # geographic location
    })),
    "place": ("Place", frozenset({
        "Q2221906",  # geographic location
        "Q618123",   # geographical feature
        "Q486972",   # human settlement
        "Q622425",   # refugee camp
        "Q82794",    # geographic region
    })),
}
DEFAULT_TYPES = ("person", "organization", "state", "city", "region", "place")

# score = NAME_W * name + TYPE_W * type + COUNTRY_W * country (+ EN_BONUS), capped at 1
NAME_W, TYPE_W, COUNTRY_W, EN_BONUS = 0.5, 0.3, 0.2, 0.1
DEFAULT_MIN_SCORE = 0.75
DEFAULT_MARGIN = 0.15


class WikidataError(Exception):
    pass


# ---------------------------------------------------------------------------- HTTP client

class JsonCache:
    """``{key: {"t": fetched-at, "v": answer}}`` in one JSON file, written atomically."""

    def __init__(self, path: Path | None, ttl: float = CACHE_TTL):
        self.path = Path(path) if path else None
        self.ttl = ttl
        self.data: dict = {}
        self.dirty = False
        if self.path and self.path.exists():
            try:
                self.data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.data = {}  # a damaged cache is only a cache

    def get(self, key: str):
        hit = self.data.get(key)
        if hit is None or time.time() - hit.get("t", 0) > self.ttl:
            return None
        return hit["v"]

    def put(self, key: str, value) -> None:
        self.data[key] = {"t": time.time(), "v": value}
        self.dirty = True

    def save(self) -> None:
        if not (self.path and self.dirty):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        tmp.write_text(json.dumps(self.data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)
        self.dirty = False


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class WikidataClient:
    """The two read actions of the Wikibase Action API, cached, retried, politely identified."""

    def __init__(self, endpoint: str = DEFAULT_ENDPOINT, *, cache: JsonCache | None = None,
                 timeout: float = 20.0, retries: int = 5, backoff: float = 1.0, max_wait: float = 120.0,
                 sleep: Callable[[float], None] = time.sleep, user_agent: str = USER_AGENT):
        self.endpoint = endpoint
        self.cache = cache or JsonCache(None)
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.sleep = sleep
        import requests  # imported here: the CLI builds its parser without it

        self.session = requests.Session()
        self.session.headers.update({"User-Agent": f"{user_agent} python-requests/{requests.__version__}", "Accept": "application/json",
                                     "Accept-Encoding": "gzip"})
        self.fetched = 0   # HTTP requests answered 200 (not from the cache)
        self.retried = 0   # answers that were retried (429, 5xx, maxlag, connection errors)

    def close(self) -> None:
        self.cache.save()
        self.session.close()

    def get(self, params: dict) -> dict:
        params = {**params, "format": "json", "formatversion": "1", "maxlag": "5"}
        key = self.endpoint + "?" + json.dumps(params, sort_keys=True, ensure_ascii=False)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        data = self._fetch(params)
        self.cache.put(key, data)
        return data

    def _fetch(self, params: dict) -> dict:
        import requests

        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            wait = self.backoff * 2 ** attempt
            try:
                resp = self.session.get(self.endpoint, params=params, timeout=self.timeout)
            except (requests.ConnectionError, requests.Timeout) as exc:
                if last:
                    raise WikidataError(f"{self.endpoint}: {type(exc).__name__} after {self.retries} retries") from exc
                self._wait(wait)
                continue
            if resp.status_code == 429 or resp.status_code >= 500:
                if last:
                    raise WikidataError(f"{self.endpoint}: HTTP {resp.status_code} after {self.retries} retries")
                self._wait(_retry_after(resp.headers.get("Retry-After")) or wait)
                continue
            if resp.status_code != 200:
                raise WikidataError(f"{self.endpoint}: HTTP {resp.status_code}: {resp.text[:200]}")
            try:
                data = resp.json()
            except ValueError as exc:
                raise WikidataError(f"{self.endpoint}: not JSON: {resp.text[:200]!r}") from exc
            err = data.get("error") if isinstance(data, dict) else None
            if err:
                if err.get("code") == "maxlag" and not last:  # the API asks bots to come back later
                    self._wait(_retry_after(resp.headers.get("Retry-After")) or wait)
                    continue
                raise WikidataError(f"{self.endpoint}: API error {err.get('code')}: {err.get('info')}")
            self.fetched += 1
            return data
        raise AssertionError("unreachable")

    def _wait(self, seconds: float) -> None:
        self.retried += 1
        self.sleep(min(seconds, self.max_wait))

    def search(self, text: str, language: str = "ar", limit: int = 7) -> list[dict]:
        data = self.get({"action": "wbsearchentities", "search": text, "language": language,
                         "uselang": language, "type": "item", "limit": str(limit)})
        return list(data.get("search") or [])

    def entities(self, ids: Iterable[str], props: str = "labels|aliases|claims|descriptions") -> dict[str, dict]:
        ids = sorted(set(ids))
        out: dict[str, dict] = {}
        for i in range(0, len(ids), 50):  # the API's limit per request
            data = self.get({"action": "wbgetentities", "ids": "|".join(ids[i:i + 50]), "props": props,
                             "languages": "ar|en"})
            for qid, ent in (data.get("entities") or {}).items():
                if "missing" not in ent:
                    out[qid] = ent
        return out


# ---------------------------------------------------------------------------- reading the store

@dataclass
class Unlinked:
    iri: str
    kind: str                      # person, state, ...
    classes: set[str] = field(default_factory=set)
    label_ar: str | None = None
    label_en: str | None = None
    surfaces: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)     # QIDs of its ckg:country: must agree
    affiliations: set[str] = field(default_factory=set)  # QIDs of states it holds a role for: may agree

    @property
    def label(self) -> str:
        return self.label_en or self.label_ar or self.iri.rsplit("/", 1)[-1]


_UNLINKED = """
SELECT ?e ?cls ?p ?o WHERE {
  GRAPH <https://w3id.org/coalition-kg/graph/entities> {
    ?e a ?cls .
    FILTER NOT EXISTS { ?e owl:sameAs ?wd }
    FILTER NOT EXISTS { ?e ckg:wikidataId ?id }
    ?e ?p ?o .
    FILTER(?p IN (rdf:type, rdfs:label, skos:prefLabel, skos:altLabel, ckg:country))
  }
}"""

_ROLE_STATES = """
SELECT DISTINCT ?e ?q WHERE {
  ?r ckg:holder ?e ; ckg:roleOf ?s .
  GRAPH <https://w3id.org/coalition-kg/graph/entities> { ?s ckg:wikidataId ?q }
}"""

_QID_OF = "SELECT ?s ?q WHERE { GRAPH <https://w3id.org/coalition-kg/graph/entities> { ?s ckg:wikidataId ?q } }"


def unlinked_entities(store, kinds: Iterable[str] = DEFAULT_TYPES) -> list[Unlinked]:
    """Entities of the shared graph of the given kinds with neither owl:sameAs nor ckg:wikidataId."""
    wanted = {CKG[TYPE_CLASSES[k][0]].value: k for k in kinds}
    qids = {row["s"].value: row["q"].value for row in store.query(prefixes_sparql() + _QID_OF)}
    found: dict[str, Unlinked] = {}
    rows = store.query(prefixes_sparql() + _UNLINKED)
    per_entity: dict[str, list] = {}
    for row in rows:
        per_entity.setdefault(row["e"].value, []).append((row["cls"].value, row["p"].value, row["o"]))
    for iri, triples in per_entity.items():
        classes = {c for c, _, _ in triples}
        kind = next((wanted[c] for c in classes if c in wanted), None)
        if kind is None:
            continue
        ent = Unlinked(iri, kind, {c.rsplit("#", 1)[-1] for c in classes})
        for _, p, o in triples:
            name = p.rsplit("#", 1)[-1]
            if name in ("label", "prefLabel") and isinstance(o, Literal):
                if o.language == "ar":
                    if name == "prefLabel" or ent.label_ar is None:  # skos:prefLabel wins
                        ent.label_ar = o.value
                    ent.surfaces.add(o.value)
                elif o.language == "en" and (name == "prefLabel" or ent.label_en is None):
                    ent.label_en = o.value
            elif name == "altLabel":
                ent.surfaces.add(o.value)
            elif name == "country" and o.value in qids:
                ent.countries.add(qids[o.value])
        found[iri] = ent
    for row in store.query(prefixes_sparql() + _ROLE_STATES, use_default_graph_as_union=True):
        if row["e"].value in found:
            found[row["e"].value].affiliations.add(row["q"].value)
    return sorted(found.values(), key=lambda e: (DEFAULT_TYPES.index(e.kind) if e.kind in DEFAULT_TYPES else 99,
                                                 e.label))


# ---------------------------------------------------------------------------- matching

def _values(ent: dict, prop: str) -> list[str]:
    """Item ids of the non-deprecated statements for ``prop`` (``claims[P][i].mainsnak.datavalue.value.id``)."""
    out = []
    for st in (ent.get("claims") or {}).get(prop, []):
        if st.get("rank") == "deprecated":
            continue
        snak = st.get("mainsnak") or {}
        value = (snak.get("datavalue") or {}).get("value")
        if isinstance(value, dict):
            qid = value.get("id") or (f"Q{value['numeric-id']}" if "numeric-id" in value else None)
            if qid:
                out.append(qid)
    return out


def _names(ent: dict, lang: str) -> list[str]:
    names = []
    label = (ent.get("labels") or {}).get(lang)
    if label:
        names.append(label["value"])
    names += [a["value"] for a in (ent.get("aliases") or {}).get(lang, [])]
    return names


@dataclass
class Candidate:
    qid: str
    score: float = 0.0
    label: str = ""
    why: str = ""          # what matched, or why it was rejected
    rejected: bool = False


@dataclass
class Decision:
    entity: Unlinked
    qid: str | None
    score: float | None
    reason: str
    candidates: list[Candidate] = field(default_factory=list)
    linked_by: str = LINKED_BY


def _name_score(entity: Unlinked, cand: dict) -> tuple[float, str]:
    ar = {norm(n) for n in _names(cand, "ar")} - {""}
    if entity.label_ar and norm(entity.label_ar) in ar:
        return 1.0, "Arabic label"
    surf = {norm(s) for s in entity.surfaces} - {""}
    hits = surf & ar
    if hits:
        longest = max(hits, key=len)
        return (0.8 if " " in longest else 0.6), f"surface {longest!r}"
    if entity.label_ar:
        mine = set(norm(entity.label_ar).split())
        if any(mine and (mine <= set(n.split()) or set(n.split()) <= mine) and len(n.split()) > 1 for n in ar):
            return 0.4, "partial Arabic name"
    return 0.0, "no Arabic label or alias matches"


def score_candidate(entity: Unlinked, cand: dict, superclasses: dict[str, set[str]]) -> Candidate:
    qid = cand.get("id", "?")
    label = next(iter(_names(cand, "ar") + _names(cand, "en")), qid)
    out = Candidate(qid, label=label)
    name, name_why = _name_score(entity, cand)
    if name == 0.0:
        out.rejected, out.why = True, name_why
        return out
    accepted = TYPE_CLASSES[entity.kind][1]
    p31 = _values(cand, "P31")
    if not p31:
        typ, typ_why = 0.3, "no P31"
    elif accepted & set(p31):
        typ, typ_why = 1.0, f"P31 {sorted(accepted & set(p31))[0]}"
    elif any(accepted & superclasses.get(c, set()) for c in p31):
        typ, typ_why = 0.8, "P31 subclass of an accepted class"
    else:
        out.rejected, out.why = True, f"P31 {','.join(p31[:3])} is no {entity.kind}"
        return out
    prop = "P27" if entity.kind == "person" else "P17"
    theirs = set(_values(cand, prop))
    if entity.countries and theirs:
        if entity.countries & theirs:
            ctry, ctry_why = 1.0, f"{prop} {sorted(entity.countries & theirs)[0]}"
        else:
            out.rejected = True
            out.why = f"{prop} {','.join(sorted(theirs))} ≠ {','.join(sorted(entity.countries))}"
            return out
    elif entity.affiliations & theirs:  # a role for the state: a hint, never a veto (envoys, ministers abroad)
        ctry, ctry_why = 1.0, f"{prop} {sorted(entity.affiliations & theirs)[0]} (role)"
    else:
        ctry, ctry_why = 0.5, f"{prop} not compared"
    score = NAME_W * name + TYPE_W * typ + COUNTRY_W * ctry
    bonus = ""
    if entity.label_en and norm(entity.label_en) in {norm(n) for n in _names(cand, "en")}:
        score += EN_BONUS
        bonus = ", English label"
    out.score = round(min(score, 1.0), 3)
    out.why = f"{name_why}, {typ_why}, {ctry_why}{bonus}"
    return out


def _search_terms(entity: Unlinked) -> list[tuple[str, str]]:
    terms = []
    if entity.label_ar:
        terms.append((entity.label_ar, "ar"))
    elif entity.surfaces:  # surfaces carry proclitics (وقوات ...): search one only when there is no label
        terms.append((max(entity.surfaces, key=lambda s: (len(s.split()), len(s))), "ar"))
    if entity.label_en:
        terms.append((entity.label_en, "en"))
    return terms


def decide(client: WikidataClient, entity: Unlinked, *, min_score: float = DEFAULT_MIN_SCORE,
           margin: float = DEFAULT_MARGIN, search_limit: int = 7, rejected: frozenset[str] = frozenset()) -> Decision:
    """Search, fetch and score the candidates of one entity; pick one or say why not. A candidate
    a reviewer rejected (``rejected``) is never considered again."""
    hits: dict[str, dict] = {}
    for text, lang in _search_terms(entity):
        for hit in client.search(text, lang, search_limit):
            if hit["id"] not in rejected:
                hits.setdefault(hit["id"], hit)
        if hits:  # further terms only when nothing was found yet
            break
    if not hits:
        return Decision(entity, None, None, "no search results" + (" but rejected candidates" if rejected else ""))
    ents = client.entities(hits)
    accepted = TYPE_CLASSES[entity.kind][1]
    unknown = {c for e in ents.values() for c in _values(e, "P31")} - accepted
    superclasses: dict[str, set[str]] = {}
    if unknown:
        for cid, cls in client.entities(unknown, props="claims").items():
            superclasses[cid] = set(_values(cls, "P279"))
    cands = [score_candidate(entity, ents[q], superclasses) for q in hits if q in ents]
    ok = sorted((c for c in cands if not c.rejected), key=lambda c: -c.score)
    if not ok:
        why = "; ".join(f"{c.qid}: {c.why}" for c in cands[:3]) or "candidates missing"
        return Decision(entity, None, None, f"no candidate fits ({why})", cands)
    best = ok[0]
    if best.score < min_score:
        return Decision(entity, None, best.score, f"best {best.qid} scores {best.score:.2f} < {min_score:.2f} "
                        f"({best.why})", cands)
    if len(ok) > 1 and best.score - ok[1].score < margin:
        return Decision(entity, None, best.score, f"ambiguous: {best.qid} {best.score:.2f} vs "
                        f"{ok[1].qid} {ok[1].score:.2f}", cands)
    return Decision(entity, best.qid, best.score, best.why, cands)


# ---------------------------------------------------------------------------- writing

def link_quads(iri: str, qid: str, score: float | None, linked_by: str = LINKED_BY) -> list[Quad]:
    from pyoxigraph import NamedNode

    s, g = NamedNode(iri), ENTITIES_GRAPH
    out = [Quad(s, OWL.sameAs, WD[qid], g),
           Quad(s, CKG.wikidataId, Literal(qid), g),
           Quad(s, CKG.linkedBy, Literal(linked_by), g)]
    if score is not None:
        out.append(Quad(s, CKG.linkScore, Literal(f"{score:.3f}", datatype=XSD.decimal), g))
    return out


def _linked_qids(store) -> dict[str, str]:
    q = prefixes_sparql() + "SELECT ?s ?q WHERE { GRAPH <https://w3id.org/coalition-kg/graph/entities> { ?s ckg:wikidataId ?q } }"
    return {row["q"].value: row["s"].value
            for row in store.query(q)}


def write_links(root, decisions: list[Decision]) -> int:
    """Write the chosen links through the single writer; returns how many were written. An entity
    that got a link meanwhile, or a QID another entity already holds, is left alone."""
    from pyoxigraph import NamedNode

    todo = [d for d in decisions if d.qid]
    if not todo:
        return 0
    n = 0
    with root.writer() as store:
        taken = _linked_qids(store)
        for d in todo:
            s = NamedNode(d.entity.iri)
            if any(True for _ in store.quads_for_pattern(s, OWL.sameAs, None, ENTITIES_GRAPH)):
                d.qid, d.reason = None, "linked meanwhile"
                continue
            if d.qid in taken:
                d.reason = f"{d.qid} already belongs to {taken[d.qid]}"
                d.qid = None
                continue
            store.extend(link_quads(d.entity.iri, d.qid, d.score, d.linked_by))
            taken[d.qid] = d.entity.iri
            n += 1
    return n


# ---------------------------------------------------------------------------- the decisions file

DECISION_COLUMNS = ("id", "qid", "decision", "label", "score", "who", "when", "reason")
LINK, NIL, REJECT, REVIEW = "link", "nil", "reject", "review"
REVIEWED_BY = "review"  # ckg:linkedBy of a link a person decided from evidence (data/links_reviewed.tsv)


@dataclass(frozen=True)
class LinkDecision:
    """One row of ``data/links.tsv``: ``link`` (the entity is the QID), ``nil`` (no Wikidata item
    is to be linked; ``qid`` NIL), ``reject`` (the QID is not this entity, never propose it again)
    or ``review`` (the linker was unsure: a person must decide). Later rows win."""
    id: str            # the entity IRI after /id/, unescaped: person/antony_blinken
    qid: str           # Q… or NIL
    decision: str
    label: str = ""
    score: str = ""
    who: str = ""
    when: str = ""
    reason: str = ""

    @property
    def linked_by(self) -> str:
        return LINKED_BY if self.who == ONLINE_WHO else REVIEWED_BY


ONLINE_WHO = "link --online"


def decisions_path() -> Path:
    """``$COALITION_KG_LINKS`` or the bundled ``data/links.tsv``."""
    from ..paths import DATA

    return Path(os.environ.get("COALITION_KG_LINKS", DATA / "links.tsv"))


def local_id(iri: str) -> str:
    from urllib.parse import unquote

    from .vocab import ID_NS

    return unquote(iri[len(ID_NS):]) if iri.startswith(ID_NS) else iri


class Decisions:
    """The decisions of one file: the final one per entity, and the QIDs rejected for it."""

    def __init__(self, rows: Iterable[LinkDecision]):
        self.rows = list(rows)
        self.final: dict[str, LinkDecision] = {}
        self.rejected: dict[str, set[str]] = {}
        for r in self.rows:
            if r.decision == REJECT:
                self.rejected.setdefault(r.id, set()).add(r.qid)
            else:
                self.final[r.id] = r

    def link(self, local: str) -> LinkDecision | None:
        """The link to apply: the final decision when it is a link no reviewer rejected."""
        d = self.final.get(local)
        if d and d.decision == LINK and d.qid not in self.rejected.get(local, ()):
            return d
        return None

    def links(self) -> list[LinkDecision]:
        return [d for d in (self.link(k) for k in self.final) if d]


def read_decisions(path: Path | None = None) -> Decisions:
    """Rows of the TSV file (a header line, ``#`` comments allowed); a missing file is no decisions."""
    import csv

    path = path or decisions_path()
    if not path.exists():
        return Decisions([])
    with path.open(encoding="utf-8", newline="") as f:
        lines = (ln for ln in f if ln.strip() and not ln.startswith("#"))
        rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    bad = [r for r in rows if r.get("decision") not in (LINK, NIL, REJECT, REVIEW) or not r.get("id")]
    if bad:
        raise ValueError(f"{path}: bad decision row {bad[0]}")
    return Decisions(LinkDecision(**{k: (r.get(k) or "").strip() for k in DECISION_COLUMNS}) for r in rows)


def append_decisions(path: Path, rows: Iterable[LinkDecision]) -> int:
    """Append rows (tabs and newlines in a field become spaces); the header is written first in a new file."""
    rows = list(rows)
    if not rows:
        return 0
    new = not path.exists() or path.stat().st_size == 0
    with path.open("a", encoding="utf-8") as f:
        if new:
            f.write("\t".join(DECISION_COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(" ".join(str(getattr(r, c)).split()) for c in DECISION_COLUMNS) + "\n")
    return len(rows)


_APPLIED: dict[Path, Decisions] = {}


def decided_link_quads(iri: str) -> list[Quad]:
    """The quads of the link the decisions file holds for an entity (none when it holds none): what
    every build applies, so a link is reviewed once and a rejected candidate stays rejected."""
    path = decisions_path()
    if path not in _APPLIED:
        _APPLIED[path] = read_decisions(path)
    d = _APPLIED[path].link(local_id(iri))
    if d is None:
        return []
    return link_quads(iri, d.qid, float(d.score) if d.score else None, d.linked_by)


# ---------------------------------------------------------------------------- the report

_MENTIONS = """
SELECT ?e (COUNT(DISTINCT ?g) AS ?articles) (COUNT(*) AS ?statements) WHERE {
  GRAPH ?g { { ?e ?p ?o } UNION { ?s ?p ?e } }
  FILTER(?g != <https://w3id.org/coalition-kg/graph/entities>)
} GROUP BY ?e"""


@dataclass
class Mentioned:
    entity: Unlinked
    articles: int
    statements: int
    decision: LinkDecision | None


def unlinked_report(store, kinds: Iterable[str], decisions: Decisions) -> list[Mentioned]:
    """Entities without a Wikidata link, most mentioned first, with their decision if any."""
    ents = unlinked_entities(store, kinds)
    wanted = {e.iri for e in ents}
    counts = {r["e"].value: (int(r["articles"].value), int(r["statements"].value))
              for r in store.query(_MENTIONS) if r["e"].value in wanted}
    out = [Mentioned(e, *counts.get(e.iri, (0, 0)), decisions.final.get(local_id(e.iri))) for e in ents]
    return sorted(out, key=lambda m: (-m.articles, -m.statements, m.entity.label))
