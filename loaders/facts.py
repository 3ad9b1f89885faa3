"""The fact types the loaders produce and ``coalition_kg.graph`` turns into RDF.

Every fact carries ``evidence``: where in which article it was read, how, and how sure.
Actors are referred to by entity key (see ``document.Entity``).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Evidence:
    article: str            # article id
    start: int              # code-point offsets into the article text
    end: int
    text: str               # article.text[start:end], exactly
    sentence: int = -1
    method: str = "rule"    # rule name, e.g. "pledge:verb+amount"
    confidence: float = 0.8


@dataclass
class Meeting:
    key: str                          # stable across articles: "<city>-<year>[-kind]"
    kind: str = "ministerial"         # ministerial | small_group | focus_group | virtual_ministerial | meeting
    city: str | None = None           # entity key
    country: str | None = None        # entity key
    date: str | None = None           # ISO, as precise as date_precision says
    date_precision: str | None = None  # day | month | year
    date_source: str | None = None    # text | catalogue | publication
    chairs: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    observers: list[str] = field(default_factory=list)
    member_count: int | None = None
    announced: bool = False           # a future meeting announced in the text
    evidence: list[Evidence] = field(default_factory=list)
    date_note: str | None = None      # how the date was decided (e.g. a weekday contradicting the catalogue)


@dataclass
class Pledge:
    donor: str | None                 # entity key, or a collective name
    amount: float
    currency: str                     # ISO 4217
    qualifier: str = "exact"          # exact | about | more_than | less_than | at_least
    status: str = "new"               # new | past | target
    announcer: str | None = None
    purpose: str | None = None
    recipients: list[str] = field(default_factory=list)
    meeting: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    donor_as_written: str | None = None   # the donor's words in the text (ثماني دول أعضاء)


@dataclass
class Membership:
    state: str
    event: str = "joined"             # joined | observer | member
    coalition: str | None = None
    date: str | None = None
    member_count_after: int | None = None
    meeting: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    state_as_written: str | None = None   # for a group of states (دول مجلس التعاون)


@dataclass
class Designation:
    target: str
    by: str | None = None
    action: str = "sanctions"
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Role:
    person: str
    title: str                        # as written, e.g. وزير الخارجية
    role_en: str | None = None
    state: str | None = None          # entity key of the state/org the post belongs to
    date: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Claim:
    speaker: str | None               # entity key, or a collective name
    verb: str                         # as written, e.g. وأكد
    type: str = "statement"           # statement | call | warning | announcement | commitment | proposal | welcome | praise
    quote: bool = False
    content: str | None = None        # the reported content, as written
    co_speakers: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    meeting: str | None = None
    context: str | None = None        # background, when not said at the meeting
    evidence: list[Evidence] = field(default_factory=list)
    speaker_as_written: str | None = None  # the speaker's words (البيان، وزراء التحالف)
