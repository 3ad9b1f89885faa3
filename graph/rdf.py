"""Documents to RDF quads.

Each entity is described once (types, labels, Wikidata link) in the shared ``ENTITIES_GRAPH``;
each article's facts and their evidence go into the article's own named graph. Fact IRIs are
minted from what the fact is (a pledge from meeting, donor, amount, currency and status), so
the same fact read in two articles is one node with two evidences, whatever the load order.

Speed: ``document_quads`` runs once per article, on the same few hundred terms over and over, so
every vocabulary term, datatype and constant literal is built once (module level), entity and
meeting IRIs are cached per key, the article's key (a hash of its whole text) is computed once
per document, and IRIs whose local part is only hex digits and numbers skip percent-encoding.
Each quad is emitted once (one ``ckg:mentions`` per entity, not per mention; one
``prov:wasDerivedFrom`` per fact, not per evidence).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Iterable

from pyoxigraph import Literal, NamedNode, Quad

from ..loaders.document import Document, Entity
from ..loaders.facts import Evidence
from ..loaders.normalize import norm

from . import vocab
from .vocab import ENTITIES_GRAPH, ID_NS, article_graph, mint
from .wikidata import decided_link_quads

ENTITY_CLASS = {"state": "State", "person": "Person", "organization": "Organization", "city": "City",
                "region": "Region", "place": "Place"}
SUBTYPE_CLASS = {"terrorist_group": "TerroristGroup", "coalition": "Coalition",
                 "international_organization": "InternationalOrganization", "news_agency": "NewsAgency",
                 "government_body": "GovernmentBody", "armed_group": "ArmedGroup", "camp": "Camp",
                 "alliance": "InternationalOrganization"}
MEETING_CLASS = {"ministerial": "MinisterialMeeting", "small_group": "SmallGroupMeeting",
                 "focus_group": "FocusGroupMeeting", "virtual_ministerial": "MinisterialMeeting"}

_CACHE = 1 << 16  # entries per cache (entity keys, surfaces, dates): far more than a lexicon holds


class _Terms:
    """``vocab``'s namespace with each term built once: ``CKG.x`` and ``CKG["x"]`` are the
    NamedNodes ``vocab.CKG`` gives (pyoxigraph terms are immutable, so one can be shared)."""

    def __init__(self, ns):
        self._ns = ns
        self._items: dict[str, NamedNode] = {}

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        node = getattr(self._ns, name)
        setattr(self, name, node)  # found in the instance dict from now on
        return node

    def __getitem__(self, name: str) -> NamedNode:
        node = self._items.get(name)
        if node is None:
            if len(self._items) >= _CACHE:
                self._items.clear()
            node = self._items[name] = self._ns[name]
        return node


CKG, RDF, RDFS, XSD, OWL = (_Terms(ns) for ns in (vocab.CKG, vocab.RDF, vocab.RDFS, vocab.XSD, vocab.OWL))
SKOS, PROV, DCT, NIF, WD = (_Terms(ns) for ns in (vocab.SKOS, vocab.PROV, vocab.DCT, vocab.NIF, vocab.WD))

_TRUE = Literal("true", datatype=XSD.boolean)
_FALSE = Literal("false", datatype=XSD.boolean)
_AR = Literal("ar")
_ID_EVIDENCE = ID_NS + "evidence/"


def article_key(doc: Document) -> str:
    """Articles are identified by the hash of their normalised text (16 hex digits)."""
    return doc.article.content_hash[:16]


@lru_cache(maxsize=_CACHE)
def entity_iri(key: str, etype: str = "entity") -> NamedNode:
    prefix, _, local = key.partition(":")
    if prefix == "wd":
        return mint("entity", local)
    return mint(etype if prefix != "iso" else "state", local)


@lru_cache(maxsize=_CACHE)
def meeting_iri(key: str) -> NamedNode:
    return mint("meeting", key)


@lru_cache(maxsize=_CACHE)
def _collective_iri(key: str) -> NamedNode:
    return mint("collective", key)


def article_iri(doc: Document) -> NamedNode:
    return _article_iri(article_key(doc))


def _article_iri(key: str) -> NamedNode:
    return NamedNode(f"{ID_NS}article/{key}")  # key: hex digits, nothing to percent-encode


def _mint_hex(kind: str, local: str) -> NamedNode:
    """``mint(kind, local)`` for a local made only of hex digits, decimal numbers and ``-``
    (which percent-encoding leaves as they are)."""
    return NamedNode(f"{ID_NS}{kind}/{local}")


def _digest(*parts) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _lit(value, datatype=None, lang=None):
    if lang:
        return Literal(str(value), language=lang)
    if datatype:
        return Literal(str(value), datatype=XSD[datatype])
    return Literal(str(value))


@lru_cache(maxsize=_CACHE)
def _date_lit(date: str | None, precision: str | None):
    if not date:
        return None
    if precision == "day" and len(date) == 10:
        return _lit(date, "date")
    if precision == "month" and len(date) >= 7:
        return _lit(date[:7], "gYearMonth")
    return _lit(date[:4], "gYear")


def portable_source(source: str) -> str:
    """The source as stored: a URL or a path relative to the corpus root, never a local
    absolute path (exports must be the same on every machine)."""
    if source.startswith(("/", "\\")) or (len(source) > 2 and source[1] == ":" and source[2] in "/\\"):
        raise ValueError(f"article source {source!r} is an absolute local path; give it relative to the corpus")
    return source


def publication_quads(art, published: str | None = None, precision: str | None = None) -> list[Quad]:
    """The article's publication for this source (``art``: a ``loaders.article.Article``): where
    this copy of the text was read, with its outlet, URL, date and title. The same text from
    another source adds another publication to the one article (graph/store.py)."""
    akey = art.content_hash[:16]
    source = portable_source(art.source)
    g, a, p = article_graph(akey), _article_iri(akey), _mint_hex("publication", f"{akey}-{_digest(source)}")
    out = [Quad(a, CKG.publication, p, g), Quad(p, RDF.type, CKG.Publication, g), Quad(p, DCT.source, _lit(source), g)]
    for key, prop in (("title", DCT.title), ("url", vocab.SCHEMA.url), ("outlet", CKG.publishedBy)):
        if art.metadata.get(key):
            out.append(Quad(p, prop, _lit(art.metadata[key]), g))
    published = published or _iso_date(art.metadata.get("published"))
    if published:
        precision = precision or {10: "day", 7: "month"}.get(len(published), "year")
        out.append(Quad(p, DCT.issued, _date_lit(published, precision), g))
    return out


def _iso_date(value) -> str | None:
    """A metadata date as ISO text (``2021-06-28``, ``2021-06``, ``2021``), else None."""
    import re

    text = str(value or "")[:10]
    return text if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text) else None


def entity_quads(doc: Document) -> Iterable[Quad]:
    out: list[Quad] = []
    _entity_quads(doc, out)
    return iter(out)


def _entity_quads(doc: Document, out: list[Quad]) -> None:
    for ent in doc.entities.values():
        out += _describe_entity(ent)
    # a collective ("Coalition partners") has no lexicon entry; typing it keeps it from being an
    # untyped node that SHACL targets and HermiT's range checks cannot see as an actor
    for key in sorted(_collectives(doc)):
        out += _collective_quads(key)


@lru_cache(maxsize=_CACHE)
def _collective_quads(key: str) -> tuple[Quad, ...]:
    s, g = _collective_iri(key), ENTITIES_GRAPH
    return (Quad(s, RDF.type, CKG.Collective, g), Quad(s, RDFS.label, _lit(key, lang=_lang_of(key)), g))


def _lang_of(text: str) -> str:
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"


def _collectives(doc: Document) -> set[str]:
    """Actor keys the facts use that are no entity of the document (see ``_actor``)."""
    keys: list[str | None] = []
    for m in doc.meetings:
        keys += [*m.chairs, *m.hosts, *m.participants, *m.observers]
    for p in doc.pledges:
        keys += [p.donor, p.announcer, *p.recipients]
    for m in doc.memberships:
        keys += [m.state, m.coalition]
    for d in doc.designations:
        keys += [d.target, d.by]
    for r in doc.roles:
        keys += [r.person, r.state]
    for c in doc.claims:
        keys += [c.speaker, *c.co_speakers]
    return {k for k in keys if k and k not in doc.entities}


def describe_entity(ent: Entity, g=ENTITIES_GRAPH) -> Iterable[Quad]:
    if g == ENTITIES_GRAPH:
        return iter(_describe_entity(ent))
    return iter(_describe(ent, g))


def _describe_entity(ent: Entity) -> list[Quad]:
    """The entity's quads in the shared graph: most entities are described by many articles,
    so the quads are cached (a Quad is immutable), the fixed part per entity, each
    ``skos:altLabel`` per surface."""
    out = list(_entity_core(ent.key, ent.type, ent.subtype, ent.name_en, ent.name_ar, ent.qid, ent.country,
                            ent.parent))
    for surface in ent.surfaces:
        out.append(_alt_label(ent.key, ent.type, surface))
    return out


@lru_cache(maxsize=_CACHE)
def _entity_core(key, etype, subtype, name_en, name_ar, qid, country, parent) -> tuple[Quad, ...]:
    return tuple(_describe(Entity(key=key, type=etype, subtype=subtype, name_en=name_en, name_ar=name_ar, qid=qid,
                                  country=country, parent=parent), ENTITIES_GRAPH))


@lru_cache(maxsize=_CACHE)
def _alt_label(key: str, etype: str, surface: str) -> Quad:
    return Quad(entity_iri(key, etype), SKOS.altLabel, _lit(surface, lang="ar"), ENTITIES_GRAPH)


def _describe(ent: Entity, g) -> list[Quad]:
    s = entity_iri(ent.key, ent.type)
    out = [Quad(s, RDF.type, CKG[ENTITY_CLASS.get(ent.type, "Actor")], g)]
    add = out.append
    if ent.subtype in SUBTYPE_CLASS:
        add(Quad(s, RDF.type, CKG[SUBTYPE_CLASS[ent.subtype]], g))
    if ent.name_en:
        add(Quad(s, RDFS.label, _lit(ent.name_en, lang="en"), g))
    if ent.name_ar:
        ar = _lit(ent.name_ar, lang="ar")
        add(Quad(s, RDFS.label, ar, g))
        add(Quad(s, SKOS.prefLabel, ar, g))
    for surface in ent.surfaces:
        add(Quad(s, SKOS.altLabel, _lit(surface, lang="ar"), g))
    if ent.qid:
        add(Quad(s, OWL.sameAs, WD[ent.qid], g))
        add(Quad(s, CKG.wikidataId, _lit(ent.qid), g))
    elif g == ENTITIES_GRAPH:  # a link reviewed once in data/links.tsv, applied by every build
        out += decided_link_quads(s.value)
    if ent.country:
        add(Quad(s, CKG.country, entity_iri(ent.country, "state"), g))
    if ent.parent:
        add(Quad(s, CKG.parentOrganization, entity_iri(ent.parent, "organization"), g))
    return out


@lru_cache(maxsize=4096, typed=True)  # typed: a confidence of 1 and of 1.0 print differently
def _reading(method, confidence) -> tuple[str, Literal, Literal]:
    """What an evidence's rule and confidence give: the IRI's digest, the method and confidence literals."""
    c = round(confidence, 3)
    return _digest(method, c)[:8], _lit(method), _lit(c, "decimal")


def _evidence(add, akey: str, a: NamedNode, fact_iri: NamedNode, evidence: list[Evidence], g,
              seen: set) -> None:
    """The fact's evidence nodes (each described once per article: ``seen``)."""
    if not evidence:
        return
    add(Quad(fact_iri, PROV.wasDerivedFrom, a, g))
    for ev in evidence:
        # one node per span *and* reading: two rules (or facts) reading the same sentence would
        # otherwise pile their methods and confidences onto one node, and no one could tell which
        # confidence belongs to which reading
        d8, method, confidence = _reading(ev.method, ev.confidence)
        local = f"{akey}-{ev.start}-{ev.end}-{d8}"
        e = _mint_hex("evidence", local)
        add(Quad(fact_iri, CKG.evidence, e, g))
        mark = (local, ev.text, ev.sentence, ev.method, ev.confidence)  # equal marks: equal quads
        if mark in seen:
            continue
        seen.add(mark)
        add(Quad(e, RDF.type, CKG.Evidence, g))
        add(Quad(e, NIF.referenceContext, a, g))
        add(Quad(e, NIF.beginIndex, _lit(ev.start, "nonNegativeInteger"), g))
        add(Quad(e, NIF.endIndex, _lit(ev.end, "nonNegativeInteger"), g))
        add(Quad(e, NIF.anchorOf, _lit(ev.text, lang="ar"), g))
        add(Quad(e, CKG.sentenceIndex, _lit(ev.sentence, "integer"), g))
        add(Quad(e, CKG.extractionMethod, method, g))
        add(Quad(e, CKG.confidence, confidence, g))


def _actor(doc: Document, key: str | None):
    if key is None:
        return None
    ent = doc.entities.get(key)
    if ent is None:  # a collective name ("Global Coalition", "Coalition ministers")
        return _collective_iri(key)
    return entity_iri(ent.key, ent.type)


def article_quads(doc: Document) -> Iterable[Quad]:
    shared: list[Quad] = []
    own: list[Quad] = []
    _article_quads(doc, shared, own)
    return iter(shared + own)


@lru_cache(maxsize=_CACHE)
def _meeting_shared(key: str, kind: str, label_en: str | None, label_ar: str | None) -> tuple[Quad, ...]:
    s, g = meeting_iri(key), ENTITIES_GRAPH
    out = (Quad(s, RDF.type, CKG[MEETING_CLASS.get(kind, "Meeting")], g),)
    if label_en is not None:
        out += (Quad(s, RDFS.label, _lit(label_en, lang="en"), g), Quad(s, RDFS.label, _lit(label_ar, lang="ar"), g))
    return out


def _article_quads(doc: Document, shared: list[Quad], own: list[Quad]) -> None:
    """The article's quads into ``own``, the meetings' types and labels into ``shared``."""
    akey = article_key(doc)  # hashes the whole text: once per document
    g = article_graph(akey)
    a = _article_iri(akey)
    art = doc.article
    add = own.append
    seen: set = set()
    add(Quad(a, RDF.type, CKG.Article, g))
    add(Quad(a, CKG.articleId, _lit(art.id), g))
    add(Quad(a, CKG.source, _lit(portable_source(art.source)), g))
    add(Quad(a, CKG.contentHash, _lit(art.content_hash), g))
    add(Quad(a, CKG.text, _lit(art.text, lang="ar"), g))
    add(Quad(a, DCT.language, _AR, g))
    for key, prop in (("title", DCT.title), ("url", CKG.sourceUrl), ("outlet", CKG.outletName)):
        if art.metadata.get(key):
            add(Quad(a, prop, _lit(art.metadata[key]), g))
    if art.metadata.get("dateline"):
        add(Quad(a, CKG.dateline, _lit(art.metadata["dateline"], lang="ar"), g))
    if doc.published:
        add(Quad(a, DCT.issued, _date_lit(doc.published, doc.published_precision), g))
    own += publication_quads(art, doc.published, doc.published_precision)
    for ekey in dict.fromkeys(m.entity for m in doc.mentions):  # one quad per entity, not per mention
        ent = doc.entities[ekey]
        add(Quad(a, CKG.mentions, entity_iri(ent.key, ent.type), g))

    main = doc.meetings[0] if doc.meetings and not doc.meetings[0].announced else None
    for m in doc.meetings:
        s = meeting_iri(m.key)
        # the meeting is an entity: its type and label are said once, in the shared graph
        city = doc.entities.get(m.city) if m.city else None
        label_en = label_ar = None
        if city is not None:
            year = f" {m.date[:4]}" if m.date else ""
            label_en = f"{city.name_en or city.name_ar}{year} ({m.kind.replace('_', ' ')})"
            label_ar = f"اجتماع التحالف في {city.name_ar or city.name_en}{year}"
        shared += _meeting_shared(m.key, m.kind, label_en, label_ar)
        if m.city:
            add(Quad(s, CKG.heldIn, _actor(doc, m.city), g))
        if m.country:
            add(Quad(s, CKG.heldInCountry, entity_iri(m.country, "state"), g))
        if m.date:
            add(Quad(s, CKG.date, _date_lit(m.date, m.date_precision), g))
            add(Quad(s, CKG.datePrecision, _lit(m.date_precision), g))
            add(Quad(s, CKG.dateSource, _lit(m.date_source), g))
        for c in m.chairs:
            add(Quad(s, CKG.chair, _actor(doc, c), g))
        for c in m.hosts:
            add(Quad(s, CKG.host, _actor(doc, c), g))
        for c in m.participants:
            add(Quad(s, CKG.participant, _actor(doc, c), g))
        for c in m.observers:
            add(Quad(s, CKG.observer, _actor(doc, c), g))
        if m.member_count:
            add(Quad(s, CKG.memberCount, _lit(m.member_count, "integer"), g))
        if m.announced:
            add(Quad(s, CKG.announced, _TRUE, g))
            # the loaders put the reported meeting first; a follow-up is announced at it
            if main is not None and main is not m:
                add(Quad(s, CKG.announcedAt, meeting_iri(main.key), g))
        add(Quad(s, CKG.reportedIn, a, g))
        _evidence(add, akey, a, s, m.evidence, g, seen)

    for p in doc.pledges:
        s = _mint_hex("pledge", _digest(p.meeting, p.donor, p.amount, p.currency, p.status))
        add(Quad(s, RDF.type, CKG.Pledge, g))
        if p.donor:
            add(Quad(s, CKG.donor, _actor(doc, p.donor), g))
        if p.announcer:
            add(Quad(s, CKG.announcer, _actor(doc, p.announcer), g))
        add(Quad(s, CKG.amount, _lit(p.amount if p.amount % 1 else int(p.amount), "decimal"), g))
        add(Quad(s, CKG.currency, _lit(p.currency), g))
        add(Quad(s, CKG.qualifier, CKG["qualifier_" + p.qualifier], g))
        add(Quad(s, CKG.status, CKG["status_" + p.status], g))
        if p.purpose:
            add(Quad(s, CKG.purpose, _lit(p.purpose, lang="ar"), g))
        for r in p.recipients:
            add(Quad(s, CKG.recipient, _actor(doc, r), g))
        if p.meeting:
            add(Quad(s, CKG.atMeeting, meeting_iri(p.meeting), g))
        _evidence(add, akey, a, s, p.evidence, g, seen)

    for m in doc.memberships:
        s = _mint_hex("membership", _digest(m.state, m.event, m.meeting or m.date))
        add(Quad(s, RDF.type, CKG.Membership, g))
        add(Quad(s, CKG.memberState, _actor(doc, m.state), g))
        add(Quad(s, CKG.membershipEvent, CKG["event_" + m.event], g))
        if m.coalition:
            add(Quad(s, CKG.coalition, _actor(doc, m.coalition), g))
        if m.meeting:
            add(Quad(s, CKG.atMeeting, meeting_iri(m.meeting), g))
        if m.member_count_after:
            add(Quad(s, CKG.memberCountAfter, _lit(m.member_count_after, "integer"), g))
        if m.date:
            add(Quad(s, CKG.date, _date_lit(m.date, "day" if len(m.date) == 10 else "year"), g))
        _evidence(add, akey, a, s, m.evidence, g, seen)

    for d in doc.designations:
        s = _mint_hex("designation", _digest(d.target, d.by, d.action))
        add(Quad(s, RDF.type, CKG.Designation, g))
        add(Quad(s, CKG.target, _actor(doc, d.target), g))
        if d.by:
            add(Quad(s, CKG.designatedBy, _actor(doc, d.by), g))
        add(Quad(s, CKG.action, _lit(d.action), g))
        _evidence(add, akey, a, s, d.evidence, g, seen)

    for r in doc.roles:
        s = _mint_hex("role", _digest(r.person, norm_title(r.title), r.state))
        add(Quad(s, RDF.type, CKG.Role, g))
        add(Quad(s, CKG.holder, _actor(doc, r.person), g))
        add(Quad(s, CKG.title, _lit(r.title, lang="ar"), g))
        if r.role_en:
            add(Quad(s, CKG.title, _lit(r.role_en, lang="en"), g))
        if r.state:
            add(Quad(s, CKG.roleOf, _actor(doc, r.state), g))
        if r.date:
            add(Quad(s, CKG.date, _date_lit(r.date, "day" if len(r.date) == 10 else "year"), g))
        _evidence(add, akey, a, s, r.evidence, g, seen)

    for c in doc.claims:
        ev0 = c.evidence[0] if c.evidence else None
        s = _mint_hex("claim", f"{akey}-{ev0.start if ev0 else _digest(c.verb, c.content)}")
        add(Quad(s, RDF.type, CKG.Claim, g))
        if c.speaker:
            add(Quad(s, CKG.speaker, _actor(doc, c.speaker), g))
        for x in c.co_speakers:
            add(Quad(s, CKG.speaker, _actor(doc, x), g))
        if c.verb:
            add(Quad(s, CKG.speechVerb, _lit(c.verb, lang="ar"), g))
        else:  # a communiqué sentence that states without a speech verb
            add(Quad(s, CKG.isImplicit, _TRUE, g))
        add(Quad(s, CKG.claimType, CKG["claimtype_" + c.type], g))
        add(Quad(s, CKG.isQuote, _TRUE if c.quote else _FALSE, g))
        if c.content:
            add(Quad(s, CKG.content, _lit(c.content, lang="ar"), g))
        for n in c.numbers:
            add(Quad(s, CKG.numberMentioned, _lit(n), g))
        if c.meeting:
            add(Quad(s, CKG.atMeeting, meeting_iri(c.meeting), g))
        if c.context:
            add(Quad(s, CKG.context, _lit(c.context), g))
        _evidence(add, akey, a, s, c.evidence, g, seen)


def norm_title(t: str) -> str:
    return norm(t)


def document_quads(doc: Document) -> tuple[list[Quad], list[Quad]]:
    """(shared entity quads, the article's own quads)."""
    shared: list[Quad] = []
    own: list[Quad] = []
    _entity_quads(doc, shared)
    _article_quads(doc, shared, own)
    return shared, own
