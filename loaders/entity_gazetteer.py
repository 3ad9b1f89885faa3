"""Gazetteer matches and their guards: whether a lexicon name is here the entity or an ordinary
word, a capital city or its government, a ministry or a minister's title; the dateline city."""
from __future__ import annotations

from .document import Document, Mention
from .lexicon import Lexicon, compiled
from .normalize import norm_token, stems
from .entity_core import add_mention, covered, ensure_entity, entity_context, written


PLACE_PREP = {norm_token(w) for w in ("في", "من", "إلى", "الى", "داخل", "قرب", "نحو", "حتى", "بمدينة",
                                      "مدينة", "المدينة", "العاصمة", "بالعاصمة", "عاصمة", "لمدينة", "وفي", "بلدة",
                                      "محافظة", "ولاية", "مقاطعة", "منطقة", "قرية", "شوارع", "ضواحي")}


STRONG_PLACE = {norm_token(w) for w in ("مدينة", "بمدينة", "لمدينة", "المدينة", "العاصمة", "بالعاصمة", "عاصمة",
                                        "بلدة", "ببلدة", "قرية", "محافظة", "بمحافظة", "ولاية", "مقاطعة")}


VENUE_VERBS = {norm_token(w) for w in ("احتضنت", "استضافت", "شهدت", "تحتضن", "تستضيف", "تشهد", "استقبلت",
                                       "تستقبل", "احتضن", "استضاف", "شهد")}
# one goes to a place, not to a government: وصل كوبنهاغن، زار أبوظبي، غادر بغداد
ARRIVAL_VERBS = {norm_token(w) for w in ("وصل", "وصلت", "يصل", "تصل", "زار", "زارت", "يزور", "تزور", "غادر",
                                         "غادرت", "يغادر", "تغادر")}


def after_currency(doc: Document, ctx: dict, start: int, sent) -> bool:
    prev = _prev_tokens(doc, start, sent, 1)
    return bool(prev) and prev[-1] in ctx["currency_words"]


def title_before(doc: Document, ctx: dict, start: int, sent) -> bool:
    """A title's head right before (وزير الخارجية الأمريكية: the minister, not the ministry)."""
    prev = _prev_tokens(doc, start, sent, 1)
    return bool(prev) and not ctx["before_mfa"].isdisjoint(stems(prev[-1]))


def title_ministry(doc: Document, lex: Lexicon, start: int, end: int, sent) -> None:
    """The state adjective of a ministry's name read as part of a title: a mention of the state."""
    a = doc.tokens_within(sent, start, end)[-1].start
    for s, e, surface, entries in lex.match(doc.text, a, end):
        st = [x for x in entries if x.type == "state"]
        if st:
            ensure_entity(doc, lex, st[0].key, "state", st[0].name_en, st[0].qid, None)
            add_mention(doc, Mention(s, e, surface, st[0].key, st[0].kind, sent.index))


def _after_honorific(doc: Document, lex: Lexicon, start: int, sent) -> bool:
    """A form of address (``honorific`` in titles.yaml: البابا، اللورد، السيد) right before."""
    def build(lex):
        return frozenset(norm_token(r["ar"]) for r in lex.data.get("titles") or []
                         if isinstance(r, dict) and r.get("kind") == "honorific" and len(r["ar"].split()) == 1)
    prev = _prev_tokens(doc, start, sent, 1)
    return bool(prev) and prev[-1].lstrip("و") in compiled(lex, "gazetteer:honorifics", build)


def _prev_tokens(doc: Document, start: int, sent, n: int = 2) -> list[str]:
    """The last ``n`` words (folded) of the 40 characters before ``start`` in the sentence."""
    return [t.norm for t in doc.tokens_within(sent, max(sent.start, start - 40), start)[-n:]]


def _next_tokens(doc: Document, end: int, sent, n: int = 2) -> list[tuple[str, str]]:
    """The next tokens after ``end`` with the separator in front of each."""
    out, pos = [], end
    for t in doc.tokens_within(sent, end, min(sent.end, end + 60)):
        out.append((doc.text[pos:t.start], t.norm))
        pos = t.end
        if len(out) == n:
            break
    return out


def _is_place_context(doc: Document, lex: Lexicon, start: int, end: int, sent, strong=False) -> bool:
    prev = _prev_tokens(doc, start, sent, 3)
    cues = STRONG_PLACE if strong else PLACE_PREP
    if prev and prev[-1] in cues:
        return True
    if len(prev) >= 2 and prev[-2] in STRONG_PLACE:      # العاصمة السعودية الرياض
        return True
    if not strong:
        first = norm_token(doc.text[start:end].split()[0])
        if first.startswith("ب") and first[1:] in lex.firsts or first.startswith("بال"):
            return True                                      # بروكسل in ببروكسل
        if prev and (_venue_verb(prev[-1]) or prev[-1] in ARRIVAL_VERBS
                     or prev[-1][:1] in "وف" and prev[-1][1:] in ARRIVAL_VERBS):  # احتضنت الرياض، وصل كوبنهاغن
            return True
    nxt = _next_tokens(doc, end, sent, 2)
    if nxt:
        sep, w = nxt[0]
        if not strong and w in VENUE_VERBS:                 # الرياض تحتضن
            return True
        # "نيامي، النيجر" / "الرياض بالمملكة العربية السعودية": a city followed by its state
        if ("،" in sep or "," in sep or (w.startswith("ب") and not sep.strip())):
            for cand in stems(w):
                for es in lex.entries.get((cand,), []) + lex.entries.get((cand, nxt[1][1]) if len(nxt) > 1 else (cand,), []):
                    if es.type == "state" and es.kind == "name":
                        return True
    return False


def _venue_verb(w: str) -> bool:
    """A hosting verb, also with the meeting as its object pronoun and a و/ف before it (الذي
    تستضيفه روما، التي احتضنتها بغداد، واستضافته الرياض): the city after it is the venue."""
    for stem in (w, w[1:] if w[:1] in "وف" else w):
        for suffix in ("", "ه", "ها", "هما", "هم"):
            if stem.endswith(suffix) and stem[:len(stem) - len(suffix)] in VENUE_VERBS:
                return True
    return False


def _beside_city(doc, lex, start, end, sent) -> bool:
    """In a list of cities (في كل من بروكسل وروما ومراكش) a capital is a city too."""
    for w in _prev_tokens(doc, start, sent, 1) + [t for _, t in _next_tokens(doc, end, sent, 1)]:
        for f in stems(w):
            es = lex.entries.get((f,), [])
            if es and all(e.type == "city" for e in es):
                return True
    return False


def _weak_city(lex: Lexicon, e) -> bool:
    info = lex.info.get(e.key) or {}
    return e.type == "city" and not info.get("well_known")


def _city_word_guard(doc, lex, e, start, end, sent, surface) -> bool:
    """False when a little-known city's one-word name is here an ordinary word."""
    if len(surface.split()) != 1:
        return True
    info = lex.info.get(e.key) or {}
    spellings = {written(n) for n in info.get("names_ar") or []}
    word = written(surface)
    forms = [f for f in written_stems(word)]
    own = [f for f in forms if f in spellings]
    folded = {norm_token(n) for n in spellings}
    if word not in spellings and lex.zipf(word, besides=spellings) >= 3.5:
        # كبيرًا is "big", not ك + Beira; the name itself spelt otherwise (جده, اطار) only as a place
        return norm_token(word) in folded and _is_place_context(doc, lex, start, end, sent, strong=True)
    if word[:1] == "ك" and word not in spellings:
        return False                        # كسبها is "winning it", not ك + Sabha: "like <city>" is rare
    if not own:
        if not any(norm_token(f) in folded for f in forms):
            return False                    # only through stacked clitics: فلورانس is not ف+ل+و+رانس
        # folded-equal only (إطار ~ أطار): the written word is an ordinary word when it is common,
        # but for its own plain spelling (الرقه); a common word (جده, "his grandfather", is Jeddah
        # written plainly) is the city only where the text says it is a place
        if any(lex.zipf(f, besides=spellings) >= 3.8 for f in forms):
            return _is_place_context(doc, lex, start, end, sent, strong=True)
    stem = own[0] if own else forms[-1]
    toggled = stem[2:] if stem.startswith("ال") else "ال" + stem
    common = lex.zipf(toggled) >= 3.9 or lex.zipf(stem) >= 5.0 or len(norm_token(stem)) <= 2
    if common:
        return _is_place_context(doc, lex, start, end, sent, strong=True)
    return True


def _state_word_guard(doc, lex, start, end, sent, surface) -> bool:
    """False when a state's one-word name is here an ordinary word (مالي "financial" in
    حملة تعهد مالي): such a name needs a place cue or another state beside it."""
    if len(surface.split()) != 1:
        return True
    stem = written_stems(written(surface))[-1]
    toggled = stem[2:] if stem.startswith("ال") else "ال" + stem
    if lex.zipf(toggled) < 4.0 or (stem.startswith("ال") and toggled in entity_context(lex)["given"]):
        return True     # (الهند: هند is common as a given name, and a name takes no article)
    if _is_place_context(doc, lex, start, end, sent):
        return True
    for w in _prev_tokens(doc, start, sent, 1) + [t for _, t in _next_tokens(doc, end, sent, 1)]:
        for f in stems(w):
            if any(e.type == "state" for e in lex.entries.get((f,), [])):
                return True
    return False


def _folded_common_word(lex, e, surface: str) -> bool:
    """A capital, as a city or standing for its state, matched only through folding (مالية
    "financial" ~ ماليه, Malé) is the ordinary word when that word, as written, is common."""
    info = lex.info.get(e.key) or {}
    spellings = {written(n) for n in info.get("capital_ar" if e.kind == "metonym" else "names_ar") or []}
    forms = written_stems(written(surface))
    # ماليه, Malé, is also مالية ("financial") written plainly
    return any(lex.zipf(f, besides=spellings) >= 3.8 for f in forms)


def written_stems(word: str) -> list[str]:
    """The word and its forms without proclitics, longest first, as written."""
    out = [word]
    for c in ("وبال", "وال", "بال", "فال", "لل", "و", "ف", "ب", "ل", "ك"):
        if word.startswith(c) and len(word) - len(c) >= 3:
            rest = word[len(c):]
            out.append(rest)
            if c == "لل":
                out.append("ال" + rest)
    return out


_FUNCTION_WORDS = {norm_token(w) for w in ("في", "من", "على", "إلى", "الى", "عن", "مع", "خلال", "ضد", "التي", "الذي",
                                            "بعد", "قبل", "منذ", "حتى", "لدى", "عبر", "أن", "إن")}


def _with_b_a_word(doc, lex, start: int, end: int, sent, surface: str) -> bool:
    """``قوبلت بحماس فاتر``: a one-word name that is a common word (حماس "enthusiasm"), with ب
    and an indefinite word after it (its adjective), is that word, not the organisation."""
    bare = surface[1:]
    if not surface.startswith("ب") or " " in surface or lex.zipf(bare) < 4.0:
        return False
    nxt = _next_tokens(doc, end, sent, 1)
    return bool(nxt) and not nxt[0][0].strip() and not nxt[0][1].startswith(("ال", "و")) \
        and nxt[0][1] not in _FUNCTION_WORDS


def choose_entry(entries, doc: Document, lex: Lexicon, start: int, end: int, sent):
    """Pick the entry a match stands for, or None when it is an ordinary word here.

    A state's own name wins (الكويت, الجزائر: the state unless ``مدينة`` is written). A capital
    is the city after a place cue (في، العاصمة، ب-، احتضنت) or before its state (الرياض
    بالمملكة), and the government otherwise (وحثت واشنطن والرياض)."""
    surface = doc.text[start:end]
    entries = [e for e in entries if not (e.type == "city" and _weak_city(lex, e)
                                          and not _city_word_guard(doc, lex, e, start, end, sent, surface))]
    entries = [e for e in entries if not (e.type == "state" and e.kind == "name"
                                          and not _state_word_guard(doc, lex, start, end, sent, surface))]
    # a common word that is also a city's name written otherwise (جده "his grandfather", Jeddah
    # written plainly) is the city only where the text says it is a place
    entries = [e for e in entries if not ((e.kind == "metonym" or e.type == "city") and _folded_common_word(lex, e, surface)
                                          and not (e.type == "city" and _is_place_context(doc, lex, start, end, sent,
                                                                                           strong=True)))]
    entries = [e for e in entries if not (e.type == "organization" and _with_b_a_word(doc, lex, start, end, sent, surface))]
    if entries and all(e.type == "city" for e in entries) and _after_honorific(doc, lex, start, sent):
        return None     # البابا فرانسيس، السيد بوسطن: a person's name after the form of address
    if not entries:
        return None
    if len(entries) == 1:
        return entries[0]
    entries = _by_vowels(lex, entries, surface)
    capital = _capital_of_named_state(doc, lex, entries, start, sent)
    if capital is not None:
        return capital
    if len(entries) == 1:
        return entries[0]
    for e in entries:
        if e.type == "state" and e.kind == "name":
            return e
    cities = [e for e in entries if e.type == "city"]
    metos = [e for e in entries if e.kind == "metonym"]
    if cities and metos:
        return cities[0] if (_is_place_context(doc, lex, start, end, sent) or _named_meeting(doc, start, sent)
                             or _beside_city(doc, lex, start, end, sent)) else metos[0]
    order = {"name": 0, "nisba": 1, "demonym": 2, "metonym": 3, "short": 4}
    return sorted(entries, key=lambda e: (e.type == "city", order.get(e.kind, 5)))[0]


# a meeting named after its venue (اجتماع باريس، مؤتمر لندن، قمة الرياض): the capital is the city
_MEETING_NOUNS = {c + norm_token(w) for c in ("", "و", "ف", "ب", "ل")
                  for w in ("اجتماع", "اجتماعات", "مؤتمر", "قمة", "لقاء", "ملتقى")}


def _named_meeting(doc: Document, start: int, sent) -> bool:
    prev = _prev_tokens(doc, start, sent, 1)
    return bool(prev) and prev[-1] in _MEETING_NOUNS


def _by_vowels(lex: Lexicon, entries, surface: str):
    """A homograph written with its vowels (عمّان the city, عُمان the state) is the entry the
    lexicon spells so; unvowelled, every entry stays."""
    if written(surface) == surface:
        return entries
    spelled = [e for e in entries if any(n in surface for n in (lex.info.get(e.key) or {}).get("names_ar") or []
                                         if written(n) != n)]
    return spelled or entries


_CAPITAL = norm_token("عاصمة")


def _capital_of_named_state(doc: Document, lex: Lexicon, entries, start: int, sent):
    """The city after the capital of a state named just before (العاصمة الأردنية عمان، عاصمة
    الأردن عمان, بالعاصمة الأردنية): a capital named so is the city, not a homonymous state."""
    toks = doc.tokens_within(sent, max(sent.start, start - 60), start)
    if len(toks) < 2 or _CAPITAL not in stems(toks[-2].text):
        return None
    state = covered(doc, toks[-1].start, toks[-1].end)
    if state is None:
        return None
    for e in entries:
        if e.type == "city" and (lex.info.get(e.key) or {}).get("country_key") == state.entity:
            return e
    return None


def dateline_city(doc: Document, lex: Lexicon) -> None:
    """The city a dateline names (the outlet's base or the venue): a city, never a government;
    the outlet's own name in front of it (بوابة اوكرانيا) names no state."""
    a, b = doc.dateline
    found = None
    for start, end, surface, entries in lex.match(doc.text, a, b):
        cities = [e for e in entries if e.type == "city"]
        if cities:
            found = (start, end, surface, cities[0])
    if found:
        start, end, surface, e = found
        ensure_entity(doc, lex, e.key, "city", e.name_en, e.qid, None)
        add_mention(doc, Mention(start, end, surface, e.key, "dateline", -1))
