"""Claims: one per speech act, with speaker, verb as written, type, quote flag, content span,
numbers mentioned, meeting and context.

How a sentence becomes claims:

- **Triggers** are speech verbs from ``speech_verbs.yaml`` (clitics و/ف/س stripped, diacritics
  ignored; multi-word forms such as ``أعاد التأكيد`` may have the subject in between).
  A verb inside a quotation is the quoted person's, not a new act; ``ما يؤكد`` (relative ما)
  is not an act; present-tense forms count only in headline SVO (``التحالف الدولي يدعو``) and
  in relative clauses of documents (``خطة العمل … والتي تدعو``).
- **Spans**: a sentence's first act runs from the sentence start (fronted adverbials such as
  ``من جانبه،`` belong to it); each later act starts at its clause (the last comma before its
  verb, when only a particle like ``كما`` / ``في حين`` stands between) and ends the previous
  one. A circumstantial participle (``مشددا``، ``داعيا``، ``قائلا``…) starts a new act by the
  same speaker unless it directly follows its verb (``وتابع قائلا``). A sentence that is only
  a quotation continues the previous act.
- **Speakers**: the noun phrase after the verb (VSO), else one right before it (SVO), else
  the speaker carried from the previous act (pronoun subjects: ``وقال``، ``وأضاف``، ``إلا أنه
  حذر``). ``من جانبه/من جهته`` with no new name switches to the last other person named.
  ``دعا التحالف إلى`` after a person spoke is that person calling on the coalition.
- **Attributions** ``وفق/بحسب/حسب/نقلا عن`` + a source (agency, report, named actor) are
  claims of that source about the whole sentence, with ``context: background``.
- **Headline colon attributions** (``واشنطن: «داعش» يرص صفوفه``) are implicit claims (no verb).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .actors import (
    A_STATEMENT, ADVERBS, COALITION_MINISTERS, COMPLEMENTIZER, GLOBAL_COALITION, RELATIVE, THE_STATEMENT,
    UNNAMED_SOURCES, Actor, ActorIndex,
)
from .document import Document, Sentence
from .facts import Claim, Evidence
from .lexicon import compiled, memo
from .entity_core import ADDRESSEE_HEADS, QUOTING, STOP, token_from
from .normalize import fold, norm, norm_token
from .numbers import find_amounts, sentence_amounts
from .stages import stage

CLAIM_TYPES = {"statement", "call", "warning", "announcement", "commitment", "proposal", "welcome", "praise"}
# particles that may stand between a clause boundary and its verb
LEAD_PARTICLES = {norm_token(w) for w in ("لهذا", "ولهذا", "لذلك", "ولذلك", "وإذ", "كما", "قد", "وقد", "فقد", "لقد", "ثم", "حين", "حيث", "بينما", "فيما",
                                          "إذ", "أنه", "انه", "إنه", "أنها", "بدوره", "بدورها", "جانبه", "جهته",
                                          "جانبها", "جهتها", "لكن", "ولكن", "غير", "كذلك", "أيضا", "لكنه", "لكنها",
                                          "ولكنه", "ولكنها", "لكنهم", "التي", "الذي", "اللذين", "الذين",
                                          "وقت", "هكذا", "عندما", "حينما", "بعدما", "المقابل", "بالمقابل")}
# في وقت شددت …: "while"; «…»، هكذا صرح: "thus"; عندما كشفت، بعدما ذكر: "when", "after" (what was
# said is still said); في المقابل طالب: "on the other hand" (a contrast opening the clause)
QUOTES = {"“": "”", "«": "»", "\"": "\"", "„": "”", "”": "“"}
COMPLEMENTIZERS = {"ان", "انه", "انها", "انهم", "بان", "بانه", "الي", "علي", "عن", "في", "من", "ل", "لـ"}
SIDE_SWITCH = re.compile(r"^\W*(?:و)?من\s+(?:جانب|جهت|ناحيت|طرف)(?:ه|ها|هم|هما)\b")
BACKGROUND_CUES = [norm(w) for w in ("الشهر الماضي", "العام الماضي", "السنة الماضية", "الأسبوع الماضي",
                                     "في وقت سابق", "الماضي", "العام السابق")]
SOURCE_NOUNS = {norm_token(w) for w in (
    "وكالة", "وكالات", "تقرير", "تقارير", "تقديرات", "مصدر", "مصادر", "بيان", "بلاغ", "صحيفة", "وسائل", "مسؤول",
    "مسؤولين", "مسؤولون", "إحصاءات", "إحصائيات", "أرقام", "بيانات", "دراسة", "موقع", "قناة", "شبكة",
    "مراسل", "تصريحات", "معطيات", "خبراء", "محللين", "مراقبين", "المرصد", "إحصائية", "إحصاء", "نتائج",
    "مجلة", "مسؤولي")}    # مسؤولي: the construct plural (وفقا لمسؤولي القيادة)
# an indefinite spokesman is an unnamed source (نقلت الوكالة عن متحدث رسمي قوله); the definite one a post
_UNNAMED_SPOKESMEN = {norm_token(w) for w in ("متحدث", "متحدثة", "ناطق", "ناطقة")}
CLAUSE_END_AFTER_COMMA = {"بعدما", "بعد", "عقب", "قبل", "بينما"}
CALL_OBJECT_VERBS = {"دعا", "حث", "طالب", "ناشد", "حض", "شجع"}
ACCUSE_VERBS = {"اتهم", "وصف"}     # the noun after them is the object when ب follows it (اتهم إيران بـ، وصف الاجتماع بأنه)


def verb_table(lex) -> dict[str, list[tuple]]:
    """head token (normalised) → [(rest tokens, type, participle, canonical, present)]."""
    return compiled(lex, "claims:verb_table", _build_verb_table)


def _build_verb_table(lex) -> dict[str, list[tuple]]:
    table: dict[str, list[tuple]] = {}
    rows = []
    for row in lex.data.get("speech_verbs") or []:
        if isinstance(row, dict) and row.get("forms") and row.get("type") != "nominal":
            rows.append((row.get("type") or "statement", bool(row.get("participle")), row["forms"]))
    for vtype, participle, forms in rows:
        forms = [f for f in forms if f]
        if not participle:
            forms = forms + [f for f in _paradigm(forms) if f not in forms]

        canon = norm(forms[0]).split()[0] if forms else ""
        for f in forms:
            words = norm(f).split()
            if not words:
                continue
            head = words[0]
            heads = {norm(x).split()[0] for x in forms if norm(x)}
            present = not participle and (head[:1] == "ي" or (head[:1] == "ت" and "ي" + head[1:] in heads))
            entry = (tuple(words[1:]), vtype, participle, canon, present)
            bucket = table.setdefault(head, [])
            if entry not in bucket:
                bucket.append(entry)
    for bucket in table.values():
        bucket.sort(key=lambda e: -len(e[0]))
    return table


# a generated form that is another verb in its own right: تبيّن أن "it turned out that"
_NOT_GENERATED = {"تبين"}


def _paradigm(forms: list[str]) -> list[str]:
    """The 3rd-person forms a row leaves out, from its first (past, masc. sing.) and its present
    (يفعل) forms: past fem. sing. and masc. plural (قالت، قالوا; defective دعا/رأى → دعت، دعوا،
    رأت، رأوا), present fem. sing., masc. plural and dual (تقول، يقولون، تقولان; يدعو → يدعون). The masc. dual
    (قالا) is left to the lexicon: as a form it is also an indefinite accusative noun (شكرا، سجلا)."""
    singles = [f for f in forms if " " not in f]
    if not singles:
        return []
    past, presents = singles[0], {f for f in singles if f[:1] == "ي"}
    out = []
    is_present = past in presents or (past[:1] == "ت" and "ي" + past[1:] in presents)
    if not is_present and not (past.endswith("ت") and len(past) > 3):   # بينت: a feminine first
        stem = past[:-1] if past[-1] in "اى" and len(past) > 2 else past
        out += [stem + "ت", stem + "وا"]
    present = next((f for f in singles if f[:1] == "ي" and len(f) >= 3), None)
    if present:
        body = present[1:]
        plural = body[:-1] if body[-1] in "ويى" else body
        out += ["ت" + body, "ي" + plural + "ون", "ي" + body + "ان", "ت" + body + "ان"]   # + dual: تعلنان
    return [f for f in out if f not in _NOT_GENERATED]


def _verb_entries(table, tok: str) -> tuple:
    """The verb-table entries a (normalised) token may start, in the order they are tried:
    the token itself, then without its proclitics (و/ف/س/ل)."""
    return tuple(e for cand in _verb_candidates(tok) for e in table.get(cand, ()))


_QUOTE_OPEN = re.compile("[“«\"„]")


def _verb_candidates(tok: str) -> list[str]:
    out = [tok]
    for p in ("وس", "فس", "و", "ف", "س", "ل"):
        if tok.startswith(p) and len(tok) - len(p) >= 2:
            out.append(tok[len(p):])
    return out


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches (inner offsets) within text[start:end]."""
    spans, i = [], start
    while i < end:
        m = _QUOTE_OPEN.search(text, i, end)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == "\"" and (i + 1 >= end or text[i + 1].isspace() or text[i + 1] in "،,.؛;:"):
            i += 1      # هناك"، مبينا: a quote closing one opened before the sentence opens none
            continue
        close = QUOTES[ch]
        j = text.find(close, i + 1, end)
        if ch == "“" and j < 0:
            j = text.find("“", i + 1, end)  # stray “ … “ pairs (translation artefacts)
        if j < 0:
            i += 1
            continue
        spans.append((i + 1, j))
        i = j + 1
    return spans


@stage(needs=("sentences", "mentions", "entities", "meetings", "actors"), adds=("claims",))
def find_claims(doc: Document, lex) -> Document:
    idx: ActorIndex = doc.actors
    table = verb_table(lex)
    meeting = _main_meeting(doc)
    # "said": the speakers of the acts so far with their verb's gender, last last; "topic": the
    # person a sentence with no act was about (_topic)
    state = {"speaker": None, "co": [], "last": None, "persons": [], "said": [], "topic": None}
    tail = _most_read_tail(doc.text)
    for sent in doc.sentences:
        if sent.start >= tail:
            break       # the site's "most read" list after the article: other stories' headlines
        _sentence_claims(doc, lex, idx, table, sent, state, meeting)
    doc.claims[:] = _once_each(doc.claims)
    return doc


def _once_each(claims: list[Claim]) -> list[Claim]:
    """A sentence the page prints twice (a headline repeated as its lead, a copy error) is one
    act: the same speaker's same verb in another sentence of the same words is dropped."""
    first: dict[tuple, int] = {}
    kept = []
    for c in claims:
        ev = c.evidence[0] if c.evidence else None
        key = (c.speaker, c.verb, ev.text.strip() if ev else None)
        if ev is not None and first.setdefault(key, ev.sentence) != ev.sentence:
            continue
        kept.append(c)
    return kept


# a line of its own heading the site's list of popular stories (الأكثر مشاهدة، الأكثر قراءة،
# الأكثر تداولا): what follows it is other stories' headlines, not the article
_MOST_READ = re.compile(r"(?:ال)?اكثر (?:مشاهده|قراءه|تداولا|شعبيه|تعليقا|مشاركه)")   # a folded line


def _most_read_tail(text: str) -> int:
    """Where the "most read" list starts (the text's end when there is none)."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if len(line) < 60 and "كثر" in fold(line) and _MOST_READ.fullmatch(norm(line)):
            return pos
        pos += len(line)
    return len(text) + 1


def _main_meeting(doc: Document) -> str | None:
    for m in doc.meetings:
        if not m.announced and m.kind in ("ministerial", "virtual_ministerial"):
            return m.key
    return doc.meetings[0].key if doc.meetings else None


def _in_spans(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def _triggers(doc, idx, table, sent, qspans):
    toks = idx.toks[sent.index]
    found = []
    entries = memo(idx.lex, "claims:verb_entries")    # word -> its verb-table entries
    normed = idx.normed[sent.index]
    for n in set(normed).difference(entries):
        entries[n] = _verb_entries(table, n)
    for k in [k for k, n in enumerate(normed) if entries[n]]:
        tok = toks[k]
        if _in_spans(tok.start, qspans) and not _narrated_in_quote(doc, toks, k, entries[tok.norm]):
            continue
        words = wset = None
        for rest, vtype, part, canon, present in entries[tok.norm]:
            if rest:
                # the rest of a multi-word form follows within 11 tokens (a titled subject between:
                # عبر وزير الدفاع الأمريكي مارك اسبير عن; a Maghrebi portfolio and a four-word name:
                # عبر وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج محمد سالم ولد مرزوك عن)
                if words is None:
                    words = normed[k + 1:k + 13]
                    wset = set(words).union(w[1:] for w in words if w[:1] in "وب")
                    if any(w[:1] == "ل" and len(w) > 3 for w in words):
                        wset.add("ل")     # وفقا لوكالة …: the preposition glued to its noun
                if not wset.issuperset(rest) or not _contains_seq(words, rest):
                    continue
                if vtype == "attribution" and rest[0] in SOURCE_NOUNS and tuple(words[:len(rest)]) != tuple(rest):
                    continue    # قالت وكالة: the source is the verb's subject, right after it (not
                    # وقالت القوات في بيان تلقته وكالة …: the agency that received the statement)
            found.append((k, tok.text, vtype, part, canon, present, len(rest)))
            break
    return found


_THAT_ONLY = {norm_token(w) for w in ("أن", "إن", "ان", "بأن")}


def _narrated_in_quote(doc, toks, k: int, entries) -> bool:
    """A speech participle after a comma inside quotation marks (“…، مشيرا إلى أن …”): the
    writer's words going on about the speaker — a quote left open or closed with the wrong mark
    — not the speaker's own (quoted speech is in the first person)."""
    if k == 0 or not _COMMA.search(doc.text, toks[k - 1].end, toks[k].start):
        return False
    if any(e[2] and not e[0] for e in entries):
        return True
    # (…، وقال إن …): a third-person past verb with و and its أن/إن, the writer's own telling
    return toks[k].text[:1] == "و" and k + 1 < len(toks) and toks[k + 1].norm in _THAT_ONLY \
        and any(not e[2] and not e[0] and not e[4] for e in entries)


def _contains_seq(words, rest) -> bool:
    if rest == ("ل",):
        return words[:1] == ["ل"] or (bool(words) and words[0][:1] == "ل" and len(words[0]) > 3)
    if len(rest) == 1:
        r = rest[0]
        return any(w == r or (w[:1] in "وب" and w[1:] == r) for w in words)
    for s in range(len(words) - len(rest) + 1):
        seg = words[s:s + len(rest)]
        if all(w == r or (w[:1] in "وب" and w[1:] == r) for w, r in zip(seg, rest)):
            return True
    return False


@dataclass
class _Sentence:
    """What the acts of one sentence share while they are read."""
    doc: Document
    lex: object
    idx: ActorIndex
    sent: Sentence
    toks: list
    qspans: list
    meeting: str | None
    state: dict                     # carried from sentence to sentence: speaker, co, last act
    side_switch: bool = False       # the sentence opens with من جانبه / من جهته
    acts: list = field(default_factory=list)   # (claim, start, end or None, span fixed?)
    nested: set = field(default_factory=set)   # ids of the acts reported inside another
    genders: dict = field(default_factory=dict)  # id of an act -> the gender of its verb (verb_gender)


def _sentence_claims(doc, lex, idx: ActorIndex, table, sent, state, meeting) -> None:
    toks = idx.toks[sent.index]
    if not toks:
        return
    s = _Sentence(doc, lex, idx, sent, toks, quote_spans(doc.text, sent.start, sent.end), meeting, state,
                  side_switch=bool(SIDE_SWITCH.match(norm(sent.text))))
    trigs = _verb_triggers(s, table)
    nominal = _nominal_acts(doc, lex, idx, sent, toks, s.qspans, meeting, {t[0] for t in trigs})
    told = {c.evidence[0].start for c in nominal if c.evidence}
    # بالتشديد على لسان وزيره: the channel of that act, no source's act of its own
    trigs = [t for t in trigs if not (t[6] == "attribution" and any(toks[x].start in told for x in (t[0] - 1, t[0] - 2)
                                                                     if x >= 0))]
    # نقلت الوكالة على لسان فلان: the relaying verb's act, on his tongue — not a second one
    trigs = [t for t in trigs if not (toks[t[0]].norm == "علي" and any(
        u[0] < t[0] <= u[0] + 6 and toks[u[0]].norm.lstrip("وف").startswith("نقل") for u in trigs))]
    for c in nominal:
        _finish(doc, lex, idx, c, sent)
        doc.claims.append(c)
    if not trigs:
        if not nominal:
            _without_verb(s)
        state["topic"] = _topic(s)
        return
    before = len(doc.claims)
    for i, trig in enumerate(trigs):
        _read_act(s, i, trig)
    _close_acts(s)
    if len(doc.claims) == before and _COLON_HEAD.match(sent.text):
        # فلان: مشاركة الإمارات … تؤكد موقفها: the verb inside the headline's content made no act; the
        # name before the colon says it
        _implicit(doc, lex, idx, sent, state, meeting, s.qspans)
    state["topic"] = None


def _topic(s: _Sentence) -> tuple[int, str] | None:
    """(sentence index, person) when a sentence with no act opens with a verb and a person as its
    subject (واستقبل الوزير فلان الوفد، واطلع الشيخ محمد على …): the next sentence's subjectless
    verb of speech (وشدد على) is his."""
    if len(s.toks) < 2:
        return None
    m = s.idx.mention_at(s.toks[0].start)
    if m is not None:
        # a headline's person then its present verb (الوزير فلان يترأس وفد بلاده …)
        k = s.idx._tok_after(s.toks, m.end)
        if s.idx.etype(m.entity) == "person" and m.kind in ("name", "short") and not s.idx.bogus(m.entity) \
                and k < len(s.toks) and s.toks[k].norm[:1] in "يت" and len(s.toks[k].norm) > 3 \
                and not s.doc.text[m.end:s.toks[k].start].strip():
            return s.sent.index, m.entity
        return None
    a = s.idx.subject_at(s.sent.index, 1)
    if a is None or s.idx.etype(a.key) != "person" or a.kind not in ("name", "title") or s.idx.bogus(a.key):
        return None
    return s.sent.index, a.key


def _verb_triggers(s: _Sentence, table) -> list[tuple]:
    """The speech verbs of the sentence that open an act: (token index, verb as written, type,
    participle?, canonical form, present?, mode: finite | present | participle | attribution)."""
    toks = s.toks
    trigs = []
    for k, raw, vtype, part, canon, present, nrest in _triggers(s.doc, s.idx, table, s.sent, s.qspans):
        prev = toks[k - 1].norm if k > 0 else ""
        if prev in ("ما", "مما", "وهو") and (not _own_subject(s.idx, s.sent.index, k) or toks[k].norm in _LED_TO):
            continue    # ما دعا الحكومة إلى وقف …: "which led the government to", no one's call
        if vtype == "discussion":
            continue
        if prev in RELATIVE and _object_suffix(table, toks[k].norm):
            continue    # الذي وصفه بأنه …: what someone called the antecedent, no act of its own
        if trigs and trigs[-1][4] == _ACCORDING and 0 < k - trigs[-1][0] <= 2 and not part:
            continue    # حسبما صرح فلان، حسب ما نقلته القناة: the verb is the source marker's
        if vtype == "attribution":
            if k + 1 < len(toks) and toks[k + 1].norm in _NO_SOURCE and not _source_named(s, k + 1):
                continue    # وبحسب تقديرات مختلفة: figures no one is said to have given
            if len(toks) > 1 and toks[0].norm.lstrip("و") in _CAME and toks[1].norm == "ذلك":
                continue    # جاء ذلك خلال مشاركته …، وفق الوكالة: where the act before was told, no new one
            if k == 0 and len(toks) > 1 and toks[0].norm.lstrip("و") in _CAME and toks[1].norm in _PLACED_ACT:
                continue    # جاء الإعلان في مستهل الاجتماع: places the act told before (its source may follow)
            trigs.append((k, raw, vtype, part, canon, present, "attribution"))
            continue
        if canon == "التزم" and k + 1 < len(toks) and toks[k + 1].norm == "الصمت":
            continue  # التزمت الصمت: kept silent, no statement
        if canon == _EXPECT and k + 1 < len(toks) and toks[k + 1].norm in _SIGNED:
            continue  # توقع اتفاقية (tuwaqqi'): signs an agreement, expects nothing
        if _anonymity_aside(toks, k):
            continue  # مسؤول، طلب عدم الكشف عن اسمه، أن …: said of the speaker, no act of its own
        if canon in _SAID_NEXT and not _said_next(s, k, _SAID_NEXT[canon]):
            continue  # وزاد عدد النازحين: increased; أقر البرلمان مشروع قانون: passed (وزاد أن، أقر الوزير بأن: said)
        if part and canon == _RENEWING and trigs and _adverb_again(s, k):
            continue  # أكدت رئيسة الوزراء مجددا "…": "again", the act is the verb's before it
        if canon == "تابع" and toks[k].norm.endswith("وا") and k + 1 < len(toks) \
                and toks[k + 1].norm not in COMPLEMENTIZER and not s.doc.text[toks[k].end:toks[k + 1].start].strip():
            continue  # تابعوا آخر الأخبار عبر تطبيق …: "follow", the plural's object right after it
        if canon == _BRIEFED and not _briefed_someone(s, k):
            continue  # واطلع الشيخ محمد على سير العمل: looked at, no one told
        if canon == "ذكر" and prev.lstrip("و") == norm_token("على"):
            continue  # على ذكر التحالف: "speaking of", the noun ذِكْر
        if canon == "ابرز" and ((k + 1 < len(toks) and toks[k + 1].norm in ("ما", "من")) or prev.lstrip("و") == "من"):
            continue  # أبرز ما فعلته، أبرز من، ومن أبرز المشاركين: "the most prominent of", no verb
        if canon == "بين" and toks[k].norm.lstrip("وف") == "بين" \
                and not (k + 1 < len(toks) and toks[k + 1].norm in ("ان", "انه", "انها")) \
                and "\u0651" not in raw and not _subject_then_that(s, k):
            continue  # بين is also "between" (بيّن with its shadda is the verb; بينت، يبين only the verb)
        mode = "participle" if part else "present" if present else "finite"
        if mode == "present" and canon == _DEEM and _deemed_among(s, k):
            continue    # كما يعتبر المغرب من الدول القليلة: "is considered one of", no one speaks
        if mode == "present" and prev in _NARRATING and _narrated(s, k):
            mode = "finite"     # كما يحذرون، إذ تشير القيادة إلى: told as a past verb is
        relayed_on = prev in RELATIVE and any(t[6] == "attribution" for t in trigs) \
            and _named_right_before(s.doc, s.idx, toks[k - 1].start) is not None
        if not relayed_on and not _position_ok(s.doc, s.idx, s.sent.index, toks, k, mode, raw):
            continue    # (بحسب ما أعلن الجيش الذي أضاف: the source named goes on; see _finite_speaker)
        if prev in _SELF_REPORT and any(t[6] != "attribution" for t in trigs) and \
                not (k > 1 and toks[k - 2].norm in _CONTRASTIVE):
            continue    # وقال إنه أثنى على …: what he says he did is the content of his act
        trigs.append((k, raw, vtype, part, canon, present, mode))
    # a participle right after its verb is part of it (وتابع قائلا)
    merged = []
    for t in trigs:
        if merged and t[6] == "participle" and t[0] == merged[-1][0] + 1 and merged[-1][6] != "attribution" \
                and not _COMMA.search(s.doc.text, toks[t[0] - 1].end, toks[t[0]].start):
            continue    # (بلادها ترحب، مؤكدة أن: after a comma the participle opens an act of its own)
        merged.append(t)
    return [t for t in merged if not _relays_the_act_after(toks, t, merged)]


def _relays_the_act_after(toks, t, trigs) -> bool:
    """``ووفقًا لما ذكرته وزارة الخارجية، …، قال الوزير``: "according to what X told" opening a
    sentence whose own verb of speech follows only relays that act, no act of its own."""
    k = t[0]
    if t[6] != "attribution" or k + 1 >= len(toks) or toks[k + 1].norm not in ("لما", "ما"):
        return False
    # the main clause's verb, not one inside what was told (ووفق ما قال فلان، فإن الحلفاء تعهدوا)
    told = next((i for i in range(k + 2, len(toks)) if toks[i].norm.lstrip("فب") in ("ان", "انه", "انها")), len(toks))
    return any(k + 2 < x[0] < told and x[6] == "finite" and toks[x[0] - 1].norm not in RELATIVE for x in trigs)


# توقع is also "signs" (توقّع): what is signed follows it at once
_EXPECT = norm_token("توقع")
_SIGNED = {norm_token(w) for w in ("اتفاقية", "اتفاقيه", "اتفاق", "اتفاقا", "اتفاقيات", "مذكرة", "مذكرات", "عقد",
                                   "عقدا", "عقود", "بروتوكول", "ميثاق", "منحة", "وثيقة", "إعلان", "إعلانا")}


# what an aside on a speaker's anonymity says after its verb (طلب عدم الكشف عن اسمه، رفض
# الكشف عن هويته، فضل عدم ذكر اسمه، تحدث شرط عدم الكشف): the speaker's wish, not what he said
_ANONYMITY = {norm_token(w) for w in ("عدم", "الكشف", "الإفصاح", "ذكر", "نشر", "شرط", "بشرط", "طالبا", "مشترطا")}
_ANONYMITY_OBJECT = {norm_token(w) for w in ("اسمه", "اسمها", "أسمائهم", "اسمائهم", "هويته", "هويتها",
                                             "هويتهم", "هويتهما")}


def _anonymity_aside(toks, k: int) -> bool:
    """The verb at ``k`` opens an aside on the speaker's anonymity: the words after it ask
    that his name not be given (طلب عدم الكشف عن اسمه، الذي تحدث شرط عدم ذكر هويته)."""
    nxt = [t.norm for t in toks[k + 1:k + 7]]
    if nxt and nxt[0] in _ALSO:
        nxt = nxt[1:]       # طلب أيضا عدم كشف هويته
    return bool(nxt) and nxt[0] in _ANONYMITY and any(w in _ANONYMITY_OBJECT for w in nxt[1:])


_ALSO = {norm_token(w) for w in ("أيضا", "أيضاً", "كذلك", "بدوره", "بدورها", "هو", "الآخر")}


_DEEM = norm_token("اعتبر")
_AMONG = {norm_token(w) for w in ("من", "أحد", "إحدى", "احد", "احدى", "واحدا", "واحدة", "أكبر", "أهم", "أبرز")}


def _deemed_among(s: _Sentence, k: int) -> bool:
    """``يُعتبر X من …``: the passive "is considered (one) of" — the noun after the verb, then من
    or أحد, ranks it; nobody deems anything aloud."""
    a = s.idx.subject_at(s.sent.index, k + 1) if k + 1 < len(s.toks) else None
    j = s.idx._tok_after(s.toks, a.end) if a is not None else k + 1
    return j < len(s.toks) and s.toks[j].norm in _AMONG


# جاء ذلك / يأتي ذلك: a sentence placing the act before it (when, where, by which source)
_CAME = {norm_token(w) for w in ("جاء", "يأتي", "ياتي")}
# what such a sentence places: the act told before, by its noun (جاء الإعلان في مستهل الاجتماع)
_PLACED_ACT = {norm_token(w) for w in ("هذا", "هذه", "الإعلان", "الاعلان", "التصريح", "التصريحات",
                                       "تصريحه", "تصريحها", "تصريحاته", "حديثه", "حديثها", "كلامه", "كلامها")}


# verbs that report speech only when what was said follows (أن/إن, a colon, a quote): at once (زاد
# عدد النازحين: increased), or within a few words, its subject between (أقرت الحكومة خطة: approved)
_SAID_NEXT = {norm_token("زاد"): 1, norm_token("أقر"): 7}
_SAID_WORDS = COMPLEMENTIZER | {norm_token(w) for w in ("أنه", "أنها", "بأنه", "بأنها", "قائلا")}
# مجددا renews an object (مجددا دعوته، مجددا التأكيد); with none (a quote, أن, a stop) it is "again"
_RENEWING = norm_token("مجددا")   # the participle row's canonical form
_AGAIN_NEXT = {norm_token(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "على", "عن")}


_BRIEFED = norm_token("أطلع")


def _briefed_someone(s: _Sentence, k: int) -> bool:
    """أطلع at ``k`` briefs: someone told after its subject (أطلع المنسق المشاركين على), then على;
    with على right after the subject it is اطّلع, "looked at"."""
    toks = s.toks
    a = s.idx.subject_at(s.sent.index, k + 1)
    j = s.idx._tok_after(toks, a.end) if a is not None else k + 1
    return j < len(toks) and toks[j].norm != "علي" and any(t.norm == "علي" for t in toks[j + 1:j + 6])


def _adverb_again(s: _Sentence, k: int) -> bool:
    """مجددا at ``k`` with no object of its own: a stop, a quote, أن or على after it."""
    toks, text = s.toks, s.doc.text
    if k + 1 >= len(toks):
        return True
    gap = text[toks[k].end:toks[k + 1].start].strip()
    return bool(gap) or toks[k + 1].norm in _AGAIN_NEXT


def _said_next(s: _Sentence, k: int, within: int = 1) -> bool:
    """What was said follows the verb at ``k`` within ``within`` words: أن / بأن, a colon, a quote."""
    toks, text = s.toks, s.doc.text
    return any(toks[x].norm in _SAID_WORDS or re.match(r"\s*[:“«\"„]", text[toks[x - 1].end:toks[x].start])
               for x in range(k + 1, min(len(toks), k + 1 + within)))


# the participle of قال (قائلا، قائلة، قائلين): "saying", which only introduces what was said
_SAYING = norm_token("قائلا")


def _only_subject_between(s: _Sentence, k: int) -> bool:
    """Between the last act's verb and token ``k`` stand only that verb's subject as written,
    whom he told (لـ…، للصحفيين), when (اليوم، الأربعاء) and punctuation: nothing said yet."""
    if not s.acts or s.acts[-1][3] or not s.acts[-1][0].verb:
        return False
    c = s.acts[-1][0]
    verb_at = next((x for x in range(k - 1, -1, -1) if s.toks[x].text == c.verb), None)
    if verb_at is None:
        return False
    rest = s.doc.text[s.toks[verb_at].end:s.toks[k].start]
    if c.speaker_as_written:
        rest = rest.replace(c.speaker_as_written, " ", 1)
    rest = re.sub(r"[\"“«][^\"”»]{0,40}[\"”»]", " ", rest)       # the quoted name of whom he told
    words = [w for w in re.split(r"[\s،,()]+", rest) if w]
    return all(norm_token(w) in ADVERBS or norm_token(w).startswith("ل") for w in words)


# the canonical form of the "according to" markers (وفق، حسبما، بحسب ما، طبقا ل)
_ACCORDING = norm_token("وفق")

# particles after which a present-tense speech verb narrates an act, as a past one would
_NARRATING = {norm_token(w) for w in ("كما", "وكما", "إذ", "اذ", "حيث", "وحيث", "فيما", "وفيما", "بينما", "وبينما")}


def _relayed_unnamed(s: _Sentence, acts: list) -> list:
    """``ووفقا لوكالة الأنباء، قال مسؤول آخر إن …``: an unnamed official's act told "according
    to" a named source just before it is one act, the source's (the official speaks with it)."""
    if len(acts) < 2:
        return acts
    src, nxt = acts[0], acts[1]
    if not src.evidence or src.evidence[0].method != "claim:attribution" or not isinstance(src.speaker, str) \
            or s.idx.etype(src.speaker) not in ("organization", "state", "person"):
        return acts
    words = norm(str(nxt.speaker or "")).split()
    if not words or s.idx.etype(nxt.speaker) is not None or words[0] not in UNNAMED_SOURCES:
        return acts
    unnamed = nxt.speaker
    for c in acts[1:]:          # and the acts that carried the official on (…، مضيفا أن)
        if c.speaker == unnamed:
            c.co_speakers = [unnamed] + [x for x in c.co_speakers if x != src.speaker]
            c.speaker = src.speaker
    return acts[1:]


def _subject_then_that(s: _Sentence, k: int) -> bool:
    """``وبين الشيخ فلان، أن …``: a named or titled subject, then أن — the verb, not "between"."""
    a = s.idx.subject_at(s.sent.index, k + 1)
    if a is None or not (a.kind == "title" or s.idx.etype(a.key) == "person"):
        return False
    j = s.idx._tok_after(s.toks, a.end)
    return j < len(s.toks) and s.toks[j].norm in COMPLEMENTIZER | _SELF_REPORT


def _person_before_that(s: _Sentence, k: int):
    """The person named between the verb at ``k`` and its أن / إن or a quotation (a subject
    whose post the title list does not hold), as an actor; None when none is, the clause ends
    first, or the person is someone met (مع، نظيره)."""
    for j in range(k + 1, min(len(s.toks), k + 14)):
        if s.toks[j].norm in COMPLEMENTIZER or _PUNCT_IN.search(s.doc.text[s.toks[j - 1].end:s.toks[j].start]):
            break
        m = s.idx.mention_at(s.toks[j].start)
        if m is not None and s.idx.etype(m.entity) == "person" and m.kind != "nominal" and not s.idx.bogus(m.entity):
            nxt = s.idx._tok_after(s.toks, m.end)
            rest = s.toks[nxt:nxt + 8]
            said = any(t.norm in COMPLEMENTIZER for t in rest) or \
                (rest and re.search(r"[:«“\"]", s.doc.text[m.end:rest[-1].end]))
            between = [t.norm for t in s.toks[k + 1:j]]
            if said and not any(w in ("مع", "ومع") or w.lstrip("و").startswith("نظير") for w in between):
                return Actor(m.entity, start=m.start, end=m.end, kind="name", as_written=m.text)
            return None
    return None


def _first_person(s: _Sentence, k: int) -> str | None:
    """The person named first in the sentence before token ``k``, outside quotations."""
    for m in s.doc.mentions_in(s.sent.start, s.toks[k].start):
        if s.idx.etype(m.entity) == "person" and m.kind != "nominal" and not s.idx.bogus(m.entity) \
                and not any(a <= m.start < b for a, b in s.qspans):
            return m.entity
    return None


def _opening_subject(s: _Sentence, k: int) -> str | None:
    """The subject of the verb opening the sentence (ونشر التحالف الدولي بيانا … قال فيه), when
    it is named before token ``k``: who issued the speech the verb at ``k`` says is in it. A
    sentence opening with a preposition (خارج العراق، في بغداد) opens with no verb."""
    if k <= 2 or s.toks[0].norm in _NO_VERB_OPENERS:
        return None
    a = s.idx.subject_at(s.sent.index, 1)
    return a.key if a is not None and a.key and a.end <= s.toks[k].start else None


def _narrated(s: _Sentence, k: int) -> bool:
    """A present verb after كما / إذ / حيث tells an act when someone does it: a named or titled
    subject follows, or the verb's own plural pronoun, or its complement at once (أن، إلى، من);
    ``حيث تعتبر الفظائع إهانة`` ("are deemed") has none of these."""
    toks = s.toks
    if k + 1 >= len(toks):
        return False
    a = s.idx.subject_at(s.sent.index, k + 1)
    if a is not None and (a.key or a.kind == "title"):
        return True
    nxt = toks[k + 1].norm
    return toks[k].norm.endswith("ون") or nxt in COMPLEMENTIZER or nxt in ("الي", "من", "علي", "عن")


# a pronoun after a relative clause's verb that takes the noun back (الذي تعهدت به، التي أعلن عنها)
_RESUMPTIVE = {norm_token(w) for w in ("به", "بها", "بهم", "عنه", "عنها", "عنهم", "إليه", "إليها")}


def _resumed_object(s: _Sentence, k: int) -> bool:
    """The relative clause's verb at ``k`` takes its noun back as an object (الرقم الذي تعهدت به،
    المبلغ الذي أعلنته): the noun is what was said or pledged, no one's act."""
    nxt = s.toks[k + 1].norm if k + 1 < len(s.toks) else ""
    return nxt in _RESUMPTIVE or _object_suffix(verb_table(s.idx.lex), s.toks[k].norm)


def _object_suffix(table, word: str) -> bool:
    """The verb carries an object pronoun (وصفه، وصفها، اعتبرهم): without it, it is a verb too."""
    return any(word.endswith(suf) and len(word) - len(suf) >= 3 and _verb_entries(table, word[:-len(suf)])
               for suf in ("هما", "هم", "ها", "ه"))


def _without_verb(s: _Sentence) -> None:
    """A sentence with no speech verb: a quotation alone continues the previous act, else an
    implicit act may be read (``_implicit``)."""
    sent, state = s.sent, s.state
    if sent.text.lstrip()[:1] in "“«\"" and state["last"] is not None and s.qspans:
        last = state["last"]
        ev = last.evidence[0]
        if ev.end <= sent.start and sent.start - ev.end <= 3:
            ev.end = sent.end
            ev.text = s.doc.text[ev.start:ev.end]
            last.quote = True
        return
    if _first_person_sequel(s) or _opens_quote_after_act(s):
        _continue_speaker(s)
        return
    _implicit(s.doc, s.lex, s.idx, sent, state, s.meeting, s.qspans)


_FIRST_PERSON = {norm_token(w) for w in ("نحن", "ونحن", "فنحن", "أنا", "وأنا", "فأنا", "إننا", "إنني", "لدينا")}


def _first_person_word(lex, w: str) -> bool:
    """A first-person form: a pronoun, an imperfect with ن (نعمل، ونثني: يعمل is a word) or a
    noun with the possessive نا (تحالفنا، عزمنا: تحالف is a word)."""
    if w in _FIRST_PERSON:
        return True
    stem = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    if stem[:1] == "ن" and len(stem) >= 4 and lex.zipf("ي" + stem[1:]) >= 4.0 and lex.zipf(stem) < lex.zipf("ي" + stem[1:]):
        return True
    return len(stem) >= 5 and stem.endswith("نا") and lex.zipf(stem[:-2]) >= 4.0


def _first_person_sequel(s: _Sentence) -> bool:
    """A sentence with no act of its own, in the paragraph of the last act (or the next line),
    spoken in the first person (ونعمل على …، وأنا واثق …، لإعادة تأكيد عزمنا): the speaker's
    words go on — the journalist does not say "we"."""
    last = s.state["last"]
    if last is None or not last.speaker or not last.evidence or last.context == "background":
        return False
    prev = next((x for x in s.doc.sentences if x.index == last.evidence[0].sentence), None)
    if prev is None or s.sent.line - prev.line > 1 or s.sent.index - prev.index > 3:
        return False
    if _quote_open_at(s.doc.text, last.evidence[0].start, s.sent.start):
        return False        # inside a quotation the act before opened: still its words
    outside = [t for t in s.toks if not _in_spans(t.start, s.qspans)]
    return any(_first_person_word(s.lex, t.norm) for t in outside[:4]) or \
        any(t.norm in _FIRST_PERSON for t in outside)


def _opens_quote_after_act(s: _Sentence) -> bool:
    """A line opening a quotation it does not close (“يفخر التحالف بأن …), right after the line of
    the last act whose own quotes are closed: that speaker's words go on, a claim of their own."""
    last = s.state["last"]
    if last is None or not last.speaker or not last.evidence or last.context == "background" or s.qspans:
        return False
    if s.sent.text.lstrip()[:1] not in "“«\"":
        return False
    prev = next((x for x in s.doc.sentences if x.index == last.evidence[0].sentence), None)
    return prev is not None and s.sent.line - prev.line == 1 and s.sent.index - prev.index == 1 \
        and not _quote_open_at(s.doc.text, last.evidence[0].start, s.sent.start)


def _quote_open_at(text: str, start: int, at: int) -> bool:
    """A quotation opened in [start, at) is still open at ``at`` (more «“ than »”, or an odd
    number of straight quotes)."""
    span = text[start:at]
    return span.count("«") > span.count("»") or span.count("“") > span.count("”") or span.count('"') % 2 == 1


def _continue_speaker(s: _Sentence) -> None:
    """The sentence as a claim of the last act's speaker, with no verb of its own."""
    last, sent = s.state["last"], s.sent
    c = Claim(speaker=last.speaker, verb=None, type="statement", co_speakers=list(last.co_speakers),
              meeting=last.meeting, evidence=[Evidence(s.doc.id, sent.start, sent.end, sent.text, sent.index,
                                                       "claim:first-person-sequel", 0.5)])
    c.speaker_as_written = last.speaker_as_written
    _finish(s.doc, s.lex, s.idx, c, sent)
    s.doc.claims.append(c)
    s.state["last"] = c


def _read_act(s: _Sentence, i: int, trig: tuple) -> None:
    """The act the ``i``-th trigger opens, added to ``s.acts`` (its span closed later)."""
    k, raw, vtype, part, canon, present, mode = trig
    if mode == "attribution":
        if any(not fixed for _, _, _, fixed in s.acts):
            return    # قال … في تصريح أوردته صحيفة: the source of that act, not a new one
        c = _attribution(s.doc, s.idx, s.sent, k, s.toks, s.qspans, s.meeting, s.state["speaker"])
        if c:
            s.acts.append((c, s.sent.start, s.sent.end, True))
        return
    if mode == "present":
        _present_act(s, i, k, raw, vtype)
        return
    if mode == "participle" and canon == _SAYING and _only_subject_between(s, k):
        return      # وصرح فلان، لـ"وكالة"، اليوم، قائلا: one act, the verb's
    if mode == "finite" and (_told_inside(s, k) or _continues_content(s, k)):
        return      # وأضاف أن واشنطن قررت تقديم …: what the act before says, no act of its own
    if mode == "finite" and _said_in_issued(s, k):
        c = s.acts[-1][0]   # أصدرت المجموعة بيانا، قالت فيه: one act, its verb the saying
        c.verb, c.type = raw, vtype
        s.genders[id(c)] = verb_gender(s.toks[k].norm, canon)
        return
    emb = _embedded_subject(s.doc, s.idx, s.sent, s.toks, k) if s.acts and mode == "finite" else None
    if emb is not None:
        # وأوضح أن الوزير فلان، أكد أن …: an act reported inside another; the outer one
        # keeps its span (closed below without it)
        c = _mk(s.doc, s.sent, emb.key, emb.co, raw, vtype, emb.start, None, s.meeting, "claim:embedded", 0.7)
        c.speaker_as_written = emb.as_written
        s.nested.add(id(c))
        s.acts.append((c, emb.start, None, False))
        return
    # clause start
    if not s.acts:
        cstart = _first_start(s.doc, s.toks, k, s.sent.start)
    else:
        cstart = _clause_start(s.doc, s.toks, k, s.acts[-1][0].evidence[0].start)
    speaker, co, method, conf, as_written = _finite_speaker(s, k, canon, mode, cstart)
    if speaker is None and method == "claim:relative":
        return      # a relative clause on no person (تنظيم داعش، الذي دعا): no act, nothing to go on with
    c = _mk(s.doc, s.sent, speaker, co, raw, vtype, cstart, None, s.meeting, method, conf)
    c.speaker_as_written = as_written or _named_before_as(s, speaker)
    s.genders[id(c)] = verb_gender(s.toks[k].norm, canon) if mode == "finite" else None
    s.acts.append((c, cstart, None, False))


_BULLET = re.compile(r"\s*[-–—•*▪►]\s")


def _bulleted(doc, sent) -> bool:
    """The sentence opens a line set as a list item (- …، • …): site chrome (related stories)."""
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    return not doc.text[line_start:sent.start].strip(" \t-–—•*▪►") and bool(_BULLET.match(doc.text, line_start))


def _named_before_as(s: _Sentence, speaker) -> str | None:
    """A continuation (مؤكداً، وأضاف) keeps the words its speaker was named by in the act it
    goes on with (مسؤول مصري رفيع), so an unnamed source stays one across its acts."""
    before = [c for c, *_ in reversed(s.acts)] + ([s.state["last"]] if s.state["last"] else [])
    return next((c.speaker_as_written for c in before if speaker and c.speaker == speaker), None)


# nouns of a speech given (بكلمة، في خطاب، بتصريح): a verb after one with فيه/فيها tells what was said in it
_SPEECH_NOUNS = {norm_token(w) for w in ("كلمة", "خطاب", "تصريح", "تصريحات", "مقابلة", "رسالة", "تغريدة",
                                         "مداخلة", "حديث", "بيان", "مؤتمر")}


_SPEECH_GAP = 6


def _in_own_speech(toks, k: int, text: str | None = None) -> bool:
    """``بكلمة أكد فيها``: the verb at ``k`` follows a speech noun (ب/في/و/ل aside) and says what
    was said in it — with ``text``, also a few unpunctuated words after the noun (وألقى كلمة
    خلاله قال فيها، نشر بيانا عبر تويتر اليوم قال فيه)."""
    if k == 0 or k + 1 >= len(toks) or toks[k + 1].norm not in _IN_IT:
        return False
    for x in range(k - 1, max(-1, k - 1 - (_SPEECH_GAP if text is not None else 1)), -1):
        w = toks[x].norm
        w = w[:-1] if w.endswith("ا") and w[:-1] in _SPEECH_NOUNS else w    # بيانا
        if w in _SPEECH_NOUNS or w[:1] in "بلو" and w[1:] in _SPEECH_NOUNS:
            return x == k - 1 or not _CLAUSE_GAP.search(text, toks[x].end, toks[k].start)
    return False


def _told_inside(s: _Sentence, k: int) -> bool:
    """The verb at ``k`` tells part of what an act before it in the sentence says: it follows
    that act's أن / إن and its own subject (أن واشنطن قررت، إن السعودية تعهدت) with no clause
    mark between, and opens no speech itself (no أن، colon or quotation after it)."""
    toks, text = s.toks, s.doc.text
    if _plural_act(toks[k].norm):
        return False    # (أن الأعضاء) أبدوا رضاهم: the members' own act, which the report relays
    if not s.acts or s.acts[-1][3] or _said_next(s, k) \
            or k + 2 < len(toks) and toks[k + 1].norm in ("الي", "علي", "من") and toks[k + 2].norm in COMPLEMENTIZER:
        return False    # (أن المشاركين) نبهوا إلى أن …: it opens speech of its own
    if toks[k].text[:1] in "وف":
        # إن السعودية قدمت … وتعهدت الإمارات بتقديم: a verb joined inside the content, its own
        # subject after it, no clause mark since the content's أن / إن
        a = s.idx.subject_at(s.sent.index, k + 1) if k + 1 < len(toks) else None
        if a is None or not a.key or a.kind != "name" or a.key == s.acts[-1][0].speaker:
            return False
        after = s.idx._tok_after(toks, a.end)
        if after < len(toks) and (toks[after].norm in COMPLEMENTIZER | _SELF_REPORT
                                  or _QUOTE_OR_COLON.search(text, a.end, toks[after].start)):
            return False    # … وأكد الوزير فلان أن: a new act after its subject
        j = next((x for x in range(k - 1, -1, -1) if toks[x].norm in COMPLEMENTIZER or toks[x].start <= s.acts[-1][1]), None)
    else:
        b = s.idx.actor_before(s.sent.index, toks[k].start)
        if b is None or not b.key:
            return False
        j = next((x for x in range(k - 1, -1, -1) if toks[x].start < b.start), None)
    return j is not None and toks[j].norm in COMPLEMENTIZER and toks[j].start > s.acts[-1][1] \
        and not _CLAUSE_GAP.search(text, toks[j].end, toks[k].start)


def _plural_act(n: str) -> bool:
    """A masculine plural past verb (أبدوا، أعربوا، شددوا): a group (members, officials,
    participants) acting, whose act a report relays in its own right — unlike a state's or a
    government's decision or pledge told as content (أن واشنطن قررت، إن السعودية تعهدت)."""
    return n.endswith("وا") and len(n) > 4


def _continues_content(s: _Sentence, k: int) -> bool:
    """وأوضح فلان أن الرئيس علان التقى نظيره، وأبدى «رغبة بلاده»: a verb joined by و inside an
    act's أن-clause whose subject is another person goes on with that subject — part of what was
    said — unless it opens speech of its own (أن / إن / a colon after it: the speaker again)."""
    toks, text = s.toks, s.doc.text
    if not s.acts or s.acts[-1][3] or toks[k].text[:1] != "و" or k + 1 >= len(toks):
        return False
    if toks[k + 1].norm in COMPLEMENTIZER | _SELF_REPORT or _COLON_AFTER.match(text, toks[k].end) \
            or k + 2 < len(toks) and toks[k + 1].norm in _CONTENT_PREPS and toks[k + 2].norm in COMPLEMENTIZER:
        return False
    that = next((x for x in range(k - 1, -1, -1) if toks[x].start > s.acts[-1][1] and toks[x].norm in COMPLEMENTIZER), None)
    if that is None or that + 1 >= k or _CLAUSE_BREAK.search(text, toks[that].end, toks[k].start):
        return False
    subj = s.idx.subject_at(s.sent.index, that + 1)
    return subj is not None and subj.start == toks[that + 1].start and s.idx.etype(subj.key) == "person" \
        and subj.key != s.acts[-1][0].speaker


_ISSUE = {norm_token(w) for w in ("أصدر", "أصدرت", "أصدروا")}
_IN_IT = {norm_token(w) for w in ("فيه", "فيها")}


def _said_in_issued(s: _Sentence, k: int) -> bool:
    """The verb at ``k`` says what the statement the last act issued says (أصدرت المجموعة بيانا،
    قالت فيه إن …): the issuing was no act of its own."""
    if not s.acts or s.acts[-1][3] or k + 1 >= len(s.toks) or s.toks[k + 1].norm not in _IN_IT:
        return False
    verb = norm_token(s.acts[-1][0].verb or "")
    return verb in _ISSUE or verb[:1] in "وف" and verb[1:] in _ISSUE


def _inside_reported(s: _Sentence, k: int) -> bool:
    """Token ``k`` lies inside what an earlier act of the sentence reports: after that act's
    verb, an أن / إن opens the content before ``k``."""
    if not s.acts or s.acts[-1][3]:
        return False
    after = s.acts[-1][1]
    return any(t.norm in COMPLEMENTIZER for t in s.toks[:k] if t.start > after)


def _present_act(s: _Sentence, i: int, k: int, raw: str, vtype: str) -> None:
    """An act told by a present-tense verb: after a relative (التي تدعو), verb-first with its
    subject (وتقول القيادة إن), or headline-style subject-first at the clause start."""
    doc, sent, toks, vstart = s.doc, s.sent, s.toks, s.toks[k].start
    prevw = toks[k - 1].norm if k > 0 else ""
    if prevw in RELATIVE and vtype == "call":
        if _inside_reported(s, k):
            return      # قال فلان إن … الجهود التي تدعو واشنطن حلفاءها لبذلها: part of what he said
        actor = _nearest_document_actor(doc, s.idx, sent, vstart)
        if actor is None:
            return
        cstart = toks[k - 1].start
        c = _mk(doc, sent, actor, [], raw, vtype, cstart, sent.end, s.meeting, "claim:relative-present", 0.6)
        s.acts.append((c, cstart, None, False))
        return
    if s.acts and k > 1 and toks[k - 1].norm == "ان" and toks[k - 2].norm.lstrip("و") in ("قبل", "بعد") \
            and (k + 1 >= len(toks) or toks[k + 1].norm in COMPLEMENTIZER | _SELF_REPORT):
        # داعيا إيران إلى …، قبل أن يؤكد أن: the speaker's next act, told as its time
        last = s.acts[-1][0]
        c = _mk(doc, sent, last.speaker, list(last.co_speakers), raw, vtype, toks[k - 2].start, None, s.meeting,
                "claim:then-present", 0.6)
        s.acts.append((c, toks[k - 2].start, None, False))
        return
    was = _kana_subject(s, k) if not s.acts else None
    if was is not None:     # وكانت الولايات المتحدة (التي تقود التحالف) تطالب: was demanding, an act
        c = _mk(doc, sent, was.key, was.co, raw, vtype, sent.start, None, s.meeting, "claim:kana-present", 0.65)
        c.speaker_as_written = was.as_written
        s.acts.append((c, sent.start, None, False))
        return
    if prevw in RELATIVE and k + 1 < len(toks) and toks[k + 1].norm in COMPLEMENTIZER | _SELF_REPORT:
        actor = _named_right_before(doc, s.idx, toks[k - 1].start)
        if actor is not None:   # الولايات المتحدة، التي تؤكد أنها …: what the one named says
            c = _mk(doc, sent, actor, [], raw, vtype, toks[k - 1].start, None, s.meeting, "claim:relative-present", 0.6)
            s.acts.append((c, toks[k - 1].start, None, False))
            return
    a = _amma_topic(s, k)
    if a is not None:       # أما النائب فلان فيؤكد أن: the topic answers, as for a past verb
        c = _mk(doc, sent, a.key or a.as_written, a.co, raw, vtype, a.start, None, s.meeting, "claim:amma", 0.8)
        c.speaker_as_written = a.as_written
        s.acts.append((c, a.start, None, False))
        return
    a = _present_vso(s, k, raw) if not s.acts else None
    if a is not None:
        c = _mk(doc, sent, a.key or a.as_written, a.co, raw, vtype, sent.start, None, s.meeting, "claim:vso-present", 0.7)
        c.speaker_as_written = a.as_written
        s.acts.append((c, sent.start, None, False))
        return
    a = s.idx.actor_before(sent.index, vstart, titles=True)
    if a is None or not (a.key or a.kind == "title" and a.as_written) or i > 0:
        return      # (a post no name follows speaks as written: وزراء الدفاع يتعهدون)
    # headline-style SVO only at the start of the clause, and not on a bulleted line: a link to
    # another story set in the body (- فلان يدعو …)
    before = doc.text[sent.start:a.start]
    lead = norm(re.split(r"[،,]", before)[-1]).split()
    whereas = len(lead) == 1 and lead[0] in _WHEREAS
    if not (a.start - sent.start <= 3 or whereas) or _bulleted(doc, sent):
        return      # (…، فيما فلان يقول إن: "whereas", a contrast, opens a clause of its own)
    c = _mk(doc, sent, a.key or a.as_written, a.co, raw, vtype, sent.start, None, s.meeting, "claim:svo-present", 0.7)
    c.speaker_as_written = a.as_written
    s.acts.append((c, sent.start, None, False))


_WHEREAS = {norm_token(w) for w in ("فيما", "بينما", "وفيما", "وبينما")}


# what was said, taken back by a demonstrative right after the verb (صرح بذلك، أكد ذلك)
_THAT_SAID = {norm_token(w) for w in ("بذلك", "ذلك", "بهذا", "هذا")}


def _finite_speaker(s: _Sentence, k: int, canon: str, mode: str, cstart: int):
    """Who speaks by the finite verb or participle at token ``k``: (speaker, co-speakers,
    method, confidence, the speaker's words)."""
    idx, toks = s.idx, s.toks
    if mode == "participle":
        return _participle_speaker(s, k)
    topic = _amma_topic(s, k)
    if topic is not None:
        # أما هاموند فقال: the topic fronted by أما is the subject of the verb its ف opens
        return topic.key or topic.as_written, list(topic.co), "claim:amma", 0.8, topic.as_written
    if canon in ("تمت", "جرت"):
        # impersonal passive (تمت الإشارة): the document named earlier in the clause
        return _source_before(idx, s.sent, toks, k, s.state), [], "claim:passive", 0.6, None
    gender = verb_gender(toks[k].norm, canon)
    kana = _kana_qad_subject(s, k)
    if kana is not None and (kana.key or kana.as_written):
        # وكان فلان قد حث الائتلاف على …: the subject is before قد, whatever noun follows the verb
        return kana.key or kana.as_written, list(kana.co), "claim:kana-qad", 0.75, kana.as_written
    a = _subject_after(s, k, canon)
    if a is not None and (a.key or a.as_written):
        if _object_not_subject(s, k, canon, a) or (gender == "m" and _feminine_phrase(idx, a)):
            # دعا التحالف إلى … / واتهم إيران بـ …: the noun is the object
            own = _own_topic(s, k)
            if own is not None:
                return own, [], "claim:same-subject", 0.65, None
            return _carried(s, gender, _plural_verb(toks[k].norm, canon)) + ("claim:carried-object", 0.6, None)
        return a.key or a.as_written, list(a.co), "claim:vso", 0.85, a.as_written
    if k > 0 and toks[k - 1].norm in RELATIVE:
        return _relative_speaker(s, k)
    if a is None:
        a = _kana_past_subject(s, k)
        if a is not None:   # وكان الناطق باسم القيادة، العميد فلان، أعلن: the pluperfect's subject after كان
            return a.key or a.as_written, list(a.co), "claim:kana-qad", 0.75, a.as_written
    pair = _dual_subject(s, k, canon) if a is None else None
    if pair is not None:
        # التقى فلان نظيره علان، وأكدا …: a dual verb with no subject after it, the two just named
        return pair[0], pair[1:], "claim:dual", 0.7, None
    return _speaker_before_or_around(s, k, canon, gender, cstart)


def _participle_speaker(s: _Sentence, k: int):
    """A participle (مؤكدا) goes on the act before it, else with the sentence's own subject."""
    prev_c = s.acts[-1][0] if s.acts else None
    if prev_c is not None:
        return prev_c.speaker, list(prev_c.co_speakers), "claim:participle", 0.75, None
    doer = _first_person(s, k) or _opening_subject(s, k)
    if doer is not None:
        # عرض الوزير فلان التطورات، مشيدا بـ …، استذكرت السفارة الضحايا، مؤكدة: the participle
        # goes with the subject of the sentence's own verb, whatever that verb
        return doer, [], "claim:participle-subject", 0.65, None
    return s.state["speaker"], list(s.state["co"]), "claim:participle", 0.75, None


def _subject_after(s: _Sentence, k: int, canon: str) -> Actor | None:
    """The verb's subject read after it (VSO), or None; an object after a plural verb, an
    addressee or a quotation is no subject, and a clause-opening subject (SVO) wins."""
    idx, toks = s.idx, s.toks
    vend = toks[k].end
    # a verb in the plural (شكروا، وشددوا) carries its subject as a pronoun: a noun after it is
    # its object (كما شكروا العراق), since a verb before its noun subject stays singular
    # (كما صرح بذلك رئيس الوزراء: what was said, taken back, then the subject)
    after = k + 2 if k + 2 < len(toks) and toks[k + 1].norm in _THAT_SAID else k + 1
    a = idx.subject_at(s.sent.index, after) if not _plural_verb(toks[k].norm, canon) else None
    if a is None and k + 2 < len(toks) and toks[k + 1].norm in _IN_WHICH and k > 0 and toks[k - 1].norm in RELATIVE:
        a = idx.subject_at(s.sent.index, k + 2)     # في الوقت الذي قالت فيه فرنسا إن: the subject after فيه
    if a is not None and (a.start > vend + 40 or _QUOTE_OR_COLON.search(s.doc.text, vend, a.start)) \
            and not _quoted_subject(s.doc.text, vend, a):
        a = None        # وتابع: تنظيم داعش …: the quotation begins, no subject
    if k + 1 < len(toks) and _addressee(toks[k + 1].norm):
        a = _subject_after_addressee(s, k + 1)   # أكد لقناة العربية: whom he told, not who spoke
    if (a is None or idx.etype(a.key) == "state") and not _plural_verb(toks[k].norm, canon):
        # وقال <a post no list holds, its state's adjective>، فلان الفلاني، إن …
        a = _person_before_that(s, k) or a
    if a is None and k + 1 < len(toks):
        # وقالت خلية الإعلام الأمني إن: its own subject; وأكدت الكلمة: the speech's speaker
        a = idx.body_subject(toks, k + 1) or idx.speech_owner(toks, k + 1) or _document_subject(s, k + 1) \
            or _indefinite_subject(s, k + 1) or _group_subject(s, k + 1)
    if a is not None and (svo := _subject_right_before(s, k, canon)) is not None:
        a = svo         # كيري حث الأمين العام على …: the clause opens with its subject; the noun after is the object
    if a is not None and a.key and idx.etype(a.key) in ("organization", "state"):
        a = _quoted_by(s, a) or a
    return a


def _quoted_by(s: _Sentence, body: Actor) -> Actor | None:
    """``وقالت وزارة الخارجية في بيان نقلا عن الجعفري إن …``: a body that speaks quoting a person
    before what was said relays that person's words; he speaks, the body with him."""
    toks = s.toks
    first = s.idx._tok_after(toks, body.end)
    for j in range(first, min(len(toks) - 2, first + 8)):
        if toks[j].norm in COMPLEMENTIZER or _PUNCT_IN.search(s.doc.text[toks[j - 1].end:toks[j].start]):
            return None
        if toks[j].norm in QUOTING and toks[j + 1].norm == "عن":
            who = s.idx.subject_at(s.sent.index, j + 2)
            if who is not None and who.key and s.idx.etype(who.key) == "person":
                return Actor(who.key, co=[body.key], start=who.start, end=who.end, kind=who.kind, as_written=who.as_written)
            return None
    return None


def _relative_speaker(s: _Sentence, k: int):
    """A verb after a relative pronoun (الذي أضاف): the source just heard, else what the clause
    hangs on; what was pledged (الرقم الذي تعهدت به) is no act."""
    toks = s.toks
    if _resumed_object(s, k):
        return None, [], "claim:relative", 0.6, None    # الرقم الذي تعهدت به: what was pledged
    pos = toks[k - 1].start
    named = {m.entity for m in s.doc.mentions_in(max(0, pos - 80), pos) if not s.doc.text[m.end:pos].strip(" ،,")}
    source = next((c for c, *_ in reversed(s.acts) if c.speaker in named), None)
    if source is not None:
        # بحسب ما أعلن الجيش الأسترالي الذي أضاف في بيان: the source just heard goes on
        return source.speaker, list(source.co_speakers), "claim:relative", 0.65, None
    # the act of what the clause hangs on: a person, else no act (تنظيم داعش، الذي دعا إلى …
    # is a description, not the last speaker's words)
    return _antecedent(s.doc, s.idx, s.sent, toks[k - 1].start), [], "claim:relative", 0.6, None


def _speaker_before_or_around(s: _Sentence, k: int, canon: str, gender, cstart: int):
    """No subject after the verb: its subject before it, the clause's person, the speech's
    owner, the sentence's topic, a name no list knows, else the speaker carried on."""
    idx, toks = s.idx, s.toks
    b = idx.actor_before(s.sent.index, toks[k].start, titles=True)
    if b is not None and (b.start >= cstart or _opens_content(s, b)):
        # (إن) حلف شمال الأطلسي (الناتو) أكد أن …: its subject before it, also inside what was said
        return b.key or b.as_written, list(b.co), "claim:svo", 0.8, b.as_written
    if s.side_switch and not s.acts:
        return _other_person(s.doc, idx, s.state, s.sent.start), [], "claim:side-switch", 0.55, None
    main = _main_clause_person(s, k)
    if main is not None:
        return main.entity, [], "claim:main-clause", 0.65, main.text
    if _in_own_speech(toks, k, s.doc.text) and (doer := _first_person(s, k) or _opening_subject(s, k)) is not None:
        return doer, [], "claim:speech-noun", 0.65, None   # افتتح فلان الاجتماع بكلمة أكد فيها
    own = _own_topic(s, k)
    if own is not None:
        return own, [], "claim:same-subject", 0.65, None
    name = _unknown_name_after(s, k)
    if name is not None:
        return name, [], "claim:unknown-name", 0.55, name
    return _carried(s, gender, _plural_verb(toks[k].norm, canon)) + ("claim:carried", 0.6, None)


def _subject_right_before(s: _Sentence, k: int, canon: str) -> Actor | None:
    """A named person, state or body opening the clause right before a verb with no و / ف of its
    own (``…، كيري حث الأمين العام``): the subject, whatever noun follows the verb."""
    n = s.toks[k].norm
    if n[:1] in "وف" and not n.startswith(canon):
        return None         # وحث: a new clause, its subject carried or after it
    b = s.idx.actor_before(s.sent.index, s.toks[k].start)
    e = s.doc.entities.get(b.key) if b is not None and b.key else None
    if e is None or e.type not in ("person", "state", "organization") or s.doc.text[b.end:s.toks[k].start].strip() \
            or (e.subtype or "") in ("media", "news_agency"):
        return None         # (عمان - رويترز قالت الحكومة: a byline's agency, not the subject)
    j = token_from(s.toks, b.start)
    opens = j == 0 or bool(_CLAUSE_OPENING.search(s.doc.text, s.toks[j - 1].end, b.start))
    return b if opens else None


_CLAUSE_OPENING = re.compile(r"[،,.:؛;!?]")


# after a name no list knows: what was said, or where and how it was said
_AFTER_NAME = COMPLEMENTIZER | {norm_token(w) for w in ("أنه", "أنها", "إنه", "إنها", "بأنه", "بأنها", "في", "خلال",
                                                         "أمام", "عبر", "اليوم", "أمس")}


def _unknown_name_after(s: _Sentence, k: int) -> str | None:
    """``وأضاف الجبير في مؤتمر صحفي أن …`` with no name list knowing الجبير: one or two words no
    word list knows, right after the verb and before what was said (or where it was said), are
    its subject — a name, as written; not a participle (مستدركا) nor a word of the language."""
    toks, text = s.toks, s.doc.text
    if toks[k].norm.endswith("وا"):
        return None         # وأشادوا بانعقادها: the plural verb has its subject, the pronoun
    j = k + 1
    while j < len(toks) and j <= k + 2 and _unknown_word(s.lex, toks[j]) and \
            not text[toks[j - 1].end:toks[j].start].strip() and not s.doc.mentions_in(toks[j].start, toks[j].end):
        j += 1
    if j == k + 1 or j >= len(toks):
        return None
    gap = text[toks[j - 1].end:toks[j].start]
    if toks[j].norm in _AFTER_NAME or gap.strip() in ("،", ","):
        return _surname_of(s, toks[j - 1]) or text[toks[k + 1].start:toks[j - 1].end]
    return None


def _surname_of(s: _Sentence, tok) -> str | None:
    """The person named before whose name ends with this word (the surname alone: وأضاف
    الصحاف after محمد سعيد الصحاف), when exactly one does."""
    w = tok.norm
    hits = {e.key for e in s.doc.entities.values() if e.type == "person" and any(
        norm(x).split()[-1:] == [w] for x in e.surfaces + [e.name_ar or ""] if x)}
    return hits.pop() if len(hits) == 1 else None


def _unknown_word(lex, tok) -> bool:
    w = tok.norm
    bare = w[2:] if w.startswith("ال") else w
    participle = w.startswith("م") and w.endswith("ا")
    # بانعقادها، بالتحالف: a preposition's noun — not a name that starts with its letter (كوربن)
    governed = w[:1] in "بلك" and (w[1:].startswith("ال") or lex.zipf(w[1:]) >= 2.5) or w.endswith(("ها", "هم", "هما"))
    # وأكد قناعته، وجدد التزامه: a noun of the language with "his", the verb's object
    possessed = w.endswith("ه") and len(w) > 4 and (lex.zipf(w[:-1]) >= 3.5 or w.endswith("ته") and lex.zipf(w[:-2]) >= 3.5)
    if w.startswith("ال") and w.endswith("ي") and len(bare) >= 4 and not participle and lex.zipf(tok.text) < 4.0 \
            and lex.zipf(bare) < 2.5:
        return True     # a family's name (الموسوي): frequent as names are, yet its bare form is no word
    return len(bare) >= 3 and not participle and not governed and not possessed and lex.zipf(tok.text) < 2.5 \
        and lex.zipf(bare) < 2.5


# the resumptive of a time or a place after a relative's verb (الوقت الذي قالت فيه، البيان الذي أكد فيه)
_IN_WHICH = {norm_token(w) for w in ("فيه", "فيها")}


def _own_topic(s: _Sentence, k: int) -> str | None:
    """وأكملت الوزيرة فلانة الشكر …، كما هنأت: a verb without a subject, coordinated in a
    sentence whose first verb (no act) has a person as subject, keeps that subject; so does one
    after a comma in a sentence opened by a state's or a body's own verb (شنت تركيا غارات، قالت
    إنها …)."""
    own = _topic(s) if not s.acts and k > 2 else None
    if own is None and not s.acts and k > 2 and _COMMA.search(s.doc.text[s.toks[k - 1].end:s.toks[k].start]):
        return _opening_subject(s, k)
    return own[1] if own is not None else None


_OPENING_QUOTE_ONLY = re.compile(r"\s*[“«\"„]\s*")
_CLOSING_QUOTE = re.compile(r"\s*[”»\"“]")


def _quoted_subject(text: str, vend: int, a: Actor) -> bool:
    """وقال “كاكينز” في …: the subject's own words set in quotes (a name some outlets print so),
    not the quotation opening — a quote right after the verb, closed right after the name."""
    return bool(_OPENING_QUOTE_ONLY.fullmatch(text, vend, a.start)) and bool(_CLOSING_QUOTE.match(text, a.end))


_AMMA = {norm_token(w) for w in ("أما", "وأما")}
_AMMA_SPAN = 14


def _amma_topic(s: _Sentence, k: int) -> Actor | None:
    """``أما X فـ<verb>`` (أما وزير الخارجية البريطاني فقد أكد): the actor right after أما,
    when the verb at ``k`` (or فقد before it) carries the answering ف."""
    toks = s.toks
    if not (toks[k].norm[:1] == "ف" or k > 0 and toks[k - 1].norm in ("فقد", "ف")):
        return None
    j = next((x for x in range(k - 1, max(-1, k - _AMMA_SPAN), -1) if toks[x].norm in _AMMA), None)
    if j is None or _CLAUSE_BREAK.search(s.doc.text, toks[j].end, toks[k].start):
        return None
    a = s.idx.subject_at(s.sent.index, j + 1)
    return a if a is not None and (a.key or a.as_written) and a.start == toks[j + 1].start else None


_INDEFINITE_SPAN = 3


def _indefinite_subject(s: _Sentence, j: int) -> Actor | None:
    """وقال شهود عيان إن، قال سكان محليون إن: an indefinite noun phrase (no article, no adverb
    in -ا or with ب/ل/ك: بشكل واضح, no stop word or verb) running unpunctuated from the verb to
    its إن/أن is the verb's unnamed subject, as written."""
    toks, text = s.toks, s.doc.text
    w = toks[j].norm
    if text[toks[j - 1].end:toks[j].start].strip():
        return None     # وأضاف: "صحيح أن …": the quotation, no subject
    if w.startswith("ال") or w.endswith("ا") or w[:1] in "بلك" or w in STOP or w in ADVERBS \
            or _verb_entries(verb_table(s.lex), w) \
            or s.idx.mention_at(toks[j].start) is not None:
        return None
    for x in range(j + 1, min(len(toks), j + 1 + _INDEFINITE_SPAN)):
        if text[toks[x - 1].end:toks[x].start].strip():
            return None
        if toks[x].norm in COMPLEMENTIZER and x > j + 1:   # a noun and its qualifier (one word: يجب أن، أود أن)
            start, end = toks[j].start, toks[x - 1].end
            return Actor(None, start=start, end=end, kind="title", as_written=text[start:end])
        m = s.idx.mention_at(toks[x].start)
        if toks[x].norm in STOP or m is not None and m.kind != "nisba":
            return None     # a name ends it; a nationality qualifies it (صحيفة إماراتية حكومية)
    return None


# armed or civil groups no list names, in the plural (ذكرت الميليشيات العراقية المتحالفة مع إيران في بيان أن)
_GROUPS = {norm_token(w) for w in ("الميليشيات", "المليشيات", "الفصائل", "الجماعات", "الكتائب", "العشائر",
                                   "المتظاهرون", "المحتجون", "التنسيقيات", "الحركات")}
_GROUP_SPAN = 7


def _group_subject(s: _Sentence, j: int) -> Actor | None:
    """A group no list names right after the verb, its qualifiers (definite words, a state's
    adjective, المتحالفة مع إيران) running to في بيان or إن/أن: the verb's subject, as written."""
    toks, text = s.toks, s.doc.text
    if j >= len(toks) or toks[j].norm not in _GROUPS or text[toks[j - 1].end:toks[j].start].strip():
        return None
    for x in range(j + 1, min(len(toks), j + 1 + _GROUP_SPAN)):
        if text[toks[x - 1].end:toks[x].start].strip():
            return None
        if toks[x].norm in COMPLEMENTIZER or (toks[x].norm == "في" and x + 1 < len(toks) and toks[x + 1].norm in _DOCUMENTS):
            start, end = toks[j].start, toks[x - 1].end
            return Actor(None, start=start, end=end, kind="title", as_written=text[start:end])
        m = s.idx.mention_at(toks[x].start)
        if not (toks[x].norm.startswith("ال") or toks[x].norm == "مع" or m is not None):
            return None
    return None


# a document that speaks (كشف تقرير، ذكرت دراسة): indefinite, its issuer after it
_DOCUMENTS = {norm_token(w) for w in ("تقرير", "دراسة", "وثيقة", "بيان", "بلاغ", "رسالة", "إحصائية", "مذكرة")}


def _document_subject(s: _Sentence, j: int) -> Actor | None:
    """``وكشف تقرير صادر عن الأمم المتحدة أن``، ``وذكر تقرير للأمم المتحدة أن``: a document right
    after the verb is its subject and speaks for whoever issued it, as a statement does
    (``ActorIndex.statement_issuer``); with no issuer named, the document as written — never
    the last speaker carried on."""
    toks = s.toks
    if j >= len(toks) or toks[j].norm not in _DOCUMENTS or s.doc.text[toks[j - 1].end:toks[j].start].strip():
        return None
    issuer = s.idx.statement_issuer(toks, j)
    return Actor(issuer, start=toks[j].start, end=toks[j].end, kind="title", as_written=toks[j].text)


def _dual_subject(s: _Sentence, k: int, canon: str) -> list[str] | None:
    """The two persons named last before a dual verb (أكدا، شددتا، وأعربا: canonical form + ا/تا),
    the first named first, when no act of the sentence came between."""
    w = s.toks[k].norm
    w = w[1:] if w[:1] in "وف" else w
    if w not in (canon + "ا", canon + "تا") or s.acts:
        return None
    seen: list[str] = []
    for m in reversed(s.doc.mentions_in(0, s.toks[k].start)):
        if s.idx.etype(m.entity) == "person" and m.kind != "nominal" and not s.idx.bogus(m.entity) and m.entity not in seen:
            seen.append(m.entity)
            if len(seen) == 2:
                return seen[::-1]
    return None


def _opens_content(s: _Sentence, b: Actor) -> bool:
    """The subject ``b`` stands right after an أن / إن of the act before it in the sentence."""
    j = next((x for x in range(len(s.toks) - 1, -1, -1) if s.toks[x].start < b.start), None)
    return bool(s.acts) and j is not None and s.toks[j].norm in COMPLEMENTIZER and s.toks[j].start > s.acts[-1][1]


def _carried(s: _Sentence, gender: str | None, plural: bool = False) -> tuple:
    """(speaker, co-speakers) a verb without its own subject continues: the person the sentence
    before was about when it had no act, else the last act's speaker, unless that act's verb has
    the other gender (وتعهدت الإمارات … . وأضاف: not the Emirates) — then the last one whose verb
    agrees. A plural verb (وأكدوا، واتفقوا) never continues one person: the last many who spoke,
    else the coalition in a report of its meeting."""
    if plural:
        acts = [(c.speaker, list(c.co_speakers)) for c, *_ in s.acts]
        said = [x[:2] for x in s.state["said"]] + acts
        # (a person speaking with others, أعلن بلينكن ووزراء التحالف, is many too)
        many = next((x for x in reversed(said[-6:]) if x[0] and (s.idx.etype(x[0]) != "person" or x[1])), None)
        if many is not None:
            return many
        if s.meeting is not None:
            return GLOBAL_COALITION, []
    topic = s.state.get("topic")
    if not s.acts and gender is not None and topic is not None and topic[0] == s.sent.index - 1:
        return topic[1], []     # a singular verb after a sentence about one person (_topic)
    acts = [(c.speaker, list(c.co_speakers), s.genders.get(id(c))) for c, *_ in s.acts]
    said = s.state["said"] + acts if acts else s.state["said"]
    last = acts[-1][:2] if acts else (s.state["speaker"], list(s.state["co"]))
    if gender is None or not said or said[-1][2] in (None, gender):
        return last
    agree = next((x for x in reversed(said[-6:]) if x[2] == gender), None)
    if agree is None and gender == "f" and s.idx.etype(last[0]) == "person":
        return None, []     # وقالت after a man's words: never his (its subject went unread)
    return agree[:2] if agree is not None else last


# حيث / إذ, and "when" (عندما قال: the main clause's doer said it when he did something else)
_SUBORDINATE = {norm_token(w) for w in ("حيث", "إذ", "اذ", "وحيث", "عندما", "حينما", "حين")}


def _main_clause_person(s: _Sentence, k: int):
    """``التقى الرئيس فلان بالمشاركين حيث أكد …``, ``بعد زيارة قام بها فلان لبغداد حيث أعلن``,
    ``طرح السناتور فلان سؤالا عندما قال``: a speech verb in a clause subordinate to the one
    before it (after حيث / إذ / عندما) is said by the
    person named last before it, not by the last speaker. The person's mention, or None."""
    if k == 0 or s.toks[k - 1].norm not in _SUBORDINATE:
        return None
    persons = [m for m in s.doc.mentions_in(s.sent.start, s.toks[k - 1].start)
               if m.kind != "nominal" and s.idx.etype(m.entity) == "person" and not s.idx.bogus(m.entity)]
    return persons[-1] if persons else None


def _addressee(n: str) -> bool:
    """A word after a speech verb opens its addressee when a preposition ل is glued to it
    (لقناة، للجزيرة، للصحفيين) — not a name that starts with ل (لبنان، لافروف)."""
    return n.startswith("لل") or (n.startswith("ل") and n[1:] in ADDRESSEE_HEADS)


def _subject_after_addressee(s: _Sentence, j: int) -> Actor | None:
    """The subject right after the addressee phrase at token ``j`` (وصرح للصحفيين وزير …)."""
    toks, idx = s.toks, s.idx
    m = idx.mention_at(toks[j].start)
    nxt = idx._tok_after(toks, m.end) if m is not None and m.start >= toks[j].start else j + 1
    if nxt >= len(toks) or nxt - j > 3 or _CLAUSE_GAP.search(s.doc.text, toks[j].end, toks[nxt].start):
        return None
    return idx.subject_at(s.sent.index, nxt)


def _plural_verb(n: str, canon: str) -> bool:
    return n.endswith("وا") and not canon.endswith("وا")


def verb_gender(n: str, canon: str) -> str | None:
    """"f" for a past verb in the feminine singular (قالت، وتعهدت), "m" for the masculine
    (قال، وأضاف), None when the form does not say (a plural, a dual, a present). A verb
    agrees with its subject in gender, so its form tells whom it may continue."""
    if _plural_verb(n, canon) or n.endswith(("ان", "ون")):
        return None
    cands = _verb_candidates(n)
    stem = canon[:-1] if canon[-1:] in "اى" and len(canon) > 2 else canon
    if any(c == stem + "ت" for c in cands):
        return "f"
    if canon in cands:
        return "m"
    return None


# heads of feminine noun phrases that are no person (الدول، المنظمات، الحكومة): a masculine
# verb before one is not its verb, so it is the object (ودعا الدول الأعضاء إلى …)
def _feminine_phrase(idx: ActorIndex, a: Actor) -> bool:
    if a.kind == "pronoun" or idx.etype(a.key) == "person" or not a.as_written:
        return False
    head = norm_token(a.as_written.split()[0])
    head = head[1:] if head[:1] in "وف" and len(head) > 4 else head
    # ة as written (folding makes it ه, the pronoun's letter: معاليه)
    return head in ("الدول", "دول") or head.endswith("ات") or a.as_written.split()[0].endswith("ة")


def _object_not_subject(s: _Sentence, k: int, canon: str, a: Actor) -> bool:
    """The noun after a verb of calling on (دعا التحالف إلى) or accusing (اتهم إيران بـ) is its
    object when another actor spoke last (a person, a body: قالت قسد …، ودعت دول التحالف إلى):
    the act is that actor's."""
    idx, speaker = s.idx, s.state["speaker"]
    if canon in CALL_OBJECT_VERBS and (a.kind == "collective" or (idx.etype(a.key) == "organization"
                                                                   and _is_coalition(s.lex, a.key))) \
            and speaker and speaker != a.key and idx.etype(speaker) in ("person", "organization", "state") \
            and _object_reading(s.toks, k, a):
        return True
    if canon in _THANKING and bool(speaker) and _object_reading(s.toks, k, a, "علي"):
        return True     # كما هنأت العراق على …: whom she congratulated, on what
    return canon in ACCUSE_VERBS and bool(speaker) and _object_reading(s.toks, k, a, "ب")


# verbs of thanking and congratulating: the noun after them is whom, when على (for what) follows it
_THANKING = {norm_token(w) for w in ("هنأ", "شكر")}


def _cut_off(doc, lex, c: Claim) -> bool:
    """The text ends right after the verb (and its subject): a scrape cut mid-sentence (كما حث
    التحالف⏎، وتابع الوز) — nothing was said yet; one real word (أشادت فلانة بالإنجاز) is said."""
    ev = c.evidence[0]
    words = (c.content or "").split()
    if doc.text[ev.end:].strip() or c.quote or len(words) > 1 or doc.text.rstrip()[-1:] in ".!?؟»\"”)":
        return False        # (a sentence that ends with its stop was not cut)
    return not words or not any(lex.zipf(w) > 0 for w in (words[0], words[0][1:]))


def _spoken_source(lex, c: Claim) -> bool:
    """An attribution told by a verb of speech (ذكرت وكالة "أكي": …), not by a marker (وفق،
    حسب): its source spoke, and a verb after it with no subject (وأوضحت "…") goes on with it."""
    first = norm_token((c.verb or "").split()[0]) if c.verb else ""
    return bool(c.evidence) and c.evidence[0].method == "claim:attribution" and \
        any(e[1] != "attribution" for e in _verb_entries(verb_table(lex), first))


def _close_acts(s: _Sentence) -> None:
    """Each act ends where the next begins (or at the sentence end); the acts with a speaker
    are finished and added, and the last one carries over to the next sentence."""
    doc, sent, state = s.doc, s.sent, s.state
    out = []
    for i, (c, cstart, cend, fixed) in enumerate(s.acts):
        if not fixed:
            nxt = next((x[1] for x in s.acts[i + 1:] if not x[3]
                        and (id(c) in s.nested or id(x[0]) not in s.nested)), None)
            end = nxt if nxt is not None else sent.end
            end = _trim_clause(doc, cstart, end, c)
            _set_span(doc, c, cstart, end, sent)
        out.append(c)
    out = _relayed_unnamed(s, out)
    for c in out:
        if c.speaker is None:
            continue
        _finish(doc, s.lex, s.idx, c, sent)
        if _cut_off(doc, s.lex, c):
            continue
        doc.claims.append(c)
        if c.verb and (c.context is None or _spoken_source(s.lex, c)) and c.speaker and id(c) not in s.nested:
            state["speaker"], state["co"] = c.speaker, list(c.co_speakers)
            state["said"].append((c.speaker, list(c.co_speakers), s.genders.get(id(c))))
        state["last"] = c


_PUNCT_AFTER = re.compile(r"\s*[،,.؛;:]")
_COLON_AFTER = re.compile(r"\s*:")  # a participle before a colon introduces a quotation
_COMMA = re.compile(r"[،,؛;]")
_QUOTE_OR_COLON = re.compile("[:“«\"„]")
_OPENING_GAP = re.compile(r"[،,.؛;:\-–)»\"”/]")  # a slash ends a byline (شفق نيوز/ أعلن)
_CLAUSE_GAP = re.compile(r"[،,.;؛:]")
_COMMA_WORD = re.compile(r"[،,]\s*(\S+)")
_STAMP = re.compile(r"[\d٠-٩]+")


def _lead_particle(w: str) -> bool:
    """A particle that may stand before a clause's verb, also with the conjunction glued on
    (وكما أفادت، فحيث أكد، وبينما قال): و/ف join the clause, they do not change the particle."""
    return w in LEAD_PARTICLES or (w[:1] in "وف" and w[1:] in LEAD_PARTICLES)


def _position_ok(doc, idx, si, toks, k, mode, raw) -> bool:
    """Verbs open clauses: a participle follows a comma and takes an object (``مجددا،`` is
    the adverb "again"); a finite verb carries و/ف, opens the sentence or a clause, follows a
    particle (كما، قد، إلا أنه) or its subject (SVO) — ``أتباع جدد`` is an adjective."""
    text = doc.text
    a, b = toks[k].start, toks[k].end
    after = text[b:b + 2]
    if mode == "participle":
        # مجددا، (the adverb "again") is no act; مبينة، انه … (a comma, then what was said) is one
        if k + 1 >= len(toks) or (_PUNCT_AFTER.match(after) and not _COLON_AFTER.match(after)
                                  and toks[k + 1].norm not in COMPLEMENTIZER | {"انه", "انها"}):
            return False
        if k == 0:
            return True
        gap = text[toks[k - 1].end:a]
        if _COMMA.search(gap) or toks[k - 1].norm in ("و", "ثم"):
            return True
        if toks[k - 1].norm in _COPULAS or k > 1 and toks[k - 2].norm in _COPULAS and toks[k - 1].norm in _SUBJECT_PRONOUNS:
            return False    # ما يزال ملتزماً، كانت مستعدة، بات هو مقتنعا: the predicate of a copula, no act
        if raw.endswith("اً") and toks[k].norm not in _ADVERB_PARTICIPLES and toks[k + 1].norm not in _CLAUSE_WORDS:
            return True     # مؤكداً التزام البلاد: the tanween marks the circumstantial participle
        if raw.endswith(("ا", "ة")) and not toks[k].norm.startswith("ال") and toks[k + 1].norm in _CONTENT_PREPS \
                and toks[k].norm not in _ADVERB_PARTICIPLES:
            return True     # … ضد الإرهاب مشيرا الى الدعم: the preposition its content hangs on
        # no comma (… ينشطون بها مضيفا "…" / مضيفا أنه): the participle opens reported speech
        return toks[k + 1].norm in COMPLEMENTIZER | {"انه", "انها"} or text[b:b + 3].lstrip()[:1] in "“«\"„"
    if mode != "finite":
        return True
    if k == 0 or raw[:1] in "وف":
        return True
    gap = text[toks[k - 1].end:a]
    if _OPENING_GAP.search(gap):
        return True
    if _lead_particle(toks[k - 1].norm) or toks[k - 1].norm in ("ما", "مما"):
        return True             # ما كشف عنه فلان: kept only with its own subject (_own_subject)
    if _STAMP.fullmatch(toks[k - 1].text):
        return True             # after a number: a date or time stamp (2026-02-10 رحب، منذ 2014 أعلن)
    if _in_own_speech(toks, k, text):
        return True             # بكلمة أكد فيها: a speech described by what was said in it
    if k > 1 and toks[k - 1].norm == "ان" and toks[k - 2].norm.lstrip("و") in _TIME_CONJUNCTIONS:
        after = idx.subject_at(si, k + 1) if k + 1 < len(toks) else None
        return after is not None and bool(after.key) and after.kind == "name" and after.start == toks[k + 1].start
    if _after_byline(doc, toks, k):
        return True
    if idx.actor_before(si, a, titles=True) is not None:
        return True
    # after a fronted adverbial (وفي 29 سبتمبر الماضي أعلن الرئيس …، وفي إطار … أوضح معاليه): a
    # verb whose own subject, a named or titled person or his honorific pronoun, follows it
    # (وفي باريس أكدت وزارة الخارجية …، وفي ختام الاجتماع أكد المشاركون): a verb whose own
    # subject — a named or titled person, a body, a state, the coalition's collectives, an
    # unnamed source — follows it at once
    after = idx.subject_at(si, k + 1) if k + 1 < len(toks) else None
    if after is None or not after.key or after.start != toks[k + 1].start:
        return False
    if after.kind in ("name", "title", "pronoun") and idx.etype(after.key) == "person" or _unnamed_source(after):
        return True
    # a body, a state or the coalition's collective after a sentence opening with a preposition
    return toks[0].norm in _ADVERBIAL_OPENERS and (after.kind == "collective" or after.kind in ("name", "title")
                                                  and idx.etype(after.key) in ("organization", "state"))


_BYLINE_MARK = re.compile(r"[/\\|\-–—]")
_BYLINE_SPAN = 8


def _after_byline(doc, toks, k: int) -> bool:
    """A byline or dateline run into the lead (فلان / الأناضول قالت الحكومة …، بغداد - رويترز
    أعلنت …): right after a news agency or outlet that a slash or dash near the sentence start
    sets off, the verb opens the sentence (the agency reports, it is not the subject)."""
    if k > _BYLINE_SPAN or not _BYLINE_MARK.search(doc.text, toks[0].start, toks[k - 1].start):
        return False
    m = next((m for m in doc.mentions_in(toks[0].start, toks[k - 1].end) if m.end == toks[k - 1].end), None)
    e = doc.entities.get(m.entity) if m is not None else None
    return e is not None and e.type == "organization" and (e.subtype or "") in ("media", "news_agency")


# prepositions a speech participle's content follows (مشيرا إلى، مؤكدا على، معربا عن)
_CONTENT_PREPS = {norm_token(w) for w in ("إلى", "الى", "على", "عن")}


# prepositions a fronted adverbial of place or time opens with (وفي باريس، وخلال الاجتماع، وعقب اللقاء)
_ADVERBIAL_OPENERS = {norm_token(w) for w in ("في", "وفي", "خلال", "وخلال", "عقب", "وعقب", "بعد", "وبعد",
                                               "قبل", "وقبل", "منذ", "ومنذ", "على", "وعلى", "أمام", "وأمام",
                                               # من جانب آخر، من جهة أخرى، إلى ذلك: a turn to another side
                                               "من", "ومن", "إلى", "وإلى", "الى", "والى")}
# what a sentence opening with no verb opens with (_opening_subject)
_NO_VERB_OPENERS = STOP | _ADVERBIAL_OPENERS | {norm_token(c + w) for c in ("", "و", "ف") for w in (
    "خارج", "داخل", "بين", "مع", "عند", "حول", "نحو", "ضمن", "لدى", "وراء", "تحت", "فوق", "عبر", "وسط", "إثر")}


def _unnamed_source(a: Actor) -> bool:
    """An unnamed official or source as written (مصدر حكومي، مسؤول أميركي): a person too."""
    return a.kind == "title" and bool(a.as_written) and norm_token(a.as_written.split()[0]) in UNNAMED_SOURCES


# بعد أن جدد البنتاغون …، منذ أن أعلنت: a past act told as the time of another event
_TIME_CONJUNCTIONS = {norm_token(w) for w in ("بعد", "عقب", "منذ", "قبل")}
# verbs of being and becoming (كان وأخواتها): a participle right after one is its predicate
_COPULAS = {norm_token(w) for w in (
    "يزال", "تزال", "يزالون", "زال", "زالت", "مازال", "مازالت", "لايزال", "لاتزال", "يظل", "تظل", "ظل", "ظلت",
    "بات", "باتت", "يبات", "أصبح", "أصبحت", "يصبح", "تصبح", "صار", "صارت", "كان", "كانت", "يكون", "تكون",
    "ليس", "ليست", "يبقى", "تبقى", "بقي", "بقيت", "دام", "أضحى", "أمسى")}
_SUBJECT_PRONOUNS = {norm_token(w) for w in ("هو", "هي", "هم")}
# what "according to" may name that is no speaker: estimates, figures, data
_NO_SOURCE = {norm_token(w) for w in ("تقديرات", "التقديرات", "إحصاءات", "الإحصاءات", "إحصائيات", "الإحصائيات",
                                      "أرقام", "الأرقام", "معطيات", "المعطيات", "تقدير")}
def _source_named(s: _Sentence, k: int) -> bool:
    """Whose the figures at token k are, named in their clause (تقديرات … في تقرير لمجلس الأمن)."""
    text, a = s.doc.text, s.toks[k].start
    m = _COMMA.search(text, a, s.sent.end)
    end = m.start() if m else s.sent.end
    return any(s.idx.etype(x.entity) in ("organization", "state", "person") for x in s.doc.mentions_in(a, end))


# participles that are also adverbs (مجدداً "again") and words no object starts with
_ADVERB_PARTICIPLES = {norm_token(w) for w in ("مجددا",)}
_CLAUSE_WORDS = {norm_token(w) for w in ("من", "في", "على", "الى", "إلى", "عن")}
_SELF_REPORT = {norm_token(w) for w in ("أنه", "إنه", "أنها", "إنها", "بأنه", "بأنها", "أنهم", "إنهم")}
# غير أنه حذر / إلا أنه أكد: "but he warned", a new act after a contrast, not reported content
_CONTRASTIVE = {norm_token(w) for w in ("غير", "إلا", "بيد", "رغم", "مع", "لكن", "ولكن")}


def _embedded_subject(doc, idx, sent, toks, k):
    """The subject of a speech verb inside a reported clause (``أن <subject>[،] <verb>``): a
    name or title right before the verb, or a collective with its modifiers (الوزراء المشاركين
    في الاجتماع أكدوا); None when the verb is not so embedded."""
    text = doc.text
    for s in range(k - 1, max(0, k - 9), -1):
        if toks[s - 1].norm not in COMPLEMENTIZER or _CLAUSE_GAP.search(text, toks[s].start, toks[k].start) and \
                not re.fullmatch(r"[^.؛;:]*[،,]\s*", text[toks[k - 1].start:toks[k].start]):
            continue
        a = idx.subject_at(sent.index, s, before=toks[k].start)
        if a is None or not a.key:
            continue
        between = text[a.end:toks[k].start]
        if not between.strip(" ،,") or (a.kind == "collective" and not _CLAUSE_GAP.search(between)):
            return a
    return None


def masdar_table(lex) -> dict[str, str]:
    """Verbal nouns of speech (normalised, without ال) → claim type, from speech_verbs.yaml."""
    return compiled(lex, "claims:masdar_table", lambda lex: {
        norm(f): row.get("act") or "statement" for row in lex.data.get("speech_verbs") or []
        if isinstance(row, dict) and row.get("type") == "nominal" for f in row.get("forms") or []})


_MASDAR_CLITICS = ("وب", "وال", "بال", "لل", "ال", "و", "ب", "ل", "ف")
_MASDAR_COMPLEMENT = COMPLEMENTIZER | {"عن", "علي", "الي"}


def _masdar_at(table, word: str) -> tuple[str, bool] | None:
    """(the verbal noun, definite?) when ``word`` is one, clitics aside (وبتأكيد، الإعلان)."""
    if word in table:
        return word, False
    for c in _MASDAR_CLITICS:
        if word.startswith(c) and word[len(c):] in table:
            return word[len(c):], "ال" in c or c == "لل"
    return None


def _nominal_acts(doc, lex, idx, sent, toks, qspans, meeting, verbs: set[int]) -> list[Claim]:
    """Speech acts told by a verbal noun: ``تأكيد بلينكن أن …``، ``إعلان التحالف … عن …``،
    ``تأكيدات من الحكومة العراقية بأن``، ``مطالبة الرئيس ترامب الحلفاء بـ``، ``الإعلان الأمريكي``.
    The speaker is the genitive (or the nationality adjective of a definite noun); the act runs
    from the noun to the next clause break, inside whatever act reports it."""
    table = masdar_table(lex)
    if not table:
        return []
    out = []
    seen = memo(lex, "claims:masdar_at")    # word -> (verbal noun, definite?) | None
    for k, t in enumerate(toks):
        got = seen.get(t.norm, seen)
        if got is seen:
            got = seen[t.norm] = _masdar_at(table, t.norm)
        if (t.norm in _BY_SAYING or t.norm in _BY_STRESSING and k + 1 < len(toks) and toks[k + 1].norm in _STRESSED) \
                and k not in verbs and not _in_spans(t.start, qspans):
            c = _by_saying(doc, idx, sent, toks, k, meeting)
            if c is not None:
                out.append(c)
            continue
        if got is None or k in verbs or _in_spans(t.start, qspans):
            continue
        noun, definite = got
        if noun == "دعوه" and t.norm[:-len(noun)].strip("و")[:1] in ("ب", "ل"):
            continue                 # بدعوة من / تلبية لدعوة: an invitation, no call
        a = _masdar_speaker(idx, sent, toks, k, definite, table[noun])
        if a is None:
            continue
        end = _clause_end(doc, toks, k, sent.end)
        c = _mk(doc, sent, a.key, a.co, t.text, table[noun], t.start, end, meeting, "claim:nominal", 0.55)
        c.speaker_as_written = a.as_written
        _set_span(doc, c, t.start, end, sent)
        out.append(c)
    return out


# "by (his / her / their) saying": the words of the one the sentence names before (بقولها، واكتفى
# الجانب الأميركي بالقول إن)
# by stressing, warning, calling (استبق الرئيس القمة بالتشديد على …): the same, when what was stressed
# follows at once (بالتأكيد alone is also "certainly")
_BY_STRESSING = {norm_token(w) for w in ("بالتشديد", "وبالتشديد", "بالتأكيد", "وبالتأكيد", "بالتحذير", "وبالتحذير",
                                         "بالمطالبة", "وبالمطالبة", "بالدعوة", "وبالدعوة")}
_STRESSED = {norm_token(w) for w in ("على", "أن", "إلى", "من", "بأن")}
_BY_SAYING = {norm_token(w) for w in ("بقوله", "بقولها", "بقولهم", "بقولهما", "وبقوله", "وبقولها", "بالقول",
                                      "وبالقول")}


def _by_saying(doc, idx, sent, toks, k: int, meeting) -> Claim | None:
    """``وهيأت ميركل البرلمان الألماني لالتزام طويل بقولها: "…"``: the person the sentence named
    last before ``بقولها`` (else the state) says what follows."""
    if k + 1 >= len(toks):
        return None
    # in the clause of بقوله (after an opening aside: وحول الوضع في سوريا، اكتفى فلان بالقول)
    opening = [m.end() for m in _COMMA.finditer(doc.text, sent.start, toks[k].start)]
    lo = opening[-1] if opening else sent.start
    named = [m for m in doc.mentions_in(lo, toks[k].start) if m.kind != "nominal" and not idx.bogus(m.entity)]
    who = [m.entity for m in named if idx.etype(m.entity) == "person"] or \
        [m.entity for m in named if idx.etype(m.entity) == "state"]
    if not who:
        return None
    speaker = who[-1]
    comma = _COMMA.search(doc.text, toks[k].end, sent.end)       # what he said runs to the next comma
    end = comma.start() if comma else sent.end
    c = _mk(doc, sent, speaker, [], toks[k].text, "statement", toks[k].start, end, meeting, "claim:by-saying", 0.6)
    _set_span(doc, c, toks[k].start, end, sent)
    return c


def _masdar_speaker(idx, sent, toks, k: int, definite: bool, act: str):
    j = k + 1
    if j < len(toks) and toks[j].norm == "من":
        j += 1                                   # تأكيدات من الحكومة
    if j >= len(toks):
        return None
    if definite:
        # الإعلان الأمريكي: the nationality of a definite verbal noun
        m = idx.mention_at(toks[j].start)
        if m is not None and m.kind == "nisba" and idx.etype(m.entity) == "state" and j == k + 1:
            return Actor(m.entity, start=m.start, end=m.end, kind="name", as_written=m.text)
        return None
    a = idx.subject_at(sent.index, j)
    if a is None or not a.key or a.kind == "collective" and a.key not in (GLOBAL_COALITION, COALITION_MINISTERS):
        return None
    if act == "call" and idx.etype(a.key) != "person":
        return None          # دعوة روسيا إلى / مطالبة الدول بـ: a state or a group is the one called on
    text = idx.doc.text
    for x in range(idx._tok_after(toks, a.end), min(len(toks), idx._tok_after(toks, a.end) + 8)):
        if _CLAUSE_GAP.search(text, toks[x - 1].end, toks[x].start) and x > idx._tok_after(toks, a.end):
            return None
        w = toks[x].norm
        if w in _MASDAR_COMPLEMENT or (act == "call" and w[:1] == "ب" and len(w) > 3):
            return a
        if act == "announcement" and x == idx._tok_after(toks, a.end) and _possessed(w) \
                and not toks[k].norm.lstrip("و").startswith("ب"):
            # إعلان الحكومة نيتها / عزمها: what it announced of itself (رحب بإعلان …: the
            # welcome's object, not an act of its own)
            return a
    return None


def _possessed(w: str) -> bool:
    """A noun carrying the speaker's own pronoun (نيتها، عزمه، استعدادهم)."""
    return len(w) >= 5 and w.endswith(("ها", "ه", "هم")) and not w.startswith("ال")


_CLAUSE_BREAK = re.compile(r"[.؛;:]")


def _clause_end(doc, toks, k: int, limit: int) -> int:
    """The end of the clause the token ``k`` opens: the next period, semicolon or colon."""
    m = _CLAUSE_BREAK.search(doc.text, toks[k].end, limit)
    return m.start() if m else limit


_KANA = {norm_token(w) for w in ("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت")}


def _kana_subject(s: _Sentence, k: int) -> Actor | None:
    """``وكانت الولايات المتحدة التي تقود التحالف تطالب``: كان opening the sentence, a named subject
    after it (a relative clause on it aside) and then the present verb at ``k``: the subject."""
    toks = s.toks
    if not toks or toks[0].norm not in _KANA or k < 2 or k > 12 or _CLAUSE_GAP.search(s.doc.text, toks[0].end, toks[k].start):
        return None
    a = s.idx.subject_at(s.sent.index, 1)
    if a is None or not a.key or a.kind != "name":
        return None
    j = s.idx._tok_after(toks, a.end)
    if j < k and toks[j].norm in RELATIVE:
        return a                # … التي تقود التحالف تطالب: the clause on the subject, then its verb
    return a if j == k else None


def _kana_qad_subject(s: _Sentence, k: int) -> Actor | None:
    """``وكانت شبكة رووداو الكردية قد ذكرت أن``: كان opening the sentence, then the subject, then
    قد and the past verb at ``k``: that subject — named, a body, else its words as written (a
    paper or a network no lexicon knows), never the last speaker carried on."""
    toks, text = s.toks, s.doc.text
    if k < 3 or k > 10 or toks[0].norm not in _KANA or toks[k - 1].norm != "قد":
        return None
    if _CLAUSE_GAP.search(text, toks[0].end, toks[k].start):
        # وكان الرئيس التركي، رجب طيب أردوغان، قد حث: the post's holder named between commas
        m = next((m for m in s.doc.mentions_in(toks[0].end, toks[k - 1].start) if s.idx.etype(m.entity) == "person"
                  and m.kind != "nominal" and text[:m.start].rstrip().endswith("،")
                  and text[m.end:toks[k - 1].start].strip() == "،"), None)
        return Actor(m.entity, start=toks[1].start, end=m.end, kind="name", as_written=m.text) if m else None
    a = s.idx.subject_at(s.sent.index, 1) or s.idx.body_subject(toks, 1)
    if a is not None and (a.key or a.as_written) and s.idx._tok_after(toks, a.end) == k - 1:
        return a
    start, end = toks[1].start, toks[k - 2].end
    return Actor(None, start=start, end=end, kind="title", as_written=text[start:end])


def _kana_past_subject(s: _Sentence, k: int) -> Actor | None:
    """``وكان الناطق باسم القيادة، العميد فلان، أعلن أن``: the pluperfect without قد — كان opening
    the sentence, a named subject (its post and a name set off by commas) and then the past verb
    at ``k``: that subject."""
    toks = s.toks
    if k < 2 or k > 16 or toks[0].norm not in _KANA or toks[k - 1].norm == "قد":
        return None
    a = s.idx.subject_at(s.sent.index, 1)
    if a is None or a.end > toks[k].start:
        return None
    text = s.doc.text
    named = [m for m in s.doc.mentions_in(a.end, toks[k].start) if s.idx.etype(m.entity) == "person"]
    if a.kind == "title" and len(named) == 1 and text[a.end:named[0].start].lstrip()[:1] in "،," \
            and len(text[a.end:named[0].start].split()) <= 3:
        m = named[0]    # the post, then its holder's name (a rank before it) between commas
        a = Actor(m.entity, start=a.start, end=m.end, kind="name", as_written=text[a.start:m.end], title=a.title)
    if not a.key or a.kind != "name":
        return None
    return a if not text[a.end:toks[k].start].strip(" ،,") else None


def _present_vso(s: _Sentence, k: int, raw: str):
    """``وتقول القيادة المركزية الأمريكية إن …``: a present-tense verb opening the sentence with
    و, its subject right after and then إن/أن — the wire's reported speech (not ``يقول`` in
    general, which is also habitual or descriptive). An unnamed subject (ويقول شهود عيان) and a
    document (ويذكر تقرير) speak as they do after a past verb."""
    doc, idx, sent, toks = s.doc, s.idx, s.sent, s.toks
    before = doc.text[sent.start:toks[k].start]
    if before.strip() and not (_COMMA.search(before[-3:]) and toks[k].norm not in _HABITUAL) \
            and not _FRONTED_PLACE.match(norm(before)):
        return None     # the sentence's or, after a comma, a clause's first word (، يرى مراقبون أن)
    a = idx.subject_at(sent.index, k + 1) or _document_subject(s, k + 1) or _indefinite_subject(s, k + 1)
    if a is None or not (a.key or a.kind == "title") or a.kind == "pronoun":
        return None
    if raw[:1] not in "وف" and not before.strip() and toks[k].norm in _HABITUAL \
            and (norm(a.as_written or a.key or "").split() or [""])[0] in _GENERIC_SAYERS:
        return None     # يقول الخبراء at the head of a paragraph: what experts generally say, no act
        # (a named sayer's يقول فلان إن, or an unnamed source's يقول مسؤول … إن, is reported)
    # إن/أن closes the subject's phrase: right after it, or after the rest of a title and a
    # name no lexicon knows (ويقول المتحدث باسم التحالف ضد داعش فلان الفلاني إن)
    nxt = idx._tok_after(toks, a.end)
    for j in range(nxt, min(len(toks), nxt + 6)):
        gap = doc.text[a.end:toks[j].start].strip(" ،,")
        if _PUNCT_IN.search(gap):
            # ويقول الممثل الروسي الخاص لأفغانستان: «…»: a colon after the subject (and the rest of
            # its title) opens what is said
            told = gap.rstrip(" («“\"'")       # the quotation's own opening mark after the colon
            said = told.endswith(":") and not _PUNCT_IN.search(told[:-1]) and (j == nxt or a.kind == "title")
            return a if said else None
        if toks[j].norm in COMPLEMENTIZER | _SELF_REPORT:
            return a if j == nxt or a.kind == "title" else None
    if nxt < len(toks) and toks[k].norm.lstrip("وف") in _AFFIRMS and a.kind in ("name", "collective") \
            and toks[nxt].norm.endswith(("ه", "ها", "هم")) and not _PUNCT_IN.search(doc.text[a.end:toks[nxt].start]):
        return a        # يؤكد التحالف التزامه، تجدد المملكة دعمها: what it affirms is its own stance
    if nxt < len(toks) and a.kind in ("name", "collective") and not _PUNCT_IN.search(doc.text[a.end:toks[nxt].start]) \
            and _stance_told(toks, k, nxt):
        return a        # ترحب الولايات المتحدة بمبادرة …، وتحث الولايات المتحدة الدول على …: a communiqué's present
    return None


# present verbs of a stance a statement takes (it welcomes, urges, condemns, thanks), and the
# preposition their complement opens with, within a few words of the subject ("": none needed)
_STANCE_PRESENT = {norm_token(w): preps for ws, preps in (
    (("يرحب", "ترحب"), ("ب",)), (("يحث", "تحث", "يدعو", "تدعو", "يطالب", "تطالب"), ("علي", "الي", "ب")),
    (("يثمن", "تثمن", "يشكر", "تشكر"), ("علي", "ب", "")), (("يدين", "تدين", "يستنكر", "تستنكر"), ("",)))
    for w in ws}


def _stance_told(toks, k: int, nxt: int) -> bool:
    """The present verb at ``k`` takes a stance and its complement follows the subject (ending
    before token ``nxt``): ترحب X بـ، تحث X الدول على."""
    preps = _STANCE_PRESENT.get(toks[k].norm.lstrip("وف"))
    if preps is None:
        return False
    return "" in preps or any(t.norm in preps or (t.norm[:1] == "ب" and "ب" in preps and len(t.norm) > 3)
                              for t in toks[nxt:nxt + 4])


# where or through what the words were said, fronted before the verb (وعلى تويتر يقول، وفي هذا
# السياق تقول، وخلال المؤتمر يؤكد): the clause still opens with its verb
_FRONTED_PLACE = re.compile(r"^\s*[وف]?(?:" + "|".join(norm(w) for w in ("في", "على", "عبر", "خلال"))
                            + r")\s+(?:\S+\s+){0,3}?\S+\s*[،,]?\s*$")
# present forms of قال/رأى that also tell what people habitually say or think
_HABITUAL = {norm_token(w) for w in ("يقول", "تقول", "يقولون", "ويقول", "وتقول")}
# who "say" in general (يقول الخبراء، يقول المراقبون): generic, not a reported act
_GENERIC_SAYERS = {norm_token(w) for w in ("الخبراء", "المراقبون", "المراقبين", "المحللون", "المحللين", "المختصون",
                                           "الباحثون", "المنتقدون", "المعارضون", "الكثيرون", "البعض", "المتابعون",
                                           "المسؤولون")}
# present verbs whose object is what is affirmed (يؤكد التزامه، يجدد دعمه، يعلن رفضه)
_AFFIRMS = {norm_token(w) for w in ("يؤكد", "تؤكد", "يجدد", "تجدد", "يعلن", "تعلن")}


_PUNCT_IN = re.compile(r"[.؛;:!?؟«»“”\"]")


# دعا after ما / مما is causal: what led someone to do something
_LED_TO = {norm_token(w) for w in ("دعا", "دعت", "يدعو", "تدعو")}


def _own_subject(idx, si, k) -> bool:
    """``ما`` + verb is a relative clause ("which confirms"), not a speech act — unless the verb
    has a subject of its own right after it: a person, a state, an organisation or a title
    (``وهو ما وصفه الوزير الأمريكي بأنه``)."""
    a = idx.subject_at(si, k + 1)
    if a is None or a.kind == "collective":
        return False
    return a.kind == "title" or idx.etype(a.key) in ("person", "state", "organization")


def _is_coalition(lex, key) -> bool:
    return (lex.info.get(key) or {}).get("subtype") == "coalition" or key == GLOBAL_COALITION


def _object_reading(toks, k, a, prep="ل") -> bool:
    """``دعا التحالف إلى``: the coalition is the object when the phrase is followed by إلى/ل
    (``اتهم إيران بـ``: by ب)."""
    after = [t for t in toks if t.start >= a.end]
    if not after:
        return False
    if after[0].norm in RELATIVE:
        # دعت دول التحالف التي تقاتل التنظيم إلى …: past a short relative clause on the object
        return prep == "ل" and any(t.norm == "الي" for t in after[1:8])
    t = after[0]
    return (t.norm in ("الي", "ل") or t.norm.startswith("ل")) if prep == "ل" else t.norm.startswith(prep)


def _clause_start(doc, toks, k, prev_start) -> int:
    """Start of the clause of the verb at token k: after the last comma before it when only
    a couple of particles stand between (``، كما رحب``، ``، في حين اقترح``)."""
    text = doc.text
    vstart = toks[k].start
    j = k - 1
    n = 0
    while j >= 0 and toks[j].start > prev_start and n < 3:
        gap = text[toks[j].end:toks[j + 1].start]
        if _CLAUSE_GAP.search(gap):
            return toks[j + 1].start
        n += 1
        j -= 1
    if j >= 0 and toks[j].start > prev_start:
        gap = text[toks[j].end:toks[j + 1].start]
        if _CLAUSE_GAP.search(gap):
            return toks[j + 1].start
    # a relative pronoun right before the verb belongs to it
    if k > 0 and toks[k - 1].norm in RELATIVE:
        return toks[k - 1].start
    return vstart


CONTRAST = {norm_token(w) for w in ("في حين", "حين", "بينما", "فيما", "حيث")}


def _first_start(doc, toks, k, sent_start) -> int:
    """A sentence's first act starts at the sentence (fronted adverbials belong to it),
    unless its verb opens a contrastive clause after a comma (``…، في حين رأى``)."""
    for j in (k - 1, k - 2):
        if j >= 1 and toks[j].norm in CONTRAST and _COMMA.search(doc.text, toks[j - 1].end, toks[j].start):
            return toks[j].start
    if k >= 1 and toks[k].text[:1] == "و" and _COMMA.search(doc.text, toks[k - 1].end, toks[k].start):
        return toks[k].start   # …، وأعلنت السلطات: a clause of its own after the one before it
    return sent_start


def _trim_clause(doc, start, end, c) -> int:
    """End an act before a trailing temporal clause (``، بعدما استعادت …``)."""
    seg = doc.text[start:end]
    for m in _COMMA_WORD.finditer(seg):
        w = norm_token(m.group(1))
        if w in CLAUSE_END_AFTER_COMMA and m.start() > 20 and _SAID_OPENS.search(seg, 0, m.start()):
            return start + m.start()
    return end


# what was said has begun (أن، إن or a colon; quotes may only set off a name): a time clause
# after it ends the act; one before it (أعلن الوزراء، عقب اجتماعهم، أن …) tells when it was made
_SAID_OPENS = re.compile(r"(?:^|\s)[وف]?(?:ب?[أإا]ن+ّ?(?:ه|ها|هم)?)(?=\s)|:")


def _set_span(doc, c: Claim, start: int, end: int, sent) -> None:
    text = doc.text
    while start < end and (text[start].isspace() or text[start] in "،,-–"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # drop a trailing comma
    while end > start and text[end - 1] in "،,؛;":
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    ev = c.evidence[0]
    ev.start, ev.end, ev.text = start, end, text[start:end]


def _mk(doc, sent, speaker, co, verb, vtype, start, end, meeting, method, conf) -> Claim:
    end = sent.end if end is None else end
    ctype = vtype if vtype in CLAIM_TYPES else "statement"
    ev = Evidence(doc.id, start, end, doc.text[start:end], sent.index, method, conf)
    return Claim(speaker=speaker, verb=verb, type=ctype, co_speakers=[x for x in co if x != speaker],
                 meeting=meeting, evidence=[ev])


def _finish(doc, lex, idx, c: Claim, sent) -> None:
    ev = c.evidence[0]
    text = doc.text
    # content: what follows the verb (and its subject)
    vpos = text.find(c.verb, ev.start, ev.end) if c.verb else -1
    c.quote = _has_quote(doc, idx, ev.start, ev.end)
    c.content = _content(doc, idx, sent, c, vpos + len(c.verb)) if vpos >= 0 else ev.text
    amts = sentence_amounts(doc, sent, lex) if sent.start <= ev.start and ev.end <= sent.end \
        else find_amounts(text, ev.start, ev.end, lex)
    c.numbers = [a.describe() for a in amts if ev.start <= a.start < ev.end
                 and not (a.value == 1 and not re.search(r"\d", a.text))]
    if c.context is None and _BACKGROUND_RE.search(norm(_unquoted(text, sent.start, ev.end))):
        c.context = "background"
    if c.context == "background":
        c.meeting = None
    c.type = _refine_type(c)


def _unquoted(text: str, start: int, end: int) -> str:
    """The text of [start, end) with its quotations blanked: a time cue inside a quotation
    («ناقشناه العام الماضي») dates what is said, not the saying."""
    out, at = [], start
    for a, b in quote_spans(text, start, end):
        out.append(text[at:a])
        at = b
    out.append(text[at:end])
    return " ".join(out)


# a post in apposition after the speaker's name, closed by a comma before what was said
_APPOSITION_THEN_THAT = re.compile(r"\s*[،,]\s*[^،,.:؛;\"«“]{3,120}?(\s*[،,])\s*(?=[وف]?(?:إن|أن|بأن|ان|بان|إنه|أنه|إنها|أنها)\b)")


def _content(doc, idx, sent, c: Claim, after_verb: int) -> str:
    """What the act says: after the verb and its subject (وقالت المتحدثة … فرح دخل الله);
    for a quoted act, the quoted words."""
    ev, text = c.evidence[0], doc.text
    toks = idx.toks.get(sent.index) or []
    k = next((i for i, t in enumerate(toks) if t.start >= after_verb), None)
    start = after_verb
    if k is not None:
        a = idx.subject_at(sent.index, k, before=ev.end)
        if a is not None and (a.key or a.as_written) and a.start - after_verb < 3 and a.end <= ev.end:
            start = a.end
            closing = _CLOSING_QUOTE.match(text, start)
            if closing and _QUOTE_OR_COLON.search(text, max(after_verb, a.start - 2), a.end):
                start = closing.end()     # الوزير «سامي العبدلي» إن: the name's closing quote
            aside = _APPOSITION_THEN_THAT.match(text, start, ev.end)
            if aside:
                start = aside.end(1)      # فلان، المتحدث باسم …، إن: his post set off by commas
    rest = text[start:ev.end].strip(" ،,:.")
    if c.quote or not rest:
        quoted = _quoted_words(doc, idx, start, ev.end)
        if not quoted and ev.start < after_verb:
            # «…»، قال فلان / "…"، هكذا صرح: the quote fronted before its verb is what was said
            quoted = _quoted_words(doc, idx, ev.start, after_verb)
        if quoted:
            return " … ".join(quoted)
    return text[start:ev.end].strip(" ،,:")


def _quoted_words(doc, idx, a: int, b: int) -> list[str]:
    """The quoted stretches of more than two words in text[a:b] (a name in quotes is none)."""
    quoted = [doc.text[x:y].strip() for x, y in quote_spans(doc.text, a, b) if not _name_like(doc.text[x:y], doc, idx)]
    return [q for q in quoted if len(q.split()) > 2]


def _has_quote(doc, idx, start, end) -> bool:
    """Quotation marks around content, not around a name («داعش»، "التحالف الدولي")."""
    for a, b in quote_spans(doc.text, start, end):
        inner = doc.text[a:b].strip()
        if not inner:
            continue
        ments = doc.mentions_in(a - 1, b + 1)
        covered = sum(m.end - m.start for m in ments)
        letters = len(re.sub(r"\W", "", inner))
        if ments and covered >= 0.8 * len(inner.replace(" ", "")) - 2:
            continue
        if letters and not _name_like(inner, doc, idx):
            return True
    return False


def _name_like(inner: str, doc, idx=None) -> bool:
    n = norm(inner)
    cached = getattr(idx, "_surface_norms", None) if idx is not None else None
    if cached is None:
        surfaces = [norm(s) for ent in doc.entities.values() for s in ent.surfaces]
        # the surfaces each followed by NUL: "n + NUL" occurs in it iff a surface ends with n
        cached = (set(surfaces), "".join(s + "\0" for s in surfaces))
        if idx is not None:
            idx._surface_norms = cached
    exact, ends = cached
    if n in exact:
        return True
    return bool(n) and len(n) > 3 and (n + "\0") in ends


_CALL_CUES = [norm(w) for w in ("يجب", "ينبغي", "علينا", "لا بد", "ضرورة", "الحاجة إلى", "أهمية")]
_WARN_CUES = [norm(w) for w in ("خطر", "تهديد", "يهدد", "مقلق", "القلق")]
_COMMIT_CUES = [norm(w) for w in ("التزام", "ملتزم", "سن", "عازم", "عزم")]


def _any_of(cues) -> re.Pattern:
    """A regex finding any of the (normalised) cues as a substring."""
    return re.compile("|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)))


_BACKGROUND_RE = _any_of(BACKGROUND_CUES)
_CALL_RE = _any_of(_CALL_CUES[:4])
_WARN_RE = _any_of(_WARN_CUES)


def _refine_type(c: Claim) -> str:
    if c.type != "statement" or not c.content:
        return c.type
    n = norm(c.content)
    words = n.split()
    if _CALL_RE.search(n):
        return "call"
    if words and any(w.startswith(("سن", "ست", "سي")) and len(w) > 4 for w in words[:3]):
        return "commitment"
    if _WARN_RE.search(n):
        return "warning"
    return c.type


def _source_words(doc, idx: ActorIndex, sent, toks, k: int, head: str, raw: str):
    """(the act's verb as written, the index of the source's first word, who relayed it) after the
    attribution word at ``k`` (وفق، حسب، نقل عن، على لسان، على حد تعبير …); None when the
    speaker's own act goes on (على حد قوله)."""
    # the source: up to the next comma / فإن
    j = _quoted_from(toks, k) if head.lstrip("وف").startswith("نقل") else k + 1
    if norm(doc.text[toks[k].start:toks[min(k + 2, len(toks) - 1)].end]).startswith("علي حد"):
        if not (k + 3 < len(toks) and toks[k + 2].norm in _WORDS_OF):
            return None         # على حد قوله: the speaker's own act goes on, no new source
        raw, j = toks[k + 2].text, k + 3    # على حد تعبير الوكالة: the words, then whose
    relayed_by = None
    if head == "علي" and j < len(toks) and toks[j].norm == "لسان":
        j += 1                  # على لسان فلان: in the words of
        x = next((x for x in range(k - 1, max(-1, k - 7), -1) if toks[x].norm.lstrip("وف").startswith("نقل")), None)
        if x is not None:       # نقلت الوكالة على لسان فلان: the relaying verb's act, the medium with him
            raw, relayed_by = toks[x].text, _relay(doc, idx, sent, x, toks, k)
    masdars = masdar_table(idx.lex)
    while j < len(toks) and (toks[j].norm in ("ل", "ما", "لما", "عن", "الي", "لسان") or toks[j].norm in _WORDS_OF
                             or (_masdar_at(masdars, toks[j].norm) or ("", True))[1] is False):
        j += 1                  # وفق كلام فلان، بحسب تصريحات فلان، حسب إعلان فلان: the words, then whose
    according = j < len(toks) and j - k <= 2 and _verb_entries(verb_table(idx.lex), head)[0][3] == _ACCORDING
    n = toks[j].norm if according else ""
    if according and (n in _TELLING or _without_object(n) in _TELLING):
        # حسبما جاء في بيان الخارجية، وفق ما نشرت الوزارة، وبحسب ما أوردته بوابة: a text or its
        # publisher, the marker the act
        j += 2 if j + 1 < len(toks) and toks[j + 1].norm == "في" else 1
    elif according and _speech_verb(idx.lex, n):
        raw = toks[j].text        # حسبما أفادت الوزارة، وفق ما ذكر بيان …: the act is the verb's,
        j += 1                  # its subject the source
        if j < len(toks) and toks[j].norm in _RESUMPTIVE:
            j += 1              # حسب ما كشفت عنه مجلة …: the pronoun is what was said, the source after it
    return raw, j, relayed_by


def _without_object(word: str) -> str:
    """A verb without an object pronoun, folded (ذكرته → ذكرت، أوردتها → أوردت); other words as
    they are."""
    return word[:-2] if word.endswith("ها") else word[:-1] if word.endswith("ه") else word


def _attribution(doc, idx: ActorIndex, sent, k, toks, qspans, meeting, last=None) -> Claim | None:
    """``… ، وفق وكالة الصحافة الفرنسية`` / ``ووفق تقديرات نشرت في تقرير لمجلس الأمن`` /
    ``وجاء في البيان الختامي أن`` (``last``: the speaker before, whose text "the post" is)."""
    raw = toks[k].text
    head = norm_token(raw)
    if head in _CAME_IN or (head[:1] in "وف" and head[1:] in _CAME_IN):
        return _came_in(doc, idx, sent, k, toks, last)
    read = _source_words(doc, idx, sent, toks, k, head, raw)
    if read is None:
        return None
    raw, j, relayed_by = read
    if j >= len(toks):
        return None
    if _tells_a_discussion(idx, toks, k, qspans):
        return None             # حيث ناقش المجتمعون، وفق الخارجية …: what was discussed
    first = toks[j].norm
    stop = sent.end
    # the source ends at a comma or at what it said (… عن مصادر إن الولايات المتحدة …)
    from_at = max(toks[k].end, toks[j].start)     # نقلت وكالة «كيودو»، اليابانية، عن مصادر: from the source on
    m = re.search(r"[،,]|\b(?:فإن|فان|إن|أن|ان)\b", doc.text[from_at:sent.end])
    if m:
        stop = from_at + m.start()
    lo = toks[j].start if j > k + 1 and toks[j - 1].norm in ("عن", "لسان") else toks[k].end
    ments = [x for x in doc.mentions if lo <= x.start < stop]
    source_word = first in SOURCE_NOUNS or first[1:] in SOURCE_NOUNS or first[:2] == "ال" and first[2:] in SOURCE_NOUNS \
        or first in _UNNAMED_SPOKESMEN
    first_ment = next((x for x in ments if x.start <= toks[j].start < x.end or x.start == toks[j].start), None)
    titled = not source_word and idx.match_title(toks, j) is not None
    holder = _post_holder_after_lam(doc, idx, sent, toks, j, from_at, stop) \
        if not source_word and not titled and first[:1] == "ل" and first[1:] in idx.heads else None
    body = idx.body_subject(toks, j, "وفل") if holder is None and not source_word and not titled \
        and not (first_ment and idx.etype(first_ment.entity) in ("organization", "person", "state")) else None
    if body is not None:
        holder = body.key       # حسبما ذكر جهاز الشرطة الدولية: a body no list knows, as written
    elif holder is None and not source_word and not titled and \
            not (first_ment and idx.etype(first_ment.entity) in ("organization", "person", "state")):
        return None             # (a state after the speech noun: حسب إعلان الولايات المتحدة)
    src = holder
    if titled:
        # a post then its holder: the person named, else the one the post stands for (نقل عن
        # الوزير قوله: the minister named before), else the title's organisation or state
        src = next((x.entity for x in ments if idx.etype(x.entity) == "person" and not idx.bogus(x.entity)), None)
        holder = idx.subject_at(sent.index, j) if src is None else None
        if holder is not None and idx.etype(holder.key) == "person":
            src = holder.key
    # after a source noun a state's adjective names it only close by (مصدر عراقي), not further on
    # (مصادر قريبة الصلة بملف العلاقات اليابانية: still unnamed)
    near = toks[min(j + 2, len(toks) - 1)].end if source_word else stop
    co, written = [], None
    if first in THE_STATEMENT and (owner := idx.subject_at(sent.index, j)) is not None and owner.key:
        src, co = owner.key, list(owner.co)     # وبحسب البيان: whoever issued the statement
    elif first in _A_STATEMENT and (issuer := idx.statement_issuer(toks, j)) is not None:
        src = issuer                            # وفقا لبيان صادر عن <a body>: that body
    for x in ments:
        if src is not None:
            break
        if x.start >= near and (x.kind == "nisba" or _placed(doc, x)):
            continue
        if source_word and x.start > toks[j].start and _told_to(doc, x):
            continue    # بحسب ما قال مسؤولون عرب لوكالة …: the medium they spoke to, not the source
        if idx.etype(x.entity) in ("organization", "person", "state"):
            src = x.entity
            if source_word and x.kind == "nisba":
                written = doc.text[toks[j].start:x.end]    # وفق ما أفاد مسؤول أميركي: its words as written
            break
    if src is None and (agency := idx.subject_at(sent.index, j)) is not None and agency.key \
            and idx.etype(agency.key) == "organization":
        src = agency.key        # ووفقا لوكالة الأنباء: the agency the article named before
    if src is None:
        # an unnamed source: its words as written (مصدر دبلوماسي); relayed by a medium (نقلت
        # وكالة «كيودو» عن مصادر), the medium answers for it and the sources speak with it
        end_j = j
        while end_j < len(toks) and toks[end_j].start < stop and end_j < j + 3 and toks[end_j].norm not in _HIS_SAYING \
                and not (end_j > j and _TO_MEDIUM.match(toks[end_j].text)):
            end_j += 1          # (نقلت … عن مصدر حكومي قوله: the source's words end before قوله)
        src = doc.text[toks[j].start:toks[end_j - 1].end]
        relay = _relay(doc, idx, sent, k, toks, j) if head.lstrip("وف").startswith("نقل") else None
        if relay is not None:
            src, co = relay, [src]
    if relayed_by is not None and relayed_by != src and relayed_by not in co:
        co = co + [relayed_by]
    ev = Evidence(doc.id, sent.start, sent.end, sent.text, sent.index, "claim:attribution", 0.6)
    return Claim(speaker=src, co_speakers=co, verb=raw, type="statement", context="background", evidence=[ev],
                 meeting=None, speaker_as_written=written)


def _post_holder_after_lam(doc, idx: ActorIndex, sent, toks, j: int, from_at: int, stop: int) -> str | None:
    """ووفقاً لقائد الوحدة البولندية، توماس ياتشاك، فإن …: a post after لـ at token ``j``, its
    holder named in apposition between commas before what he said; None when no person is."""
    said = re.search(r"\b(?:فإن|فان|إن|أن|ان)\b", doc.text[from_at:sent.end])
    upto = from_at + said.start() if said else stop
    return next((x.entity for x in doc.mentions if toks[j].start <= x.start < upto and idx.etype(x.entity) == "person"
                 and not idx.bogus(x.entity) and x.kind != "nominal"), None)


_HIS_SAYING = {norm_token(w) for w in ("قوله", "قولها", "قولهم", "قولهما")}
# verbs of a text's appearing or publishing after "according to" (حسبما جاء في، وفق ما نشرت): no speech verbs
_TELLING = {norm_token(w) for w in ("جاء", "ورد", "نشر", "نشرت", "نشره", "نشرته", "أورد", "أوردت", "بث", "بثت")}


def _tells_a_discussion(idx, toks, k: int, qspans=()) -> bool:
    """The sentence of the "according to" marker at ``k`` tells what was discussed (ناقش المجتمعون،
    بحث الوزير، وفق …): a report of a meeting's business, no one's claim — as a verb of
    discussion is none (the gold lists such acts as optional at most)."""
    table = verb_table(idx.lex)
    return any(x != k and _discussion_verb(table, toks, x, qspans) for x, t in enumerate(toks))


def _discussion_verb(table, toks, x: int, qspans) -> bool:
    """A finite verb of discussion telling the sentence's business — not a purpose noun (لبحث
    سبل …: why a meeting is held), words inside a quotation, nor a speech described by what it
    covered (ألقى كلمة تناول فيها …): around those the attribution still tells a claim."""
    n = toks[x].norm
    if _in_spans(toks[x].start, qspans) or (n[:1] == "ل" and n not in table):
        return False
    if x + 1 < len(toks) and toks[x + 1].norm in _IN_IT:
        return False
    return any(e[1] == "discussion" and not e[0] for e in _verb_entries(table, n))


_A_STATEMENT = A_STATEMENT | {"ل" + w for w in A_STATEMENT}     # وفقا لبيان صادر عن …


def _speech_verb(lex, n: str) -> bool:
    """A form of a verb of speech, also with an object pronoun (أعلنته، ذكرتها)."""
    table = verb_table(lex)
    return any(_verb_entries(table, w) for w in {n, _without_object(n)} if w)


_TO_MEDIUM = re.compile(r"ل(?:ـ|وكال|صحيف|قنا|موقع)")


def _told_to(doc, m) -> bool:
    """A name after ل (لوكالة، لـ"رويترز"): whom an unnamed source spoke to."""
    before = doc.text[max(0, m.start - 12):m.start].replace('"', " ").replace("«", " ").replace("“", " ").split()
    return bool(before) and bool(_TO_MEDIUM.match(before[-1])) or bool(_TO_MEDIUM.match(m.text))


def _placed(doc, m) -> bool:
    """A name after في: where the source is (مصادر محلية في العراق), not whose it is."""
    before = norm(doc.text[max(0, m.start - 4):m.start]).split()
    return bool(before) and before[-1] in ("في", "وفي")


def _relay(doc, idx: ActorIndex, sent, k, toks, j) -> str | None:
    """Who relays what an unnamed source said: the organisation between نقل and عن (نقلت وكالة
    «كيودو» عن), else the subject before the verb (وكان تلفزيون السومرية قد نقل عن)."""
    for x in doc.mentions_in(toks[k].end, toks[j].start):
        if idx.etype(x.entity) == "organization" and x.kind in ("name", "nested"):
            return x.entity
    a = idx.actor_before(sent.index, toks[k].start)
    return a.key if a is not None and a.key and idx.etype(a.key) == "organization" else None


_WORDS_OF = {norm_token(w) for w in ("كلام", "تصريحات", "تصريح", "قول", "تعبير", "رواية", "وصف")}
_CAME_IN = {norm_token(w) for w in ("جاء", "ورد")}
# what a text is, when جاء في names it: its author speaks
_TEXT_NOUNS = {norm_token(w) for w in ("بيان", "البيان", "تدوينة", "التدوينة", "تغريدة", "التغريدة", "منشور",
                                       "المنشور", "رسالة", "الرسالة", "كلمة", "الكلمة", "خطاب", "الخطاب",
                                       "تقرير", "التقرير", "إعلان", "الإعلان", "نص", "النص", "وثيقة", "الوثيقة")}


def _came_in(doc, idx: ActorIndex, sent, k, toks, last) -> Claim | None:
    """``وجاء في البيان الختامي أن …``، ``وورد في تغريدة للسفارة: …``: a claim of the text's
    author — the issuer named with the text (a statement's owner, or the coalition for a
    meeting's statement), else the speaker before (a bare ``التدوينة`` is theirs)."""
    j = k + 1
    if j < len(toks) and toks[j].norm in ("في", "فيه"):
        j += 1
    if j >= len(toks) or toks[j].norm not in _TEXT_NOUNS:
        return None
    a = idx.subject_at(sent.index, j)
    src = a.key if a is not None and a.key else None
    if src is None:
        # the text's owner after it (تغريدة للسفارة الأمريكية، بيان لوزارة الخارجية)
        m = re.search(r"[،,:]|\b(?:أن|إن|ان)\b", doc.text[toks[j].end:sent.end])
        stop = toks[j].end + m.start() if m else sent.end
        src = next((x.entity for x in doc.mentions_in(toks[j].end, stop)
                    if idx.etype(x.entity) in ("organization", "person", "state")), None) or last
    if src is None:
        return None
    ev = Evidence(doc.id, sent.start, sent.end, sent.text, sent.index, "claim:came-in", 0.6)
    return Claim(speaker=src, verb=toks[k].text, type="statement", evidence=[ev], meeting=None)


def _quoted_from(toks, k: int) -> int:
    """نقلت الوكالة عن مسؤول …: who is quoted stands after عن (the medium is only the relay);
    the token after the verb when no عن follows within a few words."""
    for j in range(k + 1, min(len(toks), k + 7)):
        if toks[j].norm == "عن":
            return j
        if toks[j].norm == "علي" and j + 1 < len(toks) and toks[j + 1].norm == "لسان":
            return j + 1        # نقلت الوكالة على لسان فلان: in his words
    return k + 1


def _antecedent(doc, idx, sent, pos) -> str | None:
    """``نادية مراد، الحائزة …، التي دعت``: the person the relative clause hangs on."""
    best = None
    for m in doc.mentions:
        if sent.start <= m.start < pos and idx.etype(m.entity) == "person" and not idx.bogus(m.entity):
            best = m.entity
    return best


def _source_before(idx: ActorIndex, sent, toks, k, state) -> str | None:
    for j in range(k):
        a = idx.subject_at(sent.index, j, before=toks[k].start)
        if a is not None and a.kind == "collective":
            return a.key
    return state["speaker"]


def _named_right_before(doc, idx: ActorIndex, pos: int) -> str | None:
    """The person, state or organisation whose name ends right before ``pos`` (a comma aside)."""
    m = next((m for m in reversed(doc.mentions_in(max(0, pos - 80), pos))
              if not doc.text[m.end:pos].strip(" ،,")), None)
    if m is None or m.kind == "nominal" or idx.bogus(m.entity) or idx.etype(m.entity) not in ("person", "state", "organization"):
        return None
    return m.entity


def _nearest_document_actor(doc, idx: ActorIndex, sent, pos) -> str | None:
    """The organisation owning a document that 'calls for' something (a plan, a resolution)."""
    best = None
    for m in doc.mentions:
        if sent.start <= m.start < pos and idx.etype(m.entity) == "organization":
            best = m.entity
    return best


def _other_person(doc, idx, state, pos) -> str | None:
    cur = state["speaker"]
    best = None
    for m in doc.mentions:
        if m.start >= pos:
            break
        if idx.etype(m.entity) == "person" and m.entity != cur:
            best = m.entity
    return best or cur


# --- implicit claims ---------------------------------------------------------------------------
# a title with its complement fits; the speaker may be quoted ("التحالف الدولي": …)
_COLON_HEAD = re.compile(r"^[«\"“]?([^:\n«»\"“”]{2,60})[»\"”]?:\s*\S")
_COMMUNIQUE_SUBJ = [tuple(norm(w).split()) for w in (
    "التحالف", "التحالف الدولي", "أعضاء التحالف", "الدول الأعضاء", "شركاء التحالف", "دول التحالف")]
_NOT_ACTS = {norm_token(w) for w in ("يضم", "تضم", "يتألف", "يعد", "تأسس", "يأمل", "يعقد", "ضم")}


# nouns of an event that open a headline's label rather than what someone said (الخزانة: اجتماع …)
_EVENT_NOUNS = {norm_token(w) for w in ("اجتماع", "الاجتماع", "مشاركة", "المشاركة", "لقاء", "اللقاء", "زيارة",
                                        "الزيارة", "مؤتمر", "المؤتمر", "قمة", "القمة", "جولة", "الجولة")}


def _implicit(doc, lex, idx: ActorIndex, sent, state, meeting, qspans) -> None:
    text = doc.text
    # headline colon attribution: "<actor>: <content>" on a line without a final period
    m = _COLON_HEAD.match(sent.text)
    if m and not sent.text.rstrip().endswith((".", "؟", "!")):
        head_end = sent.start + m.end(1)
        a = idx.subject_at(sent.index, 0, before=head_end)
        if a is not None and a.key:
            tail = norm(text[a.end:head_end])
            said = norm(text[sent.start + m.end() - 1:sent.end]).split()
            if said and said[0].lstrip("و") in _EVENT_NOUNS and not any(_speech_verb(lex, w) for w in said[1:]):
                return      # المغرب: المشاركة في اجتماع …: a topic label, nothing said (not مشاركة … تؤكد)
            # (… أمام البرلمان، في روما، لصحيفة، خلال اجتماع …، على هامش …، عقب لقائه: where and to whom)
            if not tail or tail.split()[0] in ("امام", "في", "ل", "من", "خلال", "علي", "عقب", "بعد", "عبر") \
                    or tail.startswith("ل"):
                c = Claim(speaker=a.key, verb=None, type="statement", co_speakers=list(a.co), meeting=meeting,
                          evidence=[Evidence(doc.id, sent.start, sent.end, sent.text, sent.index,
                                             "claim:headline-colon", 0.5)])
                _finish(doc, lex, idx, c, sent)
                doc.claims.append(c)
                return
    # communiqué paraphrase: "<present verb> التحالف …" while the coalition is speaking
    if state["speaker"] not in (GLOBAL_COALITION, COALITION_MINISTERS) and not _is_coalition(lex, state["speaker"]):
        return
    toks = idx.toks[sent.index]
    for k, t in enumerate(toks[:12]):
        w = t.norm
        stem = w[1:] if w[:1] in "وف" else w
        stem = stem[1:] if stem[:1] == "س" and len(stem) > 3 else stem
        if stem[:1] not in "يت" or stem in _NOT_ACTS or w in _NOT_ACTS:
            continue
        rest = tuple(x.norm for x in toks[k + 1:k + 4])
        if any(rest[:len(s)] == s for s in _COMMUNIQUE_SUBJ):
            gap = text[sent.start:t.start]
            if k > 0 and not re.search(r"[،,]\s*$", gap) and toks[k - 1].norm not in ("كما", "حيث", "و"):
                continue
            c = Claim(speaker=GLOBAL_COALITION, verb=None, type="commitment", meeting=meeting,
                      evidence=[Evidence(doc.id, sent.start, sent.end, sent.text, sent.index,
                                         "claim:communique-implicit", 0.45)])
            _finish(doc, lex, idx, c, sent)
            doc.claims.append(c)
            return
