"""Entity mentions: gazetteer matches (with guards against ordinary words and a choice between
a capital city and its government), title-anchored persons no lexicon knows, in-document
coreference of short forms and spelling variants, nominal mentions (الوزير السعودي), nested
names (ISIS inside the coalition's name) and the dateline city.

>>> from coalition_kg.loaders.article import Article
>>> from coalition_kg.loaders.pipeline import extract
>>> doc = extract(Article(id="t", source="t", text="وقال وزير الخارجية الكويتي الشيخ صباح الخالد الحمد الصباح إن التحالف قوي. وأضاف الخالد أن الاجتماع مهم."))
>>> p = [e for e in doc.entities.values() if e.type == "person"][0]
>>> p.surfaces, p.role, doc.entities[p.affiliation].name_en
(['الشيخ صباح الخالد الحمد الصباح', 'الخالد'], 'وزير الخارجية الكويتي', 'Kuwait')
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .document import Document, Entity, Mention
from .lexicon import Lexicon, compiled
from .stages import stage
from .normalize import DIACRITICS, alternation, norm, norm_token, skeleton, stems, tokens

# Words that end a personal name after a title: function words and frequent news words.
STOP = {norm_token(w) for w in (
    "في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "ان", "أنه", "إنه", "أنها", "التي", "الذي",
    "الذين", "خلال", "بعد", "قبل", "منذ", "حول", "بشأن", "لدى", "عند", "كما", "و", "أو", "ثم", "لكن",
    "قد", "لقد", "هو", "هي", "ذلك", "هذا", "هذه", "تلك", "كل", "بين", "أمام", "اليوم", "أمس", "يوم",
    "غدا", "عبر", "ضد", "نحو", "دون", "حتى", "إذ", "اذ", "لا", "لم", "لن", "ما", "بأن", "بان", "وأن",
    "عقب", "إثر", "أثناء", "فيما", "بينما", "حين", "حيث", "الذي", "اللذين", "وهو", "وهي", "بل",
    "بلاده", "بلادها", "نفسه", "نفسها", "أيضا", "ايضا", "مجددا", "كذلك",
)}
NAME_PARTICLES = {norm_token(w) for w in ("بن", "بنت", "ابن", "آل", "أبو", "ابو", "عبد", "دي", "دى", "دو",
                                          "فان", "فون", "لو", "لا", "دا", "ولد", "أبي", "ابي", "أم", "ام")}
# a particle that belongs to the next word of a surname (دي مايو, فان دير)
SURNAME_PARTICLES = {norm_token(w) for w in ("دي", "دى", "دو", "فان", "فون", "لو", "دا", "آل", "أبو", "ابو")}
NOMINAL_HEADS = {norm_token(w) for w in ("نظيره", "نظيرها", "نظيريه", "نظيرهم", "نظيره", "الوزير", "الوزيرة",
                                         "المسؤول", "المسؤولة", "نظير")}
PLACE_PREP = {norm_token(w) for w in ("في", "من", "إلى", "الى", "داخل", "قرب", "نحو", "حتى", "بمدينة",
                                      "مدينة", "المدينة", "العاصمة", "بالعاصمة", "عاصمة", "لمدينة", "وفي", "بلدة",
                                      "محافظة", "ولاية", "مقاطعة", "منطقة", "قرية", "شوارع", "ضواحي")}
STRONG_PLACE = {norm_token(w) for w in ("مدينة", "بمدينة", "لمدينة", "المدينة", "العاصمة", "بالعاصمة", "عاصمة",
                                        "بلدة", "ببلدة", "قرية", "محافظة", "بمحافظة", "ولاية", "مقاطعة")}
VENUE_VERBS = {norm_token(w) for w in ("احتضنت", "استضافت", "شهدت", "تحتضن", "تستضيف", "تشهد", "استقبلت",
                                       "تستقبل", "احتضن", "استضاف", "شهد")}
PLURAL_HEADS = {norm_token(w) for w in ("وزراء", "مسؤولون", "مسؤولين", "قادة", "رؤساء", "ممثلو", "ممثلي", "سفراء")}
KUNYA = {norm_token(w) for w in ("أبو", "أبي", "أبا", "ابو", "ابي", "ابا")}
COMMON_ZIPF = 4.3        # a word this frequent after two name words ends the name
SHORT_FORM_ZIPF = 4.5    # a name word this frequent is not a mention on its own (صباح, مايو)
NAME_START_ZIPF = 4.6    # a first word this frequent (and no given name) is not a name
MAX_NAME = 6
ALLAH = norm_token("الله")
COALITION_ADJ = {norm_token(w) for w in ("الدولي", "العالمي", "الدولية")}


@lru_cache(maxsize=65536)
def _written(token: str) -> str:
    return DIACRITICS.sub("", token)


def _positions(doc: Document, pred, memo: dict | None = None):
    """(sentence, [token indices]) for the sentences with tokens satisfying ``pred``, a test of
    the token as written (or a set of such tokens); ``pred`` runs once per distinct word of the article (once per word
    for good with ``memo``, kept with the lexicon, for a test that depends on nothing else)."""
    words, vocab = doc.words()
    if isinstance(pred, (set, frozenset)):
        hits = vocab & pred       # a set of words as written: those of the article in it
    elif memo is None:
        hits = {t for t in vocab if pred(t)}
    else:
        # memo: {"yes": words that pass, "seen": words tested}
        if len(memo["seen"]) > 200_000:
            memo["yes"].clear()
            memo["seen"].clear()
        new = vocab - memo["seen"]
        if new:
            memo["yes"].update(t for t in new if pred(t))
            memo["seen"].update(new)
        hits = vocab & memo["yes"]
    if not hits:
        return []
    out = []
    for sent, ws in zip(doc.sentences, words):
        if hits.isdisjoint(ws):
            continue
        out.append((sent, [i for i, t in enumerate(doc.tokens_of(sent)) if t.text in hits]))
    return out


def _ctx(lex: Lexicon) -> dict:
    def build(lex):
        titles = [t for t in lex.data.get("titles") or [] if t.get("ar")]
        post = sorted({norm(t["ar"]) for t in titles if t.get("kind") == "post"}, key=len, reverse=True)
        generic = {norm(t["ar"]) for t in titles if t.get("kind") == "generic"}
        honor = sorted({norm(t["ar"]) for t in titles if t.get("kind") == "honorific"} | {norm("الملك"), norm("الملكة")},
                       key=len, reverse=True)
        role_en = {norm(t["ar"]): t.get("role_en") for t in titles}
        verbs = set()
        for row in (lex.data.get("speech_verbs") or []) + (lex.data.get("pledge_verbs") or []):
            for f in row.get("forms") or []:
                verbs.add(norm(f))
        currency_words = {norm_token(n) for row in lex.data.get("currencies") or [] if isinstance(row, dict)
                          for n in row.get("names_ar") or [] if " " not in n}
        given = {_written(g) for g in lex.data.get("given_names") or [] if isinstance(g, str)}
        # final ى is often written ي (Egyptian and wire orthography: مصطفي، موسي)
        given |= {g[:-1] + "ي" for g in given if g.endswith("ى")}
        title_words = {w for t in post + sorted(generic) for w in t.split()}
        return {
            "post_re": re.compile(r"(?:^| )(?:و|ف)?(?:ل|ب)?(" + alternation(post) + r")(?= |$)"),
            "generic": generic, "honor": honor, "honor_first": {h.split()[0] for h in honor},
            "role_en": role_en, "verbs": verbs, "given": given, "title_words": title_words,
            "currency_words": currency_words,
            # the normalised tokens a title can open with (its first word after و/ف and ل/ب)
            "title_firsts": {c1 + c2 + t.split()[0] for t in post for c1 in ("", "و", "ف") for c2 in ("", "ل", "ب")},
            "memo_given": {"yes": set(), "seen": set()}, "memo_heads": {"yes": set(), "seen": set()},
            "memo_mfa": {"yes": set(), "seen": set()},
            # words a title puts before الخارجية (وزير الخارجية): there it is the minister's
            "before_mfa": {w.split()[k - 1] for w in post + sorted(generic) for k in range(1, len(w.split()))
                           if w.split()[k] == MFA} - {MINISTRY},
        }
    return compiled(lex, "entities_ctx", build)


def _ensure(doc: Document, lex: Lexicon, key: str, entry_type: str, name_en, qid, surface: str | None) -> Entity:
    ent = doc.entities.get(key)
    if ent is None:
        info = lex.info.get(key, {})
        names = info.get("names_ar") or [surface]
        ent = Entity(key=key, type=entry_type, name_en=name_en, name_ar=names[0], qid=qid,
                     subtype=info.get("subtype"), country=info.get("country_key"),
                     parent=info.get("parent_key"))
        if entry_type == "person":
            ent.affiliation = info.get("country_key") or _org_key(lex, info.get("org"))
        doc.entities[key] = ent
    if surface:
        ent.add_surface(surface)
    return ent


def _org_key(lex: Lexicon, name_en: str | None) -> str | None:
    if not name_en:
        return None
    # the first organisation row with that English name (case-insensitive), by a table built
    # once per lexicon (rebuilt when rows are added)
    memo = lex.cache.get("org_by_name_en")
    if memo is None or memo[0] != len(lex.info):
        table: dict[str, str] = {}
        for k, row in lex.info.items():
            if row.get("type") == "organization":
                table.setdefault((row.get("name_en") or "").lower(), k)
        memo = lex.cache["org_by_name_en"] = (len(lex.info), table)
    return memo[1].get(name_en.lower())


def _add(doc: Document, m: Mention, surfaces=True) -> None:
    doc.mentions.append(m)
    idx = _INDEX.get(id(doc))
    if idx is not None and idx[0] is doc.mentions and idx[1] == len(doc.mentions) - 1:
        # keep the start-sorted index: the new mention goes after those with its start,
        # where a stable sort of the list would put it
        _, n, ms, starts, longest = idx
        k = bisect.bisect_right(starts, m.start)
        ms.insert(k, m)
        starts.insert(k, m.start)
        _INDEX[id(doc)] = (doc.mentions, n + 1, ms, starts, max(longest, m.end - m.start))
    else:
        _INDEX.pop(id(doc), None)
    if surfaces and m.kind != "nominal":
        doc.entities[m.entity].add_surface(m.text)


@stage(needs=("sentences", "dateline"), adds=("mentions", "entities", "not_surfaces"))
def find_entities(doc: Document, lex: Lexicon) -> Document:
    ctx = _ctx(lex)
    if doc.dateline:
        _dateline(doc, lex)
    for sent in doc.sentences:
        for start, end, surface, entries in lex.match(doc.text, sent.start, sent.end, doc.tokens_of(sent)):
            e = _choose(entries, doc, lex, start, end, sent)
            if e is None:
                continue
            if e.type == "state" and e.kind == "nisba" and _after_currency(doc, ctx, start, sent):
                # دولار أمريكي: the currency's adjective — a mention the facts may read (the
                # donor's money), but no surface of the state
                doc.not_surfaces.add((start, end))
            if e.type == "organization" and _title_before(doc, ctx, start, sent) and norm(surface).startswith(MFA):
                _title_ministry(doc, lex, start, end, sent)
                continue
            _ensure(doc, lex, e.key, e.type, e.name_en, e.qid, None)
            m = Mention(start, end, surface, e.key, "short" if e.kind == "short" else e.kind, sent.index)
            if e.type == "person":
                m = _with_honorific(doc, ctx, m, sent.start)
            _add(doc, m)
            if e.type == "organization" and end - start > 0 and len(surface.split()) > 2:
                _nested(doc, lex, m, sent.index)
    _foreign_ministries(doc, lex, ctx)
    _state_bodies(doc, lex)
    _title_persons(doc, lex, ctx)
    _short_forms(doc, lex, ctx)
    _cue_persons(doc, lex, ctx)
    _honorific_persons(doc, lex, ctx)
    _short_forms(doc, lex, ctx)
    _bare_coalition(doc, lex)
    _glued_names(doc, lex)
    _quoted_names(doc, lex)
    _nominals(doc, lex, ctx)
    _elliptic_regions(doc, lex)
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    _INDEX.pop(id(doc), None)
    _refresh(doc)
    return doc


def _after_currency(doc: Document, ctx: dict, start: int, sent) -> bool:
    prev = _prev_tokens(doc, start, sent, 1)
    return bool(prev) and prev[-1] in ctx["currency_words"]


def _title_before(doc: Document, ctx: dict, start: int, sent) -> bool:
    """A title's head right before (وزير الخارجية الأمريكية: the minister, not the ministry)."""
    prev = _prev_tokens(doc, start, sent, 1)
    return bool(prev) and not ctx["before_mfa"].isdisjoint(stems(prev[-1]))


def _title_ministry(doc: Document, lex: Lexicon, start: int, end: int, sent) -> None:
    """The state adjective of a ministry's name read as part of a title: a mention of the state."""
    a = doc.tokens_within(sent, start, end)[-1].start
    for s, e, surface, entries in lex.match(doc.text, a, end):
        st = [x for x in entries if x.type == "state"]
        if st:
            _ensure(doc, lex, st[0].key, "state", st[0].name_en, st[0].qid, None)
            _add(doc, Mention(s, e, surface, st[0].key, st[0].kind, sent.index))


def _refresh(doc: Document) -> None:
    """Surfaces from the mentions that remain (a weak city may have given way to a name);
    entities left without a mention are dropped."""
    seen: dict[str, list[str]] = {}
    quiet = doc.not_surfaces
    for m in doc.mentions:
        lst = seen.setdefault(m.entity, [])
        if m.kind != "nominal" and m.text not in lst and (m.start, m.end) not in quiet:
            lst.append(m.text)
    for k in list(doc.entities):
        if k not in seen:
            del doc.entities[k]
        else:
            doc.entities[k].surfaces = seen[k]


COMPASS = {norm_token(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي")}


def _elliptic_regions(doc: Document, lex: Lexicon) -> None:
    """``ووسط وجنوب إفريقيا`` / ``وجنوب ووسط آسيا``: two regions sharing one head noun are
    one mention of the pair (not South Africa, not Central Asia alone)."""
    for m in list(doc.mentions):
        if m.kind == "nominal" or not m.text.split():
            continue
        first = m.text.split()[0]
        if not (first.startswith("و") and stems(first) & COMPASS):
            continue
        before = doc.text[max(0, m.start - 12):m.start]
        bt = tokens(before)
        if not bt or before[bt[-1][1]:].strip() or not (stems(bt[-1][2]) & COMPASS):
            continue
        a = m.start - len(before) + bt[-1][0]
        if doc.text[a] in "وف" and stems(bt[-1][2][1:]) & COMPASS:
            a += 1                      # وجنوب ووسط آسيا: the region without the conjunction
        surface = doc.text[a:m.end]
        key = "region:" + norm(surface)
        if key not in doc.entities:
            doc.entities[key] = Entity(key=key, type="region", name_ar=surface)
        doc.mentions.remove(m)
        _add(doc, Mention(a, m.end, surface, key, "name", m.sentence))


# --------------------------------------------------------------------------- gazetteer guards

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
        if prev and prev[-1] in VENUE_VERBS:                # احتضنت الرياض
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
    spellings = {_written(n) for n in info.get("names_ar") or []}
    word = _written(surface)
    forms = [f for f in _written_stems(word)]
    own = [f for f in forms if f in spellings]
    if word not in spellings and lex.zipf(word) >= 3.5:
        return False                        # كبيرًا is "big", not ك + Beira
    if not own:
        folded = {norm_token(n) for n in spellings}
        if not any(norm_token(f) in folded for f in forms):
            return False                    # only through stacked clitics: فلورانس is not ف+ل+و+رانس
        # folded-equal only (إطار ~ أطار): the written word is an ordinary word when it is common
        if any(lex.zipf(f) >= 3.8 for f in forms):
            return False
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
    stem = _written_stems(_written(surface))[-1]
    toggled = stem[2:] if stem.startswith("ال") else "ال" + stem
    if lex.zipf(toggled) < 4.0:
        return True
    if _is_place_context(doc, lex, start, end, sent):
        return True
    for w in _prev_tokens(doc, start, sent, 1) + [t for _, t in _next_tokens(doc, end, sent, 1)]:
        for f in stems(w):
            if any(e.type == "state" for e in lex.entries.get((f,), [])):
                return True
    return False


def _written_stems(word: str) -> list[str]:
    """The word and its forms without proclitics, longest first, as written."""
    out = [word]
    for c in ("وبال", "وال", "بال", "فال", "لل", "و", "ف", "ب", "ل", "ك"):
        if word.startswith(c) and len(word) - len(c) >= 3:
            rest = word[len(c):]
            out.append(rest)
            if c == "لل":
                out.append("ال" + rest)
    return out


def _choose(entries, doc: Document, lex: Lexicon, start: int, end: int, sent):
    """Pick the entry a match stands for, or None when it is an ordinary word here.

    A state's own name wins (الكويت, الجزائر: the state unless ``مدينة`` is written). A capital
    is the city after a place cue (في، العاصمة، ب-، احتضنت) or before its state (الرياض
    بالمملكة), and the government otherwise (وحثت واشنطن والرياض)."""
    surface = doc.text[start:end]
    entries = [e for e in entries if not (e.type == "city" and _weak_city(lex, e)
                                          and not _city_word_guard(doc, lex, e, start, end, sent, surface))]
    entries = [e for e in entries if not (e.type == "state" and e.kind == "name"
                                          and not _state_word_guard(doc, lex, start, end, sent, surface))]
    if not entries:
        return None
    if len(entries) == 1:
        return entries[0]
    for e in entries:
        if e.type == "state" and e.kind == "name":
            return e
    cities = [e for e in entries if e.type == "city"]
    metos = [e for e in entries if e.kind == "metonym"]
    if cities and metos:
        return cities[0] if (_is_place_context(doc, lex, start, end, sent)
                             or _beside_city(doc, lex, start, end, sent)) else metos[0]
    order = {"name": 0, "nisba": 1, "demonym": 2, "metonym": 3, "short": 4}
    return sorted(entries, key=lambda e: (e.type == "city", order.get(e.kind, 5)))[0]


def _with_honorific(doc: Document, ctx: dict, m: Mention, lo: int) -> Mention:
    """Take a title of address written in front of a person's name into the mention
    (الأمير فيصل بن فرحان), as the press and the gold write the name."""
    before = doc.text[max(lo, m.start - 30):m.start]
    nb = norm(before)
    for h in ctx["honor"]:
        if nb.endswith(" " + h) or nb == h:
            # find the honorific's start in the raw text
            toks = tokens(before)
            k = len(h.split())
            if len(toks) >= k and not before[toks[-1][1]:].strip():
                a = m.start - len(before) + toks[-k][0]
                return Mention(a, m.end, doc.text[a:m.end], m.entity, m.kind, m.sentence)
    return m


def _nested(doc: Document, lex: Lexicon, outer: Mention, sent_index: int) -> None:
    """A terrorist group named inside another organisation's name (ISIS in the coalition's),
    and the state whose organ a government body is, named at the end of its name (السعودية in
    القوات الجوية الملكية السعودية; not the الفرنسية of a news agency): mentions of them too."""
    toks = tokens(outer.text)
    if len(toks) < 2:
        return
    a = outer.start + toks[1][0]
    for s, e, surface, entries in lex.match(doc.text, a, outer.end):
        for ent in entries:
            if (ent.type == "organization" and (lex.info.get(ent.key) or {}).get("subtype") == "terrorist_group") \
                    or (ent.type == "state" and ent.kind in ("name", "nisba") and e == outer.end
                        and doc.entities[outer.entity].subtype == "government_body"):
                _ensure(doc, lex, ent.key, ent.type, ent.name_en, ent.qid, None)
                _add(doc, Mention(s, e, surface, ent.key, "nested", sent_index))
                break


def _dateline(doc: Document, lex: Lexicon) -> None:
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
        _ensure(doc, lex, e.key, "city", e.name_en, e.qid, None)
        _add(doc, Mention(start, end, surface, e.key, "dateline", -1))


# --------------------------------------------------------------------------- persons

_INDEX: dict[int, tuple] = {}


def _overlapping(doc: Document, a: int, b: int) -> list[Mention]:
    """Mentions overlapping [a, b), from a start-sorted index rebuilt when mentions change."""
    idx = _INDEX.get(id(doc))
    if idx is None or idx[0] is not doc.mentions or idx[1] != len(doc.mentions):
        ms = sorted(doc.mentions, key=lambda m: m.start)
        longest = max((m.end - m.start for m in ms), default=0)
        idx = (doc.mentions, len(doc.mentions), ms, [m.start for m in ms], longest)
        _INDEX.clear()
        _INDEX[id(doc)] = idx
    _, _, ms, starts, longest = idx
    lo = bisect.bisect_left(starts, a - longest)
    hi = bisect.bisect_left(starts, b)
    return [m for m in ms[lo:hi] if m.end > a]


def _covered(doc: Document, a: int, b: int, lex: Lexicon | None = None) -> Mention | None:
    """The mention covering [a, b); with ``lex``, a little-known city's mention does not count
    (a person's name may contain it: عثمان إلياسو جيبو is not the town Djibo)."""
    for m in _overlapping(doc, a, b):
        if m.start <= a < m.end or (a <= m.start < b):
            if lex is not None and m.kind == "name" and _weak_city_key(lex, doc, m.entity):
                continue
            return m
    return None


def _weak_city_key(lex: Lexicon, doc: Document, key: str) -> bool:
    ent = doc.entities.get(key)
    return ent is not None and ent.type == "city" and not (lex.info.get(key) or {}).get("well_known") \
        and len((ent.surfaces or [""])[0].split()) == 1


def _take(doc: Document, a: int, b: int) -> None:
    """Remove the mentions a new, longer name overlaps."""
    doc.mentions[:] = [m for m in doc.mentions if m.end <= a or m.start >= b]
    _INDEX.pop(id(doc), None)


def _title_persons(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """``<title> [<nisba>|<state>|ل<state>] [<honorific>] Name Name…`` → a person, with the
    title as role and the state as affiliation; a known person after a title gets the role."""
    for sent in doc.sentences:
        toks = doc.tokens_of(sent)
        if not toks:
            continue
        for title, t_start_tok, i in _title_spans(doc, sent, ctx):
            if title.split()[0] in PLURAL_HEADS:
                continue              # وزراء خارجية ...: ministers, no one person
            title_a = toks[t_start_tok].start + _clitic_len(toks[t_start_tok].text, title.split()[0])
            title_b = toks[i - 1].end
            affiliation = None
            i = _title_complement(doc, lex, ctx, sent, toks, i)
            # a state (nisba, name) or an organisation (للأمم المتحدة) after the title
            while i < len(toks):
                a = toks[i].start
                cov = _covered(doc, a, a + 1)
                if cov is None or doc.entities[cov.entity].type not in ("state", "organization", "region") \
                        or cov.kind == "nominal":
                    break
                affiliation = affiliation or cov.entity
                while i < len(toks) and toks[i].end <= cov.end:
                    i += 1
                title_b = cov.end
            role = doc.text[title_a:title_b]
            # honorifics
            h_start = i
            while i < len(toks) and (toks[i].norm in ctx["honor_first"] or toks[i].norm == "سمو"):
                i += 1
            if i >= len(toks):
                continue
            gap = doc.text[toks[h_start - 1].end:toks[h_start].start] if h_start > 0 and h_start < len(toks) else ""
            appositive = h_start == i and gap.strip(" \"”“«»") in ("،", ",")
            if any(ch in gap for ch in "،,.:؛;(") and h_start == i and not appositive:
                # "وزير الخارجية الأميركي، ..." – no name follows the title directly
                continue
            a = toks[i].start
            known = _covered(doc, a, a + 1)
            if known is not None:
                ent = doc.entities[known.entity]
                if ent.type == "person":
                    _set_role(ent, role, ctx, affiliation)
                continue
            name = _name_run(doc, lex, ctx, sent, toks, i)
            if not name or (appositive and not _closed_apposition(doc.text, toks, name)):
                continue
            a, b = toks[name[0]].start, toks[name[-1]].end
            surface = doc.text[a:b]
            key = "person:" + norm(surface)
            ent = _ensure(doc, lex, key, "person", None, None, None)
            ent.name_ar = ent.name_ar or surface
            m0 = Mention(a, b, surface, key, "name", sent.index)
            m0 = _with_honorific(doc, ctx, m0, sent.start)
            _add(doc, m0)
            _set_role(ent, role, ctx, affiliation)


COMPLEMENT_PREP = {norm_token(w) for w in ("في", "إلى", "الى", "لدى", "باسم", "عن")}
AFFILIATION_TYPES = ("state", "organization", "region", "city")


def _possessed_title_word(word: str, ctx: dict) -> bool:
    for suffix in ("ته", "تها", "تهم", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[:-len(suffix)] + ("ه" if suffix.startswith("ت") else "")
            if base in ctx["title_words"] or "ال" + base in ctx["title_words"]:
                return True
    return False


def _closed_apposition(text: str, toks, name: list[int]) -> bool:
    """``قال المتحدث باسم الوزارة، فلان الفلاني، إن``: a name after a title's comma counts
    only with two words at least and a comma closing it."""
    k = name[-1]
    return len(name) >= 2 and k + 1 < len(toks) and text[toks[k].end:toks[k + 1].start].strip() in ("،", ",")


def _clitic_len(raw: str, first: str) -> int:
    """How many letters of ``raw`` are clitics before the title word ``first`` (ووزير → 1)."""
    for p in range(0, min(3, len(raw))):
        if norm_token(raw[p:]) == first:
            return p
    return 0


def _title_complement(doc: Document, lex: Lexicon, ctx: dict, sent, toks, i: int, limit: int = 5) -> int:
    """The token where a title's state or organisation starts when a portfolio or a
    prepositional complement stands between (وزير الإعلام السوري، نائب وزير الخارجية والشؤون
    الدولية الإسباني، المبعوث الأميركي الخاص إلى سوريا); ``i`` itself when none does."""
    for j in range(i, min(len(toks), i + limit + 1)):
        if j > i and doc.text[toks[j - 1].end:toks[j].start].strip():
            return i                      # punctuation: the title ended before
        a = toks[j].start
        cov = _covered(doc, a, a + 1)
        if cov is not None:
            ent = doc.entities[cov.entity]
            ok = ent.type in AFFILIATION_TYPES and cov.kind != "nominal" and \
                (ent.type != "city" or (j > i and toks[j - 1].norm in COMPLEMENT_PREP))
            return j if ok and j > i else i
        n = toks[j].norm
        if not (n in COMPLEMENT_PREP or n.startswith(("ال", "وال", "لل", "بال")) or _common_noun(lex, ctx, toks[j].text)) \
                or n in STOP - COMPLEMENT_PREP:
            return i
    return i


def _common_noun(lex: Lexicon, ctx: dict, raw: str) -> bool:
    """A frequent word, no name (شؤون، مكافحة in منسق شؤون مكافحة الإرهاب): it may stand in a
    title's complement, where a rare word would already be the name."""
    w = _written(raw)
    return lex.zipf(w) >= 3.5 and w not in ctx["given"]


def _name_after_complement(doc: Document, lex: Lexicon, ctx: dict, sent, toks, offset: int) -> bool:
    """A person's name follows ``offset`` past a title's complement (الخاص إلى سوريا)."""
    k = _token_from(toks, offset)
    if k >= len(toks):
        return False
    j = _title_complement(doc, lex, ctx, sent, toks, k)
    while j < len(toks):
        cov = _covered(doc, toks[j].start, toks[j].start + 1)
        if cov is None or cov.kind == "nominal":
            return False
        if doc.entities[cov.entity].type == "person":
            return True
        j = _token_from(toks, cov.end)
    return False


def _token_from(toks, offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    return bisect.bisect_left(toks, offset, key=_start_of)


def _start_of(t) -> int:
    return t.start


def _title_spans(doc: Document, sent, ctx: dict) -> list[tuple]:
    """Titles (posts) in a sentence: (the title, normalised; index of its first token; index of
    the first token after it), found once per sentence."""
    hit = doc._titles.get(sent.index)
    if hit is None:
        toks = doc.tokens_of(sent)
        normed = [t.norm for t in toks]
        hit = []
        if toks and not (ctx["title_firsts"].isdisjoint(normed) and not any(" " in t for t in normed)):
            starts, ends, pos = [], [], 0
            for t in normed:
                starts.append(pos)
                ends.append(pos + len(t))
                pos += len(t) + 1
            for m in ctx["post_re"].finditer(" ".join(normed)):
                # first token ending after the title's first character; first token after it
                hit.append((m.group(1), bisect.bisect_left(ends, m.start(1) + 1), bisect.bisect_left(starts, m.end(1))))
        doc._titles[sent.index] = hit
    return hit


def _set_role(ent: Entity, role: str, ctx: dict, affiliation: str | None) -> None:
    if ent.role is None:
        ent.role = role
        n = norm(role)
        # the English of the longest title the role starts with or holds after a space,
        # memoised per normalised role (with the titles longest first) while the table stays
        memo = ctx.get("role_en_memo")
        if memo is None or memo[0] != len(ctx["role_en"]):
            memo = ctx["role_en_memo"] = (len(ctx["role_en"]), sorted(ctx["role_en"], key=len, reverse=True), {})
        got = memo[2].get(n, memo)
        if got is memo:
            if len(memo[2]) > 50_000:
                memo[2].clear()
            got = memo[2][n] = next((ctx["role_en"][t] for t in memo[1] if n.startswith(t) or (" " + t) in n), None)
        ent.role_en = got
    if affiliation and ent.affiliation is None:
        ent.affiliation = affiliation


def _name_run(doc, lex, ctx, sent, toks, i, vouched=False) -> list[int]:
    """Token indices of the personal name starting at ``i`` (empty when none does);
    ``vouched``: a form of address stands before it, so a common first word is a name."""
    first = _written(toks[i].text)
    if toks[i].norm in STOP or toks[i].norm in ctx["verbs"] or toks[i].norm in ctx["title_words"]:
        return []
    if first not in ctx["given"] and lex.zipf(first) >= NAME_START_ZIPF and not vouched:
        return []
    if first.endswith("ا") and first not in ctx["given"] and lex.zipf(first[:-1]) >= 4.0:
        return []                                   # وفدا، بيانا: an indefinite object, no name
    if _possessed_title_word(toks[i].norm, ctx):
        return []                                   # وزير خارجيته: "his foreign minister", no name
    if first.startswith(("ال", "لل")) and first not in ctx["given"]:   # as written: ألبيرتو is a name
        return []
    if toks[i].norm[:1] in "وبلف" and (toks[i].norm[1:] in ctx["title_words"] or toks[i].norm[1:] in NOMINAL_HEADS
                                    or lex.zipf(first[1:]) >= 3.8) and first not in ctx["given"]:
        return []                                   # ونظيره / بتقديم are no names
    if any(c.isdigit() for c in toks[i].norm):
        return []
    name: list[int] = []
    j = i
    while j < len(toks) and len(name) < MAX_NAME:
        nt = toks[j].norm
        w = _written(toks[j].text)
        if name:
            gap = doc.text[toks[j - 1].end:toks[j].start]
            initial = gap.strip() == "." and len(toks[j - 1].text) == 1     # غريغوري د. لوغيرفو
            if gap.strip() and gap.strip() not in ("-",) and not initial:
                break
        a = toks[j].start
        if nt in STOP or nt in ctx["verbs"] or _covered(doc, a, a + 1, lex) is not None or any(c.isdigit() for c in nt):
            break
        if name and (nt in ctx["title_words"] or (nt.startswith("و") and len(nt) > 3
                                                   and (nt[1:] in ctx["title_words"] or lex.zipf(w[1:]) >= 3.8
                                                        or nt[1:] in ctx["verbs"] or nt[1:] in STOP))):
            break                                   # بلينكين ووزير / دي مايو ونظيره
        if nt[:1] in "وف" and nt[1:] in ctx["verbs"]:
            break
        if name and w in ("آل", "ال") and j + 1 < len(toks):
            name.append(j)                          # آل ثاني، آل خليفة: the family particle
            j += 1
            continue
        if name and nt == ALLAH:
            name.append(j)                          # دخل الله، عبد الله، نصر الله: one name word
            j += 1
            continue
        if name and nt.startswith("ال"):
            # Gulf names are chains of ال-words (صباح الخالد الحمد الصباح); elsewhere an
            # ال-word after a name is an adjective or a new phrase
            prev_al = any(toks[k].norm.startswith("ال") for k in name[1:]) or (
                len(name) == 1 and toks[name[0]].norm not in NAME_PARTICLES)
            if not prev_al and toks[name[-1]].norm not in NAME_PARTICLES and not vouched:
                break
            if lex.zipf(w) >= 5.3 and len(name) >= 3:
                break
        elif len(name) >= 2 and lex.zipf(w) >= COMMON_ZIPF and w not in ctx["given"] \
                and toks[name[-1]].norm not in NAME_PARTICLES:
            break                                   # لويجي دي مايو إنشاء …
        name.append(j)
        j += 1
    while name and toks[name[-1]].norm in NAME_PARTICLES:
        name.pop()
    if not name or (len(name) == 1 and toks[name[0]].norm in NAME_PARTICLES):
        return []
    if len(name) == 1 and lex.zipf(_written(toks[name[0]].text)) >= 4.0 and _written(toks[name[0]].text) not in ctx["given"]:
        return []
    return name


SANCTION_CUE = re.compile(r"(?:عقوبات|العقوبات|عقوبه)\s+(?:علي|ضد)\s*$")


def _cue_persons(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """A person no lexicon or title announces: a given name opening a run of rare words
    (عثمان إلياسو جيبو), e.g. as the target of sanctions."""
    given = ctx["given"]

    def opens(t):
        w = _written(t)
        return w in given or (w[:1] in "وب" and w[1:] in given)

    for sent, hits in _positions(doc, opens, ctx["memo_given"]):
        toks = doc.tokens_of(sent)
        for i in hits:
            a = toks[i].start
            if _covered(doc, a, a + 1, lex):
                continue
            name = _name_run(doc, lex, ctx, sent, toks, i)
            if len(name) < 2:
                continue
            rare = [k for k in name[1:] if lex.zipf(_written(toks[k].text)) < 3.0 and toks[k].norm not in NAME_PARTICLES]
            cue = SANCTION_CUE.search(norm(doc.text[sent.start:a]))
            prev = _covered(doc, toks[i - 1].start, toks[i - 1].start + 1) if i else None
            described = prev is not None and prev.kind == "nisba" and not doc.text[toks[i - 1].end:a].strip()
            if not described and (not rare or (len(rare) < len(name) - 1 and not cue)):
                continue
            if i and stems(toks[i - 1].text) & KUNYA and not doc.text[toks[i - 1].end:a].strip():
                name = [i - 1] + name              # المعروف بأبي عمر الشيشاني
                k = name[-1] + 1
                if k < len(toks) and not doc.text[toks[k - 1].end:toks[k].start].strip():
                    nis = _covered(doc, toks[k].start, toks[k].start + 1)
                    if nis is not None and nis.kind in ("nisba", "short") and nis.end == toks[k].end:
                        name.append(k)             # a kunya's nisba is part of the name
            a, b = toks[name[0]].start, toks[name[-1]].end
            surface = doc.text[a:b]
            if surface[:1] in "وب" and _written(toks[name[0]].text)[1:] in ctx["given"] \
                    and not stems(toks[name[0]].text) & KUNYA:
                a += 1
                surface = doc.text[a:b]
            key = "person:" + norm(surface)
            ent = _ensure(doc, lex, key, "person", None, None, None)
            ent.name_ar = ent.name_ar or surface
            _take(doc, a, b)
            _add(doc, Mention(a, b, surface, key, "name", sent.index))


_MEMO_HONOR: dict[str, set] = {"yes": set(), "seen": set()}
HONORIFIC_OPENERS = {norm_token(w) for w in ("الشيخ", "الشيخة", "الأمير", "الأميرة", "السيد", "السيدة",
                                             "الدكتور", "الدكتورة", "المهندس", "اللواء", "العميد", "الفريق")}


def _honorific_persons(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """A person named after a form of address with no title before it (التقى الشيخ صباح خالد
    الحمد الصباح …): the address vouches for the name, so its first word may be common."""
    for sent, hits in _positions(doc, lambda t: norm_token(t) in HONORIFIC_OPENERS, _MEMO_HONOR):
        toks = doc.tokens_of(sent)
        for i in hits:
            j = i + 1
            if j >= len(toks) or doc.text[toks[i].end:toks[j].start].strip():
                continue
            a = toks[j].start
            if _covered(doc, a, a + 1, lex) is not None:
                continue
            name = _name_run(doc, lex, ctx, sent, toks, j, vouched=True)
            if len(name) < 2:
                continue
            a, b = toks[name[0]].start, toks[name[-1]].end
            surface = doc.text[a:b]
            key = "person:" + norm(surface)
            ent = _ensure(doc, lex, key, "person", None, None, None)
            ent.name_ar = ent.name_ar or surface
            _take(doc, a, b)
            _add(doc, _with_honorific(doc, ctx, Mention(a, b, surface, key, "name", sent.index), sent.start))


def _units(name: str) -> list[str]:
    """Name words with a surname particle kept on the next word: لويجي دي مايو → [لويجي, دي مايو]."""
    words = norm(name).split()
    out, k = [], 0
    while k < len(words):
        if k + 1 < len(words) and words[k + 1] == ALLAH:
            out.append(words[k] + " " + ALLAH)      # دخل الله is one surname
            k += 2
        elif words[k] in SURNAME_PARTICLES and k + 1 < len(words):
            out.append(words[k] + " " + words[k + 1])
            k += 2
        else:
            out.append(words[k])
            k += 1
    return out


def _short_forms(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """Later mentions of a person's surname or first names (بلينكن, دي مايو, الخالد, صباح
    الخالد) and spelling variants differing in long vowels (بلينكين/بلينكن) corefer with the
    person named in full in the same article; a frequent word (صباح, مايو) counts only after
    a title of address (الأمير فيصل)."""
    persons = [e for e in doc.entities.values() if e.type == "person"]
    if not persons:
        return
    index: dict[tuple[str, ...], set[str]] = {}
    for p in persons:
        names = [p.name_ar or ""] + [s for s in p.surfaces]
        for nm in names:
            units = [u for u in _units(nm) if u.split()[0] not in ctx["honor_first"]]
            for k, u in enumerate(units):
                if u in NAME_PARTICLES or len(u.replace(" ", "")) < 3:
                    continue
                index.setdefault(tuple(u.split()), set()).add(p.key)
                index.setdefault((skeleton(u),), set()).add(p.key)
            if len(units) >= 3:
                index.setdefault(tuple(" ".join(units[:2]).split()), set()).add(p.key)
    firsts = {k[0] for k in index}
    opening = {t for t in doc.words()[1] if not firsts.isdisjoint(_first_keys(t))}
    for sent, hits in _positions(doc, opening):
        toks = doc.tokens_of(sent)
        hits.append(len(toks))
        h = 0
        i = hits[0]
        while i < len(toks):
            if i != hits[h]:
                # only the tokens that may open a name are looked at (the others: i += 1)
                while hits[h] < i:
                    h += 1
                i = hits[h]
                continue
            a = toks[i].start
            if _covered(doc, a, a + 1, lex):
                i += 1
                continue
            hit = None
            forms = sorted(stems(toks[i].text), key=len, reverse=True)
            for n in (3, 2, 1):
                if i + n > len(toks):
                    continue
                if n > 1 and any(doc.text[toks[k].end:toks[k + 1].start].strip() for k in range(i, i + n - 1)):
                    continue
                rest = tuple(t.norm for t in toks[i + 1:i + n])
                for form in forms:
                    keys = index.get((form,) + rest)
                    if keys is None and n == 1 and len(form) >= 5:
                        keys = index.get((skeleton(form),))
                    if keys and len(keys) == 1:
                        hit = (n, next(iter(keys)), form)
                        break
                if hit:
                    break
            if not hit:
                i += 1
                continue
            n, key, form = hit
            b = toks[i + n - 1].end
            m = Mention(a, b, doc.text[a:b], key, "short", sent.index)
            m2 = _with_honorific(doc, ctx, m, sent.start)
            if n == 1 and m2 is m:
                # a lone ordinary word (صباح، مايو، حسين) is no mention without a title before it
                w = _written(toks[i].text)
                if max(lex.zipf(x) for x in _written_stems(w)) >= SHORT_FORM_ZIPF:
                    i += 1
                    continue
                if i > 0 and not doc.text[toks[i - 1].end:toks[i].start].strip() \
                        and _written(toks[i - 1].text) in ctx["given"]:
                    i += 1          # another person's surname: محمد الخطيب is not سمير الخطيب
                    continue
            if any(not _weak_city_key(lex, doc, x.entity) for x in _overlapping(doc, m2.start, m2.end)):
                i += 1
                continue
            _take(doc, m2.start, m2.end)
            _add(doc, m2)
            i += n


@lru_cache(maxsize=65536)
def _first_keys(token: str) -> frozenset[str]:
    """The index keys a token can open: its stems, and the skeletons of its long stems."""
    st = stems(token)
    return st | {skeleton(f) for f in st if len(f) >= 5}


# --------------------------------------------------------------------------- collective and nominal

def _coalition_key(doc: Document, lex: Lexicon) -> str | None:
    ck = (lex.cache.get("by_row_key") or {}).get("global_coalition")
    if ck and ck in doc.entities:
        return ck
    for k, e in doc.entities.items():
        if e.subtype == "coalition" and e.parent is None:
            return k
    return None


MFA = norm_token("الخارجية")
MINISTRY = norm_token("وزارة")


def _foreign_ministries(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """``(وزارة) الخارجية`` + a state's feminine adjective (الخارجية الفرنسية) is that state's
    foreign ministry, an organisation; the lexicon names some (الخارجية الأمريكية), this
    covers every state. Not after a title's head (وزير/وزيرة الخارجية الفرنسي/ة: a person)."""
    for sent, hits in _positions(doc, lambda t: MFA in stems(t), ctx["memo_mfa"]):
        toks = doc.tokens_of(sent)
        for i in hits:
            if i + 1 >= len(toks) or doc.text[toks[i].end:toks[i + 1].start].strip():
                continue
            a = toks[i].start
            if _covered(doc, a, a + 1) is not None:
                continue                     # a name the lexicon knows (وزارة الخارجية الأمريكية)
            nb = toks[i + 1].start
            nis = _covered(doc, nb, nb + 1)
            if nis is None or nis.kind != "nisba" or nis.start != nb or nis.end != toks[i + 1].end \
                    or doc.entities[nis.entity].type != "state" or not toks[i + 1].norm.endswith("ه"):
                continue
            adjacent = i > 0 and not doc.text[toks[i - 1].end:toks[i].start].strip()
            if adjacent and MINISTRY in stems(toks[i - 1].text):
                a = toks[i - 1].start
            elif adjacent and not ctx["before_mfa"].isdisjoint(stems(toks[i - 1].text)):
                continue
            state = doc.entities[nis.entity]
            key = "mfa:" + nis.entity
            surface = doc.text[a:nis.end]
            if key not in doc.entities:
                doc.entities[key] = Entity(key=key, type="organization", subtype="government_body",
                                           name_en=f"Ministry of Foreign Affairs ({state.name_en or state.name_ar})",
                                           name_ar=surface, country=nis.entity)
            _take(doc, a, nis.end)
            m = Mention(a, nis.end, surface, key, "name", sent.index)
            _add(doc, m)
            if len(surface.split()) > 2:     # as for the lexicon's names
                _nested(doc, lex, m, sent.index)


EMBASSY_PREP = {norm_token(w) for w in ("في", "لدى", "ب")}


@dataclass(frozen=True)
class StateBody:
    """A body of a state named by a head noun and the state's adjective (السفارة الأمريكية)."""
    kind: str                 # key prefix: embassy | army | ministry
    head: tuple[str, ...]     # the head noun(s), normalised, with ال
    name: str                 # English name, {} = the state
    feminine: bool = True     # the adjective agrees: الأمريكية (ة) or الأمريكي
    portfolio: bool = False   # ministries: وزارة الدفاع التركية
    place: bool = False       # embassies: … في بغداد
    bare: bool = False        # a later bare head is the same body when the article has one


STATE_BODIES = (
    StateBody("embassy", ("السفاره",), "Embassy of {}", place=True, bare=True),
    StateBody("army", ("القوات", "المسلحه"), "{} Armed Forces", bare=False),
    StateBody("army", ("الجيش",), "{} Armed Forces", feminine=False, bare=True),
    StateBody("ministry", ("وزاره",), "Ministry of {1} ({0})", portfolio=True),
)
_BODY_FIRSTS = {b.head[0][2:] if b.head[0].startswith("ال") else b.head[0] for b in STATE_BODIES}
_MEMO_BODIES: dict[str, set] = {"yes": set(), "seen": set()}


def _state_bodies(doc: Document, lex: Lexicon) -> None:
    """Bodies of a state named by pattern: its embassy (السفارة الأمريكية في بغداد), armed
    forces (القوات المسلحة اللبنانية، الجيش العراقي) and ministries (وزارة الدفاع التركية) —
    organisations no list needs to hold; a later bare head (السفارة، للجيش) is the same body
    when the article names only one of that kind."""
    bare: list[tuple] = []
    for sent, hits in _positions(doc, lambda t: not _BODY_FIRSTS.isdisjoint(stems(t)), _MEMO_BODIES):
        toks = doc.tokens_of(sent)
        for i in hits:
            for body in STATE_BODIES:
                got = _state_body_at(doc, sent, toks, i, body)
                if got == "bare":
                    bare.append((sent, i, body))
                if got:
                    break
    for sent, i, body in bare:
        keys = [k for k in doc.entities if k.startswith(body.kind + ":")]
        if len(keys) == 1:
            tok = doc.tokens_of(sent)[i]
            a = tok.start + max(0, tok.text.find("ال"))   # والسفارة: without its clitic
            if _covered(doc, a, a + 1) is None:
                _add(doc, Mention(a, tok.end, doc.text[a:tok.end], keys[0], "short", sent.index))


def _state_body_at(doc: Document, sent, toks, i: int, body: StateBody):
    """Add the body starting at token ``i`` (True), note a bare head ("bare"), or None."""
    n = len(body.head)
    first = toks[i].norm
    h0 = body.head[0]
    if first.startswith("لل") and h0.startswith("ال"):
        first = "ا" + first[1:]          # للجيش = ل + الجيش
    if i + n > len(toks) or not (first.endswith(h0) and len(first) - len(h0) <= 2) \
            or tuple(t.norm for t in toks[i + 1:i + n]) != body.head[1:]:
        return None
    a = toks[i].start + max(0, toks[i].text.find("ال"))
    if _covered(doc, a, a + 1) is not None:
        return None
    j, portfolio = i + n, []
    while body.portfolio and j < len(toks) and len(portfolio) < 2 and toks[j].norm.startswith("ال") \
            and _adjacent_mention(doc, sent, toks, j) is None:
        portfolio.append(j)
        j += 1
    nis = _adjacent_mention(doc, sent, toks, j)
    if nis is None or nis.kind != "nisba" or doc.entities[nis.entity].type != "state" \
            or toks[j].norm.endswith("ه") != body.feminine or (body.portfolio and not portfolio) \
            or any(toks[k].norm == MFA for k in portfolio):
        return "bare" if body.bare and j == i + n and not portfolio else None
    end, inner = nis.end, [nis]
    if body.place:
        k = _token_from(toks, nis.end)
        if k + 1 < len(toks) and toks[k].norm in EMBASSY_PREP and \
                not doc.text[toks[k - 1].end:toks[k].start].strip():
            place = _adjacent_mention(doc, sent, toks, k + 1)
            if place is not None and doc.entities[place.entity].type in ("city", "state"):
                end, inner = place.end, inner + [place]
    state = doc.entities[nis.entity]
    what = " ".join(toks[k].text for k in portfolio)
    key = f"{body.kind}:{nis.entity}" + (f":{norm(what)}" if what else "")
    surface = doc.text[a:end]
    if key not in doc.entities:
        doc.entities[key] = Entity(key=key, type="organization", subtype="government_body",
                                   name_en=body.name.format(state.name_en or state.name_ar, what),
                                   name_ar=surface, country=nis.entity)
    _take(doc, a, end)
    _add(doc, Mention(a, end, surface, key, "name", sent.index))
    for m in inner:
        _add(doc, Mention(m.start, m.end, m.text, m.entity, "nested", sent.index))
    return True


def _glued_table(lex: Lexicon) -> dict[str, list]:
    """Two- and three-word names written without their spaces (الولاياتالمتحدة، الأممالمتحدة,
    as crawled pages often lose them) → their entries."""
    def build(lex):
        out: dict[str, list] = {}
        for key, entries in lex.entries.items():
            glued = "".join(key)
            if 2 <= len(key) <= 3 and len(glued) >= 9 and any(e.kind == "name" for e in entries):
                out.setdefault(glued, [e for e in entries if e.kind == "name"])
        return out
    return compiled(lex, "glued_names", build)


_MEMO_GLUED: dict[str, set] = {"yes": set(), "seen": set()}


def _glued_names(doc: Document, lex: Lexicon) -> None:
    """A name the page glued into one word (وبالأممالمتحدة): a mention of it."""
    table = _glued_table(lex)
    for sent, hits in _positions(doc, lambda t: not table.keys().isdisjoint(stems(t)), _MEMO_GLUED):
        toks = doc.tokens_of(sent)
        for i in hits:
            tok = toks[i]
            if _covered(doc, tok.start, tok.end) is not None:
                continue
            form = max((f for f in tok.stems if f in table), key=len)
            ent = table[form][0]
            _ensure(doc, lex, ent.key, ent.type, ent.name_en, ent.qid, None)
            _add(doc, Mention(tok.start, tok.end, tok.text, ent.key, "name", sent.index))


_QUOTED = re.compile("[\"“”«»„]([^\"“”«»„]{2,40})[\"“”«»„]")


def _quoted_names(doc: Document, lex: Lexicon) -> None:
    """A name matched across quotation marks (لتنظيم "داعش" الإرهابي، عملية "العزم المتأصل")
    is also written as the quoted word alone: that is a surface of the entity too."""
    for m in list(doc.mentions):
        if m.kind == "nominal" or not any(q in m.text for q in "\"“”«»„"):
            continue
        span = doc.text[m.start:m.end + 1]          # the closing mark may follow the name
        for q in _QUOTED.finditer(span):
            a, b = m.start + q.start(1), m.start + q.end(1)
            inner = doc.text[a:b]
            if any(x.start == a and x.end == b for x in _overlapping(doc, a, b)):
                continue
            if norm(inner) != norm(m.text) and any(True for _ in lex.match(doc.text, a, b)):
                _add(doc, Mention(a, b, inner, m.entity, "nested", m.sentence))


def _adjacent_mention(doc: Document, sent, toks, k: int) -> Mention | None:
    """The mention starting at token ``k`` when only a space separates it from the token before."""
    if k >= len(toks) or doc.text[toks[k - 1].end:toks[k].start].strip():
        return None
    a = toks[k].start
    m = _covered(doc, a, a + 1)
    return m if m is not None and m.start == a else None


_MEMO_COALITION: dict[str, set] = {"yes": set(), "seen": set()}
_MEMO_TANZIM: dict[str, set] = {"yes": set(), "seen": set()}


def _bare_coalition(doc: Document, lex: Lexicon) -> None:
    """``التحالف`` (with clitics) alone is the coalition in an article about it, unless an
    adjective makes it another alliance (التحالف الموضوعي); ``تحالفنا`` is a nominal mention."""
    ck = _coalition_key(doc, lex)
    if ck is None:
        return
    for sent, hits in _positions(doc, lambda t: "تحالف" in norm_token(t), _MEMO_COALITION):
        toks = doc.tokens_of(sent)
        for i in hits:
            tok = toks[i]
            nominal = tok.norm in ("تحالفنا", "وتحالفنا", "لتحالفنا")
            if "التحالف" not in tok.stems and not nominal:
                continue
            if _covered(doc, tok.start, tok.start + 1):
                continue
            if i + 1 < len(toks) and not doc.text[tok.end:toks[i + 1].start].strip():
                nxt = toks[i + 1].norm
                if nxt.startswith("ال") and nxt not in COALITION_ADJ and nxt not in STOP:
                    continue
            _add(doc, Mention(tok.start, tok.end, tok.text, ck, "nominal" if nominal else "name", sent.index))


def _nominals(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """A title with a state but no name (الوزير السعودي, وزير الخارجية الأميركي, ونظيره
    الأميركي) refers to the one person of the article with that affiliation; ``التنظيم``
    refers to ISIS in an article that names it."""
    persons = [e for e in doc.entities.values() if e.type == "person"]
    heads = set(NOMINAL_HEADS) | {g for g in ctx["generic"] if " " not in g}
    head_hits = dict((sent.index, hits) for sent, hits in _positions(doc, lambda t: not heads.isdisjoint(stems(t)), ctx["memo_heads"]))
    for sent in doc.sentences:
        toks = doc.tokens_of(sent)
        if not toks:
            continue
        # (first token of the title, first token after it)
        spans = [(i0, j) for _, i0, j in _title_spans(doc, sent, ctx)]
        spans += [(k, k + 1) for k in head_hits.get(sent.index, ())]
        done = set()
        for i0, j in sorted(spans):
            if j >= len(toks) or i0 in done:
                continue
            a = toks[i0].start
            if any(m.kind == "nominal" for m in _overlapping(doc, a, a + 1)):
                continue
            b_idx = toks[j].start
            nxt = _covered(doc, b_idx, b_idx + 1)
            if nxt is None or doc.entities[nxt.entity].type != "state" or nxt.kind not in ("nisba", "name"):
                continue
            after = _covered(doc, nxt.end + 1, nxt.end + 2)
            if after is not None and doc.entities[after.entity].type == "person" \
                    and not doc.text[nxt.end:after.start].strip():
                continue          # a name follows: the title rule handled it
            if _name_after_complement(doc, lex, ctx, sent, toks, nxt.end):
                continue          # المبعوث الأميركي الخاص إلى سوريا توم باراك: the same
            cands = [p for p in persons if p.affiliation == nxt.entity]
            if len(cands) == 1:
                b = nxt.end
                _add(doc, Mention(a, b, doc.text[a:b], cands[0].key, "nominal", sent.index))
                cands[0].add_nominal(doc.text[a:b])
                done.update(range(i0, j + 1))
    isis = (lex.cache.get("by_row_key") or {}).get("isis")
    if isis and isis in doc.entities:
        for sent, hits in _positions(doc, lambda t: "التنظيم" in stems(t), _MEMO_TANZIM):
            toks = doc.tokens_of(sent)
            for tok in (toks[i] for i in hits):
                if not _covered(doc, tok.start, tok.start + 1):
                    _add(doc, Mention(tok.start, tok.end, tok.text, isis, "nominal", sent.index))
                    doc.entities[isis].add_nominal(tok.text)
