"""Dates in Arabic text: calendar dates in Egyptian, Levantine and Maghrebi month names,
weekdays, and the publication date from metadata or a dateline.

A date carries its precision (day / month / year); nothing here invents a missing day.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lexicon import Lexicon, compiled
from .normalize import alternation, fold, fold_with_offsets, norm  # noqa: F401


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


def _pattern(lex: Lexicon) -> tuple[re.Pattern, dict[str, int]]:
    """The date regex and month table, built once per lexicon."""
    def build(lex):
        table = _month_table(lex)
        month = alternation(table, space=r"\s+")
        # day? month [/ or (…) second month name]? year?  — on folded text, so offsets match;
        # a month name is a whole word (آب, not the آب inside إرهاب), clitics ب/في/ل allowed
        pat = re.compile(
            r"(?:(?P<day>\b\d{1,2}|(?<=\D)\d{1,2})\s*(?:من\s+)?)?"
            r"(?<![^\W\d_])(?:ب|في|ل)?(?P<month>" + month + r")(?![^\W\d_])"
            r"(?:\s*[/(]\s*" + month + r"\s*\)?)?"
            r"(?:\s*(?:من\s+)?(?:عام|العام|سنه|السنه)?\s*(?P<year>(?:19|20)\d{2})\b)?")
        # the month name alone, to find where a date can be without trying the whole
        # pattern at every character
        anchor = re.compile(r"(?<![^\W\d_])(?:ب|في|ل)?" + month + r"(?![^\W\d_])")
        return pat, table, anchor
    return compiled(lex, "dates_pattern", build)[:2]


def _anchor(lex: Lexicon) -> re.Pattern:
    _pattern(lex)
    return lex.cache["dates_pattern"][2]


def _date_matches(pat: re.Pattern, anchor: re.Pattern, folded: str):
    """``pat.finditer(folded)``, found faster: every match holds a month name, so the
    pattern is tried only from the earliest place a date holding that month can start
    (its day, ``من`` and spaces before it)."""
    last = 0
    for h in anchor.finditer(folded):
        if h.start() < last:
            continue
        j = h.start()
        while j > last and folded[j - 1].isspace():
            j -= 1
        if folded.endswith("من", last, j):
            j -= 2
            while j > last and folded[j - 1].isspace():
                j -= 1
        k = 0
        while j > last and k < 2 and folded[j - 1].isdigit():
            j -= 1
            k += 1
        m = pat.search(folded, j)
        if m is None:
            continue
        last = m.end()
        yield m


YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# the same, without the look-behind that keeps the regex engine from scanning fast; a match
# preceded by a digit is dropped by the caller (no year can start inside such a match)
_YEAR_SCAN = re.compile(r"[12][09]\d\d(?!\d)")


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
    for m in _date_matches(pat, _anchor(lex), folded):
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
    for m in _YEAR_SCAN.finditer(folded):
        if m.group()[:2] not in ("19", "20") or (m.start() and folded[m.start() - 1].isdecimal()):
            continue
        if any(a <= m.start() < b for a, b in taken):
            continue
        out.append(DateMention(start + kept[m.start()], start + kept[m.end() - 1] + 1, int(m.group())))
    return sorted(out, key=lambda d: d.start)


def doc_dates(doc, lex: Lexicon) -> list[DateMention]:
    """Every date of the article, found once and kept on the document (``doc.dates``);
    callers that change a date must copy it."""
    if doc.dates is None:
        doc.dates = find_dates(doc.text, lex)
    return doc.dates


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
