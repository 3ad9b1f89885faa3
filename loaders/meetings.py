"""Meetings of the coalition: which meeting an article reports, where, when (from the text,
the publication date or, recorded as such, the reference catalogue), who chaired it, how many
members, and the other meetings it only mentions (announced, past, or of other bodies).

How a meeting is identified, in order:

1. A **day date** for the reported meeting — written (``يوم الثلاثاء (2 حزيران 2015)``) or a
   weekday resolved against the publication date (``اليوم الخميس``, ``أمس الأربعاء``,
   ``يوم الاثنين``) — picks the catalogue meeting held that day, whatever the text says
   about the place (an article may name the venue only for another meeting, or not at all).
2. Else the **venue city** (``في العاصمة الإيطالية روما``, ``ببروكسل``, ``العاصمة الفرنسية``)
   and kind (ministerial, small group, focus group) pick the catalogue meeting, narrowed by
   the years the text mentions; its date is recorded with ``date_source: catalogue``. When the
   text's weekday disagrees with the catalogue's, the catalogue is trusted and ``date_note``
   says so.
3. Else the meeting is keyed ``<city>-<year>`` with what the text supports.

The first reported coalition meeting comes first in ``doc.meetings`` (the other stages attach
pledges and claims to it); meetings only mentioned are listed after it with ``announced``
(future) or their own kind, never merged into it.

>>> from coalition_kg.loaders.article import Article
>>> from coalition_kg.loaders.pipeline import extract
>>> doc = extract(Article(id="t", source="t", metadata={"published": "2019-02-07"}, text=(
...     "استضافت وزارة الخارجية في واشنطن أمس الأربعاء اجتماعا لوزراء خارجية دول التحالف الدولي ضد داعش.")))
>>> m = doc.meetings[0]
>>> m.key, m.date, m.date_source
('washington-2019', '2019-02-06', 'text')
"""
from __future__ import annotations

import copy
import datetime as dt
import re
from functools import lru_cache

from . import catalogue as cat
from .dates import (MONTH_MODIFIERS, coalition_age_year, complete_year, doc_dates, resolve_weekday, resolve_weekday_ahead,
                    unga_session_year, weekday_table)
from .document import Document, Mention
from .facts import Evidence, Meeting
from .lexicon import Lexicon, compiled
from .normalize import norm, norm_token, stems, tokens
from .stages import stage

MEETING_NOUNS = {norm_token(w) for w in (
    "اجتماع", "الاجتماع", "اجتماعا", "اجتماعاً", "اجتماعات", "الاجتماعات", "مؤتمر", "المؤتمر", "مؤتمرا",
    "قمة", "القمة", "ملتقى", "الملتقى", "لقاء", "اللقاء", "لقاءا", "اجتماعه", "اجتماعها", "اجتماعهم", "اجتماعاتهم", "اجتماعاتها", "انعقاد", "انعقاده",
    "انعقادها", "أشغال", "اعمال", "أعمال", "جلسة", "الجلسة", "حدث", "محادثات", "مباحثات")}
MEETING_VERBS = {norm_token(w) for w in (
    "اجتمع", "اجتمعوا", "اجتمعت", "يجتمع", "يجتمعون", "تجتمع", "عقد", "عقدت", "يعقد", "تعقد", "سيعقد", "ستعقد",
    "عقدوا", "يعقدون", "سيعقدون", "سيجتمعون", "ستجتمع",
    "انعقد", "ينعقد", "التقى", "التقوا", "احتضنت", "احتضن", "تحتضن", "يحتضن", "استضافت", "استضاف", "تستضيف",
    "يستضيف", "ستستضيف", "شهدت", "انطلقت", "انطلق", "اختتمت", "اختتم", "ترأس", "ترأست", "ترأسه",
    # the imperfect and future of the same (تشهد الرياض الخميس التئام الاجتماع: the coming Thursday)
    "تشهد", "يشهد", "ستشهد", "سيشهد", "تنطلق", "ينطلق", "ستنطلق", "سينطلق", "تختتم", "يختتم", "تنعقد",
    "ستحتضن", "سيحتضن",
    # convene (التأم الاجتماع، يلتئم الوزراء)
    "التأم", "التأمت", "يلتئم", "تلتئم", "سيلتئم", "ستلتئم")}
KIND_WORDS = [
    # defence and foreign ministers together: the plenary (وزراء دفاع وخارجية التحالف في واشنطن)
    ("ministerial", ("وزراء دفاع وخارجيه", "وزراء الدفاع والخارجيه", "وزراء الخارجيه والدفاع", "وزراء خارجيه ودفاع")),
    ("focus_group", ("مجموعه التركيز", "المجموعه المركزه")),
    # a meeting held online has no city: the catalogue's virtual meeting of that year, if one
    ("virtual_ministerial", ("اجتماع افتراضي", "اجتماعا افتراضيا", "الاجتماع الافتراضي", "اجتماع عن بعد",
                             "اجتماعا عن بعد", "الاجتماع عن بعد", "اجتماع عبر الفيديو", "اجتماعا عبر الفيديو")),
    # defence ministers (or chiefs of defence) of the coalition: the catalogue's defence ministerials,
    # never the foreign ministers' plenary held the same day elsewhere (Rome and Kuwait, 13 Feb 2018)
    ("defense_ministerial", ("وزراء الدفاع", "وزراء دفاع", "وزير دفاع")),
    # the military chiefs (chiefs of defence, senior defence officials, the military commanders of
    # the member states as those who meet: not "ministers and military commanders" in a plenary),
    # not their ministers
    ("chiefs_of_defence", ("روساء اركان", "روساء الاركان", "قاده الجيوش", "قاده جيوش", "كبار مسيولي الدفاع",
                           "كبار مسوولي الدفاع", "القاده العسكريون", "اجتماع القاده العسكريين",
                           "اجتماعا للقاده العسكريين", "اجتماع للقاده العسكريين")),
    ("small_group", ("المجموعه المصغره", "المجموعه الصغيره", "مجموعه صغيره", "اجتماعا مصغرا", "اجتماع مصغر",
                     "الاجتماع المصغر", "الوزاري المصغر", "وزاري مصغر", "وزاريا مصغرا", "المديرين السياسيين", "المديرون السياسيون", "القاده السياسيين",
                     "المدراء السياسيين", "المدراء السياسيون", "كبار الممثلين", "كبار الدبلوماسيين")),
    ("ministerial", ("الوزاري", "وزاري", "وزاريا", "وزراء الخارجيه", "وزراء خارجيه", "لوزراء خارجيه",
                     "لوزراء الخارجيه")),
]
# a meeting of one of the coalition's working groups (finance, foreign fighters, stabilisation,
# communications): the meeting noun governs the group (اجتماع مجموعة العمل، الاجتماع السادس لمجموعة
# العمل) — a ministerial's report that names the groups (من خلال مجموعات العمل) is no such meeting
WORKING_GROUP = re.compile(r"\b(?:ال)?(?:اجتماع|اجتماعات)(?:\s+ال\S+)?\s+(?:ل)?(?:مجموعه|فريق)\s+(?:ال)?عمل\b")
FUTURE = re.compile(r"(?:\b(?:ال)?(?:اجتماع|موتمر|قمه|لقاء|اجتماعات)(?:\s+\S+){0,2}?\s+(?:المقبل|المقبله|القادم|القادمه)\b"
                    r"|\b[وف]?(?:سيعقد|سيعقدون|ستعقد|سينعقد|ستنعقد|سيجتمع|سيجتمعون|ستجتمع|ستستضيف|سيستضيف|سيلتيم|ستلتيم|ستحتضن|سيحتضن|ستشهد|سيشهد|يعتزمون|تعتزم|يعتزم|(?:من )?المقرره?|مقررا|المزمع|المرتقب|"
                    r"عزمها|عزمه|المنتظر|المرتقب|قريبا(?!\s+من))\b"
                    r"|\bنهايه\s+(?:هذا\s+)?الاسبوع(?:\s+(?:الجاري|الحالي))?\b)")
PAST_OTHER = re.compile(r"\b(?:منذ|السابق|السابقه|الماضي|الماضيه|المنصرم|الاخير|سابق)\b")
# substrings every match of FUTURE / PAST_OTHER holds (the regexes run only when one is there)
_SCHEDULED = {norm_token(w) for w in ("المقرر", "المقررة", "المزمع", "المزمعة", "المرتقب", "المرتقبة")}
_FUTURE_KEYS = ("نهايه", "المقبل", "القادم", "سيعقد", "ستعقد", "سيجتمع", "ستجتمع", "ستستضيف", "سيستضيف", "سيلتيم", "ستلتيم",
                "ستحتضن", "سيحتضن", "ستشهد", "سيشهد",
                "يعتزم", "تعتزم",
                "المقرر", "مقررا", "سينعقد", "ستنعقد", "المزمع", "المرتقب", "عزمها", "عزمه", "المنتظر", "قريبا")
_PAST_KEYS = ("منذ", "سابق", "الماضي", "المنصرم", "الاخير")
_DIGIT = re.compile(r"\d")
# a venue: في/ب X, hosted by X, or where a delegate arrived to attend (وصل إلى X، وصل X)
VENUE_BEFORE = re.compile(r"(?:^|\s)(?:في|ب|بمدينه|مدينه|العاصمه|بالعاصمه|[وف]?(?:احتضنت|استضافت|شهدت|تحتضن|تستضيف)"
                          r"|[وف]?(?:وصل|وصلت|يصل|تصل)(?:\s+الي)?"
                          # a delegate heading there to attend (سيتوجه إلى الرباط للمشاركة في اجتماع)
                          r"|[وف]?(?:توجه|توجهت|يتوجه|تتوجه|سيتوجه|ستتوجه)\s+الي)\s*$")
# a meeting named by its city in construct (البيان الختامي لاجتماع جدة، مؤتمر باريس)
_IN_CONSTRUCT = re.compile(r"(?:^|\s)(?:[وف]?(?:ب|ل)?)(?:اجتماع|اجتماعات|موتمر|قمه|ملتقي)\s*$")
# a city fought over (حرروا مدينة الرقة، تحرير مدينة الموصل، السيطرة على العاصمة): the battle's, not a venue
BATTLE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:حرر|حرروا|حررت|تحرير|لتحرير|استعاد|استعادوا|استعادت|استعاده|لاستعاده"
                           r"|دخل|دخلوا|دخلت|اقتحم|اقتحموا|اقتحمت|اقتحام|حصار|معركه|(?:ال)?سيطره\s+علي|سيطروا\s+علي)"
                           r"\s+(?:ال)?(?:مدينه|العاصمه)\s*$")
# where a mission sits (القائم بأعمال سفارة هولندا في بغداد، السفير الأمريكي في بغداد): its seat, no venue
SEAT_BEFORE = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:سفاره|سفير|سفيره|قنصليه|بعثه|ممثليه)(?:\s+\S+){0,2}\s+في\s*$")
# near a city (قرب واشنطن: a base outside it): the city only when the text names no venue itself
NEAR = "near"
VENUE_NEAR = re.compile(r"(?:^|\s)(?:قرب|بالقرب من)(?:\s+(?:العاصمه|مدينه))?\s*$")
CHAIR_CUE = re.compile("|".join(re.escape(norm(w)) for w in (
    "ترأس", "ترأست", "ترأسه", "ترأسها", "يترأس", "يترأسها", "ترأسا", "برئاسة", "بدعوة", "بدعوة مشتركة",
    "رئاسة", "يرأس", "استضاف", "استضافت", "فترأست", "وترأس", "وترأسه")))
# a host lends the venue; it does not chair (استضافت المغرب الاجتماع برئاسة الولايات المتحدة)
HOST_CUE = re.compile(norm("استضاف"))
# kinds of meeting that are the coalition's own formats, not those of any other body
_COALITION_FORMATS = ("defense_ministerial", "chiefs_of_defence", "small_group", "focus_group")
# who met, when the text says: the catalogue's level of a small-group meeting
_POLITICAL_DIRECTORS = ("المديرين السياسيين", "المديرون السياسيون", "المدراء السياسيين", "المدراء السياسيون",
                        "القاده السياسيين", "كبار الممثلين", "كبار الدبلوماسيين")
MEMBER_COUNT = [
    re.compile(r"(?:عدد|العدد)\s+(?:الاجمالي\s+)?(?:ال)?(?:اعضاء|اعضائه|الاعضاء|للاعضاء|اعضاءه)\s+(?:[^\s]+\s+){0,2}?الي\s+(\d{2,3})"),
    re.compile(r"(?:تضم|يضم|والتي تضم|الذي يضم)\s+(\d{2,3})\s+(?:عضوا|عضو|دوله|بلدا|شريكا)"),
    re.compile(r"(?:العضو|الشريك)\s+(?:رقم\s+)?(\d{2,3})"),
    re.compile(r"من اصل\s+(\d{2,3})\s+عضوا"),
]


@lru_cache(maxsize=65536)
def _meeting_noun(w: str) -> bool:
    return w in MEETING_NOUNS or bool(stems(w) & MEETING_NOUNS)


@lru_cache(maxsize=65536)
def _meeting_verb(w: str) -> bool:
    return w in MEETING_VERBS or (w[:1] in "وف" and w[1:] in MEETING_VERBS)


# verbs that witness, open or close any event (an attack, a campaign): a meeting only with a meeting
# noun; a host (استضافت الكويت الوزراء) may host people and still hold a meeting
_EVENT_VERBS = {norm_token(w) for w in ("شهدت", "شهد", "انطلقت", "انطلق", "اختتمت", "اختتم", "تشهد", "يشهد", "ستشهد",
                                        "سيشهد", "تنطلق", "ينطلق", "ستنطلق", "سينطلق", "تختتم", "يختتم")}


def _event_verb(w: str) -> bool:
    return w in _EVENT_VERBS or (w[:1] in "وف" and w[1:] in _EVENT_VERBS)


_WORD_CLASSES: tuple[set[str], set[str], set[str]] = (set(), set(), set())  # words seen; nouns; verbs


# the coalition's own military command (CJTF-OIR) meets for it; other coalitions (the Islamic Military
# Coalition, the coalition in Yemen, the Lake Chad task force) hold meetings of their own
_OUR_COMMAND = "cjtf_oir"


def _coalition_keys(doc: Document, lex: Lexicon) -> set[str]:
    """The Global Coalition, its groups (their parent is it) and its military command."""
    ours = (lex.cache.get("by_row_key") or {}).get("global_coalition")
    out = set()
    for k, e in doc.entities.items():
        info = lex.info.get(k) or {}
        if e.subtype == "coalition" and (ours is None or k == ours or info.get("parent") == "global_coalition"
                                         or info.get("key") == _OUR_COMMAND):
            out.add(k)
    return out


def _tables(lex: Lexicon):
    def build(lex):
        rel = {}
        for row in lex.data.get("relative_dates") or []:
            if "offset_days" in row and row.get("expr"):
                rel[norm(row["expr"])] = int(row["offset_days"])
        return {"weekdays": weekday_table(lex), "relative_days": rel}
    return compiled(lex, "meetings_tables", build)


class _Report:
    """What one sentence says about a meeting."""

    def __init__(self, sent, kind, city, coalition, verb, future, past, weekday, day_offset, date, text_city):
        self.sent, self.kind, self.city, self.coalition = sent, kind, city, coalition
        self.verb, self.future, self.past = verb, future, past
        self.weekday, self.day_offset, self.date, self.text_city = weekday, day_offset, date, text_city
        self.ahead = False      # the weekday is the next one (an imperfect meeting verb: يستضيف … الخميس)
        self.other_body = False  # the meeting noun is another body's (القمة العربية، قمة الناتو)
        self.span_days = 0       # the weekday opens a span (الأربعاء والخميس: 1 more day)


@stage(needs=("sentences", "mentions", "entities", "published"), adds=("meetings", "entities"))
def find_meetings(doc: Document, lex: Lexicon) -> Document:
    coalition = _coalition_keys(doc, lex)
    if not coalition and not _AGAINST_ISIS.search(norm(doc.text)):
        return doc
    reports = [r for r in (_read_sentence(doc, lex, s, coalition) for s in doc.sentences) if r]
    if not reports:
        return doc
    _their_summit_again(reports)
    years = _text_years(doc, lex)
    catalogue = cat.default()
    main_reports = _preview(reports)
    others = [r for r in reports if r not in main_reports] if main_reports else []
    for r in (reports if not main_reports else ()):
        if r.future or (r.past and not r.coalition) or (r.verb and not r.coalition and r.city is not None):
            others.append(r)
        elif r.coalition or main_reports:
            main_reports.append(r)
        else:
            others.append(r)
    if not main_reports:
        # no sentence names the coalition's meeting, but one reports a meeting of a format the
        # coalition holds (its defence ministers, political directors) in a city, in an article
        # about the coalition: that meeting (وزراء دفاع سبع دول … أثناء اجتماع لهم في باريس أمس)
        lead = next((r for r in others if r.kind in _COALITION_FORMATS and r.city and r.text_city is True
                     and not r.future and not r.past
                     and not _names_a_body(doc, r.sent)), None)
        if lead is not None:
            others.remove(lead)
            main_reports.append(lead)
    lead = _unnamed_lead(doc, main_reports, others)
    if lead is not None:
        others.remove(lead)
        main_reports.insert(0, lead)
    meetings: list[Meeting] = []
    if main_reports:
        meetings.append(_main_meeting(doc, lex, main_reports, years, catalogue))
        meetings[0].announced = main_reports[0].future
        if _unplaced(meetings[0]):
            meetings.clear()
    if not meetings and not doc.published:
        row = _undated_day_row(doc, lex, reports, catalogue) or _implied_year_row(doc, reports, catalogue) \
            or _counted_row(reports, catalogue)
        if row is not None:
            city = _city_key(doc, lex, row.city)
            meetings.append(Meeting(key=row.key, kind=row.kind, city=city,
                                    country=doc.entities[city].country if city else None, date=row.date,
                                    date_precision=row.date_precision, date_source="catalogue",
                                    announced=any(r.future for r in reports)))
            meetings[0].evidence.append(_ev(doc, reports[0].sent, "meeting:catalogue-day", 0.6))
            _ensure_country(doc, lex, meetings[0])
    main = meetings[0] if meetings else None
    # "near" a city of a state whose venue the text names itself (قرب واشنطن … في قاعدة أندروز) is that venue
    firm = {doc.entities[r.city].country: r.city for r in reports if r.city and r.text_city is True}
    for r in others:
        if r.text_city == NEAR and doc.entities[r.city].country in firm:
            r.city, r.text_city = firm[doc.entities[r.city].country], True
        if _absorbed(doc, lex, r, main):
            continue
        m = _other_meeting(doc, lex, r, years, catalogue, main)
        if m is None or (m.kind == "meeting" and (m.date is None or r.other_body or _AID_CONFERENCE.search(norm(r.sent.text)))):
            continue     # another body's meeting (in a city, when and what unknown), or a donors' conference: no fact
        same = next((x for x in meetings if x.key == m.key or _same_again(x, m)), None)
        if same is not None:
            if same.date is None and m.date:     # told undated, then dated: the dated one's identity
                same.key, same.kind, same.date, same.date_precision, same.date_source, same.date_note = \
                    m.key, m.kind, m.date, m.date_precision, m.date_source, m.date_note
            same.evidence.append(_ev(doc, r.sent, "meeting:mention", 0.6))
        else:
            meetings.append(m)
    doc.meetings.extend(m for m in meetings if not _dated_by_the_telling_only(doc, lex, m))
    return doc


def _dated_by_the_telling_only(doc: Document, lex: Lexicon, m: Meeting) -> bool:
    """A meeting left with no place (no city or state told, none taken from another report or
    the catalogue) whose only day is the publication's own, told in the clause of the verb of
    telling that opens its sentence (أعلن المتحدث، اليوم الأحد، أن … منذ الاجتماع الأول), with no
    catalogue meeting that day: the day is the telling's, and the meeting is identified by
    nothing (an online meeting has no city by nature: kept; اختتم … اليوم الخميس الاجتماع: kept)."""
    if m.city is not None or m.country is not None or m.kind == "virtual_ministerial" \
            or m.date is None or m.date != doc.published or cat.on_date(m.date) is not None:
        return False
    days = _tables(lex)["weekdays"]
    for e in m.evidence:
        toks = norm(e.text).split()
        if any((t in days or t == "اليوم") and _opening_telling_day(toks, i) for i, t in enumerate(toks)):
            return True
    return False


def _opening_telling_day(toks: list[str], i: int) -> bool:
    """The day word at ``i`` sits in the clause of a verb of telling that opens the sentence,
    before what is told (أعلن المتحدث، اليوم الأحد، أن …); a meeting word before it would make
    it the meeting's."""
    if not toks or toks[0].lstrip("وف") not in _TOLD:
        return False
    return not any(t in ("ان", "بان", "وان") or _meeting_noun(t) or _meeting_verb(t) for t in toks[1:i])


_SUMMITS = {norm_token(c + w) for c in ("", "و", "ب", "ل") for w in ("قمة", "القمة", "قمتها", "قمته")}


def _their_summit_again(reports: list[_Report]) -> None:
    """Once a summit is told as another body's (قمة قادة حلف شمال الأطلسي), a later report whose
    only meeting words are a summit (القمة، قمة بروكسل) and that has no meeting verb is that
    summit again, though the sentence names the coalition as a topic (استبق ترمب القمة
    بالتشديد على أن ينضم الحلف إلى التحالف): the other body's, not the coalition's meeting."""
    seen = False
    for r in reports:
        nouns = {w for w in norm(r.sent.text).split() if _meeting_noun(w)}
        summit_only = bool(nouns) and nouns <= _SUMMITS
        if r.other_body:
            seen = seen or bool(nouns & _SUMMITS)
        elif seen and summit_only and not r.verb:
            r.other_body, r.coalition = True, False


def _same_again(a: Meeting, b: Meeting) -> bool:
    """One meeting told twice in an article (its day once, its month another time, or no date
    at all): the same city and a date within the other's, or one of them undated."""
    da, db = a.date or "", b.date or ""
    return bool(a.city and a.city == b.city and (da.startswith(db) or db.startswith(da)))


def _preview(reports: list[_Report]) -> list[_Report]:
    """A preview: the article's first report of a coalition meeting announces it, placed in a
    city and dated (سيعقد التحالف اجتماعا الثلاثاء المقبل في روما): the reports that name no
    other city (ستشارك في الاجتماع، هذا المؤتمر، بعد اجتماع الثلاثاء) are about that meeting,
    announced like it; else [] (the reported meeting is found as usual)."""
    lead = next((r for r in reports if r.coalition), None)
    if lead is None or not lead.future or lead.past or lead.city is None or lead.text_city is not True \
            or lead.other_body or (lead.weekday is None and lead.date is None):
        return []
    same = [r for r in reports if r is lead or (r.city in (None, lead.city) and not r.past and not r.other_body)]
    for r in same:
        r.future = True
    return same


# holding talks (يجري اليوم … محادثات): today right after it is the meeting's day
_HOLDS = {norm_token(c + w) for c in ("", "و") for w in ("يجري", "تجري", "يجريان", "يجرون")}


def _relative_day(toks: list[str], rel: dict[str, int]) -> int | None:
    """A relative day alone (no weekday) dates the meeting: the longest expression of the
    lexicon at a word (``أمس``, ``أول من أمس`` = two days before). A past one anywhere; today or
    a later day (``اليوم``, ``غدا``) only right after a meeting word (``اجتماعا لهم اليوم``,
    ``يجتمعون في ميونخ اليوم``), since alone it may mean "nowadays" (with a part of the day, صباح
    اليوم، مساء اليوم, anywhere). Not when a verb of telling right before or after it makes it
    the day of the telling."""
    for i in range(len(toks)):
        for n in (3, 2, 1):
            expr = " ".join(toks[i:i + n])
            expr = expr[1:] if expr[:1] == "و" and expr[1:] in rel else expr
            if expr not in rel:
                continue
            # the verb may stand before its subject (تستضيف المملكة العربية السعودية، اليوم في الرياض)
            if rel[expr] >= 0 and " " not in expr and \
                    not any(_meeting_noun(w) or _meeting_verb(w) or w in _HOLDS for w in toks[max(0, i - 5):i]):
                break     # اليوم alone may be "nowadays"; صباح اليوم, مساء اليوم never are
            if not _TOLD.isdisjoint(t.lstrip("وف") for t in toks[max(0, i - 3):i] + toks[i + n:i + n + 2]) or \
                    _telling_day(toks, i + n - 1):
                return None     # قال … أمس / صباح اليوم، قال / بيان صدر مساء أمس: the day of the telling
            return rel[expr]
    return None


def _unnamed_lead(doc: Document, main_reports, others):
    """The report that opens the text, placed in a city by a meeting verb, telling the format and
    naming no coalition (يجتمع في باريس اليوم وزراء دفاع الولايات المتحدة وفرنسا …), when the
    coalition's own reports come later and place their meeting nowhere (ووصف الوزير الاجتماع بأنه
    …): the meeting those refer back to."""
    if not main_reports or any(r.city for r in main_reports):
        return None
    first = min(r.sent.index for r in main_reports)
    return next((r for r in others if r.sent.index < first and r.city and r.text_city is True and r.verb
                 and r.kind and not (r.future or r.past or r.other_body) and not _names_a_body(doc, r.sent)), None)


def _unplaced(m: Meeting) -> bool:
    """A reported meeting with no city and no day or month (a year at most, often only the
    publication's) identifies nothing: it is not kept as a fact (an online meeting has no
    city by nature: kept)."""
    return m.city is None and m.date_precision not in ("day", "month") and m.kind != "virtual_ministerial"


def _read_sentence(doc: Document, lex: Lexicon, sent, coalition: set[str]) -> _Report | None:
    n = norm(sent.text)
    press = False
    if "صح" in n or "فيديو" in n or "هاتف" in n:
        press = bool(_PRESS.search(n))
        n = _PRESS.sub(" ", n)
    words = n.split()
    # any(map(_meeting_noun, words)), any(map(_meeting_verb, words)) by set operations on
    # the words classified once each (bounded memo)
    seen, nouns, verbs = _WORD_CLASSES
    wset = set(words)
    new = wset - seen
    if new:
        if len(seen) > 200_000:
            seen.clear(), nouns.clear(), verbs.clear()
            new = wset
        for w in new:
            if _meeting_noun(w):
                nouns.add(w)
            if _meeting_verb(w):
                verbs.add(w)
        seen |= new
    noun = not nouns.isdisjoint(wset)
    verb = not verbs.isdisjoint(wset)
    if verb and not noun and (press or all(_event_verb(w) for w in verbs & wset)):
        verb = False    # شهدت بروكسل هجمات، عقد مؤتمرا صحفيا: the verb's object is no meeting
    if not noun and not verb:
        return None
    ments = [m for m in doc.mentions_in(sent.start, sent.end) if m.kind != "dateline"]
    topic = _topic_start(doc, sent)
    owners = [m for m in ments if m.start < topic]    # not the coalition as a topic
    has_coal = any(m.entity in coalition and m.kind != "nominal" for m in owners) or \
        any(m.entity in coalition for m in owners) and noun or \
        not coalition and noun and bool(_AGAINST_ISIS.search(n)) or \
        bool(_BUILDS_COALITION.search(n)) or \
        noun and "داعش" in n and bool(_THE_N_STATES.search(n))    # الدول الـ68 التي تقاتل داعش: the coalition by its size
    kind = next((k for k, ws in KIND_WORDS if any(w in n for w in ws)), None) or \
        ("working_group" if "عمل" in n and WORKING_GROUP.search(n) else None)
    city, text_city = _venue(doc, lex, sent, ments)
    if city is None:
        city = _dateline_venue(doc, n, ments) or _leading_city_of_venue_state(doc, lex, sent, ments)
        text_city = city is not None
    tables = _tables(lex)
    weekday = offset = None
    span = 0
    future = any(k in n for k in _FUTURE_KEYS) and bool(FUTURE.search(n))
    toks = n.split()
    # the weekday right after the meeting's word first (يتوجه … مساء اليوم الثلاثاء … للمشاركة في المؤتمر
    # المقرر أن تبدأ أعماله الخميس المقبل: Thursday), else the first one
    order = sorted(range(len(toks)), key=lambda i: not any(_meeting_noun(t) or t in _STARTS for t in toks[max(0, i - 2):i]))
    for i in order:
        w = toks[i]
        w2 = w[1:] if w[:1] in "وب" and w[1:] in tables["weekdays"] else w
        if w2 in tables["weekdays"]:
            told = toks[max(0, i - 4):i] if toks[0].lstrip("وف") not in _TOLD else toks[:i]
            # the meeting's word, or its "scheduled" (المؤتمر المقرر غدا الاثنين), just before the day
            at_meeting = any(_meeting_noun(t) or _meeting_verb(t) or t in _SCHEDULED for t in toks[max(0, i - 2):i])
            if future and not at_meeting and not _TOLD.isdisjoint(t.lstrip("وف") for t in told):
                continue     # اعلن مسؤولون، الخميس، أنهم سيعقدون …: the day of the telling (not سيعقد اجتماعا الثلاثاء)
            if _telling_day(toks, i):
                continue     # في بيان صدر اليوم الجمعة، لبيان صدر مساء أمس السبت: the statement's day
            if _travel_day(toks, i):
                continue     # بلينكن الذي وصل الثلاثاء إلى السعودية: the day he arrived, not the meeting's
            weekday = tables["weekdays"][w2]
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt[:1] == "و" and nxt[1:] in tables["weekdays"]:     # الأربعاء والخميس: a span of days
                span = (tables["weekdays"][nxt[1:]] - weekday) % 7
            prev = toks[i - 1] if i else ""
            prev = prev[1:] if prev[:1] == "و" and prev[1:] in tables["relative_days"] else prev
            if prev in tables["relative_days"]:
                offset = tables["relative_days"][prev]
            break
    if weekday is None:
        offset = _relative_day(toks, tables["relative_days"])
    if (not noun and _bilateral(doc, n, sent, ments)) or (_WITH_COUNTERPART.search(n) and not _CO_CHAIRS.search(n)) or \
            _talks_only(doc, n, sent, ments, nouns & wset, verb) or _with_one_official(n, nouns & wset, verb):
        return None
    other_body = (noun or verb) and _other_body(doc, sent, ments, coalition)
    if has_coal and other_body:
        has_coal = False
    dates = _day_dates(doc, lex, sent, future)
    # في وقت سابق ("earlier") dates the telling, not the meeting
    n_past = n.replace("في وقت سابق", "") if "وقت سابق" in n else n
    past = any(k in n_past for k in _PAST_KEYS) and bool(PAST_OTHER.search(n_past)) and not dates and weekday is None
    report = _Report(sent, kind, city, has_coal, verb, future, past, weekday, offset, dates[0] if dates else None,
                     text_city)
    report.ahead = weekday is not None and not past and any(_imperfect_meeting_verb(w) for w in toks)
    report.other_body = other_body
    report.span_days = span if weekday is not None else 0
    return report


# verbs of travelling: a weekday right after one is the journey's (وصل الثلاثاء، يتوجه مساء اليوم الأحد)
_TRAVEL = {norm_token(w) for w in ("وصل", "وصلت", "يصل", "تصل", "وصلوا", "توجه", "توجهت", "يتوجه", "تتوجه",
                                   "غادر", "غادرت", "يغادر", "تغادر", "زار", "زارت", "يزور", "تزور", "حط",
                                   "حطت", "عاد", "عادت", "يعود", "تعود")}
_DAY_WORDS = {norm_token(w) for w in ("اليوم", "يوم", "مساء", "صباح", "أمس", "امس", "ظهر", "فجر", "ليل", "ليلة")}


def _travel_day(toks: list[str], i: int) -> bool:
    """The weekday at ``i`` follows a verb of travelling, day words at most between."""
    j = i - 1
    while j >= 0 and (toks[j] in _DAY_WORDS or toks[j][:1] == "و" and toks[j][1:] in _DAY_WORDS):
        j -= 1
    t = toks[j] if j >= 0 else ""
    return (t in _TRAVEL or t[:1] in "وف" and t[1:] in _TRAVEL) and i - j <= 3     # (وصل is no و + صل)


def _telling_day(toks: list[str], i: int) -> bool:
    """The weekday at ``i`` closes a time phrase (اليوم، أمس، مساء أمس …) that follows a word
    of telling (بيان صدر، تصريح أدلى به), a few words back: the day of the statement, not of
    the meeting. A meeting word in between gives the day to the meeting."""
    for t in reversed(toks[max(0, i - 6):i]):
        t = t.lstrip("وف")
        if t in _TELLING or t in _REPORTED:
            return True
        if _meeting_noun(t) or _meeting_verb(t):
            return False
    return False


# what a meeting is about: لبحث، لمناقشة، حول، بشأن … — the coalition after it is the topic
_TOPIC = {norm_token(c + w) for c in ("", "ل", "و") for w in (
    "بحث", "مناقشة", "دعم", "تعزيز", "تنسيق", "استعراض", "تقييم", "متابعة")} | \
    {norm_token(w) for w in ("حول", "بشأن", "وبحث", "وناقش", "ناقش", "تناول")}


def _topic_start(doc: Document, sent) -> int:
    """Where the topic of the sentence's first meeting word begins (``اجتماعها الأسبوعي في بغداد
    لبحث دعم التحالف``): a coalition named after it is what the meeting discusses, not who meets.
    A definite meeting noun (الاجتماع) is one already told of: no topic is set apart."""
    met = False
    for t in doc.tokens_of(sent):
        w = t.norm
        if not met and _meeting_noun(w) and w.lstrip("وفب").startswith(("ال", "لل")):
            return sent.end     # الاجتماع: the meeting already told of, whoever the sentence names
        if _meeting_noun(w) or _meeting_verb(w):
            met = True
        elif met and w in _TOPIC:
            return t.start
    return sent.end


def _imperfect_meeting_verb(w: str) -> bool:
    """``يستضيف``, ``تعقد``, ``يجتمعون``: a meeting verb in the imperfect tells of today or a day
    to come, so a weekday with it is the next such day, not the last."""
    w = w[1:] if w[:1] in "وف" and w[1:] in MEETING_VERBS else w
    return w in MEETING_VERBS and w[:1] in "يت"


# a press conference, or one by video or telephone (a briefing from Baghdad), is no meeting
_PRESS = re.compile(r"\b(?:ال)?موتمر(?:ا)?\s+(?:(?:ال)?صحا?في(?:ا)?|(?:عبر\s+)?(?:ال|بال)?(?:فيديو|هاتف))\b")
# talks by telephone, or with one official (أجرى مباحثات هاتفية مع الأمين العام، أجرت محادثات مع
# رئيس الوزراء): a call or a visit's talks, not a meeting, when talks are the only meeting noun
_TALK_NOUNS = {norm_token(w) for w in ("محادثات", "مباحثات")}
_TALKS = re.compile(r"\b[وب]?(?:ال)?(?:محادثات|مباحثات)\s+(?:هاتفي|(?:\S+\s+){0,2}?(?:مع\s+|ب)(?:ال)?(?:سفير|وزير|رييس|مبعوث|"
                    r"امين|مستشار|ملك|امير|نظير)\b)")


def _talks_only(doc: Document, n: str, sent, ments: list[Mention], nouns: set[str], verb: bool) -> bool:
    """Talks (by telephone, or with one official) are the sentence's only meeting noun, and its
    meeting verb, if any, is one official's meeting on a visit (التقت مع القوات)."""
    return bool(_TALKS.search(n)) and all(w in _TALK_NOUNS or stems(w) & _TALK_NOUNS for w in nouns) and \
        (not verb or _bilateral(doc, n, sent, ments))


# one official with his counterpart (اجتماع عقده الوزير مع نظيره): bilateral, even with a noun
_WITH_COUNTERPART = re.compile(r"\bمع\s+(?:\S+\s+)?نظير(?:ه|ته|يه)\b(?!(?:\s+\S+){0,4}?\s+و\s*(?:\d+|[^\s]+)\s+(?:من\s+)?(?:وزير|وزراء))")
# chairing with a counterpart (سيترأس بلينكن مع نظيره السعودي اجتماعا للدول الأعضاء): co-chairs of a meeting
_CO_CHAIRS = re.compile(r"\b[وف]?(?:س|ي|ت)?(?:ترأس|يترأس|ترأست|تترأس|سيترأس|ستترأس|ترأسا|يرأس|ترأسه)\S*\s+(?:\S+\s+){0,2}?مع\s+(?:\S+\s+)?نظير"
                        .replace("أ", "ا"))
_NOT_HOSTS = ("coalition", "news_agency", "government_body", "terrorist_group", "armed_group")
# a meeting held to fight ISIS (الاجتماع الدولي لمواجهة داعش، اجتماعا … لبحث سبل التصدي لتنظيم داعش), in an
# article that never names the coalition, is the coalition's (the first ones were held to form it)
# a meeting held to build the coalition (لبحث سبل التصدي لداعش وبناء تحالف دولي ضده): its founding
_BUILDS_COALITION = re.compile(r"(?:بناء|تشكيل|انشاء|تدشين|حشد)\s+(?:ال)?تحالف\s+(?:ال)?دولي\s+(?:ضده|ضد\s+(?:تنظيم\s+)?\W?داعش)")
_AGAINST_ISIS = re.compile(r"(?:اجتماع|موتمر|لقاء|قمه)\S*\s+(?:(?:(?!حول|بشان|اعمار|الذي|التي)[^.]){0,80}?\s)?"
                           r"(?:ل|لل|ال|في\s+)?"
                           r"(?:مواجهه|مكافحه|محاربه|تصدي|هزيمه|قضاء\s+علي|حرب\s+علي|ضد)\s+"
                           # (the group's name after one word: تنظيم, or a typo of it, تننظيم)
                           r"(?:ل|علي\s+)?(?:\S+\s+)?\W?(?:داعش|الدوله\s+الاسلاميه)"
                           # "the State organisation", as some of the press calls it
                           r"|(?:اجتماع|موتمر|لقاء|قمه)\S*\s+(?:(?:(?!حول|بشان|اعمار|الذي|التي)[^.]){0,80}?\s)?"
                           r"(?:مواجهه|مكافحه|محاربه|هزيمه|ضد)\s+(?:ل)?تنظيم\s+الدوله\b")


# على هامش قمة الناتو: the other body's meeting is only the occasion of the one reported
_SIDELINES = re.compile(r"\bهامش\b")


def _on_sidelines(before: list[str], sent) -> bool:
    """``على هامش قمة الناتو … اجتمع وزراء التحالف``: the other body's meeting is the occasion
    of a meeting the sentence reports with a verb of its own (an interview on the sidelines is
    no meeting)."""
    return bool(_SIDELINES.search(" ".join(before))) and any(_meeting_verb(w) for w in norm(sent.text).split())


def _other_body(doc: Document, sent, ments: list[Mention], coalition: set[str]) -> bool:
    """``اجتماع لمجلس الأمن``، ``قمة رؤساء دول الناتو``: the meeting noun's complement is another
    organisation, so the sentence reports that body's meeting, not the coalition's."""
    for m in ments:
        ent = doc.entities.get(m.entity)
        if ent is None or ent.type != "organization" or m.entity in coalition or ent.subtype in _NOT_HOSTS:
            continue
        before = norm(doc.text[max(sent.start, m.start - 25):m.start]).split()[-3:]
        if any(_meeting_noun(w) for w in before) and not _on_sidelines(before, sent):
            return True
        # عقد مجلس الأمن جلسة، اجتمع مجلس الأمن: the body is the meeting verb's subject, right after it
        if before and _meeting_verb(before[-1]) and before[-1].lstrip("وف") not in _HOST_WORDS and \
                not _on_sidelines(before, sent):
            return True         # (a host is not the one meeting: استضاف الناتو اجتماعا للتحالف)
        # اجتماع وزراء خارجية الدول الأعضاء في الحلف: the members of that body meet
        wider = norm(doc.text[max(sent.start, m.start - 60):m.start]).split()[-7:]
        if any(w in ("الاعضاء", "اعضاء") for w in wider[-3:]) and any(_meeting_noun(w) for w in wider):
            return True
        # قادة الحلف اتفقوا خلال قمة في وارسو: that body's leaders are who met, the summit told after them
        after = norm(doc.text[m.end:min(sent.end, m.end + 45)]).split()[:5]
        if before and before[-1].lstrip("وف") in _ITS_PEOPLE and any(_meeting_noun(w) for w in after):
            return True
    # القمة العربية، القمة الإسلامية: a summit of another community of states
    words = norm(sent.text).split()
    return bool(_BLOC_MEETING.search(norm(sent.text))) or _bare_body_meets(words) or _council_session(words)


# a meeting's works beginning (تبدأ أعماله، تنطلق أعماله): the weekday after them is its day
_STARTS = {norm_token(w) for w in ("أعماله", "أعمالها", "اعماله", "اعمالها", "أشغاله", "أشغالها")}


# the people of a body who meet for it (قادة الحلف، زعماء الاتحاد، وزراء المجموعة)
_ITS_PEOPLE = {norm_token(w) for w in ("قادة", "زعماء", "رؤساء", "وزراء", "ممثلو", "ممثلي", "سفراء")}


# a cabinet or a parliament "in its session" (رحب مجلس الوزراء، في اجتماعه/جلسته اليوم): the
# council's own meeting, whatever coalition statement it welcomed
_COUNCILS = {"مجلس", "الحكومه", "البرلمان", "الكونغرس", "الكونجرس"}
_ITS_SESSION = {"اجتماعه", "اجتماعها", "جلسته", "جلستها"}


def _council_session(words: list[str]) -> bool:
    """A council named in the five words before "its meeting / its session"."""
    for i, w in enumerate(words):
        if w.lstrip("و") in _ITS_SESSION:
            return any(x.lstrip("وف") in _COUNCILS for x in words[max(0, i - 5):i])
    return False


# a body named by its bare definite noun (الحلف is never the coalition, التحالف is)
_BARE_BODIES = {"الحلف", "الاتحاد", "الجامعه", "المنظمه"}


def _bare_body_meets(words: list[str]) -> bool:
    """``اجتماع وزراء خارجية الدول الأعضاء في الحلف``، ``قمة دول الاتحاد``: the meeting noun's
    complement — a chain of who meets (وزراء، خارجية، دول، الأعضاء في) — ends in a bare body noun."""
    for i, w in enumerate(words):
        if not _meeting_noun(w):
            continue
        for j in range(i + 1, min(len(words), i + 7)):
            x = words[j]
            if x in _BARE_BODIES:
                return True
            if not (x in _WHO_MEETS or x == "في" and words[j - 1] in ("الاعضاء", "اعضاء")):
                break
    return False


_WHO_MEETS = {norm(w) for w in ("وزراء", "لوزراء", "خارجية", "دفاع", "دول", "الدول", "لدول", "الأعضاء", "أعضاء",
                                "قادة", "رؤساء", "ممثلي", "زعماء", "حكومات")}


_BLOC_MEETING = re.compile(r"\b(?:ال)?(?:قمه|قمتها)\s+(?:العربيه|الاسلاميه|الافريقيه|الخليجيه|الاوروبيه|الخليجيه)\b")


def _names_a_body(doc: Document, sent) -> bool:
    """The sentence names an alliance or an international organisation (وزراء دفاع دول حلف شمال
    الأطلسي): a meeting of that body's format may be that body's."""
    return any((doc.entities.get(m.entity) is not None and doc.entities[m.entity].type == "organization"
                and doc.entities[m.entity].subtype in ("alliance", "international_organization"))
               for m in doc.mentions_in(sent.start, sent.end))


_MEET_PERSON = re.compile(r"(?:^|\s)[وف]?(?:التقي|التقت|يلتقي|تلتقي|سيلتقي|ستلتقي)\s+(?:\S+\s+){0,4}?(?:ب)?نظير")
# met with one official (اجتمع الرئيس مع السفير الأمريكي، التقى بالمبعوث): a title noun after مع / بـ
_WITH_OFFICIAL = re.compile(r"(?:^|\s)[وف]?(?:اجتمع|اجتمعت|يجتمع|تجتمع|التقي|التقت|يلتقي|تلتقي)\s+(?:\S+\s+){0,5}?"
                            r"(?:مع\s+|ب)(?:ال)?(?:سفير|سفيره|وزير|وزيره|رييس|مبعوث|مبعوثه|قايد|نايب|امين|مستشار)\b")


# met a body or a group on a visit (التقى بالمجلس، التقت مع القوات البريطانية وقوات التحالف)
_MEET_BODY = re.compile(r"(?:^|\s)[وف]?(?:التقي|التقت|يلتقي|تلتقي|سيلتقي|ستلتقي)\s+(?:\S+\s+){0,5}?"
                        r"(?:مع\s+|ب)(?:ال)?(?:مجلس|قوات|وفد|قاده|مسوولين|مسوولي|ممثلي|ممثلين|اعضاء|جنود|عدد)\b")


# a meeting noun with one official (لقاء مع وزير الدفاع السعودي، اجتماعا مع السفير): a visit's talks
_NOUN_WITH_OFFICIAL = re.compile(r"(?:^|\s)[وفب]?(?:ال)?(?:لقاء|لقاءا|اجتماع|اجتماعا)\s+(?:\S+\s+)?مع\s+(?:ال)?"
                                 r"(?:سفير|سفيره|وزير|وزيره|رييس|مبعوث|مبعوثه|قايد|نايب|امين|مستشار|ملك|امير|ولي)\b")


# a meeting noun with one committee or delegation (اجتماعا مع اللجنة العسكرية العليا للتحالف): talks of two
_NOUN_WITH_PARTY = re.compile(r"(?:^|\s)[وفب]?(?:ال)?(?:لقاء|لقاءا|اجتماع|اجتماعا)\s+(?:\S+\s+)?مع\s+(?:ال)?(?:لجنه|وفد)\b")


def _with_one_official(n: str, nouns: set[str], verb: bool) -> bool:
    """The sentence's only meeting words are meetings with one official each (no meeting verb
    telling of another), or with one committee or delegation (whatever verb held them)."""
    count = sum(n.split().count(w) for w in nouns)
    found = _NOUN_WITH_OFFICIAL.findall(n)
    return (bool(found) and not verb and len(found) >= count) or len(_NOUN_WITH_PARTY.findall(n)) >= max(count, 1)


def _bilateral(doc: Document, n: str, sent, ments: list[Mention]) -> bool:
    """``التقى نظيره`` / ``التقى <a person>`` / ``التقى بالمجلس`` with no meeting noun: one official
    meeting another or a group on a visit, not a meeting of the coalition (which may be named in
    the same sentence)."""
    if _MEET_PERSON.search(n) or _WITH_OFFICIAL.search(n) or _MEET_BODY.search(n):
        return True
    for m in ments:
        ent = doc.entities.get(m.entity)
        if ent is not None and ent.type == "person":
            before = norm(doc.text[max(sent.start, m.start - 20):m.start]).split()
            if before and _meeting_verb(before[-1]) and before[-1].lstrip("وف").startswith(("التق", "يلتق", "تلتق")):
                return True
    return False


def _reference(doc: Document) -> dt.date | None:
    if doc.published and len(doc.published) >= 10:
        return dt.date.fromisoformat(doc.published[:10])
    return None


def _year_of_the_month(doc: Document, d) -> int | None:
    """A day of the month the article is dated to, by month only (published 2019-02: ``يوم 15
    شباط الجاري``، ``في 15 شباط``): that month's year; any other month's year is unknown."""
    pub = doc.published or ""
    if len(pub) != 7:
        return None
    year, month = int(pub[:4]), int(pub[5:7])
    return year if d.month == month else None


def _day_dates(doc: Document, lex: Lexicon, sent, future: bool):
    """The sentence's day dates; one written without a year (``يوم 10 حزيران الجاري``,
    ``في 15 شباط``) takes it from the publication date."""
    ref, out = _reference(doc), []
    for d in _doc_dates(doc, lex, sent.start, sent.end):
        if _not_the_meetings(doc, sent, d):
            continue
        if d.year is None and d.day and d.month and ref is not None:
            d.year = complete_year(d.month, d.day, ref, norm(doc.text[d.end:d.end + 14]), future)
        elif d.year is None and d.day and d.month:
            d.year = _year_of_the_month(doc, d)
        if d.year and d.day:
            out.append(d)
    return out


def _not_the_meetings(doc: Document, sent, d) -> bool:
    """A date of the sentence that dates something else: the report (dateline), another meeting
    before or after, or the statement that tells of it."""
    return _dateline_date(doc, d) or _of_a_meeting_before_or_after(doc, d) or _telling_date(doc, sent, d) \
        or _of_the_place_before(doc, d) or _in_period(doc, sent, d)


def _in_period(doc: Document, sent, d) -> bool:
    """A year that opens or closes a period (من 2004 حتى 2011، بين عامي 2014 و2017) is no day
    of a meeting."""
    return bool(_PERIOD.search(norm(doc.text[max(sent.start, d.start - 30):d.start]))
                or _PERIOD_END.search(norm(doc.text[d.end:min(sent.end, d.end + 16)])))


def _of_the_place_before(doc: Document, d) -> bool:
    """A date in brackets right after a city (جريا في "لندن" (يناير 2015) و"باريس" (يونيو 2015)) is
    that city's meeting's, not the sentence's own."""
    before = doc.text[max(0, d.start - 6):d.start]
    if "(" not in before:
        return False
    at = doc.text.rfind("(", 0, d.start)
    return any(m.end <= at and not doc.text[m.end:at].strip(' "”“«»') and m.entity in doc.entities
               and (doc.entities[m.entity].type == "city" or m.kind == "metonym")    # باريس for France: the city
               for m in doc.mentions_in(max(0, at - 40), at))


def _telling_date(doc: Document, sent, d) -> bool:
    """A date right after a word of telling (في بيان نشر مساء أمس الجمعة، 28 آب 2020) is the
    statement's, not the meeting's, unless a meeting word comes between them."""
    toks = norm(doc.text[max(sent.start, d.start - 60):d.start]).split()
    return _telling_day(toks, len(toks))


# بعد الجلسة الافتتاحية بتاريخ 3 نوفمبر 2014، قبل اجتماع لندن في: the date of a meeting before or after
_MEETING_THEN = re.compile(r"(?:^|\s)[وف]?(?:بعد|قبل|منذ|عقب)\s+(?:ال)?(?:اجتماع|موتمر|جلسه|قمه|لقاء|دوره)\S*"
                           r"(?:\s+\S+){0,3}?\s+(?:بتاريخ|في|يوم)\s*$")


def _of_a_meeting_before_or_after(doc: Document, d) -> bool:
    """A date given to a meeting the sentence places before or after the one it reports
    (هذه الدورة الثانية … بعد الجلسة الافتتاحية بتاريخ 3 نوفمبر 2014) is not that one's."""
    return bool(_MEETING_THEN.search(norm(doc.text[max(0, d.start - 60):d.start])))


_AGENCY_AFTER = re.compile(r"\s*[(\[][^()\[\]\n]{1,25}[)\]]")


def _dateline_date(doc: Document, d) -> bool:
    """``الرياض 10 فبراير 2026 (شينخوا)``: a date right before an agency in brackets at the
    top of the article, or inside the dateline, dates the report, not what it reports."""
    if doc.dateline and doc.dateline[0] <= d.start < doc.dateline[1]:
        return True
    return d.start < 200 and bool(_AGENCY_AFTER.match(doc.text, d.end))


def _venue(doc: Document, lex: Lexicon, sent, ments: list[Mention]):
    """The city a sentence gives as a venue: after في/ب/العاصمة/احتضنت or before تحتضن, or
    ``العاصمة <nisba>`` (the capital of that state)."""
    near = None
    for m in ments:
        ent = doc.entities.get(m.entity)
        city = m.entity if ent is not None and ent.type == "city" else \
            _homograph_city(doc, lex, sent, m, ent) or _city_state(doc, lex, m, ent)
        if city is None:
            seat = _seat(doc, lex, sent, m)
            if seat is not None:
                return seat, True
            continue
        before = norm(doc.text[max(sent.start, m.start - 30):m.start]) + " "
        first = norm_token(m.text.split()[0]) if m.text.split() else ""
        if BATTLE_BEFORE.search(before.rstrip()) or SEAT_BEFORE.search(before.rstrip()):
            continue
        if VENUE_NEAR.search(before.rstrip()):
            near = near or city
            continue
        if VENUE_BEFORE.search(before.rstrip()) or VENUE_BEFORE.search(before) or first.startswith("ب") \
                or _IN_CONSTRUCT.search(before.rstrip()) \
                or re.search(r"(?:العاصمه|مدينه)\s+\S+\s*$", before.strip()) \
                or norm(doc.text[m.end:m.end + 12]).startswith(("تحتضن", "تستضيف", "احتضنت", "استضافت")):
            return city, True
    if near is not None:
        return near, NEAR
    # العاصمة الفرنسية: the capital of the state whose adjective follows
    if "عاصمه" not in norm(sent.text):
        return None, False      # no token can be العاصمة (with its clitics) below
    toks = tokens(sent.text)
    for i, (s, e, t) in enumerate(toks[:-1]):
        if "العاصمه" in stems(norm_token(t)) or norm_token(t) in ("العاصمه", "بالعاصمه") or \
                norm_token(t).lstrip("فو") in ("عاصمه", "بعاصمه"):
            # العاصمة الفرنسية; عاصمة فرنسا / عاصمة جمهورية بنين (the capital of a state named after it)
            at = i + 2 if i + 2 < len(toks) and norm_token(toks[i + 1][2]) in _STATE_TITLES else i + 1
            nxt = [m for m in ments if m.start in (sent.start + toks[i + 1][0], sent.start + toks[at][0])]
            # the adjective, or a state whose name is its adjective too (العاصمة السعودية)
            if nxt and doc.entities[nxt[0].entity].type == "state" and nxt[0].kind in ("nisba", "name"):
                cap = _capital_city(doc, lex, nxt[0].entity)
                if cap:
                    return cap, True
    return None, False


_AT_SEAT = ("مقر", "بمقر", "ومقر")


def _seat(doc: Document, lex: Lexicon, sent, m: Mention) -> str | None:
    """في مقر حلف شمال الأطلسي: the city of the organisation's headquarters (its lexicon ``seat``)."""
    seat = (lex.info.get(m.entity) or {}).get("seat")
    before = norm(doc.text[max(sent.start, m.start - 8):m.start]).split()
    return _city_key(doc, lex, seat) if seat and before and before[-1] in _AT_SEAT else None


def _named_as_capital(doc: Document, reports, city: str) -> bool:
    """The venue was told as a state's capital (في العاصمة الفرنسية، في عاصمة جمهورية بنين),
    not by the city's own name."""
    name = norm((doc.entities.get(city).name_ar or "") if doc.entities.get(city) else "")
    for r in reports:
        if r.city == city and "عاصمه" in norm(r.sent.text) and (not name or name not in norm(r.sent.text)):
            return True
    return False


# a state's style before its name (جمهورية بنين، مملكة البحرين، دولة الكويت)
_STATE_TITLES = {norm_token(w) for w in ("جمهورية", "مملكة", "دولة", "سلطنة", "إمارة")}
_HOST_WORDS = {norm_token(c + w) for c in ("", "و") for w in (
    "استضافت", "استضاف", "تستضيف", "يستضيف", "احتضنت", "احتضن", "تحتضن", "يحتضن")}


def _sidelines_city(doc: Document, lex: Lexicon) -> str | None:
    """A meeting held "today" that the text places nowhere, in a report whose lead has its
    speakers on the sidelines of an event in a city today (على هامش مؤتمر الأمن المنعقد في ميونيخ
    اليوم): that city — the coalition meets on the sidelines of others' gatherings."""
    for sent in doc.sentences[:3]:
        n = norm(sent.text)
        if not _SIDELINES.search(n) or "اليوم" not in n.split():
            continue
        city, text_city = _venue(doc, lex, sent, [m for m in doc.mentions_in(sent.start, sent.end)
                                                  if m.kind != "dateline"])
        if city is not None and text_city is True:
            return city
    return None


def _dateline_venue(doc: Document, n: str, ments: list[Mention]) -> str | None:
    """The dateline's city, for a sentence that names no venue but places the meeting there:
    ``هنا`` (انطلقت هنا اليوم أعمال الاجتماع), or a host of that city's state (واشنطن – استضافت
    وزارة الخارجية الأمريكية اجتماعا). A dateline alone is only where the report was filed."""
    line = next((m for m in doc.mentions if m.kind == "dateline"), None)
    city = doc.entities.get(line.entity) if line is not None else None
    if city is None or city.type != "city":
        return None
    words = set(n.split())
    if "هنا" in words:
        return city.key
    if words.isdisjoint(_HOST_WORDS):
        return None
    return city.key if any(m.entity == city.country for m in ments) else None


def _leading_city_of_venue_state(doc: Document, lex: Lexicon, sent, ments: list[Mention]) -> str | None:
    """``عمان 15 نوفمبر 2017 / عقد في الأردن اليوم اجتماع``: the meeting is placed in a state
    (في / ب + the state), and the city opening the article (its dateline, even when read as a
    homograph state) lies in that state: that city is the venue."""
    states = [m for m in ments if (doc.entities.get(m.entity) or _NOENT).type == "state" and m.kind == "name"
              and (VENUE_BEFORE.search(norm(doc.text[max(sent.start, m.start - 12):m.start]).rstrip())
                   or norm(m.text).startswith("ب"))]
    lead = next((m for m in doc.mentions if m.start == 0), None) if states else None
    if lead is None:
        return None
    ent = doc.entities.get(lead.entity)
    if ent is not None and ent.type == "city":
        return ent.key if any(ent.country == m.entity for m in states) else None
    word = norm(lead.text)
    if ent is not None and ent.type == "state" and any(m.entity == ent.key for m in states) and \
            word in {norm(c) for c in (lex.info.get(ent.key) or {}).get("capital_ar") or []}:
        return _capital_city(doc, lex, ent.key)     # الرباط read as Morocco, the meeting held in Morocco
    if word in HOMOGRAPHS:          # عمان opening an article placed in Jordan is Amman
        city_en, iso = HOMOGRAPHS[word]
        state = (lex.cache.get("iso_to_key") or {}).get(iso)
        if any(m.entity == state for m in states):
            return _city_key(doc, lex, city_en)
    return None


class _NoEntity:
    type = None


_NOENT = _NoEntity()


# a state's name written like another state's capital: عمان is Oman (عُمان) or Amman (عمّان)
HOMOGRAPHS = {norm("عمان"): ("Amman", "JO")}


def _homograph_city(doc: Document, lex: Lexicon, sent, m: Mention, ent) -> str | None:
    """The city reading of a state name that is also a capital elsewhere, decided by context:
    a shadda on the word (عمّان), the dateline, or the city's own state named in the sentence
    (الأردن، الأردنية); a damma (عُمان) or سلطنة keeps the state."""
    if ent is None or ent.type != "state" or m.kind != "name":
        return None
    word = norm(m.text)
    word = word[1:] if word[:1] in "وب" and word[1:] in HOMOGRAPHS else word
    if word not in HOMOGRAPHS or "\u064f" in m.text or "سلطن" in doc.text[max(sent.start, m.start - 8):m.start]:
        return None
    city_en, iso = HOMOGRAPHS[word]
    state = (lex.cache.get("iso_to_key") or {}).get(iso)
    dateline = any(x.kind == "dateline" and (doc.entities.get(x.entity) or ent).name_en == city_en
                   for x in doc.mentions[:3])
    named = state is not None and any(x.entity == state for x in doc.mentions_in(sent.start, sent.end))
    if "\u0651" in m.text or dateline or named:
        return _city_key(doc, lex, city_en)
    return None


def _city_state(doc: Document, lex: Lexicon, m: Mention, ent) -> str | None:
    """A state named as a venue by the name its capital shares (يعقد في الكويت، في دولة الكويت:
    Kuwait City; تونس, الجزائر, سنغافورة alike) stands for that capital."""
    if ent is None or ent.type != "state" or m.kind != "name":
        return None
    word = norm(m.text)
    word = word[1:] if word[:1] in "وب" and len(word) > 4 else word
    word = word[5:] if word.startswith("دوله ") else word     # في دولة الكويت: the state's title too
    capitals = {norm(c) for c in (lex.info.get(m.entity) or {}).get("capital_ar") or []}
    return _capital_city(doc, lex, m.entity) if word in capitals else None


def _capital_city(doc: Document, lex: Lexicon, state_key: str) -> str | None:
    info = lex.info.get(state_key) or {}
    for name in info.get("capital_ar") or []:
        for e in lex.entries.get(tuple(norm(name).split()), []):
            if e.type == "city":
                if e.key not in doc.entities:
                    from .entities import ensure_entity as _ensure
                    _ensure(doc, lex, e.key, "city", e.name_en, e.qid, None)
                    doc.entities[e.key].name_ar = (lex.info.get(e.key) or {}).get("names_ar", [name])[0]
                return e.key
    return None


def _doc_dates(doc: Document, lex: Lexicon, start: int = 0, end: int | None = None):
    """The article's dates (found once per document, ``doc.dates``), copies of those inside
    [start, end) (callers resolve a missing year on them)."""
    end = len(doc.text) if end is None else end
    return [copy.copy(d) for d in doc_dates(doc, lex) if d.start >= start and d.end <= end
            and not _in_person_name(doc, d)]


def _in_person_name(doc: Document, d) -> bool:
    """A month name inside a person's name is no date (مايو in لويجي دي مايو)."""
    if d.year is not None:
        return False
    for m in doc.mentions_in(d.start - 40 if d.start > 40 else 0, d.end + 40):
        if m.start <= d.start and d.end <= m.end and m.kind != "nominal":
            ent = doc.entities.get(m.entity)
            if ent is not None and ent.type == "person":
                return True
    return False


def _text_years(doc: Document, lex: Lexicon) -> set[int]:
    ys = {d.year for d in _doc_dates(doc, lex) if d.year}
    if doc.published:
        ys.add(int(doc.published[:4]))
    return ys


def _ev(doc, sent, method, conf):
    return Evidence(doc.id, sent.start, sent.end, sent.text, sent.index, method, conf)


def _resolved_day(doc: Document, r: _Report) -> tuple[str | None, str | None]:
    """A day date for the report: a written one, or a weekday resolved against the
    publication date (the latest such day on or before it, or before ``أمس``)."""
    if r.date is not None and r.date.year:
        return r.date.iso(), "text"
    if r.weekday is not None and doc.published and doc.published_precision == "day":
        ref = dt.date.fromisoformat(doc.published)
        if r.day_offset:
            ref += dt.timedelta(days=r.day_offset)
        # an announced meeting's weekday is the next one, a reported one's the last
        resolve = resolve_weekday_ahead if (r.future or r.ahead) and r.day_offset is None else resolve_weekday
        day = resolve(r.weekday, ref) - dt.timedelta(days=_days_before_closing(r.sent.text))
        return day.isoformat(), "text"
    if r.day_offset is not None and (not r.future or r.day_offset >= 0) and doc.published \
            and doc.published_precision == "day":
        return (dt.date.fromisoformat(doc.published) + dt.timedelta(days=r.day_offset)).isoformat(), "text"
    if r.day_offset is not None and abs(r.day_offset) <= 2 and doc.published_precision == "month" and doc.published:
        return doc.published[:7], "text"     # today or tomorrow, in an article dated only by its month: that month
    return None, None


# "at the close of its meeting held over two days": the day told is the last one
_CLOSING = re.compile(r"(?:ختام|اختتام|اختتمت|اختتم)\S*\s(?:\S+\s){0,6}?(?:علي مدي|استمر(?:ت)?|دام(?:ت)?)\s+"
                      r"(يومين|ثلاث(?:ه)? ايام|اربع(?:ه)? ايام)")
_SPAN_DAYS = {"يومين": 2, "ثلاث ايام": 3, "ثلاثه ايام": 3, "اربع ايام": 4, "اربعه ايام": 4}


def _days_before_closing(text: str) -> int:
    """How many days before the one a closing report names the meeting began (its date is
    its first day): ``في ختام اجتماعها المنعقد على مدى يومين`` → 1."""
    m = _CLOSING.search(norm(text))
    return _SPAN_DAYS[m.group(1)] - 1 if m else 0


WEEKDAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class _Dating:
    """What the text tells of its main meeting (format, city, day), then the catalogue row it
    points at; each step below reads it and fills in what it finds."""

    def __init__(self, kind, city, date, source, weekday, span_report):
        self.kind, self.city, self.date, self.source = kind, city, date, source
        self.weekday, self.span_report = weekday, span_report
        self.row: cat.CatalogueMeeting | None = None
        self.note: str | None = None


def _main_meeting(doc, lex, reports, years, catalogue) -> Meeting:
    d, catalogue = _told_of_meeting(doc, lex, reports, catalogue)
    if d.date:
        d.row = cat.on_date(d.date, kind=d.kind, catalogue=catalogue)
    if d.row is None and d.city and d.date is None:
        # a day of the year the text gives (الخميس 11 شباط/فبراير) picks before a weekday alone
        d.row = _city_day_row(doc, lex, reports, doc.entities[d.city].name_en or "", catalogue)
    if d.row is None and d.city:
        _row_of_city_year(doc, lex, reports, years, catalogue, d)
    if d.row is None:
        d.row = _row_otherwise(doc, lex, reports, catalogue, d)
    if d.row is None and d.city is None and doc.dateline and d.date:
        d.city = next((m.entity for m in doc.mentions if m.kind == "dateline"), None)
    if d.row is not None:
        _dated_by_row(doc, lex, d)
    return _meeting_of(doc, lex, reports, d)


def _told_of_meeting(doc, lex, reports, catalogue) -> tuple[_Dating, list]:
    """The format, city, day and weekday the reports tell (no catalogue yet)."""
    kind = next((r.kind for r in reports if r.kind), None) or "ministerial"
    if any(r.kind == "working_group" for r in reports):
        kind, catalogue = "working_group", []     # no catalogue row is a working group's meeting
    city = next((r.city for r in reports if r.city and r.text_city is True), None) or \
        next((r.city for r in reports if r.city and r.text_city), None)
    if city is None and any(r.day_offset == 0 for r in reports):
        city = _sidelines_city(doc, lex)
    date, source, span_report = _first_day_told(doc, reports)
    if date is None:
        date, source = _lead_today(doc, lex), "text"
        source = source if date else None
    weekday = next((r.weekday for r in reports if r.weekday is not None), None)
    if weekday is None and date is None and any(r.day_offset == 0 or "اليوم" in norm(r.sent.text).split() for r in reports):
        weekday = _lead_weekday(doc, lex)    # مشاركته اليوم في مؤتمر …، after a lead's اليوم الثلاثاء
    return _Dating(kind, city, date, source, weekday, span_report), catalogue


def _row_of_city_year(doc, lex, reports, years, catalogue, d: _Dating) -> None:
    """The catalogue's meeting in the text's city in the year the text is of."""
    ent = doc.entities[d.city]
    # the reported meeting is of the publication's year; the other years an article
    # mentions are of other meetings
    implied = _implied_year(doc, reports)
    told = _placing_years(doc, lex, reports, d.city) or _ahead_years(doc, reports)
    pub = told or ({int(doc.published[:4])} if doc.published else implied or years)
    kind_said = any(r.kind for r in reports)
    # a span of days (الأربعاء والخميس) is no one weekday to pick a row by
    one_day = d.weekday if d.date is None and not any(r.span_days for r in reports) else None
    # an undated text's years told by who held office: those of them the text names, else all
    tenure = set() if told or doc.published or implied else _tenure_years(doc, lex, reports)
    tries = [(pub, bool(doc.published or implied))] if not tenure else \
        [(y, True) for y in (tenure & years, tenure) if y]
    row = next(filter(None, (_city_row(ent.name_en or "", y, strict, d.kind, kind_said, catalogue, one_day,
                                       _level(reports)) for y, strict in tries)), None)
    if row is None and d.date is None and doc.published and len(doc.published) >= 7:
        row = _month_row(ent.name_en or "", doc.published[:7], d.kind, kind_said, catalogue)
    if row is not None and not kind_said and _far_from_news(doc, reports, row):
        row = None
    if row is not None and d.date and row.date_precision == "day" and row.date != d.date:
        # the text's own day disagrees with the catalogue: the text wins for the date,
        # but then it is not that catalogue meeting unless the day is within a week of it
        if row.date[:4] != d.date[:4] or (len(d.date) == 10 and abs(_days_apart(row.date, d.date)) > CLOSE_DAYS):
            row = None
        elif d.span_report is not None and _within_span(d.span_report, d.date, row.date):
            # the text's span of days (الأربعاء والخميس) holds the catalogue's day: that day
            d.note = f"the text gives {d.span_report.span_days + 1} days from {d.date}; the catalogue's day is one of them"
            d.date, d.source = row.date, "catalogue"
    d.row = row


def _row_otherwise(doc, lex, reports, catalogue, d: _Dating):
    """The catalogue row found by what else the text tells: the state, the host, an undated
    day and month, a virtual meeting's year; None when nothing points at exactly one."""
    city, kind = d.city, d.kind
    row = None
    if city and d.date is None and doc.published and kind in _COALITION_FORMATS and any(r.kind for r in reports):
        # a format of the coalition's own in another city of a state where the catalogue has
        # its one meeting of the publication's year (a ministerial in another city is no such hint)
        row = _country_row(doc, lex, doc.entities[city].country, kind, catalogue)
    if row is None and city and _named_as_capital(doc, reports, city):
        # في عاصمة جمهورية بنين: the state is what the text names; the catalogue's one coalition
        # meeting in that state that year (of any format) is it, wherever in the state it sat
        iso = (lex.info.get(doc.entities[city].country) or {}).get("iso2")
        yrs = {int(doc.published[:4])} if doc.published else None
        rows = [x for x in catalogue if iso and x.country == iso and (not yrs or x.year in yrs)]
        row = rows[0] if len(rows) == 1 else None
    if row is None and city and d.date is None:
        row = _counted_row(reports, catalogue, doc.entities[city].name_en or "", kind)
    if row is None and city and d.date is None:
        row = _joint_row(reports, catalogue, doc.entities[city].name_en or "")
    if row is None and city is None:
        row = _hosted(doc, lex, reports, kind, catalogue)
    if row is None and d.date is None and not doc.published:
        # an undated text's day and month (يوم 30 مارس الجاري): the one catalogue meeting of that
        # kind, in that city if one is named, held on that day of some year
        row = _undated_day_row(doc, lex, reports, catalogue, venue_states=kind != "virtual_ministerial")
        if row is not None and (row.kind != kind or (city and not row.held_in(doc.entities[city].name_en))):
            row = None
    if row is None and city is None and kind == "virtual_ministerial":
        pub = {int(doc.published[:4])} if doc.published else None
        row = cat.lookup("", years=pub, kind=kind, catalogue=catalogue, strict_years=True, strict_kind=True)
    return row


def _dated_by_row(doc, lex, d: _Dating) -> None:
    """The catalogue row's city, and its day when the text gave none (noting the weekday)."""
    row = d.row
    if d.city is None or doc.entities[d.city].name_en != row.city:
        d.city = _city_key(doc, lex, row.city) or d.city
    if d.date is not None:
        return
    d.date, d.source = row.date, "catalogue"
    if d.weekday is not None and row.date_precision == "day":
        cat_wd = dt.date.fromisoformat(row.date).weekday()
        if cat_wd != d.weekday:
            d.note = (f"the text's weekday ({WEEKDAY_EN[d.weekday]}) contradicts the catalogue date "
                      f"{row.date} ({WEEKDAY_EN[cat_wd]}); the catalogue is trusted")
        else:
            d.note = f"weekday {WEEKDAY_EN[d.weekday]} in the text agrees with the catalogue"


def _meeting_of(doc, lex, reports, d: _Dating) -> Meeting:
    row, date, source, city = d.row, d.date, d.source, d.city
    prec = "day" if date and len(date) == 10 else ("month" if date and len(date) == 7 else "year" if date else None)
    if date is None:
        date, source = _year_only(doc, lex, reports, placed=city is not None)
        prec = {10: "day", 7: "month"}.get(len(date), "year") if date else None
    ent = doc.entities.get(city) if city else None
    same_day = _catalogue_day(doc, lex, reports, ent, date) if row is None and prec == "day" else None
    key = row.key if row else same_day.key if same_day else _dated_slug(ent, date, prec) if ent \
        else _cityless_key(doc, date, prec)
    m = Meeting(key=key, kind=row.kind if row else same_day.kind if same_day else d.kind, city=city,
                country=ent.country if ent else None,
                date=date, date_precision=row.date_precision if row and source == "catalogue" else prec,
                date_source=source)
    m.date_note = d.note
    if m.country is None and row is not None and row.country:
        m.country = (lex.cache.get("iso_to_key") or {}).get(row.country)
    for r in reports:
        m.evidence.append(_ev(doc, r.sent, "meeting:" + ("coalition" if r.coalition else "anaphor"),
                              0.85 if r.coalition else 0.6))
    _chairs_and_counts(doc, lex, m, reports)
    _ensure_country(doc, lex, m)
    return m


# days of one meeting told apart: a session or a side meeting on its second or third day
OPENING_WITHIN = 3


def _first_day_told(doc: Document, reports):
    """The date of the first report that dates the meeting, or an earlier day another report
    gives it within OPENING_WITHIN days: a meeting's date is its first day, and a report of a
    later session (اجتماعا مع رؤساء الأركان أمس الخميس … بدأوا الأربعاء اجتماعهم) is not its
    opening. Returns (date, source, the report whose weekday gave it)."""
    told = [(r, *_resolved_day(doc, r)) for r in reports]
    told = [t for t in told if t[1]]
    if not told:
        return None, None, None
    r, date, source = told[0]
    if len(date) == 10:
        first = dt.date.fromisoformat(date)
        earlier = [t for t in told if len(t[1]) == 10
                   and 0 < (first - dt.date.fromisoformat(t[1])).days <= OPENING_WITHIN]
        r, date, source = min(earlier, key=lambda t: t[1]) if earlier else (r, date, source)
    return date, source, (r if r.weekday is not None and r.date is None else None)


def _placing_years(doc: Document, lex: Lexicon, reports, city) -> set[int]:
    """``اجتماع التحالف الذي عقد في الكويت عام 2017``: the year written in the very sentence that
    places the meeting in its city (not a year of the article elsewhere) is the meeting's."""
    out, bound = set(), set()
    for r in reports:
        if r.city == city and r.text_city and not r.future:
            years = [d for d in _doc_dates(doc, lex, r.sent.start, r.sent.end) if d.year and not _in_person_name(doc, d)]
            out |= {d.year for d in years}
            bound |= {d.year for d in years for m in doc.mentions_in(r.sent.start, r.sent.end)
                      if m.entity == city and _year_with_place(doc.text, d, m)}
    # several years in a list of places (عام 2014م في جدة، وعام 2015م في باريس): the one written with the city
    return out if len(out) == 1 else bound if len(bound) == 1 else set()


def _year_with_place(text: str, d, m) -> bool:
    """The year ``d`` is written with the place ``m``: right before it (عام 2014م في جدة) or right
    after it (في جدة عام 2014), nothing but في / عام / م / a comma between."""
    between = norm(text[d.end:m.start] if d.end <= m.start else text[m.end:d.start])
    return len(between) <= 12 and all(w in ("في", "عام", "العام", "م", "،", ",", "ب") for w in between.replace("،", " ").split())


# a meeting to be held within a span of the telling (سيكون في روما في غضون شهر ونصف، سيعقد خلال أسبوعين)
_WITHIN = re.compile(r"(?:في غضون|خلال)\s+(?:(\S+)\s+)?(شهر|شهرين|اشهر|اسبوع|اسبوعين|اسابيع)(\s+ونصف)?(?=\s|$)")
_SPAN_UNIT = {"شهر": 30, "شهرين": 60, "اشهر": 30, "اسبوع": 7, "اسبوعين": 14, "اسابيع": 7}
_SPAN_COUNT = {"ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6}
_WILL_MEET = re.compile(r"(?:^|\s)[وف]?س(?:ي|ت)(?:كون|عقد|نعقد|جتمع|ستضيف|لتيم)(?:ون)?(?=\s|$)")


def _ahead_years(doc: Document, reports) -> set[int]:
    """The year of a meeting announced for a span ahead of a dated telling (أحدها سيكون في روما
    في غضون شهر ونصف, told in December): the publication day plus the span, which may fall in
    the next year — the publication's own year would be a guess; else empty."""
    if not doc.published or doc.published_precision != "day":
        return set()
    for r in reports:
        n = norm(r.sent.text)
        m = _WITHIN.search(n) if _WILL_MEET.search(n) else None
        if m is None or (m.group(2) in ("اشهر", "اسابيع") and m.group(1) not in _SPAN_COUNT):
            continue
        days = _SPAN_UNIT[m.group(2)] * _SPAN_COUNT.get(m.group(1), 1)
        days += _SPAN_UNIT[m.group(2)] // 2 if m.group(3) else 0
        return {(dt.date.fromisoformat(doc.published) + dt.timedelta(days=days)).year}
    return set()


def _implied_year(doc: Document, reports) -> set[int]:
    """An undated article's year told by the coalition's age (بعد خمس سنوات من الانخراط → 2019)
    or the session of a yearly gathering (على هامش الدورة 72 للجمعية العامة → 2017; مؤتمر ميونخ
    للأمن بدورته الخامسة والخمسين → 2019) in a report of the meeting or the article's lead: as
    good as a publication year; else empty."""
    if doc.published:
        return set()
    for sent in [r.sent for r in reports] + doc.sentences[:2]:
        folded = norm(sent.text)
        year = coalition_age_year(folded) or unga_session_year(folded)
        if year is not None:
            return {year}
    return set()


_TENURE = re.compile(r"\((\d{4})-(\d{4})?\)")
_FORMER = re.compile(r"\b(?:السابق|السابقه|الاسبق|الراحل)\b")
# kinds of post, in English: the lexicon's role of a person and the English of the title the article
# gives him (``Entity.role_en``, from titles.yaml) name the same post when they are of one kind
_POST_KINDS = (
    re.compile(r"Foreign Minister|Foreign Secretary|Secretary of State|Minister of Foreign Affairs"),
    re.compile(r"Secretary of Defen[cs]e|Defen[cs]e Minister|Minister of Defen[cs]e"),
    re.compile(r"Prime Minister"),
    re.compile(r"Secretary[- ]General"),
    re.compile(r"Envoy"),
    re.compile(r"^(?:US )?President"),
)


def _post_kind(role_en: str | None) -> int | None:
    return next((i for i, rx in enumerate(_POST_KINDS) if role_en and rx.search(role_en)), None)


def _tenure_years(doc: Document, lex: Lexicon, reports) -> set[int]:
    """An undated article's years told by who held office: the years every official the
    meeting's reports name held the post the lexicon gives them (``Foreign Minister of Iraq
    (2018-2020)``), when the article gives him that post; empty when none is known. A range,
    not a year: it only narrows the catalogue's rows (no row in it: no date), never dates a
    meeting alone."""
    if doc.published:
        return set()
    named = {m.entity for r in reports for m in doc.mentions_in(r.sent.start, r.sent.end) if m.kind in ("name", "short")}
    years: set[int] | None = None
    for key in sorted(named):
        found = _TENURE.search((lex.info.get(key) or {}).get("role") or "")
        if found and _in_post(doc, lex, key):
            held = set(range(int(found[1]), int(found[2] or dt.date.today().year) + 1))
            years = held if years is None else years & held
    return years or set()


def _in_post(doc: Document, lex: Lexicon, key: str) -> bool:
    """The article gives the person the lexicon's post: the title the entity stage read before
    his name is of that post's kind (Foreign Minister: وزير الخارجية; not the same man as وزير
    الدولة للشؤون الخارجية or وزير الدفاع, posts he held in other years) — and no mention calls
    him former (السابق)."""
    ent = doc.entities.get(key)
    kind = _post_kind((lex.info.get(key) or {}).get("role"))
    if ent is None or kind is None or _post_kind(ent.role_en) != kind:
        return False
    for m in doc.mentions:
        if m.entity == key and m.kind == "name":
            before = norm(doc.text[max(0, m.start - 45):m.start]).split()[-2:]
            if _FORMER.search(norm(doc.text[m.end:m.end + 20])) or _FORMER.search(" ".join(before)):
                return False
    return True


def _lead_today(doc: Document, lex: Lexicon) -> str | None:
    """``اليوم الأربعاء`` in the first sentences of a report published that very Wednesday:
    the day of what it reports, when the meeting's own sentences give none."""
    if not doc.published or doc.published_precision != "day":
        return None
    pub = dt.date.fromisoformat(doc.published)
    return pub.isoformat() if _lead_weekday(doc, lex) == pub.weekday() else None


def _lead_weekday(doc: Document, lex: Lexicon) -> int | None:
    """The weekday ``اليوم الثلاثاء`` gives in the first sentences (not a statement's day): the
    day an undated report's ``اليوم`` means (شارك اليوم في مؤتمر التحالف)."""
    days = _tables(lex)["weekdays"]
    for sent in doc.sentences[:3]:
        words = norm(sent.text).split()
        for i, (w, nxt) in enumerate(zip(words, words[1:])):
            day = days.get(nxt, days.get(nxt[1:]))
            if w in ("اليوم", "واليوم") and day is not None and not _telling_day(words, i + 1):
                return day
    return None


# a medium's reporting (حسبما ذكرت وكالة الأنباء، نقلت الصحيفة، أوردت): its day is the report's
_REPORTED = {norm(w) for w in ("حسبما", "ذكرت", "نقلت", "أوردت", "اوردت", "أفادت", "افادت")}
# a statement, or its issuing, right before اليوم: the day of the telling (في بيان صدر اليوم الجمعة)
_TELLING = {norm(w) for w in ("بيان", "بيانا", "بيانه", "بيانها", "صدر", "نشر", "نشرته", "أصدرته", "تصريح",
                              "تصريحات", "تصريحه", "صحفي", "صحافي", "أدلى", "ادلى")}


def _level(reports) -> str | None:
    """The level the text gives a small-group meeting: its political directors (or senior
    diplomats), else its ministers when it says ministerial (الوزارية)."""
    for r in reports:
        n = norm(r.sent.text)
        if any(w in n for w in _POLITICAL_DIRECTORS):
            return "political_directors"
    for r in reports:
        if r.kind == "small_group" and _MINISTERIAL_WORD.search(norm(r.sent.text)):
            return "ministerial"    # القمة الوزارية التي ستعقدها المجموعة الصغيرة: its ministers
    return None


_MINISTERIAL_WORD = re.compile(r"(?:^|\s)(?:ال)?وزاري(?:ه)?(?:\s|$)")


def _country_row(doc: Document, lex: Lexicon, state_key: str | None, kind: str, catalogue):
    """The one catalogue meeting of that kind in that state, of the publication's year when
    the article is dated (``cat.in_country``)."""
    iso = (lex.info.get(state_key) or {}).get("iso2") if state_key else None
    years = {int(doc.published[:4])} if doc.published else None
    return cat.in_country(iso, kind=kind, years=years, catalogue=catalogue) if iso else None


CLOSE_DAYS = 7       # a text's day this near a catalogue day may be a weekday resolved a week off
NEWS_DAYS = 31       # a meeting told as news, not as past, is this near its report


def _days_apart(a: str, b: str) -> int:
    return (dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days


def _far_from_news(doc: Document, reports, row) -> bool:
    """A catalogue meeting months from a day-dated report that tells its meeting as news (not as
    past): another meeting in that city that year (a finance group's in October is not the
    chiefs of defence's of February)."""
    if doc.published_precision != "day" or row.date_precision != "day" or any(r.past for r in reports):
        return False
    return abs(_days_apart(row.date, doc.published)) > NEWS_DAYS


def _city_row(city_en: str, years: set[int], published: bool, kind: str, kind_said: bool, catalogue,
              weekday: int | None = None, level: str | None = None):
    """The catalogue meeting in that city: of the publication's year when the article is dated
    (another year's would be a guess), else the only one there whatever the years the text
    names (they may be other events') — or the only one there on the weekday an undated text
    gives (مساء الخميس في واشنطن); of the kind the text says, else of any kind when only one
    was held there that year."""
    row = cat.lookup(city_en, years=years or None, kind=kind, catalogue=catalogue, strict_years=published,
                     weekday=weekday, level=level)
    if row is None and not kind_said and published:
        row = cat.lookup(city_en, years=years, catalogue=catalogue, strict_years=True)
    return row


def _absorbed(doc: Document, lex: Lexicon, r: _Report, main: Meeting | None) -> bool:
    """A mention of a meeting in the reported meeting's city, on its day or undated and not
    in the past, is that meeting again (``سيجتمعون في لندن اليوم``, ``مؤتمر بواشنطن أمس``):
    its evidence joins it, and a day the text gives there replaces a catalogue date."""
    if main is None or r.city is None or r.past:
        return False
    if r.city != main.city and not _venue_of_unplaced(doc, r, main):
        return False
    day, source = _resolved_day(doc, r)
    upcoming = bool(main.date and doc.published and main.date[:10] > doc.published[:10])
    if day is None and r.future and not upcoming and "اليوم" not in norm(r.sent.text).split():
        return False     # the next meeting in the same city, announced without a date
    if day is not None and main.date_source == "text" and main.date != day and not _first_day(r, main, day):
        return False     # another day: another meeting
    if main.city is None:
        main.city, main.country = r.city, doc.entities[r.city].country
        main.key = _dated_slug(doc.entities[r.city], main.date, main.date_precision)
    if day is not None and main.date_source == "text" and main.date != day:
        main.date = day      # the day it began (انطلق … أمس) in a closing report
    if day is not None and main.date_source != "text" and not _within_span(r, day, main.date):
        main.date, main.date_precision, main.date_source = day, "day", source
        main.date_note = None
        _rekey_by_day(doc, lex, main)
    main.evidence.append(_ev(doc, r.sent, "meeting:mention", 0.6))
    return True


def _rekey_by_day(doc: Document, lex: Lexicon, main: Meeting) -> None:
    """The text's day replaced a catalogue date: the meeting is the catalogue's of that day
    (a meeting near Washington the day before the ministerial there: Andrews' defence
    ministerial), else no catalogue meeting (its key no longer the other day's row)."""
    row = cat.on_date(main.date, kind=main.kind)
    if row is not None:
        main.key, main.kind = row.key, row.kind
        city = _city_key(doc, lex, row.city)
        if city is not None:
            main.city, main.country = city, doc.entities[city].country
    elif any(x.key == main.key for x in cat.default()):
        main.key = f"{main.key}-{main.date[5:]}"


def _within_span(r: _Report, first: str, date: str | None) -> bool:
    """The report's span of days from ``first`` (الأربعاء والخميس) holds ``date``."""
    if not r.span_days or not date or len(date) != 10:
        return False
    return 0 < (dt.date.fromisoformat(date) - dt.date.fromisoformat(first)).days <= r.span_days


# the meeting's start, told of a day before the one a closing report names
_STARTED = re.compile(r"(?:^|\s)[وف]?(?:انطلق|انطلقت|بدا|بدات|افتتح|افتتحت)\S{0,3}(?=\s|$)")


def _venue_of_unplaced(doc: Document, r: _Report, main: Meeting) -> bool:
    """The reported meeting has no city and this sentence places "the meeting" (definite: the
    one just reported, الاجتماع، الذي انطلق في روما أمس) in one, in the present, no other body's."""
    return main.city is None and r.text_city is True and not r.future and not r.other_body \
        and not main.announced and "الاجتماع" in norm(r.sent.text).split()


def _first_day(r: _Report, main: Meeting, day: str) -> bool:
    """The sentence tells the meeting's start (انطلق، بدأ، افتتح) one to three days before the
    day the report dates it by: the same meeting, dated by its first day."""
    if not _STARTED.search(norm(r.sent.text)) or not main.date or len(main.date) != 10:
        return False
    return 1 <= (dt.date.fromisoformat(main.date) - dt.date.fromisoformat(day)).days <= 3


_HOST = re.compile(r"(?:^|\s)[وف]?(?:تستضيف|يستضيف|استضافت|استضاف|ستستضيف|سيستضيف|تحتضن|يحتضن|احتضنت|احتضن|ستحتضن|سيحتضن)\S*"
                   r"(?:\s+دوله|\s+المملكه)?\s*$")


def _yearless_days(doc: Document, lex: Lexicon, reports, *, dateline: bool) -> set[str]:
    """The days (``MM-DD``) the reports' sentences give without a year; with ``dateline``
    false, not a dateline's (it dates the report)."""
    return _days_in(doc, lex, [r.sent for r in reports], dateline=dateline)


def _days_in(doc: Document, lex: Lexicon, sents, *, dateline: bool = True) -> set[str]:
    """The days (``MM-DD``) these sentences give without a year (a dateline's too, or not)."""
    return {f"{d.month:02d}-{d.day:02d}" for s in sents for d in _doc_dates(doc, lex, s.start, s.end)
            if d.day and d.month and not d.year and (dateline or not _dateline_date(doc, d))}


def _undated_day_row(doc: Document, lex: Lexicon, reports, catalogue, venue_states: bool = True):
    """An undated text's meeting day without its year (المقرر له الحادي عشر من ماي القادم),
    in the state it names as the venue (في المغرب) if any (an online meeting has none): the
    one catalogue meeting held on that day of the year (there), else None."""
    days, states = _yearless_days(doc, lex, reports, dateline=True), set()
    for r in reports:
        for m in doc.mentions_in(r.sent.start, r.sent.end):
            ent = doc.entities.get(m.entity)
            before = norm(doc.text[max(r.sent.start, m.start - 4):m.start]).split()
            if venue_states and ent is not None and ent.type == "state" and m.kind == "name" and before \
                    and before[-1] == "في":
                states.add((lex.info.get(m.entity) or {}).get("iso2"))
    states.update(_host_states(doc, lex, reports) if venue_states else ())
    rows = [x for x in catalogue if x.date_precision == "day" and x.date[5:] in days
            and (not states or x.country in states)]
    return rows[0] if len(days) == 1 and len(rows) == 1 else None


def _implied_year_row(doc: Document, reports, catalogue):
    """An undated text that places its meeting nowhere (وترأس الاجتماع …، هذا الحدث الدولي) but
    tells its year by the coalition's age (بمناسبة الذكرى العاشرة لتأسيس): the one catalogue
    meeting of that year (of the kind the text says, if it says one), else None."""
    own = [r for r in reports if not (r.other_body or r.future or r.past)]
    years = _implied_year(doc, own)
    if not years or any(r.city for r in reports):
        return None
    kind = next((r.kind for r in own if r.kind), None)
    rows = [x for x in catalogue if x.year in years and (kind is None or x.kind == kind)]
    return rows[0] if len(rows) == 1 else None


# the states told by their number (اجتماعات الدول الـ68): the coalition as a whole
_N_STATES = r"(?:ال|لل)دول ال\s?(\d{2,3})\b"
_THE_N_STATES = re.compile(r"\b" + _N_STATES)
# the coalition's meeting told by its member count (الاجتماع الوزاري لـ 68 دولة في التحالف)
_COUNTED = re.compile(r"(?:اجتماع|الاجتماع)(?:\s+\S+){0,2}\s+(?:ل\S?\s*(\d{2,3})\s+(?:دوله|عضوا|بلدا)|"
                      + _N_STATES + ")")


def _counted_row(reports, catalogue, city_en: str | None = None, kind: str = "ministerial"):
    """The one catalogue meeting of that format held when the coalition had as many members as
    the meeting's sentences count. Placed nowhere, the count must be the meeting's own (الاجتماع
    الوزاري لـ 68 دولة في التحالف); placed in a city, any count of states there (وشاركت 68 دولة في
    الاجتماع الوزاري) with the city's meetings only."""
    if city_en is None and any(r.city for r in reports):
        return None
    pattern = _COUNTED if city_en is None else _STATES_COUNTED
    counts = {int(m.group(1) or m.group(2)) for r in reports if r.coalition and not r.other_body
              for m in pattern.finditer(norm(r.sent.text))}
    rows = [x for x in catalogue if x.member_count in counts and x.kind == kind
            and (city_en is None or x.held_in(city_en))]
    return rows[0] if len(rows) == 1 else None


# foreign and defence ministers together (وزراء خارجية ودفاع دول التحالف، وزراء الخارجية والدفاع)
_JOINT = re.compile(r"وزراء\s+(?:ال)?(?:خارجيه\s+و(?:ال)?دفاع|دفاع\s+و(?:ال)?خارجيه)\b")


def _joint_row(reports, catalogue, city_en: str):
    """The city's one catalogue meeting of foreign and defence ministers together, when the
    meeting's sentences name both (اجتماع في واشنطن لوزراء خارجية ودفاع دول التحالف), else None."""
    if not any(r.coalition and not r.other_body and _JOINT.search(norm(r.sent.text)) for r in reports):
        return None
    rows = [x for x in catalogue if x.joint and x.held_in(city_en)]
    return rows[0] if len(rows) == 1 else None


# a count of states in a sentence of the meeting (وشاركت 68 دولة في الاجتماع الوزاري), or the
# states told by their number (اجتماعات الدول الـ68)
_STATES_COUNTED = re.compile(r"(?<![\d.,])(\d{2,3})\s+(?:دوله|عضوا|بلدا)|" + _THE_N_STATES.pattern)


def _month_row(city_en: str, month: str, kind: str, kind_said: bool, catalogue):
    """Several catalogue meetings in the city that year: the one of the publication's month (a
    ministerial the text says may be a small group's at ministers' level), else None."""
    rows = [x for x in catalogue if x.held_in(city_en) and x.date[:7] == month
            and (not kind_said or x.kind == kind or (kind == "ministerial" and x.level == "ministerial"))]
    return rows[0] if len(rows) == 1 else None


def _city_day_row(doc: Document, lex: Lexicon, reports, city_en: str, catalogue):
    """A meeting the text places in a city on a day without its year (احتضنت واشنطن يوم 6
    فبراير): the one catalogue meeting held in that city on that day of a year, else None."""
    days = _yearless_days(doc, lex, reports, dateline=False)
    if not days and not doc.published:
        # an undated report's lead gives the day (قال الوزير، الثلاثاء 2 يونيو، إن …) and a later
        # sentence the meeting (على هامش مؤتمر التحالف في باريس): the day is the meeting's
        days = _days_in(doc, lex, doc.sentences[:2])
    rows = [x for x in catalogue if x.held_in(city_en) and x.date_precision == "day" and x.date[5:] in days]
    return rows[0] if len(rows) == 1 else None


def _host_states(doc: Document, lex: Lexicon, reports) -> list[str]:
    """The states (ISO codes) a meeting's reports name as its host: the state, or a body of
    that state (``تستضيف الخارجية الأمريكية … اجتماعا``), right after a verb of hosting."""
    out = []
    for r in reports:
        for m in doc.mentions_in(r.sent.start, r.sent.end):
            ent = doc.entities.get(m.entity)
            state = m.entity if ent is not None and ent.type == "state" else \
                ent.country if ent is not None and ent.type == "organization" else None
            iso = (lex.info.get(state) or {}).get("iso2") if state else None
            if iso and iso not in out and _HOST.search(norm(doc.text[max(r.sent.start, m.start - 30):m.start])):
                out.append(iso)
    return out


def _hosted(doc: Document, lex: Lexicon, reports, kind: str, catalogue):
    """A meeting the text places only by its host state (``تستضيفه دولة الكويت``), or a format
    of the coalition's own only by the state it is held in (``اجتماعا مصغرا في إسبانيا``): the
    catalogue meeting of that kind the state hosted (that year), when there is exactly one."""
    # an undated text: the years its officials held their posts (Blinken's 2021-2025) narrow the rows
    years = {int(doc.published[:4])} if doc.published else (_tenure_years(doc, lex, reports) or None)
    for iso in _host_states(doc, lex, reports):
        row = cat.hosted_by(iso, years=years, kind=kind, catalogue=catalogue)
        if row is not None:
            return row
    # a format of the coalition's own placed in a state (يعقد التحالف اجتماعا مصغرا في إسبانيا)
    if kind not in _COALITION_FORMATS or not any(r.kind for r in reports):
        return None
    for r in reports:
        for m in doc.mentions_in(r.sent.start, r.sent.end):
            ent = doc.entities.get(m.entity)
            if ent is not None and ent.type == "state" and m.kind == "name" and \
                    norm(doc.text[max(r.sent.start, m.start - 4):m.start]).split()[-1:] == ["في"]:
                row = _country_row(doc, lex, m.entity, kind, catalogue)
                if row is not None:
                    return row
    return None


def _other_meeting(doc, lex, r: _Report, years, catalogue, main: Meeting | None) -> Meeting | None:
    """A meeting the article mentions but does not report: announced, past, or of another
    body (ministers of the states concerned with Syria meeting in Rome the same day)."""
    if r.city is None or not r.text_city:
        return None
    if main is not None and main.city == r.city and not r.future and r.coalition and not r.past:
        return None   # the reported meeting again
    ent = doc.entities[r.city]
    place = next((m for m in doc.mentions_in(r.sent.start, r.sent.end) if m.entity == r.city), None)
    dates = _dates_near(doc, lex, r.sent, place.end if place else r.sent.start, r.future, place)
    ahead = set() if dates else _ahead_years(doc, [r])
    # an undated article's year told by a yearly gathering's session or the coalition's age
    implied = set() if dates or ahead else _implied_year(doc, [r])
    sy = {d.year for d in dates} or ahead or implied
    kind = (r.kind or None) if (r.coalition or r.kind in ("small_group", "focus_group")) else "meeting"
    row = None
    if r.coalition or r.kind in ("small_group", "focus_group"):
        row = cat.lookup(ent.name_en or "", years=sy or years or None, kind=r.kind or "ministerial",
                         catalogue=catalogue, strict_years=bool(sy), strict_kind=bool(r.kind), level=_level([r]))
        if row is None and ahead and not r.kind:
            # no kind said: the one meeting there in the year the span ends in (as _city_row)
            row = cat.lookup(ent.name_en or "", years=ahead, catalogue=catalogue, strict_years=True)
        if row is not None and main is not None and row.key == main.key:
            row = None
        if row is not None and r.future and not r.past and doc.published \
                and row.date[:len(doc.published)] < doc.published[:len(row.date)]:
            row = None     # an announced meeting is not one held before the announcement
        if not dates and _yearless_days(doc, lex, [r], dateline=False):
            # a day without its year (يوم 15 شباط الجاري في ميونخ): the catalogue's one meeting
            # there on that day of a year, and no other there
            row = _city_day_row(doc, lex, [r], ent.name_en or "", catalogue)
    # a weekday, or for the coalition's own meeting a relative day (سيجتمعون غدا), dates it
    day = _resolved_day(doc, r)[0] if (r.weekday is not None or (r.day_offset is not None and r.coalition)) \
        and r.date is None else None
    if day is not None:
        if row is None and not r.other_body and \
                (_about_isis(doc, lex, r.sent) or not _OTHER_TOPIC.search(norm(r.sent.text))):
            # a meeting there on a catalogue meeting's very day, in an article about the coalition, is
            # that meeting, though the sentence does not name the coalition (المؤتمر الدولي المقرر غدا
            # الاثنين في باريس): about ISIS, or about nothing else it names (يعقد في جدة غدا اجتماع
            # إقليمي يضم وزراء …), not a second meeting beside it
            row = cat.on_date(day, catalogue=catalogue)
            row = row if row is not None and row.held_in(ent.name_en) else None
        m = _weekday_dated(r, ent, kind, row if row is not None and row.date[:4] == day[:4] else None, day)
    elif row is not None and not dates and r.future and _held_soon_after(doc, row):
        # previewed days before (في اجتماع نهاية الأسبوع الجاري بالعاصمة السعودية): the one
        # catalogue meeting there within two weeks of the publication is this one, on its day
        m = Meeting(key=row.key, kind=row.kind, city=r.city, country=ent.country, date=row.date,
                    date_precision="day", date_source="catalogue", announced=True)
    elif row is not None and (r.future or not row.date_precision == "day") and (dates or years):
        # an announced or only mentioned meeting: the date the text gives (خريف 2021 → 2021),
        # the catalogue's day kept aside
        d = dates[0] if dates else None
        y = d.iso() if d else None
        m = Meeting(key=row.key, kind=row.kind, city=r.city, country=ent.country, date=y or row.date[:4],
                    date_precision=d.precision if d else "year", date_source="text" if d else "catalogue",
                    announced=r.future)
        m.date_note = f"catalogue: held {row.date}"
    elif row is not None:
        m = Meeting(key=row.key, kind=row.kind, city=r.city, country=ent.country, date=row.date,
                    date_precision=row.date_precision, date_source="catalogue", announced=r.future)
    else:
        d = dates[0] if dates else None
        y = d.iso() if d else (main.date[:7] if main and main.date and main.city == r.city else None)
        prec = d.precision if d else ("month" if y and len(y) == 7 else None)
        if y is None and (ahead or implied):
            y, prec = str(min(ahead or implied)), "year"     # سيعقد … خلال أسبوعين: the year the span ends in
        # keyed as a reported meeting no catalogue row names (_dated_slug): other articles'
        # reports and mentions of the same meeting get the same key and merge — as the catalogue
        # meeting of that very day there, when the text gives its day
        same_day = _catalogue_day(doc, lex, [r], ent, y) if prec == "day" and not r.other_body else None
        m = Meeting(key=same_day.key if same_day else _dated_slug(ent, y, prec),
                    kind=same_day.kind if same_day else kind or "meeting",
                    city=r.city, country=ent.country, date=y, date_precision=prec,
                    date_source="text" if y else None, announced=r.future)
    m.evidence.append(_ev(doc, r.sent, "meeting:mention", 0.6))
    _ensure_country(doc, lex, m)
    return m


def _catalogue_day(doc: Document, lex: Lexicon, reports, ent, day: str):
    """The catalogue meeting held in that city on the very day the text gives a meeting about
    ISIS (الاجتماع الوزاري لمكافحة داعش، المعقود في واشنطن في 21 تموز/يوليو): the text names it
    exactly, so it takes that meeting's key and the reports of it merge."""
    if ent is None:
        return None
    row = cat.on_date(day)
    if row is None or not row.held_in(ent.name_en or "") or row.date != day:
        return None
    return row if any(r.coalition or _about_isis(doc, lex, r.sent) for r in reports) else None


def _about_isis(doc: Document, lex: Lexicon, sent) -> bool:
    isis = (lex.cache.get("by_row_key") or {}).get("isis")
    return isis is not None and any(m.entity == isis for m in doc.mentions_in(sent.start, sent.end))


# a topic clause (لبحث الأزمة في ليبيا، حول، بشأن): the meeting is about what it names
# a conference of donors or for a country's support or rebuilding (مؤتمر دعم سوريا والمنطقة، مؤتمر المانحين،
# مؤتمر إعادة إعمار العراق): a gathering of its own, whoever also met the coalition there
_AID_CONFERENCE = re.compile(r"\b(?:ال)?موتمر(?:ا)?\s+(?:ال)?(?:دعم|المانحين|مانحين|اعاده\s+(?:ال)?اعمار|اعمار|التعهدات|تعهدات)\b")
_OTHER_TOPIC = re.compile(r"(?:^|\s)[وف]?(?:لبحث|بحث|لمناقشه|مناقشه|حول|بشان|لتناول)(?=\s|$)")


PREVIEW_DAYS = 14


def _held_soon_after(doc: Document, row) -> bool:
    """The catalogue meeting was held within PREVIEW_DAYS after the article's publication day."""
    ref = _reference(doc)
    if ref is None or row.date_precision != "day":
        return False
    return 0 <= (dt.date.fromisoformat(row.date) - ref).days <= PREVIEW_DAYS


def _weekday_dated(r: _Report, ent, kind: str | None, row, day: str) -> Meeting:
    """A mentioned meeting the text dates by its weekday (``من المقرر عقد محادثات في واشنطن
    الأربعاء``): the text's day, the catalogue's only for the key."""
    key = row.key if row is not None else _dated_slug(ent, day, "day")
    m = Meeting(key=key, kind=row.kind if row is not None else kind or "meeting", city=r.city,
                country=ent.country, date=day, date_precision="day", date_source="text", announced=r.future)
    if row is not None and row.date != day:
        m.date_note = f"catalogue: held {row.date}"
    return m


def _ensure_country(doc: Document, lex: Lexicon, m: Meeting) -> None:
    if m.country and m.country not in doc.entities:
        from .entities import ensure_entity as _ensure
        info = lex.info.get(m.country) or {}
        ent = _ensure(doc, lex, m.country, "state", info.get("name_en"), info.get("qid"), None)
        ent.name_ar = (info.get("names_ar") or [None])[0]


def _dates_near(doc: Document, lex: Lexicon, sent, pos: int, future: bool = False, place=None):
    """Dates of a sentence, the one written with the ``place`` first (عام 2014م في جدة، وعام 2015م
    في باريس), then the one right after ``pos`` (ببروكسل في خريف 2021, not the other meeting's
    يونيو 2022); a date without a year takes it from the publication date
    (``complete_year``: في ديسمبر الماضي → the last December before it, في 20 يوليو in an
    announcement → the next 20 July)."""
    out = []
    for d in _doc_dates(doc, lex, sent.start, sent.end):
        if norm(doc.text[max(sent.start, d.start - 8):d.start]).endswith(_FOR_YEAR):
            continue     # الاجتماع الوزاري القادم للعام 2023: what a meeting is for, not when this one was
        if _in_period(doc, sent, d):
            continue
        if d.year is None and d.month and doc.published:
            pub = dt.date.fromisoformat(doc.published[:10]) if len(doc.published) >= 10 else None
            if pub is None:
                continue
            d.year = complete_year(d.month, d.day, pub, norm(doc.text[d.end:d.end + 12]), future)
        if d.year:
            out.append(d)
    return sorted(out, key=lambda d: (not (place is not None and _year_with_place(doc.text, d, place)),
                                      d.start < pos, abs(d.start - pos)))


def _year_only(doc: Document, lex: Lexicon, reports, placed: bool = False) -> tuple[str | None, str | None]:
    """The month or year of a reported meeting no day dates: one written in its sentences,
    else the publication's; never a pick among the other years an article names."""
    ref = _reference(doc)
    for r in reports:
        for d in _doc_dates(doc, lex, r.sent.start, r.sent.end):
            if d.month and not d.year and ref is not None:
                after = norm(doc.text[d.end:d.end + 14]).split()[:1]
                if after and after[0] in MONTH_MODIFIERS:     # تموز الماضي: the last July before the telling
                    d.year = complete_year(d.month, d.day, ref, after[0])
            if d.year and not _not_the_meetings(doc, r.sent, d):
                return d.iso(), "text"
    if placed and doc.published and doc.published_precision == "day" and int(doc.published[8:10]) > 7 \
            and not any(r.future or r.past for r in reports):
        # a meeting just reported in its city (no day, neither announced nor past): the month
        # of the report (the day of the telling is not the meeting's) — unless the report is
        # of a month's first week, when the meeting may be of the month before
        return doc.published[:7], doc.published_source or "metadata"
    ahead = _ahead_years(doc, reports)
    if ahead:
        return str(min(ahead)), "text"
    if doc.published:
        return doc.published[:4], doc.published_source or "metadata"
    implied = _implied_year(doc, reports)
    if implied:
        return str(min(implied)), "text"
    return None, None


def _cityless_key(doc: Document, date: str | None, prec: str | None) -> str:
    """Meetings with no known city are one meeting only when their days agree; else each
    article's stays its own."""
    if prec == "day":
        return f"unknown-{date}"
    slug = re.sub(r"[^a-z0-9]+", "-", doc.id.lower()).strip("-") or "x"
    return f"unknown-{date or 'undated'}-in-{slug}"


_FOR_YEAR = ("للعام", "لعام", "للسنه", "لسنه")
# a year that opens or closes a period (من 2004 حتى 2011، بين عامي 2014 و2017)
_PERIOD = re.compile(r"(?:\b(?:من|منذ)\s+(?:عام\s+)?\d{4}\s+(?:حتي|الي|و)\s*|\bبين\s+(?:عامي\s+)?\d{4}\s+و\s*)$")
_PERIOD_END = re.compile(r"^\s*(?:حتي|الي)\s+(?:عام\s+)?\d{4}\b|^\s*و\s*\d{4}\b")
# verbs of telling: a weekday right after one dates the statement
_TOLD = {norm(w) for w in ("أعلن", "أعلنت", "اعلن", "قال", "قالت", "أكد", "أكدت", "صرح", "صرحت", "ذكر", "ذكرت",
                           "أفاد", "أفادت", "أوضح", "أوضحت", "كشف", "كشفت")}


def _dated_slug(ent, date: str | None, prec: str | None) -> str:
    """The key of a meeting no catalogue row names: its city and year, and the month the text
    dates it to (two meetings in one city and year on days months apart are not one)."""
    return _slug(ent, date) + (f"-{date[5:7]}" if prec in ("day", "month") and date and len(date) >= 7 else "")


def _slug(ent, date: str | None) -> str:
    name = (ent.name_en or norm(ent.name_ar or "")) if ent else "unknown"
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "x"
    return f"{slug}-{date[:4]}" if date else f"{slug}-undated"


def _city_key(doc: Document, lex: Lexicon, city_en: str | None) -> str | None:
    if not city_en:
        return None
    for k, e in doc.entities.items():
        if e.type == "city" and (e.name_en or "").lower() == city_en.lower():
            return k
    for k, row in lex.info.items():
        if row.get("type") == "city" and (row.get("name_en") or "").lower() == city_en.lower():
            from .entities import ensure_entity as _ensure
            ent = _ensure(doc, lex, k, "city", row.get("name_en"), row.get("qid"), None)
            ent.name_ar = (row.get("names_ar") or [None])[0]
            return k
    return None


def _chairs_and_counts(doc: Document, lex: Lexicon, m: Meeting, reports) -> None:
    """Chairs and hosts (states of the people or states after ترأس/برئاسة/بدعوة من), the
    member count (تضم 83 عضوا, رفع العدد الإجمالي للأعضاء إلى 86) and observers (كمراقبين)."""
    for sent in doc.sentences:
        n = norm(sent.text)
        cue = CHAIR_CUE.search(n)
        if cue:
            ments = doc.mentions_in(sent.start, sent.end)
            # the chair clause: from the cue to the next full stop / verb of another act
            for x in ments:
                ent = doc.entities.get(x.entity)
                if ent is None or x.kind == "dateline":
                    continue
                if len(norm(doc.text[sent.start:x.start])) < cue.start() - 2:
                    continue
                state = None
                if ent.type == "person" and ent.affiliation and doc.entities.get(ent.affiliation) is not None \
                        and doc.entities[ent.affiliation].type == "state":
                    state = ent.affiliation
                elif ent.type == "state" and x.kind in ("nisba", "name", "metonym") and \
                        len(norm(doc.text[sent.start:x.start])) - cue.end() < 120:
                    state = x.entity
                held = m.hosts if HOST_CUE.match(cue.group()) else m.chairs
                if state and state not in held:
                    held.append(state)
                    if not any(e.start == sent.start for e in m.evidence):
                        m.evidence.append(_ev(doc, sent, "meeting:chair", 0.7))
        if m.member_count is None:
            for pat in (MEMBER_COUNT if _DIGIT.search(n) else ()):
                mc = pat.search(n)
                if mc and 20 <= int(mc.group(1)) <= 200:
                    m.member_count = int(mc.group(1))
                    break
        if "مراقب" in n:
            for x in doc.mentions_in(sent.start, sent.end):
                ent = doc.entities.get(x.entity)
                if ent is not None and ent.type == "state" and x.kind == "name" and x.entity not in m.observers:
                    after = norm(doc.text[x.end:min(sent.end, x.end + 60)])
                    if "مراقب" in after:
                        m.observers.append(x.entity)
