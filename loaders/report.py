"""Documents as the JSON shape of the gold standard (``extract --format json``, ``evaluate``).

Meetings are merged across articles by key; each article lists its own facts.
"""
from __future__ import annotations

from .document import Document


def name_of(doc: Document, key: str | None) -> str | None:
    if key is None:
        return None
    ent = doc.entities.get(key)
    if ent is None:
        return key  # a collective name such as "Global Coalition"
    return ent.name_en or ent.name_ar


def surfaces_of(doc: Document, key: str | None, also: str | None = None) -> list[str]:
    """The Arabic forms of an actor in this article (its entity's surfaces, or the collective
    as written), so a reader can tie a name to its mentions."""
    out = []
    ent = doc.entities.get(key) if key else None
    if ent is not None:
        out = [s for s in ent.surfaces if len(s.split()) <= 6][:11]
        if ent.name_ar and ent.name_ar not in out:
            out.append(ent.name_ar)
    if also and also not in out:
        out.append(also)
    return out


def _ev(fact) -> dict:
    if not fact.evidence:
        return {}
    e = fact.evidence[0]
    return {"evidence": e.text, "start": e.start, "end": e.end, "confidence": e.confidence, "method": e.method}


def _entity(doc: Document, e) -> dict:
    out = {"key": e.key, "name_en": e.name_en, "name_ar": e.name_ar, "type": e.type, "surfaces": e.surfaces,
           "qid": e.qid}
    nominal = list(e.nominal or []) + [t for t in _posts_spoken_as(doc, e) if t not in (e.nominal or [])]
    if nominal:
        out["nominal_mentions"] = nominal
    if e.type == "person":
        out.update(role=e.role, role_en=e.role_en, affiliation=name_of(doc, e.affiliation))
    if e.subtype:
        out["subtype"] = e.subtype
    if e.parent:
        out["parent"] = name_of(doc, e.parent)
    if e.type == "city" and e.country:
        out["country"] = name_of(doc, e.country)
    if all(m.kind == "dateline" for m in doc.mentions if m.entity == e.key):
        out["dateline_only"] = True
    return out


def _posts_spoken_as(doc: Document, e) -> list[str]:
    """The posts a person spoke under without his name (وتابع منسق التحالف الدولي → Allen):
    nominal surfaces of his, as the entity layer's own nominal mentions are."""
    if e.type != "person":
        return []
    out = []
    for c in doc.claims:
        t = (getattr(c, "speaker_as_written", None) or "").strip()
        if c.speaker != e.key or not t or len(t.split()) > 6 or any(s and s in t for s in e.surfaces) \
                or (e.name_ar and e.name_ar in t) or t in out:
            continue
        out.append(t)
    return out


def _meeting(doc: Document, m) -> dict:
    n = lambda k: name_of(doc, k)  # noqa: E731
    return {"key": m.key, "kind": m.kind, "city": n(m.city), "country": n(m.country), "date": m.date,
            "date_precision": m.date_precision, "date_source": m.date_source, "date_note": m.date_note,
            "announced": m.announced, "chairs": [n(c) for c in m.chairs], "hosts": [n(c) for c in m.hosts],
            "participants": [n(c) for c in m.participants], "observers": [n(c) for c in m.observers],
            "member_count": m.member_count, **_ev(m)}


def article_json(doc: Document) -> dict:
    n = lambda k: name_of(doc, k)  # noqa: E731
    meta = doc.article.metadata
    return {
        "article": {"id": doc.id, "source": doc.article.source, "content_hash": doc.article.content_hash,
                    "published": doc.published, "published_precision": doc.published_precision,
                    "published_source": doc.published_source,
                    "outlet": meta.get("outlet"), "url": meta.get("url"), "title": meta.get("title")},
        "entities": [_entity(doc, e) for e in doc.entities.values() if e.surfaces],
        "meetings": [_meeting(doc, m) for m in doc.meetings],
        "pledges": [{"donor": n(p.donor), "donor_ar": surfaces_of(doc, p.donor, getattr(p, "donor_as_written", None)),
                     "announced_by": n(p.announcer), "amount": p.amount,
                     "currency": p.currency, "qualifier": p.qualifier, "status": p.status, "purpose": p.purpose,
                     "recipients": [n(r) for r in p.recipients], "meeting": p.meeting, **_ev(p)}
                    for p in doc.pledges],
        "memberships": [{"state": n(m.state), "state_ar": surfaces_of(doc, m.state, getattr(m, "state_as_written", None)),
                         "event": m.event, "meeting": m.meeting,
                         "member_count_after": m.member_count_after, **_ev(m)} for m in doc.memberships],
        "designations": [{"target": n(d.target), "target_ar": surfaces_of(doc, d.target), "by": n(d.by), "action": d.action, **_ev(d)}
                         for d in doc.designations],
        "claims": [{"speaker": n(c.speaker), "speaker_ar": surfaces_of(doc, c.speaker, getattr(c, "speaker_as_written", None)),
                    "co_speakers": [n(x) for x in c.co_speakers], "verb": c.verb,
                    "type": c.type, "quote": c.quote, "content": c.content, "numbers": c.numbers, "meeting": c.meeting,
                    "context": c.context, **_ev(c)} for c in doc.claims],
        "roles": [{"person": n(r.person), "title": r.title, "role_en": r.role_en, "state": n(r.state), **_ev(r)}
                  for r in doc.roles],
    }


def meetings_json(docs: list[Document]) -> list[dict]:
    """One row per meeting key across the articles; the result does not depend on the order of
    the articles (a day date beats a coarser one, a text date beats a catalogue date on the same
    day, lists are unions, ties go to the smallest article id)."""
    merged: dict[str, dict] = {}
    for doc in sorted(docs, key=lambda d: d.id):
        for m in doc.meetings:
            row = merged.setdefault(m.key, {
                "key": m.key, "kind": m.kind, "city": name_of(doc, m.city), "country": name_of(doc, m.country),
                "date": None, "date_precision": None, "date_source": None, "date_note": None,
                "announced": True, "chairs": [], "observers": [], "member_count": None,
                "articles": [], "evidence": []})
            if doc.id not in row["articles"]:
                row["articles"].append(doc.id)
            row["announced"] = row["announced"] and m.announced
            for field, lst in (("chairs", m.chairs), ("observers", m.observers)):
                for c in lst:
                    if name_of(doc, c) not in row[field]:
                        row[field].append(name_of(doc, c))
            if m.member_count is not None and (row["member_count"] is None or m.member_count > row["member_count"]):
                row["member_count"] = m.member_count
            if row["city"] is None and m.city:
                row["city"], row["country"] = name_of(doc, m.city), name_of(doc, m.country)
            rank = lambda p, s: ({"day": 3, "month": 2, "year": 1}.get(p or "", 0), s == "text")  # noqa: E731
            if m.date and rank(m.date_precision, m.date_source) > rank(row["date_precision"], row["date_source"]):
                row.update(date=m.date, date_precision=m.date_precision, date_source=m.date_source)
            if m.date_note:
                note = f"{doc.id}: {m.date_note}"
                row["date_note"] = f"{row['date_note']}; {note}" if row["date_note"] else note
            for e in m.evidence[:3]:
                row["evidence"].append({"article": doc.id, "text": e.text, "start": e.start, "end": e.end,
                                        "method": e.method})
    for row in merged.values():
        row["articles"].sort()
    return sorted(merged.values(), key=lambda r: (r["date"] or "", r["key"]))


def _same_text(docs: list[Document]) -> dict[str, list[str]]:
    """Articles with the same normalised text under different names: each lists the others."""
    by_hash: dict[str, list[str]] = {}
    for d in docs:
        by_hash.setdefault(d.article.content_hash, []).append(d.id)
    return {i: [j for j in ids if j != i] for ids in by_hash.values() if len(ids) > 1 for i in ids}


def report(docs: list[Document]) -> dict:
    arts = [article_json(d) for d in docs]
    same = _same_text(docs)
    for a in arts:
        if a["article"]["id"] in same:
            a["article"]["same_as"] = same[a["article"]["id"]]
    return {"meetings": meetings_json(docs), "articles": arts}
