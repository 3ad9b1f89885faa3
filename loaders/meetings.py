"""Meetings of the coalition: a meeting word and a coalition mention, a venue city, a date
from the text, the publication date or (recorded as such) the reference catalogue."""
from __future__ import annotations

import datetime as dt
import re

from . import catalogue as cat
from .dates import find_dates, resolve_weekday, weekday_table
from .document import Document
from .facts import Evidence, Meeting
from .lexicon import Lexicon
from .normalize import norm

MEETING_WORDS = re.compile(r"\b(?:ال|و|ب|ل|وال|بال|لل)?(?:اجتماع|اجتماعات|مؤتمر|اجتمع|اجتمعوا|اجتماعه|مؤتمره|قمه|ملتقي)\b")
KIND_WORDS = [("small_group", ("المجموعه المصغره", "مجموعه صغيره")),
              ("focus_group", ("مجموعه التركيز", "المجموعه المركزه")),
              ("ministerial", ("الوزاري", "وزاري", "وزراء الخارجيه", "وزراء خارجيه"))]
VENUE_CUE = re.compile(r"(?:في|ب|بمدينه|بالعاصمه|العاصمه|عقد في|يعقد في|احتضنت|تستضيف|استضافت)\s*$")


def _coalition_keys(doc: Document, lex: Lexicon) -> set[str]:
    return {k for k, e in doc.entities.items() if (lex.info.get(k) or {}).get("subtype") == "coalition"}


def find_meetings(doc: Document, lex: Lexicon) -> Document:
    coalition = _coalition_keys(doc, lex)
    if not coalition:
        return doc
    found: dict[str, Meeting] = {}
    years = {d.year for d in find_dates(doc.text, lex) if d.year}
    for sent in doc.sentences:
        n = norm(sent.text)
        if not MEETING_WORDS.search(n):
            continue
        ments = doc.mentions_in(sent.start, sent.end)
        cities = [m for m in ments if doc.entities[m.entity].type == "city"]
        if not cities:
            continue
        if not any(m.entity in coalition for m in ments) and not found:
            continue
        city = cities[0]
        for c in cities:  # prefer a city introduced as the venue (في روما، بمدينة الكويت)
            if VENUE_CUE.search(norm(doc.text[max(sent.start, c.start - 20):c.start]) + " ") or \
                    norm(doc.text[max(0, c.start - 3):c.start]).endswith(("في", "ب")):
                city = c
                break
        ent = doc.entities[city.entity]
        kind = next((k for k, words in KIND_WORDS if any(w in n for w in words)), "ministerial")
        m = _date_meeting(doc, lex, sent, ent, kind, years)
        if m.key in found:
            found[m.key].evidence.append(_ev(doc, sent, "meeting:word+city", 0.7))
            continue
        m.evidence.append(_ev(doc, sent, "meeting:word+city", 0.8))
        found[m.key] = m
    doc.meetings.extend(found.values())
    return doc


def _ev(doc, sent, method, conf):
    return Evidence(doc.id, sent.start, sent.end, sent.text, sent.index, method, conf)


def _date_meeting(doc: Document, lex: Lexicon, sent, city, kind: str, years: set[int]) -> Meeting:
    city_en = city.name_en or city.name_ar
    date = prec = source = None
    local = [d for d in find_dates(doc.text, lex, sent.start, sent.end) if d.year]
    if doc.published and doc.published_precision == "day":
        pub = dt.date.fromisoformat(doc.published)
        wd = _weekday_in(doc, lex, sent)
        date, prec, source = (resolve_weekday(wd, pub).isoformat(), "day", "text") if wd is not None \
            else (doc.published[:4], "year", "publication")
    elif local and local[0].precision == "day":
        date, prec, source = local[0].iso(), "day", "text"
    row = cat.lookup(city_en, years=years or None, kind=kind)
    if row and (date is None or prec != "day" or row.date[:4] == date[:4]):
        if date is None or prec != "day":
            date, prec, source = row.date, row.date_precision, "catalogue"
    if date is None and years:
        date, prec, source = str(max(y for y in years if y <= dt.date.today().year)), "year", "text"
    slug = re.sub(r"[^a-z0-9]+", "-", (city.name_en or norm(city.name_ar or "")).lower()).strip("-") or "x"
    key = f"{slug}-{date[:4]}" if date else f"{slug}-undated"
    if row:
        key = row.key
    country = city.country
    return Meeting(key=key, kind=kind, city=city.key, country=country, date=date,
                   date_precision=prec, date_source=source)


def _weekday_in(doc, lex, sent):
    table = weekday_table(lex)
    for w in norm(sent.text).split():
        w = w[1:] if w.startswith(("و", "ب")) and w[1:] in table else w
        if w in table:
            return table[w]
    return None
