"""Pledges: an amount of money (digits or words, with its qualifier and currency) governed
by a pledge cue (``pledge_verbs.yaml``: verbs, phrases and aid nouns, each with a status).

- **status**: the nearest cue before the amount decides (``بهدف جمع``/``تعبئة``/``عجز تمويلي``
  → target; ``قدمت``/``أنفقت`` → past; ``تعهد``/``ستقدم``/``أعلن تخصيص``/aid nouns → new); a past
  time marker in the clause (``خلال السنة الماضية``، ``في آب الماضي``، ``وكانت … قد``) makes a
  contribution past.
- **donor**: the subject of the cue verb (after it, else right before it in the clause:
  ``أن واشنطن ستقدم``، ``وكانت السعودية قد قدمت``، ``أما المغرب، فقد رصد``); a person stands
  for the state they serve (``وزير الخارجية الأميركي`` → United States); a nationality on the
  contribution noun (``مساهمة أمريكية``) or ``بلاده/لبلادها`` (the speaker's state); a collective
  (``ثماني دول أعضاء`` → Coalition members (8)); the coalition's own ministers raise money
  for the coalition (donor Global Coalition).
- **announcer**: the person who announced it (subject, else the sentence's speaker).
- purpose: the words after the amount up to the clause end; recipients: states in them.
The same donor/amount/currency/status twice in one article is one pledge.
"""
from __future__ import annotations

import dataclasses
import re

from .actors import COALITION_MINISTERS, COUNTED_MEMBERS, GLOBAL_COALITION, THAT, ActorIndex
from .dates import doc_dates, weekday_table
from .document import Document
from .facts import Evidence, Pledge
from .lexicon import compiled
from .normalize import norm, norm_token, word_tokens
from .numbers import ANOTHER, bare_dollars, money, resolve_currency, sentence_amounts
from .stages import stage

PAST_TIME = [norm(w) for w in ("الماضي", "الماضية", "السابق", "السابقة", "حتى الآن", "منذ عام", "خلال العام",
                               "في وقت سابق")]
# "already" between a verb of giving and its amount
_ALREADY = {norm_token(w) for w in ("بالفعل", "فعلا", "فعلاً")}
# "additional" between a past verb of giving and its amount (بمبلغ إضافي قدره، منحة إضافية بقيمة)
_ADDITIONAL = {norm_token(w) for w in ("إضافية", "إضافي", "إضافيا")}
SELF_STATE = {norm_token(w) for w in ("بلاده", "لبلاده", "بلادها", "لبلادها", "بلادهم", "لبلادهم", "بلادي", "حكومته",
                                      "لحكومته", "حكومتها")}


def cue_table(lex) -> dict[str, list]:
    """The pledge cues of ``pledge_verbs.yaml`` indexed by first word, built once per lexicon."""
    return compiled(lex, "pledge_cues", _build_cue_table)


def _build_cue_table(lex) -> dict[str, list]:
    out = []
    for row in lex.data.get("pledge_verbs") or []:
        if not isinstance(row, dict):
            continue
        status, kind = row.get("status") or "new", row.get("kind") or "verb"
        for f in row.get("forms") or []:
            words = tuple(norm(f).split())
            if words:
                out.append((words, status, kind))
    out.sort(key=lambda x: -len(x[0]))
    return _cue_index(out)


_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "وس", "فس")


def _cue_index(cues) -> dict[str, list]:
    idx: dict[str, list] = {}
    for seq, status, kind in cues:
        for p in _PREFIXES:
            idx.setdefault(p + seq[0], []).append((seq, status, kind))
    return idx


# the future written apart (سوف تقدم) is the future of the verb's سـ form (ستقدم)
_WILL = {norm_token(w) for w in ("سوف", "وسوف", "فسوف")}


def _match_cue(words: list[str], i: int, cues):
    """The longest cue starting at word i (first word may carry و/ف/ب/ل, and س for verbs);
    a verb phrase may have its subject inside (أعلن بلينكن تخصيص)."""
    if i > 0 and words[i - 1] in _WILL and not words[i].startswith("س"):
        hit = _match_cue(words[:i] + ["س" + words[i]] + words[i + 1:], i, cues)
        if hit and hit[1] == "new":
            return hit
    for seq, status, kind in cues.get(words[i], ()):
        n = len(seq)
        if words[i + 1:i + n] == list(seq[1:]):
            return n, status, kind
        if n > 1 and kind in ("phrase", "receive"):     # its subject between (حصل العراق على)
            rest = list(seq[1:])
            for g in range(i + 2, min(len(words), i + 6)):
                if words[g:g + len(rest)] == rest:
                    return g + len(rest) - i, status, kind
    return _with_object_pronoun(words[i], cues)


def _with_object_pronoun(w: str, cues):
    """``التي قدمتها الولايات المتحدة``، ``رصدتها``: a one-word verb cue with its object pronoun
    glued on (ه only after ت: a final ه may be a folded ة, منحه = منحة)."""
    for p in ("هما", "هم", "ها", "ه"):
        stem = w[:-len(p)]
        if not w.endswith(p) or len(stem) < 3 or (p == "ه" and not stem.endswith("ت")):
            continue
        for seq, status, kind in cues.get(stem, ()):
            if len(seq) == 1 and kind == "verb":
                return 1, status, kind
    return None


@stage(needs=("sentences", "mentions", "entities", "meetings", "actors"), adds=("pledges",))
def find_pledges(doc: Document, lex) -> Document:
    idx: ActorIndex = doc.actors
    cues = cue_table(lex)
    meeting = next((m.key for m in doc.meetings if not m.announced and m.kind in ("ministerial", "virtual_ministerial")),
                   doc.meetings[0].key if doc.meetings else None)
    seen = set()
    before: Pledge | None = None    # the last pledge of the sentence before
    for sent in doc.sentences:
        amounts = [a for a in money(sentence_amounts(doc, sent, lex)) if not a.percent]
        if not amounts:
            before = None
            continue
        toks = idx.toks[sent.index]
        words = [t.norm for t in toks]
        prev_end, prev, last = sent.start, None, None
        # وبذلك يصل إجمالي المساهمات الألمانية إلى: the total the sentence before brings the donor to
        thereby = before if words and words[0] in _THEREBY else None
        for amt in amounts:
            p = _pledge(doc, lex, idx, sent, toks, words, cues, amt, prev_end, meeting) or \
                _pledge_after(doc, idx, toks, words, cues, amt, prev) or _pledge_gapped(doc, idx, amt, prev_end, last) or \
                _total_so_far(doc, sent, toks, words, amt, prev_end, last or thereby) or \
                _sum_from_giver(doc, idx, sent, amt, prev_end, last, meeting)
            p = _gapped_giver(doc, idx, toks, amt, p, last) if p is not None else None
            prev_end, last = amt.end, p
            if p is None:
                continue
            prev = p
            for q in [p] + _each_of(doc, idx, sent, amt, p):
                # the same donor and sum again is the same money retold (قدمت ... / تقديم ...)
                key = (q.donor, round(q.amount), q.currency)
                if (key in seen or _total_retold(q, seen) or _retold_in_bare_dollars(q, amt, seen)
                        or _retold_rounded(q, seen)) and not _another(doc, amt):
                    continue
                seen.add(key)
                doc.pledges.append(q)
        before = prev
    return doc




def _gapped_giver(doc, idx: ActorIndex, toks, amt, p: Pledge, last: Pledge | None) -> Pledge:
    """``… قدمتها السعودية، و50 مليونًا الإمارات``: a sum joined by و and followed at once by a
    state that ends the clause, its verb left out, is that state's, told as the sum before it."""
    if not re.search(r"(?:^|[\s،,])و\s*$", doc.text[max(0, amt.start - 3):amt.start]):
        return p
    ai = _tok_index(toks, amt.end)
    if ai >= len(toks) or doc.text[amt.end:toks[ai].start].strip():
        return p
    giver = next((m for m in doc.mentions_in(toks[ai].start, toks[ai].end + 60)
                  if m.start == toks[ai].start and idx.etype(m.entity) in _GIVER_TYPES), None)
    if giver is None or giver.entity == p.donor or not re.match(r"\s*(?:[،,.؛]|و|$)", doc.text[giver.end:giver.end + 3]):
        return p
    name, written = norm(doc.entities[giver.entity].name_ar or ""), norm(giver.text)
    if written[:1] in "لب" and name and not written.startswith(name[:3]):
        return p     # و75 مليون يورو لسوريا، للأردن: the one it is for
    return dataclasses.replace(p, donor=giver.entity, donor_as_written=giver.text,
                               status=last.status if last is not None else p.status)


def _total_retold(q: Pledge, seen) -> bool:
    """A sum told with a bare noun (مع مبلغ إجمالي قيمته 30 مليار) that the donors together were
    already given: their total said again, not the announcer's own money."""
    return q.evidence[0].method == "pledge:noun+amount" and ("Donor states", round(q.amount), q.currency) in seen


def _retold_in_bare_dollars(q: Pledge, amt, seen) -> bool:
    """``158 مليون دولار كندي`` told first, ``مبلغ الـ158 مليون دولار`` later: the donor's same sum
    in its own dollars, retold without the adjective."""
    return bare_dollars(amt) and any(k[0] == q.donor and k[1] == round(q.amount) and k[2] != "USD" for k in seen)


def _retold_rounded(q: Pledge, seen) -> bool:
    """``تعهدت بتخصيص 148 مليون دولار`` in the lead, ``ستخصص 148,7 مليون دولار`` further on: the
    donor's same sum, rounded once (within 1 %)."""
    return any(k[0] == q.donor and k[2] == q.currency and abs(k[1] - q.amount) <= 0.01 * max(k[1], q.amount)
               for k in seen)


def _another(doc, amt) -> bool:
    """``مليار دولار آخر``: a further sum of the same size, not the same money retold (إضافية
    says more than before, not another of these)."""
    return bool(ANOTHER.match(doc.text, amt.end))


# raising money: a goal (بهدف جمع، لجمع) unless told as done — جمعوا، تم جمع، أعلنت الكويت جمع
_RAISE = {norm_token(w) for w in ("جمع", "جمعوا", "جمعت", "جمعنا")}
_RAISED_DONE = {norm_token(w) for w in ("جمعوا", "جمعت", "جمعنا")}
_INTENT = {norm_token(w) for w in ("عزم", "عزمها", "عزمه", "نية", "نيتها", "تسعى", "يسعى", "تهدف", "يهدف", "تأمل",
                                   "يأمل", "هدف", "بهدف", "تعتزم", "يعتزم")}


_COMMA = re.compile(r"[،,؛;]")


def _raising_word(text, toks, words, lo: int, ci: int) -> int:
    """The raising word before the sum in the cue's clause, else the cue's index: جمع may govern
    the gift noun the cue table knows (وجمع مؤتمر المانحين … تعهدات بقيمة …), nearer the sum."""
    for i in range(ci, lo - 1, -1):
        if words[i] in _RAISE or (words[i][:1] in "وف" and words[i][1:] in _RAISE):
            return i
        if i > 0 and _COMMA.search(text[toks[i - 1].end:toks[i].start]):
            break
    return ci


_BACK_THEN = {norm_token(w) for w in ("الماضي", "الماضية", "المنصرم", "المنصرمة", "السابق", "السابقة")}


def _raised_back_then(doc, sent, toks, words, ci: int, amt, meeting) -> Pledge | None:
    """An actor that raised money in a time gone by (أن التحالف جمع العام الماضي 445 مليون دولار):
    the verb after its subject, told of a past year or month — money already raised, the actor's."""
    if ci == 0 or _BACK_THEN.isdisjoint(words[ci + 1:ci + 4]):
        return None
    subject = next((m for m in doc.mentions_in(max(0, toks[ci - 1].start - 60), toks[ci - 1].end)
                    if m.end == toks[ci - 1].end and (doc.entities.get(m.entity) or _NOTHING).type in ("state", "organization")), None)
    if subject is None:
        return None
    start, end = subject.start, _clause_end(doc, amt.end, sent.end)
    ev = Evidence(doc.id, start, end, doc.text[start:end], sent.index, "pledge:raised+amount", 0.6)
    return Pledge(donor=subject.entity, amount=float(amt.value), currency=amt.currency, qualifier=_qual(amt.qualifier),
                  status="past", meeting=meeting, evidence=[ev], donor_as_written=subject.text)


class _Nothing:
    type = None


_NOTHING = _Nothing()


def _raised(doc, sent, toks, words, ci: int, lo: int, amt, meeting) -> Pledge | None:
    """Money told as raised (إنهم جمعوا أكثر من مليارى دولار، أعلنت الكويت … جمع مبلغ 30 بليون
    دولار، تم جمع …): what the donors pledged together, not the announcer's own and no goal."""
    w = words[ci][1:] if words[ci][:1] in "وف" and words[ci][1:] in _RAISE else words[ci]
    if w not in _RAISE or amt.currency is None:
        return None
    before = words[max(0, ci - 12):ci]
    # جمع opening its clause is the past verb (وجمع المؤتمر أكثر من …), not the verbal noun
    opens = ci == 0 or (words[ci] in ("وجمع", "فجمع") and bool(re.search(r"[.،,:؛]", doc.text[toks[ci - 1].end:toks[ci].start])))
    prev = words[ci - 1].removeprefix("و") if ci > 0 else ""
    done = w in _RAISED_DONE or prev in ("تم", "جري", "بعد") or (opens and w == "جمع") or \
        any(y in _ANNOUNCING or y in ("تعلن", "يعلن") for x in before for y in (x, x[1:] if x[:1] in "وف" else x))
    if not _INTENT.isdisjoint(before):
        return None
    if not done:
        return _raised_back_then(doc, sent, toks, words, ci, amt, meeting)
    start, end = toks[ci].start, _clause_end(doc, amt.end, sent.end)
    ev = Evidence(doc.id, start, end, doc.text[start:end], sent.index, "pledge:raised+amount", 0.65)
    return Pledge(donor="Donor states", amount=float(amt.value), currency=amt.currency, qualifier=_qual(amt.qualifier),
                  status="new", meeting=meeting, evidence=[ev], donor_as_written=toks[ci].text)


# the partners or allies a recipient got the money from: the coalition as a body
_PARTNERS = {norm_token(w) for w in ("شركائها", "شركائه", "شركائنا", "الشركاء", "حلفائها", "حلفائه", "الحلفاء",
                                     "شركاؤها", "شركاؤه")}


def _received(doc, idx: ActorIndex, sent, toks, amt, cue, meeting) -> Pledge | None:
    """Money a recipient got (``ضمنت الحصول على 300 مليون دولار من شركائها``): the donor is
    who it came from, after ``من``; none named, no pledge (the recipient is no donor)."""
    ai = _tok_index(toks, amt.end)
    before = _from_before(doc, idx, toks, cue, _tok_index(toks, amt.start))
    if before is not None:
        (donor, nxt), ai = before, _tok_index(toks, amt.start)
    else:
        ai = _past_giving_word(toks, ai)
        if ai + 1 >= len(toks) or toks[ai].norm != "من" or amt.currency is None:
            return None
        nxt = toks[ai + 1]
        donor = _giver_at(doc, idx, nxt, toks[ai + 2] if ai + 2 < len(toks) else None)
    if donor is None or amt.currency is None:
        return None
    if (idx.lex.info.get(donor) or {}).get("subtype") == "coalition":
        donor = GLOBAL_COALITION    # the coalition gives as one body, however the text names it
    start = toks[cue[0]].start
    end = _clause_end(doc, max(nxt.end, amt.end), sent.end)
    ev = Evidence(doc.id, start, end, doc.text[start:end], sent.index, "pledge:received+amount", 0.65)
    # goods with their value, received (تسلم الجانب العراقي ممتلكات بقيمة …): delivered, so past
    goods = any(t.norm in _GOODS for t in toks[cue[0]:_tok_index(toks, amt.start)])
    return Pledge(donor=donor, amount=float(amt.value), currency=amt.currency, qualifier=_qual(amt.qualifier),
                  status="past" if goods else "new", meeting=meeting, evidence=[ev], donor_as_written=nxt.text)


_GOODS = {norm_token(w) for w in ("ممتلكات", "معدات", "أسلحة", "اسلحة", "أصول", "تجهيزات", "آليات", "مركبات",
                                   "ذخائر", "مواد", "عتاد", "معدات عسكرية", "ذخيرة", "أعتدة", "اعتدة", "عجلات",
                                   "مدرعات", "أجهزة", "اجهزة", "طائرات", "دبابات", "سيارات", "شحنة", "شحنات")}


# a word of giving between a received sum and its giver (بقيمة … مقدمة من التحالف، بتمويل من)
_GIVEN_BY = {norm_token(w) for w in ("مقدمة", "مقدم", "المقدمة", "المقدم", "ممنوحة", "ممولة", "بتمويل", "هدية",
                                     "بدعم", "تبرعا", "تبرع", "منحة")}


_MORE_LESS = {norm_token(w) for w in ("أكثر", "أقل", "يقرب", "أزيد", "أدنى")}


def _past_giving_word(toks, ai: int) -> int:
    """The token index of من after a received sum, stepping over one word of giving or the sum
    said again (… دولارات، أي ما يقارب 3 ملايين دولار من قوات التحالف)."""
    if ai < len(toks) and toks[ai].norm == "اي":
        ai = next((j for j in range(ai + 1, min(len(toks), ai + 10))
                   if toks[j].norm == "من" and toks[j - 1].norm not in _MORE_LESS), ai)
    return ai + 1 if ai + 1 < len(toks) and toks[ai].norm in _GIVEN_BY and toks[ai + 1].norm == "من" else ai


def _giver_at(doc, idx: ActorIndex, tok, after=None):
    """The state or organisation named at this token (the partners: the coalition), or at the
    token ``after`` it (الحكومة السويدية: the state by its adjective)."""
    if tok.norm in _PARTNERS:
        return GLOBAL_COALITION
    end = after.end if after is not None else tok.end
    # the name may run on past these tokens (قوات التحالف الدولي): it need only start within them
    return next((m.entity for m in doc.mentions_in(tok.start, end + 60)
                 if idx.etype(m.entity) in _GIVER_TYPES and m.start <= end and m.end > tok.start), None)


_GIVER_TYPES = ("state", "organization", "coalition")     # the coalition gives as a body too


def _from_before(doc, idx: ActorIndex, toks, cue, ai: int):
    """``تلقيه مساهمة من الحكومة السويدية بـ12 مليون دولار``: the giver after من between the
    verb of receiving and the amount — (donor, its first token), or None."""
    for j in range(ai - 1, cue[0], -1):
        if toks[j].norm == "من" and j + 1 < ai:
            donor = _giver_at(doc, idx, toks[j + 1], toks[j + 2] if j + 2 < ai else None)
            if donor is not None:
                return donor, toks[j + 1]
    return None


def _pledge_after(doc, idx: ActorIndex, toks, words, cues, amt, prev: Pledge | None) -> Pledge | None:
    """An amount whose cue follows it in a relative clause, after an amount of the same
    donor (``ستقدم 148 مليون دولار ضمن 601 مليون دولار تعهدت بجمعها``): the relative
    clause's subject is that donor; its cue's status (a target, new, or given: past)."""
    if prev is None:
        return None
    ai = _tok_index(toks, amt.end)
    if ai < len(toks) and re.search(r"[،,.؛;:]", doc.text[amt.end:toks[ai].start]):
        return None
    # a relative clause has a verb (تعهدت بجمعها، قدمتها): a noun after the sum (لدعم، مساعدات) is none
    at = [(i, h) for i in range(ai, min(len(words), ai + 3))
          if (h := _match_cue(words, i, cues)) and h[2] in ("verb", "phrase")]
    hits = [h for _, h in at]
    # … تضاف إلى 60 مليون يورو قدمتها سابقا: a relative clause of giving done is money given
    status = "target" if any(h[1] == "target" for h in hits) else \
        "past" if hits and all(h[1] == "past" for h in hits) else "new" if hits else None
    if status is None:
        return None
    if words[ai:ai + 1] in (["منها"], ["منه"]):
        status = prev.status     # 150 مليونًا منها قدمتها السعودية: a share of that sum, told as it was
    end = _clause_end(doc, amt.end, doc.sentences[prev.evidence[0].sentence].end)
    ev = Evidence(doc.id, amt.start, end, doc.text[amt.start:end], prev.evidence[0].sentence,
                  "pledge:amount+relative", 0.6)
    # a share given by another (150 مليونًا منها قدمتها السعودية): the verb's own subject after it
    own = _giver_at(doc, idx, toks[at[0][0] + 1], None) if at[0][0] + 1 < len(toks) else None
    return Pledge(donor=own or prev.donor, amount=float(amt.value), currency=amt.currency or prev.currency,
                  qualifier=_qual(amt.qualifier), status=status, announcer=prev.announcer, purpose=None,
                  recipients=[], meeting=prev.meeting, evidence=[ev],
                  donor_as_written=toks[at[0][0] + 1].text if own else prev.donor_as_written)


_EACH = re.compile(r"(?:^|\s)(?:و|ف)?كل من\s")


def _each_of(doc, idx: ActorIndex, sent, amt, p: Pledge) -> list[Pledge]:
    """``تعهدت كل من النرويج والدنمارك بتقديم 20 مليون دولار``: each state of the list the
    donor heads gives the sum too."""
    lo = max((m.end() for m in _EACH.finditer(doc.text, sent.start, amt.start)), default=None)
    if lo is None:
        return []
    states, at = [], lo
    for m in doc.mentions_in(lo, amt.start):
        if idx.etype(m.entity) != "state" or m.kind not in ("name", "short"):
            continue
        between = doc.text[at:m.start]
        if states and not (m.text.startswith("و") and not between.strip()) and between.strip() not in ("و", "،", ","):
            break
        states.append(m)
        at = m.end
    if len(states) < 2 or p.donor not in {m.entity for m in states}:
        return []
    return [dataclasses.replace(p, donor=m.entity, donor_as_written=m.text) for m in states if m.entity != p.donor]


_AND = re.compile(r"\s*[،,]?\s*و\s*")
_AND_STATE = re.compile(r"\s*[،,]?\s*و?\s*")    # the mention may carry its و (والبحرين)
_BY = re.compile(r"\s*(?:ب|بـ|بمبلغ|بنحو)?\s*")
# a sum's own recipient or year before the next sum (50 مليون يورو للعراق و30 مليوناً لسوريا، … في
# 2016 و70 مليوناً في 2017): a short phrase, no verb, so the next sum is still the same donor's
# a short phrase of up to three words, no clause mark in it (its recipient: للعراق، في 2016)
_SHORT_PHRASE = r"[^\s،,.؛:]+(?:\s+[^\s،,.؛:و][^\s،,.؛:]*){0,2}"
_FOR_AND = re.compile(r"\s*(?:لل|ل|إلى\s+|الى\s+|في\s+|عبر\s+)" + _SHORT_PHRASE + r"\s*[،,]?\s*و\s*")


def _pledge_gapped(doc, idx: ActorIndex, amt, prev_end: int, last: Pledge | None) -> Pledge | None:
    """A sum coordinated right after a pledge, its verb not repeated: the same donor's
    (``25 مليون يورو و10 ملايين دولار``) or the state written between (``…، والبحرين بـ 10
    ملايين``), with that pledge's status."""
    if last is None:
        return None
    gap = doc.text[prev_end:amt.start]
    donor, written = last.donor, last.donor_as_written
    if not _AND.fullmatch(gap) and not _FOR_AND.fullmatch(gap):
        states = [m for m in doc.mentions_in(prev_end, amt.start)
                  if idx.etype(m.entity) == "state" and m.kind in ("name", "short")]
        if len(states) != 1 or not _AND_STATE.fullmatch(doc.text[prev_end:states[0].start]) or \
                not _BY.fullmatch(doc.text[states[0].end:amt.start]):
            return None
        donor, written = states[0].entity, states[0].text
    end = _clause_end(doc, amt.end, doc.sentences[last.evidence[0].sentence].end)
    start = _strip_start(doc.text, prev_end, end)
    ev = Evidence(doc.id, start, end, doc.text[start:end], last.evidence[0].sentence,
                  "pledge:gapped", 0.6)
    return Pledge(donor=donor, amount=float(amt.value), currency=amt.currency or last.currency,
                  qualifier=_qual(amt.qualifier), status=last.status, announcer=last.announcer, purpose=None,
                  recipients=[], meeting=last.meeting, evidence=[ev], donor_as_written=written)


# the nouns of money given (مساعدات، مساهمة) and, after a total's word, what else may be totalled
_GIFT_NOUNS = tuple(norm_token(w) for w in ("مساعدات", "مساهمات", "مساهمة", "تبرعات"))
_GIVING_STEMS = _GIFT_NOUNS + tuple(norm_token(w) for w in ("منح", "دعم", "تمويل", "ما"))
_WHOLE = {norm_token(c + w) for c in ("", "و", "ل", "ب") for w in ("إجمالي", "مجموع", "مجمل")}


def _total_so_far(doc, sent, toks, words, amt, prev_end: int, last: Pledge | None) -> Pledge | None:
    """A new sum followed by the total it brings the donor's giving to (… 150 مليون دولار، ليرتفع
    إجمالي مساعداتها منذ 2014 إلى 2.6 مليار): that total is the same donor's, already given."""
    if last is None or last.status == "target":
        return None
    ai = _tok_index(toks, amt.start)
    between = words[max(_tok_index(toks, prev_end), ai - 16):ai]
    if _REACH.isdisjoint(between) or not _told_as_total(between):
        return None     # (إجمالي احتياجات العراق: what is needed, not what was given)
    end = _clause_end(doc, amt.end, sent.end)
    start = _strip_start(doc.text, prev_end, end)
    ev = Evidence(doc.id, start, end, doc.text[start:end], sent.index, "pledge:total-so-far", 0.6)
    return Pledge(donor=last.donor, amount=float(amt.value), currency=amt.currency or last.currency,
                  qualifier=_qual(amt.qualifier), status="past", announcer=last.announcer, purpose=None,
                  recipients=[], meeting=last.meeting, evidence=[ev], donor_as_written=last.donor_as_written)


_SIZE = {norm_token(c + w) for c in ("", "و") for w in ("حجم", "قيمة")}


def _told_as_total(words) -> bool:
    """The words before a sum name a giving's total: its whole (إجمالي مساعداتها، حجم
    مساهماتها), or a giving reached since a time or thereby (مساهماتها منذ 2015، وبذلك …
    المساهمات الألمانية)."""
    whole = next((i for i, w in enumerate(words) if w in _WHOLE or w in _SIZE), None)
    if whole is not None and whole + 1 < len(words) and _stem_of(words[whole + 1]).startswith(_GIVING_STEMS):
        return True
    told = any(w in ("منذ", "ومنذ") for w in words) or not _THEREBY.isdisjoint(words)
    return told and any(_stem_of(w).startswith(_GIFT_NOUNS) for w in words)


def _strip_start(text: str, start: int, end: int) -> int:
    """Where the evidence begins once the joining marks before it are left out (، و), so that its
    text stays the article's text at its offsets."""
    while start < end and (text[start] in " ،,\n" or (text[start] == "و" and text[start + 1:start + 2].isspace())):
        start += 1
    return start


def _tok_index(toks, offset) -> int:
    for i, t in enumerate(toks):
        if t.start >= offset:
            return i
    return len(toks)


def _in_a_body_name(doc, idx: ActorIndex, tok) -> bool:
    """An aid noun inside an organisation's name (صندوق تمويل الاستقرار) names the body, not a gift."""
    return any(m.start < tok.start and tok.end <= m.end and idx.etype(m.entity) == "organization"
               for m in doc.mentions_in(max(0, tok.start - 60), tok.end + 80))


_GIVING_PARTICIPLES = {norm_token(w) for w in ("منفقا", "منفقة", "منفقين", "منفقتين")}


def _first_state(idx: ActorIndex, sent, before: int):
    """``فيما كانت القوات الدنماركية قد دربت …، منفقةً … 80 مليون دولار``: a participle of giving
    has the subject of the sentence — the first state it names (by name or adjective)."""
    m = next((m for m in idx.doc.mentions_in(sent.start, before) if idx.etype(m.entity) == "state"
              and m.kind in ("name", "nisba")), None)
    return m.entity if m is not None else None


# a sum told as coming with the one before (ويترافق ذلك مع تخصيص، إضافة إلى تخصيص، فضلا عن تقديم)
_ALONGSIDE = re.compile(r"^\W*(?:و?يترافق\s+ذلك\s+مع|و?يتزامن\s+ذلك\s+مع|اضافه\s+الي|بالاضافه\s+الي|فضلا\s+عن)\s*$")


def _coordinated_giver(doc, sent, written, back: int = 0):
    """``حيث دفعت للعراق … 51 مليون دولار، ودفعت لسوريا … 31 مليون``: a verb of giving joined by
    و with no subject of its own gives as the pledge just before it in the sentence did; with
    ``back``, a sum that comes with a pledge up to that many sentences before (``ويترافق ذلك مع
    تخصيص 19,9 مليون``) has its giver."""
    last = doc.pledges[-1] if doc.pledges else None
    if last is None or not last.evidence or not sent.index - back <= last.evidence[0].sentence <= sent.index:
        return None, written
    return last.donor, last.donor_as_written


def _verb_further_back(doc, toks, words, cues, start: int, lo: int, ai: int) -> list:
    """``سلمت قوات التحالف / قوة المهام المشتركة – عملية العزم الصلب (CJTFOIR) الى جهاز مكافحة
    الإرهاب من الذخيرة … بقيمة 6 ملايين``: a long subject and recipient put the verb of giving
    past the usual reach; with only an aid noun (بقيمة) near the sum, the nearest verb cue before
    it in the same clause (no comma, stop or colon between) is the one that tells the giving."""
    for i in range(lo - 1, start - 1, -1):
        if _CLAUSE_END.search(doc.text[toks[i].end:toks[ai].start]):
            return []
        hit = _match_cue(words, i, cues)
        if hit and hit[2] in ("verb", "phrase"):
            return [(i, *hit)]
    return []


_ANNOUNCED = {norm_token(c + w) for c in ("", "و", "ف") for w in ("أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن", "كشف",
                                                                  "كشفت", "يكشف", "تكشف")}


def _announced_about(doc, toks, words, lo: int, ai: int) -> list:
    """``أعلنت اليابان في 17 يناير الماضي عن 200 مليون دولار``: a verb of announcing whose
    subject and time stand between it and عن right before the sum (أعلنت عن، with the words
    apart) — a cue as the phrase is."""
    if ai == 0 or words[ai - 1] != "عن":
        return []
    for i in range(ai - 2, lo - 1, -1):
        if _CLAUSE_END.search(doc.text[toks[i].end:toks[ai].start].replace("(", "").replace(")", "")):
            return []
        if words[i] in _ANNOUNCED:
            return [(i, 1, "new", "phrase")]
    return []


def _pledge(doc, lex, idx: ActorIndex, sent, toks, words, cues, amt, prev_end, meeting) -> Pledge | None:
    text = doc.text
    ai = _tok_index(toks, amt.start)
    lo = max(_tok_index(toks, prev_end), ai - 14)
    found = _cues_before(doc, idx, toks, words, cues, lo, ai, prev_end)
    # nouns right after the amount ("300 مليون دولار تعهدات") are rare; look only before
    if not found:
        return None
    raised = _raised(doc, sent, toks, words, _raising_word(text, toks, words, lo, found[-1][0]), lo, amt, meeting)
    if raised is not None:
        return raised
    received = next((f for f in reversed(found) if f[3] == "receive"), None)
    if received is not None and any(f[0] > received[0] and f[3] == "verb" and not THAT.isdisjoint(words[received[0]:f[0]])
                                    for f in found):
        received = None     # بيان تلقت (المدى) نسخة منه إن ألمانيا قدمت …: what was said received opens after إن
    if received is not None:
        # what a recipient got (حصل العراق على وعود بقيمة …): the giver named after من, or nobody —
        # the receiving verb's subject never gives it
        return _received(doc, idx, sent, toks, amt, received, meeting)
    verbs = [f for f in found if f[3] in ("verb", "phrase")]
    # a target word in an earlier clause (جمع المعلومات، وتعهد بتقديم …) is not the sum's: the verb
    # after the comma is
    targets = [f for f in found if f[2] == "target" and not any(
        v[0] > f[0] and _COMMA.search(text[toks[f[0]].end:toks[v[0]].start]) for v in verbs)]
    cue = targets[-1] if targets else (verbs[-1] if verbs else found[-1])
    status = _status(doc, lex, sent, toks, words, amt, found, cue, lo, ai, prev_end)
    # the verb whose subject is the donor: the nearest verb/phrase cue, else the sentence's claim
    vi = (verbs[-1][0] if verbs else cue[0])
    donor, announcer, donor_written, status = _giver(doc, lex, idx, sent, toks, words, amt, verbs, cue, vi, ai, lo, status)
    if donor is None or _not_aid(words, ai) or (status != "target" and _not_made(doc, toks, words, cue[0])):
        return None
    currency = amt.currency or _currency_from_context(doc, lex, idx, donor, amt.currency_options)
    if currency is None:
        return None
    purpose, recipients = _purpose(doc, idx, sent, amt, donor)
    ev_start = _clause_start(doc, toks, vi, sent.start)
    ev_end = _clause_end(doc, amt.end, sent.end)
    ev = Evidence(doc.id, ev_start, ev_end, text[ev_start:ev_end], sent.index,
                  f"pledge:{cue[3]}+amount", 0.8 if cue[3] != "noun" else 0.65)
    return Pledge(donor=donor, amount=float(amt.value), currency=currency, qualifier=_qual(amt.qualifier),
                  status=status, announcer=announcer, purpose=purpose, recipients=recipients, meeting=meeting,
                  evidence=[ev], donor_as_written=donor_written)


def _cues_before(doc, idx, toks, words, cues, lo, ai, prev_end) -> list:
    """The pledge cues before the amount (token, length, status, part of speech), nearest last;
    a verb further back when only nouns are near, else an announcement about it."""
    found = []
    i = lo
    while i < ai:
        hit = _match_cue(words, i, cues)
        if hit and not (hit[2] == "noun" and (_purpose_noun(words[i]) or _in_a_body_name(doc, idx, toks[i]))):
            found.append((i, *hit))
            i += hit[0]
        else:
            i += 1
    if all(f[3] == "noun" for f in found):
        found = _verb_further_back(doc, toks, words, cues, max(_tok_index(toks, prev_end), ai - 28), lo, ai) + found
    return found or _announced_about(doc, toks, words, lo, ai)


def _status(doc, lex, sent, toks, words, amt, found, cue, lo, ai, prev_end) -> str:
    """new, past or target: the cue's own, then what the clause tells of when the money was given."""
    text = doc.text
    status = cue[2]
    clause = norm(text[toks[lo].start:amt.end + 60 if amt.end + 60 < sent.end else sent.end])
    if status == "new" and cue[3] == "verb" and any(p in clause for p in PAST_TIME) and \
            any(f[2] == "past" for f in found):
        status = "past"
    if status == "past" and cue[3] == "verb" and _at_the_event(doc, sent) and not any(p in clause for p in PAST_TIME):
        status = "new"      # وضمن الدعم الذي أعلن خلال المؤتمر، قدمت السعودية …: given there, now
    if status == "past" and cue[3] == "verb" and not _ADDITIONAL.isdisjoint(words[cue[0]:ai + 1]) \
            and not any(p in clause for p in PAST_TIME):
        status = "new"      # ساهمت الوزارة بمبلغ إضافي قدره …: more money, the news itself
    if status == "new" and _dated_before_publication(doc, lex, sent.start, amt.start):
        status = "past"
    if status == "new" and cue[3] == "verb" and not _ALREADY.isdisjoint(words[cue[0]:ai]):
        status = "past"     # خصصت بالفعل 50 مليون يورو: money already given
    if status == "new" and _told_earlier(doc, lex, sent, toks[cue[0]].start, amt, cue[3]) and \
            not _said_at_the_meeting(doc, sent, amt.start):
        status = "past"     # (وكان الوزير قد أعلن في كلمته أمام الاجتماع: said there, so new there)
    if status == "new" and (_recalled(words, cue[0]) or _possessed_gift_told(words, cue[0])):
        status = "past"     # وأشار إلى تقديم الكويت …، إلى جانب تبرعها بـ: a giving pointed to is one done
    if status == "target" and _helped_raise(words, cue[0]):
        status = "past"     # ساعدوا في جمع أزيد من 20 مليار: money raised with their help, already
    if status == "new" and any(r.match(norm(text[amt.end:min(sent.end, amt.end + 90)])) for r in _DONE_AFTER):
        status = "past"     # … والتي صرفت عبر الأمم المتحدة، …، كانت قد تعهدت بها: spent, or pledged before
    if status == "new" and (_running_total(words[cue[0]:ai], words[max(_tok_index(toks, prev_end), ai - 20):ai]) or _total_since(doc, toks, words, lo, cue[0], ai)):
        status = "past"     # مجموع مساهماتها منذ 2015 بلغ …: what it has given so far, not a new sum
    if status == "new" and (_since_after(text[amt.end:min(sent.end, amt.end + 40)]) or
                            _SINCE_BEFORE.search(norm(re.split(r"[،,]", text[toks[found[0][0]].end:amt.start])[-1]))):
        status = "past"     # بمعدات تفوق قيمتها 5 مليارات دولار منذ العام 2014: given over the years since
    if status == "new" and any(w.lstrip("و") in _LATEST for w in words[max(lo, cue[0] - 4):cue[0] + 1]):
        status = "past"     # المساهمات التي بذلتها …، وآخرها مساهمة بقيمة: the latest of those given
    return status


def _giver(doc, lex, idx, sent, toks, words, amt, verbs, cue, vi, ai, lo, status):
    """(donor, announcer, donor as written, status): the cue verb's subject, then a collective
    subject, a giver named after the sum, a total's givers, the giver of the pledge before."""
    text = doc.text
    donor, announcer, donor_written = _donor(doc, lex, idx, sent, toks, words, vi, ai, amt, status)
    # a collective subject of the cue verb or of the verb governing it (تعهدت الدول الأعضاء في
    # التحالف بتقديم …: بتقديم is the nearest cue, تعهدت's subject gives)
    coll = next((c for v in reversed(verbs) if (c := _collective_donor(words, v[0]))), None) \
        if cue[3] in ("verb", "phrase") else _collective_owner(words, cue[0]) if cue[3] == "noun" else None
    if coll is not None and status != "target":
        donor, donor_written = coll
    giver = _contribution_from(doc, idx, amt, sent.end)
    if giver is not None:
        donor, donor_written = giver
    helper = _helper_by_giving(idx, sent, toks, words, vi)
    if helper is not None and status == "new":
        (donor, donor_written), status = helper, "past"
    total = _total_of_gifts(doc, idx, toks, words, lo, ai)
    if total is not None:
        donor, donor_written = "Donor states", total
    donor = _body_state(idx, donor)
    if donor is None and (words[vi][:1] == "و" or _pronoun_subject(words, vi)) and cue[3] == "verb":
        donor, donor_written = _coordinated_giver(doc, sent, donor_written)     # (، وأنها خصصت: the same)
    if donor is None and words[vi] in _GIVING_PARTICIPLES:
        donor = _first_state(idx, sent, toks[vi].start)
    if donor is None and _ALONGSIDE.search(norm(text[sent.start:toks[cue[0]].start])):
        donor, donor_written = _coordinated_giver(doc, sent, donor_written, back=2)   # ويترافق ذلك مع تخصيص …
    return donor, announcer, donor_written, status


_AT_EVENT = re.compile(r"(?:خلال|في|امام|ختام)\s+(?:ال)?(?:موتمر|اجتماع)")     # folded: مؤتمر → موتمر


_SPEECH_AT = re.compile(r"كلمت\S*\s+(?:\S+\s+)?(?:لل|في\s+ال|امام\s+ال|خلال\s+ال)(?:موتمر|اجتماع)")


def _said_at_the_meeting(doc, sent, until: int) -> bool:
    """``وكان الوزير قد أعلن في كلمته الافتتاحية للاجتماع عن تقديم``: the pledge was announced in
    a speech at the meeting the article reports — the pluperfect only orders it before the
    article's other news."""
    return bool(_SPEECH_AT.search(norm(doc.text[sent.start:until])))


# pointing to or recalling a giving (أشار إلى تقديم، لافتا إلى تقديم، منوها بتقديم، استعرض): one done
_RECALL = {norm_token(c + w) for c in ("", "و") for w in (
    "أشار", "أشارت", "مشيرا", "مشيرة", "لفت", "لفتت", "لافتا", "لافتة", "نوه", "نوهت", "منوها", "استعرض", "استعرضت",
    "أشاد", "أشادت", "مشيدا")}


def _recalled(words, ci: int) -> bool:
    """The verbal noun at ``ci`` (تقديم، تخصيص) is the object of a verb of pointing to or praising,
    right before it or before its preposition (أشار إلى تقديم، أشاد بتقديم)."""
    if _bare(words[ci]) not in _MASDARS:
        return False
    before = words[max(0, ci - 2):ci]
    return any(w in _RECALL for w in before) and (words[ci][:1] == "ب" or "الي" in before or "إلى" in before)


def _possessed_gift_told(words, ci: int) -> bool:
    """``إلى جانب تبرعها بـ500 مليون``، ``مثمنا مساهمته``: a gift with its giver's pronoun is one
    the text refers to as made, unless a verb of announcing or intending governs it (أعلنت عن
    مساهمتها، تعتزم تقديم)."""
    if not _POSSESSED_GIFT.match(words[ci]):
        return False
    # the verb's subject may stand between (أعلنت دولة الإمارات عن تبرعها)
    before = [w.lstrip("وف") for w in words[max(0, ci - 6):ci]]
    return _ANNOUNCING.isdisjoint(before) and not any(w.startswith(("اعلن", "تعلن", "يعلن", "ستعلن", "سيعلن"))
                                                      for w in before)


def _at_the_event(doc, sent) -> bool:
    """The sentence places what it tells at the conference or meeting (خلال المؤتمر، في ختام
    الاجتماع): money given there is pledged there."""
    return bool(_AT_EVENT.search(norm(sent.text)))


# ``وكانت السعودية (قد) أعلنت``: the pluperfect tells of an earlier announcement
_PLUPERFECT = re.compile(r"(?:^|\s)[وف]?كان(?:ت)?\s")
# ``بعد أن وعد …``: what happened after an earlier promise; the promise is the past
_AFTER_THAT = re.compile(r"(?:^|\s)[وف]?بعد\s+(?:ان|ما)\s*$")
# ``وسبق أن قدرت``، ``سبق لكندا أن تعهدت``: "it happened before that" — an earlier act
_PREVIOUSLY = re.compile(r"(?:^|\s)[وف]?سبق\s+(?:ل\S+\s+)?(?:ان|وان)(?:\s|$)")
_EARLIER = re.compile(r"(\S+)\s+(?:الماضي|الماضيه|المنصرم)\b")
# "following / after the decision (or announcement) to …": what the decision gave is told as its sequel
_FOLLOWING_DECISION = re.compile(r"\s[وف]?(?:عقب|بعد|اثر|إثر)\s+(?:ال)?(?:قرار|اعلان)\S*\s")


_AND_CLAUSE = re.compile(r"[،,]\s*و")


def _own_clause(told: str, cue: int) -> str:
    """The words from the last clause joined by ، و before the cue (قدمت العام الماضي 500 مليون،
    وأنها خصصت 1.6 مليار: "last year" dates the first clause, not the second)."""
    cuts = [m.start() for m in _AND_CLAUSE.finditer(told, 0, cue)]
    return told[cuts[-1]:] if cuts else told


def _told_earlier(doc, lex, sent, cue_at: int, amt, kind: str) -> bool:
    """A pledge told as made before the reported event: the pluperfect before a verb cue, or
    a week, month or year marked الماضي between the clause and the amount, or in a relative
    clause on the amount (الذي تم التعهد به العام الماضي); a weekday marked so — الخميس
    الماضي — is usually the reported meeting's own day."""
    raw = doc.text[sent.start:cue_at]
    clause = norm(re.split(r"[،,.؛;:]", raw)[-1])    # كان must govern this very verb
    if kind in ("verb", "phrase") and (_PLUPERFECT.search(" " + clause) or _AFTER_THAT.search(clause)
                                       or _PREVIOUSLY.search(" " + clause)):
        return True
    if _FOLLOWING_DECISION.search(" " + clause):
        return True         # عقب القرار الذي اتخذه الرئيس … بتخصيص: the decision came before
    told = norm(_own_clause(doc.text[sent.start:amt.start], cue_at - sent.start))
    if _AT_A_HELD_MEETING.search(told) and not _THESE_DAYS.intersection(told.split()):
        return True         # أعلنت خلال مؤتمر المانحين … الذي عقد في واشنطن رصد: at a meeting held before
    days = weekday_table(lex)
    after = norm(doc.text[amt.end:_clause_end(doc, amt.end, sent.end)])
    if after.startswith(("الذي ", "التي ")):
        told += " " + after
    for m in _EARLIER.finditer(told):
        if m.group(1) not in days and m.group(1)[1:] not in days and m.group(1) != "اليوم":
            return True
    return False


# announced at a meeting told as held (خلال مؤتمر المانحين لدعم العراق، الذي عقد في واشنطن): an earlier one
# … unless held today or yesterday: the meeting reported (الاجتماع الذي عقد أمس في روما)
_THESE_DAYS = {norm_token(w) for w in ("اليوم", "أمس", "امس", "الجاري", "الحالي")}
_AT_A_HELD_MEETING = re.compile(r"(?:خلال|في)\s+(?:ال)?(?:موتمر|اجتماع|قمه)\S*(?:\s+\S+){0,6}?\s+(?:الذي|التي)\s+"
                                r"(?:عقد|عقدت|انعقد|انعقدت|استضافته|استضافها)\b")


# a running total: a verb of reaching (بلغ، يصل، ارتفع) and "since" / "so far" between the
# contribution and its sum (مساهمة كندا حتى الآن ارتفعت إلى، منذ عام 2015 يصل إجمالي مساهمتها إلى)
_REACH = {norm_token(c + w) for c in ("", "و", "ل", "ف") for w in (
    "بلغ", "بلغت", "يبلغ", "تبلغ", "وصل", "وصلت", "يصل", "تصل", "ارتفع", "ارتفعت", "يرتفع", "ترتفع",
    "رفع", "يرفع", "ترفع", "رفعت", "يصبح", "تصبح", "أصبح", "أصبحت", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز")}
# a contribution's total (إجمالي مساهمة هولندا، مساهمتها الإجمالية، مجموع ما قدمته)
_TOTAL = {norm_token(c + w) for c in ("", "و", "ب") for w in (
    "إجمالي", "الإجمالي", "الإجمالية", "إجمالية", "مجموع", "إجمالا", "إجمالاً")}
_THEREBY = {norm_token(w) for w in ("بذلك", "وبذلك")}     # إسهام المملكة … بلغ بذلك: the sum now reached


def _running_total(words, clause) -> bool:
    """The words between a cue and its amount tell a total reached since some time (``منذ``,
    ``حتى الآن`` with ``بلغ``/``يصل``/``ارتفع``), or the clause up to the amount tells a
    contribution's total raised to it (``ترتفع مساهمة هولندا الإجمالية إلى``، ``يرفع هذا الالتزام
    … إجمالي مساهمة هولندا … إلى``): money already given, the new sum among it. A conference's
    total of gifts (مجموع التبرعات بلغ) is new money."""
    since = any(w in ("منذ", "ومنذ") for w in words) or "حتي الان" in " ".join(words)
    if since and not _REACH.isdisjoint(words):
        return True
    if any(w in ("منذ", "ومنذ") for w in clause) and not _REACH.isdisjoint(clause) and \
            any(_stem_of(w).startswith(("مساهم", "اسهام", "مساعد")) for w in clause):
        return True     # وصلت قيمة المساعدات المقدمة منذ 2011 إلى: the verb of reaching before the cue
    # a donor's contribution or aid (ليصل إجمالي حجم مساعدات طوكيو إلى), not a conference's sum of
    # gifts or pledges (مجموع التبرعات، إجمالي ما تعهدت به الدول)
    return not (_TOTAL | _THEREBY).isdisjoint(clause) and not _REACH.isdisjoint(clause) and \
        any(_stem_of(w).startswith(("مساهم", "اسهام", "مساعد")) for w in clause) and \
        not any(w.lstrip("وب").startswith(("تعهد", "تبرع", "التعهد", "التبرع")) for w in clause)


def _stem_of(w: str) -> str:
    """A folded word without its clitics and article (وبالمساهمة → مساهمه)."""
    w = w.lstrip("وب")
    return w[2:] if w.startswith("ال") else w


_SINCE_WHAT = ("بدايه", "بدء", "انطلاق", "تاسيس", "تشكيل")


def _since_after(after: str) -> bool:
    """The sum is followed at once by "since" a year or a beginning (… دولار منذ العام 2014، منذ بداية
    الحملة): a total of what was given over that time, not a new sum.

    >>> _since_after(" منذ العام 2014، فيما"), _since_after(" منذ عام 2014"), _since_after("، وذلك منذ")
    (True, True, False)
    """
    words = norm(after).split()[:3]
    if not words or words[0] not in ("منذ", "ومنذ") or len(words) < 2:
        return False
    nxt = words[2] if words[1] in ("عام", "العام") and len(words) > 2 else words[1]
    return nxt.isdigit() or nxt.startswith(_SINCE_WHAT)


# "since" a year or a beginning between the cue and the sum (تعهدت منذ عام 2014 بتقديم 2 مليار): pledged
# over the years, so a total of past money; only in the sum's own stretch after any comma (an aside
# "التي تشارك منذ 2014" dates the donor, not the money) (folded text: تأسيس → تاسيس)
_SINCE_BEFORE = re.compile(r"(?:^|\s)و?منذ\s+(?:عام\s+|العام\s+)?(?:\d{4}|بدايه|بدء|انطلاق|تاسيس|تشكيل)")


def _total_since(doc, toks, words, lo: int, ci: int, ai: int) -> bool:
    """``ارتفعت مساهمة كندا إلى 90 مليون دولار منذ بداية الحملة``، ``منذ عام 2016 وبذلك يصل
    اجمالي مساهمتها إلى …``: a verb of reaching right before the contribution and "since" in the
    words around (from the pledge's window to the sum's clause end): money given so far."""
    end = _tok_index(toks, _clause_end(doc, toks[ai].end, toks[-1].end))
    around = words[lo:end + 1]
    since = any(w in ("منذ", "ومنذ") for w in around) or "حتي الان" in " ".join(around)
    return since and not _REACH.isdisjoint(words[max(lo, ci - 2):ci])


def _body_state(idx, key):
    """A ministry or government gives for its state (الخارجية الفرنسية → France)."""
    ent = idx.doc.entities.get(key) if key else None
    if ent is None or ent.type != "organization" or ent.subtype != "government_body" or not ent.country:
        return key
    if ent.country not in idx.doc.entities:     # the state only named inside the body's name
        from .entity_core import ensure_entity
        info = idx.lex.info.get(ent.country) or {}
        ensure_entity(idx.doc, idx.lex, ent.country, "state", info.get("name_en"), info.get("qid"), None)
    return ent.country


_NO_DONORS = ("terrorist_group", "armed_group")
# money that is not aid: a reward for information, a ransom, a fine; a purchase, a sale or a contract
# (اشترت أسلحة بقيمة، عقدا لشراء طائرات)، frozen assets (تجميد أصول)
_NOT_AID = {norm_token(w) for w in ("مكافأة", "مكافاة", "المكافأة", "مكافآت", "جائزة", "فدية", "الفدية", "غرامة",
                                    "غرامات")}
_TRADE = {norm_token(w) for w in ("شراء", "لشراء", "اشترت", "اشترى", "صفقة", "صفقات", "الصفقة", "عقدا", "عقود",
                                  "مبيعات", "تجميد", "أصول", "اصول", "الأصول", "ميزانية")}


def _not_aid(words, ai: int) -> bool:
    """``مكافأة قدرها 10 ملايين دولار``: a reward, ransom or fine named just before the amount;
    ``اشترت أسلحة أمريكية بقيمة``، ``عقدا لشراء طائرات بقيمة``: a trade a few words before it."""
    if not _NOT_AID.isdisjoint(w[1:] if w[:1] in "وب" and w[1:] in _NOT_AID else w for w in words[max(0, ai - 3):ai]):
        return True
    if _on_its_own_war(words, ai):
        return True
    return not _TRADE.isdisjoint(w[1:] if w[:1] in "و" and w[1:] in _TRADE else w for w in words[max(0, ai - 6):ai])


# spending on the war itself (أنفقت 14 مليار دولار على الحرب ضد داعش): the running cost of a donor's
# own operations, no gift to anyone (settlement 24)
_SPEND = {norm_token(w) for w in ("أنفق", "أنفقت", "أنفقوا", "تنفق", "ينفق", "صرف", "صرفت", "تصرف", "يصرف",
                                  "كلف", "كلفت", "تكلف", "يكلف")}
_OWN_WAR = {norm_token(w) for w in ("الحرب", "حرب", "العمليات", "عمليات", "الحملة", "حملة", "الغارات", "غارات",
                                    "الضربات", "ضربات", "القتال")}


def _on_its_own_war(words, ai: int) -> bool:
    if _SPEND.isdisjoint(w[1:] if w[:1] in "وف" and w[1:] in _SPEND else w for w in words[max(0, ai - 8):ai]):
        return False
    return any(words[i] in ("علي", "على", "في") and words[i + 1] in _OWN_WAR for i in range(ai, min(len(words) - 1, ai + 7)))


# a pledge not made: denied or not yet (لم تقدم، لن، نفى)، only studied or possible (تدرس تقديم، قد تقدم،
# إذا)، or asked of others (طالب … بتقديم، دعا … إلى تقديم، حث، ناشد)
_NOT_MADE = {norm_token(c + w) for c in ("", "و", "ف") for w in (
    "لم", "لن", "لا", "ليس", "عدم", "نفى", "نفت", "تدرس", "يدرس", "دراسة", "تبحث", "يبحث", "إمكانية", "امكانية",
    "ربما", "إذا", "اذا", "لو", "طالب", "طالبت", "يطالب", "تطالب", "مطالبة", "دعا", "دعت", "يدعو", "تدعو", "حث", "حثت",
    "يحث", "تحث", "ناشد", "ناشدت", "يناشد", "تناشد")}


def _not_made(doc, toks, words, ci: int) -> bool:
    """The cue at ``ci`` is denied, studied, conditional or asked of someone: a word of that kind
    up to five words before it in its clause, or قد right before an imperfect (قد تقدم)."""
    if ci > 0 and words[ci - 1] in ("قد", "وقد") and words[ci][:1] in "تين" and not _perfect_after_qad(words, ci):
        return True
    for j in range(ci - 1, max(-1, ci - 6), -1):
        if re.search(r"[،,.؛;:]", doc.text[toks[j].end:toks[j + 1].start]) or words[j] in _RATHER:
            return False        # the clause ends, or بل / لكن turns from what was denied to what was done
        if words[j] in _NEGATIONS and (j < ci - 2 or words[j + 1][1:] in ("زال", "زل")):
            continue            # a negation governs the verb right after it; لا تزال is "still"
        if words[j] in _NOT_MADE:
            return True
    return False


_NEGATIONS = {norm_token(c + w) for c in ("", "و", "ف") for w in ("لم", "لن", "لا", "ليس")}
_WAS = {norm_token(c + w) for c in ("", "و", "ف") for w in ("كان", "كانت", "كانوا")}


def _perfect_after_qad(words, ci: int) -> bool:
    """قد before a perfect that begins with ت (تعهدت، تبرعوا) tells it done, not maybe: the
    verb ends as a perfect does, or كان before makes it a pluperfect (وكانت واشنطن قد تعهد)."""
    return words[ci].endswith(("ت", "وا")) or not _WAS.isdisjoint(words[max(0, ci - 7):ci - 1])
_RATHER = {norm_token(w) for w in ("بل", "لكن", "ولكن", "لكنها", "لكنه", "ولكنها")}


def _purpose_noun(w: str) -> bool:
    """``لدعم العراق``، ``لمساعدة النازحين``: an aid noun after the purpose ل says what the money
    is for, and the state after it is the recipient; it is no cue of giving."""
    return w.startswith("ل") and not w.startswith("لل")


def _dated_before_publication(doc, lex, start: int, end: int) -> bool:
    """A contribution the clause dates to a year before the article's (``وفي آب من العام
    2018، أعلنت السعودية عن مساهمة`` in a 2023 article) is money given then, not a new pledge.
    An undated article is at least as late as the meeting it reports (not one it announces)."""
    told = next((m.date for m in doc.meetings if m.date and not m.announced), None)
    if not doc.published and not told:
        return False
    year = int((doc.published or told)[:4])
    return any(d.year and d.year < year for d in doc_dates(doc, lex) if start <= d.start < end)


# collective donors named by what they do (the coalition as a body is its partners/members)
COLLECTIVE_DONORS = {tuple(norm(k).split()): v for k, v in {
    "الدول المانحة": "Donor states", "الدول المانحين": "Donor states", "المانحون": "Donor states",
    "المانحين": "Donor states", "الجهات المانحة": "Donor states", "المانحين الدوليين": "Donor states",
    "الدول الأعضاء": GLOBAL_COALITION, "شركاء التحالف": GLOBAL_COALITION, "أعضاء التحالف": GLOBAL_COALITION,
    "الدول المشاركة": GLOBAL_COALITION, "المشاركون": GLOBAL_COALITION, "المشاركين": GLOBAL_COALITION,
    "الشركاء": GLOBAL_COALITION, "الحلفاء": GLOBAL_COALITION, "حلفاء التحالف": GLOBAL_COALITION,
}.items()}


def _collective_donor(words, vi) -> tuple[str, str] | None:
    """A collective subject just before or after the cue verb (``إن الدول المانحة تعهدت``); a
    plural verb's may stand further back in its clause (``أن المانحين خلال مؤتمر واشنطن تعهدوا``),
    since no one state is its subject."""
    lo = max(0, vi - 3)
    if words[vi].endswith("وا"):
        lo = max(0, vi - 8)
        lo = next((i for i in range(vi - 1, lo - 1, -1) if words[i] in THAT), lo - 1) + 1
    for i in list(range(lo, vi)) + list(range(vi + 1, min(len(words), vi + 3))):
        hit = _collective_at(words, i)
        if hit is not None:
            return hit
    return None


def _collective_owner(words, ni) -> tuple[str, str] | None:
    """A collective in construct right after the aid noun (تعهدات المانحين بلغت): whose it is."""
    return _collective_at(words, ni + 1, conjoined=False) if ni + 1 < len(words) else None


def _collective_at(words, i: int, conjoined: bool = True) -> tuple[str, str] | None:
    """(name, words) of the collective donor starting at word ``i`` (after و when ``conjoined``),
    if one does."""
    for seq, name in COLLECTIVE_DONORS.items():
        w = words[i][1:] if conjoined and words[i][:1] in "و" and words[i][1:] == seq[0] else words[i]
        if w == seq[0] and tuple(words[i + 1:i + len(seq)]) == seq[1:]:
            nxt = words[i + len(seq):i + len(seq) + 2]
            if conjoined and name == GLOBAL_COALITION and nxt and (nxt[0] in _ITS_OWN or (
                    nxt[0] == "في" and len(nxt) > 1 and not nxt[1].endswith("تحالف"))):
                continue    # الاتحاد الأوروبي والدول الأعضاء فيه، الدول الأعضاء في الاتحاد: another body's
            return name, " ".join(seq)
    return None


_ITS_OWN = {norm_token(w) for w in ("فيه", "فيها", "به", "بها")}


_TOTALS = {norm_token(w) for w in ("مجموع", "إجمالي", "مجمل", "مبلغ", "حجم", "قيمة")}
_GIFTS = {norm_token(w) for w in ("التبرعات", "التعهدات", "المساعدات", "المنح", "الأموال")}
_GIFTS_OF = {norm_token(w) for w in ("تبرعات", "تعهدات", "مساعدات", "مساهمات")}
_DONORS_WORD = {norm_token(w) for w in ("المانحين", "المانحون", "الدول", "الجهات", "المشاركين")}


def _total_of_gifts(doc, idx, toks, words, lo: int, ai: int) -> str | None:
    """``مجموع التبرعات التي حصل عليها العراق 2.1 مليار``، ``مبلغ التبرعات وصل إلى …``: the sum
    of what the donors gave, theirs together (none named with the noun: تبرعات اليابان is
    Japan's); the words as written, else None."""
    for i in range(lo, ai - 1):
        w = words[i][1:] if words[i][:1] in "وب" and words[i][1:] in _TOTALS else words[i]
        if w in _PROMISES and not _REACH.isdisjoint(words[i + 1:min(ai, i + 5)]) and \
                not _giver_in_relative(doc, idx, toks, words, i + 1, ai) and not _named_at(doc, idx, toks, i + 1):
            return toks[i].text     # إن الالتزامات حيال العراق بلغت 30 مليار: the donors' together
        if w in _TOTALS and words[i + 1] in _GIFTS_OF and i + 2 < ai and words[i + 2] in _DONORS_WORD:
            return doc.text[toks[i].start:toks[i + 2].end]     # قيمة تعهدات المانحين: theirs together
        if w in _TOTALS and words[i + 1] in _GIFTS and not _giver_in_relative(doc, idx, toks, words, i + 2, ai):
            nxt = toks[i + 2] if i + 2 < len(toks) else None
            named = nxt is not None and any(idx.etype(m.entity) in ("state", "organization") and m.start == nxt.start
                                            for m in doc.mentions_in(nxt.start, nxt.end))
            if not named:
                return doc.text[toks[i].start:toks[i + 1].end]
    return None


_PROMISES = {norm_token(w) for w in ("التعهدات", "الالتزامات", "التبرعات")}


def _named_at(doc, idx, toks, j: int) -> bool:
    """A state or body named at token ``j`` (التعهدات اليابانية: Japan's)."""
    return j < len(toks) and any(idx.etype(m.entity) in ("state", "organization") and m.start == toks[j].start
                                 for m in doc.mentions_in(toks[j].start, toks[j].end))


def _giver_in_relative(doc, idx, toks, words, j: int, ai: int) -> bool:
    """``حجم المساعدات التي تقدمها برلين``: a relative clause on the gift noun (at token ``j``)
    names its giver — a state or body right after the clause's verb of giving — so the total
    is that giver's, not the donors' together."""
    if j + 2 >= ai or words[j] not in ("التي", "الذي", "اللتي"):
        return False
    verb = _match_cue(words, j + 1, cue_table(idx.lex))
    if verb is None or verb[2] not in ("verb", "phrase"):
        return False            # التبرعات التي تلقتها كينيا: who got them, not who gave
    nxt = toks[j + 2]
    return any(idx.etype(m.entity) in ("state", "organization") and m.start == nxt.start
               for m in doc.mentions_in(nxt.start, nxt.end))


def _currency_from_context(doc, lex, idx, donor, options):
    """A bare currency name: the donor's currency, else that of the states the article names most."""
    if not options:
        return None
    keys = [donor] if donor else []
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if idx.etype(m.entity) == "state":
            counts[m.entity] = counts.get(m.entity, 0) + 1
    keys += sorted(counts, key=lambda k: -counts[k])
    isos = [(lex.info.get(k) or {}).get("iso2") for k in keys]
    return resolve_currency(options, [i for i in isos if i])


def _qual(q: str) -> str:
    # a range (بين 10 و15 مليون) is given as its lower bound: at least that much
    return "at_least" if q == "range" else q if q in ("exact", "about", "more_than", "less_than", "at_least") else "exact"


def _donor(doc, lex, idx: ActorIndex, sent, toks, words, vi, ai, amt, status):
    """(donor, announcer, donor as written)."""
    actor = _donor_actor(doc, lex, idx, sent, toks, words, vi, amt)
    claim = _claim_over(doc, sent, amt)
    speaker = claim.speaker if claim else None
    donor, announcer, written = _actor_as_donor(lex, idx, actor)
    if announcer is None and speaker and idx.etype(speaker) == "person":
        announcer = speaker
    if actor is None and _welcomed_gift(lex, words, vi) is not None:
        return None, announcer, None    # رحب البرنامج بمساهمة قدرها …: the welcomer did not give it
    donor, written = _donor_in_context(doc, lex, idx, sent, toks, words, vi, amt, actor,
                                       (donor, announcer, written), claim)
    if actor is not None and (lex.info.get(actor.key) or {}).get("subtype") in _NO_DONORS:
        return None, None, None     # داعش جمع …: a terrorist or armed group's money is no pledge
    if status == "target":
        donor = _goal_setter(lex, idx, toks, words, vi, ai, actor, donor, speaker)
    return donor, announcer, written


def _welcome_verbs(lex) -> set[str]:
    """Verbs of welcoming or thanking for a gift (رحب بمساهمة، شكر … على تبرعها): the welcome and
    praise rows of ``speech_verbs.yaml``, normalised."""
    return compiled(lex, "pledges:welcome", lambda lex: {
        norm_token(f) for row in lex.data.get("speech_verbs") or [] if isinstance(row, dict)
        and row.get("type") in ("welcome", "praise") for f in row.get("forms") or []})


_WELCOMED_NOUN = re.compile(r"^(?:و?ب|علي)(?:ال)?(?:مساهمه|تبرع|منحه|هبه|اعلان|تعهد|دعم)$")


def _welcomed_gift(lex, words, vi: int) -> int | None:
    """The gift (بمساهمة، بتبرع) that a verb of welcoming or thanking a few words before the cue
    at ``vi`` is about: its index (the cue's own, or a noun between), else None. The verb's
    subject is thankful, not the giver."""
    lo = max(0, vi - 10)
    welcome = _welcome_verbs(lex)
    verb = next((j for j in range(vi - 1, lo - 1, -1) if words[j].lstrip("وف") in welcome), None)
    if verb is None:
        return None
    return next((j for j in range(verb + 1, vi + 1) if _WELCOMED_NOUN.match(words[j])), None)


def _donor_actor(doc, lex, idx: ActorIndex, sent, toks, words, vi, amt):
    """The actor that gives: the cue's subject, else the one named before it; never who gets it."""
    gift = _welcomed_gift(lex, words, vi)
    if gift is not None:
        # رحب البرنامج بمساهمة حكومة اليونان: who welcomes got it; the gift's owner gave, if named
        owner = idx.subject_at(sent.index, gift + 1, before=amt.start)
        if owner is None and gift + 2 < len(words) and _GOVERNMENT_OF.match(words[gift + 1] + " "):
            owner = idx.subject_at(sent.index, gift + 2, before=amt.start)     # بمساهمة حكومة اليونان
        return owner if owner is not None and owner.key and idx.etype(owner.key) in ("state", "organization") else None
    actor = _subject_first(idx, sent, toks, vi) or idx.subject_at(sent.index, vi + 1, before=amt.start)
    if actor is not None and actor.start > toks[vi].start and _pronoun_subject(words, vi):
        actor = None        # أعلن التحالف أنه سلم قوات الأمن العراقية: the verb's subject is "he"
    if actor is not None and not actor.key and actor.kind != "title":
        actor = None
    if actor is not None and (_with_lam(lex, actor, idx.doc) or _toward(idx.doc, actor)):
        actor = None        # ستقدم للعراق مليار دولار، التزامها حيال العراق: who gets it, not who gives
    if (actor is None or actor.key is None) and _bare(words[vi]) in _MASDARS:
        actor = _announcing_subject(idx, sent, toks, words, vi) or actor
    if _bare(words[vi]) in _HANDOVER_NOUNS:
        # تسليم القوات العراقية أسلحة: the noun's first complement is who receives, not who gives
        actor = _announcing_subject(idx, sent, toks, words, vi)
    elif words[vi].lstrip("وف") in _HANDOVER_VERBS and actor is not None and actor.start > toks[vi].start:
        # التحالف يسلم جهاز مكافحة الإرهاب أسلحة: the one named after the verb receives when one precedes it
        actor = _actor_before(idx, sent, toks, vi) or actor
    if actor is None or (actor.key is None and actor.kind != "title"):
        actor = _actor_before(idx, sent, toks, vi)
        if actor is not None and (_with_lam(lex, actor, idx.doc) or _toward(idx.doc, actor)):
            actor = None
    if actor is not None and actor.kind == "collective" and _members_of_its_own(doc, toks, actor):
        # الاتحاد الأوروبي والدول الأعضاء فيه: the body named before gives with its own members
        body = _actor_before(idx, sent, toks, _tok_index(toks, actor.start))
        actor = body if body is not None and idx.etype(body.key) == "organization" else actor
    while actor is not None and _partner(doc, actor):
        # وقعت النرويج مع البرنامج الإنمائي اتفاقية بمبلغ: the partner after مع is who gets it
        actor = _actor_before(idx, sent, toks, _tok_index(toks, actor.start))
    return actor


def _members_of_its_own(doc, toks, actor) -> bool:
    """The collective is followed by فيه/فيها (its members), and joined by و to what precedes."""
    i, i0 = _tok_index(toks, actor.end), _tok_index(toks, actor.start)
    joined = doc.text[actor.start:actor.start + 1] == "و" or (i0 > 0 and toks[i0 - 1].norm[:1] == "و")
    return i < len(toks) and toks[i].norm in _ITS_OWN and joined


def _claim_over(doc, sent, amt):
    """The (last) claim whose evidence holds the sum: its speaker announced the pledge."""
    claim = None
    for c in doc.claims:
        ev = c.evidence[0] if c.evidence else None
        if ev and ev.sentence == sent.index and ev.start <= amt.start < ev.end + 1:
            claim = c
    return claim


def _actor_as_donor(lex, idx: ActorIndex, actor):
    """(donor, announcer, as written) as the giving actor names them: a person announces for
    his state, a city gives for its country, a state's ministry for its state."""
    if actor is None:
        return None, None, None
    key, donor, announcer = actor.key, None, None
    if key in (COALITION_MINISTERS,) or (key and (lex.info.get(key) or {}).get("subtype") == "coalition"):
        donor, announcer = GLOBAL_COALITION, COALITION_MINISTERS if key == COALITION_MINISTERS else None
    elif key and key.startswith(COUNTED_MEMBERS):
        donor = key
    elif key == GLOBAL_COALITION:
        donor = GLOBAL_COALITION
    elif idx.etype(key) == "person":
        announcer = key
        donor = idx.state_of(key)
    elif idx.etype(key) == "state" or (idx.etype(key) == "city"):
        donor = key if idx.etype(key) == "state" else (idx.doc.entities[key].country or key)
    elif idx.etype(key) == "organization":
        # a ministry named with its state's adjective (وزارة الخارجية الأمريكية) gives for that state
        gov = (idx.doc.entities[key].subtype == "government_body") if key in idx.doc.entities else False
        donor = (_state_in(idx, actor.start, actor.end) if gov else None) or key
    elif key is None and actor.kind == "title":
        donor = _state_in(idx, actor.start, actor.end)
    return donor, announcer, actor.as_written


def _donor_in_context(doc, lex, idx: ActorIndex, sent, toks, words, vi, amt, actor, found, claim):
    """(donor, as written) when the actor names none, or only a person: a nationality on the
    gift, the speaker's own country, the speaker, or the giver named before the gift."""
    donor, announcer, written = found
    win_start = toks[vi].start
    # a nationality on the contribution, or the speaker's own country (لبلادها)
    nis = None
    for m in doc.mentions:
        if win_start <= m.start < amt.start and idx.etype(m.entity) == "state" and m.kind in ("nisba",):
            nis = m.entity
    # his country's, owning the cue or the verbal noun right before it (تقديم بلاده منحة)
    own_from = toks[max(0, vi - 2)].start
    selfref = any(norm_token(t.text) in SELF_STATE for t in toks if own_from <= t.start < amt.start)
    if donor is None and actor is None and not nis and _POSSESSED_GIFT.match(words[vi]):
        # تبرعها بـ500 مليون دولار، حسب موقع …: the gift's owner is named before it, not the
        # source the sentence's words are attributed to
        donor = _topic(idx, sent, toks, vi) or _named_before(idx, sent, win_start)
    if donor is None or (idx.etype(donor) == "person"):
        donor, written = _donor_by_speaker(lex, idx, sent, toks, vi, donor, written, nis, selfref, announcer, claim)
    if donor is None and (_POSSESSED_GIFT.match(words[vi])
                          or any(w.lstrip("و") in _LAST_OF_THEIRS for w in words[max(0, vi - 4):vi])
                          or (actor is None and vi > 0 and words[vi - 1].lstrip("و") in _EXPLAINING)):
        # اجمالي مساهمتها، تبرعاته: "its contribution" is the state or body named last before it;
        # وآخرها مساهمة: the latest of the gifts named before is their giver's; قدمت الدنمارك
        # دعما كبيرا، حيث دفعت للعراق: the explaining clause's verb has the sentence's subject
        donor = _named_before(idx, sent, win_start)
    return donor, written


def _donor_by_speaker(lex, idx: ActorIndex, sent, toks, vi, donor, written, nis, selfref, announcer, claim):
    """(donor, as written) from the gift's nationality, or whoever announced or said it."""
    speaker = claim.speaker if claim else None
    if nis:
        return nis, written
    if selfref and announcer:
        return idx.state_of(announcer), written
    if selfref and idx.nisba_before(sent.start, toks[vi].start):
        # كشف وزير الخارجية الإيطالي، اليوم، عن تقديم حكومة بلاده …: a speaker named by his
        # post alone: his country is the post's nationality
        return idx.nisba_before(sent.start, toks[vi].start), written
    if announcer:
        return idx.state_of(announcer), written
    if speaker and (speaker in (GLOBAL_COALITION, COALITION_MINISTERS)
                    or (lex.info.get(speaker) or {}).get("subtype") == "coalition"):
        return GLOBAL_COALITION, written
    if speaker and str(speaker).startswith(COUNTED_MEMBERS):
        return speaker, claim.speaker_as_written
    if speaker:
        return idx.state_of(speaker) or (speaker if idx.etype(speaker) in ("state", "organization") else None), written
    return donor, written


def _goal_setter(lex, idx: ActorIndex, toks, words, vi, ai, actor, donor, speaker):
    """Whose fundraising goal it is: whoever hopes to raise it, the speaking state's "our goal",
    a state or body that launched it; otherwise the coalition's."""
    if _bare_hope(words[vi]) and donor is not None:
        return donor     # يأمل في جمع: the goal of whoever hopes
    ours = _our_goal(idx, words, vi, ai, speaker)
    if ours is not None:
        return ours     # هدفنا بجمع، نسعى لجمع: the speaking state's own goal
    if not (actor is not None and (actor.start > toks[vi].start or _launched(words, toks, actor))
            and idx.etype(actor.key) in ("state", "organization")
            and not (lex.info.get(actor.key) or {}).get("subtype") == "coalition"):
        return GLOBAL_COALITION   # a fundraising goal is the coalition's unless a state sets it
    return donor


# "that he / that she" (أنه، أنها): the verb after it has its subject already, the pronoun
_THAT_PRONOUN = {norm_token(p + w + e) for p in ("", "ب", "و") for w in ("أن", "إن") for e in ("ه", "ها", "هم")}
_PARTICLES = {norm_token(w) for w in ("قد", "سوف", "لقد")}


def _pronoun_subject(words, vi: int) -> bool:
    """``أنه سلم``، ``أنها قد قدمت``: the words before the verb are أن with a pronoun (and a
    particle), so whoever is named after the verb is its object, the one who receives."""
    j = vi - 1
    while j >= 0 and words[j] in _PARTICLES:
        j -= 1
    return j >= 0 and words[j] in _THAT_PRONOUN


def _nothing_but_a_relative(gap: str) -> bool:
    """Between a subject and its verb: nothing, or a relative clause a comma closes (اليابان
    التي لا تزال مصدومة …، ستخصص)."""
    if gap.strip(" \"«»“”،,") == "":
        return True
    return norm(gap).split()[:1] in (["التي"], ["الذي"], ["الذين"]) and gap.rstrip().endswith(("،", ","))


def _subject_first(idx: ActorIndex, sent, toks, vi: int):
    """``إن قوة المهام المشتركة سلمت قوات البيشمركة …``: after إن / أن the subject comes before
    the verb (the noun after the verb is its object); that actor when it ends right before the
    verb, or before a comma right before it, and starts right after إن / أن, else None."""
    if vi == 0:
        return None
    doc = idx.doc
    a = idx.actor_before(sent.index, toks[vi].start)
    if a is None and doc.text[toks[vi - 1].end:toks[vi].start].strip() in ("،", ","):
        a = idx.actor_before(sent.index, toks[vi - 1].end)     # إن قوة المهام المشتركة، سلمت
    if a is None or not a.key or not _nothing_but_a_relative(doc.text[a.end:toks[vi].start]):
        return None
    start = a.start
    # an apposition by dash (قوة المهام المشتركة – عملية العزم الصلب): back to its first name
    while doc.text[max(sent.start, start - 3):start].strip() in ("–", "-", "—"):
        prev = [m for m in doc.mentions_in(max(sent.start, start - 80), start) if m.entity == a.key]
        if not prev:
            break
        start = prev[-1].start
    before = norm(doc.text[max(sent.start, start - 6):start].strip(" \"«»“”")).split()
    return a if before[-1:] and before[-1] in THAT else None


_OUR_GOAL = {norm_token(c + w) for c in ("", "و", "ل", "ب") for w in ("هدفنا", "نسعى", "نهدف", "نأمل", "نعمل", "سعينا")}


def _our_goal(idx: ActorIndex, words, vi: int, ai: int, speaker):
    """``نحث دولكم على التعهد نحو هدفنا بجمع أكثر من 700 مليون دولار``: a goal the speaker calls
    ours (هدفنا، نسعى لجمع) is the speaker's state's, when the speaker is a person with one; a
    coalition official's "we" stays the coalition's."""
    if speaker is None or idx.etype(speaker) != "person" or _OUR_GOAL.isdisjoint(words[max(0, vi - 3):ai]):
        return None
    return idx.state_of(speaker)


_LAUNCH = {norm_token(c + w) for c in ("", "و") for w in ("أطلق", "أطلقت", "يطلق", "تطلق", "أطلقوا")}


def _launched(words, toks, actor) -> bool:
    """``أطلقت الأمم المتحدة نداء لجمع``: the actor is the subject of a verb of launching right
    before it — the appeal, and its goal, are that actor's."""
    k = next((i for i, t in enumerate(toks) if t.start >= actor.start), len(toks))
    return any(w in _LAUNCH for w in words[max(0, k - 3):k])


_POSSESSED_GIFT = re.compile(r"^[وبل]?(?:مساهمت|تبرع|تبرعات|مساعدات|تعهدات|مساهمات|منحت|هبت)(?:ها|ه|هم)$")


def _topic(idx, sent, toks, vi: int):
    """The state or body the sentence opens with (السعودية: أرسلت …، إلى جانب تبرعها): the
    one its pronouns refer to, before any state named later as a place or an adjective."""
    m = idx.mention_at(toks[0].start) if toks and vi > 0 else None
    if m is None or m.kind == "nominal" or idx.etype(m.entity) not in ("state", "organization"):
        return None
    ent = idx.doc.entities.get(m.entity)
    if ent is None or (ent.subtype or "") in ("coalition",) + _NO_DONORS:
        return None
    return _body_state(idx, m.entity)


_EXPLAINING = {norm_token(w) for w in ("حيث", "إذ", "اذ")}
_LAST_OF_THEIRS = {norm_token(w) for w in ("آخرها", "أحدثها", "أبرزها", "منها", "أهمها")}
_LATEST = {norm_token(w) for w in ("آخرها", "أحدثها")}


def _named_before(idx, sent, pos: int):
    """The last state (or a body's state) named in the sentence before ``pos``, not as a place
    nor as whom something is for (لبرنامج الاستقرار)."""
    for m in sorted(idx.doc.mentions_in(sent.start, pos), key=lambda m: -m.start):
        ent = idx.doc.entities.get(m.entity)
        if ent is None or m.end > pos or ent.type not in ("state", "organization") or m.kind == "nominal" \
                or (ent.subtype or "") in ("coalition",) + _NO_DONORS or _a_place(idx.doc, m):
            continue
        if norm(m.text)[:1] == "ل" and not norm(ent.name_ar or "").startswith("ل"):
            continue
        return _body_state(idx, m.entity)
    return None


def _with_lam(lex, actor, doc=None) -> bool:
    """A state or city written with the preposition لـ (للعراق، لمصر): the name without it is
    one of that entity's names in the lexicon — unless سبق governs it (سبق لكندا أن تعهدت: Canada
    is the one who did it)."""
    if doc is not None and norm(doc.text[max(0, actor.start - 6):actor.start]).split()[-1:] in (["سبق"], ["وسبق"]):
        return False
    w = norm_token((actor.as_written or "").split(" ")[0]) if actor.as_written else ""
    bare = "ال" + w[2:] if w.startswith("لل") else w[1:] if w.startswith("ل") else None
    return bool(bare) and any(e.key == actor.key for e in lex.entries.get((bare,), ()))


_TOWARD = {norm_token(w) for w in ("حيال", "تجاه", "إزاء", "نحو", "إلى", "الى")}


def _toward(doc, actor) -> bool:
    """A state after حيال / تجاه / إزاء (the commitment towards Iraq) or إلى (handed to the army
    command), or after a noun of purpose it completes (دعمها لاستقرار العراق، لدعم العراق): whom
    it is for."""
    before = norm(doc.text[max(0, actor.start - 16):actor.start]).split()[-1:]
    return before in ([w] for w in _TOWARD) or (bool(before) and len(before[0]) >= 4 and _purpose_noun(before[0])) \
        or (bool(before) and before[0].lstrip("وب") in _AID_IN_CONSTRUCT)    # تعتزم دعم العراق بـ …: Iraq gets it


# aid nouns whose complement in construct is who gets it (دعم العراق، مساعدة الأردن، إعمار سوريا)
_AID_IN_CONSTRUCT = {norm_token(w) for w in ("دعم", "مساعدة", "تمويل", "إعمار", "استقرار", "تسليح", "تدريب")}


_HOPE = {norm_token(w) for w in ("يأمل", "تأمل", "نأمل", "آمل", "يأملون")}


def _bare_hope(w: str) -> bool:
    return w in _HOPE or (w[:1] in "وف" and w[1:] in _HOPE)


# verbal nouns of giving: with no subject of their own, the announcing verb's is the donor
_MASDARS = {norm_token(w) for w in ("تقديم", "تخصيص", "رصد", "منح", "التعهد", "التبرع")}
_ANNOUNCING = {norm_token(w) for w in ("أعلن", "أعلنت", "أعلنوا", "قرر", "قررت", "وافق", "وافقت", "اعتزام", "اعتزامها",
                                        "اعتزامه", "عزم", "عزمها", "عزمه", "نية", "نيتها", "نيته")}


# a verb of pledging governs the verbal noun too (أن كوريا الجنوبية تعهدت بالتبرع): its subject gives
_GOVERNING = _ANNOUNCING | {norm_token(w) for w in ("تعهد", "تعهدت", "تعهدوا", "التزم", "التزمت", "التزموا")}


_HANDOVER_NOUNS = {norm_token(w) for w in ("تسليم", "تسليمها", "تسليمه", "تسليمهم")}
_HANDOVER_VERBS = {norm_token(w) for w in ("سلم", "سلمت", "سلموا", "يسلم", "يسلمون", "نسلم",
                                           # supplied or equipped: the one named after the verb is supplied
                                           "زود", "زودت", "زودوا", "يزود", "يزودون", "نزود",
                                           "جهز", "جهزت", "جهزوا", "يجهز", "يجهزون", "نجهز")}


def _bare(w: str) -> str:
    return w[1:] if w[:1] in "وبل" and (w[1:] in _MASDARS or w[1:] in _HANDOVER_NOUNS) else w


def _announcing_subject(idx: ActorIndex, sent, toks, words, vi):
    """``أن الكويت أعلنت خلال المؤتمر، الذي عقد في واشنطن، رصد مبلغ …``: the subject of the
    nearest announcing or pledging verb before the verbal noun (after the verb, else right
    before it): ``أعلن البرنامج أن كوريا تعهدت بالتبرع`` is Korea's."""
    for j in range(vi - 1, max(-1, vi - 16), -1):
        w = words[j][1:] if words[j][:1] in "وف" and words[j][1:] in _GOVERNING else words[j]
        if w not in _GOVERNING:
            continue
        a = idx.subject_at(sent.index, j + 1, before=toks[vi].start)
        if a is not None and a.key and idx.etype(a.key) in ("state", "person", "organization"):
            return a
        a = idx.actor_before(sent.index, toks[j].start)
        return a if a is not None and a.key else None
    return None


def _state_in(idx, a, b):
    for m in idx.doc.mentions:
        if a <= m.start < b and idx.etype(m.entity) == "state":
            return m.entity
    return None


# between an actor and a verb: a clause ends (العراق، لافتا إلى أنه سيتم تقديم): not its subject
# (a topic with أما keeps its comma: أما المغرب، فقد رصد)
_CLAUSE_END = re.compile(r"[،,.؛;:]")


# helping "by giving" (ساعدت العراق … من خلال تقديم، دعمت … عبر تقديم): the helper gave, in the past
_HELPED = {norm_token(c + w) for c in ("", "و", "ف") for w in (
    "ساعدت", "ساعد", "دعمت", "دعم", "ساهمت", "ساهم", "أسهمت", "أسهم", "ساعدوا", "ساهموا", "أسهموا", "ساعدا")}


def _helped_raise(words, i: int) -> bool:
    """``ساعدوا في جمع``، ``ساهمت على حشد``، ``ساعد أعضاء التحالف في جمع``: a past verb of helping
    (its subject between) before a raising cue —
    the money was raised with the helper's part, not a goal still to reach."""
    return i >= 2 and words[i - 1] in ("في", "على", "علي") and not _HELPED.isdisjoint(words[max(0, i - 5):i - 1])


def _helper_by_giving(idx: ActorIndex, sent, toks, words, vi: int):
    """``الحكومة البريطانية ساعدت العراق … من خلال تقديم 2 مليون``: (donor, as written) — the
    subject of the past verb of helping the verbal noun depends on (its object is the helped) —
    or None."""
    if not (words[vi - 2:vi] == ["من", "خلال"] or words[vi - 1:vi] == ["عبر"]):
        return None
    for k in range(vi - 3, max(-1, vi - 14), -1):
        if words[k] in _HELPED:
            a = idx.actor_before(sent.index, toks[k].start)
            if a is not None and a.key and idx.etype(a.key) in ("state", "organization") and \
                    not _CLAUSE_END.search(idx.doc.text[a.end:toks[k].start]):
                return _body_state(idx, a.key), a.as_written
            return None
    return None


# the sum named as someone's gift right after it: كمساهمة من الوزارة الألمانية، مقدمة من اليابان
# (or the amount right before من and a state or body: 500 مليون دولار من المملكة العربية السعودية)
# a relative clause right after the amount that says it was spent or given
_SPENT_AFTER = re.compile(r"^[^.،,؛]{0,50}?\s(?:و?التي|و?الذي)\s+(?:تم\s+|قد\s+)?(?:صرفت|صرف|انفقت|انفق|دفعت|دفع|سلمت|سلم)(?:\s|$)")
# a sum pledged before and only sent or paid now (ترسل … 415 مليون دولار، كانت قد تعهدت بإرسالها)
_PLEDGED_BEFORE = re.compile(r"^\s*[،,]?\s*(?:و?التي\s+|و?الذي\s+)?[وف]?كان(?:ت)?\s+(?:\S+\s+)?قد\s+"
                             r"(?:تعهدت|تعهد|وعدت|وعد|التزمت|التزم|اعلنت|اعلن|خصصت|خصص|رصدت|رصد)\S*(?:\s|$)")
_DONE_AFTER = (_SPENT_AFTER, _PLEDGED_BEFORE)
# (… بقيمة 20 مليون دولار ممولة من اليابان، بتمويل من: funded by — the funder gives)
_GIFT_NOUN_AFTER = re.compile(r"^\s*(?:\S+\s+)?(?:ك|ب)?(?:مساهمه|مقدمه|منحه|هبه|تبرع|ممول\S*|تمويل)\s")
# a sum's value in another currency in brackets right after it, and the state's government before its name
_CONVERSION = re.compile(r"\s*[(\[][^()\[\]\n]{1,40}[)\]]")
_GOVERNMENT_OF = re.compile(r"(?:حكومة|حكومه|دولة|دوله|جمهورية|جمهوريه|مملكة|مملكه)\s+")
_FROM_AFTER = re.compile(r"^\s*(?:(?:\S+\s+)?(?:ك|ب)?(?:مساهمه|مقدمه|منحه|هبه|تبرع|ممول\S*|تمويل)\s+(?:\S+\s+)?)?من\s+")


def _contribution_from(doc, idx: ActorIndex, amt, end: int):
    """(donor, as written) when the words right after the amount say whose contribution it
    is (``٣٣ مليون دولار كمساهمة من الوزارة الاتحادية الألمانية``), else None."""
    start = amt.end
    conversion = _CONVERSION.match(doc.text, start)
    if conversion is not None:
        start = conversion.end()     # 50,000 يورو (59,400 دولار أمريكي) من …: the same sum in another currency
    after = doc.text[start:min(end, start + 40)]
    if _FROM_AFTER.match(norm(after)) is None:
        return None
    at = next(t.end for t in word_tokens(after, start) if t.norm == "من") + 1    # as written: marks may sit on it (مِن)
    # after a contribution noun the giver may come a few words on; right after the amount, it is
    # the name itself (500 مليون دولار من السعودية, من حكومة اليونان), not what the money bought (من معدات …)
    gov = _GOVERNMENT_OF.match(doc.text, at)
    reach = at + 30 if _GIFT_NOUN_AFTER.match(norm(after)) else (gov.end() if gov else at) + 1
    ment = next((x for x in doc.mentions_in(at, min(end, at + 60)) if x.start < reach
                 and idx.etype(x.entity) in ("state", "organization")), None)
    return (ment.entity, ment.text) if ment is not None else None


# a further sum joined to a pledge, its giver named after it (…، إضافة إلى 20 مليون يورو من هولندا)
_PLUS = re.compile(r"(?:\s*(?:لل|ل|في\s+)" + _SHORT_PHRASE + r")?\s*[،,]?\s*(?:و|و?بالإضافة\s+إلى|و?بالاضافة\s+الى|و?إضافة\s+إلى|و?اضافة\s+الى|و?فضلا\s+عن|"
                   r"و?فضلاً\s+عن|و?علاوة\s+على)\s*")


def _sum_from_giver(doc, idx: ActorIndex, sent, amt, prev_end: int, last: Pledge | None, meeting) -> Pledge | None:
    """A sum with its giver right after it and no verb: a line opening with it (``50 مليون يورو
    من ألمانيا لإعادة الإعمار``, a headline's way of announcing a gift: new) or one joined to the
    pledge before it (``، إضافة إلى 20 مليون يورو من هولندا``: that pledge's status)."""
    opens = not doc.text[sent.start:amt.start].strip(" \t\n\"'«:-")
    joined = last is not None and _PLUS.fullmatch(doc.text[prev_end:amt.start])
    if not (opens or joined) or amt.currency is None:
        return None
    giver = _contribution_from(doc, idx, amt, sent.end)
    if giver is None:
        return None
    end = _clause_end(doc, amt.end, sent.end)
    ev = Evidence(doc.id, amt.start, end, doc.text[amt.start:end], sent.index, "pledge:sum-from-giver", 0.6)
    return Pledge(donor=_body_state(idx, giver[0]) or giver[0], amount=float(amt.value), currency=amt.currency,
                  qualifier=_qual(amt.qualifier), status="new" if opens else last.status, meeting=meeting, evidence=[ev],
                  donor_as_written=giver[1])


def _partner(doc, actor) -> bool:
    """The actor is the counterpart after مع (an agreement signed with it)."""
    near = doc.mentions_in(max(0, actor.start - 80), actor.end)
    start = min([m.start for m in near if m.start <= actor.start < m.end] + [actor.start])
    # the same body named twice in a row (برنامج الأمم المتحدة الإنمائي UNDP): from its first name
    for m in sorted(near, key=lambda m: -m.start):
        if m.end <= start and not doc.text[m.end:start].strip() and m.entity == getattr(actor, "key", None):
            start = m.start
    return norm(doc.text[max(0, start - 6):start]).split()[-1:] == ["مع"]


def _actor_before(idx: ActorIndex, sent, toks, vi):
    """The nearest actor before the verb within its clause (``وكانت السعودية قد قدمت``،
    ``أما المغرب، فقد رصد``)."""
    text = idx.doc.text
    a = idx.actor_before(sent.index, toks[vi].start)
    if a is not None and a.key and not _CLAUSE_END.search(text[a.end:toks[vi].start]) and \
            not _inside_a_name(idx.doc, a) and not _a_place(idx.doc, a) and not _the_leader(idx.doc, a):
        return a
    # scan back to the clause start (or an أما topic) for a state/person/collective
    for j in range(vi - 1, max(-1, vi - 7), -1):
        gap = text[toks[j].end:toks[j + 1].start]
        if re.search(r"[.؛;]", gap):
            break
        if re.search(r"[،,]", gap) and not (j > 0 and toks[j - 1].norm == "اما") and j != 1:
            # a comma ends the clause unless it closes a topic (أما المغرب،)
            if not any(t.norm == "اما" for t in toks[max(0, j - 3):j + 1]):
                break
        cand = idx.subject_at(sent.index, j, before=toks[vi].start)
        if cand is not None and cand.key and (idx.etype(cand.key) in ("state", "person", "organization")
                                              or cand.kind == "collective") and not _a_place(idx.doc, cand) \
                and not _inside_a_name(idx.doc, cand) and not _the_leader(idx.doc, cand):
            return cand
    return None


_LED_BY = re.compile(r"(?:بقياده|تقوده|تقودها|يقوده|يقودها)(?:\s+\S+){0,2}\s*$")


def _the_leader(doc, actor) -> bool:
    """``التحالف الدولي بقيادة الولايات المتحدة الأميركية إنه قدم``: the state that leads the
    coalition, named in its description, is not who gave (the coalition is)."""
    return bool(_LED_BY.search(norm(doc.text[max(0, actor.start - 40):actor.start])))


def _inside_a_name(doc, actor) -> bool:
    """The actor is a word of a longer name (داعش in التحالف الدولي ضد داعش): the name, found
    further back, is the subject."""
    return any(m.start < actor.start and actor.end <= m.end and m.entity != actor.key
               for m in doc.mentions_in(max(0, actor.start - 80), actor.end))


def _a_place(doc, actor) -> bool:
    """A state named as where something happens (في سوريا والعراق، بالعراق): a place, not the
    subject of a verb of giving after it. The states coordinated before it share its في."""
    start = actor.start
    while True:
        prev = [m for m in doc.mentions_in(max(0, start - 40), start) if m.end <= start
                and doc.entities.get(m.entity) is not None and doc.entities[m.entity].type == "state"
                and doc.text[m.end:start].strip(" ،,") in ("", "و")]
        if not prev:
            break
        start = max(prev, key=lambda m: m.end).start
    return norm(doc.text[max(0, start - 8):start]).split()[-1:] in (["في"], *([w] for w in _DIRECTIONS)) or \
        norm(doc.text[start:start + 3]).startswith("بال")


# a place named by where it lies (قاعدة التاجي شمال بغداد، قرب الموصل)
_DIRECTIONS = {norm_token(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب",
                                       "وسط")}


_ADDED = re.compile(r"^(?:إضافية|إضافي|إضافيا|جديدة|جديد|جديدا)\s+")


def _purpose(doc, idx, sent, amt, donor):
    text = doc.text
    end = _clause_end(doc, amt.end, sent.end)
    raw = text[amt.end:end]
    seg = raw.strip(" ،,.")
    seg_start = amt.end + len(raw) - len(raw.lstrip(" ،,."))
    # an adjective on the money is not its purpose: إضافية / جديدة, or a singular nationality
    # adjective (the donor's nisba: أمريكية، بريطاني) — not a plural demonym (للسوريين)
    seg = _ADDED.sub("", seg)
    if seg == raw.strip(" ،,."):
        nis = next((m for m in idx.doc.mentions if m.start == seg_start and m.kind == "nisba"
                    and idx.etype(m.entity) == "state"), None)
        if nis is not None and seg.startswith(nis.text) and norm_token(nis.text).endswith(("يه", "ي")) \
                and not norm_token(nis.text).startswith("ل"):
            seg = seg[len(nis.text):].lstrip()
    recipients = []
    for m in doc.mentions:
        if amt.end <= m.start < end and idx.etype(m.entity) == "state" and m.entity != donor \
                and m.entity not in recipients:
            recipients.append(m.entity)
    return (seg or None), recipients


def _clause_start(doc, toks, vi, sent_start) -> int:
    text = doc.text
    j = vi
    while j > 0:
        gap = text[toks[j - 1].end:toks[j].start]
        if re.search(r"[،,.؛;:]", gap):
            break
        j -= 1
        if vi - j > 4:
            break
    return toks[j].start if toks else sent_start


def _clause_end(doc, pos, sent_end) -> int:
    text = doc.text
    m = re.search(r"[،,؛;]|\s[-–]\s", text[pos:sent_end])
    end = pos + m.start() if m else sent_end
    while end > pos and text[end - 1] in " .":
        end -= 1
    return end
