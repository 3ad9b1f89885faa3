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
    calendar: str = "gregorian"       # the calendar written; year/month/day are Gregorian
    written: str | None = None        # a Hijri date as written, ISO-like (1436-09-15)

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
        if row.get("calendar", "gregorian") != "gregorian":
            continue
        for name in row.get("names") or []:
            table[norm(name)] = int(row["number"])
    return table


def _hijri_pattern(lex: Lexicon) -> tuple[re.Pattern, dict[str, int]]:
    """Day? Hijri month, Hijri year (1300-1599), on folded text: only a date with a Hijri year
    is read (صفر and رجب are also words and names)."""
    def build(lex):
        table = {norm(n): int(r["number"]) for r in lex.data.get("months") or []
                 if r.get("calendar") == "hijri" for n in r.get("names") or []}
        month = alternation(table, space=r"\s+")
        return re.compile(r"(?:(?P<day>(?<!\d)\d{1,2})\s*(?:من\s+)?)?(?<![^\W\d_])(?P<month>" + month +
                          r")\s*(?:من\s+)?(?:عام|العام|سنه|السنه)?\s*(?P<year>1[345]\d\d)(?!\d)"
                          r"(?:\s*(?:هـ|ه|للهجره|هجري|هجريه)(?![^\W\d_]))?"), table
    return compiled(lex, "hijri_pattern", build)


def weekday_table(lex: Lexicon) -> dict[str, int]:
    table = {}
    for row in lex.data.get("weekdays") or []:
        for name in row.get("names") or []:
            table[norm(name)] = int(row["number"])
    return table


# a day written as an ordinal (الثالث من كانون الأول, الحادي والعشرين من مايو), on folded text
_ORD = {"اول": 1, "حادي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8,
        "تاسع": 9, "عاشر": 10}
_ORDINAL_DAY = (r"(?<![^\W\d_])(?:ال(?:" + "|".join(_ORD) + r")(?:\s+عشر|\s+والعشرين|\s+والثلاثين)?"
                r"|العشرين|الثلاثين)")


_ORDINAL_BEFORE = re.compile(_ORDINAL_DAY + r"\s*$")


def _ordinal_day(words: str) -> int | None:
    """The day an ordinal in words names.

    >>> _ordinal_day("الحادي والعشرين")
    21
    """
    w = words.split()
    if w[0] in ("العشرين", "الثلاثين"):
        return 20 if w[0] == "العشرين" else 30
    unit = _ORD[w[0][2:]]
    tens = {"عشر": 10, "والعشرين": 20, "والثلاثين": 30}.get(w[1], 0) if len(w) > 1 else 0
    return unit + tens


def _pattern(lex: Lexicon) -> tuple[re.Pattern, dict[str, int]]:
    """The date regex and month table, built once per lexicon."""
    def build(lex):
        table = _month_table(lex)
        month = alternation(table, space=r"\s+")
        # day? month [second month name, bare or after / or in (…)]? year?  — on folded text, so
        # offsets match (the Levantine press writes both names: 20 يوليو تموز 2016);
        # a month name is a whole word (آب, not the آب inside إرهاب), clitics ب/في/ل allowed
        pat = re.compile(
            r"(?:(?P<day>\b\d{1,2}|(?<=\D)\d{1,2})(?:st|nd|rd|th)?,?\s*(?:من\s+)?(?:شهر\s+)?|(?P<oday>" + _ORDINAL_DAY
            + r")\s+من\s+(?:شهر\s+)?)?"
            r"(?<![^\W\d_])(?:ب|في|ل)?(?P<month>" + month + r")(?![^\W\d_])"
            r"(?:\s*[/(]?\s*(?<![^\W\d_])" + month + r"(?![^\W\d_])(?:\s*\))?)?"
            r"(?:\s*[،,]?\s*(?:من\s+)?(?:عام|العام|سنه|السنه)?\s*(?P<year>(?:19|20)\d{2})\b)?")
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
        if j > last and folded[j - 1] == ",":
            j -= 1
        if folded.endswith(("st", "nd", "rd", "th"), last, j) and j - 3 >= last and folded[j - 3].isdigit():
            j -= 2       # an English day: 28th, january 2024
        if folded.endswith("شهر", last, j):       # الثامن من شهر يونيو
            j -= 3
            while j > last and folded[j - 1].isspace():
                j -= 1
        min_ = folded.endswith("من", last, j)
        if min_:
            j -= 2
            while j > last and folded[j - 1].isspace():
                j -= 1
        k = 0
        while j > last and k < 2 and folded[j - 1].isdigit():
            j -= 1
            k += 1
        if k == 0 and min_:      # الثالث من كانون الأول: the ordinal day before من
            o = _ORDINAL_BEFORE.search(folded, max(last, j - 24), j)
            j = o.start() if o else j
        m = pat.search(folded, j)
        if m is None:
            continue
        last = m.end()
        yield m


# the first day of a span before a day date: "19 و", "3 إلى", "3-" (on folded text)
_RANGE_HEAD = re.compile(r"(?<!\d)(\d{1,2})\s*(?:و|-|–|الي|حتي)\s*$")
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
        day = int(m.group("day")) if m.group("day") else _ordinal_day(m.group("oday")) if m.group("oday") else None
        if day is not None and not 1 <= day <= 31:
            day = None
        year = int(m.group("year")) if m.group("year") else None
        at = m.start()
        first = _RANGE_HEAD.search(folded, max(0, at - 12), at) if day is not None else None
        if first is not None and int(first.group(1)) < day:
            # خلال يومي 19 و 20 مارس، من 3 إلى 5 يونيو: a span is dated by its first day
            day, at = int(first.group(1)), first.start(1)
        a, b = start + kept[at], start + kept[m.end() - 1] + 1
        out.append(DateMention(a, b, year, mon, day if year or day else None))
        taken.append((m.start(), m.end()))
    if "14" in folded or "13" in folded:     # a Hijri year of this era holds one of them
        for d, a, b in _hijri_dates(folded, lex):
            d.start, d.end = start + kept[a], start + kept[b - 1] + 1
            out.append(d)
            taken.append((a, b))
    if "/" in folded or "-" in folded or "." in folded:
        for d in _text_numeric(folded):
            taken.append((d.start, d.end))
            d.start, d.end = start + kept[d.start], start + kept[d.end - 1] + 1
            out.append(d)
    for m in _YEAR_SCAN.finditer(folded):
        if m.group()[:2] not in ("19", "20") or (m.start() and folded[m.start() - 1].isdecimal()):
            continue
        if any(a <= m.start() < b for a, b in taken):
            continue
        out.append(DateMention(start + kept[m.start()], start + kept[m.end() - 1] + 1, int(m.group())))
    return sorted(out, key=lambda d: d.start)


def _text_numeric(folded: str) -> list[DateMention]:
    """Day dates in digits in running text (``يوم 13/2/2018``); a page's time stamp
    (``12:27 - 11/06/2025``) is the page's, not an event's."""
    stamps = [m.span() for m in STAMP.finditer(folded)] if ":" in folded else []
    out = []
    for m in _TEXT_NUMERIC.finditer(folded):
        d = numeric_dates(m.group(1))
        if d and not any(a <= m.start() < b for a, b in stamps):
            out.append(DateMention(m.start(), m.end(1), d[0].year, d[0].month, d[0].day))
    return out


# as _NUMERIC, but a full stop may end the sentence right after it (يوم 13/2/2018.)
_TEXT_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})(?![\d/-]|\.\d)")


def _hijri_dates(folded: str, lex: Lexicon):
    """Hijri dates converted to Gregorian with hijridate (a month alone: its first day's
    Gregorian month, precision month)."""
    from hijridate import Hijri

    pat, table = _hijri_pattern(lex)
    for m in pat.finditer(folded):
        mon = table.get(" ".join(m.group("month").split()))
        day, year = (int(m.group("day")) if m.group("day") else None), int(m.group("year"))
        try:
            g = Hijri(year, mon, day or 1).to_gregorian()
        except (ValueError, OverflowError):
            continue
        written = f"{year:04d}-{mon:02d}" + (f"-{day:02d}" if day else "")
        yield (DateMention(0, 0, g.year, g.month, g.day if day else None, "hijri", written),
               m.start(), m.end())


def doc_dates(doc, lex: Lexicon) -> list[DateMention]:
    """Every date of the article, found once and kept on the document (``doc.dates``);
    callers that change a date must copy it."""
    if doc.dates is None:
        doc.dates = find_dates(doc.text, lex)
    return doc.dates


DATELINE_SPAN = 120
PUBLISHED_CUE = re.compile(r"^\s*(?:نشر|نُشر|تاريخ النشر|نشر بتاريخ|نشر في|تم النشر|بتاريخ)\b")


def publication_date(doc, lex: Lexicon) -> tuple[str | None, str | None]:
    """From metadata (``published``), else a date in the page's address (``…/2015/01/22/…``),
    else a full date in the dateline (``مراكش – 11 ماي
    2022:``), else a line that says it is the publication date (``نشر في 7 شباط 2019``).
    else a stamp among the page's header lines (``_header_stamp``). An address with only a year
    and month (``…/2016/05/…``) is refined by the page's day in that month, also by a dateline
    that omits the year (``برلين في 28 مايو``)."""
    doc.published_source = None
    meta = _meta_date(doc.article.metadata.get("published"))
    if meta[0]:
        doc.published_source = "metadata"
        return meta
    in_url = url_date(doc.article.metadata.get("url"))
    if in_url[1] == "day":
        doc.published_source = "url"
        return in_url
    page = _meta_date(m[1]) if (m := PAGE_DATE.match(doc.text)) else (None, None)
    if page[0] and not in_url[0]:
        doc.published_source = "header"
        return page
    day = _page_day(doc, lex, in_url[0] if in_url[1] == "month" else None)
    if day and (not in_url[0] or day[1].startswith(in_url[0])):
        doc.published_source = day[0]
        return day[1], "day"
    if in_url[0]:
        doc.published_source = "url"
    return in_url


def _page_day(doc, lex: Lexicon, month: str | None) -> tuple[str, str] | None:
    """The first day's date (source, ISO) in the dateline, a publication line or a header
    stamp; with ``month`` (``2016-05``, from the address) a day and that month without a year
    counts too."""
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
    for a, b in _header_lines(doc):
        if _header_stamp(doc.text, lex, a, b):
            spans.append(("header", (a, b)))
    for source, (a, b) in spans:
        for d in find_dates(doc.text, lex, a, b) + numeric_dates(doc.text, a, b):
            if d.day and d.year:
                return source, d.iso()
            if month and _in_month(d, month):
                return source, f"{month}-{d.day:02d}"
    return _header_day(doc, lex, month) if month else None


def _in_month(d: DateMention, month: str) -> bool:
    """A day of that month (``2016-05``), its year written or not."""
    return bool(d.day) and d.month == int(month[5:7]) and d.year in (None, int(month[:4]))


def _header_day(doc, lex: Lexicon, month: str) -> tuple[str, str] | None:
    """A short header line's day in the address's month, its year written or not
    (``برلين في 28 مايو / وام``): the month agreeing is what makes it the page's date."""
    for a, b in _header_lines(doc):
        if len(doc.text[a:b].split()) > HEADER_WORDS:
            continue
        for d in find_dates(doc.text, lex, a, b):
            if _in_month(d, month):
                return "header", f"{month}-{d.day:02d}"
    return None


# a stored page's own date field, first on the page (" date 2021-03"): the crawler's metadata
PAGE_DATE = re.compile(r"^\s*date\s+((?:19|20)\d{2}-\d{2}(?:-\d{2})?)(?![\d-])")
CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
HEADER_WORDS = 9      # a date, a clock, a section's name or a byline's few words
HEADER_LINES = 12


def _header_lines(doc) -> list[tuple[int, int]]:
    """The page's lines above its body (dropped as chrome or too short) and its first lines."""
    body = doc.kept[1][0] if len(doc.kept) > 1 else len(doc.text)
    return [(a, b) for a, b, _ in doc.dropped[:HEADER_LINES] if a < body] + doc.kept[:3]


def _header_stamp(text: str, lex: Lexicon, a: int, b: int) -> bool:
    """A byline's or header's date: a numeric date next to a clock time (12:27 - 11/06/2025),
    or a short line that is a day's date with a clock or a section's name at most
    (24 تشرين الأول 2016 | 17:08، ● أخبار سورية ١٣ مايو ٢٠١٦) — but not the page's first line
    showing a weekday and a month's name without a clock (الخميس 23 يناير 2025): a site's
    clock, the day it was crawled (on dev: 4 such lines, none the publication day; 14 other
    bare header dates, all of them)."""
    if STAMP.search(text, a, b):
        return True
    line = text[a:b]
    words = line.split()
    if not words or len(words) > HEADER_WORDS:
        return False
    numeric = numeric_dates(text, a, b)
    if not any(d.day and d.year for d in find_dates(text, lex, a, b) + numeric):
        return False
    site_clock = not text[:a].strip() and norm(words[0]) in weekday_table(lex) and not CLOCK.search(line) \
        and not numeric
    return not site_clock


# what htmldate leaves: a year and month as path segments (…/2016/2/1071414.html) and a compact
# day (…/20210330/…), both common in Arab news addresses
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/")
_URL_COMPACT = re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/")
# htmldate reads an address's date only around a four-digit year; without one, its search of the
# (empty) page costs more than the rest of the date stage and cannot find anything
_URL_YEAR = re.compile(r"(?:19|20)\d{2}")


def url_date(url) -> tuple[str | None, str | None]:
    """The date in a page's address, with its precision: a crawler's metadata when the page is
    stored as text. Year, month and day as htmldate reads them, else a compact day or a year
    and month in the path.

    >>> url_date("https://7al.net/2020/09/06/story"), url_date("https://sarabic.ae/20210330/x")
    (('2020-09-06', 'day'), ('2021-03-30', 'day'))
    >>> url_date("http://elaph.com/Web/News/2016/2/1071414.html"), url_date("https://x.com/article/123456")
    (('2016-02', 'month'), (None, None))
    """
    if not url or not _URL_YEAR.search(str(url)):
        return None, None
    from htmldate import find_date   # imported here: most articles have no address to read

    day = find_date("<html><body></body></html>", url=str(url), extensive_search=False,
                    original_date=True, max_date=dt.date.today().isoformat())
    if day:
        return day, "day"
    m = _URL_COMPACT.search(str(url))
    if m and _valid(int(m[1]), int(m[2]), int(m[3])):
        return f"{m[1]}-{m[2]}-{m[3]}", "day"
    m = _URL_MONTH.search(str(url))
    if m and _valid(int(m[1]), int(m[2]), 1):
        return f"{m[1]}-{int(m[2]):02d}", "month"
    return None, None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        return dt.date(year, month, day) <= dt.date.today()
    except ValueError:
        return False


_META = re.compile(r"^\s*((?:19|20)\d{2})(?:-(\d{2})(?:-(\d{2}))?)?")


def _meta_date(value) -> tuple[str | None, str | None]:
    """A metadata date (ISO, at any precision: 2023-06-08, 2023-06, 2023) with its precision."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10], "day"
    m = _META.match(str(value or ""))
    if not m:      # a sidecar written as the page prints it: 08/06/2023
        days = numeric_dates(str(value or ""))
        return (days[0].iso(), "day") if days else (None, None)
    try:
        dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None, None
    return m.group(0).strip(), "day" if m.group(3) else "month" if m.group(2) else "year"


# numeric dates as bylines print them: 11/06/2025, 11-6-2025, 11.06.2025 (day first, as the Arab
# press writes them), or ISO-like 2025/06/11
_NUMERIC = re.compile(r"(?<![\d/.-])(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})"
                      r"|(?P<y2>(?:19|20)\d{2})[/.-](?P<m2>\d{1,2})[/.-](?P<d2>\d{1,2}))(?![\d/.-])")
STAMP = re.compile(r"\d{1,2}:\d{2}.{0,12}\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.{0,12}\d{1,2}:\d{2}")


def numeric_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Day dates written in digits in ``text[start:end]``.

    A day first, as the Arab press writes it; month first only when it cannot be a day first
    (``11/22/2019``: a site on an American template).

    >>> [d.iso() for d in numeric_dates("العالم | 12:27 - 11/06/2025 • 11/22/2019")]
    ['2025-06-11', '2019-11-22']
    """
    out = []
    for m in _NUMERIC.finditer(text, start, len(text) if end is None else end):
        y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else \
            (m.group("y2"), m.group("m2"), m.group("d2"))
        if m.group("y") and int(mo) > 12 >= int(d):
            mo, d = d, mo
        try:
            dt.date(int(y), int(mo), int(d))
        except ValueError:
            continue
        out.append(DateMention(m.start(), m.end(), int(y), int(mo), int(d)))
    return out


def resolve_weekday(weekday: int, reference: dt.date) -> dt.date:
    """The latest date on or before ``reference`` that falls on ``weekday`` (Monday=0)."""
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)


_BEFORE = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفايت", "الفايته", "السابق")
_AFTER = ("المقبل", "المقبله", "القادم", "القادمه")
_CURRENT = ("الجاري", "الجاريه", "الحالي")
# the words after a month that tell its year from the telling (تموز الماضي، آذار المقبل، الشهر الجاري)
MONTH_MODIFIERS = frozenset(_BEFORE + _AFTER + _CURRENT)


def complete_year(month: int, day: int | None, reference: dt.date, after: str = "",
                  future: bool = False) -> int:
    """The year of a date written without one (``10 حزيران الجاري``, ``في 15 شباط``), from the
    publication date: the modifier after it (الماضي / المقبل / الجاري) decides; without one, a
    sentence about the future takes the next such day, any other the one nearest the reference
    (the press dates events within weeks of publishing).

    >>> complete_year(2, 15, dt.date(2019, 2, 5), future=True)
    2019
    >>> complete_year(12, None, dt.date(2019, 2, 5), "الماضي")
    2018
    >>> complete_year(12, None, dt.date(2019, 2, 5), norm("الفائت"))
    2018
    >>> complete_year(1, 3, dt.date(2014, 12, 20))
    2015
    """
    word = after.split()[0] if after.split() else ""
    y = reference.year
    if word in _CURRENT:
        return y
    key = (month, day or 1)
    ref = (reference.month, reference.day if day else 1)
    if word in _BEFORE:
        return y if key < ref else y - 1
    if word in _AFTER or future:
        return y if key >= ref else y + 1
    candidates = [y - 1, y, y + 1]
    return min(candidates, key=lambda c: abs(_ordinal(c, month, day) - reference.toordinal()))


def _ordinal(year: int, month: int, day: int | None) -> int:
    try:
        return dt.date(year, month, day or 15).toordinal()
    except ValueError:      # 30 February and the like: the month's middle
        return dt.date(year, month, 15).toordinal()


def resolve_weekday_ahead(weekday: int, reference: dt.date) -> dt.date:
    """The earliest date on or after ``reference`` that falls on ``weekday`` (an announced
    meeting: ``من المقرر عقد محادثات الأربعاء``)."""
    return reference + dt.timedelta(days=(weekday - reference.weekday()) % 7)


# The coalition's age told instead of a year (الذكرى العاشرة لتأسيس التحالف، بعد خمس سنوات من
# الانخراط، مرور عشر سنوات على انطلاق الحرب على داعش): counted from its founding year.
COALITION_FOUNDED = 2014
_AGE = re.compile(
    r"الذكري\s+(?P<ord>ال\S+(?:\s+عشره?)?)\s+(?:ل|علي\s+)?(?:تاسيس|انشاء|انطلاق|تشكيل|قيام)"
    r"|(?:بعد|مرور|منذ)\s+(?P<num>\S+)\s+(?:سنوات|اعوام|سنه|عاما)\s+(?:من|علي)\s+(?:ال)?"
    r"(?:انخراط|تاسيس|انشاء|انطلاق|تشكيل|حرب|حمله|عمليات|قتال)")


def coalition_age_year(folded: str) -> int | None:
    """The year a sentence about the coalition or ISIS implies by the coalition's age
    (``بعد خمس سنوات من الانخراط`` → 2019, ``الذكرى العاشرة لتأسيس`` → 2024), else None.

    >>> coalition_age_year(norm("بمناسبة الذكرى العاشرة لتأسيس التحالف"))
    2024
    >>> coalition_age_year(norm("أشاد التحالف بتحرير العراق بعد خمس سنوات من الانخراط العسكري"))
    2019
    """
    from .numbers import find_amounts, ordinal_value

    m = _AGE.search(folded)
    if m is None:
        return None
    if m.group("ord"):
        n = ordinal_value(m.group("ord"))
    else:
        found = find_amounts(m.group("num"))
        n = int(found[0].value) if found and found[0].value == int(found[0].value) else None
    return COALITION_FOUNDED + n if n and 0 < n < 40 else None


# a session of the UN General Assembly (الدورة الثانية والسبعين للجمعية العامة): the Nth opened in
# September of 1945 + N, when coalition meetings are held on its margins
_UNGA = re.compile(r"الدوره\s+(?:رقم\s+)?(?P<n>\d{2}|ال\S+(?:\s+وال\S+)?)\s+(?:ل|من\s+)?(?:اجتماعات\s+|اعمال\s+)?"
                   r"(?:لل|ال)?جمعيه\s+العامه")


def unga_session_year(folded: str) -> int | None:
    """The year of the General Assembly session a text names (``الدورة 72 للجمعية العامة`` →
    2017), else None.

    >>> unga_session_year(norm("على هامش الدورة الثالثة والسبعين للجمعية العامة للأمم المتحدة"))
    2018
    """
    from .numbers import ordinal_value

    m = _UNGA.search(folded)
    if m is None:
        return munich_session_year(folded)
    n = int(m.group("n")) if m.group("n").isdigit() else ordinal_value(m.group("n"))
    return 1945 + n if n and 60 < n < 120 else None


# the Munich Security Conference's edition: its 55th was in February 2019 (defence ministers of the
# coalition have met on its margins)
_MUNICH = re.compile(r"موتمر\s+ميونخ\s+(?:الدولي\s+)?(?:لل|ل)امن\s+(?:في\s+)?(?:ب)?(?:دورته|نسخته)\s+(?P<n>\d{2}|ال\S+(?:\s+وال\S+)?)"
                     r"|(?:الدوره|النسخه)\s+(?P<m>\d{2}|ال\S+(?:\s+وال\S+)?)\s+(?:ل|من\s+)?موتمر\s+ميونخ")


def munich_session_year(folded: str) -> int | None:
    """The year of the Munich Security Conference edition a text names, else None.

    >>> munich_session_year(norm("أعمال مؤتمر ميونخ الدولي للأمن بدورته الخامسة والخمسين"))
    2019
    """
    from .numbers import ordinal_value

    m = _MUNICH.search(folded)
    if m is None:
        return None
    g = m.group("n") or m.group("m")
    n = int(g) if g.isdigit() else ordinal_value(g)
    return 1964 + n if n and 40 < n < 90 else None
