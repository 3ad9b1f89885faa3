"""Clean and segment: drop site chrome, split sentences, keep offsets into the original text.

>>> from coalition_kg.loaders.article import Article
>>> doc = segment(Article(id="a", source="a", text="سياسة\\nقال الوزير إن الاجتماع مهم. وأضاف أنه ناجح.\\nتابعونا على فيسبوك"))
>>> [s.text for s in doc.sentences]
['قال الوزير إن الاجتماع مهم.', 'وأضاف أنه ناجح.']
>>> [reason for _, _, reason in doc.dropped]
['short line without a sentence', 'site chrome']
"""
from __future__ import annotations

import re

from .article import Article
from .document import Document, Sentence
from .lexicon import compiled
from .normalize import alternation, fold, norm
from .stages import stage

# Site chrome recognised by its wording: social links, subscription prompts, app promos,
# "read also", copyright. Matched on normalised text, which drops the colon: a source line
# ("المصدر:") is SOURCE_LINE's, since the bare word is also a news source (وذكر المصدر أن).
CHROME = [norm(p) for p in (
    "تابعونا على", "تابع أحدث الأخبار", "تابعنا على", "اشترك في", "اشترك الآن",
    "لم تشترك بعد", "انشئ حساباً", "أنشئ حسابا", "سجل الدخول", "تسجيل الدخول", "اقرأ أيضا",
    "اقرأ أيضاً", "اقرأ المزيد", "شارك هذا", "شارك المقال", "حمل تطبيق", "جميع الحقوق محفوظة",
    "google news", "النشرة البريدية", "الأكثر قراءة",
    "رئيس مجلس الإدارة", "رئيس مجلسي الإدارة", "رئيس التحرير", "مدير التحرير", "نشراتنا البريدية",
    "اشترك في النشرة", "حمّل التطبيق", "مواضيع ذات صلة", "أخبار ذات صلة", "اقرأ ايضا",
    "كلمات مفتاحية", "آخر تحديث", "شارك على", "أرسل لصديق",
)]
# Single ordinary words that are chrome only as a whole short line (a button, a label):
# "إعلان" is also a declaration (إعلان روما), "تطبيق" an application of a law.
CHROME_WORDS = {norm(w) for w in ("إعلان", "تطبيق", "شاركوا", "الوسوم", "وسوم", "طباعة", "تابعوا")}
CHROME_WORDS_MAX = 3
_CHROME_RE = re.compile(alternation(CHROME))
# A dateline opening the first lines: up to 8 words (city, date, agency) before a dash, and an
# optional "متابعة:" / "11 ماي 2022:" after it. The dash must be spaced or lead a word (-كييف).
DATELINE_DASH = re.compile(r"(?:\s[-–—]+|[–—]+|^[^\s]*\s*-(?=\S))")
DATELINE_MAX_WORDS = 8
DATELINE_TAIL = re.compile(r"^\s*(?:[^\s:.،]{1,12}|[^:.\n]{0,20}\d[^:.\n]{0,8})\s*:\s*")
SOURCE_LINE = re.compile(r"^\s*(المصدر|المصادر)\s*[:：]")
# matched on the folded line (marks gone, letters folded: الاناضول is الأناضول)
CREDIT_END = re.compile(r"\((?:[^()]{0,40}(?:وكاله|الفرنسيه|رويترز|اسوشيتد|الاناضول|غيتي|getty|afp|epa|ap)[^()]{0,40})\)\s*$",
                        re.IGNORECASE)
SENT_END = re.compile(r"[.!?؟]+[\"”»’')\]]*(?=\s|$)")
# where a line is split into sentences: also before an Arabic letter glued to the mark (a crawler's
# lost space: داعش".لكنه أكد), unless that mark is a dot inside an abbreviation (أ.ف.ب)
SENT_SPLIT = re.compile(r"[.!?؟]+[\"”»’')\]]*(?=\s|$|[\u0621-\u064A])")
MIN_CONTENT_WORDS = 6
LONG_LINE = 30       # words: a line this long that opens with chrome carries content after it


# hard-wrapped copy (wire text broken at a fixed width, mid-sentence): most lines of that length
# end without a sentence's end and run on into the next
WRAP_WIDTH = (35, 90)
WRAP_SHARE = 0.6
WRAP_MIN_LINES = 5
_RUNS_ON = re.compile(r"[^\s.!?؟:\"”»)\]]\s*$")


def _lines(text: str, heads: frozenset[str] = frozenset()):
    """The text's lines (index, start, end, line); in hard-wrapped copy a line that runs on
    into the next is joined to it, and so is a paragraph's opening word set on a line of its
    own (the joined line keeps its newlines: offsets stay true)."""
    raw, pos = [], 0
    for line in text.split("\n"):
        raw.append((pos, pos + len(line), line))
        pos += len(line) + 1
    wrapped = _hard_wrapped(raw)
    i, ended = 0, True
    for n, (start, end, line) in enumerate(raw):
        if n < i:
            continue
        i = n + 1
        if ended and i < len(raw) and _lone_opener(line, raw[i][2], heads):
            end, line, i = raw[i][1], text[start:raw[i][1]], i + 1
        while wrapped and i < len(raw) and _runs_on(line) and raw[i][2].strip():
            end = raw[i][1]
            line = text[start:end]
            i += 1
        if line.strip():
            ended = bool(_ENDED.search(line))
        yield n, start, end, line


# a sentence's end at a line's end (a headline without one leaves the next line a paragraph's start)
_ENDED = re.compile(r"[.!?؟:\"”»]\s*$")


# anything but a letter, a vowel mark or the tatweel
_NOT_A_LETTER = re.compile(r"[^\w\u0640\u064b-\u0652]|[\d_]")


def _lone_opener(line: str, following: str, heads: frozenset[str]) -> bool:
    """``وتعهدت`` / ``دعت`` alone on a line, the paragraph running on in the next (a site that
    sets a paragraph's first word apart): a verb of speech or a word on و/ف, then a line of
    words."""
    words = line.split()
    if len(words) != 1 or len(following.split()) < 3:
        return False
    w = norm(words[0])
    if _NOT_A_LETTER.search(words[0]):
        return False        # وكالات: — a byline, with its colon
    return w in heads or (w[:1] in "وف" and len(w) >= 4 and w.isalpha())


def _runs_on(line: str) -> bool:
    last = line.rsplit("\n", 1)[-1]
    return WRAP_WIDTH[0] <= len(last) <= WRAP_WIDTH[1] and bool(_RUNS_ON.search(last))


def _hard_wrapped(raw) -> bool:
    content = [line for _, _, line in raw if len(line.split()) > 3]
    runs = sum(1 for a, b in zip(raw, raw[1:]) if _runs_on(a[2]) and b[2].strip())
    return runs >= WRAP_MIN_LINES and runs >= WRAP_SHARE * len(content)


def classify_line(line: str, seen: set[str]) -> str | None:
    """Why a line is chrome, or None when it is content."""
    n = norm(line)
    if not n:
        return "blank"
    if n in seen:
        return "repeated line"
    if SOURCE_LINE.match(fold(line)):
        return "source line"
    words = n.split()
    if _CHROME_RE.match(n) or (len(words) < 15 and _CHROME_RE.search(n)):
        return "site chrome"
    if words[0] in CHROME_WORDS and len(words) <= CHROME_WORDS_MAX:
        return "site chrome"
    if CREDIT_END.search(fold(line)) and len(words) < 40:
        return "photo caption"
    if len(words) < MIN_CONTENT_WORDS and not SENT_END.search(line) and not _colon_headline(line, words):
        return "short line without a sentence"
    return None


# a short headline that names its speaker before a colon (ماكغورك: سأبقى في العراق) is content; a
# byline's or a caption's label before a colon (بقلم: فلان، إعداد: …) is not
_COLON_HEAD = re.compile(r"^\s*([^\s:：]+(?:\s+[^\s:：]+){0,2})\s*[:：]\s*(\S+(?:\s+\S+){1,})\s*$")
_LABELS = {norm(w) for w in ("بقلم", "الكاتب", "الكاتبة", "كتب", "كتبت", "إعداد", "اعداد", "تحرير", "ترجمة", "تصوير",
                             "متابعة", "حاوره", "حاورته", "حاورها", "المحرر", "مراسل", "مراسلنا", "الموضوع", "العنوان",
                             "التاريخ", "الوقت", "المكان", "الرابط", "القسم", "عاجل")}


def _colon_headline(line: str, words: list[str]) -> bool:
    m = _COLON_HEAD.match(line)
    return bool(m) and len(words) >= 3 and not any(c.isdigit() for c in m.group(1)) \
        and norm(m.group(1)).split()[0] not in _LABELS


def _speech_headline(line: str, heads: frozenset[str]) -> bool:
    """A short headline whose subject speaks in the present (كيري يؤكد دعم بلاده للتحالف، خبراء
    يحذرون من …): content, though it has no sentence's stop."""
    words = norm(line).split()
    return 3 <= len(words) and any(w in heads and w[:1] in "يت" for w in words[1:4])


def segment(article: Article) -> Document:
    """A new Document of the article, its lines classified and its sentences split."""
    return split_lines(Document(article=article))


@stage(needs=("article",), adds=("kept", "dropped", "dateline", "sentences"))
def split_lines(doc: Document, lex=None) -> Document:
    article = doc.article
    seen: set[str] = set()
    for li, start, end, line in _lines(article.text, _speech_heads(lex) if lex is not None else frozenset()):
        reason = classify_line(line, seen)
        if reason == "short line without a sentence" and lex is not None and _speech_headline(line, _speech_heads(lex)):
            reason = None
        n = norm(line)
        if n:
            seen.add(n)
        if reason == "site chrome" and len(n.split()) >= LONG_LINE and _CHROME_RE.match(n):
            # a header stamp the crawler glued to the lead (آخر تحديث: 1 أكتوبر 2024 - …أكد الوزير):
            # only the stamp, up to its dash, is chrome
            cut = dateline_length(line)
            if cut:
                doc.dropped.append((start, start + cut, reason))
                start, line, reason = start + cut, line[cut:], None
        if reason:
            if reason != "blank":
                doc.dropped.append((start, end, reason))
            if doc.dateline is None and not doc.kept and reason == "short line without a sentence" \
                    and standalone_dateline(line):
                doc.dateline = (start, end)
            continue
        doc.kept.append((start, end))
        if doc.dateline is None and len(doc.kept) <= 3:
            cut = dateline_length(line, _speech_heads(lex) if lex is not None else frozenset())
            if cut:
                doc.dateline = (start, start + cut)
                _split(doc, li, start + cut, line[cut:])
                continue
        _split(doc, li, start, line)
    return doc


def _speech_heads(lex) -> frozenset[str]:
    """Verbs of speech (normalised, without و/ف): a line opening with one is a sentence, whatever
    dashes follow (وقال الوزير - لصحيفة محلية - إن …), never a dateline."""
    def build(lex):
        return frozenset(norm(f).split()[0] for row in lex.data.get("speech_verbs") or []
                         if isinstance(row, dict) for f in row.get("forms") or [] if norm(f))
    return compiled(lex, "segment:speech_heads", build)


def dateline_length(line: str, verbs: frozenset[str] = frozenset()) -> int:
    """Length of a dateline prefix (``الرياض – ``, ``بوابة اوكرانيا -كييف في28يونيو 2021 –``,
    ``باريس/ بغداد – متابعة: ``), or 0 when the line opens without one or with a verb of ``verbs``.

    >>> line = "مراكش – 11 ماي 2022: احتضنت المدينة الحمراء الاجتماع."
    >>> line[dateline_length(line):]
    'احتضنت المدينة الحمراء الاجتماع.'
    """
    first = norm(line[:30]).split()[:1]
    if first and (first[0] in verbs or first[0][:1] in "وف" and first[0][1:] in verbs):
        return 0
    best = 0
    for m in DATELINE_DASH.finditer(line[:90]):
        head = line[:m.start() + (len(m.group()) - len(m.group().lstrip()))]
        words = norm(head).split()
        if not words or len(words) > DATELINE_MAX_WORDS or SENT_END.search(head):
            break
        best = m.end()
    if not best:
        return 0
    tail = DATELINE_TAIL.match(line[best:best + 30])
    if tail:
        best += tail.end()
    while best < len(line) and line[best].isspace():
        best += 1
    return best


_DIGITS = re.compile(r"[0-9٠-٩]")


def standalone_dateline(line: str) -> bool:
    """A dateline on a line of its own above the lead (``واشنطن - 6 فبراير 2019``, ``الكويت –``):
    a place before the dash (no digits: a render date ``الخميس 23 يناير 2025 - 10:30`` is chrome)
    and after it nothing, or only a date.

    >>> standalone_dateline("واشنطن - 6 فبراير 2019"), standalone_dateline("سياسة - أخبار عربية")
    (True, False)
    """
    cut = dateline_length(line)
    dash = DATELINE_DASH.search(line)
    if not cut or dash is None or _DIGITS.search(line[:dash.start()]) or len(line[:dash.start()].split()) > 3:
        return False
    rest = line[cut:].strip()
    return not rest or (bool(_DIGITS.search(rest)) and len(rest.split()) <= 6)


def _split(doc: Document, li: int, offset: int, line: str) -> None:
    pos = 0
    for m in SENT_SPLIT.finditer(line):
        # a dot between digits (3.5) or after a single letter (د.) does not end a sentence
        if m.group().startswith(".") and m.start() > 0 and line[m.start() - 1].isdigit() \
                and m.end() < len(line) and line[m.end():m.end() + 1].isdigit():
            continue
        if m.group() == "." and _initial(line, m.start()):
            continue
        if m.end() < len(line) and not line[m.end()].isspace() and _abbreviation(line, m.start()):
            continue
        _add(doc, li, offset, line, pos, m.end())
        pos = m.end()
    _add(doc, li, offset, line, pos, len(line))


def _abbreviation(line: str, dot: int) -> bool:
    """The dot at ``dot``, glued to the next word, stands in an abbreviation (أ.ف.ب، د.محمد):
    one letter before it, or another dot in the same word."""
    word = line[:dot].rsplit(None, 1)[-1] if line[:dot].strip() and not line[dot - 1].isspace() else ""
    return bool(word) and (len(word) < 2 or "." in word)


def _initial(line: str, dot: int) -> bool:
    """A name's initial (غريغوري د. لوغيرفو): one letter between a word and the dot, a name
    word after it; not the era letter after a year (2014 م.)."""
    return dot >= 3 and line[dot - 1].isalpha() and line[dot - 2] == " " and line[dot - 3].isalpha() \
        and line[dot + 1:dot + 2] == " " and line[dot + 2:dot + 3].isalpha()


def _add(doc, li, offset, line, a, b):
    while a < b and line[a].isspace():
        a += 1
    while b > a and line[b - 1].isspace():
        b -= 1
    if b > a and norm(line[a:b]):
        doc.sentences.append(Sentence(len(doc.sentences), offset + a, offset + b, line[a:b], li))
