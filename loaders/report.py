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


def _ev(fact) -> dict:
    if not fact.evidence:
        return {}
    e = fact.evidence[0]
    return {"evidence": e.text, "start": e.start, "end": e.end, "confidence": e.confidence, "method": e.method}


def article_json(doc: Document) -> dict:
    n = lambda k: name_of(doc, k)  # noqa: E731
    meta = doc.article.metadata
    return {
        "article": {"id": doc.id, "source": doc.article.source, "content_hash": doc.article.content_hash,
                    "published": doc.published, "published_precision": doc.published_precision,
                    "outlet": meta.get("outlet"), "url": meta.get("url"), "title": meta.get("title")},
        "entities": [{"name_en": e.name_en, "name_ar": e.name_ar, "type": e.type, "surfaces": e.surfaces,
                      "qid": e.qid} for e in doc.entities.values()],
        "pledges": [{"donor": n(p.donor), "announced_by": n(p.announcer), "amount": p.amount,
                     "currency": p.currency, "qualifier": p.qualifier, "status": p.status, "purpose": p.purpose,
                     "recipients": [n(r) for r in p.recipients], "meeting": p.meeting, **_ev(p)}
                    for p in doc.pledges],
        "memberships": [{"state": n(m.state), "event": m.event, "meeting": m.meeting,
                         "member_count_after": m.member_count_after, **_ev(m)} for m in doc.memberships],
        "designations": [{"target": n(d.target), "by": n(d.by), "action": d.action, **_ev(d)}
                         for d in doc.designations],
        "claims": [{"speaker": n(c.speaker), "co_speakers": [n(x) for x in c.co_speakers], "verb": c.verb,
                    "type": c.type, "quote": c.quote, "numbers": c.numbers, "meeting": c.meeting,
                    "context": c.context, **_ev(c)} for c in doc.claims],
        "roles": [{"person": n(r.person), "title": r.title, "role_en": r.role_en, "state": n(r.state), **_ev(r)}
                  for r in doc.roles],
    }


def meetings_json(docs: list[Document]) -> list[dict]:
    merged: dict[str, dict] = {}
    for doc in docs:
        for m in doc.meetings:
            row = merged.setdefault(m.key, {
                "key": m.key, "kind": m.kind, "city": name_of(doc, m.city), "country": name_of(doc, m.country),
                "date": m.date, "date_precision": m.date_precision, "date_source": m.date_source,
                "chairs": [], "member_count": m.member_count, "articles": []})
            if doc.id not in row["articles"]:
                row["articles"].append(doc.id)
            for c in m.chairs:
                if name_of(doc, c) not in row["chairs"]:
                    row["chairs"].append(name_of(doc, c))
            if row["member_count"] is None:
                row["member_count"] = m.member_count
            if row["date_precision"] != "day" and m.date_precision == "day":
                row.update(date=m.date, date_precision="day", date_source=m.date_source)
    return sorted(merged.values(), key=lambda r: (r["date"] or "", r["key"]))


def report(docs: list[Document]) -> dict:
    return {"meetings": meetings_json(docs), "articles": [article_json(d) for d in docs]}
