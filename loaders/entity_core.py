"""What the entity stage's parts share: the word lists, the per-lexicon context (titles, given
names, verbs), adding entities and mentions, finding the mentions over a span while they are
being added, the titles of a sentence and the roles they give."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .document import Document, Entity, Mention
from .lexicon import Lexicon, compiled, plain
from .normalize import DIACRITICS, alternation, norm, norm_token, tokens


# Words that end a personal name after a title: function words and frequent news words.
STOP = {norm_token(w) for w in (
    "في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "ان", "أنه", "إنه", "أنها", "التي", "الذي",
    "الذين", "خلال", "بعد", "قبل", "منذ", "حول", "بشأن", "لدى", "عند", "كما", "و", "أو", "ثم", "لكن",
    "قد", "لقد", "هو", "هي", "ذلك", "هذا", "هذه", "تلك", "كل", "بين", "أمام", "اليوم", "أمس", "يوم",
    "غدا", "عبر", "ضد", "نحو", "دون", "حتى", "إذ", "اذ", "لا", "لم", "لن", "ما", "بأن", "بان", "وأن",
    "عقب", "إثر", "أثناء", "فيما", "بينما", "حين", "حيث", "الذي", "اللذين", "وهو", "وهي", "بل",
    "بلاده", "بلادها", "نفسه", "نفسها", "أيضا", "ايضا", "مجددا", "كذلك",
    # more prepositions of time (قبيل مغادرته، فور وصوله، غداة الاجتماع، إبان زيارته)
    "قبيل", "فور", "غداة", "إبان", "ابان", "لدن",
)}

# that (أن، إن، بأن), which opens what was said or what happened
COMPLEMENTIZER = {norm_token(w) for w in ("أن", "إن", "بأن", "ان", "بان")}
# "quoting" (نقلا عن فلان): the words of someone named next are being relayed
QUOTING = {norm_token(w) for w in ("نقلا", "نقلاً")}
# the noun of a medium before its name (وكالة أنباء «كيودو»، تلفزيون السومرية، لراديو "سوا")
MEDIA_HEADS = {norm_token(w) for w in ("صحيفة", "جريدة", "مجلة", "وكالة", "قناة", "تلفزيون", "راديو", "إذاعة",
                                       "موقع", "شبكة", "محطة")}
# heads of what one speaks to: media and listeners (قال لوكالة …، صرح للصحفيين، أكد لنظيره)
ADDRESSEE_HEADS = {norm_token(w) for w in (
    "قناة", "وكالة", "صحيفة", "جريدة", "مجلة", "موقع", "إذاعة", "تلفزيون", "شبكة", "محطة", "الصحفيين",
    "الصحافيين", "الصحافة", "الإعلام", "وسائل", "مراسل", "مراسلي", "نظيره", "نظيرته", "نظرائه")}


NAME_PARTICLES = {norm_token(w) for w in ("بن", "بنت", "ابن", "آل", "أبو", "ابو", "عبد", "دي", "دى", "دو",
                                          "فان", "فون", "لو", "لا", "دا", "ولد", "أبي", "ابي", "أم", "ام")}


# a particle that belongs to the next word of a surname (دي مايو, فان دير)
SURNAME_PARTICLES = {norm_token(w) for w in ("دي", "دى", "دو", "فان", "فون", "لو", "دا", "آل", "أبو", "ابو")}


# the counterpart noun with every gender, number and possessive (نظيره، نظيرتها، نظيراه،
# نظيريهما، نظيرتهم): the article names whose counterpart she is
COUNTERPARTS = {norm_token("نظير" + g + p) for g in ("", "ت", "ا", "ي", "تا", "تي")
                for p in ("ه", "ها", "هما", "هم", "هن")} | {norm_token("نظير"), norm_token("نظيرة")}
NOMINAL_HEADS = COUNTERPARTS | {norm_token(w) for w in ("الوزير", "الوزيرة", "المسؤول", "المسؤولة")}


PLURAL_HEADS = {norm_token(w) for w in ("وزراء", "مسؤولون", "مسؤولين", "قادة", "رؤساء", "ممثلو", "ممثلي", "سفراء")}


KUNYA = {norm_token(w) for w in ("أبو", "أبي", "أبا", "ابو", "ابي", "ابا")}


COMMON_ZIPF = 4.3        # a word this frequent after two name words ends the name


SHORT_FORM_ZIPF = 4.5    # a name word this frequent is not a mention on its own (صباح, مايو)


NAME_START_ZIPF = 4.6    # a first word this frequent (and no given name) is not a name


MAX_NAME = 8             # خالد بن أحمد بن محمد آل خليفة: a chain of patronyms is seven words


GULF_LINK_ZIPF = 4.0     # a word this frequent whose ال is no article (التزام) ends a Gulf name chain


RARE_ZIPF = 3.0          # an ال-word ending in ي this rare after two name words is a family name (الحيالي)


ALLAH = norm_token("الله")


COALITION_ADJ = {norm_token(w) for w in ("الدولي", "العالمي", "الدولية")}


@lru_cache(maxsize=65536)
def written(token: str) -> str:
    return DIACRITICS.sub("", token)


def positions(doc: Document, pred, memo: dict | None = None):
    """(sentence, [token indices]) for the sentences with tokens satisfying ``pred``, a test of
    the token as written (or a set of such tokens); ``pred`` runs once per distinct word of the article (once per word
    for good with ``memo``, kept with the lexicon, for a test that depends on nothing else)."""
    words, vocab = doc.words()
    if isinstance(pred, (set, frozenset)):
        hits = vocab & pred       # a set of words as written: those of the article in it
    elif memo is None:
        hits = {t for t in vocab if pred(t)}
    else:
        # memo (lexicon.word_sets): {"yes": words that pass, "seen": words tested}
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


class GivenNames(frozenset):
    """Given names, found however the press spells them: with or without hamza, ة or ه, final ى
    or ي (مصطفى، مصطفي; سارة، ساره; ماري، مارى). A word of under four letters only as written:
    على is "on" (Ali is علي), امل is no أمل.

    >>> names = GivenNames(["سارة", "مصطفى", "علي"])
    >>> "ساره" in names, "مصطفي" in names, "علي" in names, "على" in names
    (True, True, True, False)
    """

    def __new__(cls, names=()):
        names = set(names)
        self = super().__new__(cls, names)
        self._plain = frozenset(plain(n) for n in names if len(n) >= 4)
        return self

    def __contains__(self, word) -> bool:
        return frozenset.__contains__(self, word) or len(word) >= 4 and plain(word) in self._plain


# a post's word may be followed by "former" before the rest of the post (الناطق السابق باسم التحالف،
# وزير الدفاع الأسبق): the post still introduces its holder's name
_POST_SPACE = r" (?:(?:السابق|السابقه|الاسبق|الاسبقه) )?"


def entity_context(lex: Lexicon) -> dict:
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
        given = GivenNames(written(g) for g in lex.data.get("given_names") or [] if isinstance(g, str))
        title_words = {w for t in post + sorted(generic) for w in t.split()}
        return {
            # a generic title counts as a post when a nisba follows it (الوزير الكندي فلان)
            "post_re": re.compile(r"(?:^| )(?:و|ف)?(?:ل|ب)?(" + alternation(post, space=_POST_SPACE) + r"|"
                                  + alternation(sorted(generic, key=len, reverse=True)) + r"(?= ال\S+يه?(?: |$)))(?= |$)"),
            "generic": generic, "honor": honor, "honor_first": {h.split()[0] for h in honor},
            "role_en": role_en, "verbs": verbs, "given": given, "title_words": title_words,
            "currency_words": currency_words,
            # the normalised tokens a title can open with (its first word after و/ف and ل/ب)
            "title_firsts": {c1 + c2 + t.split()[0] for t in post for c1 in ("", "و", "ف") for c2 in ("", "ل", "ب")},
            # words a title puts before الخارجية (وزير الخارجية): there it is the minister's
            "before_mfa": {w.split()[k - 1] for w in post + sorted(generic) for k in range(1, len(w.split()))
                           if w.split()[k] == MFA} - {MINISTRY},
        }
    return compiled(lex, "entities_ctx", build)


def ensure_entity(doc: Document, lex: Lexicon, key: str, entry_type: str, name_en, qid, surface: str | None) -> Entity:
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


def add_mention(doc: Document, m: Mention, surfaces=True) -> None:
    doc.mentions.append(m)
    idx = doc._overlap_index
    if idx is not None and idx[0] is doc.mentions and idx[1] == len(doc.mentions) - 1:
        # keep the start-sorted index: the new mention goes after those with its start,
        # where a stable sort of the list would put it
        _, n, ms, starts, longest = idx
        k = bisect.bisect_right(starts, m.start)
        ms.insert(k, m)
        starts.insert(k, m.start)
        doc._overlap_index = (doc.mentions, n + 1, ms, starts, max(longest, m.end - m.start))
    else:
        doc._overlap_index = None
    if surfaces and m.kind != "nominal":
        doc.entities[m.entity].add_surface(m.text)


_ADDRESS_ONLY = {norm_token(w) for w in ("معالي", "سعادة", "فخامة")}


def with_honorific(doc: Document, ctx: dict, m: Mention, lo: int) -> Mention:
    """Take a title of address written in front of a person's name into the mention
    (الأمير فيصل بن فرحان), as the press and the gold write the name."""
    before = doc.text[max(lo, m.start - 30):m.start]
    nb = norm(before)
    for h in ctx["honor"]:
        if h in _ADDRESS_ONLY:
            continue            # معالي ريم الهاشمي: "Your Excellency" is how she is addressed, not named
        if nb.endswith(" " + h) or nb == h:
            # find the honorific's start in the raw text
            toks = tokens(before)
            k = len(h.split())
            if len(toks) >= k and not before[toks[-1][1]:].strip():
                a = m.start - len(before) + toks[-k][0]
                return Mention(a, m.end, doc.text[a:m.end], m.entity, m.kind, m.sentence)
    return m


def add_nested(doc: Document, lex: Lexicon, outer: Mention, sent_index: int) -> None:
    """A terrorist group named inside another organisation's name (ISIS in the coalition's), the
    state that leads the coalition in its name (التحالف الذي تقوده الولايات المتحدة، بقيادة واشنطن), the
    state a part of a state ends with (شمال شرق سوريا),
    and the state whose organ a government body is, named at the end of its name (السعودية in
    القوات الجوية الملكية السعودية; not the الفرنسية of a news agency): mentions of them too."""
    toks = doc.tokens_within(doc.sentences[sent_index], outer.start, outer.end)
    if len(toks) < 2:
        return
    body = doc.entities[outer.entity].subtype == "government_body"
    led = doc.entities[outer.entity].subtype == "coalition"     # التحالف الذي تقوده الولايات المتحدة
    part = doc.entities[outer.entity].type == "place" and bool(doc.entities[outer.entity].country)   # شمال شرق سوريا
    # a body's last word alone too: inside الخارجية الأمريكية the longest match is the body again
    spans = [toks[1:]] + ([toks[-1:]] if body and len(toks) > 2 else [])
    for s, e, surface, entries in (x for span in spans for x in lex.match(doc.text, span[0].start, outer.end, span)):
        for ent in entries:
            if (ent.type == "organization" and (lex.info.get(ent.key) or {}).get("subtype") == "terrorist_group") \
                    or (ent.type == "state" and ent.kind in ("name", "nisba") and e == outer.end and body) \
                    or (ent.type == "state" and ent.kind in ("name", "metonym") and led) \
                    or (ent.type == "state" and ent.kind == "name" and part and e == outer.end):
                ensure_entity(doc, lex, ent.key, ent.type, ent.name_en, ent.qid, None)
                inner = Mention(s, e, surface, ent.key, "nested", sent_index)
                add_mention(doc, inner)
                if ent.type == "organization":
                    one_word_name(doc, lex, inner, sent_index)
                break


def one_word_name(doc: Document, lex: Lexicon, m: Mention, sent_index: int) -> None:
    """A group named with its head or an adjective (تنظيم داعش الإرهابي، «داعش» الإرهابى) is also
    written by its one-word name inside (داعش): a surface too, as annotators list it."""
    toks = doc.tokens_within(doc.sentences[sent_index], m.start, m.end)
    if len(toks) < 2:
        return
    for t in toks:
        if any(ent.key == m.entity for _, e, _, entries in lex.match(doc.text, t.start, t.end, [t])
               for ent in entries) and not any(x.start == t.start and x.end == t.end for x in overlapping(doc, t.start, t.end)):
            add_mention(doc, Mention(t.start, t.end, t.text, m.entity, "nested", sent_index))
            return


def overlapping(doc: Document, a: int, b: int) -> list[Mention]:
    """Mentions overlapping [a, b), from a start-sorted index rebuilt when mentions change."""
    idx = doc._overlap_index
    if idx is None or idx[0] is not doc.mentions or idx[1] != len(doc.mentions):
        ms = sorted(doc.mentions, key=lambda m: m.start)
        longest = max((m.end - m.start for m in ms), default=0)
        idx = (doc.mentions, len(doc.mentions), ms, [m.start for m in ms], longest)
        doc._overlap_index = idx
    _, _, ms, starts, longest = idx
    lo = bisect.bisect_left(starts, a - longest)
    hi = bisect.bisect_left(starts, b)
    return [m for m in ms[lo:hi] if m.end > a]


def covered(doc: Document, a: int, b: int, lex: Lexicon | None = None) -> Mention | None:
    """The mention covering [a, b); with ``lex``, a little-known city's mention does not count
    (a person's name may contain it: عثمان إلياسو جيبو is not the town Djibo)."""
    for m in overlapping(doc, a, b):
        if m.start <= a < m.end or (a <= m.start < b):
            if lex is not None and m.kind == "name" and weak_city_key(lex, doc, m.entity):
                continue
            return m
    return None


def weak_city_key(lex: Lexicon, doc: Document, key: str) -> bool:
    ent = doc.entities.get(key)
    return ent is not None and ent.type == "city" and not (lex.info.get(key) or {}).get("well_known") \
        and len((ent.surfaces or [""])[0].split()) == 1


def take_span(doc: Document, a: int, b: int) -> None:
    """Remove the mentions a new, longer name overlaps."""
    doc.mentions[:] = [m for m in doc.mentions if m.end <= a or m.start >= b]
    doc._overlap_index = None


def token_from(toks, offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    return bisect.bisect_left(toks, offset, key=_start_of)


def _start_of(t) -> int:
    return t.start


def title_spans(doc: Document, sent, ctx: dict) -> list[tuple]:
    """Titles (posts) in a sentence: (the title, normalised; index of its first token; index of
    the first token after it), found once per sentence."""
    hit = doc._titles.get(sent.index)
    if hit is None:
        toks = doc.tokens_of(sent)
        normed = toks.norms
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


def may_hold(role: str | None, post: str) -> bool:
    """A post (وزير الخارجية) may stand for a person of its state unless his known post shares
    none of its words (الرئيس الفرنسي is no foreign minister)."""
    if not role:
        return True
    words = lambda t: {w[2:] if w.startswith("ال") else w for w in norm(t).split() if len(w) > 2}  # noqa: E731
    return bool(words(post) & words(role))


# the prepositions of a post's complement (المبعوث الأميركي إلى سوريا، المتحدث باسم الوزارة)
COMPLEMENT_PREP = {norm_token(w) for w in ("في", "إلى", "الى", "لدى", "باسم", "عن")}
# an envoy's or adviser's post names the one he serves (مبعوث الرئيس الأميركي دونالد ترامب إلى
# التحالف بريت ماكغورك): a known holder of that second post, right after it, is the principal
_SERVES = {norm_token(w) for w in ("مبعوث", "مبعوثة", "المبعوث", "المبعوثة", "موفد", "موفدة", "الموفد", "الموفدة",
                                   "مستشار", "مستشارة", "ممثل", "ممثلة")}


def principal(lex: Lexicon, key: str, role: str) -> bool:
    """The person ``key`` is the one the post ``role`` serves (مبعوث الرئيس، المبعوث الخاص للرئيس)."""
    words = norm(role).split()
    post = norm((lex.info.get(key) or {}).get("role_ar") or "")
    if len(words) < 2 or not (words[0] in _SERVES or words[0][1:] in _SERVES) or not post.startswith("ال"):
        return False
    return post in words[1:4] or "ل" + post[1:] in words[1:4]


def served_by(doc: Document, toks, j: int, posts=frozenset()) -> Mention | None:
    """The person named after the principal and the post's complement (… ترامب إلى التحالف
    بريت ماكغورك; … اوباما للعراق منسق التحالف الدولي جون آلن: a second post's words, ``posts``, too),
    within seven words and no punctuation but the comma that sets his name off (… لدى التحالف، برت
    ماكورك،)."""
    for x in range(j, min(len(toks), j + 8)):
        gap = doc.text[toks[x - 1].end:toks[x].start].strip() if x > j else ""
        m = covered(doc, toks[x].start, toks[x].start + 1)
        if gap:
            person = m is not None and doc.entities[m.entity].type == "person" and m.start == toks[x].start
            return m if gap in ("،", ",") and person else None
        if m is not None and doc.entities[m.entity].type == "person" and m.start == toks[x].start:
            return m
        if not (toks[x].norm in COMPLEMENT_PREP or toks[x].norm.startswith(("ال", "لل")) or m is not None
                or toks[x].norm in posts):
            return None
    return None


def set_role(ent: Entity, role: str, ctx: dict, affiliation: str | None) -> None:
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


MFA = norm_token("الخارجية")


MINISTRY = norm_token("وزارة")
