"""The document model: what one analysis holds, and how it becomes the JSON contract.

Every class here serialises with ``to_dict()`` to exactly the shape that
``schema/analysis.schema.json`` (schema_version "1") describes. Offsets are
character offsets ``[start, end)`` into ``Document.text``. Fields beyond the
schema (``warnings``, ``pipeline``, sentence ``boilerplate``) are extensions the
schema allows; the schema's own fields keep their meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1"

BoilerplateKind = Literal["headline", "teaser", "call_to_action", "byline", "caption", "navigation", "other"]
MentionHow = Literal["name", "alias", "metonym", "demonym", "pronoun", "description"]
ActorKind = Literal["state", "person", "igo", "ngo", "organization", "armed_group", "media", "place", "group", "other"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "future", "hypothetical", "possible", "predicted", "intended", "historical"]

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
RELATION_TYPES = (
    "member_of", "partner_of", "allied_with", "opposes", "supports", "designates_terrorist",
    "military_presence_in", "guarantor_of", "leader_of", "part_of", "affiliated_with",
)


@dataclass(slots=True)
class Span:
    """A stretch of ``Document.text``; ``text`` is always ``document.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, doc_text: str, start: int, end: int) -> "Span":
        return cls(start, end, doc_text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Boilerplate:
    """A stretch that is not the article's own reporting (excluded from extraction)."""

    start: int
    end: int
    text: str
    kind: BoilerplateKind
    rule: str | None = None  # which pattern or heuristic found it: the "why" of the decision

    def to_dict(self) -> dict[str, Any]:
        out = {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}
        if self.rule:
            out["rule"] = self.rule
        return out


@dataclass(slots=True)
class Paragraph:
    index: int
    start: int
    end: int


@dataclass(slots=True)
class Document:
    id: str
    text: str
    language: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    language_confidence: float | None = None
    boilerplate: list[Boilerplate] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "author": self.author,
            "language": self.language,
            "language_confidence": self.language_confidence,
            "text": self.text,
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "paragraphs": [{"index": p.index, "start": p.start, "end": p.end} for p in self.paragraphs],
        }


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    boilerplate: BoilerplateKind | None = None  # set when the sentence lies in a boilerplate span

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"index": self.index, "start": self.start, "end": self.end, "paragraph": self.paragraph}
        if self.boilerplate:
            out["boilerplate"] = self.boilerplate
        return out


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    sentence: int
    how: MentionHow
    context: bool = False  # the country comes from where it happens ("police detained …"), not its words

    def to_dict(self) -> dict[str, Any]:
        out = {"start": self.start, "end": self.end, "text": self.text, "sentence": self.sentence, "how": self.how}
        if self.context:
            out["country_from"] = "context"
        return out


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: str | None
    sector: str | None
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def code(self) -> str | None:
        """CAMEO-style country + sector code, e.g. RUSGOV."""
        if not self.country:
            return None
        return self.country + (self.sector or "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
            "sector": self.sector, "code": self.code, "roles": list(self.roles),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Quote:
    id: str
    kind: QuoteKind
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_span: Span | None
    cue: Span | None
    addressee: str | None = None
    sentences: list[int] = field(default_factory=list)
    # The stretches in quote marks of a split quote ("…,” he said, “…”); one part otherwise.
    parts: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "start": self.start, "end": self.end, "text": self.text,
            "speaker": self.speaker,
            "speaker_span": self.speaker_span.to_dict() if self.speaker_span else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "addressee": self.addressee, "sentences": list(self.sentences),
            "parts": [p.to_dict() for p in self.parts],
        }


@dataclass(slots=True)
class Event:
    id: str
    type: str
    actors: list[str]
    recipients: list[str]
    trigger: Span
    sentence: int
    negated: bool = False
    modality: Modality = "asserted"
    source: str | None = None
    quote: str | None = None
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    score: float | None = None
    cameo_root: str | None = None
    location: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "context": list(self.context),
            "actors": list(self.actors), "recipients": list(self.recipients),
            "trigger": self.trigger.to_dict(), "sentence": self.sentence, "negated": self.negated,
            "modality": self.modality, "source": self.source, "quote": self.quote,
            "score": self.score, "cameo_root": self.cameo_root, "location": self.location, "date": self.date,
        }


@dataclass(slots=True)
class Relation:
    id: str
    type: str
    subject: str
    object: str
    sentence: int
    negated: bool = False
    modality: Modality = "asserted"
    source: str | None = None
    quote: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "subject": self.subject, "object": self.object,
            "sentence": self.sentence, "negated": self.negated, "modality": self.modality,
            "source": self.source, "quote": self.quote,
        }


@dataclass(slots=True)
class Analysis:
    """One analysed document: the unit that ``stellung analyze`` prints."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Which stages ran, which were skipped and why; the text summary reads this so
    # that an empty list is never mistaken for "looked and found nothing".
    stages: dict[str, str] = field(default_factory=dict)
    pipeline: dict[str, str] = field(default_factory=dict)

    ok = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "document": self.document.to_dict(),
            "sentences": [s.to_dict() for s in self.sentences],
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "relations": [r.to_dict() for r in self.relations],
            "warnings": list(self.warnings),
            "stages": dict(self.stages),
            "pipeline": dict(self.pipeline),
        }

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding a character offset (binary search over sorted sentences)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


@dataclass(slots=True)
class Failure:
    """A record that could not be analysed; it takes the analysis's place in a batch."""

    id: str | None
    error: str
    source: str | None = None  # where the record came from: a path, "path:line", a URL, "stdin"

    ok = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"document": {"id": self.id}, "error": self.error}
        if self.source:
            out["source"] = self.source
        return out
