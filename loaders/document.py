"""The Document: one object carrying an article's text, its offsets and every annotation layer.

Each stage reads the layers it needs and adds its own (like spaCy's Doc), as it declares with
``stages.stage``; ``pipeline.STAGES`` lists who adds what. The layers are the public fields
below; the private ones are caches derived from the text (each sentence's Tokens, its words).
All offsets are Unicode code points into ``article.text`` (the decoded original).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .article import Article
from .facts import Claim, Designation, Meeting, Membership, Pledge, Role
from .normalize import Token, Tokens, norm_token, word_tokens


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    line: int  # index of the source line (paragraph) the sentence belongs to


@dataclass
class Mention:
    start: int
    end: int
    text: str
    entity: str          # key of the Entity it refers to
    kind: str = "name"   # name | nisba | metonym | demonym | short | nested | dateline | nominal | pronoun
    sentence: int = -1


@dataclass
class Entity:
    """An entity as this document knows it; ``key`` is stable across documents
    (``wd:Q…`` when the lexicon knows the Wikidata id, else ``ar:<normalised name>``)."""

    key: str
    type: str                      # state | person | organization | city | region | place
    name_en: str | None = None
    name_ar: str | None = None
    qid: str | None = None
    surfaces: list[str] = field(default_factory=list)
    subtype: str | None = None     # e.g. terrorist_group, news_agency, camp
    country: str | None = None     # key of the state a city/person belongs to
    parent: str | None = None      # e.g. an ISIS branch's parent organisation
    role: str | None = None        # persons: the title as written (وزير الخارجية الكويتي)
    role_en: str | None = None     # persons: the title in English (Foreign Minister)
    affiliation: str | None = None  # persons: key of the state/organisation the post belongs to
    nominal: list[str] = field(default_factory=list)  # descriptions standing for it (الوزير السعودي)

    def add_surface(self, s: str) -> None:
        if s not in self.surfaces:
            self.surfaces.append(s)

    def add_nominal(self, s: str) -> None:
        if s not in self.nominal:
            self.nominal.append(s)


@dataclass
class Document:
    article: Article
    kept: list[tuple[int, int]] = field(default_factory=list)   # content line ranges
    dropped: list[tuple[int, int, str]] = field(default_factory=list)  # boilerplate + reason
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    meetings: list[Meeting] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    designations: list[Designation] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    published: str | None = None          # ISO date of publication, when known
    published_precision: str | None = None
    published_source: str | None = None   # metadata | url | dateline | published line | header
    dateline: tuple[int, int] | None = None  # span of the dateline (الرياض – …) before the first sentence
    # layers the stages hand on (see pipeline.STAGES for who adds and who needs each)
    not_surfaces: set[tuple[int, int]] = field(default_factory=set)  # mention spans that are no surface (دولار أمريكي)
    actors: object | None = field(default=None, repr=False, compare=False)  # actors.ActorIndex, dropped when done
    dates: list | None = field(default=None, repr=False, compare=False)  # the article's dates (dates.doc_dates)
    # caches derived from the text, computed on first use: each sentence's Tokens (by its
    # span), the distinct words of each sentence and of the article, the title spans of each
    # sentence (entities), a start-sorted view of the mentions (mentions_in)
    _tokens: dict[tuple[int, int], Tokens] = field(default_factory=dict, repr=False, compare=False)
    _words: tuple | None = field(default=None, repr=False, compare=False)
    _titles: dict[int, list] = field(default_factory=dict, repr=False, compare=False)
    _mention_index: tuple | None = field(default=None, repr=False, compare=False)
    # the entity stage's start-sorted index of the mentions while it adds them (entity_core)
    _overlap_index: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def tokens_of(self, sent: Sentence) -> Tokens:
        """The sentence's word Tokens (offsets into the article) and their folded forms
        (``.norms``), computed once per sentence and shared by the stages (do not mutate)."""
        key = (sent.start, sent.end)
        hit = self._tokens.get(key)
        if hit is None:
            hit = self._tokens[key] = word_tokens(self.text[sent.start:sent.end], sent.start)
        return hit

    def tokens_within(self, sent: Sentence, a: int, b: int) -> list[Token]:
        """The Tokens of ``text[a:b]`` (a span inside ``sent``): exactly what tokenising that
        span would give, read from the sentence's tokens — a word the span cuts is the part
        inside it (a word is a run of word characters, so cutting the run is re-reading it)."""
        if a >= b:
            return []
        toks = self.tokens_of(sent)
        lo = bisect.bisect_right(toks, a, key=_token_end)     # the first token ending after a
        hi = bisect.bisect_left(toks, b, key=_token_start)    # the first token starting at b or later
        out = toks[lo:hi]
        if out and (out[0].start < a or out[-1].end > b):
            out = [t if a <= t.start and t.end <= b else _cut(t, a, b, self.text) for t in out]
        return out

    def words(self) -> tuple[list[frozenset[str]], frozenset[str]]:
        """Each sentence's distinct words as written, and the article's (computed once)."""
        if self._words is None:
            per = [frozenset(t.text for t in self.tokens_of(s)) for s in self.sentences]
            self._words = (per, frozenset().union(*per))
        return self._words

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions inside [start, end), in the order of ``self.mentions``."""
        ms = self.mentions
        idx = self._mention_index
        if idx is None or idx[0] is not ms or idx[1] != ms:
            # the mentions are kept sorted by start (the entity stage sorts them); when they
            # are, a bisect finds the candidates, else every mention is looked at
            starts = [m.start for m in ms]
            ordered = all(a <= b for a, b in zip(starts, starts[1:]))
            idx = self._mention_index = (ms, list(ms), starts if ordered else None)
        starts = idx[2]
        if starts is None:
            return [m for m in ms if m.start >= start and m.end <= end]
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_right(starts, end, lo)
        return [m for m in ms[lo:hi] if m.end <= end]


def _token_start(t: Token) -> int:
    return t.start


def _token_end(t: Token) -> int:
    return t.end


def _cut(t: Token, a: int, b: int, text: str) -> Token:
    s, e = max(t.start, a), min(t.end, b)
    return Token(s, e, text[s:e], norm_token(text[s:e]))
