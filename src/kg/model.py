"""The typed objects that flow through the pipeline.

ingest -> :class:`Article`; extract -> :class:`Extraction` (mentions, handover and statement
claims, each with the :class:`Span` of the words it came from); resolve -> :class:`Resolution`
(entities and events, one per real thing); build turns a Resolution into triples.
No stage reaches into another's internals: they meet here.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum


class Kind(str, Enum):
    """What a mention names. The value is the IRI path segment."""

    BASE = "base"
    FORCE = "force"
    PERSON = "person"
    ORGANIZATION = "org"
    PLACE = "place"


@dataclass(frozen=True, order=True)
class Span:
    """Character offsets ``[start, end)`` in :attr:`Article.text`."""

    start: int
    end: int

    def text(self, article: "Article") -> str:
        return article.text[self.start:self.end]


@dataclass
class Article:
    """One input document as read: the text every span points into."""

    source: str                    # file name or URL as given (what the user recognises)
    text: str
    lang: str | None = None        # 'ar' / 'en', set by ingest's detection
    url: str | None = None
    title: str | None = None
    published: date | None = None  # only when the text (or a JSONL record) states it
    encoding: str = "utf-8"        # as detected on reading
    notes: list[str] = field(default_factory=list)  # e.g. "decoded as windows-1256"

    @property
    def id(self) -> str:
        """Content hash: the same text gives the same article IRI wherever it was read from."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names a base, force, person, organisation or place."""

    kind: Kind
    surface: str                   # the words exactly as written
    span: Span
    key: str | None = None         # gazetteer key when the name is known
    name: str | None = None        # the name without head nouns / titles (for unknown things)
    role: str | None = None        # persons: rank, title or role as written
    affiliation: "Mention | None" = None  # persons: the force or body they speak for


@dataclass(frozen=True)
class DateValue:
    """A calendar date as far as the text determines it (year/month/day may be missing)."""

    year: int | None
    month: int | None
    day: int | None
    span: Span
    text: str
    year_inferred: bool = False    # year taken from context (a year in the text, a weekday)

    @property
    def iso(self) -> str | None:
        if self.year and self.month and self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return None

    def as_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.iso else None


@dataclass(frozen=True)
class Quantity:
    """A reported number: troops, or a money value already converted to US dollars."""

    value: Decimal
    span: Span
    text: str
    qualifier: str | None = None   # 'about', 'more than', 'less than', 'up to'
    unit: str | None = None        # 'troops', 'USD'


@dataclass
class HandoverClaim:
    """One article's report that a force left and/or handed over a base."""

    base: Mention
    span: Span                     # the clause the claim was read from
    trigger: str                   # the word that signalled it (سلم، انسحب، handed over ...)
    from_force: Mention | None = None
    to_force: Mention | None = None
    date: DateValue | None = None
    weekday: int | None = None     # 0=Monday .. 6=Sunday when the text names only a weekday
    troops: Quantity | None = None
    equipment_usd: Quantity | None = None


@dataclass
class StatementClaim:
    """Quoted or reported words attributed to a speaker."""

    quote: str
    span: Span                     # the quoted words
    kind: str                      # 'direct' or 'reported'
    speaker: Mention | None = None
    about: Mention | None = None   # a base it is about, where known
    about_handover: int | None = None  # index into Extraction.handovers


@dataclass
class Extraction:
    """Everything one extractor read from one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    handovers: list[HandoverClaim] = field(default_factory=list)
    statements: list[StatementClaim] = field(default_factory=list)
    published: DateValue | None = None   # the publication date when the text states it
    extractor: str = ""

    def all_mentions(self):
        """Every mention, including roles inside claims and affiliations, each (span, kind) once."""
        seen = set()
        pool = list(self.mentions)
        for h in self.handovers:
            pool += [m for m in (h.base, h.from_force, h.to_force) if m]
        for s in self.statements:
            pool += [m for m in (s.speaker, s.about) if m]
        for m in list(pool):
            if m.affiliation:
                pool.append(m.affiliation)
        for m in pool:
            ident = (m.span, m.kind)
            if ident not in seen:
                seen.add(ident)
                yield m


# --- after resolution ----------------------------------------------------------------------------

@dataclass
class Entity:
    """One real thing: all its names and the articles that named it."""

    kind: Kind
    key: str                        # IRI local name: gazetteer key or a slug of the name
    labels: dict[str, str] = field(default_factory=dict)        # lang -> canonical label
    mentions: list[tuple[Article, Mention]] = field(default_factory=list)
    in_gazetteer: bool = False
    roles: set[tuple[str, str]] = field(default_factory=set)    # (role, lang) for persons
    member_of: set[str] = field(default_factory=set)            # entity ids
    merged_from: set[str] = field(default_factory=set)          # ids of entities joined into this one
    known_names: set[str] = field(default_factory=set)          # names a store already holds for it
    known: bool = False                                         # already in the store this resolution extends

    @property
    def id(self) -> str:
        return f"{self.kind.value}/{self.key}"


@dataclass
class Event:
    """One real handover, with every article's claim about it."""

    key: str
    base: str                                   # entity id
    claims: list[tuple[Article, HandoverClaim]] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)   # every date reported for it
    froms: set[str] = field(default_factory=set)           # entity ids of the givers reported
    tos: set[str] = field(default_factory=set)             # entity ids of the receivers reported
    known: bool = False                                    # already in the store: keeps its key

    @property
    def id(self) -> str:
        return f"handover/{self.key}"


@dataclass
class Resolution:
    """The output of resolve: what build writes."""

    articles: list[Article]
    extractions: list[Extraction]
    entities: dict[str, Entity]                 # entity id -> Entity
    mention_entity: dict[tuple[str, Span, str], str]  # (article id, span, kind) -> entity id
    events: list[Event]
    statements: list[tuple[Article, StatementClaim]]
    same_as: list[tuple[str, str]] = field(default_factory=list)  # confirmed merges: (kept id, other id)

    def entity_of(self, article: Article, mention: Mention | None) -> Entity | None:
        if mention is None:
            return None
        eid = self.mention_entity.get((article.id, mention.span, mention.kind.value))
        return self.entities.get(eid) if eid else None


@dataclass
class HoldingPeriod:
    """A span of time in which one force held one base, derived from dated handovers.
    ``start``/``end`` of None are open ends. Nodes are graph IRIs (rdflib URIRefs)."""

    key: str
    base: object
    holder: object
    start: date | None = None
    end: date | None = None
    started_by: object | None = None
    ended_by: object | None = None
    sources: set = field(default_factory=set)
    label: str = ""
