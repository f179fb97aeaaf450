"""Ingest: inputs -> records -> analyses -> the store, idempotent and resumable.

Inputs are files and folders (recursive), JSONL dumps, RSS/Atom feed files (.xml, .rss,
.atom: each item's link and content or summary is a record), URL lists (.txt files whose
non-empty lines are all http(s) URLs: each URL is fetched) and URLs.

Idempotence: a record whose raw input (text or HTML, or its URL for URL lists) is already
stored is skipped before analysis, so a re-run costs little; after analysis, a document whose
cleaned text (sha256, ``documents.content_hash``) is stored already is an exact duplicate and
is not stored again; a near-duplicate is stored and linked to its original via
``documents.duplicate_of``. Results are written in batches, one transaction each: a killed
run leaves whole batches only, and the next run resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import re
import sqlite3
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..model import Analysis, Failure
from ..settings import Settings
from ..text.reading import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, InputRecord, iter_records
from . import dedup
from .store import add_analysis, add_error, connect, content_hash

if TYPE_CHECKING:
    from ..pipeline import Analyzer

FEED_SUFFIXES = {".xml", ".rss", ".atom"}
INGEST_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
_URL_LINE = re.compile(r"^https?://\S+$")


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    skipped: int = 0          # already in the store before analysis (a re-run)
    duplicates: int = 0       # same cleaned text as a stored document
    near_duplicates: int = 0  # stored, linked to their original
    failed: int = 0
    seconds: float = 0.0
    errors: list[tuple[str | None, str | None, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in ("read", "stored", "skipped", "duplicates", "near_duplicates", "failed")}
        out["seconds"] = round(self.seconds, 3)
        return out


# ------------------------------------------------------------------ inputs -> records

def _hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", errors="surrogatepass")).hexdigest()


def expand_inputs(inputs: Iterable[str], settings: Settings, input_format: str = "auto",
                  is_stored: Callable[[str], bool] | None = None) -> Iterator[InputRecord]:
    """Every record of every input, in order; ``is_stored(url)`` lets URL lists skip fetching."""
    for item in inputs:
        if item.startswith(("http://", "https://")) or item == "-":
            yield from _url_records([item], settings, input_format, is_stored) if item != "-" else \
                iter_records([item], settings, input_format)
            continue
        path = Path(item)
        if path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INGEST_SUFFIXES):
                yield from _file_records(sub, settings, input_format, is_stored)
        else:
            yield from _file_records(path, settings, input_format, is_stored)


def _file_records(path: Path, settings: Settings, input_format: str,
                  is_stored: Callable[[str], bool] | None) -> Iterator[InputRecord]:
    suffix = path.suffix.lower()
    if input_format == "auto" and suffix in FEED_SUFFIXES:
        yield from feed_records(path, settings)
        return
    if input_format == "auto" and suffix in TEXT_SUFFIXES:
        urls = url_list(path, settings)
        if urls is not None:
            yield from _url_records(urls, settings, input_format, is_stored)
            return
    yield from iter_records([str(path)], settings, input_format)


def url_list(path: Path, settings: Settings) -> list[str] | None:
    """The URLs of a .txt file whose non-empty lines are all http(s) URLs; None for any other file."""
    try:
        if path.stat().st_size > settings.max_bytes:
            return None
        lines = [line.strip() for line in path.read_text("utf-8", errors="replace").splitlines()]
    except OSError:
        return None
    lines = [line for line in lines if line and not line.startswith("#")]
    if lines and all(_URL_LINE.match(line) for line in lines):
        return lines
    return None


def _url_records(urls: list[str], settings: Settings, input_format: str,
                 is_stored: Callable[[str], bool] | None) -> Iterator[InputRecord]:
    for url in urls:
        if is_stored is not None and is_stored(url):
            yield InputRecord(id=url, url=url, source=url, warnings=["__stored__"])
            continue
        yield from iter_records([url], settings, input_format)


_BLOCK_END = re.compile(r"(?i)<\s*(?:/p|br\s*/?|/div|/li|/h[1-6]|/blockquote)\s*>")
_TAG = re.compile(r"<[^>]+>")


def html_fragment_text(fragment: str) -> str:
    """A feed item's HTML summary as plain text, one paragraph per block element."""
    text = _BLOCK_END.sub("\n\n", fragment)
    text = htmllib.unescape(_TAG.sub("", text))
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in text.split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def feed_records(path: Path, settings: Settings) -> Iterator[InputRecord]:
    """An RSS/Atom file's items as records: link as url, content (else summary) as text."""
    import feedparser

    source = str(path)
    try:
        if path.stat().st_size > settings.max_bytes:
            yield InputRecord(id=path.name, source=source, error=f"{source} is over the --max-bytes limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputRecord(id=path.name, source=source, error=f"cannot read {source}: {exc.strerror or exc}")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        why = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        yield InputRecord(id=path.name, source=source, error=f"not a feed, or a feed with no items{why}")
        return
    outlet = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, start=1):
        where = f"{source}#{n}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "") or ""
        text = html_fragment_text(body) if "<" in body else body.strip()
        title = entry.get("title") or None
        published = None
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            published = time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
        if not text:
            yield InputRecord(id=entry.get("id") or entry.get("link"), url=entry.get("link"), source=where,
                              error="feed item has no content or summary")
            continue
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}"
        yield InputRecord(id=entry.get("id") or entry.get("link") or None, text=text, title=title,
                          url=entry.get("link") or None, published=published, outlet=outlet, source=where)


# ------------------------------------------------------------------ ingest

class _Progress:
    """A Rich progress line on standard error: counts and rate; silent when disabled."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        if enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                SpinnerColumn(), TextColumn("[bold]ingest[/]"),
                TextColumn("{task.completed} records · {task.fields[counts]} · {task.fields[rate]}"),
                TimeElapsedColumn(), console=Console(stderr=True), transient=False)
            self.task = None

    def __enter__(self):
        if self.enabled:
            self.progress.__enter__()
            self.task = self.progress.add_task("ingest", total=None, counts="", rate="")
        return self

    def update(self, report: IngestReport, started: float) -> None:
        if not self.enabled:
            return
        elapsed = max(time.perf_counter() - started, 1e-6)
        counts = (f"{report.stored} stored, {report.skipped} skipped, {report.duplicates} duplicate, "
                  f"{report.near_duplicates} near-duplicate, {report.failed} failed")
        self.progress.update(self.task, completed=report.read, counts=counts, rate=f"{report.read / elapsed:.1f}/s")

    def log(self, message: str) -> None:
        if self.enabled:
            self.progress.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)

    def __exit__(self, *exc):
        if self.enabled:
            self.progress.__exit__(*exc)


def ingest(inputs: Iterable[str], db: str | Path | sqlite3.Connection, *, analyzer: "Analyzer | None" = None,
           settings: Settings | None = None, input_format: str = "auto", progress: bool = False,
           commit_every: int | None = None, limit: int | None = None) -> IngestReport:
    """Analyse and store every record of ``inputs``; returns the counts. ``limit`` stops after
    that many records are read (used to simulate an interrupted run)."""
    if analyzer is None:
        from ..pipeline import Analyzer

        analyzer = Analyzer(settings or Settings.from_env())
    settings = analyzer.settings
    conn = db if isinstance(db, sqlite3.Connection) else connect(db)
    commit_every = commit_every or settings.batch_size
    report = IngestReport()
    started = time.perf_counter()
    near = dedup.NearDuplicates.load(conn)
    pending: deque[tuple[str | None, str | None, bool]] = deque()  # (source, source hash, already stored)

    def is_stored_url(url: str) -> bool:
        return conn.execute("SELECT 1 FROM documents WHERE source = ? OR url = ? LIMIT 1", (url, url)).fetchone() is not None

    def records() -> Iterator[InputRecord]:
        for n, rec in enumerate(expand_inputs(inputs, settings, input_format, is_stored_url)):
            if limit is not None and n >= limit:
                return
            stored = rec.warnings == ["__stored__"]
            raw = rec.text if rec.text is not None else rec.html
            shash = _hash(raw) if raw is not None else None
            if not stored and shash is not None:
                stored = conn.execute("SELECT 1 FROM documents WHERE source_hash = ? LIMIT 1", (shash,)).fetchone() is not None
            if stored:
                # Not analysed: a stand-in that the analyzer turns into a cheap Failure we recognise.
                rec = InputRecord(id=rec.id, source=rec.source, error="__stored__")
            pending.append((rec.source, shash, stored))
            yield rec

    in_batch = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        with _Progress(progress) as bar:
            for result in analyzer.analyze_stream(records()):
                source, shash, stored = pending.popleft()
                report.read += 1
                if stored:
                    report.skipped += 1
                elif isinstance(result, Failure):
                    report.failed += 1
                    report.errors.append((result.source or source, result.id, result.error))
                    add_error(conn, result.source or source, result.id, result.error)
                    bar.log(f"stellung: {result.source or source or result.id}: {result.error}")
                else:
                    _store(conn, result, source, shash, near, report, bar)
                in_batch += 1
                if in_batch >= commit_every:
                    conn.execute("COMMIT")
                    conn.execute("BEGIN IMMEDIATE")
                    in_batch = 0
                bar.update(report, started)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        report.seconds = time.perf_counter() - started
        if not isinstance(db, sqlite3.Connection):
            conn.close()
    return report


def _store(conn: sqlite3.Connection, analysis: Analysis, source: str | None, shash: str | None,
           near: dedup.NearDuplicates, report: IngestReport, bar: _Progress) -> None:
    text = analysis.document.text
    if conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash(text),)).fetchone():
        report.duplicates += 1
        return
    doc_id = analysis.document.id
    if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
        # Another text under an id already stored: keep both, the newcomer under a suffixed id.
        new_id = f"{doc_id}~{content_hash(text)[:8]}"
        bar.log(f"stellung: {source}: id {doc_id!r} is taken by another document; stored as {new_id!r}")
        analysis.warnings.append(f"id {doc_id!r} was taken by another document in the corpus; stored as {new_id!r}")
        doc_id = new_id
    m = dedup.minhash(text)
    original = near.find(m)
    if original:
        report.near_duplicates += 1
    add_analysis(conn, analysis, source=source, source_hash=shash, duplicate_of=original,
                 signature=dedup.to_bytes(m), doc_id=doc_id)
    near.add(doc_id, m, original)
    report.stored += 1
