"""Dates in Arabic text: calendar dates in Egyptian, Levantine and Maghrebi month names,
weekdays, and the publication date from metadata or a dateline.

A date carries its precision (day / month / year); nothing here invents a missing day.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .normalize import fold, fold_with_offsets, norm  # noqa: F401


@dataclass
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str | None:
        if self.year is None:
            return None
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str | None:
        if self.year is None:
            return None
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def _month_table(lex: Lexicon) -> dict[str, int]:
    table = {}
    for row in lex.data.get("months") or []:
        for name in row.get("names") or []:
            table[norm(name)] = int(row["number"])
    return table


def weekday_table(lex: Lexicon) -> dict[str, int]:
    table = {}
    for row in lex.data.get("weekdays") or []:
        for name in row.get("names") or []:
            table[norm(name)] = int(row["number"])
    return table


_cache: dict[int, re.Pattern] = {}


def _pattern(lex: Lexicon) -> tuple[re.Pattern, dict[str, int]]:
    table = _month_table(lex)
    pat = _cache.get(id(lex))
    if pat is None:
        names = sorted(table, key=len, reverse=True)
        month = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + ")" if names else "(?!x)x"
        # day? month [/ or (…) second month name]? year?  — on folded text, so offsets match
        pat = re.compile(
            r"(?:(?P<day>\b\d{1,2}|(?<=\D)\d{1,2})\s*(?:من\s+)?)?"
            r"(?:ب|في|ل)?(?P<month>" + month + r")"
            r"(?:\s*[/(]\s*" + month + r"\s*\)?)?"
            r"(?:\s*(?:من\s+)?(?:عام|العام|سنه|السنه)?\s*(?P<year>(?:19|20)\d{2})\b)?")
        _cache[id(lex)] = pat
    return pat, table


YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def find_dates(text: str, lex: Lexicon, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Calendar dates and bare years in ``text[start:end]``, offsets into ``text``."""
    end = len(text) if end is None else end
    # fold keeps one character per character except removed marks; map offsets back
    src = text[start:end]
    folded, kept = fold_with_offsets(src)
    folded = folded.lower()
    if kept is None:
        kept = range(len(src))
    pat, table = _pattern(lex)
    out, taken = [], []
    for m in pat.finditer(folded):
        mon = table.get(" ".join(m.group("month").split()))
        if mon is None:
            continue
        day = int(m.group("day")) if m.group("day") else None
        if day is not None and not 1 <= day <= 31:
            day = None
        year = int(m.group("year")) if m.group("year") else None
        a, b = start + kept[m.start()], start + kept[m.end() - 1] + 1
        out.append(DateMention(a, b, year, mon, day if year or day else None))
        taken.append((m.start(), m.end()))
    for m in YEAR.finditer(folded):
        if any(a <= m.start() < b for a, b in taken):
            continue
        out.append(DateMention(start + kept[m.start()], start + kept[m.end() - 1] + 1, int(m.group(1))))
    return sorted(out, key=lambda d: d.start)


DATELINE_SPAN = 120
PUBLISHED_CUE = re.compile(r"^\s*(?:نشر|نُشر|تاريخ النشر|نشر بتاريخ|نشر في|تم النشر|بتاريخ)\b")


def publication_date(doc, lex: Lexicon) -> tuple[str | None, str | None]:
    """From metadata (``published``), else a full date in the dateline (``مراكش – 11 ماي
    2022:``), else a line that says it is the publication date (``نشر في 7 شباط 2019``).
    A bare date at the top of a page (``الخميس 23 يناير 2025``) is a render or crawl date in
    site chrome, not used."""
    doc.published_source = None
    meta = doc.article.metadata.get("published")
    if meta:
        value = str(meta)[:10]
        try:
            dt.date.fromisoformat(value)
            doc.published_source = "metadata"
            return value, "day"
        except ValueError:
            pass
    spans = []
    if doc.dateline:
        spans.append(("dateline", doc.dateline))
    elif doc.kept:
        a, b = doc.kept[0]
        spans.append(("dateline", (a, min(b, a + DATELINE_SPAN))))
    for a, b, _reason in doc.dropped[:6]:
        if PUBLISHED_CUE.match(doc.text[a:b]):
            spans.append(("published line", (a, b)))
    for a, b in doc.kept[:3]:
        if PUBLISHED_CUE.match(doc.text[a:b]):
            spans.append(("published line", (a, min(b, a + 60))))
    for source, (a, b) in spans:
        for d in find_dates(doc.text, lex, a, b):
            if d.day and d.year:
                doc.published_source = source
                return d.iso(), "day"
    return None, None


def resolve_weekday(weekday: int, reference: dt.date) -> dt.date:
    """The latest date on or before ``reference`` that falls on ``weekday`` (Monday=0)."""
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)
