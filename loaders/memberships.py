"""Memberships (joined / observer / member), designations (sanctions) and roles.

- **joined**: a join word (``انضمام``، ``انضمت``، ``ينضم``…) in a sentence about the coalition;
  the states are the coordinated list right after it (``بانضمام جمهورية أفريقيا الوسطى
  والكونغو الديمقراطية وموريتانيا واليمن``) or the one right before it (``X التي انضمت``);
  the member count after comes from ``رفع العدد الإجمالي للأعضاء إلى 86``، ``ليرتفع عدد أعضائه
  إلى 79`` or an ordinal (``لتصبح العضو الرابع والثمانين`` → 84).
- **observer**: ``كمراقب(ين)``، ``بصفة مراقب``، ``بصفة ملاحظ`` — the states named in that clause
  before the word.
- **member**: the coalition ``يضم/تضم`` … a list (``منها``، ``من بينها``، ``ممثلة في``) — every
  state in it; a group (``دول مجلس التعاون``) as written.
- **designations**: ``فرض عقوبات على X``، ``تصنيف X كإرهابي``، ``أدرج(ت) X على قائمة`` — the
  target is the person after the cue (a name no lexicon knows is taken from the text: the
  rare words before the next comma), ``by`` the state of whoever announced it.
- **roles**: a person introduced by a title (``وزير الخارجية الأميركي أنتوني بلينكن``) holds
  that post for the title's state.
"""
from __future__ import annotations

import re

from .actors import RELATIVE, THAT, ActorIndex
from .document import Document, Entity, Mention
from .facts import Designation, Evidence, Membership, Role
from .normalize import norm, norm_token
from .numbers import find_amounts, ordinal_value
from .stages import stage

# joining, in any person and with any proclitic, by its two verbs (انضم إلى، التحق بـ) and
# their verbal nouns; the noun with its owner's pronoun (أعلنت تونس انضمامها): the subject before it joined
_JOIN_VERBS = ("انضم", "انضمت", "انضموا", "انضمتا", "انضممنا", "انضممت", "تنضم", "ينضم", "ننضم", "تنضمان",
               "ينضمان", "ينضمون", "ينضموا", "التحق", "التحقت", "التحقوا", "التحقنا", "تلتحق", "يلتحق", "نلتحق",
               # a join announced as a fact to come (ستنضم سوريا); a wish or a plan is caught by _not_done
               "ستنضم", "سينضم", "ستنضمان", "سينضمون", "ستلتحق", "سيلتحق")
_JOIN_NOUNS = ("انضمام", "التحاق", "انخراط")
# enrolment (انخراط) joins only what it enrols in at once: the coalition (انخراط تونس في التحالف), not
# a war or an effort (انخراطها في الحرب على التنظيم)
_ENROLS = re.compile(r"^\s*(?:\S+\s+)?في\s+(?:ال)?(?:تحالف|ايتلاف)")
POSSESSED_JOIN = {norm_token(c + n + p) for n in _JOIN_NOUNS for c in ("", "و", "ب", "ل", "وب", "ول")
                  for p in ("ها", "ه", "هم", "هما")}
# the definite noun (الانضمام، للانضمام، بالالتحاق): its subject is the governing verb's
_DEFINITE_JOIN = {norm_token(c + "ال" + n) for n in _JOIN_NOUNS for c in ("", "و", "ب", "وب")} | \
    {norm_token(c + "لل" + n) for n in _JOIN_NOUNS for c in ("", "و")}
# the result of what was said before (…، لتنضم بذلك إلى): its subject is the sentence's
_RESULT_JOIN = {norm_token("ل" + w) for w in _JOIN_VERBS if w[0] in "تي"}
# ض typed ظ (تنظم إلى، انظمت إلى): a join verb only with إلى after it
_MISTYPED_JOIN = {norm_token(c + w.replace("ض", "ظ")) for w in _JOIN_VERBS if "ض" in w for c in ("", "و", "ف", "ل")}
JOIN = {norm_token(c + w) for w in _JOIN_VERBS for c in ("", "و", "ف")} | _RESULT_JOIN | _MISTYPED_JOIN | \
    {norm_token(c + n) for n in _JOIN_NOUNS for c in ("", "و", "ب", "ل", "وب", "ول")} | \
    {norm_token("عضوية")} | POSSESSED_JOIN | _DEFINITE_JOIN
OBSERVER = {norm_token(w) for w in ("مراقب", "مراقبين", "مراقبا", "كمراقب", "كمراقبين", "مراقبون", "ملاحظ",
                                    "كملاحظ", "ملاحظين", "كملاحظين", "مراقبة",
                                    # the dual (بصفة دولتين مراقبتين)
                                    "مراقبان", "مراقبين", "مراقبتان", "مراقبتين")}
# the definite noun is the status only after صفة (بصفة المراقب، صفة المراقبين): alone, المراقب(ون)
# are the commentators of the press (يرى المراقبون أن …)
_DEFINITE_OBSERVER = {norm_token(w) for w in ("المراقب", "المراقبين", "الملاحظ", "الملاحظين")}
_STATUS = {norm_token(c + w) for c in ("", "و", "ب", "وب") for w in ("صفة", "وضع")}
MEMBER_VERBS = {norm_token(w) for w in ("يضم", "تضم", "ويضم", "وتضم", "يتألف", "يتكون", "ضم", "يشمل")}
LIST_CUES = {norm_token(w) for w in ("منها", "بينها", "ومنها", "أبرزها", "بينهم", "مثل", "ممثلة")}
COUNT_WORDS = {norm_token(w) for w in ("عدد", "العدد", "عدد أعضائه", "أعضائه", "أعضاء", "للأعضاء")}
SANCTION_CUES = [tuple(norm(w).split()) for w in (
    "فرض عقوبات على", "فرضت عقوبات على", "عقوبات على", "فرض عقوبات ضد", "تصنيف", "أدرج", "أدرجت", "إدراج",
    "وضع اسم", "صنفت", "صنف")]
_SANCTION_HINT = re.compile("عقوب|تصنيف|صنف|[أاإ]درج|وضع اسم")
NAME_STOP = {norm_token(w) for w in ("وهو", "وهي", "الذي", "التي", "المعروف", "المعروفة", "من", "في", "على", "ك")}


# every word one of the cue tests below may accept
# a join verb with its conjunction (وتنضم، فانضمت); "became a member" (أصبحت X عضوا فيه)
_JOIN_ALL = frozenset(JOIN | {c + w for w in JOIN for c in "وف" if not w.startswith(("و", "ف"))})
# became a member, or was accepted as one (تم قبول موزمبيق عضوا)
# the sisters of كان that mean "became" (أصبح، أضحى، أمسى، بات، صار، غدا)
BECAME = {norm_token(c + w) for w in ("أصبحت", "أصبح", "باتت", "بات", "صارت", "صار", "أضحت", "أضحى", "أمست", "أمسى",
                                      "غدت", "قبول") for c in ("", "و", "ف")} | \
    {norm_token("بقبول")}
_MEMBER_NOUNS = {norm_token(w) for w in ("عضوا", "عضواً", "شريكا", "شريكاً", "جزءا", "جزءاً")}   # أصبحت جزءا من
# verbs that join only with the coalition as their object (انخرطت الصومال في التحالف، دخلت ليبيا
# التحالف، انضوت كينيا تحت لواء التحالف): elsewhere they enter a city or engage in a fight
_OBJECT_JOIN = frozenset(norm_token(c + w) for c in ("", "و", "ف") for w in (
    "انخرط", "انخرطت", "انخرطوا", "تنخرط", "ينخرط", "انضوى", "انضوت", "انضووا", "تنضوي", "ينضوي",
    "دخل", "دخلت", "دخلوا", "تدخل", "يدخل"))
_TO_THE = {norm_token(w) for w in ("في", "إلى", "الى", "تحت", "لواء", "مظلة", "صفوف", "إطار")}
_CUES = frozenset(_JOIN_ALL | _OBJECT_JOIN | BECAME | OBSERVER | _DEFINITE_OBSERVER | {c + w for w in OBSERVER for c in "بك"}
                  | MEMBER_VERBS | {norm_token("مراقبة")})    # (دولة مراقبة: _observer_word decides)


_COALITION_WORD = norm("الائتلاف الدولي")


def _coalition_in(doc, lex, sent) -> bool:
    for m in doc.mentions_in(sent.start, sent.end):
        if (lex.info.get(m.entity) or {}).get("subtype") == "coalition":
            return True
    n = norm(sent.text)
    # الائتلاف الدولي: the coalition in the words of some papers
    return "التحالف" in n or "للتحالف" in n or _COALITION_WORD in n


@stage(needs=("sentences", "mentions", "entities", "meetings", "actors"), adds=("memberships", "designations", "roles"))
def find_memberships(doc: Document, lex) -> Document:
    idx: ActorIndex = doc.actors
    meeting = next((m.key for m in doc.meetings if not m.announced and m.kind in ("ministerial", "virtual_ministerial")),
                   doc.meetings[0].key if doc.meetings else None)
    seen: set = set()
    prev_member = False
    for sent in doc.sentences:
        toks = idx.toks[sent.index]
        words = [t.norm for t in toks]
        _told_joinings(doc, lex, idx, sent, toks, words, meeting, seen)
        member_now = False
        if _CUES.isdisjoint(words):   # no join / observer / member word: nothing to find here
            prev_member = member_now
            continue
        ments = [m for m in doc.mentions_in(sent.start, sent.end)]
        states = [m for m in ments if idx.etype(m.entity) == "state" and
                  (m.kind in ("name", "short", "metonym") or _government_nisba(doc, m) or _government_body_of(doc, m, ments))]
        has_coal = _coalition_in(doc, lex, sent)
        at = _Cue(doc, lex, idx, sent, toks, ments, states, meeting, seen)
        for k in [k for k, w in enumerate(words) if w in _CUES]:
            w = words[k]
            if w in _MISTYPED_JOIN and not any(x in ("الي", "إلى") for x in words[k + 1:k + 3]):
                continue
            if "انخراط" in w and not _ENROLS.search(norm(doc.text[toks[k].end:toks[k].end + 60])):
                continue
            if (w in _JOIN_ALL or (_became_member(words, k) and not _member_of_another(doc, toks, k))
                    or _joins_as_object(doc, lex, toks, k)) and \
                    not _not_done(doc, toks, k) and \
                    not _joins_another_body(doc, lex, toks, k) and not _joins_an_action(toks, k) and \
                    not _joins_not_the_coalition(doc, toks, k) and \
                    not _as_observer(doc, toks, k) and \
                    (has_coal or _joins_the_coalition_before(doc, lex, sent, toks, k)):
                _joined_at(at, k)
            elif _observer_word(toks, k) and not _observer_elsewhere(doc, toks, k):
                _observers_at(at, k)
            elif w in MEMBER_VERBS and (has_coal or prev_member) and not _gathering_holds(doc, toks, k):
                member_now = True
                _members_listed_at(at, k, words)
        prev_member = member_now
    _designations(doc, lex, idx)
    _roles(doc, lex, idx)
    return doc


def _told_joinings(doc, lex, idx, sent, toks, words, meeting, seen) -> None:
    """Joinings told without a join verb: new members, founders, the first to join, the newly
    joined, those admitted."""
    if ("عضو" in sent.text or "شريك" in sent.text or "حدث" in sent.text or "دولة" in sent.text) \
            and _coalition_in(doc, lex, sent):
        _new_members(doc, idx, sent, meeting, seen)
    if not _FOUNDED.isdisjoint(words):
        _founders(doc, idx, sent, toks, meeting, seen)
    if ("مؤسس" in sent.text or "موسس" in sent.text or "أوائل" in sent.text or "اوائل" in sent.text) \
            and _coalition_in(doc, lex, sent):
        _among_the_first(doc, idx, sent, toks, meeting, seen)
    if not (_JOINED_PARTICIPLE.isdisjoint(words) and _NEW_ADJ.isdisjoint(words)) and _coalition_in(doc, lex, sent):
        _newly_joined(doc, idx, sent, toks, meeting, seen)
    if not _ADMIT.isdisjoint(words) and _coalition_in(doc, lex, sent):
        _admitted(doc, idx, sent, toks, meeting, seen)


class _Cue:
    """One sentence's context for the membership words in it (what each reader below needs)."""

    def __init__(self, doc, lex, idx, sent, toks, ments, states, meeting, seen):
        self.doc, self.lex, self.idx, self.sent, self.toks = doc, lex, idx, sent, toks
        self.ments, self.states, self.meeting, self.seen = ments, states, meeting, seen


def _joined_at(at: _Cue, k: int) -> None:
    """The states and bodies a join word at token k says joined, with the count after it."""
    doc, sent, toks = at.doc, at.sent, at.toks
    found = _joiners(doc, at.idx, sent, toks, k, at.states + _joining_bodies(at.idx, at.ments))
    count = _count_after(doc, at.lex, sent, toks, k)
    for m in found:
        _add(doc, at.seen, Membership(m.entity, "joined", member_count_after=count, meeting=at.meeting,
                                      evidence=[_ev(doc, sent, toks[k].start, "membership:join", 0.8)]))


def _observers_at(at: _Cue, k: int) -> None:
    doc, toks = at.doc, at.toks
    lo = _after_alongside(toks, _clause_start(doc, toks, k), k)
    # a body joins as an observer as a state does (the African Union, INTERPOL)
    cands = at.states + _joining_bodies(at.idx, at.ments)
    found = [m for m in cands if lo <= m.start < toks[k].start] or \
        _list_after(doc, at.idx, toks, _observers_named_after(toks, k), cands)
    for m in found:
        _add(doc, at.seen, Membership(m.entity, "observer", meeting=at.meeting,
                                      evidence=[_ev(doc, at.sent, lo, "membership:observer", 0.7)]))


# "alongside", "besides": those named before it take part as they are, the observer status is
# of those after it (… بوريل إلى جانب ممثلي الدول الأفريقية المدعوة بصفة مراقب)
_BESIDES = {norm_token(w) for w in ("جانب", "بجانب", "وبجانب", "فضلا", "بالإضافة", "بالاضافة", "إضافة", "علاوة")}


def _after_alongside(toks, lo: int, k: int) -> int:
    """The clause's start offset ``lo``, moved past the last "alongside" before token ``k``."""
    last = next((j for j in range(k - 1, -1, -1) if toks[j].start >= lo and toks[j].norm in _BESIDES), None)
    return toks[last + 1].start if last is not None and last + 1 < k else lo


def _members_listed_at(at: _Cue, k: int, words) -> None:
    """The states (and groups of states) a member word at token k lists."""
    doc, toks, states = at.doc, at.toks, at.states
    stop = _list_end(doc, toks, k, states)
    after = [m for m in states if toks[k].end < m.start < stop and not _place(doc, at.lex, m)
             and not _LED_BY.search(norm(doc.text[max(0, m.start - 12):m.start]))]
    listed = any(x in LIST_CUES for x in words[k + 1:_tok_at(toks, stop)]) or len(after) >= 2
    if not listed or _singled_out(doc, after):
        return
    for m in after:
        _add(doc, at.seen, Membership(m.entity, "member", meeting=at.meeting,
                                      evidence=[_ev(doc, at.sent, toks[k].start, "membership:list", 0.7)]))
    for m in at.ments:
        if toks[k].end < m.start < stop and at.idx.etype(m.entity) == "organization":
            _group_of_states(at, k, m)


def _group_of_states(at: _Cue, k: int, m) -> None:
    """A group of states listed as members: دول مجلس التعاون لدول الخليج العربي."""
    doc, sent = at.doc, at.sent
    before = norm(doc.text[max(sent.start, m.start - 6):m.start]).split()
    if not before or before[-1] not in ("دول", "ودول"):
        return
    a = doc.text.rfind("دول", sent.start, m.start)
    written = doc.text[a:m.end] if a >= 0 else m.text
    ent = doc.entities.get(m.entity)
    name = f"{ent.name_en} states" if ent and ent.name_en else written
    _add(doc, at.seen, Membership(name, "member", meeting=at.meeting, state_as_written=written,
                                  evidence=[_ev(doc, sent, at.toks[k].start, "membership:list-group", 0.6)]))


# bodies that can join the coalition as states do (NATO, INTERPOL, the African Union)
_JOINING_BODIES = ("alliance", "international_organization")
_COUNT_NOUNS = ("دول", "دوله", "دولتين", "دولتان", "بلدان", "بلدين", "اعضاء", "منظمات")


def _joins_the_coalition_before(doc, lex, sent, toks, k) -> bool:
    """``… للانضمام إلى التحالف. لكن أستراليا وبلجيكا انضمت منذ الاثنين``: a join verb with no
    object of its own (no إلى / بـ after it) joins the coalition the sentence before named."""
    if sent.index == 0 or not _coalition_in(doc, lex, doc.sentences[sent.index - 1]):
        return False
    after = [t.norm for t in toks[k + 1:k + 5]]
    return not any(w in ("الي", "إلى") or w.startswith(("بال", "لل")) for w in after)


def _starting_at(doc, toks, j) -> list[Mention]:
    """The mentions that begin in token ``j`` (they may run past it)."""
    return [m for m in doc.mentions_in(toks[j].start, toks[-1].end) if m.start < toks[j].end]


def _ours(lex) -> str | None:
    """The Global Coalition's entity key."""
    return (lex.cache.get("by_row_key") or {}).get("global_coalition")


def _joins_another_body(doc, lex, toks, k) -> bool:
    """``انضمت عُمان إلى التحالف الإسلامي العسكري``، ``انضمت ماليزيا إلى التحالف العربي``: the
    join word's object (after إلى, or an organisation with its ب / ل glued on, a few words on)
    is another organisation — another coalition too — so this is not a joining of the Global
    Coalition."""
    ours = _ours(lex)
    for j in range(k + 1, min(len(toks), k + 7)):
        if toks[j].norm in ("الي", "إلى"):
            j += 1
        elif not toks[j].norm.startswith(("ب", "ل")):
            continue
        if j >= len(toks):
            return False
        orgs = [doc.entities[m.entity] for m in _starting_at(doc, toks, j) if m.entity in doc.entities]
        if any(e.type != "organization" for e in orgs) and toks[j - 1].norm not in ("الي", "إلى"):
            continue        # ليبيا، لبنان: a name that starts with ل, the subject, no preposition
        if not orgs and toks[j].norm in ("تحالف", "حلف") and toks[j - 1].norm in ("الي", "إلى"):
            return True     # إلى تحالف مكافحة الإرهاب: an alliance by a name that is not ours
        if orgs or toks[j - 1].norm in ("الي", "إلى"):
            return any(e.type == "organization" and e.key != ours and e.parent != ours for e in orgs)
    return False


# what forces join (الضربات الجوية، العمليات، المعركة): a contribution to the coalition's war, no joining of it
_ACTIONS = {norm_token(c + w) for c in ("", "ل", "ب") for w in (
    "الضربات", "الغارات", "العمليات", "المعركة", "المعارك", "القتال", "الهجمات")}


def _joins_an_action(toks, k) -> bool:
    """``انضمت بريطانيا إلى الضربات الجوية التي يشنها التحالف``: the join's object, right after
    it (and its subject) or after إلى, is an action, not the coalition."""
    return any(t.norm in _ACTIONS for t in toks[k + 1:k + 4])


_FEMININE_IT = {norm_token(w) for w in ("إليها", "لها", "بها")}
# nouns of membership the coalition may follow as the thing joined (إلى صفوف التحالف، إلى عضوية التحالف)
_MEMBERSHIP_HEADS = {norm_token(w) for w in ("صفوف", "عضوية", "لواء", "مظلة", "ركب")}


def _joins_not_the_coalition(doc, toks, k) -> bool:
    """``انضم مقاتلون من تونس إلى صفوف داعش``، ``انضمت ألمانيا إلى فرنسا في الدعوة``،
    ``انضمت قطر إلى اجتماع التحالف``: the object of إلى after the join word (past its subject, in
    its clause) is something other than the coalition — a joining of a group, a state's side or a
    meeting, not of the coalition. A membership noun (صفوف، عضوية) may stand before it."""
    if k + 1 < len(toks) and toks[k + 1].norm in _FEMININE_IT:
        return True             # انضمت إليها: a feminine antecedent (مجموعة، قوة), never التحالف
    for j in range(k + 1, min(len(toks), k + 7)):
        if _comma_before(doc, toks, j) or _names_the_coalition(doc, toks, j):
            return False        # the clause ends, or the coalition is the object (التحقت بالتحالف)
        glued = toks[j].norm[:1] in "بل" and toks[j].norm[1:] in _MEMBERSHIP_HEADS    # بصفوف، لصفوف
        if (toks[j].norm == "الي" or glued) and j + 1 < len(toks):
            o = j + 1
            if toks[o].norm in _ALONGSIDE:     # إلى جانب: joined alongside others, no object
                return False
            if _its_own(toks[o].norm):          # إلى صفوفه: the ranks of the group named last
                return not _last_group_is_the_coalition(doc, toks[o].start)
            if toks[o].norm in _MEMBERSHIP_HEADS and o + 1 < len(toks):
                o += 1
            return not (_names_the_coalition(doc, toks, o) or _its_members(doc, toks, o))
    return False


# the members as the thing joined: إلى 60 دولة في التحالف، إلى الدول الأعضاء في التحالف
_MEMBERS_OBJECT = {norm_token(w) for w in ("دول", "الدول", "دولة", "بلدا", "بلدان", "البلدان", "أعضاء", "الأعضاء",
                                            "شركاء", "الشركاء", "عضوا", "شريكا")}
# what may count them first: a number, a number word, more than / about (أكثر من، نحو)
_COUNTING = {norm_token(w) for w in ("ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "عشرات", "نحو",
                                      "أكثر", "من", "قرابة", "حوالي", "زهاء")}


def _its_members(doc, toks, o) -> bool:
    """``لتنضم إلى 33 دولة تشارك في التحالف``، ``لتنضم بذلك إلى 40 دولة.``: the object is a count
    of states (a number or a noun of states) that the coalition, a few words on in the clause,
    holds, or that ends the clause — its members; not ``إلى دول أخرى في إدانة …``."""
    j = o
    while j < min(len(toks), o + 3) and (toks[j].norm[:1].isdigit() or toks[j].norm in _COUNTING):
        j += 1
    if j >= len(toks) or toks[j].norm not in _MEMBERS_OBJECT:
        return False
    for x in range(j + 1, min(len(toks), j + 6)):
        if _clause_break_before(doc, toks, x):
            return x <= j + 2       # the count ends the clause (لتنضم بذلك إلى 40 دولة.): the members
        if _names_the_coalition(doc, toks, x):
            return True
    return j + 2 >= len(toks)


def _clause_break_before(doc, toks, k: int) -> bool:
    return bool(re.search(r"[،,.؛;:]", doc.text[toks[k - 1].end:toks[k].start]))


def _last_group_is_the_coalition(doc, at: int) -> bool:
    """The organisation named last before ``at`` (the antecedent of a pronoun) is a coalition."""
    orgs = [m for m in doc.mentions if m.end <= at and m.entity in doc.entities
            and doc.entities[m.entity].type == "organization"]
    return bool(orgs) and doc.entities[orgs[-1].entity].subtype == "coalition"


def _its_own(w: str) -> bool:
    """A membership noun with a pronoun (صفوفه، عضويته، صفوفها): the ranks of the one just named."""
    for p in ("ه",):      # masculine, as التحالف and الائتلاف are: صفوفها is a feminine group's
        stem = w[:-len(p)]
        if w.endswith(p) and (stem in _MEMBERSHIP_HEADS or stem[-1:] == "ت" and stem[:-1] + "ه" in _MEMBERSHIP_HEADS):
            return True
    return False


def _names_the_coalition(doc, toks, j) -> bool:
    """Token ``j`` opens a name of a coalition (a coalition mention, or the word itself:
    التحالف، بالتحالف، الائتلاف)."""
    if "تحالف" in toks[j].norm or "ايتلاف" in toks[j].norm:
        return True
    return any((doc.entities[m.entity].subtype if m.entity in doc.entities else None) == "coalition"
               for m in _starting_at(doc, toks, j))




_MONITORING = norm_token("مراقبة")
_OBSERVING_NOUNS = {norm_token(w) for w in ("دولة", "كدولة", "بصفة", "صفة", "منظمة", "كمنظمة", "عضوة", "جهة",
                                              "دولتين", "دولتان", "كدولتين")}


def _observer_word(toks, k) -> bool:
    """Token ``k`` names observer status: ``مراقب``، ``كمراقب``، ``بصفة المراقب``."""
    w = toks[k].norm
    if w == _MONITORING:
        # مراقبة is "monitoring" (مراقبة الحدود) unless it qualifies a state or body (دولة مراقبة)
        return k > 0 and toks[k - 1].norm in _OBSERVING_NOUNS
    if w in OBSERVER or (w[:1] in "بك" and w[1:] in OBSERVER):
        return True
    return w in _DEFINITE_OBSERVER and k > 0 and toks[k - 1].norm in _STATUS


# who attended as observers, named after the phrase (حضر بصفة مراقب ممثلون عن الأردن والكويت)
_ENVOYS = {norm_token(w) for w in ("ممثلون", "ممثلو", "ممثلين", "ممثلي", "وفود", "وفد", "عن", "من", "كل", "كلا",
                                   "وزراء", "وزير", "خارجية", "عضو", "عضوا", "دولة", "دول", "مثل", "منها", "ومنها",
                                   "بينها", "منظمات", "دولية")}


def _observers_named_after(toks, k) -> int:
    """The token before the states that an observer phrase ending at ``k`` names after it
    (its envoys' words skipped): ``_list_after`` starts after it."""
    j = k
    while j + 1 < len(toks) and toks[j + 1].norm in _ENVOYS and j < k + 4:
        j += 1
    return j


def _as_observer(doc, toks, k) -> bool:
    """``انضمت البرازيل إلى التحالف بصفة مراقب``: joined as an observer, in the join's clause —
    an observer (found at the observer word), not a member; the clause may name the coalition
    at length first (إلى التحالف الدولي ضد داعش بصفة عضو مراقب)."""
    for j in range(k + 1, min(len(toks), k + 12)):
        if _comma_before(doc, toks, j):
            return False
        if _observer_word(toks, j):
            return True
    return False


def _observer_elsewhere(doc, toks, k) -> bool:
    """``شارك العراق بصفة مراقب في اجتماعات حلف الناتو``: the observer word's في-phrase (a meeting
    noun may head it) names another organisation, not the coalition."""
    for j in range(k + 1, min(len(toks), k + 3)):
        if toks[j].norm not in ("في", "لدى", "داخل"):
            continue
        for o in range(j + 1, min(len(toks), j + 4)):
            if _names_the_coalition(doc, toks, o):
                return False
            if any(doc.entities.get(m.entity) is not None and doc.entities[m.entity].type == "organization"
                   for m in _starting_at(doc, toks, o)):
                return True
        return False
    return False


def _joins_as_object(doc, lex, toks, k) -> bool:
    """An ``_OBJECT_JOIN`` verb whose object, a few words on (after its subject), is the Global
    Coalition itself: ``دخلت ليبيا التحالف``، ``انضوت كينيا تحت لواء التحالف``."""
    if toks[k].norm not in _OBJECT_JOIN:
        return False
    ours = _ours(lex)
    for j in range(k + 1, min(len(toks), k + 6)):
        if any(m.entity == ours for m in _starting_at(doc, toks, j)):
            # right after the verb, after a preposition (في، تحت لواء), or right after the subject's name
            after_name = any(m.end == toks[j - 1].end for m in doc.mentions_in(toks[k + 1].start, toks[j - 1].end))
            return j == k + 1 or toks[j - 1].norm in _TO_THE or after_name
    return False


def _joining_bodies(idx, ments) -> list[Mention]:
    return [m for m in ments if idx.etype(m.entity) == "organization" and m.kind not in ("nisba", "nominal")
            and (idx.doc.entities[m.entity].subtype or "") in _JOINING_BODIES]


# states that formed the coalition (شكلت تحالفا ضد داعش) are its founding members
_FOUNDED = {norm_token(c + w) for w in ("شكلت", "شكل", "شكلوا", "أسست", "أسس", "أسسوا", "أنشأت", "أنشأ")
            for c in ("", "و", "ف")}
_FORMED = {norm_token(w) for w in ("تحالفا", "تحالفاً", "ائتلافا")}   # not التحالف: شكل التحالف = the coalition formed


def _founders(doc, idx, sent, toks, meeting, seen) -> None:
    """``كل من ألمانيا والولايات المتحدة … قد شكلت تحالفا ضد داعش``: the states of the clause
    before the verb joined (as founders), when what they formed is an alliance and the sentence
    names ISIS or the coalition."""
    if not any(idx.etype(m.entity) == "organization" and (idx.doc.entities[m.entity].subtype or "") in
               ("coalition", "terrorist_group") for m in doc.mentions_in(sent.start, sent.end)):
        return
    for k, t in enumerate(toks):
        if t.norm not in _FOUNDED or not any(x.norm in _FORMED for x in toks[k + 1:k + 3]):
            continue
        lo = _clause_start(doc, toks, k)
        for m in doc.mentions_in(lo, t.start):
            if idx.etype(m.entity) == "state" and m.kind in ("name", "short"):
                _add(doc, seen, Membership(m.entity, "joined", meeting=meeting,
                                           evidence=[_ev(doc, sent, lo, "membership:founder", 0.7)]))


# among the founders, or the first to join (المملكة من الدول المؤسسة للتحالف، من أوائل الدول التي انضمت)
_AMONG_FIRST = re.compile(r"^من\s+(?:(?:الدول|الاعضاء|البلدان)\s+(?:الموسسه|الموسسين)"
                          r"|(?:اوايل|اول)\s+(?:الدول|البلدان)\s+(?:التي\s+)?(?:انضمت|التحقت|ساهمت\s+في\s+تاسيس))")


def _among_the_first(doc, idx, sent, toks, meeting, seen) -> None:
    """``أن المملكة من الدول المؤسسة للتحالف``: the state right before the phrase joined (as a
    founder), in a sentence naming the coalition."""
    states = [m for m in doc.mentions_in(sent.start, sent.end) if idx.etype(m.entity) == "state"
              and m.kind in ("name", "short", "nisba")]      # السعودية is written as its adjective
    for k, t in enumerate(toks):
        mt = _AMONG_FIRST.match(" ".join(x.norm for x in toks[k:k + 6])) if t.norm == "من" else None
        if mt is None or _part_of_another(doc, toks, k + len(mt.group(0).split()) - 1):
            continue        # من الدول المؤسسة لجامعة الدول العربية: founders of something else
        for m in _state_before(doc, idx, toks, k, states):
            _add(doc, seen, Membership(m.entity, "joined", meeting=meeting,
                                       evidence=[_ev(doc, sent, m.start, "membership:founder", 0.7)]))


# the participle (الدول المنضمة حديثا) is a joining only when told as recent: without حديثا
# it names the members of any date
_JOINED_PARTICIPLE = {norm_token(c + w) for c in ("", "و", "ب", "ل") for w in (
    "المنضمة", "المنضم", "المنضمين", "المنضمتين", "منضمة", "منضم", "الملتحقة", "الملتحقين")}
_RECENTLY = {norm_token(w) for w in ("حديثا", "حديثاً", "مؤخرا", "مؤخراً", "أخيرا", "أخيراً", "الجديدة", "الجدد")}
_LIST_INTRO = {norm_token(w) for w in ("هي", "وهي", "هما", "وهما", "منها", "ومنها", "مثل")}
# the new members (بالأعضاء الجدد، الشركاء الجدد، الدول الجديدة) named in a list
_NEW_PLURAL = {norm_token(c + w) for c in ("", "و", "ب", "ل", "وب", "ول") for w in (
    "الأعضاء", "الشركاء", "الدول", "أعضاء", "شركاء", "دول", "عضوين", "شريكين", "دولتين", "العضوين", "الشريكين")}
_NEW_ADJ = {norm_token(w) for w in ("الجدد", "الجديدة", "جدد", "جديدة", "جديدين", "جديدتين", "الجديدين", "جديد")}
# "as new members" after the states it says joined (رحب الوزراء بالكونغو وموزمبيق كعضوين جديدين)
_AS_NEW = {norm_token("ك" + w) for w in ("عضو", "عضوين", "أعضاء", "شريك", "شريكين", "شركاء", "دولة", "دولتين", "دول")}


def _newly_joined(doc, idx, sent, toks, meeting, seen) -> None:
    """``بالدول المنضمة حديثا وهي بنين وغانا`` / ``تعد تشاد من الدول المنضمة حديثا``: the states
    listed after the phrase, else the last state of the clause before it."""
    states = _named_states(doc, idx, sent)
    for k, t in enumerate(toks):
        latest = k > 0 and toks[k - 1].norm in _LAST
        joined = t.norm in _JOINED_PARTICIPLE and (latest or not _RECENTLY.isdisjoint(x.norm for x in toks[k + 1:k + 3]))
        as_new = t.norm in _AS_NEW and k + 1 < len(toks) and toks[k + 1].norm in _NEW_ADJ
        if as_new:
            # the states told just before, in the clause (بالكونغو وموزمبيق كعضوين جديدين)
            lo = _clause_start(doc, toks, k)
            for m in [m for m in states if lo <= m.start < t.start]:
                _add(doc, seen, Membership(m.entity, "joined", meeting=meeting,
                                           evidence=[_ev(doc, sent, t.start, "membership:as-new", 0.7)]))
            continue
        if not joined and not (t.norm in _NEW_PLURAL and k + 1 < len(toks) and toks[k + 1].norm in _NEW_ADJ):
            continue
        # the list after هي / منها, or after a colon (بالأعضاء الجدد في التحالف: A وB)
        intro = next((j for j in range(k + 1, min(len(toks), k + 10)) if toks[j].norm in _LIST_INTRO
                      or (j + 1 < len(toks) and ":" in doc.text[toks[j].end:toks[j + 1].start])), None)
        found = _list_after(doc, idx, toks, intro, states) if intro is not None else []
        if not found and not joined:
            # من الأعضاء الجدد في التحالف الدولي موريتانيا واليمن: the list right after the phrase's complement
            found = _list_after(doc, idx, toks, _past_the_coalition(doc, toks, k + 1), states)
        if not found and joined:      # تعد تشاد من الدول المنضمة حديثا (a plural noun alone names no one)
            lo = _clause_start(doc, toks, k)
            found = [m for m in states if lo <= m.start < t.start][-1:]
        if not found and latest:      # وكان آخر المنضمين للتحالف الذي تقوده أمريكا، بريطانيا: the predicate
            found = _predicate_after(doc, idx, toks, k, states)
        for m in found:
            _add(doc, seen, Membership(m.entity, "joined", meeting=meeting,
                                       evidence=[_ev(doc, sent, t.start, "membership:newly-joined", 0.7)]))


_LAST = {norm_token(c + w) for c in ("", "و") for w in ("آخر", "أحدث", "اخر", "احدث")}
# taking a state into its ranks (أعلن التحالف عن ضم زامبيا إلى صفوفه، قرر ضم توغو إلى عضويته)
_ADMIT = {norm_token(c + w) for c in ("", "و", "ب", "عن") for w in ("ضم", "قبول")}
_RANKS = tuple(norm_token(w) for w in ("صفوف", "عضوي", "التحالف", "الائتلاف"))


def _admitted(doc, idx, sent, toks, meeting, seen) -> None:
    """``ضم زامبيا إلى صفوفه``: the states between the taking and إلى its ranks (or the coalition) join."""
    states = _named_states(doc, idx, sent)
    for k, t in enumerate(toks):
        if t.norm not in _ADMIT:
            continue
        to = next((j for j in range(k + 2, min(len(toks) - 1, k + 9)) if toks[j].norm in ("الي", "إلى")
                   and toks[j + 1].norm.startswith(_RANKS)), None)
        if to is None:
            continue
        for m in _list_after(doc, idx, toks, k, states):
            if m.start < toks[to].start:
                _add(doc, seen, Membership(m.entity, "joined", meeting=meeting,
                                           evidence=[_ev(doc, sent, t.start, "membership:admitted", 0.7)]))


def _named_states(doc, idx, sent) -> list[Mention]:
    """The states the sentence names (by name or short form, not by adjective)."""
    return [m for m in doc.mentions_in(sent.start, sent.end) if idx.etype(m.entity) == "state"
            and m.kind in ("name", "short")]


def _past_the_coalition(doc, toks, k: int) -> int:
    """The token ending ``في التحالف الدولي`` right after token ``k`` (``k`` itself when the
    coalition is not named there)."""
    if k + 1 >= len(toks):
        return k
    prep = toks[k + 1].norm in ("في", "الي", "ب")
    j = k + 2 if prep else k + 1
    if (prep or toks[k + 1].norm.startswith("لل")) and j < len(toks) and _names_the_coalition(doc, toks, j):
        m = max(_starting_at(doc, toks, j), key=lambda x: x.end, default=None)
        return _tok_at(toks, m.end) - 1 if m is not None else j
    return k


def _predicate_after(doc, idx, toks, k, states) -> list[Mention]:
    """The states named first after the comma that closes the phrase at token ``k`` (the
    subject ``آخر المنضمين إلى التحالف …``): its predicate."""
    for j in range(k + 1, len(toks)):
        if _comma_before(doc, toks, j):
            return _list_after(doc, idx, toks, j - 1, states)
    return []


# a delegation, a meeting or a visit (الوفد، اجتماع، بعثة): who it holds attend, they join nothing
_GATHERINGS = {norm_token(c + w + e) for w in ("وفد", "اجتماع", "لقاء", "مؤتمر", "فريق", "لجنة", "جلسة", "قمة", "زيارة",
                                                 "بعثة", "اجتماعات", "لقاءات")
               for c in ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "وب", "وبال") for e in ("", "ا")}
_OF_GATHERING = {norm_token(w) for w in ("من", "عن", "في")}


def _gathering_holds(doc, toks, k) -> bool:
    """``الوفد المرافق له الذي ضم كلا من …``، ``اجتماع للتحالف الدولي ضم ممثلين عن …``، ``وفد من
    التحالف يضم ضباطا من …``: the subject of the member verb at ``k`` is a gathering — the one
    named last before it in its clause, or one the coalition's name only qualifies (a
    delegation of the coalition, no relative pronoun after the coalition) — not the coalition."""
    lo = _tok_at(toks, _clause_start(doc, toks, k))
    gathering = coalition = None
    for j in range(max(lo, k - 10), k):
        if toks[j].norm in _GATHERINGS:
            gathering, coalition = j, None
        elif coalition is None and _names_the_coalition(doc, toks, j):
            coalition = j
    if gathering is None:
        return False
    if coalition is None:
        return True
    between = [t.norm for t in toks[gathering + 1:coalition]]
    qualifies = len(between) <= 2 and (not between or between[-1] in _OF_GATHERING or toks[coalition].norm.startswith("لل")
                                       or len(between) == 1)
    return qualifies and not any(t.norm in RELATIVE for t in toks[coalition:k])


def _singled_out(doc, after: list[Mention]) -> bool:
    """``يضم 83 عضوا من بينها الولايات المتحدة، التي تؤكد …``: one member named to say more
    about it (a relative clause follows), not a list of the members."""
    return len(after) == 1 and bool(re.match(r"\s*[،,]?\s*(?:التي|الذي)\s", doc.text[after[0].end:after[0].end + 12]))


# the state after "led by" leads the coalition the list is of (ضم 14 دولة بقيادة الولايات المتحدة)
_LED_BY = re.compile(r"(?:بقياده|تقوده|يقوده|تتزعمه|يتزعمه)\s*$")


def _place(doc, lex, m: Mention) -> bool:
    """A state named as a place (في سوريا، ببلجيكا): where something is, not a member listed."""
    before = norm(doc.text[max(0, m.start - 5):m.start]).split()
    if before and before[-1] in ("في", "وفي") and not doc.text[m.start - 1:m.start].strip():
        return True
    n = norm(m.text)
    if n[:1] == "و" and (prev := _state_right_before(doc, m)) is not None:
        return _place(doc, lex, prev)       # في العراق وسوريا: the second of two places too
    return n[:1] == "ب" and any(e.key == m.entity for e in lex.entries.get(tuple(n[1:].split()), ()))


def _state_right_before(doc, m: Mention) -> Mention | None:
    """The state mention that ends right before ``m`` (a space between), if any."""
    return next((x for x in doc.mentions_in(max(0, m.start - 40), m.start) if x.end < m.start
                 and not doc.text[x.end:m.start].strip() and doc.entities.get(x.entity) is not None
                 and doc.entities[x.entity].type == "state"), None)


_OF = {norm_token(w) for w in ("في", "من", "ضمن", "داخل", "إلى", "الى")}


def _part_of_another(doc, toks, j) -> bool:
    """The phrase after a member / founder noun ending at token ``j`` (``عضوا فاعلا في حلف الناتو``،
    ``جزءا من الحل``، ``المؤسسة لجامعة الدول العربية``) names something other than the coalition:
    up to two adjectives, then a preposition (or ل / ب glued on) and its object."""
    for x in range(j + 1, min(len(toks), j + 4)):
        if _clause_break_before(doc, toks, x):
            return False
        w = toks[x].norm
        if w in _OF and x + 1 < len(toks):
            o = x + 1
        elif w[:1] in "لب" and (w[1:].startswith("ل") or x == j + 1):
            o = x                       # للتحالف، لجامعة: the object with its preposition
        else:
            continue                    # an adjective (فاعلا، أساسيا، جديدا)
        return not (_names_the_coalition(doc, toks, o) or _its_own(toks[o].norm) or
                    toks[o].norm in ("فيه", "اليه", "منه", "له"))
    return False


def _member_of_another(doc, toks, k) -> bool:
    """``باتت تركيا عضوا فاعلا في حلف الناتو``، ``أصبح الأردن جزءا من الحل``: became a member or
    part of something other than the coalition."""
    n = next((j for j in range(k + 1, min(len(toks), k + 4)) if toks[j].norm in _MEMBER_NOUNS), None)
    return n is not None and _part_of_another(doc, toks, n)


def _became_member(words, k) -> bool:
    """``أصبحت زامبيا عضوا`` / ``زامبيا أصبحت عضوا فيه`` / ``باتت زامبيا العضو الجديد``; not a
    wish (تريد أن يصبح …)."""
    near = words[k + 1:k + 4]
    new_member = any(w in _NEW_MEMBER_NOUNS and near[j + 1:j + 2] and near[j + 1] in _NEW
                     for j, w in enumerate(near))
    return words[k] in BECAME and (k == 0 or words[k - 1] not in ("ان", "بان")) and \
        (not _MEMBER_NOUNS.isdisjoint(near) or new_member)


# the definite noun is a joining only as the new one (العضو الجديد), not the most active member
_NEW_MEMBER_NOUNS = {norm_token(w) for w in ("العضو", "الشريك", "الدولة")}
_NEW = {norm_token(w) for w in ("الجديد", "الجديدة", "الأحدث")}
def _government_body_of(doc, m: Mention, ments) -> bool:
    """The state inside a government body's name (البرلمان المغربي، الخارجية الكينية): the body
    acts for its state."""
    return m.kind == "nested" and any(
        o.start <= m.start and m.end <= o.end and o is not m and
        (doc.entities[o.entity].subtype if o.entity in doc.entities else None) == "government_body" for o in ments)


# the government of a state by its nisba (قررت الحكومة الكينية الانضمام) acts for the state, and
# so do the organs that decide or announce a joining (صادق البرلمان المغربي، وافق مجلس الوزراء
# الأردني، أعلنت الخارجية الكينية)
_GOVERNMENT = {norm_token(c + w) for c in ("", "و", "ب", "ل") for w in (
    "الحكومة", "حكومة", "السلطات", "الدولة", "البرلمان", "الوزراء", "النواب", "الرئاسة", "الخارجية")} | \
    {norm_token(c + w) for c in ("", "و") for w in ("للحكومة", "للسلطات", "للدولة")}


def _government_nisba(doc, m: Mention) -> bool:
    before = norm(doc.text[max(0, m.start - 12):m.start]).split()
    return m.kind == "nisba" and bool(before) and before[-1] in _GOVERNMENT


# a joining denied, refused, asked for or only intended has not happened
_NOT_DONE = {norm_token(c + w) for c in ("", "و", "ف") for w in (
    "لم", "لن", "لا", "ليس", "عدم", "نفت", "نفى", "تنفي", "ينفي", "رفضت", "رفض", "ترفض", "يرفض", "طلبت", "طلب",
    "تطلب", "يطلب", "تدرس", "يدرس", "تعتزم", "يعتزم", "تنوي", "ينوي", "تسعى", "يسعى", "دعا", "دعت", "تريد", "يريد",
    "دعوة", "دعوتها", "رغبة", "رغبتها", "رغبته", "استعداد", "استعدادها", "استعداده", "نية", "نيتها", "نيته",
    # a hope or wish (تأمل، تتطلع إلى، ترغب في، تفكر في)
    "تأمل", "يأمل", "تتمنى", "يتمنى", "تطمح", "يطمح", "ترغب", "يرغب", "تود", "يود", "تتطلع", "يتطلع", "تفكر",
    "يفكر", "مستعدة", "مستعد", "أملها", "أمله",
    # an expectation or a possibility (من المتوقع أن تنضم، يرجح، ربما)
    "المتوقع", "متوقع", "يتوقع", "تتوقع", "توقع", "توقعات", "المرجح", "يرجح", "ترجح", "المحتمل", "محتمل", "احتمال",
    "ربما", "إمكانية", "امكانية",
    # a necessity or a demand (ضرورة انضمام، يجب أن تنضم، طالب … بالانضمام، حث … على الانضمام)
    "ضرورة", "يجب", "ينبغي", "يتعين", "طالب", "طالبت", "يطالب", "تطالب", "مطالبة", "حث", "حثت", "يحث", "تحث",
    "ناشد", "ناشدت", "شجع", "شجعت", "حض", "حضت", "يناشد", "تناشد", "يشجع", "تشجع", "يحض", "تحض", "يدعو", "تدعو",
    "ندعو", "دعوا", "دعوته", "الدعوة", "نداء", "النداء", "نداءات", "ندائها", "ندائه", "طلبات", "طلبا", "الطلب",
    # a condition or a question (لو انضمت، إذا انضمت، في حال انضمام، هل تنضم)
    "لو", "إذا", "اذا", "حال", "حالة", "هل",
    # put off or put to a vote (أرجأ التصويت على الانضمام، علق، جمد)، or called for (رغم دعوات الانضمام)
    "أرجأ", "أرجأت", "أجل", "أجلت", "علق", "علقت", "جمد", "جمدت", "التصويت", "دعوات", "الدعوات", "مطالبات",
    # hesitated over, ruled out, objected to, avoided, waited on, prepared or planned for
    # (تتردد في الانضمام، استبعدت الانضمام، تستعد للانضمام، تخطط للانضمام)
    "تتردد", "يتردد", "ترددت", "تردد", "استبعد", "استبعدت", "يستبعد", "تستبعد", "تحفظ", "تحفظت", "تتحفظ", "يتحفظ",
    "تمانع", "يمانع", "مانعت", "عارض", "عارضت", "تعارض", "يعارض", "تتجنب", "يتجنب", "تجنبت", "امتنعت", "تمتنع",
    "يمتنع", "امتنع", "أحجمت", "تحجم", "يحجم", "تتريث", "يتريث", "تنتظر", "ينتظر", "تؤجل", "يؤجل", "تأجيل",
    "تستعد", "يستعد", "استعدت", "تتأهب", "تخطط", "يخطط", "خططت", "تتجه", "يتجه", "تفاوض", "تتفاوض", "مفاوضات",
    # done without it, or instead of it (من دون الانضمام، بدلا من الانضمام)
    "دون", "بدون", "بدل", "بدلا", "بدلاً",
    # a condition set, an offer, a candidacy, a discussion (اشترطت للانضمام، عرضت الانضمام، مرشحة
    # للانضمام، ناقش الوزراء انضمام): none has happened
    "اشترط", "اشترطت", "تشترط", "يشترط", "شروط", "شرط", "عرض", "عرضت", "تعرض", "يعرض", "مرشح", "مرشحة",
    "ترشح", "ترشيح", "ناقش", "ناقشت", "ناقشوا", "يناقش", "تناقش", "مناقشة", "بحث", "بحثت", "بحثوا", "يبحث",
    "تبحث")}


_ACCEPT = {norm_token(c + w) for c in ("", "و", "ف") for w in (
    "استجاب", "استجابت", "استجابوا", "لبى", "لبت", "لبوا", "قبل", "قبلت", "قبلوا", "وافق", "وافقت", "وافقوا")}
_CALL = {norm_token(c + w) for c in ("", "ل", "ب") for w in ("دعوة", "دعوات", "نداء")}
_REQUEST = {norm_token(c + w) for c in ("", "ل", "ب") for w in ("طلب", "طلبات")}


def _accepted_call(toks, k) -> int | None:
    """``استجاب لدعوة أوباما للانضمام``، ``قبلت دعوة الانضمام``، ``وافق التحالف على طلب
    الفلبين الانضمام``: the index of the verb of accepting a call or a request to join, a few
    words before the join word k, else None."""
    for j in range(max(0, k - 7), k):
        if toks[j].norm in _ACCEPT and any(t.norm in _CALL | _REQUEST for t in toks[j + 1:min(k, j + 5)]):
            return j
    return None


def _not_done(doc, toks, k) -> bool:
    """``نفت إيران انضمامها``، ``لم تنضم الصين``، ``طلبت إندونيسيا الانضمام``: a denial,
    refusal, request or intention up to six words before the join word, in its clause (six: an
    organ may stand between, لم يصادق البرلمان العراقي على الانضمام)."""
    if _accepted_call(toks, k) is not None:
        return False        # استجابت لدعوة … للانضمام: the call was answered
    if k > 0 and toks[k - 1].norm in ("قد", "وقد") and toks[k].norm[:1] in "تين":
        return True         # قد + the imperfect (قد تنضم) may happen; قد + the perfect (قد انضمت) did
    if _denied_after(doc, toks, k):
        return True
    lo = _clause_start(doc, toks, k)
    if _coordinated(doc, toks, k):     # رفضت ماليزيا إرسال قوات، والانضمام: the verb before governs it
        lo = _clause_start(doc, toks, k - 1)
        return any(toks[j].norm in _NOT_DONE for j in range(k) if toks[j].start >= lo)
    if any(toks[j].norm in _URGING for j in range(max(0, k - 12), k) if toks[j].start >= lo):
        return True         # تحض الولايات المتحدة وفرنسا هذا البلد على الانضمام: who urges and who is urged stand between
    return any(toks[j].norm in _NOT_DONE for j in range(max(0, k - 6), k) if toks[j].start >= lo)


# urging or calling someone to join: the urger and the one urged may stand between the verb and the join word
_URGING = {norm_token(c + w) for c in ("", "و", "ف") for w in (
    "حث", "حثت", "يحث", "تحث", "حض", "حضت", "يحض", "تحض", "ناشد", "ناشدت", "يناشد", "تناشد", "دعا", "دعت",
    "يدعو", "تدعو", "طالب", "طالبت", "يطالب", "تطالب", "شجع", "شجعت", "يشجع", "تشجع")}


# a predicate that denies the join noun it follows (انضمامها إلى التحالف غير مطروح، مستبعد)
_DENIED = {norm_token(w) for w in ("غير", "مستبعد", "مستبعدا", "مستبعداً", "ليس", "ليست", "مرفوض", "مرفوضا",
                                    # what it would need (الانضمام يتطلب موافقة البرلمان): not yet done
                                    "يتطلب", "يستلزم", "يحتاج", "يستدعي", "مشروط", "مرهون", "رهن")}


def _denied_after(doc, toks, k) -> bool:
    """``قالت الصين إن انضمامها إلى التحالف غير مطروح``: a join noun whose predicate, a few words
    on in its clause, denies it."""
    if toks[k].norm not in POSSESSED_JOIN and "انضمام" not in toks[k].norm and "التحاق" not in toks[k].norm:
        return False
    for j in range(k + 1, min(len(toks), k + 9)):
        if _clause_break_before(doc, toks, j) or _meaning_verb(toks[j].norm):
            return False
        if toks[j].norm in _DENIED and not (j + 1 < len(toks) and toks[j + 1].norm in THAT):
            return True         # (غير أن: "however", no denial)
    return False


def _meaning_verb(w: str) -> bool:
    """A verb that opens another predicate (جاء، يعكس، سيعزز): the join noun's predicate is that."""
    return w[:1] in "يت" and len(w) > 3 and w not in _DENIED or w in ("جاء", "جاءت", "كان", "كانت")


def _joiners(doc, idx, sent, toks, k, joiners) -> list[Mention]:
    """Who joined at the join word at token k: the list after it, the state right before it,
    the speaker's own (بلاده), else the subject of the verb it depends on (أعلنت تونس
    انضمامها، حصلت السويد على عضوية التحالف، زامبيا أصبحت عضوا)."""
    w = toks[k].norm
    after = _count_intro(toks, _past_coalition(doc, idx, toks, k), k)
    found = _list_after(doc, idx, toks, after, joiners) or \
        _state_before(doc, idx, toks, k, joiners) or _latest_after(doc, idx, toks, k, joiners) or \
        _own_state(doc, idx, sent, toks, k)
    if found:
        found = found + [m for m in _alongside(doc, idx, toks, max(after, _tok_at(toks, found[-1].end) - 1), joiners)
                         if m not in found]
    owned = w in POSSESSED_JOIN or w in _DEFINITE_JOIN or w in BECAME or \
        (w == "عضويه" and k > 0 and toks[k - 1].norm == "علي")
    if not found and w in _RESULT_JOIN | _MISTYPED_JOIN and w.startswith("ل") and _result_clause(doc, toks, k):
        return _sentence_subject(toks, k, joiners)
    a = _accepted_call(toks, k) if not found else None
    if a is not None:       # فرنسا هي البلد الوحيد الذي استجاب لدعوة … للانضمام: who answered
        lo, call = _clause_start(doc, toks, a), next(j for j in range(a + 1, k) if toks[j].norm in _CALL | _REQUEST)
        if toks[call].norm in _REQUEST:     # وافق التحالف على طلب الفلبين: who asked
            return [m for m in joiners if toks[call].end <= m.start < toks[k].start][:1]
        return [m for m in joiners if lo <= m.start < toks[call].start][-1:]     # before the verb, or after it (قبلت تونس دعوة)
    # أعلنت تونس أنها ستنضم: the pronoun after "that" is the subject of the verb it depends on
    told_of_itself = k > 0 and toks[k - 1].norm in _THAT_IT
    if found or owned or told_of_itself:
        return found or _subject_before(doc, idx.lex, toks, k, joiners) or _subject_after_fronted(doc, toks, k, joiners)
    # a join verb opening the clause after a headline topic (الكويت: انضمت إلى التحالف …)
    opens = all(t.norm in _BEFORE_VERB | {"كانت", "وكانت"} for t in toks[1:k])
    return _topic(doc, toks, joiners) if opens and not any(n in w for n in ("انضمام", "التحاق", "عضوي")) else []


_LATEST = {norm_token(c + w) for c in ("", "و") for w in ("آخرها", "أحدثها", "آخرهم", "أحدثهم")}
# "that it / they" right before a finite join verb (أنها ستنضم، بأنه سينضم)
_THAT_IT = {norm_token(c + w) for c in ("", "ب") for w in ("أنها", "أنه", "أنهم", "انها", "انه", "انهم")}
# joined together with others: إلى جانب (كل من) …، بجانب، رفقة، برفقة، مع
_ALONGSIDE = {norm_token(w) for w in ("جانب", "بجانب", "رفقة", "برفقة", "مع", "ومع")}


def _alongside(doc, idx, toks, k, joiners) -> list[Mention]:
    """``موريتانيا التحقت بالتحالف إلى جانب كل من اليمن وتشاد``: the states listed as joining
    along with the joiner (a few words after it or the coalition's name, in its clause) joined too."""
    for j in range(k + 1, min(len(toks), k + 7)):
        if _comma_before(doc, toks, j):
            break
        if toks[j].norm in _ALONGSIDE:      # (إلى جانب 9 دول عربية أخرى هي …: after the count's هي)
            return _list_after(doc, idx, toks, _count_intro(toks, j), joiners)
    return []


def _latest_after(doc, idx, toks, k, joiners) -> list[Mention]:
    """``انضمت إلى التحالف 85 دولة، آخرها توغو``: those who joined are counted, and the latest
    is named after آخرها / أحدثها."""
    j = next((j for j in range(k + 1, len(toks)) if toks[j].norm in _LATEST), None)
    return _list_after(doc, idx, toks, j, joiners) if j is not None else []


def _result_clause(doc, toks, k) -> bool:
    """``…، لتنضم بذلك إلى`` / ``لتنضم بذلك``: the join as the result of the clause before."""
    after_break = k > 0 and _comma_before(doc, toks, k)
    return after_break or any(t.norm in ("بذلك", "وبذلك") for t in toks[k + 1:k + 3])


def _sentence_subject(toks, k, joiners) -> list[Mention]:
    """The first joiner of the sentence before token k: the subject of its first verb (أعلنت
    سنغافورة أنها ستقدم …، لتنضم بذلك إلى …)."""
    before = [m for m in joiners if m.start < toks[k].start]
    return [min(before, key=lambda m: m.start)] if before else []


def _past_coalition(doc, idx, toks, k) -> int:
    """``انضمت إلى التحالف الدولي ضد داعش كل من …``، ``التحقت بالتحالف … كل من``: the joiners
    follow the coalition named right after the verb (after إلى, or with its ب / ل glued on);
    the index of the coalition's last token (k when it is not there)."""
    if k + 1 >= len(toks):
        return k
    at = k + 2 if toks[k + 1].norm in ("الي", "إلى") else k + 1
    if at >= len(toks):
        return k
    coal = next((m for m in _starting_at(doc, toks, at) if (idx.doc.entities[m.entity].subtype or "") == "coalition"),
                None)
    return _tok_at(toks, coal.end) - 1 if coal is not None else k


def _count_intro(toks, k, verb: int | None = None) -> int:
    """``انضمام ثلاث دول هي: A وB``، ``انضمت ثلاث دول إلى التحالف هي A وB``: the list opens
    after the count noun's هي/هما (the count noun after the join word ``verb``, the coalition
    maybe between); the index of the token the list follows (k itself when there is no such intro)."""
    verb = k if verb is None else verb
    for j in range(k + 1, min(len(toks), max(k, verb + 8) + 1)):
        if toks[j].norm in ("هي", "هما", "وهي", "وهما"):
            return j if any(toks[i].norm in _COUNT_NOUNS for i in range(verb + 1, j)) else k
    return k


def _subject_before(doc, lex, toks, k, joiners) -> list[Mention]:
    """The subject of the verb governing a possessed or definite join noun (``أعلنت تونس
    انضمامها``، ``قررت دول الناتو الانضمام``): the last joiner in the clause, a few words back."""
    joiners = [m for m in joiners if not _in_a_phrase(doc, lex, m, joiners)]
    lo = max(_clause_start(doc, toks, k), toks[max(0, k - 6)].start)
    before = [m for m in joiners if lo <= m.start < toks[k].start] or _subject_far_before(doc, toks, k, joiners)
    if not before and _coordinated(doc, toks, k):
        # قررت ليبيا تفعيل …، والانضمام إلى التحالف: the subject of the clause before
        prev = [m for m in joiners if _clause_start(doc, toks, k - 1) <= m.start < toks[k].start]
        return prev[:1]
    if before:
        return [max(before, key=lambda m: m.start)]
    # the owner's pronoun (انضمامها) may point at a headline topic; a bare الانضمام may not
    return _topic(doc, toks, joiners) if toks[k].norm in POSSESSED_JOIN else []


_FRONTED_TIME = {norm_token(c + w) for c in ("", "و") for w in ("بعد", "منذ", "عقب", "إثر", "اثر")}


def _subject_after_fronted(doc, toks, k, joiners) -> list[Mention]:
    """``وبعد انضمامها إلى التحالف، شاركت الفلبين …``: a joining fronted in a time clause, its
    pronoun pointing ahead to the subject of the verb after the comma that closes the clause."""
    if k == 0 or toks[k - 1].norm not in _FRONTED_TIME or toks[k].norm not in POSSESSED_JOIN:
        return []
    close = next((j for j in range(k + 1, min(len(toks), k + 10)) if _comma_before(doc, toks, j)), None)
    if close is None or close + 1 >= len(toks):
        return []
    return [m for m in joiners if m.start == toks[close + 1].start][:1]


def _topic(doc, toks, joiners) -> list[Mention]:
    """``البحرين: كانت من أوائل الدول التي أعلنت انضمامها``: a state set before a colon at the
    head of the sentence is the topic its subject-less clauses are about."""
    head = [m for m in joiners if toks and m.start == toks[0].start]
    if head and doc.text[head[0].end:head[0].end + 2].strip()[:1] == ":":
        return head[:1]
    return []


# prepositions: a state after one (في العراق، مع الأردن، عن مصر) is no verb's subject
_PREPOSITIONS = {norm_token(c + w) for c in ("", "و") for w in (
    "في", "مع", "من", "عن", "إلى", "الى", "على", "لدى", "عند", "بين", "حول", "نحو", "تجاه")}


def _in_a_phrase(doc, lex, m: Mention, joiners) -> bool:
    """``بعد محادثات مع المسؤولين في العراق والأردن``: the state (or the list it ends) follows a
    preposition, or has one glued on (بالعراق): the object of a phrase, not a subject."""
    if _place(doc, lex, m):
        return True
    first = m
    for s in sorted(joiners, key=lambda x: -x.start):     # back to the head of a coordination
        if s.end <= first.start and doc.text[s.end:first.start].strip() in ("", "،", ",") and \
                norm(first.text)[:1] == "و":
            first = s
    before = norm(doc.text[max(0, first.start - 8):first.start]).split()
    return bool(before) and before[-1] in _PREPOSITIONS


def _subject_far_before(doc, toks, k, joiners) -> list[Mention]:
    """``أعلنت الحكومة الأسترالية بعد اجتماع طارئ في كانبيرا مساء الأحد انضمامها``: an adverbial
    longer than the usual few words parts the verb's subject from the join noun; the subject is
    the first joiner of the clause (after its أن / إن, when the clause reports one)."""
    lo = _clause_start(doc, toks, k)
    that = [j for j in range(k) if toks[j].start >= lo and toks[j].norm in THAT]
    if that:
        lo = toks[that[-1]].end
    first = [m for m in joiners if lo <= m.start < toks[k].start]
    return first[:1]


def _coordinated(doc, toks, k) -> bool:
    """A definite join noun opening its clause with و (…، والانضمام): coordinated with a
    verbal noun of the clause before, it shares that clause's subject and verb."""
    return k > 0 and toks[k].norm[:1] == "و" and toks[k].norm in _DEFINITE_JOIN and _comma_before(doc, toks, k)


def _comma_before(doc, toks, k: int) -> bool:
    """A comma between token ``k`` and the one before it."""
    return bool(re.search(r"[،,]", doc.text[toks[k - 1].end:toks[k].start]))


def _add(doc, seen, m: Membership) -> None:
    key = (m.state, m.event)
    if key in seen:
        return
    seen.add(key)
    doc.memberships.append(m)


def _ev(doc, sent, start, method, conf) -> Evidence:
    end = sent.end
    return Evidence(doc.id, start, end, doc.text[start:end], sent.index, method, conf)


def _tok_at(toks, offset) -> int:
    for i, t in enumerate(toks):
        if t.start >= offset:
            return i
    return len(toks)


def _list_end(doc, toks, k, states) -> int:
    """Where the membership list after the verb at token k ends: the first clause break (a
    comma or semicolon) not followed by another item (a state, و + a state, or a list cue such
    as منها / بينها) — ``يضم 62 دولة، وإن طائرات التحالف … في العراق وسوريا`` lists nothing."""
    starts = {m.start for m in states}
    for j in range(k + 1, len(toks)):
        gap = doc.text[toks[j - 1].end:toks[j].start]
        if not _LIST_BREAK.search(gap):
            continue
        w = toks[j].norm
        if toks[j].start in starts or w in LIST_CUES or (w[:1] == "و" and w[1:] in LIST_CUES) or \
                (w == "و" and j + 1 < len(toks) and toks[j + 1].start in starts) or \
                any(toks[j].start < s < toks[j].end for s in starts):
            continue
        return toks[j - 1].end
    return toks[-1].end + 1 if toks else 0


_LIST_BREAK = re.compile(r"[،,؛;]")


_BEFORE_STATE = {norm_token(w) for w in ("جمهورية", "دولة", "مملكة", "وجمهورية", "الحكومة", "حكومة", "السلطات",
                                         "والحكومة", "وحكومة")}


def _list_after(doc, idx, toks, k, states) -> list[Mention]:
    """States coordinated right after token k (a name may start with جمهورية/دولة; a list
    may open with كل من)."""
    out = []
    i = k + 1
    while i < len(toks) and toks[i].norm in _ASIDES:  # انضمت، الاثنين، بنين / انضمت رسميا بنين
        i += 1
    if i + 1 < len(toks) and toks[i].norm == "كل" and toks[i + 1].norm == "من":
        i += 2
    while i < len(toks):
        m = next((s for s in states if s.start <= toks[i].start < s.end or toks[i].start <= s.start < toks[i].end), None)
        if m is None:
            # جمهورية بنين، الحكومة الصومالية، حكومة الصومال: the state inside its name or its government's
            if toks[i].norm in _BEFORE_STATE and i + 1 < len(toks):
                i += 1
                continue
            break
        if _place(doc, idx.lex, m):     # التحالف الدولي بالعراق: where, not who (ب glued on)
            break
        out.append(m)
        i = _tok_at(toks, m.end)
        gap = doc.text[m.end:toks[i].start] if i < len(toks) else ""
        if i < len(toks) and (toks[i].norm.startswith("و") or re.fullmatch(r"\s*[،,]\s*", gap)):
            continue
        break
    return out


# a state announced as the coalition's newest: العضو رقم 88 / العضو الـ88 / العضو السابع والثمانين
# (الدولة العضو رقم 86: العضو is no ordinal of الدولة),
# شريكا جديدا / عضوا جديدا / (ك)شريك جديد / الشريك الجديد / العضو الأحدث / آخر دولة تنضم
_NTH = re.compile(r"(?:العضو|الشريك|عضوا|شريكا)\s+(?:رقم\s+|ال\s*)?(\d{2,3})\b|الدوله\s+(?:رقم\s+|ال\s*)(\d{2,3})\b"
                  r"|(?:العضو|الشريك|الدوله)\s+الاحدث|اخر\s+(?:دوله|عضو)\s+(?:تنضم|ينضم|انضمت|انضم)"
                  r"|(?:العضو|الشريك|الدوله)\s+((?!العضو|الشريك)(?:ال\S+)(?:\s+وال\S+|\s+عشر)?)"
                  r"|(?:شريكا|عضوا)\s+جديدا|(?:الشريك|العضو)\s+الجديد|(?<!\S)ك?(?:شريك|عضو)\s+جديد\b"
                  r"|احدث\s+(?:عضو|الاعضاء|شريك|الشركاء|الدول|دوله)")


def _new_members(doc, idx, sent, meeting, seen) -> None:
    """``أصبحت غانا العضو رقم 88``، ``رحب التحالف ببنين شريكا جديدا``: the state named last
    before the phrase, in its clause, joined (with the count when the phrase gives one)."""
    n_text = norm(sent.text)
    for mt in _NTH.finditer(n_text):
        number = mt.group(1) or mt.group(2)
        count = int(number) if number else ordinal_value(mt.group(3)) if mt.group(3) else None
        if mt.group(3) and (count is None or count < 10):
            continue      # العضو المؤسس، الدولة الأولى and the like: no member's rank
        # the phrase's place in the raw sentence: the n-th occurrence of its first word
        head = mt.group(0).split()[0]
        nth = n_text[:mt.start()].split().count(head)
        toks = idx.toks[sent.index]
        hits = [t for t in toks if t.norm == head]
        if nth >= len(hits):
            continue
        at = hits[nth].start
        clause = max(sent.start, doc.text.rfind("،", sent.start, at) + 1, doc.text.rfind(".", sent.start, at) + 1)
        states = [m for m in doc.mentions_in(clause, at) if idx.etype(m.entity) == "state"
                  and m.kind in ("name", "short")]
        if states:
            _add(doc, seen, Membership(states[-1].entity, "joined", member_count_after=count, meeting=meeting,
                                       evidence=[_ev(doc, sent, clause, "membership:nth-member", 0.75)]))


_SELF = {norm(w) for w in ("بلاده", "بلادها", "بلادنا", "وبلاده", "وبلادها", "إن بلاده")}


def _own_state(doc, idx, sent, toks, k) -> list[Mention]:
    """``إن بلاده انضمت``: the state of the person speaking in this sentence, as a mention
    of that state (the speaker's own)."""
    # بلاده before the join word (إن بلاده انضمت) or owning it (انضمام بلاده)
    # or the subject of the verb governing it (إن بلاده قررت الانضمام)
    near = [j for j in (k - 1, k + 1, k - 2, k - 3) if 0 <= j < len(toks) and toks[j].norm in _SELF]
    if not near or (near[0] < k and toks[near[0]].start < _clause_start(doc, toks, k)):
        return []
    at = near[0]
    k = at + 1
    own = _nisba_subject(doc, idx, toks, at)
    if own:
        return [Mention(toks[at].start, toks[at].end, toks[at].text, own, kind="pronoun")]
    for c in doc.claims:
        ev = c.evidence[0] if c.evidence else None
        if ev is not None and ev.sentence == sent.index and c.speaker:
            state = idx.state_of(c.speaker) if idx.etype(c.speaker) == "person" else _title_state(doc, idx, c, ev)
            if state:
                return [Mention(toks[k - 1].start, toks[k - 1].end, toks[k - 1].text, state, kind="pronoun")]
    # a speaker of unknown nationality: the state that is the subject of the reported speech
    # before it (قال المومني إن الأردن يشارك …، وإن بلاده انضمت)
    for j in range(k - 2, 0, -1):
        if toks[j - 1].norm in ("ان", "إن", "بان"):
            m = next((x for x in doc.mentions_in(toks[j].start, toks[j].end + 1) if idx.etype(x.entity) == "state"
                      and x.kind == "name"), None)
            if m is not None:
                return [Mention(toks[k - 1].start, toks[k - 1].end, toks[k - 1].text, m.entity, kind="pronoun")]
    return []


def _nisba_subject(doc, idx, toks, at) -> str | None:
    """``أعلن المبعوث الأمريكي أن الرئيس السوري سيعلن انضمام بلاده``: بلاده is the country of
    the nearest person before it in the reported clause (after the first أن / إن), named by a
    title and nisba — not of whoever reports the clause; with no reported clause, in its own."""
    lo = _clause_start(doc, toks, at)
    that = [j for j in range(at) if toks[j].start >= lo and toks[j].norm in THAT]
    # no reported clause: the clause's own subject (الرئيس الصومالي يعلن انضمام بلاده)
    ments = doc.mentions_in(toks[that[0]].end if that else lo, toks[at].start)
    return next((m.entity for m in reversed(ments) if idx.etype(m.entity) == "state" and m.kind == "nisba"), None)


def _title_state(doc, idx, claim, ev) -> str | None:
    """A speaker named by a title alone (وزير الخارجية الغاني): the state of its nisba."""
    written = claim.speaker_as_written or (claim.speaker if isinstance(claim.speaker, str) else "")
    at = doc.text.find(written, ev.start, ev.end) if written else -1
    if at < 0 or idx.etype(claim.speaker) in ("state", "organization"):
        return None
    # by its adjective (وزير الخارجية الغاني) or its name in the title (وزير خارجية كينيا)
    return next((m.entity for m in doc.mentions_in(at, at + len(written))
                 if idx.etype(m.entity) == "state" and m.kind in ("nisba", "name", "short")), None)


_BEFORE_VERB = {norm_token(w) for w in ("التي", "الذي", "قد", "لقد", "بدورها", "بدوره", "أيضا", "أيضاً", "كانت", "كان")}


_ORDINALS = {norm_token(w) for w in ("أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر",
                                      "آخر", "أحدث")}
_STATE_NOUNS = {norm_token(w) for w in ("دولة", "بلد")}


def _before_nth_state(toks, j: int) -> int:
    """``الكونغو ثاني دولة أفريقية تنضم``: the token before "the Nth (regional) state" that
    ends at j, else j."""
    i = j
    while i >= 0 and toks[i].norm.endswith("يه") and i > 0 and toks[i - 1].norm not in _ORDINALS:
        i -= 1                    # أفريقية، عربية: the state noun's adjectives
    if i >= 1 and toks[i].norm in _STATE_NOUNS and toks[i - 1].norm in _ORDINALS:
        return i - 2
    return j


def _state_before(doc, idx, toks, k, states) -> list[Mention]:
    """``X التي انضمت`` / ``انضمت X`` already handled; the state right before the cue."""
    j = k - 1
    while j >= 0 and toks[j].norm in _BEFORE_VERB:  # موريتانيا قد انضمت، السنغال التي انضمت
        j -= 1
    j = _before_nth_state(toks, j)
    if j < 0:
        return []
    m = next((s for s in states if s.start <= toks[j].start < s.end), None)
    if m is not None and re.search(r"[:.؛;]", doc.text[m.end:toks[j + 1].start] if j + 1 < len(toks) else ""):
        return []       # الكويت: الانضمام …: a headline's topic, across a colon, is no subject next to it
    if m is None or (j == k - 1 and _in_a_phrase(doc, idx.lex, m, states)):
        return []       # مع المسؤولين في العراق انضمامها: a phrase's object, unless a relative (بالمغرب التي انضمت)
    # and the states coordinated before it (أستراليا وبلجيكا وهولندا انضمت)
    found = [m]
    for s in sorted(states, key=lambda x: -x.start):
        gap = doc.text[s.end:found[0].start].strip(" ")
        if s.end <= found[0].start and (gap in ("و", "،", ",", "، و", "،و", ", و")
                                        or (gap == "" and found[0].text[:1] == "و")):
            found.insert(0, s)
    return found


_RANK_NUMBER = re.compile(r"(?:العضو|الشريك|الدوله)\s+(?:العضو\s+)?(?:رقم\s+|ال\s*)(\d{2,3})\b")


def _count_after(doc, lex, sent, toks, k) -> int | None:
    seg_start = toks[k].end
    seg = doc.text[seg_start:sent.end]
    n = norm(seg)
    num = _RANK_NUMBER.search(n)     # لتصبح الدولة العضو رقم 84
    if num:
        return int(num.group(1))
    for rank in ("العضو", "الدوله"):     # لتصبح العضو الرابع والثمانين، لتكون الدولة التسعين
        if rank in n:
            raw = "الدولة" if rank == "الدوله" else rank
            v = ordinal_value(seg[seg.find(raw):] if raw in seg else seg)
            if v and v > 10:
                return v
    words = n.split()
    if not any(w in COUNT_WORDS or w.startswith(("عدد", "العدد")) for w in words):
        return None
    for a in find_amounts(doc.text, seg_start, sent.end, lex):
        if not a.currency and not a.percent and 10 <= a.value <= 400 and not a.year_like:
            before = norm(doc.text[max(seg_start, a.start - 60):a.start])
            if "عدد" in before or "اعضاء" in before or "الاعضاء" in before:
                return int(a.value)
    return None


# words of a time phrase set off by commas inside a clause (أعلنت سوريا، يوم الاثنين، انضمامها)
_TIME_WORDS = {norm_token(w) for w in ("يوم", "اليوم", "أمس", "مساء", "صباح", "الأحد", "الاثنين", "الإثنين",
                                       "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")}


# words that may stand between a join verb and who joined: when, and how
_ASIDES = _TIME_WORDS | {norm_token(w) for w in ("رسميا", "رسمياً", "أيضا", "أيضاً", "كذلك", "بدورها", "بدوره",
                                                 "مؤخرا", "مؤخراً", "حديثا", "حديثاً", "أخيرا", "أخيراً", "لاحقا", "لاحقاً",
                                                 # this / last year, month, week (هذا العام، العام الماضي)
                                                 "هذا", "هذه", "العام", "الشهر", "الأسبوع", "السنة", "الماضي",
                                                 "الماضية", "الجاري", "الحالي", "خلال",
                                                 # the pronoun of a relative clause (الذي انضمت إليه مصر)
                                                 "إليه", "اليه", "له", "به")}


def _clause_start(doc, toks, k) -> int:
    """Where the clause holding token ``k`` starts: after the last punctuation before it, a
    time phrase between commas aside."""
    j = k
    while j > 0:
        gap = doc.text[toks[j - 1].end:toks[j].start]
        if re.search(r"[،,.؛;:]", gap):
            aside = _time_aside(doc, toks, j)
            if aside is None:
                break
            j = aside
            continue
        j -= 1
    return toks[j].start


def _time_aside(doc, toks, j: int) -> int | None:
    """The token before a time phrase of at most three words that ends with a comma right
    before token ``j`` and starts after one; None when the words before ``j`` are not that."""
    for x in range(j - 1, max(0, j - 4) - 1, -1):
        if x == 0 or toks[x].norm not in _TIME_WORDS:
            return None
        if _comma_before(doc, toks, x):
            return x - 1
    return None


# --- designations ------------------------------------------------------------------------------
def _designations(doc: Document, lex, idx: ActorIndex) -> None:
    common = getattr(lex, "common_folded", {}) or {}
    done = set()
    for sent in doc.sentences:
        if not _SANCTION_HINT.search(sent.text):
            continue
        toks = idx.toks[sent.index]
        words = [t.norm for t in toks]
        for k in range(len(words)):
            hit = None
            for seq in SANCTION_CUES:
                w0 = words[k]
                if (w0 == seq[0] or (w0[:1] in "وف" and w0[1:] == seq[0])) and words[k + 1:k + len(seq)] == list(seq[1:]):
                    hit = seq
                    break
            if not hit:
                continue
            if hit[0] in ("تصنيف", "ادرج", "ادرجت", "ادراج", "صنفت", "صنف", "وضع"):
                # a listing: "… على قائمة" / "… كإرهابي" must follow in the sentence
                rest = norm(doc.text[toks[k].end:sent.end])
                if not re.search(r"علي (?:قائم|لائح)|كارهاب|ارهابي", rest):
                    continue
            start_i = k + len(hit)
            target, t_start, t_end = _target(doc, lex, idx, sent, toks, start_i, common)
            if not target or target in done:
                continue
            done.add(target)
            by = _by(doc, idx, sent, toks, k)
            ctx_bg = bool(re.search(r"كان(?:ت)? قد|الماضي", norm(doc.text[sent.start:sent.end])))
            ev = Evidence(doc.id, sent.start, sent.end, sent.text, sent.index, "designation:cue", 0.7)
            d = Designation(target=target, by=by, action="sanctions", evidence=[ev])
            doc.designations.append(d)
            if ctx_bg:
                d.action = "sanctions (earlier listing)"


def _target(doc, lex, idx, sent, toks, i, common):
    """The person after the cue: a known person mention, else the rare (name-like) words
    right before the next comma."""
    text = doc.text
    stop = sent.end
    m = re.search(r"[،,]", text[toks[i].start if i < len(toks) else sent.end:sent.end])
    if m and i < len(toks):
        stop = toks[i].start + m.start()
    for x in doc.mentions:
        if i < len(toks) and toks[i].start <= x.start < stop and idx.etype(x.entity) in ("person", "organization") \
                and not idx.bogus(x.entity) and (lex.info.get(x.entity) or {}).get("subtype") != "terrorist_group":
            return x.entity, x.start, x.end
    # name-like words before the comma
    j = _tok_at(toks, stop) - 1
    name = []
    while j >= i and len(name) < 4:
        w = toks[j].norm
        if w in NAME_STOP or common.get(w, 0) >= 4.2 or w.startswith("ال") and common.get(w[2:], 0) >= 4.2:
            break
        name.insert(0, toks[j])
        j -= 1
    if not name:
        return None, -1, -1
    a, b = name[0].start, name[-1].end
    surface = text[a:b]
    key = "person:" + norm(surface)
    # a later short form (جيبو) of a target already known
    for e in doc.entities.values():
        if e.type == "person" and norm(surface) in [norm(s).split()[-1] for s in e.surfaces] + [norm(s) for s in e.surfaces]:
            return e.key, a, b
    if key not in doc.entities:
        doc.entities[key] = Entity(key=key, type="person", name_ar=surface, surfaces=[surface])
        doc.mentions.append(Mention(a, b, surface, key, "name", sent.index))
        doc.mentions.sort(key=lambda m: (m.start, -m.end))
        last = surface.split()[-1]
        if len(surface.split()) > 1:  # the surname alone later in the article
            for s in doc.sentences:
                for mm in re.finditer(r"(?<!\w)" + re.escape(last) + r"(?!\w)", s.text):
                    if s.start + mm.start() != b - len(last):
                        doc.entities[key].add_surface(last)
                        break
    return key, a, b


def _by(doc, idx, sent, toks, k) -> str | None:
    # the claim carrying the cue, else a state/ministry named before it in the sentence
    for c in doc.claims:
        ev = c.evidence[0] if c.evidence else None
        if ev and ev.sentence == sent.index and ev.start <= toks[k].start < ev.end + 1 and c.speaker:
            st = idx.state_of(c.speaker)
            if st:
                return st
    for m in reversed(doc.mentions_in(sent.start, toks[k].start)):
        st = idx.state_of(m.entity)
        if st:
            return st
    return None


# --- roles -------------------------------------------------------------------------------------
def _roles(doc: Document, lex, idx: ActorIndex) -> None:
    seen = set()
    for m in doc.mentions:
        if idx.etype(m.entity) != "person" or idx.bogus(m.entity) or m.entity in seen:
            continue
        title = idx.person_titles.get(m.entity)
        if not title:
            continue
        seen.add(m.entity)
        row = idx.titles.get(tuple(norm(title).split())) or {}
        a, b = _title_span(doc, m, title)
        ev = Evidence(doc.id, a, b, doc.text[a:b], m.sentence, "role:title+name", 0.8)
        doc.roles.append(Role(person=m.entity, title=title, role_en=row.get("role_en"),
                              state=idx.affiliation.get(m.entity), evidence=[ev]))


def _title_span(doc, m: Mention, title: str) -> tuple[int, int]:
    """The evidence of a role: the person's mention with his title where its sentence gives it,
    before the name or after it (فلان، وزير الخارجية); the mention alone when it does not."""
    sent = doc.sentences[m.sentence] if 0 <= m.sentence < len(doc.sentences) else None
    lo, hi = (sent.start, sent.end) if sent else (m.start, m.end)
    a = doc.text.find(title, lo, hi)
    if a < 0:
        return m.start, m.end
    return min(a, m.start), max(a + len(title), m.end)
