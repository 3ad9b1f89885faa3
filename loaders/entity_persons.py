"""Persons no lexicon knows — after a title, after a given name or a form of address — and the
later mentions of a person by surname, first names or another spelling."""
from __future__ import annotations

import re
from functools import lru_cache

from .document import Document, Mention
from .lexicon import Lexicon, compiled, word_sets
from .normalize import norm, norm_token, skeleton, stems
from .entity_core import (
    ADDRESSEE_HEADS, ALLAH, COMMON_ZIPF, COMPLEMENT_PREP, COMPLEMENTIZER, GULF_LINK_ZIPF, KUNYA, MAX_NAME, MEDIA_HEADS, NAME_PARTICLES, NAME_START_ZIPF, NOMINAL_HEADS,
    PLURAL_HEADS, RARE_ZIPF, SHORT_FORM_ZIPF, STOP, SURNAME_PARTICLES, add_mention, covered, ensure_entity,
    overlapping, positions, principal, served_by, set_role, take_span, title_spans, token_from, weak_city_key,
    with_honorific, written,
)
from .entity_gazetteer import written_stems
from .dates import weekday_table


def title_persons(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """``<title> [<nisba>|<state>|ل<state>] [<honorific>] Name Name…`` → a person, with the
    title as role and the state as affiliation; a known person after a title gets the role."""
    for sent in doc.sentences:
        toks = doc.tokens_of(sent)
        if not toks:
            continue
        for title, t_start_tok, i in title_spans(doc, sent, ctx):
            if title.split()[0] in PLURAL_HEADS:
                continue              # وزراء خارجية ...: ministers, no one person
            _person_after_title(doc, lex, ctx, sent, toks, title, t_start_tok, i)


# the noun of an outlet right after a post (رئيس تحرير صحيفة …، بوابة …): the post's complement
_OUTLET_HEADS = MEDIA_HEADS | {norm_token("بوابة")}


def _person_after_title(doc, lex, ctx, sent, toks, title: str, t_start_tok: int, i: int) -> None:
    """The person the title at tokens [t_start_tok, i) names, if a name follows: added (or
    given the role, when known)."""
    title_a = toks[t_start_tok].start + _clitic_len(toks[t_start_tok].text, title.split()[0])
    i, title_b, affiliation = _whole_post(doc, lex, ctx, sent, toks, i, title_a, toks[i - 1].end)
    role = doc.text[title_a:title_b]
    i = past_post_qualifiers(toks, i)
    # honorifics
    h_start = i
    while i < len(toks) and (toks[i].norm in ctx["honor_first"] or toks[i].norm == "سمو"
                             or (i > h_start and toks[i].norm in RANK_QUALIFIERS)):
        i += 1
    if i >= len(toks):
        return
    gap = doc.text[toks[h_start - 1].end:toks[h_start].start] if h_start > 0 and h_start < len(toks) else ""
    appositive = h_start == i and gap.strip(" \"”“«»#") in ("،", ",", "(")
    if any(ch in gap for ch in "،,.:؛;(") and h_start == i and not appositive:
        # "وزير الخارجية الأميركي، ..." – no name follows the title directly
        return
    a = toks[i].start
    known = covered(doc, a, a + 1)
    if known is not None:
        _known_holder(doc, lex, ctx, sent, toks, known, role, affiliation)
        return
    if h_start == i and toks[i].norm in _OUTLET_HEADS:
        return      # رئيس تحرير بوابة العين: the post's outlet, no name
    if i > 0 and any(q in gap for q in "\"“«") and toks[i - 1].norm in _QUOTED_BODY_HEADS:
        # المتحدث باسم لواء “بركان الفرات” فلان: the brigade's name in quotes, then the holder's
        close = re.search("[\"”»]", doc.text[toks[i].start:toks[min(i + 5, len(toks) - 1)].end])
        if close is None:
            return
        i = token_from(toks, toks[i].start + close.end())
        if i >= len(toks) or doc.text[toks[i - 1].end:toks[i].start].strip(" \"”»"):
            return
        h_start = i
    coordinated = title_a > toks[t_start_tok].start and toks[t_start_tok].text[:1] == "و"   # ، والأمين العام …
    if i == h_start and not coordinated and _after_a_name(doc, toks, t_start_tok) \
            and written(toks[i].text) not in ctx["given"]:
        return      # فلان وزير خارجية البحرين عزم المملكة: the post is his, no second name follows
    # a form of address or a rank between the title and the name vouches for it (الفريق ركن محمد خالد الخضر)
    name = _name_run(doc, lex, ctx, sent, toks, i, vouched=i > h_start or _patronym_next(doc, toks, i), post=True)
    if not name and h_start == i and not appositive:
        # المتحدث باسم التحالف، فلان الفلاني،: the holder set off by commas after the post's complement
        name = _envoy_set_off(doc, lex, ctx, toks, i) or []
        if name and (toks[name[0]].norm in ctx["honor_first"] or toks[name[0]].norm in RANK_QUALIFIERS
                     or toks[name[0]].norm in ctx["title_words"]):
            name = []       # القائد الجديد للقوة، اللواء فلان، السفير فلان: a rank or post opens it, read as before
    if not name or (appositive and not _closed_apposition(doc.text, toks, name)):
        return
    _add_holder(doc, lex, ctx, sent, toks, name, role, affiliation)


def _whole_post(doc, lex, ctx, sent, toks, i: int, title_a: int, title_b: int):
    """The post read on past its title word at token i: its complement, the state or body it
    serves, where it is held, a body's short name in quotes. Returns (the token after it, the
    post's end offset, the holder's state or body)."""
    # a nationality inside the title (المبعوث الأمريكي إلى سوريا) is the holder's state; a
    # state after it is where he is posted
    affiliation = _nisba_within(doc, title_a, title_b)
    i = _title_complement(doc, lex, ctx, sent, toks, i)
    if i + 1 < len(toks) and toks[i].norm in DETACHED_LI and covered(doc, toks[i + 1].start, toks[i + 1].start + 1):
        i += 1                    # الأمين العام لـ «إنتربول»: the preposition written apart
    # a state (nisba, name) or an organisation (للأمم المتحدة) after the title
    while i < len(toks):
        a = toks[i].start
        cov = covered(doc, a, a + 1)
        if cov is None or doc.entities[cov.entity].type not in ("state", "organization", "region") \
                or cov.kind == "nominal" or (i > 0 and any(c in doc.text[toks[i - 1].end:a] for c in ":؛;.")):
            break       # (وزيرة الدفاع الألمانية: برلين وضعت …: a headline's speaker, then what she said)
        # a region there is the post's portfolio (وزير شؤون الشرق الأوسط البريطاني): a state after it
        # is still the holder's
        if affiliation is None or (doc.entities[cov.entity].type == "state" and doc.entities[affiliation].type == "region"):
            affiliation = cov.entity
        while i < len(toks) and toks[i].end <= cov.end:
            i += 1
        title_b = cov.end
    if affiliation and (j := _portfolio_after_state(doc, ctx, toks, i)) > i:
        i, title_b = j, toks[j - 1].end
    if affiliation and i + 2 < len(toks) and toks[i].norm in _POSTED_IN:
        place = covered(doc, toks[i + 1].start, toks[i + 1].start + 1)
        if place is not None and doc.entities[place.entity].type in ("city", "state") and place.kind in ("name", "metonym"):
            i = token_from(toks, place.end)     # السفيرة الأمريكية في / لدى بغداد فلانة: where the post is held
            title_b = place.end
    if 0 < i < len(toks) - 1 and quoted_alone(doc.text, toks, i):
        i += 1            # لحلف شمال الأطلسي"ناتو" فلان: the body's own short name in quotes, no name
    return i, title_b, affiliation


def _portfolio_after_state(doc, ctx, toks, i: int) -> int:
    """``وزير الدولة الإماراتي للشؤون الخارجية فلان``: the token after a portfolio (ل…, then up to two
    ال-words) that follows the state's adjective at ``i`` and comes before a given name; ``i``
    when there is none (لمى علي is a name: a portfolio reads للشؤون …, or ل + a noun and its
    definite complement)."""
    if i + 2 >= len(toks) or toks[i].norm[:1] != "ل" or written(toks[i].text) in ctx["given"] \
            or doc.text[toks[i - 1].end:toks[i].start].strip():
        return i
    j = i + 1
    while j < len(toks) and j - i < 3 and toks[j].norm.startswith("ال") and not doc.text[toks[j - 1].end:toks[j].start].strip() \
            and covered(doc, toks[j].start, toks[j].start + 1) is None:
        j += 1
    named = j < len(toks) and (toks[i].norm.startswith("لل") or j > i + 1) and written(toks[j].text) in ctx["given"]
    return j if named else i


def _known_holder(doc, lex, ctx, sent, toks, known, role: str, affiliation) -> None:
    """A name already found after the post: the person gets the role (or, when the lexicon
    has the principal, the envoy who serves him does — named next, or set off by commas after
    the post's complement when no list knows him)."""
    ent = doc.entities[known.entity]
    if ent.type == "person" and principal(lex, known.entity, role):
        envoy = served_by(doc, toks, token_from(toks, known.end), ctx["title_words"])
        if envoy is not None:
            set_role(doc.entities[envoy.entity], role, ctx, affiliation)
        elif (name := _envoy_set_off(doc, lex, ctx, toks, token_from(toks, known.end))) is not None:
            _add_holder(doc, lex, ctx, sent, toks, name, role, affiliation)
    elif ent.type == "person":
        set_role(ent, role, ctx, affiliation)


def _envoy_set_off(doc, lex, ctx, toks, j: int) -> list[int] | None:
    """``الموفد الخاص للرئيس الأميركي باراك أوباما لدى التحالف، برت ماكورك، إن``: past the post's
    complement (لدى التحالف، الهيئة التنفيذية لمجلس …), two or three words between commas are the
    envoy's (or the post's holder's) name."""
    x = j
    while x < len(toks) and x < j + 6 and not doc.text[toks[x - 1].end:toks[x].start].strip() and (
            toks[x].norm in COMPLEMENT_PREP or toks[x].norm.startswith(("ال", "لل"))
            or x > j and toks[x].norm.startswith("ل") and lex.zipf(written(toks[x].text)[1:]) >= 3.0   # لمجلس
            or covered(doc, toks[x].start, toks[x].start + 1) is not None):
        x += 1
    if x >= len(toks) or doc.text[toks[x - 1].end:toks[x].start].strip() not in ("،", ","):
        return None
    name = []
    for y in range(x, min(len(toks), x + 3)):
        if (name and doc.text[toks[y - 1].end:toks[y].start].strip()) or lex.zipf(written(toks[y].text)) >= 5.0 \
                or covered(doc, toks[y].start, toks[y].end) is not None or toks[y].norm in STOP:
            break
        name.append(y)
    return name if len(name) >= 2 and _closed_apposition(doc.text, toks, name) else None


def _add_holder(doc, lex, ctx, sent, toks, name, role: str, affiliation) -> None:
    """The name run after the post: a known person's full name, else a new person."""
    known = _known_surname_after(doc, toks, name)
    if known is not None:
        # فرانك شتاينماير: a first name before the surname of a person the lexicon knows
        a, b = toks[name[0]].start, known.end
        take_span(doc, a, b)
        add_mention(doc, Mention(a, b, doc.text[a:b], known.entity, "name", sent.index))
        set_role(doc.entities[known.entity], role, ctx, affiliation)
        return
    ent, a, b, surface, key = _person_of_run(doc, lex, toks, name)
    m0 = Mention(a, b, surface, key, "name", sent.index)
    m0 = with_honorific(doc, ctx, m0, sent.start)
    add_mention(doc, m0)
    set_role(ent, role, ctx, affiliation)


def _nisba_within(doc: Document, a: int, b: int) -> str | None:
    """The state of a nationality adjective (nisba) written inside the span [a, b)."""
    for m in overlapping(doc, a, b):
        if m.start >= a and m.end <= b and m.kind == "nisba" and doc.entities[m.entity].type == "state":
            return m.entity
    return None


def _after_a_name(doc: Document, toks, k: int) -> bool:
    """The title at token ``k`` stands right after a person's name (a comma at most between):
    it is in apposition to that name, so a word after it opens a second name only when it
    is a given name."""
    if k == 0 or doc.text[toks[k - 1].end:toks[k].start].strip() not in ("", "،", ","):
        return False
    m = covered(doc, toks[k - 1].start, toks[k - 1].end)
    return m is not None and m.end == toks[k - 1].end and doc.entities[m.entity].type == "person"


def quoted_alone(text: str, toks, i: int) -> bool:
    """Token i stands alone between quotes (الأطلسي"ناتو")."""
    q = "\"«»“”"
    return any(c in q for c in text[toks[i - 1].end:toks[i].start]) and \
        any(c in q for c in text[toks[i].end:toks[i + 1].start])


_OPEN_QUOTES, _CLOSE_QUOTES = "“«\"„", "”»\"“"
_QUOTED_NAME_MAX = 4


def quoted_name_at(text: str, toks, j: int) -> bool:
    """Token ``j`` opens a short run of words set in quotes (“مايلز كاكينز”، «سامي العبدلي»),
    the way some outlets print a name: an opening quote before it and a closing one within a
    few words, with no other punctuation inside."""
    if j == 0 or not any(c in _OPEN_QUOTES for c in text[toks[j - 1].end:toks[j].start]):
        return False
    for x in range(j, min(len(toks) - 1, j + _QUOTED_NAME_MAX)):
        gap = text[toks[x].end:toks[x + 1].start]
        if any(c in _CLOSE_QUOTES for c in gap):
            return True
        if gap.strip():
            return False
    return j + 1 >= len(toks) and any(c in _CLOSE_QUOTES for c in text[toks[j].end:toks[j].end + 2])


def _known_surname_after(doc: Document, toks, name: list[int]):
    """The short form of a known person right after a name run of one or two words (فرانك +
    شتاينماير، جون إيف + لودريان)."""
    k = name[-1] + 1
    if len(name) > 2 or k >= len(toks) or doc.text[toks[k - 1].end:toks[k].start].strip():
        return None
    m = covered(doc, toks[k].start, toks[k].start + 1)
    if m is None or m.kind != "short" or doc.entities[m.entity].type != "person" or m.start != toks[k].start:
        return None
    return m


DETACHED_LI = {norm_token(w) for w in ("ل", "لـ")}


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
    only with two words at least and a comma (or a colon before the quote) closing it; one in brackets,
    with the bracket closed."""
    k = name[-1]
    if text[toks[name[0]].start - 2:toks[name[0]].start].strip(" #").endswith("("):
        return len(name) >= 2 and text[toks[k].end:].lstrip().startswith(")")   # … (عمر علوش)
    return len(name) >= 2 and k + 1 < len(toks) and bool(re.match(r"\s*[،,:]", text[toks[k].end:toks[k + 1].start]))


_THAT = {norm_token(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها")}
_POSTED_IN = {norm_token(w) for w in ("في", "لدى")}


def _then_said(text: str, toks, name: list[int]) -> bool:
    """The name is followed at once by what was said (… يوشيهدا سوجا أن بلاده …)."""
    k = name[-1] + 1
    return k < len(toks) and toks[k].norm in _THAT and not text[toks[k - 1].end:toks[k].start].strip()


def _then_speaks(text: str, lex: Lexicon, toks, name: list[int]) -> bool:
    """The name is followed at once by a verb of speech (المحلل السوري وائل الأمين أكد أن): its subject."""
    k = name[-1] + 1
    return k < len(toks) and toks[k].norm in speech_heads(lex) and not text[toks[k - 1].end:toks[k].start].strip()


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
    i0, i = i, _past_body_head(doc, toks, i)
    for j in range(i, min(len(toks), i + limit + 1)):
        if j > i and quoted_name_at(doc.text, toks, j) and _may_open_name(lex, ctx, toks[j], False):
            return j                      # المتحدث باسم التحالف “مايلز كاكينز”: the name in quotes
        if j > i and doc.text[toks[j - 1].end:toks[j].start].strip():
            # a given name set off by a comma after the complement (رئيس المجلس الرئاسي لحكومة
            # الوفاق، فايز السراج،) is the holder; other punctuation: the title ended before
            sep = doc.text[toks[j - 1].end:toks[j].start].strip().rstrip("#")
            # or a name in brackets (عضو المجلس (#عمر_علوش)، المتحدث باسم الحملة (محمد الصالح))
            appositive = sep in ("،", ",", "(") and j > i
            return j if appositive and written(toks[j].text) in ctx["given"] else i
        a = toks[j].start
        cov = covered(doc, a, a + 1)
        if cov is not None:
            ent = doc.entities[cov.entity]
            ok = ent.type in AFFILIATION_TYPES and cov.kind != "nominal" and \
                (ent.type != "city" or (j > i and toks[j - 1].norm in COMPLEMENT_PREP))
            return j if ok and j > i else i
        n = toks[j].norm
        if j > i and written(toks[j].text) in ctx["given"] and toks[j - 1].norm not in COMPLEMENT_PREP:
            return j                      # المتحدث باسم الوزارة أحمد …: the name after the complement
        if j == i > 0 and n.startswith("ال") and written(toks[j].text) in ctx["given"] \
                and toks[j - 1].norm.startswith("ال"):
            return i0                     # رئيس الحكومة الحبيب الصيد: a Maghrebi given name, not the complement
        # as written: ألفونسو's hamza is no article (the folded form reads الفونسو)
        if not (n in COMPLEMENT_PREP or written(toks[j].text).startswith(("ال", "وال", "لل", "بال"))
                or _common_noun(lex, ctx, toks[j].text)
                or object_of_masdar(toks, j)) or n in STOP - COMPLEMENT_PREP - {"من"}:
            # a rare word that may open a name right after the complement's noun (المتحدث باسم
            # التحالف مايلز كاكينز): the name, though no list knows its first word
            named = j > i and toks[j - 1].norm.startswith(("ال", "لل")) and _may_open_name(lex, ctx, toks[j], False) \
                and all(t.norm.startswith(("ال", "لل")) or t.norm in COMPLEMENT_PREP for t in toks[i:j])
            return j if named else i0
    return i0


def _past_body_head(doc: Document, toks, i: int) -> int:
    """After باسم comes the body spoken for, never the speaker's name: indefinite heads in
    construct with a definite word (المتحدث باسم خلية الإعلام الأمني، باسم قيادة العمليات
    المشتركة، باسم كتلة تحالف القوى) are the body's first words, so the complement goes on after them."""
    if not (0 < i < len(toks) - 1 and toks[i - 1].norm == "باسم"):
        return i
    for j in (i + 1, i + 2):     # one or two indefinite nouns in a construct chain, then the definite one
        if j >= len(toks) or any(t.norm.startswith("ال") or covered(doc, t.start, t.start + 1) is not None
                                 or doc.text[t.end:toks[k + 1].start].strip() for k, t in enumerate(toks[i:j], i)):
            return i
        if toks[j].norm.startswith("ال"):
            return j
    return i


def object_of_masdar(toks, j: int) -> bool:
    """``من`` between a verbal noun and its object inside a portfolio (قسم التخلص من الألغام،
    مكتب الحد من الأسلحة): both sides definite."""
    return toks[j].norm == "من" and 0 < j < len(toks) - 1 and toks[j - 1].norm.startswith("ال") \
        and toks[j + 1].norm.startswith("ال")


def _common_noun(lex: Lexicon, ctx: dict, raw: str) -> bool:
    """A frequent word, no name (شؤون، مكافحة in منسق شؤون مكافحة الإرهاب): it may stand in a
    title's complement, where a rare word would already be the name."""
    w = written(raw)
    return lex.zipf(w) >= 3.5 and w not in ctx["given"]


def name_after_complement(doc: Document, lex: Lexicon, ctx: dict, sent, toks, offset: int) -> bool:
    """A person's name follows ``offset`` past a title's complement (الخاص إلى سوريا)."""
    k = token_from(toks, offset)
    if k >= len(toks):
        return False
    j = _title_complement(doc, lex, ctx, sent, toks, k)
    while j < len(toks):
        cov = covered(doc, toks[j].start, toks[j].start + 1)
        if cov is None or cov.kind == "nominal":
            return False
        if doc.entities[cov.entity].type == "person":
            return True
        j = token_from(toks, cov.end)
    return False


def _name_run(doc, lex, ctx, sent, toks, i, vouched=False, post=False) -> list[int]:
    """Token indices of the personal name starting at ``i`` (empty when none does);
    ``vouched``: a form of address stands before it, so a common first word is a name; ``post``:
    a post's title does, so علي / على or باسم there may be the given name."""
    given = post and (_given_ali(doc, lex, ctx, toks, i) or _given_post_word(doc, lex, ctx, toks, i)
                      or _common_first_of_a_rare_name(doc, lex, ctx, toks, i))
    if not given and not _may_open_name(lex, ctx, toks[i], vouched):
        return []
    name: list[int] = []
    j = i
    while j < len(toks) and len(name) < MAX_NAME and \
            ((given and j == i) or not _ends_name(doc, lex, ctx, toks, j, name, vouched)):
        name.append(j)
        j += 1
    while name and toks[name[-1]].norm in NAME_PARTICLES and not _madda_word(toks[name[-1]]):
        name.pop()
    if not name or (len(name) == 1 and toks[name[0]].norm in NAME_PARTICLES):
        return []
    if len(name) == 1 and lex.zipf(written(toks[name[0]].text)) >= 4.0 and written(toks[name[0]].text) not in ctx["given"]:
        return []
    k = name[-1] + 1
    if len(name) == 1 and k < len(toks) and toks[k].norm in ctx["title_words"] \
            and not doc.text[toks[k - 1].end:toks[k].start].strip():
        return []       # الباجي قائد السبسي: cut by a word that is also a title, no name of one word
    return name


# the compound given names علي أكبر، علي رضا، علي أصغر (their second word is common alone)
_ALI_COMPOUND = {norm_token(w) for w in ("أكبر", "رضا", "أصغر")}


def _given_ali(doc, lex, ctx, toks, i: int) -> bool:
    """علي / على opening a name (علي أكبر صالحي، على لاريجانى): the given name when a given name or a
    rare word follows at once, not the preposition (على هامش، على أن)."""
    if toks[i].norm != ALI or i + 1 >= len(toks) or doc.text[toks[i].end:toks[i + 1].start].strip():
        return False
    nxt = written(toks[i + 1].text)
    if written(toks[i].text).endswith("ي") and nxt.startswith("ال") and toks[i + 1].norm not in STOP:
        return True     # وزير الخارجية العراقي علي الحكيم: written with ي after a post, the given name
    return nxt in ctx["given"] or toks[i + 1].norm in _ALI_COMPOUND or (lex.zipf(nxt) < RARE_ZIPF and toks[i + 1].norm not in STOP
                                   and not nxt.startswith("ال"))


def _common_first_of_a_rare_name(doc, lex, ctx, toks, i: int) -> bool:
    """A first name that is also a common word (بيت Pete, جون, مارك) right after a post, before
    a rare word (وزير الحرب الأميركي بيت هيغسيث): the name's first word, not the next sentence's."""
    if i + 1 >= len(toks) or doc.text[toks[i].end:toks[i + 1].start].strip():
        return False
    first, nxt, n = written(toks[i].text), written(toks[i + 1].text), toks[i].norm
    if n in STOP or n in ctx["verbs"] or n in ctx["title_words"] or first.startswith(("ال", "لل")) \
            or (n[:1] in "وبلف" and (n[1:] in ctx["title_words"] or lex.zipf(first[1:]) >= 3.8)) \
            or any(c.isdigit() for c in n) or _future_verb(lex, first):
        return False
    return lex.zipf(nxt) < RARE_ZIPF and toks[i + 1].norm not in STOP and not nxt.startswith("ال") \
        and not any(c.isdigit() for c in nxt) and covered(doc, toks[i + 1].start, toks[i + 1].end) is None


def _given_post_word(doc, lex, ctx, toks, i: int) -> bool:
    """A given name that is also a word of a post (الناطق باسم الحكومة العراقية باسم العوادي): the name
    when a rare word follows at once (باسم الحكومة: a common one, the post's word)."""
    first = written(toks[i].text)
    if first not in ctx["given"] or toks[i].norm not in ctx["title_words"] or i + 1 >= len(toks) \
            or doc.text[toks[i].end:toks[i + 1].start].strip():
        return False
    nxt = written(toks[i + 1].text)
    bare = nxt[2:] if nxt.startswith("ال") else nxt
    return lex.zipf(nxt) < RARE_ZIPF and lex.zipf(bare) < RARE_ZIPF and toks[i + 1].norm not in STOP


def _madda_word(tok) -> bool:
    """آبي (Abe) folds to the particle أبي but is written with its madda: a name word."""
    w = written(tok.text)
    return w.startswith("آ") and w != "آل"


# "his counterpart" (التقى نظيره، ونظيرته الفرنسية): never a name, whatever stands before it
_COUNTERPARTS = {norm_token(w) for w in ("نظير", "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظراؤه",
                                         "نظرائه", "نظرائهم", "نظرائها")}


def _may_open_name(lex, ctx, tok, vouched: bool) -> bool:
    """Whether a personal name may start with this word (a function word, a verb, a title, a
    frequent word without a form of address, a digit may not)."""
    first, n = written(tok.text), tok.norm
    if n in STOP or n in ctx["verbs"] or n in ctx["title_words"]:
        return False
    if first not in ctx["given"] and lex.zipf(first) >= NAME_START_ZIPF and not vouched:
        return False
    if first.endswith("ا") and first not in ctx["given"] and lex.zipf(first[:-1]) >= 4.0:
        return False                                # وفدا، بيانا: an indefinite object, no name
    if _possessed_title_word(n, ctx) or n.lstrip("وب") in _COUNTERPARTS:
        return False                                # وزير خارجيته، (التقى) نظيره: "his …", no name
    if (_future_verb(lex, first) or _derived_imperfect(first)) and first not in ctx["given"]:
        return False                                # الرئيس السوري سيعلن / يترأس: the title's verb, no name
    if first.startswith(("ال", "لل")) and first not in ctx["given"]:   # as written: ألبيرتو is a name
        return False
    if n[:1] in "وبلف" and (n[1:] in ctx["title_words"] or n[1:] in NOMINAL_HEADS
                            or lex.zipf(first[1:]) >= 3.8 and first[1:] not in ctx["given"]) \
            and first not in ctx["given"]:
        return False                                # ونظيره / بتقديم are no names; وسالم الزعابي is
    return not any(c.isdigit() for c in n)


def _future_verb(lex, word: str) -> bool:
    """س + an imperfect (سيعلن، ستقدم، وسنعمل): the frequency list holds the imperfect, rarely
    the prefixed form, so a common word after س marks a verb (سيمون, ستيفن keep their own)."""
    w = word[1:] if word[:1] in "وف" and word[1:2] == "س" else word
    return len(w) >= 4 and w[0] == "س" and w[1] in "يتنأ" and lex.zipf(w[1:]) >= 4.0 \
        and lex.zipf(w) < lex.zipf(w[1:])


def _derived_imperfect(word: str) -> bool:
    """An imperfect of the derived forms V, VI and X (يترأس، تتسلم، يستضيف، تستعد): rare words,
    so the frequency list misses them, but no personal name opens so.

    >>> _derived_imperfect("يترأس"), _derived_imperfect("يستضيف"), _derived_imperfect("يوسف")
    (True, True, False)
    """
    w = word[1:] if word[:1] in "وف" else word
    return len(w) >= 5 and w.startswith(("يت", "تت", "يست", "تست"))


def _ends_name(doc, lex, ctx, toks, j: int, name: list[int], vouched: bool) -> bool:
    """Whether token ``j`` ends the name ``name`` (the token indices so far) instead of
    continuing it."""
    nt = toks[j].norm
    w = written(toks[j].text)
    if name:
        gap = doc.text[toks[j - 1].end:toks[j].start]
        initial = gap.strip() == "." and len(toks[j - 1].text) == 1     # غريغوري د. لوغيرفو
        if gap.strip() and gap.strip() not in ("-", "_") and not initial:   # a hashtag's _ is a space
            return True
    a = toks[j].start
    if name and w == ALI and j + 1 < len(toks) and written(toks[j + 1].text) in ctx["given"] \
            and not doc.text[toks[j].end:toks[j + 1].start].strip():
        return False                                # زينه علي احمد: the given name Ali (على is written ى)
    if nt in STOP or nt in ctx["verbs"] or covered(doc, a, a + 1, lex) is not None or any(c.isdigit() for c in nt):
        return True
    if name and nt in ctx["title_words"] and _surname_before_apposition(doc, ctx, toks, j):
        return False                                # سامر البابا، المتحدث باسم …: a family name, his post after
    if name and (nt in ctx["title_words"] or (nt.startswith("و") and len(nt) > 3
                                               and (nt[1:] in ctx["title_words"]
                                                    or lex.zipf(w[1:]) >= 3.8 and lex.zipf(w) > 0
                                                    or nt[1:] in ctx["verbs"] or nt[1:] in STOP))):
        return True                                 # بلينكين ووزير / دي مايو ونظيره (وورد, no word: Ward)
    if nt[:1] in "وف" and nt[1:] in ctx["verbs"]:
        return True
    if name and _and_possessed(lex, w):
        return True                                 # فلان وطفلته، فلان وزوجته: and his child, no name word
    noun = w[3:] if nt.startswith("بال") else w[2:] if nt.startswith("لل") else ""
    if name and len(noun) >= 3 and lex.zipf(noun) >= 3.8:
        return True                                 # فلان بالوفد: a preposition and a noun (not بالدوين، بالي)
    if name and (nt in NOMINAL_HEADS or nt[:1] in "بلو" and nt[1:] in NOMINAL_HEADS or _COUNTERPART.match(nt)):
        return True                                 # فلان (ب)نظيره / نظيرتها الأردنية: the counterpart, no name word
    if name and nt[:1] == "ل" and len(w) > 4 and (lex.zipf(w[1:]) >= 3.8 or "ا" + nt[1:] in ADDRESSEE_HEADS) \
            and w not in ctx["given"]:
        return True                                 # فلان لصحيفة، للصحافيين: whom he spoke to, no name word
    if name and nt[:1] in "بس" and len(w) > 4 and lex.zipf(w) < 2.0 and lex.zipf(w[1:]) >= 3.8 \
            and w not in ctx["given"]:
        return True     # فلان سيشارك، فلان بمساعدات: a future verb or a preposition on a common word
    if name and (w in ("آل", "ال") or nt in _PATRONYM) and j + 1 < len(toks):
        return False                                # آل ثاني، آل خليفة، بن محمد: the family, the father
    if name and nt == ALLAH:
        return False                                # دخل الله، عبد الله، نصر الله: one name word
    if name and nt.startswith("ال") and nt.endswith("ات"):
        return True                                 # خالد العبيدي التطورات: a plural noun, no family name
    if len(name) >= 2 and nt in _time_words(lex):
        return True                                 # الحبيب الصيد السبت: the day he spoke, no family name
    if name and w.endswith("ا") and len(w) > 4 and lex.zipf(w[:-1]) >= 4.0 and w not in ctx["given"]:
        return True                                 # فلان بيانا، فلان تصريحا: a common noun's accusative, no name word
    if len(name) >= 2 and not nt.startswith("ال") and _DERIVED_MASDAR.match(nt) and lex.zipf(w) >= 3.5 \
            and w not in ctx["given"]:
        return True                                 # سمير الخطيب انضمام بلاده: a verbal noun, the object
    if len(name) >= 2 and lex.zipf(written(toks[name[-1]].text)) < 2.0 and lex.zipf(w) >= 3.8 \
            and w not in ctx["given"] and nt not in NAME_PARTICLES and not nt.startswith("ال"):
        return True                                 # الطيب البكوش انضمام: a rare surname, then a word
    if name and nt.startswith("ال"):
        # Gulf names are chains of ال-words (صباح الخالد الحمد الصباح); elsewhere an
        # ال-word after a name is an adjective or a new phrase
        prev_al = any(toks[k].norm.startswith("ال") for k in name[1:]) or (
            len(name) == 1 and toks[name[0]].norm not in NAME_PARTICLES) or (
            # given names in a row are the person's and his father's, then a grandfather's with the article
            # (أحمد ناصر المحمد الصباح): the chain goes on (not into a common adjective: كريم سالم الجديد)
            len(name) >= 2 and all(written(toks[x].text) in ctx["given"] for x in name) and w[2:] in ctx["given"])
        if not prev_al and toks[name[-1]].norm not in NAME_PARTICLES and not vouched:
            # …but a rare nisba-form word is the family name (عرفان محمود الحيالي)
            return not (len(name) >= 2 and nt.endswith("ي") and lex.zipf(w) < RARE_ZIPF)
        # a common word whose ال is no article (التزام، التحاق: verbal nouns of forms VII, VIII
        # and X) is what follows the name: أحمد الناصر التزام الكويت
        if (_DERIVED_MASDAR.match(nt) or _DEFINITE_MASDAR.match(nt)) and lex.zipf(w) >= GULF_LINK_ZIPF:
            return True     # …, or a verbal noun of form II or VI with its article (نبيل العربي التهديد، التعاون)
        return lex.zipf(w) >= 5.3 and len(name) >= 3
    return len(name) >= 2 and lex.zipf(w) >= COMMON_ZIPF and w not in ctx["given"] \
        and toks[name[-1]].norm not in NAME_PARTICLES \
        and not (toks[name[-2]].norm in _VON and toks[name[-1]].norm in _DER)   # لويجي دي مايو إنشاء …; فون دير لاين


def _time_words(lex) -> frozenset[str]:
    """The weekdays (dates.weekday_table) and the words of today and yesterday, normalised."""
    def build(lex):
        return frozenset(set(weekday_table(lex)) | {norm_token(w) for w in ("اليوم", "أمس", "امس", "غدا")})   # not صباح: a name
    return compiled(lex, "persons:time_words", build)


def _surname_before_apposition(doc, ctx, toks, j: int) -> bool:
    """Token ``j``, a word that is also a title's (البابا، الوزير), closes the name before a comma and
    the post in apposition (سامر البابا، المتحدث باسم الوزارة): the family name, not a title."""
    if j + 1 >= len(toks) or doc.text[toks[j].end:toks[j + 1].start].strip() not in ("،", ","):
        return False
    return toks[j + 1].norm in ctx["title_firsts"]


# von der / van der: دير after فون or فان is the surname's particle, not "monastery"
_VON = {norm_token(w) for w in ("فون", "فان")}
_DER = {norm_token(w) for w in ("دير", "در", "دن")}


_POSSESSIVE = re.compile(r"^و(\S{2,}?)(?:هما|هم|هن|ها|ه)$")


def _and_possessed(lex, w: str) -> bool:
    """و + a common noun + a possessive pronoun (وطفلته، وزوجها، وأبناؤهم): a second person
    or thing joined to the name, never a word of it."""
    m = _POSSESSIVE.match(w)
    if not m:
        return False
    stem = m.group(1)
    forms = [stem] + ([stem[:-1] + "ة"] if stem.endswith("ت") else [])
    return any(lex.zipf(f) >= 3.5 for f in forms)


# نظير with any possessive, either gender (نظيره، نظيرتها، نظيريهما), clitics و/ب/ل aside
_COUNTERPART = re.compile(r"^[وبل]?نظير(?:ت|ي|ا)?(?:ه|ها|هم|هما|هن)?$")
# افتعال (التزام), انفعال (انضمام), استفعال (استمرار), folded
_DERIVED_MASDAR = re.compile(r"^ا.ت.ا.$|^ان..ا.$|^است..ا.$")
# تفعيل (التهديد، التنسيق) and تفاعل (التعاون) with the article, folded
_DEFINITE_MASDAR = re.compile(r"^الت..ي.$|^الت.ا..$")


SANCTION_CUE = re.compile(r"(?:عقوبات|العقوبات|عقوبه)\s+(?:علي|ضد)\s*$")


def cue_persons(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """A person no lexicon or title announces: a given name opening a run of rare words
    (عثمان إلياسو جيبو), e.g. as the target of sanctions."""
    given = ctx["given"]

    def opens(t):
        w = written(t)
        return w in given or (w[:1] in "وب" and w[1:] in given)

    for sent, hits in positions(doc, opens, word_sets(lex, "entities:given")):
        toks = doc.tokens_of(sent)
        for i in hits:
            a = toks[i].start
            if covered(doc, a, a + 1, lex):
                continue
            name = _name_run(doc, lex, ctx, sent, toks, i)
            if len(name) < 2 and i and toks[i - 1].norm in _KUNYA_ALONE and not doc.text[toks[i - 1].end:a].strip():
                _add_person(doc, lex, sent, toks[i - 1].start, toks[i].end)   # وأفاد أبو أحمد، أحد الأطباء
                continue
            if len(name) < 2:
                continue
            rare = [k for k in name[1:] if lex.zipf(written(toks[k].text)) < 3.0 and toks[k].norm not in NAME_PARTICLES]
            cue = SANCTION_CUE.search(norm(doc.text[sent.start:a]))
            prev = covered(doc, toks[i - 1].start, toks[i - 1].start + 1) if i else None
            described = prev is not None and prev.kind == "nisba" and not doc.text[toks[i - 1].end:a].strip() \
                or _post_after(doc, ctx, toks, name[-1]) or _speaks_after(doc, ctx, toks, name[-1])
            by_chain = not described and _post_heads_after(doc, ctx, toks, name[-1])
            if not (described or by_chain) and (not rare or (len(rare) < len(name) - 1 and not cue)):
                continue
            name = _given_names_before(doc, toks, name, opens)
            i, a = name[0], toks[name[0]].start
            if by_chain and i and toks[i - 1].norm in ctx["honor_first"]:
                continue    # الشيخ صباح … نائب رئيس مجلس الوزراء: read with its form of address (honorific_persons)
            if i and stems(toks[i - 1].text) & KUNYA and not doc.text[toks[i - 1].end:a].strip():
                name = [i - 1] + name              # المعروف بأبي عمر الشيشاني
                k = name[-1] + 1
                if k < len(toks) and not doc.text[toks[k - 1].end:toks[k].start].strip():
                    nis = covered(doc, toks[k].start, toks[k].start + 1)
                    if nis is not None and nis.kind in ("nisba", "short") and nis.end == toks[k].end:
                        name.append(k)             # a kunya's nisba is part of the name
            a, b = toks[name[0]].start, toks[name[-1]].end
            if doc.text[a:a + 1] in "وب" and written(toks[name[0]].text)[1:] in ctx["given"] \
                    and not stems(toks[name[0]].text) & KUNYA:
                a += 1
            _add_person(doc, lex, sent, a, b)
    _named_so(doc, lex, ctx)


def _given_names_before(doc: Document, toks, name: list[int], opens) -> list[int]:
    """The given names right before a name run are the person's own, his father's name after
    his (أحمد ناصر المحمد: the run from ناصر holds the rare word, the one from أحمد not)."""
    i = name[0]
    while i and opens(toks[i - 1].text) and not doc.text[toks[i - 1].end:toks[i].start].strip() \
            and covered(doc, toks[i - 1].start, toks[i - 1].start + 1) is None:
        i -= 1
    return list(range(i, name[0])) + name


# a kunya with a given name is a whole name as witnesses and fighters are named (أبو أحمد، أم محمد)
_KUNYA_ALONE = {norm_token(w) for w in ("أبو", "ابو", "أم", "ام")}


def _add_person(doc: Document, lex, sent, a: int, b: int) -> None:
    """A person named by the text at [a, b), no lexicon's: an entity and its mention."""
    surface = doc.text[a:b]
    key = "person:" + norm(surface)
    ent = ensure_entity(doc, lex, key, "person", None, None, None)
    ent.name_ar = ent.name_ar or surface
    take_span(doc, a, b)
    add_mention(doc, Mention(a, b, surface, key, "name", sent.index))


# words that announce a name: the so-called, nicknamed, named (الإرهابي المدعو فلان، المكنى أبو فلان)
NAMING = {norm_token(w) for w in ("المدعو", "المدعوة", "المكنى", "المكناة", "الملقب", "الملقبة", "المسمى", "المسماة")}


def _named_so(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """``مقتل الإرهابي المدعو أبو عبد الرحمن الأنصاري``، ``القيادي المكنى أبو مسلم التركماني``: the
    words after a naming word are a person's name, a kunya (أبو …) or common words as they may be."""
    for sent in doc.sentences:
        toks = doc.tokens_of(sent)
        for i, t in enumerate(toks[:-2]):
            n = t.norm[1:] if t.norm[:1] == "و" and t.norm[1:] in NAMING else t.norm
            if n not in NAMING or doc.text[t.end:toks[i + 1].start].strip():
                continue
            j = i + 1
            if covered(doc, toks[j].start, toks[j].start + 1, lex):
                continue
            kunya = toks[j].norm in KUNYA
            name = ([j] if kunya else []) + _name_run(doc, lex, ctx, sent, toks, j + 1 if kunya else j, vouched=True)
            nxt = covered(doc, toks[name[-1] + 1].start, toks[name[-1] + 1].start + 1, lex) \
                if name and name[-1] + 1 < len(toks) else None
            if nxt is not None and nxt.entity.startswith("person:") and nxt.start == toks[name[-1] + 1].start \
                    and not doc.text[toks[name[-1]].end:nxt.start].strip():
                name += [k for k in range(name[-1] + 1, len(toks)) if toks[k].start < nxt.end]
            if len(name) < 2 or name != list(range(name[0], name[-1] + 1)):
                continue
            a, b = toks[name[0]].start, toks[name[-1]].end
            inner = [covered(doc, toks[k].start, toks[k].start + 1, lex) for k in name]
            inner = [m for m in inner if m is not None]
            if any(not (m.entity.startswith("person:") and a <= m.start and m.end <= b) for m in inner):
                continue        # (a name found inside it, كريم الجبوري of سعاد كريم الجبوري, gives way)
            _, a, b, surface, key = _person_of_run(doc, lex, toks, name)
            take_span(doc, a, b)
            add_mention(doc, Mention(a, b, surface, key, "name", sent.index))
            for m in inner:
                if m.entity != key and not any(x.entity == m.entity for x in doc.mentions):
                    doc.entities.pop(m.entity, None)




# definite posts that follow a name with no comma (وقال فلان القيادي في …، المتحدث باسم …)
_APPOSITIVE_POSTS = {norm_token(w) for w in ("القيادي", "القيادية", "المتحدث", "المتحدثة", "الناطق", "الناطقة")}


def _post_after(doc: Document, ctx: dict, toks, last: int) -> bool:
    """``توم باراك، مبعوث الرئيس …``: a post in apposition after the name (a comma, then a title
    word, with or without ال; or no comma and a title's indefinite head in construct, وزير الدفاع)
    says the words before it are a person's name, common as they are."""
    k = last + 1
    if k >= len(toks):
        return False
    gap, n = doc.text[toks[last].end:toks[k].start], toks[k].norm
    if not gap.strip():     # … الاسانيا وزير الدفاع: the post's own indefinite head, in construct
        return (n in ctx["title_words"] and not n.startswith("ال") and k + 1 < len(toks) and toks[k + 1].norm.startswith("ال")) \
            or n in _APPOSITIVE_POSTS     # ريدور خليل القيادي في قوات …: a post that only follows a name
    return bool(re.search("[،,]", gap)) and (n in ctx["title_words"] or "ال" + n in ctx["title_words"])


def _post_heads_after(doc: Document, ctx: dict, toks, last: int) -> bool:
    """``خالد الجار الله نائب وزير الخارجية``: a chain of a post's indefinite heads in construct
    right after the name, as one head (وزير الدفاع) is for ``_post_after``."""
    j = k = last + 1
    while j < len(toks) and toks[j].norm in ctx["title_words"] and not toks[j].norm.startswith("ال") \
            and not doc.text[toks[j - 1].end:toks[j].start].strip():
        j += 1
    return j > k + 1 and j < len(toks) and toks[j].norm.startswith("ال")


def _speaks_after(doc: Document, ctx: dict, toks, last: int) -> bool:
    """``عبد الكريم عمر، قال لـ…`` / ``… قال إن``: a speech verb right after the words (a comma
    between at most) and what was said after it makes them its subject, a person's name."""
    k = last + 1
    if k + 1 >= len(toks) or doc.text[toks[last].end:toks[k].start].strip() not in ("", "،", ","):
        return False
    after = toks[k + 1].norm
    return toks[k].norm in ctx["verbs"] and (after in COMPLEMENTIZER or doc.text[toks[k].end:toks[k + 1].start].strip() == ":"
                                            or after[:1] == "ل")       # قال لـ«الشرق الأوسط»، قال لقناة



# head nouns of armed bodies whose name follows in quotation marks (لواء “بركان الفرات”، كتائب «حزب الله»)
_QUOTED_BODY_HEADS = {norm_token(w) for w in ("لواء", "كتائب", "حركة", "جبهة", "فصيل", "قوات", "جيش", "تنظيم",
                                              "سرايا", "عصائب", "مجلس", "تجمع")}


HONORIFIC_OPENERS = {norm_token(w) for w in ("الشيخ", "الشيخة", "الأمير", "الأميرة", "السيد", "السيدة",
                                             "الدكتور", "الدكتورة", "المهندس",
                                             # the Gulf press's forms of address (معالي ريم الهاشمي، سعادة فلان)
                                             "معالي", "سعادة", "فخامة",
                                             # military ranks (الكولونيل ستيف …، اللواء ماثيو …)
                                             "اللواء", "العميد", "الفريق", "العماد", "المشير", "الجنرال",
                                             "العقيد", "الكولونيل", "المقدم", "الميجور", "الرائد", "النقيب",
                                             "الأدميرال", "الأميرال")}
# what may follow a rank before the name: الفريق ركن، اللواء الركن، الفريق أول
RANK_QUALIFIERS = {norm_token(w) for w in ("ركن", "الركن", "أول", "الأول", "طيار", "بحري")}
# what may follow a post before its holder's name: acting, interim, former (وزير الدفاع العراقي
# بالوكالة فلان، وزيرة الخارجية بالنيابة فلانة، الوزير السابق فلان) — a word of the post, never a name
POST_QUALIFIERS = {norm_token(w) for w in ("بالوكالة", "بالإنابة", "بالنيابة", "السابق", "السابقة", "الأسبق",
                                           "المؤقت", "المؤقتة")}


def past_post_qualifiers(toks, i: int) -> int:
    """The token after the acting / former qualifiers at ``i`` (none: ``i``)."""
    while i < len(toks) and toks[i].norm in POST_QUALIFIERS:
        i += 1
    return i


def honorific_persons(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """A person named after a form of address with no title before it (التقى الشيخ صباح خالد
    الحمد الصباح …): the address vouches for the name, so its first word may be common."""
    # with its clitics too (للشيخ صباح …، وبالسيد …)
    for sent, hits in positions(doc, lambda t: not HONORIFIC_OPENERS.isdisjoint(stems(t)),
                                word_sets(lex, "entities:honorific")):
        toks = doc.tokens_of(sent)
        for i in hits:
            j = i + 1
            while j < len(toks) and toks[j].norm in RANK_QUALIFIERS:
                j += 1
            if j >= len(toks) or doc.text[toks[i].end:toks[j].start].strip(" "):
                continue
            a = toks[j].start
            if covered(doc, a, a + 1, lex) is not None:
                continue
            # (a form of address vouches as a post does: الدكتور علي النعيمي opens with the given name Ali)
            name = _through_patronym(doc, toks, _name_run(doc, lex, ctx, sent, toks, j, vouched=True, post=True))
            if len(name) == 1 and _nisba_family_name(doc, ctx, toks, name[0]):
                name.append(name[0] + 1)    # الدكتور محمد المصري، أن: a given name and a family name like a nisba
            if len(name) < 2:
                continue
            ent, a, b, surface, key = _person_of_run(doc, lex, toks, name)
            take_span(doc, a, b)
            add_mention(doc, with_honorific(doc, ctx, Mention(a, b, surface, key, "name", sent.index), sent.start))


def _nisba_family_name(doc: Document, ctx: dict, toks, j: int) -> bool:
    """The given name at ``j`` (after a form of address) is followed by a state's adjective alone
    and then the name ends (a comma, what was said, the sentence's end): the family name المصري."""
    k = j + 1
    if written(toks[j].text) not in ctx["given"] or k >= len(toks) or doc.text[toks[j].end:toks[k].start].strip():
        return False
    m = covered(doc, toks[k].start, toks[k].start + 1)
    if m is None or m.kind != "nisba" or (m.start, m.end) != (toks[k].start, toks[k].end):
        return False
    return k + 1 >= len(toks) or bool(doc.text[toks[k].end:toks[k + 1].start].strip()) or toks[k + 1].norm in _THAT


# generic nouns for a person (الوزير، السفيرة): a given name right after one opens a name
GENERIC_OPENERS = {norm_token(w) for w in ("الوزير", "الوزيرة", "السفير", "السفيرة", "المبعوث", "المبعوثة",
                                           "الرئيس", "الرئيسة", "المتحدث", "المتحدثة", "الجنرال")}


def generic_title_persons(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """``وقال الوزير جون ميلر إن``: a generic noun for a person, then a given name and a word
    more, is that person's name though its surname is a common word (ميلر) and no state follows."""
    for sent, hits in positions(doc, lambda t: not GENERIC_OPENERS.isdisjoint(stems(t)),
                                word_sets(lex, "entities:generic_openers")):
        toks = doc.tokens_of(sent)
        for i in hits:
            j = i + 1
            if j >= len(toks) or doc.text[toks[i].end:toks[j].start].strip() or written(toks[j].text) not in ctx["given"] \
                    or covered(doc, toks[j].start, toks[j].start + 1, lex) is not None:
                continue
            name = _through_patronym(doc, toks, _name_run(doc, lex, ctx, sent, toks, j))
            if len(name) < 2 or _common_noun_after(lex, toks[name[1]]):
                continue
            ent, a, b, surface, key = _person_of_run(doc, lex, toks, name)
            take_span(doc, a, b)
            add_mention(doc, Mention(a, b, surface, key, "name", sent.index))


def _common_noun_after(lex: Lexicon, tok) -> bool:
    """التقى الرئيس محمد الوفد: a frequent ال-word that is no nisba is the verb's object, no
    family name (العلوي، المطيري end as nisbas do)."""
    w = written(tok.text)
    return w.startswith("ال") and not w.endswith(("ي", "ى")) and lex.zipf(w) >= 4.0


def appositive_persons(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """``كبير أمناء مجلس الوزراء الياباني، يوشيهايد سوجا، في …``: two or three rare words set off
    by commas right after a state's adjective closing a post are a person's name, whatever
    the post (one no title list holds)."""
    for sent in doc.sentences:
        commas = sent.text.count("،") + sent.text.count(",") >= 2
        toks = doc.tokens_of(sent)
        for m in doc.mentions_in(sent.start, sent.end):
            ent = doc.entities[m.entity]
            # a state's adjective, a ministry of a state (وزارة الخارجية الأميركية) or في + a state
            # (… لشؤون التعاون الدولي في الإمارات) closing the post
            in_state = ent.type == "state" and m.kind == "name" and doc.text[:m.start].rstrip().endswith("في")
            if not ((m.kind == "nisba" and ent.type == "state") or ent.subtype == "government_body" or in_state):
                continue
            i, end = _past_portfolio(doc, toks, token_from(toks, m.end), m.end)
            if i >= len(toks):
                continue
            # no commas (أعلن كبير أمناء مجلس الوزراء الياباني يوشيهدا سوجا أن): the name, then what he said
            bare = not doc.text[end:toks[i].start].strip()
            if not (bare or commas and doc.text[end:toks[i].start].strip() in ("،", ",")):
                continue
            name = []
            linked = any(t.norm in _PATRONYM for t in toks[i + 1:i + 3])
            for j in range(i, min(len(toks), i + (5 if linked else 3))):
                # a given name's family name may be a common word (وائل الأمين) when what he said follows
                family = bare and written(toks[i].text) in ctx["given"] and (j == i or j == i + 1 and toks[j].norm.startswith("ال"))
                if (name and doc.text[toks[j - 1].end:toks[j].start].strip()) \
                        or lex.zipf(written(toks[j].text)) >= 3.0 and not _in_patronym_chain(ctx, toks, j, i) and not family \
                        or covered(doc, toks[j].start, toks[j].end) is not None or toks[j].norm in STOP:
                    break
                name.append(j)
            if name and toks[name[-1]].norm in _PATRONYM:
                name = _through_patronym(doc, toks, name[:-1])   # أمل بنت <a person the given-name cue found>
            if len(name) < 2 or not ((_then_said(doc.text, toks, name) or _then_speaks(doc.text, lex, toks, name))
                                     if bare else _closed_apposition(doc.text, toks, name)):
                continue
            ent, a, b, surface, key = _person_of_run(doc, lex, toks, name)
            take_span(doc, a, b)        # the father's name a cue found inside it is no person of its own
            add_mention(doc, Mention(a, b, surface, key, "name", sent.index))
            set_role(ent, doc.text[max(sent.start, doc.text.rfind("،", sent.start, m.start) + 1):end].strip(),
                     ctx, m.entity)


PORTFOLIO_MAX = 4


def spoken_persons(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """``وقالت أوانا لانجيسكو، المتحدثة باسم الحلف``، ``قال اراكلي الاسانيا وزير الدفاع الجورجي``: two or
    three rare words right after a verb of speech and followed by a post (after a comma or not) are the
    speaker's name, though no list knows it."""
    heads = speech_heads(lex)
    for sent in doc.sentences:
        toks = doc.tokens_of(sent)
        for i in range(len(toks) - 2):
            n = toks[i].norm
            if n not in heads and not (n[:1] in "وف" and n[1:] in heads):
                continue
            # set off by commas (أكدت، جيسيكا لويس، مساعدة وزير …): the apposition vouches for words
            # as common as a Western name written in Arabic is (لويس), up to the common words proper
            opened = i + 1 < len(toks) and doc.text[toks[i].end:toks[i + 1].start].strip() in ("،", ",")
            common = 5.0 if opened else 3.0
            name = []
            for j in range(i + 1, min(len(toks), i + 4)):
                w = written(toks[j].text)
                if (name or not opened) and doc.text[toks[j - 1].end:toks[j].start].strip() \
                        or (lex.zipf(w) >= common and not (name and w in ctx["given"])) \
                        or covered(doc, toks[j].start, toks[j].end) is not None or toks[j].norm in STOP:
                    break
                name.append(j)     # a given name after the first word counts (ريدور خليل)
            if len(name) < 2 or not _post_after(doc, ctx, toks, name[-1]) \
                    or opened and not re.search("[،,]", doc.text[toks[name[-1]].end:toks[name[-1] + 1].start]):
                continue
            ent, a, b, surface, key = _person_of_run(doc, lex, toks, name)
            take_span(doc, a, b)
            add_mention(doc, Mention(a, b, surface, key, "name", sent.index))


def speech_heads(lex: Lexicon) -> frozenset[str]:
    """The one-word finite forms of the verbs of speech (قال، قالت، أكد، أوضحت …), normalised."""
    return compiled(lex, "entities:speech_heads", lambda lex: frozenset(
        norm_token(f) for row in lex.data.get("speech_verbs") or [] if isinstance(row, dict)
        and not row.get("participle") and row.get("type") not in ("nominal", "attribution", "discussion")
        for f in row.get("forms") or [] if f and " " not in f))


def _in_patronym_chain(ctx: dict, toks, j: int, first: int) -> bool:
    """Token ``j`` of a name opened at ``first`` is part of ``X بن/بنت <given name> [الفلاني]``: the
    first word before the patronym, the patronym itself, the father's given name after it or the
    family's ال-name after that (ريم بنت إبراهيم الهاشمي: common words, one name)."""
    def given(x):
        return 0 <= x < len(toks) and written(toks[x].text) in ctx["given"]
    if toks[j].norm in _PATRONYM:
        return j > first and given(j + 1)
    if j == first:
        return j + 1 < len(toks) and toks[j + 1].norm in _PATRONYM and given(j + 2)
    if j - 2 > first - 1 and toks[j - 2].norm in _PATRONYM and given(j - 1):
        return toks[j].norm.startswith("ال")
    return toks[j - 1].norm in _PATRONYM and given(j)


def _past_portfolio(doc: Document, toks, i: int, end: int) -> tuple[int, int]:
    """Past a portfolio after the state's adjective (وكيل وزارة الخارجية الأميركية للدبلوماسية
    والشؤون العامة، فلان،): up to PORTFOLIO_MAX words with ل/و/ال and no punctuation; the
    token after them and where they end (the adjective's end when none)."""
    k, last = i, end
    while k < len(toks) and k - i < PORTFOLIO_MAX and not doc.text[last:toks[k].start].strip() \
            and toks[k].norm.startswith(("ل", "و", "ال")):
        last = toks[k].end
        k += 1
    if k > i and k < len(toks) and doc.text[last:toks[k].start].strip() in ("،", ","):
        return k, last
    return i, end


# the Mauritanian (Hassaniya) patronym: ولد "son of", منت "daughter of" (إسماعيل ولد الشيخ أحمد)
_WALD = {norm_token(w) for w in ("ولد", "منت")}
_PATRONYM = {norm_token(w) for w in ("بن", "بنت", "ابن")} | _WALD
# the given name Ali as written (the preposition على folds to the same letters)
ALI = "علي"


def _patronym_next(doc: Document, toks, i: int) -> bool:
    """``سيدي ولد أحمدو``، ``فلانة بنت فلان``: a patronym between two words right after a post
    vouches for the first as a given name, however common a word it is."""
    if i + 2 >= len(toks) or toks[i + 1].norm not in _PATRONYM or toks[i + 2].norm in STOP:
        return False
    return not doc.text[toks[i].end:toks[i + 2].start].replace(toks[i + 1].text, "").strip()


def _through_patronym(doc: Document, toks, name: list[int]) -> list[int]:
    """``ميثاء بنت سالم الشامسي``: a name run that stops at بن/بنت before a person the given-name
    cue already found (سالم الشامسي) goes on through it: one person, the father's name inside."""
    if not name:
        return name
    p = name[-1] + 1
    if p + 1 >= len(toks) or toks[p].norm not in _PATRONYM:
        return name
    m = covered(doc, toks[p + 1].start, toks[p + 1].start + 1)
    ent = doc.entities.get(m.entity) if m is not None else None
    if m is None or ent is None or ent.type != "person" or m.start != toks[p + 1].start:
        return name
    return name + [i for i in range(p, len(toks)) if toks[i].start < m.end]


def merge_short_persons(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """A person found alone (after a cue, an address or a post) whose whole name is the short
    form of a person named in full in the article (صباح الخالد, صباح خالد الحمد الصباح; ماروتو,
    واين ماروتو) is that person: its mentions go to the full name."""
    persons = [e for e in doc.entities.values() if e.type == "person"]
    full = [e for e in persons if len(_units(e.name_ar or "")) >= 3]
    surnames: dict[str, set[str]] = {}
    for e in persons:
        units = _units(e.name_ar or "")
        if len(units) >= 2:
            surnames.setdefault(units[-1], set()).add(e.key)
    index = _short_form_index(full, ctx)
    moved = {}
    for e in persons:
        units = [u for u in _units(e.name_ar or "") if u.split()[0] not in ctx["honor_first"]]
        keys = index.get(tuple(" ".join(units).split())) if e.qid is None and len(units) == 2 else None
        if e.qid is None and len(units) == 1:
            # found alone after a post (المتحدث باسم عمليات العزم الصلب ماروتو): the surname of
            # the one person named in full (واين ماروتو)
            keys = surnames.get(units[0])
        if keys and len(keys) == 1 and e.key not in keys:
            target = doc.entities[next(iter(keys))]
            moved[e.key] = target.key
            target.role = target.role or e.role
            target.affiliation = target.affiliation or e.affiliation
    for m in doc.mentions:
        if m.entity in moved:
            m.entity = moved[m.entity]


def _units(name: str) -> list[str]:
    """Name words with a surname particle kept on the next word: لويجي دي مايو → [لويجي, دي مايو]."""
    words = norm(name).split()
    out, k = [], 0
    while k < len(words):
        if k + 1 < len(words) and words[k + 1] == ALLAH:
            out.append(words[k] + " " + ALLAH)      # دخل الله is one surname
            k += 2
        elif words[k] in _WALD and 0 < k < len(words) - 1:
            out.append(" ".join(words[k:]))         # ولد الشيخ أحمد: the father's whole name is the surname
            break
        elif words[k] in SURNAME_PARTICLES and k + 1 < len(words):
            out.append(words[k] + " " + words[k + 1])
            k += 2
        else:
            out.append(words[k])
            k += 1
    return out


def short_forms(doc: Document, lex: Lexicon, ctx: dict) -> None:
    """Later mentions of a person's surname or first names (بلينكن, دي مايو, الخالد, صباح
    الخالد) and spelling variants differing in long vowels (بلينكين/بلينكن) corefer with the
    person named in full in the same article; a frequent word (صباح, مايو) counts only after
    a title of address (الأمير فيصل)."""
    persons = [e for e in doc.entities.values() if e.type == "person"]
    if not persons:
        return
    index = _short_form_index(persons, ctx)
    firsts = {k[0] for k in index}
    opening = {t for t in doc.words()[1] if not firsts.isdisjoint(_first_keys(t))}
    for sent, hits in positions(doc, opening):
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
            i += _short_form_at(doc, lex, ctx, index, sent, toks, i)


_SON_OF = {norm_token(w) for w in ("بن", "ابن")}


def _short_form_index(persons, ctx: dict) -> dict[tuple[str, ...], set[str]]:
    """The words that may stand for a person (its name units, their skeletons, the first two
    units of a long name) → the persons they may stand for."""
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
            if len(units) >= 2:
                # the name in full again (الحبيب الصيد): its words may each be ordinary words
                index.setdefault(tuple(" ".join(units).split()), set()).add(p.key)
            for k in range(1, len(units) - 1):
                if units[k] in _SON_OF:
                    # أحمد عوض بن مبارك → بن مبارك: "son of" and the father's name, a surname of its own
                    index.setdefault((units[k], units[k + 1]), set()).add(p.key)
            if len(units) >= 3:
                index.setdefault(tuple(" ".join(units[:2]).split()), set()).add(p.key)
                if " " not in units[1] and not units[1].startswith("ال"):
                    # the Gulf short form: the first name and the father's with the article
                    # (صباح خالد الحمد الصباح → صباح الخالد)
                    index.setdefault((units[0], "ال" + units[1]), set()).add(p.key)
    return index


def _short_form_at(doc, lex, ctx, index, sent, toks, i: int) -> int:
    """Add the short form of one person starting at token ``i``, if one does; how many tokens
    it took (1 when none)."""
    a = toks[i].start
    if covered(doc, a, a + 1, lex):
        return 1
    hit = _index_hit(doc, index, toks, i, ctx["given"])
    if not hit:
        return 1
    n, key = hit
    if toks[i].norm in _SON_OF and _name_before(lex, ctx, doc, toks, i):
        return 1              # طحنون بن زايد: another son of the same father, not محمد بن زايد
    b = toks[i + n - 1].end
    m = Mention(a, b, doc.text[a:b], key, "short", sent.index)
    m2 = with_honorific(doc, ctx, m, sent.start)
    if n == 1 and m2 is m:
        # a lone ordinary word (صباح، مايو، حسين) is no mention without a title before it
        w = written(toks[i].text)
        if max(lex.zipf(x) for x in written_stems(w)) >= SHORT_FORM_ZIPF and \
                not _surname_after_verb(doc, ctx, toks, i, key):
            return 1
        if i > 0 and not doc.text[toks[i - 1].end:toks[i].start].strip() \
                and written(toks[i - 1].text) in ctx["given"]:
            return 1          # another person's surname: محمد الخطيب is not سمير الخطيب
    if any(not weak_city_key(lex, doc, x.entity) for x in overlapping(doc, m2.start, m2.end)):
        return 1
    take_span(doc, m2.start, m2.end)
    add_mention(doc, m2)
    return n


def _name_before(lex, ctx, doc, toks, i: int) -> bool:
    """Token ``i`` follows a given name or a rare word (a name) with nothing between."""
    if i == 0 or doc.text[toks[i - 1].end:toks[i].start].strip():
        return False
    w = written(toks[i - 1].text)
    return w in ctx["given"] or lex.zipf(w) < 3.0


def _surname_after_verb(doc, ctx, toks, i: int, key: str) -> bool:
    """``وأكد حسين في كلمته``، ``، ردّ حسين على``: a common word that is the surname of a person
    named in full before is that person when it stands right after a verb of speech or a word
    opening a clause after a comma (its subject)."""
    if i == 0 or doc.text[toks[i - 1].end:toks[i].start].strip():
        return False
    prev = toks[i - 1].norm
    ent = doc.entities.get(key)
    surname = norm(ent.name_ar).split()[-1:] if ent and ent.name_ar else []
    if surname != [toks[i].norm]:
        return False
    return prev in ctx["verbs"] or (prev[:1] in "وف" and prev[1:] in ctx["verbs"]) or _clause_verb(doc, ctx, toks, i - 1)


def _clause_verb(doc, ctx, toks, j: int) -> bool:
    """The word at ``j`` opens a clause after a comma (، ردّ حسين على …) and is no function word,
    title, name or ال-word: the clause's verb, the surname after it its subject."""
    if j == 0 or "،" not in doc.text[toks[j - 1].end:toks[j].start] and "," not in doc.text[toks[j - 1].end:toks[j].start]:
        return False
    w = toks[j].norm
    return len(w) >= 2 and w not in STOP and w not in ctx["title_words"] and written(toks[j].text) not in ctx["given"] \
        and not w.startswith(("ال", "وال"))


def _index_hit(doc, index, toks, i: int, given=frozenset()) -> tuple[int, str] | None:
    """(tokens, person) of the longest run of 3, 2 or 1 words at ``i`` that stands for exactly
    one person (its first word with or without proclitics; a long lone word by its skeleton,
    unless it is an Arabic given name, with or without ال: those have one spelling, and
    الجابر is not الجبير)."""
    forms = sorted(stems(toks[i].text), key=len, reverse=True)
    for n in (3, 2, 1):
        if i + n > len(toks):
            continue
        if n > 1 and any(doc.text[toks[k].end:toks[k + 1].start].strip() for k in range(i, i + n - 1)):
            continue
        rest = tuple(toks.norms[i + 1:i + n])
        for form in forms:
            keys = index.get((form,) + rest)
            if keys is None and n == 1 and len(form) >= 5 and not _given_name(written(toks[i].text), given):
                keys = index.get((skeleton(form),))
            if keys and len(keys) == 1:
                return n, next(iter(keys))
    return None


def _given_name(w: str, given) -> bool:
    return w in given or (w.startswith("ال") and w[2:] in given) or (w[:1] in "وبل" and w[1:] in given)


@lru_cache(maxsize=65536)
def _first_keys(token: str) -> frozenset[str]:
    """The index keys a token can open: its stems, and the skeletons of its long stems."""
    st = stems(token)
    return st | {skeleton(f) for f in st if len(f) >= 5}


def _person_of_run(doc, lex, toks, name):
    """The person a run of name tokens names (made if new), with its span, surface and key."""
    a, b = toks[name[0]].start, toks[name[-1]].end
    surface = doc.text[a:b]
    key = "person:" + norm(surface)
    ent = ensure_entity(doc, lex, key, "person", None, None, None)
    ent.name_ar = ent.name_ar or surface
    return ent, a, b, surface, key
