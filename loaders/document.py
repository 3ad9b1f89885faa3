"""The Document: one object carrying an article's text, its offsets and every annotation layer.

Each stage reads the layers it needs and adds its own (like spaCy's Doc): ``segment`` adds
``kept`` line ranges and ``sentences``; ``entities`` adds ``mentions`` and ``entities``;
``facts`` adds ``meetings``, ``pledges``, ``memberships``, ``designations``, ``claims`` and
``roles``. All offsets are Unicode code points into ``article.text`` (the decoded original).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .article import Article
from .facts import Claim, Designation, Meeting, Membership, Pledge, Role


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
    published_source: str | None = None   # metadata | dateline | first line
    dateline: tuple[int, int] | None = None  # span of the dateline (الرياض – …) before the first sentence

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

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]
