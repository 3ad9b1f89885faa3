"""Organisations and collectives named by pattern rather than by list: a state's foreign
ministry, embassy, armed forces, ministries, legislature and news agency; names the page glued together or quoted; the
bare coalition and ISIS (التنظيم); nominal mentions (الوزير السعودي); regions sharing a head noun."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document, Entity, Mention
from .lexicon import Lexicon, compiled, word_sets
from .normalize import folded_find, norm, norm_token, stems, token_offset, tokens, word_start
from .entity_core import (
    COALITION_ADJ, MEDIA_HEADS, MFA, MINISTRY, NOMINAL_HEADS, QUOTING, STOP, add_mention, add_nested, covered,
    ensure_entity, may_hold, overlapping, positions, take_span, title_spans, token_from,
)
from .entity_persons import name_after_complement


COMPASS = {norm_token(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي")}


def government_body(doc: Document, key: str, name_ar: str, country: str | None = None, *,
                    name_en: str | None = None) -> Entity:
    """The government body ``key`` of the document, described by its first naming if new."""
    if key not in doc.entities:
        doc.entities[key] = Entity(key=key, type="organization", subtype="government_body",
                                   name_en=name_en, name_ar=name_ar, country=country)
    return doc.entities[key]


def elliptic_regions(doc: Document, lex: Lexicon) -> None:
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
        add_mention(doc, Mention(a, m.end, surface, key, "name", m.sentence))


def _coalition_key(doc: Document, lex: Lexicon) -> str | None:
    ck = (lex.cache.get("by_row_key") or {}).get("global_coalition")
    if ck and ck in doc.entities:
        return ck
    for k, e in doc.entities.items():
        if e.subtype == "coalition" and e.parent is None:
            return k
    return None


def foreign_ministries(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """``(وزارة) الخارجية`` + a state's feminine adjective (الخارجية الفرنسية) is that state's
    foreign ministry, an organisation; the lexicon names some (الخارجية الأمريكية), this
    covers every state. Not after a title's head (وزير/وزيرة الخارجية الفرنسي/ة: a person)."""
    for sent, hits in positions(doc, lambda t: MFA in stems(t), word_sets(lex, "entities:mfa")):
        toks = doc.tokens_of(sent)
        for i in hits:
            if i + 1 >= len(toks) or doc.text[toks[i].end:toks[i + 1].start].strip():
                continue
            a = toks[i].start
            if covered(doc, a, a + 1) is not None:
                continue                     # a name the lexicon knows (وزارة الخارجية الأمريكية)
            nb = toks[i + 1].start
            nis = covered(doc, nb, nb + 1)
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
            government_body(doc, key, surface, nis.entity,
                            name_en=f"Ministry of Foreign Affairs ({state.name_en or state.name_ar})")
            take_span(doc, a, nis.end)
            m = Mention(a, nis.end, surface, key, "name", sent.index)
            add_mention(doc, m)
            add_nested(doc, lex, m, sent.index)     # the state is named too (الفرنسية: France)


def bare_foreign_ministry(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """A bare ``(وزارة) الخارجية`` (no state after it, no title before it) is the one foreign
    ministry the article names with its state; with none named, that of the dateline's state
    (بغداد/ … وذكر بيان لوزارة الخارجية: Iraq's), else of the one state whose foreign minister
    the article names; with several, no one."""
    named = {m.entity for m in doc.mentions if _foreign_ministry(doc.entities.get(m.entity))}
    if len(named) > 1:
        return
    key = next(iter(named)) if named else (_dateline_mfa(doc) or _minister_mfa(doc, lex))
    if key is None:
        return
    for sent, hits in positions(doc, lambda t: MFA in stems(t), word_sets(lex, "entities:mfa")):
        toks = doc.tokens_of(sent)
        for i in hits:
            a, b = toks[i].start, toks[i].end
            if covered(doc, a, a + 1) is not None:
                continue
            adjacent = i > 0 and not doc.text[toks[i - 1].end:toks[i].start].strip()
            # the surface starts after the clitics (لوزارة الخارجية, للخارجية)
            if adjacent and MINISTRY in stems(toks[i - 1].text):
                a = toks[i - 1].start + folded_find(toks[i - 1].text, "وزار")
            elif adjacent and not ctx["before_mfa"].isdisjoint(stems(toks[i - 1].text)):
                continue                     # وزير الخارجية: the minister
            elif i == 0 or toks[i - 1].norm in _BEFORE_BARE_MFA or toks[i - 1].norm.lstrip("وف") in ctx["verbs"]:
                # الخارجية alone only where a body stands: opening the sentence, after a verb
                # or a preposition (not السياسة الخارجية, the foreign policy)
                a = toks[i].start + folded_find(toks[i].text, "خارج", back=2)
            else:
                continue
            if i + 1 < len(toks) and covered(doc, toks[i + 1].start, toks[i + 1].start + 1) is not None \
                    and not doc.text[b:toks[i + 1].start].strip(" "):
                continue                     # a state or body right after: not bare
            take_span(doc, a, b)
            add_mention(doc, Mention(a, b, doc.text[a:b], key, "short", sent.index))


_BEFORE_BARE_MFA = {norm_token(w) for w in ("في", "من", "عن", "باسم", "مع", "بيان", "وفق", "بحسب", "حسب", "وبحسب")}


def _foreign_ministry(e) -> bool:
    return e is not None and e.type == "organization" and (e.key.startswith("mfa:") or any(
        w in (e.name_en or "") for w in ("Foreign Affairs", "Department of State", "State Department", "Foreign Office")))


def _dateline_mfa(doc: Document) -> str | None:
    """The foreign ministry of the dateline city's state, made if new (None without a dateline)."""
    if not doc.dateline:
        return None
    city = next((m for m in doc.mentions_in(*doc.dateline) if doc.entities[m.entity].type in ("city", "state")), None)
    if city is None:
        return None
    ent = doc.entities[city.entity]
    return _state_mfa(doc, city.entity if ent.type == "state" else ent.country)


# a person's role in the lexicon that makes him his state's foreign minister (not a deputy's)
_FOREIGN_MINISTER = re.compile(r"(?:Secretary of State|Foreign Minister|Minister of Foreign Affairs)\b")


def _minister_mfa(doc: Document, lex: Lexicon) -> str | None:
    """The foreign ministry of the one state whose foreign minister the article names (وزير
    الخارجية جون كيري … في مبنى وزارة الخارجية: the State Department); None for none or two."""
    states = {(lex.info.get(m.entity) or {}).get("country_key") for m in doc.mentions
              if _FOREIGN_MINISTER.match((lex.info.get(m.entity) or {}).get("role") or "")}
    states.discard(None)
    return _state_mfa(doc, states.pop()) if len(states) == 1 else None


def _state_mfa(doc: Document, state: str | None) -> str | None:
    """The foreign ministry of ``state`` (an entity of the article), made if new."""
    if not state or state not in doc.entities:
        return None
    key = "mfa:" + state
    st = doc.entities[state]
    government_body(doc, key, "وزارة الخارجية", state,
                    name_en=f"Ministry of Foreign Affairs ({st.name_en or st.name_ar})")
    return key


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
    # its air force and navy (سلاح الجو الأردني، القوات الجوية الملكية …، البحرية الأمريكية)
    StateBody("air_force", ("سلاح", "الجو"), "{} Air Force", feminine=False),
    StateBody("air_force", ("القوات", "الجويه"), "{} Air Force"),
    StateBody("navy", ("القوات", "البحريه"), "{} Navy"),
    StateBody("navy", ("سلاح", "البحريه"), "{} Navy"),
    StateBody("ministry", ("وزاره",), "Ministry of {1} ({0})", portfolio=True),
    # its legislature (البرلمان الألماني، لمجلس النواب الأمريكي) and its news agency
    StateBody("parliament", ("البرلمان",), "Parliament of {}", feminine=False),
    StateBody("parliament", ("مجلس", "النواب"), "House of Representatives of {}", feminine=False),
    StateBody("parliament", ("مجلس", "الشيوخ"), "Senate of {}", feminine=False),
    StateBody("parliament", ("مجلس", "العموم"), "House of Commons of {}", feminine=False),
    StateBody("parliament", ("مجلس", "الامه"), "National Assembly of {}", feminine=False),
    # the offices of its head of government or state (مكتب رئيس الوزراء العراقي), its presidency
    StateBody("office", ("مكتب", "رييس", "الوزراء"), "Office of the Prime Minister of {}", feminine=False),
    StateBody("office", ("مكتب", "الرييس"), "Office of the President of {}", feminine=False),
    StateBody("presidency", ("الرياسه",), "Presidency of {}"),
    StateBody("agency", ("وكاله", "الانباء"), "{} News Agency"),
    StateBody("agency", ("وكاله", "الانباء"), "{} News Agency", portfolio=True),   # … الوطنية التايوانية
)


_BODY_FIRSTS = {b.head[0][2:] if b.head[0].startswith("ال") else b.head[0] for b in STATE_BODIES}




def state_bodies(doc: Document, lex: Lexicon) -> None:
    """Bodies of a state named by pattern: its embassy (السفارة الأمريكية في بغداد), armed
    forces (القوات المسلحة اللبنانية، الجيش العراقي) and ministries (وزارة الدفاع التركية) —
    organisations no list needs to hold; a later bare head (السفارة، للجيش) is the same body
    when the article names only one of that kind."""
    bare: list[tuple] = []
    for sent, hits in positions(doc, lambda t: not _BODY_FIRSTS.isdisjoint(stems(t)), word_sets(lex, "entities:bodies")):
        toks = doc.tokens_of(sent)
        for i in hits:
            if _genitive_embassy_at(doc, sent, toks, i):
                continue
            for body in STATE_BODIES:
                got = _state_body_at(doc, sent, toks, i, body)
                if got == "bare":
                    bare.append((sent, i, body))
                if got:
                    break
    for sent, i, body in bare:
        keys = [k for k in doc.entities if k.startswith(body.kind + ":")]
        tok = doc.tokens_of(sent)[i]
        a = tok.start + folded_find(tok.text, "ال")   # والسفارة: without its clitic
        if not keys and body.place:
            # an embassy the text never names in full (an excerpt opening "وقالت السفارة"): a
            # body of its own, as written
            keys = [body.kind + ":"]
            doc.entities[keys[0]] = Entity(key=keys[0], type="organization", subtype="government_body",
                                           name_ar=doc.text[a:tok.end])
        if len(keys) == 1:
            if covered(doc, a, a + 1) is None:
                add_mention(doc, Mention(a, tok.end, doc.text[a:tok.end], keys[0], "short", sent.index))


def _genitive_embassy_at(doc: Document, sent, toks, i: int) -> bool:
    """``سفارة اليابان (في بغداد)``: an embassy named by its state in the genitive (the nisba
    form, السفارة اليابانية, is ``_state_body_at``'s)."""
    tok = toks[i]
    w = tok.norm
    stem = next((w[len(p):] for p in ("", "و", "ف", "ب", "ل", "وب", "ول") if w[len(p):] == "سفاره"), None)
    if stem is None or i + 1 >= len(toks) or doc.text[tok.end:toks[i + 1].start].strip():
        return False
    st = _adjacent_mention(doc, sent, toks, i + 1)
    if st is None or st.kind != "name" or doc.entities[st.entity].type != "state":
        return False
    a = word_start(tok, {stem})
    if covered(doc, a, a + 1) is not None:
        return False
    end, inner = st.end, [st]
    k = token_from(toks, st.end)
    if k + 1 < len(toks) and toks[k].norm in EMBASSY_PREP:
        place = _adjacent_mention(doc, sent, toks, k + 1)
        if place is not None and doc.entities[place.entity].type in ("city", "state"):
            end, inner = place.end, inner + [place]
    state = doc.entities[st.entity]
    key = f"embassy:{st.entity}"
    surface = doc.text[a:end]
    government_body(doc, key, surface, st.entity, name_en=f"Embassy of {state.name_en or state.name_ar}")
    take_span(doc, a, end)
    add_mention(doc, Mention(a, end, surface, key, "name", sent.index))
    for m in inner:
        add_mention(doc, Mention(m.start, m.end, m.text, m.entity, "nested", sent.index))
    return True


_ROYAL = {norm_token(w) for w in ("الملكي", "الملكية")}


def _state_body_at(doc: Document, sent, toks, i: int, body: StateBody):
    """Add the body starting at token ``i`` (True), note a bare head ("bare"), or None."""
    n = len(body.head)
    first = toks[i].norm
    h0 = body.head[0]
    if first.startswith("لل") and h0.startswith("ال"):
        first = "ا" + first[1:]          # للجيش = ل + الجيش
    if i + n > len(toks) or not (first.endswith(h0) and len(first) - len(h0) <= 2) \
            or tuple(toks.norms[i + 1:i + n]) != body.head[1:]:
        return None
    # without its clitics (والسفارة، لوكالة), not at an ال inside the head (وكالة)
    a = toks[i].start if toks[i].norm.startswith("لل") else token_offset(toks[i], len(toks[i].norm) - len(h0))
    if covered(doc, a, a + 1) is not None:
        return None
    j, portfolio = i + n, []
    while body.portfolio and j < len(toks) and len(portfolio) < 2 and toks[j].norm.startswith("ال") \
            and _adjacent_mention(doc, sent, toks, j) is None:
        portfolio.append(j)
        j += 1
    if not portfolio and j + 1 < len(toks) and toks[j].norm in _ROYAL:
        j += 1      # سلاح الجو الملكي الأردني: "royal", then the state
    nis = _adjacent_mention(doc, sent, toks, j)
    if nis is None or nis.kind != "nisba" or doc.entities[nis.entity].type != "state" \
            or toks[j].norm.endswith("ه") != body.feminine or (body.portfolio and not portfolio) \
            or any(toks[k].norm == MFA for k in portfolio):
        return "bare" if body.bare and j == i + n and not portfolio else None
    if body.kind == "army" and toks[i].norm.startswith(("بال", "لل", "وبال", "ولل")):
        return None     # الكولونيل بالجيش الأمريكي، مشاركة للجيش الأميركي: a description, the state is named
    end, inner = nis.end, [nis]
    if body.place:
        k = token_from(toks, nis.end)
        place = None
        if k + 1 < len(toks) and toks[k].norm in EMBASSY_PREP and \
                not doc.text[toks[k - 1].end:toks[k].start].strip():
            place = _adjacent_mention(doc, sent, toks, k + 1)
        elif k < len(toks) and toks[k].norm.startswith("ب") and not doc.text[nis.end:toks[k].start].strip():
            place = covered(doc, toks[k].start + 1, toks[k].start + 2)     # ببغداد: the preposition glued
            place = place if place is not None and place.end == toks[k].end else None
        if place is not None and doc.entities[place.entity].type in ("city", "state"):
            end, inner = place.end, inner + [place]
    state = doc.entities[nis.entity]
    what = " ".join(toks[k].text for k in portfolio)
    key = f"{body.kind}:{nis.entity}" + (f":{norm(what)}" if what else "")
    surface = doc.text[a:end]
    government_body(doc, key, surface, nis.entity,
                    name_en=body.name.format(state.name_en or state.name_ar, _portfolio_en(what)))
    take_span(doc, a, end)
    add_mention(doc, Mention(a, end, surface, key, "name", sent.index))
    for m in inner:
        add_mention(doc, Mention(m.start, m.end, m.text, m.entity, "nested", sent.index))
    return True


_IN = norm_token("في")


def ministries_in_state(doc: Document, lex: Lexicon) -> None:
    """A ministry named with its portfolio and في + a state's name (وزارة الدفاع في فرنسا،
    بوزارة الخارجية في الإمارات): a ministry sits in its own state, so it is that state's; a city
    after في (في واشنطن) is where it sits, not whose it is, and is left alone."""
    for sent, hits in positions(doc, lambda t: MINISTRY in stems(t), word_sets(lex, "entities:ministry")):
        toks = doc.tokens_of(sent)
        for i in hits:
            got = _ministry_in_state_at(doc, sent, toks, i)
            if got is None:
                continue
            a, j, st = got
            what = " ".join(toks[k].text for k in range(i + 1, j))
            # الخارجية، الشؤون الخارجية: the foreign ministry, one entity with الخارجية الفرنسية
            key = "mfa:" + st.entity if toks[j - 1].norm == MFA else f"ministry:{st.entity}:{norm(what)}"
            surface = doc.text[a:st.end]
            # named as written: its speakers and readers quote the Arabic (وزارة الخارجية في النرويج)
            government_body(doc, key, surface, st.entity)
            take_span(doc, a, st.end)
            add_mention(doc, Mention(a, st.end, surface, key, "name", sent.index))
            add_mention(doc, Mention(st.start, st.end, st.text, st.entity, "nested", sent.index))


def _ministry_in_state_at(doc: Document, sent, toks, i: int):
    """(start without clitics, index of في, the state's mention) for وزارة + one or two definite
    portfolio words + في + a state's name, adjacent; else None."""
    tok = toks[i]
    a = word_start(tok, {MINISTRY})
    if covered(doc, a, a + 1) is not None:
        return None
    j = i + 1
    while j < len(toks) and j - i <= 2 and toks[j].norm.startswith("ال") and toks[j].norm != _IN \
            and _adjacent_mention(doc, sent, toks, j) is None:
        j += 1
    if j == i + 1 or j + 1 >= len(toks) or toks[j].norm != _IN or doc.text[toks[j - 1].end:toks[j].start].strip():
        return None
    st = _adjacent_mention(doc, sent, toks, j + 1)
    if st is None or st.kind != "name" or doc.entities[st.entity].type != "state":
        return None
    return a, j, st


# a ministry's portfolio in English, for names shown to people (the Arabic stays its surface)
PORTFOLIOS = {norm(ar): en for ar, en in (
    ("الخارجية", "Foreign Affairs"), ("الدفاع", "Defence"), ("الداخلية", "Interior"), ("المالية", "Finance"),
    ("العدل", "Justice"), ("الخزانة", "the Treasury"), ("الإعلام", "Information"))}


def _portfolio_en(what: str) -> str:
    return PORTFOLIOS.get(norm(what), what)


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




def glued_names(doc: Document, lex: Lexicon) -> None:
    """A name the page glued into one word (وبالأممالمتحدة): a mention of it."""
    table = _glued_table(lex)
    for sent, hits in positions(doc, lambda t: not table.keys().isdisjoint(stems(t)), word_sets(lex, "entities:glued")):
        toks = doc.tokens_of(sent)
        for i in hits:
            tok = toks[i]
            if covered(doc, tok.start, tok.end) is not None:
                continue
            form = max((f for f in tok.stems if f in table), key=len)
            ent = table[form][0]
            ensure_entity(doc, lex, ent.key, ent.type, ent.name_en, ent.qid, None)
            add_mention(doc, Mention(tok.start, tok.end, tok.text, ent.key, "name", sent.index))


GLUED_WA_ZIPF = 2.0  # a glued word this common is a word (not two names)


def _one_word_name(lex: Lexicon, word: str):
    """The name entry a whole word is (the gazetteer's, clitics allowed), else None."""
    for a, b, _, entries in lex.match(word):
        if a == 0 and b == len(word):
            return next((e for e in entries if e.kind == "name"), None)
    return None


def _wa_split(lex: Lexicon, word: str) -> int | None:
    """Where the page glued two names with their و (سورياوالعراق → سوريا | والعراق): the
    offset of that و, when the word is no name or common word itself and each side is a name."""
    if len(word) < 7 or "و" not in word[3:-3] or lex.zipf(word) >= GLUED_WA_ZIPF or _one_word_name(lex, word):
        return None
    for p in range(3, len(word) - 3):
        if word[p] == "و" and _one_word_name(lex, word[:p]) and _one_word_name(lex, word[p + 1:]):
            return p
    return None


def names_glued_by_wa(doc: Document, lex: Lexicon) -> None:
    """Two names the page glued with the و between them (أعلنت كل من ألمانياوتركيا): a mention
    of each, on its own letters (the second with its و, as a listed name is)."""
    pred = lambda t: _wa_split(lex, t) is not None
    for sent, hits in positions(doc, pred, word_sets(lex, "entities:glued_wa")):
        toks = doc.tokens_of(sent)
        for i in hits:
            tok = toks[i]
            if covered(doc, tok.start, tok.end) is not None:
                continue
            cut = tok.start + _wa_split(lex, tok.text)
            for a, b in ((tok.start, cut), (cut, tok.end)):
                ent = _one_word_name(lex, doc.text[a:b])
                ensure_entity(doc, lex, ent.key, ent.type, ent.name_en, ent.qid, None)
                add_mention(doc, Mention(a, b, doc.text[a:b], ent.key, "name", sent.index))


_QUOTED = re.compile("[\"“”«»„]([^\"“”«»„]{2,40})[\"“”«»„]")


_EPITHET = re.compile(r"[ \t]+([^\s،,.؛;:\"»”)]+)")


def enemy_epithets(doc: Document, lex: Lexicon) -> None:
    """A group named with its epithet right after it (تنظيم داعش المتطرف، القاعدة الإرهابي) is
    also written whole: annotators list the name with its adjective or without, so both are
    surfaces."""
    for m in list(doc.mentions):
        if m.kind not in ("name", "short", "nested") or (lex.info.get(m.entity) or {}).get("subtype") != "terrorist_group":
            continue
        nxt = _EPITHET.match(doc.text, m.end)
        if nxt and norm_token(nxt.group(1)) in _ENEMY_ADJ and covered(doc, nxt.start(1), nxt.end(1)) is None:
            b = nxt.end(1)
            add_mention(doc, Mention(m.start, b, doc.text[m.start:b], m.entity, "nested", m.sentence))


def quoted_names(doc: Document, lex: Lexicon) -> None:
    """A name matched across quotation marks (لتنظيم "داعش" الإرهابي، عملية "العزم المتأصل")
    is also written as the quoted word alone: that is a surface of the entity too."""
    for m in list(doc.mentions):
        if m.kind == "nominal" or not any(q in m.text for q in "\"“”«»„"):
            continue
        span = doc.text[m.start:m.end + 1]          # the closing mark may follow the name
        for q in _QUOTED.finditer(span):
            a, b = m.start + q.start(1), m.start + q.end(1)
            inner = doc.text[a:b]
            if any(x.start == a and x.end == b for x in overlapping(doc, a, b)):
                continue
            if norm(inner) != norm(m.text) and any(True for _ in lex.match(doc.text, a, b)):
                add_mention(doc, Mention(a, b, inner, m.entity, "nested", m.sentence))


def _adjacent_mention(doc: Document, sent, toks, k: int) -> Mention | None:
    """The mention starting at token ``k`` when only a space separates it from the token before."""
    if k >= len(toks) or doc.text[toks[k - 1].end:toks[k].start].strip():
        return None
    a = toks[k].start
    m = covered(doc, a, a + 1)
    return m if m is not None and m.start == a else None






# adjectives that keep a bare alliance the coalition (التحالف المناهض لداعش، الائتلاف المشارك في الحرب)
_ALLIED = COALITION_ADJ | {norm_token(w) for w in ("المناهض", "المضاد", "المشارك", "المشاركه")}


def bare_coalition(doc: Document, lex: Lexicon) -> None:
    """``التحالف`` or ``الائتلاف`` (with clitics) alone is the coalition in an article about it —
    one that names the coalition in full, or names ISIS (the press often never writes the
    coalition's full name) — unless an adjective makes it another alliance (التحالف الموضوعي);
    ``تحالفنا`` is a nominal mention."""
    ck = _coalition_key(doc, lex) or _coalition_of_isis_article(doc, lex)
    if ck is None:
        return
    for sent, hits in positions(doc, _alliance_word, word_sets(lex, "entities:alliance")):
        toks = doc.tokens_of(sent)
        for i in hits:
            tok = toks[i]
            nominal = tok.norm in ("تحالفنا", "وتحالفنا", "لتحالفنا")
            if "التحالف" not in tok.stems and "الايتلاف" not in tok.stems and not nominal:
                continue
            if covered(doc, tok.start, tok.start + 1):
                continue
            if i + 1 < len(toks) and not doc.text[tok.end:toks[i + 1].start].strip():
                nxt = toks[i + 1].norm
                if nxt.startswith("ال") and nxt not in _ALLIED and nxt not in STOP:
                    continue
            if ck not in doc.entities:
                info = lex.info.get(ck) or {}
                ensure_entity(doc, lex, ck, "organization", info.get("name_en"), info.get("qid"), None)
            add_mention(doc, Mention(tok.start, tok.end, tok.text, ck, "nominal" if nominal else "name", sent.index))
    _coalition_head(doc, ck)


# what an alliance is against (ضد، لمحاربة …) or against whom it stands (المضاد لـ، المناهض لـ)
_AGAINST = {norm_token(w) for w in ("ضد", "لمحاربة", "لمكافحة", "لقتال", "لهزيمة", "لمواجهة", "لدحر")}
# the construct state names its aim without ل (تحالف مكافحة داعش، تحالف هزيمة داعش)
_CONSTRUCT_AGAINST = {norm_token(w) for w in ("محاربة", "مكافحة", "قتال", "هزيمة", "مواجهة", "دحر")}
# who leads it, between the alliance and its aim (تحالف دولي تقوده الولايات المتحدة لمحاربة داعش)
_LED = {norm_token(w) for w in ("تقوده", "يقوده", "بقيادة", "الذي", "التي")}
_AGAINST_ADJ = {norm_token(w) for w in ("المضاد", "المناهض")}
_QUOTES = set('"«»“”')
_ENEMY_ADJ = {norm_token(w) for w in ("المتطرف", "الإرهابي", "الإرهابى", "المتشدد")}
# an indefinite alliance told as formed against ISIS (تم تشكيل تحالف دولي جديد لمواجهة داعش)
_INDEFINITE_ADJ = {norm_token(w) for w in ("دولي", "عالمي", "جديد", "واسع")}


def coalition_against(doc: Document, lex: Lexicon) -> None:
    """An alliance named by what it fights, in an article naming ISIS, is the coalition:
    ``تحالف واشنطن ضد التنظيم المتطرف``، ``للتحالف الدولي ضد التنظيم``، ``التحالف المضاد لـ"داعش"``
    — with at most two words between, each الدولي/العالمي or a state or city (not العربي: the
    Arab coalition is another body), and ISIS by name or as التنظيم after it. The state and
    ISIS inside stay mentions of their own (nested)."""
    ck = _coalition_key(doc, lex) or _coalition_of_isis_article(doc, lex)
    isis = (lex.cache.get("by_row_key") or {}).get("isis")
    if ck is None:
        return
    for sent, hits in positions(doc, _alliance_word, word_sets(lex, "entities:alliance")):
        toks = doc.tokens_of(sent)
        for i in hits:
            end = _against_end(doc, lex, toks, i, isis)
            a = toks[i].start
            if end is None or any(m.end >= end for m in overlapping(doc, a, a + 1)
                                  if doc.entities[m.entity].subtype == "coalition"):
                continue
            inner = [m for m in overlapping(doc, a, end) if m.start > a and m.entity != ck]
            take_span(doc, a, end)
            ensure_entity(doc, lex, ck, "organization", (lex.info.get(ck) or {}).get("name_en"), None, None)
            add_mention(doc, Mention(a, end, doc.text[a:end], ck, "name", sent.index))
            for m in inner:
                add_mention(doc, Mention(m.start, m.end, m.text, m.entity, "nested", sent.index), surfaces=False)
            if "التحالف" in toks[i].stems or "الايتلاف" in toks[i].stems:   # the bare alliance, a surface too
                add_mention(doc, Mention(a, toks[i].end, toks[i].text, ck, "nested", sent.index))


def _against_end(doc: Document, lex: Lexicon, toks, i: int, isis) -> int | None:
    """Where ``alliance … against ISIS`` starting at token i ends, else None."""
    if not ({"التحالف", "تحالف", "الايتلاف", "ايتلاف"} & toks[i].stems):
        return None
    construct = toks[i].norm in ("تحالف", "لتحالف", "بتحالف")
    j, last, led = i + 1, min(len(toks) - 1, i + 4), False
    while True:
        if j >= last:
            return None
        w = toks[j].norm
        if w in _AGAINST or (w in _AGAINST_ADJ and toks[j + 1].norm.startswith("ل")) or \
                (construct and j == i + 1 and w in _CONSTRUCT_AGAINST):
            break
        m = covered(doc, toks[j].start, toks[j].end)
        if w in _LED and not led:
            led, last = True, min(len(toks) - 1, last + 3)    # the leader's name: up to three words more
        elif not ((construct and w in _INDEFINITE_ADJ) or w in COALITION_ADJ or
                  (m is not None and m.kind in ("name", "metonym") and doc.entities[m.entity].type in ("state", "city"))):
            return None
        j += 1
    t = j + 2 if toks[j + 1].norm == "ل" and j + 2 < len(toks) else j + 1    # لـ"داعش"
    enemy = next((m for m in overlapping(doc, toks[t].start, toks[t].end) if m.entity == isis
                  or doc.entities[m.entity].parent == isis), None)
    if enemy is not None:      # a quoted name with its closing quote (لـ"داعش")
        quoted = doc.text[enemy.start - 1:enemy.start] in _QUOTES and doc.text[enemy.end:enemy.end + 1] in _QUOTES
        return enemy.end + 1 if quoted else enemy.end
    if "التنظيم" not in toks[t].stems:
        return None
    return toks[t + 1].end if t + 1 < len(toks) and toks[t + 1].norm in _ENEMY_ADJ \
        and not doc.text[toks[t].end:toks[t + 1].start].strip() else toks[t].end


def _coalition_head(doc: Document, ck: str | None) -> None:
    """The coalition's full name (التحالف الدولي ضد تنظيم داعش) is also written by its head
    (التحالف الدولي): a surface of it too, as annotators and later sentences use it."""
    for m in [m for m in doc.mentions if m.entity == ck and m.kind == "name"]:
        words = tokens(m.text)
        if len(words) < 2 or "التحالف" not in stems(words[0][2]):
            continue
        # التحالف الدولي …, or the bare التحالف before what it is told by (التحالف الذي تقوده …، التحالف ضد …)
        head = 1 if len(words) > 2 and norm_token(words[1][2]) in COALITION_ADJ else 0
        if head == 0 and norm_token(words[1][2]) in COALITION_ADJ:
            continue
        b = m.start + words[head][1]
        if not any(x.start == m.start and x.end == b for x in overlapping(doc, m.start, b)):
            add_mention(doc, Mention(m.start, b, doc.text[m.start:b], ck, "nested", m.sentence))


def _alliance_word(t: str) -> bool:
    n = norm_token(t)
    return "تحالف" in n or "ايتلاف" in n


def _coalition_of_isis_article(doc: Document, lex: Lexicon) -> str | None:
    """The coalition's key when the article names ISIS (or one of its branches), else None."""
    isis = (lex.cache.get("by_row_key") or {}).get("isis")
    if not any(k == isis or (e.parent is not None and e.parent == isis) for k, e in doc.entities.items()):
        return None
    return (lex.cache.get("by_row_key") or {}).get("global_coalition")


def nominals(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """A title with a state but no name (الوزير السعودي, وزير الخارجية الأميركي, ونظيره
    الأميركي) refers to the one person of the article with that affiliation; ``التنظيم``
    refers to ISIS in an article that names it."""
    persons = [e for e in doc.entities.values() if e.type == "person"]
    heads = set(NOMINAL_HEADS) | {g for g in ctx["generic"] if " " not in g}
    head_hits = dict((sent.index, hits) for sent, hits in positions(doc, lambda t: not heads.isdisjoint(stems(t)), word_sets(lex, "entities:heads")))
    for sent in doc.sentences:
        toks = doc.tokens_of(sent)
        if not toks:
            continue
        # (first token of the title, first token after it)
        spans = [(i0, j, title) for title, i0, j in title_spans(doc, sent, ctx)]
        spans += [(k, k + 1, None) for k in head_hits.get(sent.index, ())]
        done = set()
        for i0, j, post in sorted(spans, key=lambda x: x[:2]):
            if j >= len(toks) or i0 in done:
                continue
            a = toks[i0].start
            if any(m.kind == "nominal" for m in overlapping(doc, a, a + 1)):
                continue
            b_idx = toks[j].start
            nxt = covered(doc, b_idx, b_idx + 1)
            if nxt is None or doc.entities[nxt.entity].type != "state" or nxt.kind not in ("nisba", "name"):
                continue
            after = covered(doc, nxt.end + 1, nxt.end + 2)
            if after is not None and doc.entities[after.entity].type == "person" \
                    and not doc.text[nxt.end:after.start].strip():
                continue          # a name follows: the title rule handled it
            if name_after_complement(doc, lex, ctx, sent, toks, nxt.end):
                continue          # المبعوث الأميركي الخاص إلى سوريا توم باراك: the same
            cands = [p for p in persons if p.affiliation == nxt.entity and (post is None or may_hold(p.role, post))]
            if len(cands) == 1:
                b = nxt.end
                add_mention(doc, Mention(a, b, doc.text[a:b], cands[0].key, "nominal", sent.index))
                cands[0].add_nominal(doc.text[a:b])
                done.update(range(i0, j + 1))
    rows = lex.cache.get("by_row_key") or {}
    _the_named(doc, lex, "التنظيم", rows.get("isis"), "entities:tanzim")
    # "the alliance" is NATO in an article that names NATO, else the coalition if it names that
    # (الحلف الدولي، الحلف العربي are other names, read by the gazetteer or not at all)
    alliance = rows.get("nato") if rows.get("nato") in doc.entities else rows.get("global_coalition")
    _the_named(doc, lex, "الحلف", alliance, "entities:hilf", unless=_NAMED_ALLIANCE)


# an adjective after الحلف that makes it a name of its own (الحلف الدولي ضد داعش، الحلف الأطلسي)
_NAMED_ALLIANCE = re.compile(r"^\s*(?:ال)?(?:دولي|عربي|اسلامي|اطلسي|الاطلسي|الغربي)")


def _the_named(doc: Document, lex: Lexicon, word: str, key: str | None, memo: str, unless=None) -> None:
    """The definite noun ``word`` (with its clitics) alone refers to ``key``, an entity the
    article names: ``التنظيم`` is ISIS, ``الحلف`` NATO."""
    if not key or key not in doc.entities:
        return
    for sent, hits in positions(doc, lambda t: word in stems(t), word_sets(lex, memo)):
        toks = doc.tokens_of(sent)
        for tok in (toks[i] for i in hits):
            if covered(doc, tok.start, tok.start + 1) or \
                    (unless is not None and unless.search(norm(doc.text[tok.end:tok.end + 12]))):
                continue
            add_mention(doc, Mention(tok.start, tok.end, tok.text, key, "nominal", sent.index))
            doc.entities[key].add_nominal(tok.text)


# a head noun of a kind of place, and the type of what it names (بولاية ماريلاند، بمدينة نيوبورت)
PLACE_HEADS = {norm_token(w): t for w, t in (
    ("مدينة", "city"), ("بلدة", "city"), ("قرية", "city"), ("ولاية", "region"), ("محافظة", "region"),
    ("إقليم", "region"), ("مخيم", "place"), ("جزيرة", "place"))}
RARE_PLACE_ZIPF = 3.0     # a word this rare after a place's head noun is its name, not an adjective


def places_by_head(doc: Document, lex: Lexicon) -> None:
    """A place no gazetteer knows, named after the noun of its kind (بمدينة نيوبورت، بولاية
    ماريلاند، مخيم روج): one or two rare words right after it; not a feminine adjective
    (مدينة ساحلية) nor a word the article already reads as something else."""
    for sent, hits in positions(doc, lambda t: not PLACE_HEADS.keys().isdisjoint(stems(t)),
                                word_sets(lex, "entities:place_heads")):
        toks = doc.tokens_of(sent)
        for i in hits:
            etype = next(PLACE_HEADS[s] for s in toks[i].stems if s in PLACE_HEADS)
            name = []
            for j in range(i + 1, min(len(toks), i + 3)):
                if doc.text[toks[j - 1].end:toks[j].start].strip() or not _rare_name_word(lex, toks[j]) \
                        or covered(doc, toks[j].start, toks[j].end) is not None:
                    break
                name.append(toks[j])
            if not name:
                continue
            a, b = name[0].start, name[-1].end
            surface = doc.text[a:b]
            key = f"{etype}:" + norm(surface)
            if key not in doc.entities:
                doc.entities[key] = Entity(key=key, type=etype, name_ar=surface)
            add_mention(doc, Mention(a, b, surface, key, "name", sent.index))


def _rare_name_word(lex: Lexicon, tok) -> bool:
    w = tok.text
    bare = w[2:] if w.startswith("ال") else w
    return len(bare) >= 3 and bare.isalpha() and not tok.norm.endswith(("يه", "ية")) and \
        lex.zipf(w) < RARE_PLACE_ZIPF and lex.zipf(bare) < RARE_PLACE_ZIPF


_NEWS = {norm_token(w) for w in ("أنباء", "الأنباء")}
# a name in quotation marks, in brackets or, in some agencies' style, between slashes (راديو (سوا)، قناة
# «الحرة»، راديو /سوا/)
_QUOTE_NAME = re.compile(r"\s*(?:[\"“”«»„'/]\s*([^\"“”«»„'/\n]{2,40}?)\s*[\"“”«»„'/]|\(\s*([^()\n]{2,40}?)\s*\))")
# the adjective of a news medium, which closes its name however common its words (وكالة نون الخبرية)
_NEWS_ADJ = {norm_token(w) for w in ("الخبرية", "الإخبارية", "الاخبارية", "الإعلامية")}


def media_names(doc: Document, lex: Lexicon) -> None:
    """A newspaper, agency, channel or radio named after the noun of its kind: a quoted name
    (صحيفة "الوطن"، وكالة أنباء «كيودو»), a name the lexicon knows (تلفزيون السومرية: that
    organisation, its head noun a surface too) or one or two rare words (راديو سوا). The
    name alone and with its head noun are both surfaces: the press writes either."""
    for sent, hits in positions(doc, lambda t: not MEDIA_HEADS.isdisjoint(stems(t)), word_sets(lex, "entities:media")):
        toks = doc.tokens_of(sent)
        for i in hits:
            j = i + 1
            if j < len(toks) and toks[j].norm in _NEWS and not doc.text[toks[i].end:toks[j].start].strip():
                j += 1
            if j >= len(toks) or covered(doc, toks[i].start, toks[i].end) is not None:
                continue
            head_a = word_start(toks[i], MEDIA_HEADS)
            name = _media_name(doc, lex, toks, j)
            if name is None:
                continue
            a, b, key, etype_known = name
            if etype_known == "masthead":
                take_span(doc, a, b)    # واشنطن in واشنطن بوست is no place
            if key is None:
                surface = doc.text[a:b]
                key = "media:" + norm(surface)
                if key not in doc.entities:
                    doc.entities[key] = Entity(key=key, type="organization", subtype="media", name_ar=surface)
                add_mention(doc, Mention(a, b, surface, key, "name", sent.index))
            add_mention(doc, Mention(head_a, b, doc.text[head_a:b], key, "nested", sent.index))


# the words that give a source (بحسب الشرق الأوسط، نقلا عن الشرق الأوسط): a place is none
_AS_REPORTED_BY = {norm_token(w) for w in ("بحسب", "وبحسب", "حسب", "وحسب", "وفق", "ووفق", "وفقا", "ووفقا", "وفقاً",
                                            "ووفقاً")}


def credited_outlets(doc: Document, lex: Lexicon) -> None:
    """A place's name that is also a paper's (الشرق الأوسط), right after the words that give a
    source (بحسب، وفق، نقلا عن): the paper, not the place."""
    papers = lex.cache.get("credit_only") or {}
    for m in [m for m in doc.mentions if m.kind == "name" and norm(m.text) in papers]:
        if doc.entities[m.entity].type not in ("region", "city", "place"):
            continue
        before = norm(doc.text[max(0, m.start - 16):m.start]).split()[-2:]
        if not (before[-1:] and before[-1] in _AS_REPORTED_BY or before[:1] and before[0] in QUOTING
                and before[-1] == "عن"):
            continue
        key = papers[norm(m.text)]
        info = lex.info.get(key) or {}
        take_span(doc, m.start, m.end)
        ensure_entity(doc, lex, key, "organization", info.get("name_en"), info.get("qid"), None)
        add_mention(doc, Mention(m.start, m.end, m.text, key, "name", m.sentence))


# the second word of a paper named after its city (واشنطن بوست، نيويورك تايمز، وول ستريت جورنال)
_MASTHEAD = {norm_token(w) for w in ("بوست", "تايمز", "جورنال", "هيرالد", "تريبيون", "غلوب", "كرونيكل",
                                      "تلغراف", "نيوز", "برس", "إكسبريس", "اكسبريس", "ستار")}


def _media_name(doc: Document, lex: Lexicon, toks, j: int):
    """(start, end, known entity key or None, _) of the medium's name at token ``j``."""
    q = _QUOTE_NAME.match(doc.text, toks[j - 1].end)
    g = 1 if q is not None and q.group(1) else 2
    if g == 2 and any(f.startswith("ال") for f in stems(toks[j - 1].text)):
        q = None        # الموقع (المذكور أعلاه): a definite head's brackets explain, a name needs the construct
    if q is not None and len(q.group(g).split()) <= 4:
        a, b = q.start(g), q.end(g)
        known = covered(doc, a, b)
        return a, b, (known.entity if known is not None and known.start == a and known.end == b else None), None
    if doc.text[toks[j - 1].end:toks[j].start].strip():
        return None
    known = covered(doc, toks[j].start, toks[j].end)
    if known is not None:
        ent = doc.entities.get(known.entity)
        if ent is not None and ent.type == "organization" and known.start == toks[j].start and known.kind == "name":
            return known.start, known.end, known.entity, None
        if ent is not None and ent.type in ("city", "state") and known.end == toks[j].end and j + 1 < len(toks) \
                and toks[j + 1].norm in _MASTHEAD and not doc.text[toks[j].end:toks[j + 1].start].strip():
            return toks[j].start, toks[j + 1].end, None, "masthead"     # صحيفة واشنطن بوست: no city
        return None
    for k in (j + 1, j + 2):
        if k < len(toks) and toks[k].norm in _NEWS_ADJ and not doc.text[toks[j].end:toks[k].start].strip(" ") \
                and not any(covered(doc, t.start, t.end) for t in toks[j:k]):
            return toks[j].start, toks[k].end, None, None
    name = []
    for k in range(j, min(len(toks), j + 2)):
        if (name and doc.text[toks[k - 1].end:toks[k].start].strip()) or not _rare_name_word(lex, toks[k]) \
                or covered(doc, toks[k].start, toks[k].end) is not None:
            break
        name.append(toks[k])
    return (name[0].start, name[-1].end, None, None) if name else None



_KINGDOM = norm_token("المملكة")


def _kingdoms(lex: Lexicon) -> dict[str, str]:
    """State key → English name of the states styled a kingdom in the lexicon (مملكة البحرين،
    المملكة المغربية): those a bare المملكة can stand for."""
    def build(lex):
        return {k: row.get("name_en") or "" for k, row in lex.info.items() if row.get("type") == "state"
                and any(norm(n).split()[0] in ("مملكه", "المملكه") for n in row.get("names_ar") or [] if norm(n))}
    return compiled(lex, "entities:kingdoms", build)


def _home_state(doc: Document, lex: Lexicon) -> str | None:
    """The state the article is told from: its outlet's country (sidecar), else its dateline city's."""
    home = str(doc.article.metadata.get("outlet_country") or "")
    home = re.split(r"[/(,]", home)[0].strip().lower()
    for k, row in lex.info.items():
        if home and row.get("type") == "state" and (row.get("name_en") or "").lower() == home:
            return k
    line = [m for m in doc.mentions if m.kind == "dateline"]
    return (lex.info.get(line[0].entity) or {}).get("country_key") if line else None


def _kingdom_meant(doc: Document, lex: Lexicon) -> str | None:
    """The kingdom a bare المملكة stands for: the home state if it is one (a Saudi outlet's
    المملكة is Saudi Arabia even when it names Jordan), else the one kingdom the text names."""
    kings = _kingdoms(lex)
    home = _home_state(doc, lex)
    if home in kings:
        return home
    named = {m.entity for m in doc.mentions if m.entity in kings and m.kind in ("name", "nisba", "metonym")}
    return named.pop() if len(named) == 1 else None


def bare_kingdom(doc: Document, lex: Lexicon) -> None:
    """``المملكة`` alone (وفد المملكة، للمملكة، فالمملكة) is the article's kingdom; followed by a
    definite adjective (المملكة الهاشمية) it begins another name, which is left alone."""
    hits = positions(doc, lambda t: _KINGDOM in stems(t), word_sets(lex, "entities:kingdom"))
    key = _kingdom_meant(doc, lex) if hits else None
    if key is None:
        return
    for sent, idx in hits:
        toks = doc.tokens_of(sent)
        for i in idx:
            tok = toks[i]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if covered(doc, tok.start, tok.end) or (nxt is not None and nxt.norm.startswith("ال")
                                                    and nxt.norm[-1] in "هة"
                                                    and not doc.text[tok.end:nxt.start].strip()):
                continue
            ent = lex.info[key]
            ensure_entity(doc, lex, key, "state", ent.get("name_en"), ent.get("qid"), None)
            # a short form of the kingdom's name, resolved by the article: the rules that read a
            # state's name to make it a chair or host (ترأس وفد المملكة: led its delegation) leave it be
            add_mention(doc, Mention(tok.start, tok.end, tok.text, key, "short", sent.index))


_GROUP_HEADS = {norm_token(w) for w in ("تنظيم", "حركة", "جماعة", "شبكة", "ميليشيا", "مليشيا")}
_GROUP_TYPES = ("terrorist_group", "armed_group")


def _group_short_forms(lex: Lexicon) -> dict[str, str]:
    """Folded word → group key, for groups named by a head noun and one word (تنظيم القاعدة،
    حركة الشباب) whose word alone the lexicon leaves out as an ordinary word (القاعدة "the base")."""
    def build(lex):
        out = {}
        for k, row in lex.info.items():
            if row.get("subtype") not in _GROUP_TYPES:
                continue
            for n in row.get("names_ar") or []:
                w = norm(n).split()
                if len(w) == 2 and w[0] in _GROUP_HEADS and not lex.entries.get((w[1],)):
                    out.setdefault(w[1], k)
        return out
    return compiled(lex, "entities:group_short", build)


def _group_at(doc: Document, lex: Lexicon, tok) -> bool:
    m = covered(doc, tok.start, tok.end) if tok is not None else None
    return m is not None and (lex.info.get(m.entity) or {}).get("subtype") in _GROUP_TYPES


def coordinated_groups(doc: Document, lex: Lexicon) -> None:
    """A group's bare word coordinated with another armed group (داعش والقاعدة، القاعدة وداعش
    والشباب) is the group: the pair tells what القاعدة is; a definite adjective after it (والقاعدة
    الجوية) makes it the ordinary word."""
    short = _group_short_forms(lex)
    for sent, hits in positions(doc, lambda t: not short.keys().isdisjoint(stems(t)), word_sets(lex, "entities:group_short")):
        toks = doc.tokens_of(sent)
        for i in hits:
            tok, prev = toks[i], toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if covered(doc, tok.start, tok.end) is not None:
                continue
            if nxt is not None and nxt.norm.startswith("ال") and nxt.norm not in _ENEMY_ADJ:
                continue
            joined = (tok.norm.startswith("و") and _group_at(doc, lex, prev)) or \
                     (nxt is not None and nxt.norm.startswith("و") and _group_at(doc, lex, nxt))
            if not joined:
                continue
            key = short[max((f for f in stems(tok.text) if f in short), key=len)]
            row = lex.info[key]
            ensure_entity(doc, lex, key, row["type"], row.get("name_en"), row.get("qid"), None)
            add_mention(doc, Mention(tok.start, tok.end, tok.text, key, "name", sent.index))


_GOVERNMENT = norm_token("حكومة")
_NATIONAL = {norm_token(w) for w in ("الوطني", "الوطنية")}


def national_governments(doc: Document, lex: Lexicon) -> None:
    """A government named by what it unites (حكومة الوفاق الوطني، حكومة الوحدة الوطنية، لحكومة
    الإنقاذ الوطني): حكومة in construct with a definite noun and الوطني/ة is a proper name, an
    organisation as written; الحكومة العراقية (a state's government) is not one."""
    for sent, hits in positions(doc, lambda t: _GOVERNMENT in stems(t), word_sets(lex, "entities:government")):
        toks = doc.tokens_of(sent)
        for i in hits:
            if i + 2 >= len(toks) or toks[i].norm.endswith("الحكومه") or not toks[i + 1].norm.startswith("ال") \
                    or toks[i + 2].norm not in _NATIONAL \
                    or doc.text[toks[i].end:toks[i + 2].start].count(" ") != 2 or "\n" in doc.text[toks[i].end:toks[i + 2].start]:
                continue
            a = toks[i].start + folded_find(toks[i].text, "حكوم")
            b = toks[i + 2].end
            if covered(doc, a, b) is not None:
                continue
            surface = doc.text[a:b]
            key = "gov:" + norm(surface)
            government_body(doc, key, surface)
            add_mention(doc, Mention(a, b, surface, key, "name", sent.index))


# the head nouns an organisation's name written out opens with (بعثة، برنامج، دائرة …)
_BRACKETED_HEADS = {norm_token(w) for w in (
    "بعثة", "برنامج", "منظمة", "مكتب", "دائرة", "وكالة", "هيئة", "صندوق", "مفوضية", "لجنة", "مجلس", "مركز",
    "قوة", "قيادة", "فريق", "تحالف", "اتحاد", "جامعة", "البعثة", "البرنامج", "المنظمة", "المكتب", "الدائرة",
    "الوكالة", "الهيئة", "الصندوق", "المفوضية", "اللجنة", "المجلس", "المركز", "القوة", "القيادة", "الفريق")}
_BRACKETED_SPAN = 8


def bracketed_acronyms(doc: Document, lex: Lexicon) -> None:
    """An organisation's name written out, then its known short name in brackets (بعثة الأمم
    الخاصة لمساعدة العراق (يونامي)): the words are that organisation, however they are spelt."""
    for m in [m for m in doc.mentions if m.kind == "name" and doc.entities[m.entity].type == "organization"]:
        before, after = doc.text[:m.start].rstrip(), doc.text[m.end:m.end + 3].lstrip()
        if not before.endswith("(") or not after.startswith(")"):
            continue
        sent = doc.sentences[m.sentence]
        toks = doc.tokens_of(sent)
        j = token_from(toks, m.start)
        h = _bracketed_head(doc, toks, j)
        if h is None:
            continue
        a = toks[h].start + (1 if toks[h].norm[:1] in "وفبل" and toks[h].norm not in _BRACKETED_HEADS else 0)
        b = toks[j - 1].end
        if any(o.start < a or o.end > b or o.start == a and o.entity == m.entity for o in overlapping(doc, a, b)):
            continue        # part of a longer name, or the name known already (وكالة الأنباء الأردنية الرسمية)
        take_span(doc, a, b)
        written = Mention(a, b, doc.text[a:b], m.entity, "name", m.sentence)
        add_mention(doc, written)
        add_nested(doc, lex, written, m.sentence)


def _bracketed_head(doc: Document, toks, j: int) -> int | None:
    """The token opening the name before the bracket at token ``j``: a head noun a few words back,
    the words between unpunctuated."""
    for h in range(j - 1, max(j - 1 - _BRACKETED_SPAN, -1), -1):
        n = toks[h].norm
        if n in _BRACKETED_HEADS or n[:1] in "وفبل" and n[1:] in _BRACKETED_HEADS:
            return h if h < j - 1 else None
        if h and re.search(r"[^\s]", doc.text[toks[h - 1].end:toks[h].start]):
            return None
    return None


# the head nouns of an institution named by its state and its purpose (الصندوق السعودي للتنمية)
INSTITUTION_HEADS = {norm_token(w) for w in ("الصندوق", "الوكالة", "المركز", "المعهد", "البنك", "الهيئة",
                                             "المؤسسة", "الوزارة", "المنظمة", "البرنامج", "المكتب")}


def institutions_by_purpose(doc: Document, lex: Lexicon) -> None:
    """An institution named by head noun, its state's (region's, body's: الأممي) adjective and its purpose
    after ل (الصندوق السعودي للتنمية، الوكالة الألمانية للتعاون الدولي، المركز الأوروبي لمكافحة
    الإرهاب، الوزارة الاتحادية الألمانية للتعاون الاقتصادي والتنمية): an organisation as written.
    The purpose is a thing, not people (قال المكتب الأمريكي للصحفيين: whom he told)."""
    for sent, hits in positions(doc, lambda t: not INSTITUTION_HEADS.isdisjoint(stems(t)), word_sets(lex, "entities:institutions")):
        toks = doc.tokens_of(sent)
        for i in hits:
            span = _institution_at(doc, sent, toks, i)
            if span is None:
                continue
            a, b, nis = span
            places = [m for m in overlapping(doc, a, b) if m is not nis and doc.entities[m.entity].type in ("state", "city")]
            take_span(doc, a, b)
            surface = doc.text[a:b]
            key = "inst:" + norm(surface)
            if key not in doc.entities:
                # a state's institution acts for it (its fund's or ministry's money is the state's)
                state = doc.entities[nis.entity].type == "state"
                doc.entities[key] = Entity(key=key, type="organization", name_ar=surface,
                                           subtype="government_body" if state else None,
                                           country=nis.entity if state else None)
            add_mention(doc, Mention(a, b, surface, key, "name", sent.index))
            for m in [nis] + places:     # the state and the place it works for are named too
                add_mention(doc, Mention(m.start, m.end, m.text, m.entity, "nested", sent.index))


def _institution_at(doc: Document, sent, toks, i: int):
    """(start, end, the adjective's mention) of head + (one adjective) + nisba + ل-purpose, or None."""
    tok = toks[i]
    a = tok.start + folded_find(tok.text, "ال")
    if covered(doc, a, a + 1) is not None or tok.norm not in INSTITUTION_HEADS and tok.norm[1:] not in INSTITUTION_HEADS:
        return None
    j = i + 1
    nis = _adjacent_mention(doc, sent, toks, j)
    if nis is None and j + 1 < len(toks) and toks[j].norm.startswith("ال"):
        j += 1                                   # الوزارة الاتحادية الألمانية
        nis = _adjacent_mention(doc, sent, toks, j)
    if nis is None or nis.kind != "nisba" or doc.entities[nis.entity].type not in ("state", "region", "organization"):
        return None
    k = token_from(toks, nis.end)
    if k >= len(toks) or doc.text[nis.end:toks[k].start].strip() or not _purpose_word(toks[k]):
        return None
    end = toks[k].end
    for n in range(k + 1, min(len(toks), k + 4)):
        w = toks[n].norm
        if doc.text[toks[n - 1].end:toks[n].start].strip() or not (w.startswith("ال") or w.startswith("وال")):
            break
        place = covered(doc, toks[n].start, toks[n].end)
        if place is not None:
            if n == k + 1 and place.start == toks[n].start and doc.entities[place.entity].type in ("state", "city"):
                end = place.end          # الصندوق الكويتي لإعمار العراق: the purpose's own genitive
            break
        end = toks[n].end
    return a, end, nis


def _purpose_word(tok) -> bool:
    """ل + a definite noun or a noun in construct (للتنمية، لمكافحة), not people (للصحفيين) or a
    pronoun (لها)."""
    w = tok.norm
    # after ل a plural of persons is oblique, -ين; -ون is a singular (للتعاون، للشؤون)
    return w.startswith("ل") and len(w) >= 5 and not w.endswith("ين") and not w.startswith("لدى")


def compound_ministries(doc: Document, lex: Lexicon) -> None:
    """A ministry whose portfolio joins several with و (وزارة الخارجية والتعاون الدولي، وزارة
    الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، وزارة الخارجية والمغتربين
    السورية) is named by the whole: the body a shorter match found inside it, else its state's
    (adjective at the end), else one as written; the words inside name no region or people."""
    for sent, hits in positions(doc, lambda t: MINISTRY in stems(t), word_sets(lex, "entities:ministry")):
        toks = doc.tokens_of(sent)
        for i in hits:
            got = _compound_portfolio(doc, sent, toks, i)
            if got is None:
                continue
            a, b, state = got
            inner = [m for m in overlapping(doc, a, b) if doc.entities[m.entity].type == "organization"]
            named = [m for m in overlapping(doc, a, b) if m.entity == state and m.kind == "nisba"]
            key = inner[0].entity if inner else (("mfa:" if _is_foreign(doc.text[a:b]) else "ministry:") + state
                                                 if state else "ministry:" + norm(doc.text[a:b]))
            government_body(doc, key, doc.text[a:b], state)
            take_span(doc, a, b)
            add_mention(doc, Mention(a, b, doc.text[a:b], key, "name", sent.index))
            for m in named:          # the state is named too (السورية: Syria)
                add_mention(doc, Mention(m.start, m.end, m.text, m.entity, "nested", sent.index))


def _is_foreign(surface: str) -> bool:
    return MFA in norm(surface).split()[1:3]


def _compound_portfolio(doc: Document, sent, toks, i: int):
    """(start, end, state key or None) of وزارة + a definite portfolio + و-joined ones (and a
    state's adjective after them); None without a و-joined portfolio."""
    a = toks[i].start + folded_find(toks[i].text, "وزار")
    joined, k = False, i + 1
    while k < len(toks) and k - i <= 9 and not doc.text[toks[k - 1].end:toks[k].start].strip():
        w = toks[k].norm
        m = _adjacent_mention(doc, sent, toks, k)
        if m is not None and m.kind == "nisba" and doc.entities[m.entity].type == "state" and k > i + 1:
            return (a, m.end, m.entity) if joined else None
        if w.startswith(("وال", "بال")) and k > i + 1:
            joined = joined or w.startswith("وال")
        elif not w.startswith("ال"):
            break
        k += 1
    return (a, toks[k - 1].end, None) if joined and toks[k - 1].norm.startswith(("ال", "وال", "بال")) else None


# the head noun of a natural or built feature (سد الموصل، صحراء الأنبار، بحر الصين الجنوبي)
FEATURE_HEADS = {norm_token(w) for w in ("سد", "صحراء", "بحر", "جبل", "جبال", "نهر", "بادية", "وادي", "سهل")}
_SIDE_ADJ = {norm_token(w) for w in ("الجنوبي", "الشمالي", "الشرقي", "الغربي", "الأوسط")}


def features_of_places(doc: Document, lex: Lexicon) -> None:
    """A feature named by its head noun in construct with a place (سد الموصل، بصحراء الأنبار،
    بحر الصين الجنوبي) is a place of its own, not the city or state it is named after."""
    for sent, hits in positions(doc, lambda t: not FEATURE_HEADS.isdisjoint(stems(t)), word_sets(lex, "entities:features")):
        toks = doc.tokens_of(sent)
        for i in hits:
            inner = _adjacent_mention(doc, sent, toks, i + 1)
            if inner is None or inner.kind != "name" or doc.entities[inner.entity].type not in ("city", "region", "state", "place") \
                    or covered(doc, toks[i].start, toks[i].end) is not None:
                continue
            a = word_start(toks[i], FEATURE_HEADS)
            b = inner.end
            k = token_from(toks, b)
            if k < len(toks) and toks[k].norm in _SIDE_ADJ and not doc.text[b:toks[k].start].strip():
                b = toks[k].end                  # بحر الصين الجنوبي
            surface = doc.text[a:b]
            key = "place:" + norm(surface)
            take_span(doc, a, b)
            if key not in doc.entities:
                doc.entities[key] = Entity(key=key, type="place", name_ar=surface)
            add_mention(doc, Mention(a, b, surface, key, "name", sent.index))


LIST_PLACE_ZIPF = 3.5     # a word this rare in a list of places is one more place (والشدادي)
_PLACE_TYPES = ("city", "region", "place")


def places_in_lists(doc: Document, lex: Lexicon) -> None:
    """A rare word joined by و into a list naming two places or more (البوكمال والشدادي ودير الزور
    والرقة) is one more place, named as written without its و; a common word (والعالم) is not."""
    for sent in doc.sentences:
        if sum(_is_place_name(doc, m) for m in overlapping(doc, sent.start, sent.end)) < 2:
            continue        # no two places named here: no list of them (the chains cost a lookup a word)
        toks = doc.tokens_of(sent)
        for chain in _wa_chains(doc, toks):
            # places named, not adjectives (دولة أوروبية وأفريقية، ويترأسه: no list of places)
            known = [m for m in chain if isinstance(m, Mention) and _is_place_name(doc, m)]
            if len(known) < 2:
                continue
            for m in chain:
                if isinstance(m, Mention) or not _rare_place_word(lex, m):
                    continue
                a = m.start + (1 if m.text.startswith("و") else 0)
                surface = doc.text[a:m.end]
                key = "place:" + norm(surface)
                if key not in doc.entities:
                    doc.entities[key] = Entity(key=key, type="place", name_ar=surface)
                add_mention(doc, Mention(a, m.end, surface, key, "name", sent.index))


def _is_place_name(doc: Document, m: Mention) -> bool:
    return m.kind == "name" and doc.entities[m.entity].type in _PLACE_TYPES


def _rare_place_word(lex: Lexicon, tok) -> bool:
    w = tok.text[1:] if tok.text.startswith("و") and len(tok.text) > 4 else tok.text
    return len(w) >= 4 and lex.zipf(w) < LIST_PLACE_ZIPF and not any(c.isdigit() for c in w)


def _wa_chains(doc: Document, toks) -> list[list]:
    """The runs of members joined by و (a member: a mention, else one token), of two or more."""
    chains, cur, k = [], [], 0
    while k < len(toks):
        tok = toks[k]
        m = covered(doc, tok.start, tok.end)
        member = m if m is not None and m.start <= tok.start else tok
        end = member.end
        joined = cur and tok.text.startswith("و") and not doc.text[cur[-1].end:tok.start].strip(" ،,")
        if not joined:
            if len(cur) >= 2:
                chains.append(cur)
            cur = []
        cur.append(member)
        k = token_from(toks, end) if end > tok.end else k + 1
    if len(cur) >= 2:
        chains.append(cur)
    return chains


# a word broken by kashida and a dot, star or dash against content filters (داعـ.ـش، الحشـ*ـد)
# (tried at the start of a word only: a match inside a word would have started at its start)
_BROKEN_WORD = re.compile(r"(?<![\u0621-\u064a])[\u0621-\u064a]+(?:\u0640*[.*\-_•·]+\u0640*|\u0640+)[\u0621-\u064a\u0640.*\-_•·]*[\u0621-\u064a]")
_BREAKS = re.compile(r"[\u0640.*\-_•·]+")


def broken_words(doc: Document, lex: Lexicon) -> None:
    """A name written broken inside the word to slip past filters (تنظيم داعـ.ـش) is the name: the
    word with its breaks taken out is matched, the surface kept as written."""
    for w in _BROKEN_WORD.finditer(doc.text):
        if not _BREAKS.search(w.group()) or "." not in w.group() and "*" not in w.group() and "-" not in w.group():
            continue            # a kashida alone (داعـــش) the normaliser already folds
        sent = doc.sentence_at(w.start())
        whole = _BREAKS.sub("", w.group())
        hits = [h for h in lex.match(whole) if h[0] == 0 and h[1] == len(whole)]
        if sent is None or not hits or covered(doc, w.start(), w.end()) is not None:
            continue
        ent = next((x for x in hits[0][3] if x.kind == "name"), hits[0][3][0])
        ensure_entity(doc, lex, ent.key, ent.type, ent.name_en, ent.qid, None)
        add_mention(doc, Mention(w.start(), w.end(), w.group(), ent.key, ent.kind, sent.index))


# the agency of a state named by its nationality (الوكالة القطرية، الوكالة الرسمية القطرية للأنباء)
_AGENCY_HEADS = {norm_token(w) for w in ("الوكالة", "وكالة")}
_AGENCY_AFTER = {norm_token(w) for w in ("الرسمية", "للأنباء")}


def _agency_of_state(lex: Lexicon) -> dict[str, str]:
    """{state key: its news agency's key}: the lexicon's agencies whose Arabic name holds a
    state's nationality adjective (وكالة الأنباء القطرية → Qatar)."""
    def build(lex):
        nisba = {}
        for k, row in lex.info.items():
            if row.get("type") == "state":
                for s in row.get("nisba") or []:
                    for f in (s, s + "ة", "ال" + s, "ال" + s + "ة"):
                        nisba[norm_token(f)] = k
        out = {}
        for k, row in lex.info.items():
            if row.get("subtype") == "news_agency" or row.get("type") == "news_agency":
                for name in row.get("names_ar") or []:
                    state = next((nisba[w] for w in norm(name).split() if w in nisba), None)
                    if state:
                        out.setdefault(state, k)
        return out
    return compiled(lex, "entities:agency_of_state", build)


def national_agencies(doc: Document, lex: Lexicon) -> None:
    """``الوكالة`` (+ ``الرسمية``) + a state's adjective (+ ``للأنباء``): that state's news agency,
    the lexicon's when it knows one (قنا), else an agency named after its state. Not after
    another noun it belongs to (مدير الوكالة القطرية is still the agency; a name the lexicon
    matched already is left alone)."""
    table = _agency_of_state(lex)
    for sent in doc.sentences:
        toks = doc.tokens_of(sent)
        for i, t in enumerate(toks[:-1]):
            if _AGENCY_HEADS.isdisjoint(t.stems) or covered(doc, t.start, t.end) is not None:
                continue
            j = i + 2 if toks[i + 1].norm == norm_token("الرسمية") and i + 2 < len(toks) else i + 1
            nis = covered(doc, toks[j].start, toks[j].start + 1)
            if nis is None or nis.kind != "nisba" or doc.entities[nis.entity].type != "state" \
                    or nis.start != toks[j].start:
                continue
            end = nis.end
            k = token_from(toks, end)
            while k < len(toks) and toks[k].norm in _AGENCY_AFTER and k <= j + 2:
                end, k = toks[k].end, k + 1
            a = word_start(t, _AGENCY_HEADS)
            state = doc.entities[nis.entity]
            key = table.get(nis.entity)
            if key is not None:
                info = lex.info.get(key) or {}
                ensure_entity(doc, lex, key, "organization", info.get("name_en"), info.get("qid"), None)
            else:
                key = "agency:" + nis.entity
                if key not in doc.entities:
                    doc.entities[key] = Entity(key=key, type="organization", subtype="news_agency",
                                               name_en=f"{state.name_en or state.name_ar} news agency",
                                               name_ar=doc.text[a:end])
            take_span(doc, a, end)
            m = Mention(a, end, doc.text[a:end], key, "name", sent.index)
            add_mention(doc, m)
            add_mention(doc, Mention(nis.start, nis.end, nis.text, nis.entity, "nested", sent.index), surfaces=False)
