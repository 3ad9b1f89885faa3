"""Entity mentions: gazetteer matches (with guards against ordinary words and a choice between
a capital city and its government), title-anchored persons no lexicon knows, in-document
coreference of short forms and spelling variants, nominal mentions (الوزير السعودي), nested
names (ISIS inside the coalition's name) and the dateline city.

The stage is ``find_entities``; its parts live in ``entity_gazetteer`` (lexicon matches and their
guards), ``entity_persons`` (persons no lexicon knows, short forms), ``entity_patterns``
(organisations and collectives named by pattern, nominals) and ``entity_core`` (what they share:
word lists, the per-lexicon context, adding entities and mentions, the mention index).

>>> from coalition_kg.loaders.article import Article
>>> from coalition_kg.loaders.pipeline import extract
>>> doc = extract(Article(id="t", source="t", text="وقال وزير الخارجية الكويتي الشيخ صباح الخالد الحمد الصباح إن التحالف قوي. وأضاف الخالد أن الاجتماع مهم."))
>>> p = [e for e in doc.entities.values() if e.type == "person"][0]
>>> p.surfaces, p.role, doc.entities[p.affiliation].name_en
(['الشيخ صباح الخالد الحمد الصباح', 'الخالد'], 'وزير الخارجية الكويتي', 'Kuwait')
"""
from __future__ import annotations

from .document import Document, Mention
from .lexicon import Lexicon
from .normalize import norm
from .entity_core import MFA, add_mention, entity_context, ensure_entity, add_nested, one_word_name, with_honorific
from .entity_gazetteer import after_currency, choose_entry, dateline_city, title_before, title_ministry
from .entity_patterns import (
    bare_coalition, bare_foreign_ministry, bare_kingdom, bracketed_acronyms, coalition_against, broken_words, places_in_lists, features_of_places, compound_ministries, institutions_by_purpose, national_governments, ministries_in_state, coordinated_groups, elliptic_regions, national_agencies, enemy_epithets, foreign_ministries, glued_names, names_glued_by_wa, media_names, credited_outlets, nominals, places_by_head,
    quoted_names, state_bodies,
)
from .entity_persons import (
    appositive_persons, cue_persons, generic_title_persons, honorific_persons, merge_short_persons, short_forms,
    spoken_persons,
    title_persons,
)
from .stages import stage


@stage(needs=("sentences", "dateline"), adds=("mentions", "entities", "not_surfaces"))
def find_entities(doc: Document, lex: Lexicon) -> Document:
    ctx = entity_context(lex)
    if doc.dateline:
        dateline_city(doc, lex)
    for sent in doc.sentences:
        for start, end, surface, entries in lex.match(doc.text, sent.start, sent.end, doc.tokens_of(sent)):
            e = choose_entry(entries, doc, lex, start, end, sent)
            if e is None:
                continue
            if e.type == "state" and e.kind == "nisba" and after_currency(doc, ctx, start, sent):
                # دولار أمريكي: the currency's adjective — a mention the facts may read (the
                # donor's money), but no surface of the state
                doc.not_surfaces.add((start, end))
            if e.type == "organization" and title_before(doc, ctx, start, sent) and norm(surface).startswith(MFA):
                title_ministry(doc, lex, start, end, sent)
                continue
            ensure_entity(doc, lex, e.key, e.type, e.name_en, e.qid, None)
            m = Mention(start, end, surface, e.key, "short" if e.kind == "short" else e.kind, sent.index)
            if e.type == "person":
                m = with_honorific(doc, ctx, m, sent.start)
            add_mention(doc, m)
            if e.type in ("organization", "place") and end - start > 0 and len(surface.split()) > 1:
                add_nested(doc, lex, m, sent.index)
                if (lex.info.get(e.key) or {}).get("subtype") == "terrorist_group":
                    one_word_name(doc, lex, m, sent.index)
    foreign_ministries(doc, lex, ctx)
    institutions_by_purpose(doc, lex)
    state_bodies(doc, lex)
    ministries_in_state(doc, lex)
    national_governments(doc, lex)
    bare_foreign_ministry(doc, lex, ctx)
    compound_ministries(doc, lex)
    places_by_head(doc, lex)
    features_of_places(doc, lex)
    places_in_lists(doc, lex)
    media_names(doc, lex)
    bracketed_acronyms(doc, lex)
    credited_outlets(doc, lex)
    national_agencies(doc, lex)
    title_persons(doc, lex, ctx)
    short_forms(doc, lex, ctx)
    cue_persons(doc, lex, ctx)
    honorific_persons(doc, lex, ctx)
    generic_title_persons(doc, lex, ctx)
    appositive_persons(doc, lex, ctx)
    spoken_persons(doc, lex, ctx)
    short_forms(doc, lex, ctx)
    merge_short_persons(doc, lex, ctx)
    glued_names(doc, lex)
    names_glued_by_wa(doc, lex)
    broken_words(doc, lex)
    # after the glued and broken names: the alliance may be told by its leader written glued
    # (تحالف تقوده الولاياتالمتحدة لمحاربة …)
    coalition_against(doc, lex)
    bare_coalition(doc, lex)
    coordinated_groups(doc, lex)
    quoted_names(doc, lex)
    enemy_epithets(doc, lex)
    nominals(doc, lex, ctx)
    elliptic_regions(doc, lex)
    bare_kingdom(doc, lex)
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    doc._overlap_index = None
    _refresh(doc)
    return doc


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
