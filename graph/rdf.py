"""Documents to RDF quads.

Each entity is described once (types, labels, Wikidata link) in the shared ``ENTITIES_GRAPH``;
each article's facts and their evidence go into the article's own named graph. Fact IRIs are
minted from what the fact is (a pledge from meeting, donor, amount, currency and status), so
the same fact read in two articles is one node with two evidences, whatever the load order.
"""
from __future__ import annotations

import hashlib
from typing import Iterable

from pyoxigraph import Literal, NamedNode, Quad

from coalition_kg.loaders.document import Document, Entity
from coalition_kg.loaders.facts import Evidence

from .vocab import CKG, DCT, ENTITIES_GRAPH, NIF, OWL, PROV, RDF, RDFS, SKOS, WD, XSD, article_graph, mint

ENTITY_CLASS = {"state": "State", "person": "Person", "organization": "Organization", "city": "City",
                "region": "Region", "place": "Place"}
SUBTYPE_CLASS = {"terrorist_group": "TerroristGroup", "coalition": "Coalition",
                 "international_organization": "InternationalOrganization", "news_agency": "NewsAgency",
                 "government_body": "GovernmentBody", "armed_group": "ArmedGroup", "camp": "Camp",
                 "alliance": "InternationalOrganization"}
MEETING_CLASS = {"ministerial": "MinisterialMeeting", "small_group": "SmallGroupMeeting",
                 "focus_group": "FocusGroupMeeting", "virtual_ministerial": "MinisterialMeeting"}


def article_key(doc: Document) -> str:
    """Articles are identified by the hash of their normalised text (16 hex digits)."""
    return doc.article.content_hash[:16]


def entity_iri(key: str, etype: str = "entity") -> NamedNode:
    prefix, _, local = key.partition(":")
    if prefix == "wd":
        return mint("entity", local)
    return mint(etype if prefix != "iso" else "state", local)


def meeting_iri(key: str) -> NamedNode:
    return mint("meeting", key)


def article_iri(doc: Document) -> NamedNode:
    return mint("article", article_key(doc))


def _digest(*parts) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _lit(value, datatype=None, lang=None):
    if lang:
        return Literal(str(value), language=lang)
    if datatype:
        return Literal(str(value), datatype=XSD[datatype])
    return Literal(str(value))


def _date_lit(date: str | None, precision: str | None):
    if not date:
        return None
    if precision == "day" and len(date) == 10:
        return _lit(date, "date")
    if precision == "month" and len(date) >= 7:
        return _lit(date[:7], "gYearMonth")
    return _lit(date[:4], "gYear")


def entity_quads(doc: Document) -> Iterable[Quad]:
    g = ENTITIES_GRAPH
    for ent in doc.entities.values():
        yield from describe_entity(ent, g)
    # a collective ("Coalition partners") has no lexicon entry; typing it keeps it from being an
    # untyped node that SHACL targets and HermiT's range checks cannot see as an actor
    for key in sorted(_collectives(doc)):
        s = mint("collective", key)
        yield Quad(s, RDF.type, CKG.Collective, g)
        yield Quad(s, RDFS.label, _lit(key, lang=_lang_of(key)), g)


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
    s = entity_iri(ent.key, ent.type)
    yield Quad(s, RDF.type, CKG[ENTITY_CLASS.get(ent.type, "Actor")], g)
    if ent.subtype in SUBTYPE_CLASS:
        yield Quad(s, RDF.type, CKG[SUBTYPE_CLASS[ent.subtype]], g)
    if ent.name_en:
        yield Quad(s, RDFS.label, _lit(ent.name_en, lang="en"), g)
    if ent.name_ar:
        yield Quad(s, RDFS.label, _lit(ent.name_ar, lang="ar"), g)
        yield Quad(s, SKOS.prefLabel, _lit(ent.name_ar, lang="ar"), g)
    for surface in ent.surfaces:
        yield Quad(s, SKOS.altLabel, _lit(surface, lang="ar"), g)
    if ent.qid:
        yield Quad(s, OWL.sameAs, WD[ent.qid], g)
        yield Quad(s, CKG.wikidataId, _lit(ent.qid), g)
    if ent.country:
        yield Quad(s, CKG.country, entity_iri(ent.country, "state"), g)
    if ent.parent:
        yield Quad(s, CKG.parentOrganization, entity_iri(ent.parent, "organization"), g)


def _evidence(doc: Document, fact_iri: NamedNode, ev: Evidence, g) -> Iterable[Quad]:
    # one node per span *and* reading: two rules (or facts) reading the same sentence would
    # otherwise pile their methods and confidences onto one node, and no one could tell which
    # confidence belongs to which reading
    e = mint("evidence", f"{article_key(doc)}-{ev.start}-{ev.end}-{_digest(ev.method, round(ev.confidence, 3))[:8]}")
    yield Quad(fact_iri, PROV.wasDerivedFrom, article_iri(doc), g)
    yield Quad(fact_iri, CKG.evidence, e, g)
    yield Quad(e, RDF.type, CKG.Evidence, g)
    yield Quad(e, NIF.referenceContext, article_iri(doc), g)
    yield Quad(e, NIF.beginIndex, _lit(ev.start, "nonNegativeInteger"), g)
    yield Quad(e, NIF.endIndex, _lit(ev.end, "nonNegativeInteger"), g)
    yield Quad(e, NIF.anchorOf, _lit(ev.text, lang="ar"), g)
    yield Quad(e, CKG.sentenceIndex, _lit(ev.sentence, "integer"), g)
    yield Quad(e, CKG.extractionMethod, _lit(ev.method), g)
    yield Quad(e, CKG.confidence, _lit(round(ev.confidence, 3), "decimal"), g)


def _actor(doc: Document, key: str | None):
    if key is None:
        return None
    ent = doc.entities.get(key)
    if ent is None:  # a collective name ("Global Coalition", "Coalition ministers")
        return mint("collective", key)
    return entity_iri(ent.key, ent.type)


def article_quads(doc: Document) -> Iterable[Quad]:
    g = article_graph(article_key(doc))
    a = article_iri(doc)
    art = doc.article
    yield Quad(a, RDF.type, CKG.Article, g)
    yield Quad(a, CKG.articleId, _lit(art.id), g)
    yield Quad(a, CKG.source, _lit(art.source), g)
    yield Quad(a, CKG.contentHash, _lit(art.content_hash), g)
    yield Quad(a, CKG.text, _lit(art.text, lang="ar"), g)
    yield Quad(a, DCT.language, _lit("ar"), g)
    for key, prop in (("title", DCT.title), ("url", CKG.sourceUrl), ("outlet", CKG.outletName)):
        if art.metadata.get(key):
            yield Quad(a, prop, _lit(art.metadata[key]), g)
    if art.metadata.get("dateline"):
        yield Quad(a, CKG.dateline, _lit(art.metadata["dateline"], lang="ar"), g)
    if doc.published:
        yield Quad(a, DCT.issued, _date_lit(doc.published, doc.published_precision), g)
    for m in doc.mentions:
        ent = doc.entities[m.entity]
        yield Quad(a, CKG.mentions, entity_iri(ent.key, ent.type), g)

    for m in doc.meetings:
        s = meeting_iri(m.key)
        # the meeting is an entity: its type and label are said once, in the shared graph
        yield Quad(s, RDF.type, CKG[MEETING_CLASS.get(m.kind, "Meeting")], ENTITIES_GRAPH)
        city = doc.entities.get(m.city) if m.city else None
        if city is not None:
            year = f" {m.date[:4]}" if m.date else ""
            yield Quad(s, RDFS.label, _lit(f"{city.name_en or city.name_ar}{year} ({m.kind.replace('_', ' ')})", lang="en"), ENTITIES_GRAPH)
            yield Quad(s, RDFS.label, _lit(f"اجتماع التحالف في {city.name_ar or city.name_en}{year}", lang="ar"), ENTITIES_GRAPH)
        if m.city:
            yield Quad(s, CKG.heldIn, _actor(doc, m.city), g)
        if m.country:
            yield Quad(s, CKG.heldInCountry, entity_iri(m.country, "state"), g)
        if m.date:
            yield Quad(s, CKG.date, _date_lit(m.date, m.date_precision), g)
            yield Quad(s, CKG.datePrecision, _lit(m.date_precision), g)
            yield Quad(s, CKG.dateSource, _lit(m.date_source), g)
        for c in m.chairs:
            yield Quad(s, CKG.chair, _actor(doc, c), g)
        for c in m.hosts:
            yield Quad(s, CKG.host, _actor(doc, c), g)
        for c in m.participants:
            yield Quad(s, CKG.participant, _actor(doc, c), g)
        for c in m.observers:
            yield Quad(s, CKG.observer, _actor(doc, c), g)
        if m.member_count:
            yield Quad(s, CKG.memberCount, _lit(m.member_count, "integer"), g)
        if m.announced:
            yield Quad(s, CKG.announced, _lit("true", "boolean"), g)
        yield Quad(s, CKG.reportedIn, a, g)
        for ev in m.evidence:
            yield from _evidence(doc, s, ev, g)

    for p in doc.pledges:
        s = mint("pledge", _digest(p.meeting, p.donor, p.amount, p.currency, p.status))
        yield Quad(s, RDF.type, CKG.Pledge, g)
        if p.donor:
            yield Quad(s, CKG.donor, _actor(doc, p.donor), g)
        if p.announcer:
            yield Quad(s, CKG.announcer, _actor(doc, p.announcer), g)
        yield Quad(s, CKG.amount, _lit(p.amount if p.amount % 1 else int(p.amount), "decimal"), g)
        yield Quad(s, CKG.currency, _lit(p.currency), g)
        yield Quad(s, CKG.qualifier, CKG["qualifier_" + p.qualifier], g)
        yield Quad(s, CKG.status, CKG["status_" + p.status], g)
        if p.purpose:
            yield Quad(s, CKG.purpose, _lit(p.purpose, lang="ar"), g)
        for r in p.recipients:
            yield Quad(s, CKG.recipient, _actor(doc, r), g)
        if p.meeting:
            yield Quad(s, CKG.atMeeting, meeting_iri(p.meeting), g)
        for ev in p.evidence:
            yield from _evidence(doc, s, ev, g)

    for m in doc.memberships:
        s = mint("membership", _digest(m.state, m.event, m.meeting or m.date))
        yield Quad(s, RDF.type, CKG.Membership, g)
        yield Quad(s, CKG.memberState, _actor(doc, m.state), g)
        yield Quad(s, CKG.membershipEvent, CKG["event_" + m.event], g)
        if m.coalition:
            yield Quad(s, CKG.coalition, _actor(doc, m.coalition), g)
        if m.meeting:
            yield Quad(s, CKG.atMeeting, meeting_iri(m.meeting), g)
        if m.member_count_after:
            yield Quad(s, CKG.memberCountAfter, _lit(m.member_count_after, "integer"), g)
        if m.date:
            yield Quad(s, CKG.date, _date_lit(m.date, "day" if len(m.date) == 10 else "year"), g)
        for ev in m.evidence:
            yield from _evidence(doc, s, ev, g)

    for d in doc.designations:
        s = mint("designation", _digest(d.target, d.by, d.action))
        yield Quad(s, RDF.type, CKG.Designation, g)
        yield Quad(s, CKG.target, _actor(doc, d.target), g)
        if d.by:
            yield Quad(s, CKG.designatedBy, _actor(doc, d.by), g)
        yield Quad(s, CKG.action, _lit(d.action), g)
        for ev in d.evidence:
            yield from _evidence(doc, s, ev, g)

    for r in doc.roles:
        s = mint("role", _digest(r.person, norm_title(r.title), r.state))
        yield Quad(s, RDF.type, CKG.Role, g)
        yield Quad(s, CKG.holder, _actor(doc, r.person), g)
        yield Quad(s, CKG.title, _lit(r.title, lang="ar"), g)
        if r.role_en:
            yield Quad(s, CKG.title, _lit(r.role_en, lang="en"), g)
        if r.state:
            yield Quad(s, CKG.roleOf, _actor(doc, r.state), g)
        if r.date:
            yield Quad(s, CKG.date, _date_lit(r.date, "day" if len(r.date) == 10 else "year"), g)
        for ev in r.evidence:
            yield from _evidence(doc, s, ev, g)

    for c in doc.claims:
        ev0 = c.evidence[0] if c.evidence else None
        s = mint("claim", f"{article_key(doc)}-{ev0.start if ev0 else _digest(c.verb, c.content)}")
        yield Quad(s, RDF.type, CKG.Claim, g)
        if c.speaker:
            yield Quad(s, CKG.speaker, _actor(doc, c.speaker), g)
        for x in c.co_speakers:
            yield Quad(s, CKG.speaker, _actor(doc, x), g)
        if c.verb:
            yield Quad(s, CKG.speechVerb, _lit(c.verb, lang="ar"), g)
        else:  # a communiqué sentence that states without a speech verb
            yield Quad(s, CKG.isImplicit, _lit("true", "boolean"), g)
        yield Quad(s, CKG.claimType, CKG["claimtype_" + c.type], g)
        yield Quad(s, CKG.isQuote, _lit("true" if c.quote else "false", "boolean"), g)
        if c.content:
            yield Quad(s, CKG.content, _lit(c.content, lang="ar"), g)
        for n in c.numbers:
            yield Quad(s, CKG.numberMentioned, _lit(n), g)
        if c.meeting:
            yield Quad(s, CKG.atMeeting, meeting_iri(c.meeting), g)
        if c.context:
            yield Quad(s, CKG.context, _lit(c.context), g)
        for ev in c.evidence:
            yield from _evidence(doc, s, ev, g)


def norm_title(t: str) -> str:
    from coalition_kg.loaders.normalize import norm

    return norm(t)


def document_quads(doc: Document) -> tuple[list[Quad], list[Quad]]:
    """(shared entity quads, the article's own quads)."""
    shared, own = list(entity_quads(doc)), []
    for q in article_quads(doc):
        (shared if q.graph_name == ENTITIES_GRAPH else own).append(q)
    return shared, own
