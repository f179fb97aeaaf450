"""The Analyzer: load models once, then analyse records as a stream.

    from stellung import Analyzer
    analyzer = Analyzer()
    for result in analyzer.analyze_inputs(["news.jsonl"]):
        print(result.to_dict())

Records flow in chunks of ``Settings.batch_size``: each chunk is read and cleaned,
parsed with one ``nlp.pipe`` call, turned into analyses and yielded in input order
before the next chunk is read, so memory stays flat however long the input. With
``workers > 1`` chunks go to worker processes, at most two per worker in flight.
"""

from __future__ import annotations

import multiprocessing as mp
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import BinaryIO

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .components import TITLE_KEY
from .errors import InputError, StellungError
from .actors.resolve import PUBLISHED_KEY, WARNINGS_KEY
from .model import Actor, Analysis, Document, Event, Failure, Mention, Quote, Relation, Sentence, Span
from .nlp import load_blank, load_pipeline, pipeline_name
from .settings import Settings
from .text.language import detect_language
from .text.reading import InputRecord, clean_text, content_id, extract_html, iter_records

# Stages after segmentation, in order. Each later issue fills one; until then the
# analysis says "not built" so that an empty list is never read as "none found".
EXTRACTION_STAGES = ("actors", "quotes", "events", "relations")
NOT_BUILT = "not built in this version"


@dataclass(slots=True)
class _Prepared:
    record: InputRecord
    document: Document
    warnings: list[str] = field(default_factory=list)
    doc: Doc | None = None
    nlp: Language | None = None


class Analyzer:
    """Loads the spaCy pipeline and the data files once; analyses any number of records."""

    def __init__(self, settings: Settings | None = None, **overrides):
        self.settings = settings or Settings.from_env(**overrides)
        self.nlp = load_pipeline(self.settings.model, self.settings.boilerplate_files, self.settings.kb_dirs,
                                 self.settings.lexicon_dirs, self.settings.partyless_events)
        self.built_stages = {stage for stage, component in (
            ("actors", "stellung_actors"), ("quotes", "stellung_quotes"),
            ("events", "stellung_events"), ("relations", "stellung_events")) if component in self.nlp.pipe_names}
        self.language = self.nlp.lang
        self.pipeline_info = {"stellung": __version__, "model": pipeline_name(self.nlp)}

    # ------------------------------------------------------------ public API

    def analyze(self, text_or_html: str, **meta) -> Analysis:
        """One document; ``meta`` takes id, title, url, published, outlet, language, html=True."""
        is_html = meta.pop("html", None)
        if is_html is None:
            is_html = text_or_html.lstrip()[:1] == "<" and "</" in text_or_html
        record = InputRecord(source="api", **meta)
        if is_html:
            record.html = text_or_html
        else:
            record.text = text_or_html
        result = next(self.analyze_records([record]))
        if isinstance(result, Failure):
            raise InputError(result.error)
        return result

    def analyze_inputs(self, inputs: Iterable[str], input_format: str = "auto",
                       stdin: BinaryIO | None = None) -> Iterator[Analysis | Failure]:
        """Files, folders, URLs or "-" for standard input -> analyses, in input order."""
        records = iter_records(inputs, self.settings, input_format, stdin=stdin)
        yield from self.analyze_stream(records)

    def analyze_stream(self, records: Iterable[InputRecord]) -> Iterator[Analysis | Failure]:
        """Records -> analyses in input order, in ``Settings.workers`` processes when above 1."""
        if self.settings.workers > 1:
            yield from self._analyze_parallel(iter(records))
        else:
            yield from self.analyze_records(records)

    def analyze_records(self, records: Iterable[InputRecord]) -> Iterator[Analysis | Failure]:
        it = iter(records)
        while chunk := list(islice(it, self.settings.batch_size)):
            yield from self._analyze_chunk(chunk)

    # ------------------------------------------------------------ stages

    def _analyze_chunk(self, chunk: list[InputRecord]) -> list[Analysis | Failure]:
        prepared: list[_Prepared | Failure] = [self._prepare(r) for r in chunk]
        main = [p for p in prepared if isinstance(p, _Prepared) and p.nlp is self.nlp]
        self._parse(main)
        for p in prepared:
            if isinstance(p, _Prepared) and p.nlp is not self.nlp:
                self._parse([p])
        out: list[Analysis | Failure] = []
        for p in prepared:
            if isinstance(p, Failure):
                out.append(p)
            elif p.doc is None:
                out.append(Failure(p.document.id, p.warnings[-1] if p.warnings else "parse failed", p.record.source))
            else:
                try:
                    out.append(self._build(p))
                except Exception as exc:  # one bad document never stops a batch
                    out.append(Failure(p.document.id, f"internal error: {type(exc).__name__}: {exc}", p.record.source))
        return out

    def _prepare(self, record: InputRecord) -> _Prepared | Failure:
        """Read, clean and identify one record; choose the pipeline for its language."""
        if record.error:
            return Failure(record.id, record.error, record.source)
        try:
            return self._prepare_record(record)
        except StellungError as exc:
            return Failure(record.id, str(exc), record.source)
        except Exception as exc:
            return Failure(record.id, f"internal error: {type(exc).__name__}: {exc}", record.source)

    def _prepare_record(self, record: InputRecord) -> _Prepared:
        warnings = list(record.warnings)
        title, published, outlet, url, author = record.title, record.published, record.outlet, record.url, None
        if record.html is not None:
            article = extract_html(record.html, record.url)
            raw = article.text
            title = title or article.title
            published = published or article.published
            outlet = outlet or article.outlet
            url = url or article.url
            author = article.author
        else:
            raw = record.text or ""
        text = clean_text(raw)
        if not text:
            raise InputError("empty input: no text after cleaning")
        if "\ufffd" in text and not any("U+FFFD" in w for w in warnings):
            warnings.append("the text holds U+FFFD replacement characters: it was damaged before it got here")
        if len(text) > self.nlp.max_length:
            raise InputError(f"text has {len(text):,} characters, over the pipeline's limit of "
                             f"{self.nlp.max_length:,}; split it into articles")
        if record.language:
            language, confidence = record.language.lower(), None
        else:
            guess = detect_language(text, self.language, self.settings.min_language_confidence)
            language, confidence = guess.language, guess.confidence
            if guess.fallback:
                warnings.append(f"language unsure (confidence {guess.confidence:.2f}); taken to be '{language}'")
        document = Document(
            id=record.id or content_id(text), text=text, language=language, title=title, url=url,
            outlet=outlet, published=published, author=author, language_confidence=confidence,
        )
        if language == self.language:
            nlp = self.nlp
        else:
            nlp = load_blank(language, self.settings.boilerplate_files)
            warnings.append(f"language '{language}' is not the pipeline's ('{self.language}'): read and segmented "
                            f"only; skipped {', '.join(EXTRACTION_STAGES)}")
        prepared = _Prepared(record, document, warnings, nlp=nlp)
        prepared.doc = nlp.make_doc(text)
        if title:
            prepared.doc.user_data[TITLE_KEY] = title
        if published:
            prepared.doc.user_data[PUBLISHED_KEY] = published
        return prepared

    def _parse(self, items: list[_Prepared]) -> None:
        """Run the pipeline over the documents in one nlp.pipe call; isolate failures."""
        if not items:
            return
        nlp = items[0].nlp
        try:
            docs = list(nlp.pipe([p.doc for p in items], batch_size=self.settings.batch_size))
        except Exception as exc:
            if len(items) == 1:
                items[0].warnings.append(f"the pipeline failed on this text: {type(exc).__name__}: {exc}")
                items[0].doc = None
                return
            for p in items:  # find the one that fails; the others still get parsed
                self._parse([p])
            return
        for p, doc in zip(items, docs):
            p.doc = doc

    def _build(self, p: _Prepared) -> Analysis:
        doc, document = p.doc, p.document
        document.paragraphs = doc._.stellung_paragraphs or []
        document.boilerplate = doc._.stellung_boilerplate or []
        if document.title is None and doc._.stellung_headline:
            document.title = doc._.stellung_headline
        analysis = Analysis(document=document, warnings=p.warnings + list(doc.user_data.get(WARNINGS_KEY, [])),
                            pipeline=dict(self.pipeline_info))
        analysis.sentences = _sentences(doc, document)
        analysis.stages = {"reading": "done", "segmentation": "done"}
        skipped = p.nlp is not self.nlp
        for stage in EXTRACTION_STAGES:
            if skipped:
                analysis.stages[stage] = f"skipped: language '{document.language}'"
            else:
                analysis.stages[stage] = "done" if stage in self.built_stages else NOT_BUILT
        if not skipped and "actors" in self.built_stages:
            analysis.actors = _actors(doc, analysis)
        if not skipped and "quotes" in self.built_stages:
            analysis.quotes = _quotes(doc, analysis)
        if not skipped and "events" in self.built_stages:
            analysis.events, analysis.relations = _events(doc, analysis, self.nlp)
        return analysis

    # ------------------------------------------------------------ processes

    def _analyze_parallel(self, records: Iterator[InputRecord]) -> Iterator[Analysis | Failure]:
        methods = mp.get_all_start_methods()
        ctx = mp.get_context("fork" if "fork" in methods else "spawn")
        workers = self.settings.workers
        with ctx.Pool(workers, initializer=_worker_init, initargs=(self.settings,)) as pool:
            pending: deque = deque()
            it = iter(records)
            while True:
                while len(pending) < 2 * workers and (chunk := list(islice(it, self.settings.batch_size))):
                    pending.append(pool.apply_async(_worker_run, (chunk,)))
                if not pending:
                    break
                yield from pending.popleft().get()


_WORKER: Analyzer | None = None


def _worker_init(settings: Settings) -> None:
    global _WORKER
    _WORKER = Analyzer(settings)


def _worker_run(chunk: list[InputRecord]) -> list[Analysis | Failure]:
    return _WORKER._analyze_chunk(chunk)


def _sentences(doc: Doc, document: Document) -> list[Sentence]:
    """Sentences with surrounding whitespace trimmed, their paragraph and boilerplate kind."""
    text = document.text
    para_starts = [p.start for p in document.paragraphs]
    spans = sorted((b.start, b.end, b.kind) for b in document.boilerplate)
    out: list[Sentence] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        paragraph = max(0, bisect_right(para_starts, start) - 1)
        kind = next((k for s, e, k in spans if s < end and start < e), None)
        out.append(Sentence(len(out), start, end, paragraph, kind))
    return out


def _actors(doc: Doc, analysis: Analysis) -> list[Actor]:
    """The actor stage's results as model objects: each actor once, mentions in text order,
    actors in order of their first mention (an enclosing mention before one inside it)."""
    infos = doc._.stellung_actors or {}
    text = analysis.document.text  # Doc.text rebuilds the string on every call
    actors: dict[str, Actor] = {}
    for hit in doc._.stellung_mentions or []:
        info = infos[hit.actor]
        actor = actors.get(info.id)
        if actor is None:
            actor = actors[info.id] = Actor(info.id, info.name, info.kind, info.country, info.sector, roles=list(info.roles))
        start, end = doc[hit.start].idx, doc[hit.end - 1].idx + len(doc[hit.end - 1].text)
        sentence = analysis.sentence_at(start)
        actor.mentions.append(Mention(start, end, text[start:end], sentence.index if sentence else -1, hit.how,
                                       hit.context))
    return list(actors.values())


def _quotes(doc: Doc, analysis: Analysis) -> list[Quote]:
    text = analysis.document.text
    out = []
    for n, hit in enumerate(doc._.stellung_quotes or [], start=1):
        sentences = [s.index for s in analysis.sentences if s.start < hit.end and hit.start < s.end]
        out.append(Quote(
            f"q{n}", hit.kind, hit.start, hit.end, text[hit.start:hit.end], hit.speaker,
            Span.of(text, *hit.speaker_span) if hit.speaker_span else None,
            Span.of(text, *hit.cue) if hit.cue else None, hit.addressee, sentences,
            [Span.of(text, s, e) for s, e in hit.parts]))
    return out


def _events(doc: Doc, analysis: Analysis, nlp) -> tuple[list[Event], list[Relation]]:
    """Events and relations as model objects. Attribution: an event in a quote is the
    quote's speaker's claim; an actor an event or relation names but the text did not
    (a leader's state, the speaker's state) is added to the actors without mentions."""
    text = analysis.document.text
    quotes = analysis.quotes
    known = {a.id for a in analysis.actors}
    needed: set[str] = set()
    events = []
    for n, hit in enumerate(doc._.stellung_events or [], start=1):
        start, end = doc[hit.trigger[0]].idx, doc[hit.trigger[1] - 1].idx + len(doc[hit.trigger[1] - 1].text)
        sentence = analysis.sentence_at(start)
        quote = quotes[hit.quote] if hit.quote is not None and hit.quote < len(quotes) else None
        entry = hit.entry
        cameo = hit.cameo(nlp.get_pipe("stellung_events").lexicon)
        events.append(Event(
            f"e{n}", hit.type, list(hit.actors), list(hit.recipients), Span.of(text, start, end),
            sentence.index if sentence else -1, hit.negated, hit.modality,
            source=quote.speaker if quote else None, quote=quote.id if quote else None,
            mode=entry.mode if entry is not None and hit.intent is None else (hit.intent.lower() if hit.intent else None),
            context=list(entry.context) if entry else [], score=entry.score if entry else None,
            cameo_root=(cameo or "")[:2] or None, location=hit.location))
        needed.update(hit.actors, hit.recipients, [hit.location] if hit.location else [])
    relations = []
    for n, hit in enumerate(doc._.stellung_relations or [], start=1):
        sentence = analysis.sentence_at(doc[hit.token].idx)
        quote = quotes[hit.quote] if hit.quote is not None and hit.quote < len(quotes) else None
        relations.append(Relation(f"r{n}", hit.type, hit.subject, hit.object, sentence.index if sentence else -1,
                                  hit.negated, hit.modality, quote.speaker if quote else None, quote.id if quote else None))
        needed.update((hit.subject, hit.object))
    needed.update(e.source for e in events if e.source)
    missing = needed - known
    if missing and "stellung_actors" in nlp.pipe_names:
        kb = nlp.get_pipe("stellung_actors").kb
        infos = doc._.stellung_actors or {}
        for ident in sorted(missing):
            info = infos.get(ident)
            entry = kb.entries.get(ident)
            if info is not None:
                analysis.actors.append(Actor(info.id, info.name, info.kind, info.country, info.sector, roles=list(info.roles)))
            elif entry is not None:
                analysis.actors.append(Actor(entry.id, entry.name, entry.kind, entry.country, entry.sector))
    known = {a.id for a in analysis.actors}
    events = [e for e in events if all(a in known for a in (*e.actors, *e.recipients))]
    relations = [r for r in relations if r.subject in known and r.object in known]
    return events, relations


def analyze(text_or_html: str, **meta) -> Analysis:
    """Analyse one text or HTML page with a shared default Analyzer."""
    return _default_analyzer().analyze(text_or_html, **meta)


_DEFAULT: Analyzer | None = None


def _default_analyzer() -> Analyzer:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyzer()
    return _DEFAULT
