"""Entity mentions: gazetteer matches, title-anchored persons no lexicon knows, and
in-document coreference of short forms (بلينكن → أنتوني بلينكن)."""
from __future__ import annotations

import re

from .document import Document, Entity, Mention
from .lexicon import Lexicon
from .normalize import norm, norm_token, stems, tokens

# Words that end a personal name after a title: function words, common verbs/nouns of news.
STOP = {norm_token(w) for w in (
    "في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "ان", "أنه", "إنه", "التي", "الذي",
    "الذين", "خلال", "بعد", "قبل", "منذ", "حول", "بشأن", "لدى", "عند", "كما", "و", "أو", "ثم",
    "قد", "لقد", "هو", "هي", "ذلك", "هذا", "هذه", "كل", "بين", "أمام", "اليوم", "أمس", "يوم",
    "التزام", "أهمية", "ضرورة", "استعداد", "دعم", "تخصيص", "بلاده", "عزم", "رغبة",
)}
HONORIFICS = {"الأمير", "الشيخ", "السيد", "السيدة", "الدكتور", "الجنرال", "اللواء", "العميد", "الفريق", "الملك"}
NAME_PARTICLES = {norm_token(w) for w in ("بن", "بنت", "ابن", "آل", "أبو", "عبد", "دي", "فان", "فون", "لو")}
MAX_NAME = 5


def _ensure(doc: Document, lex: Lexicon, key: str, entry_type: str, name_en, qid, surface: str) -> Entity:
    ent = doc.entities.get(key)
    if ent is None:
        info = lex.info.get(key, {})
        names = info.get("names_ar") or [surface]
        ent = Entity(key=key, type=entry_type, name_en=name_en, name_ar=names[0], qid=qid,
                     subtype=info.get("subtype"), country=info.get("country_key"),
                     parent=info.get("parent"))
        doc.entities[key] = ent
    ent.add_surface(surface)
    return ent


def find_entities(doc: Document, lex: Lexicon) -> Document:
    for sent in doc.sentences:
        for start, end, surface, entries in lex.match(doc.text, sent.start, sent.end):
            e = _choose(entries, doc, start)
            _ensure(doc, lex, e.key, e.type, e.name_en, e.qid, surface)
            doc.mentions.append(Mention(start, end, surface, e.key, e.kind, sent.index))
    _title_persons(doc, lex)
    _short_forms(doc)
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    return doc


def _choose(entries, doc: Document, start: int):
    """A city name that is also a state's capital metonym: the city when it follows a place
    cue (في، العاصمة), the government otherwise (وحثت واشنطن والرياض)."""
    if len(entries) == 1:
        return entries[0]
    before = norm(doc.text[max(0, start - 20):start]).split()[-2:]
    place_cue = any(w in ("في", "العاصمه", "مدينه", "الى", "بمدينه", "بالعاصمه") for w in before)
    for e in entries:
        if place_cue and e.type == "city":
            return e
        if not place_cue and e.kind == "metonym":
            return e
    return sorted(entries, key=lambda e: e.kind != "name")[0]


def _title_persons(doc: Document, lex: Lexicon) -> None:
    """``<title> [<nisba>|<state>] [<honorific>] Name Name…`` → a person entity."""
    titles = sorted((t["ar"] for t in lex.data.get("titles") or [] if t.get("kind") == "post"),
                    key=len, reverse=True)
    if not titles:
        return
    pattern = re.compile("|".join(re.escape(norm(t)) for t in titles))
    known = {(m.start, m.end) for m in doc.mentions}
    for sent in doc.sentences:
        toks = tokens(sent.text)
        normed = [norm_token(t) for _, _, t in toks]
        joined = " ".join(normed)
        for m in pattern.finditer(joined):
            # token index after the title
            i = joined[:m.end()].count(" ") + 1
            if i >= len(toks):
                continue
            # skip a following state mention (nisba or name)
            while i < len(toks) and any((sent.start + toks[i][0]) >= a and (sent.start + toks[i][1]) <= b
                                        for a, b in known):
                i += 1
            if i < len(toks) and toks[i][2] in HONORIFICS:
                i += 1
            name = []
            while i < len(toks) and len(name) < MAX_NAME:
                s, e, t = toks[i]
                nt = normed[i]
                abs_s = sent.start + s
                if nt in STOP or any(abs_s >= a and abs_s < b for a, b in known):
                    break
                if nt.startswith("ال") and not name:
                    break
                if nt.startswith("ال") and len(name) >= 2 and name[-1][2] not in ("ال",):
                    # Gulf names are chains of ال-words (صباح الخالد الحمد الصباح)
                    if not all(norm_token(x[2]).startswith("ال") for x in name[1:]):
                        break
                gap = sent.text[toks[i - 1][1]:s] if name else ""
                if name and gap.strip():
                    break
                name.append((s, e, t))
                i += 1
            while name and norm_token(name[-1][2]) in NAME_PARTICLES:
                name.pop()
            if not name or (len(name) == 1 and norm_token(name[0][2]) in NAME_PARTICLES):
                continue
            a, b = sent.start + name[0][0], sent.start + name[-1][1]
            surface = doc.text[a:b]
            key = "person:" + norm(surface)
            ent = _ensure(doc, lex, key, "person", None, None, surface)
            ent.name_ar = ent.name_ar or surface
            doc.mentions.append(Mention(a, b, surface, key, "name", sent.index))
            known.add((a, b))


def _short_forms(doc: Document) -> None:
    """Later mentions of a person's last (or first two) name words, and spelling variants
    differing only in long vowels (بلينكين/بلينكن), corefer with the full name."""
    persons = [e for e in doc.entities.values() if e.type == "person"]
    if not persons:
        return
    index: dict[str, str] = {}
    for p in persons:
        words = norm(p.name_ar or "").split()
        for w in words:
            if len(w) >= 4 and norm_token(w) not in NAME_PARTICLES:
                index.setdefault(w, p.key)
                index.setdefault(_skeleton(w), p.key)
    covered = [(m.start, m.end) for m in doc.mentions]
    for sent in doc.sentences:
        for s, e, t in tokens(sent.text):
            a, b = sent.start + s, sent.start + e
            if any(a >= x and a < y for x, y in covered):
                continue
            for form in stems(t):
                key = index.get(form) or index.get(_skeleton(form))
                if key and len(form) >= 4:
                    doc.entities[key].add_surface(t)
                    doc.mentions.append(Mention(a, b, t, key, "name", sent.index))
                    covered.append((a, b))
                    break


def _skeleton(word: str) -> str:
    """Drop inner long vowels: transliterated names vary in them (بلينكين ~ بلينكن)."""
    return word[0] + re.sub("[اويى]", "", word[1:]) if word else word
