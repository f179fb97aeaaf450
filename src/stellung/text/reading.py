"""Reading inputs: files, folders, JSONL records, standard input and http(s) URLs.

Everything here turns an input into ``InputRecord`` objects, streaming, one at a
time. A record that cannot be read still comes out, with ``error`` set, so that a
batch loses nothing: the caller turns it into an error record in its place.

Decoding never guesses silently: UTF-8 first; otherwise charset detection
(charset-normalizer), then ftfy to repair mojibake; every fallback leaves a warning.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import ftfy

from ..errors import InputError
from ..settings import Settings
from .fetch import fetch_url

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
INPUT_FORMATS = ("auto", "text", "html", "jsonl")
# A page whose main content has no line of at least this many words holds menus,
# labels or a cookie notice, not an article (the shortest wire briefs run longer).
MIN_PROSE_WORDS = 5
RECORD_META = ("title", "url", "published", "outlet", "language")

# Magic numbers of formats people feed in by mistake, so the error can name them.
BINARY_SIGNATURES = (
    (b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "a legacy MS Office file"), (b"SQLite format 3\x00", "an SQLite database"),
)
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))

# ftfy repairs mojibake and control characters but must keep typographic quotes:
# „…“ and «…» are how quotes are found later.
FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html=False, explain=False, normalization="NFC")

_HTML_SNIFF = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<article|<\?xml[^>]*>\s*<html)", re.I)
_HTML_TAGS = re.compile(rb"<(?:p|div|br|h[1-6]|span|article|section)\b[^>]*>", re.I)
_JSON_ID = re.compile(r'"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+))')


@dataclass(slots=True)
class InputRecord:
    """One input record before analysis: text or HTML plus the metadata that came with it."""

    id: str | None = None
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    language: str | None = None
    source: str = ""
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def content_id(text: str) -> str:
    """The id of a record that came without one: a hash of its content, stable across runs."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


# ------------------------------------------------------------------ decoding

def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Bytes of unknown encoding -> text, with warnings for every guess made."""
    if not data.strip():
        raise InputError("empty input: nothing to analyse")
    for magic, what in BINARY_SIGNATURES:
        if data.startswith(magic):
            raise InputError(f"binary data, not text: this looks like {what}")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), []
    head = data[:65536]
    if b"\x00" in head:
        raise InputError("binary data, not text: it holds NUL bytes")
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls > len(head) * 0.05:
        raise InputError("binary data, not text: too many control bytes")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes (a truncated copy, a bad splice): keep the
    # UTF-8 reading and replace the broken bytes, rather than reading it all as cp1252.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    multibyte = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if multibyte and bad <= max(2, len(replaced) // 200):
        return replaced, [f"invalid UTF-8: {bad} broken byte sequence(s) replaced with U+FFFD"]
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("undecodable text: not UTF-8 and no other encoding fits")
    return str(best), [f"not UTF-8: decoded as {best.encoding}"]


def clean_text(text: str) -> str:
    """The text that offsets index: mojibake repaired, newlines unified, Unicode NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ftfy.fix_text(text, FTFY_CONFIG)
    text = unicodedata.normalize("NFC", text)
    # Trailing spaces on lines carry nothing and make paragraph detection fragile.
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    return text.strip()


# ------------------------------------------------------------------ HTML

@dataclass(slots=True)
class HtmlArticle:
    text: str
    title: str | None
    published: str | None
    author: str | None
    outlet: str | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """Main text and metadata of a web page, via trafilatura; paragraphs become blank-line separated."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken markup
        raise InputError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    if not any(len(p.split()) >= MIN_PROSE_WORDS for p in paragraphs):
        raise InputError("HTML with no article text: no paragraph of prose in the page's main content")
    return HtmlArticle(
        text="\n\n".join(paragraphs),
        title=getattr(doc, "title", None) or None,
        published=getattr(doc, "date", None) or None,
        author=getattr(doc, "author", None) or None,
        outlet=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or url,
    )


def looks_like_html(data: bytes) -> bool:
    head = data[:4096]
    return bool(_HTML_SNIFF.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


# ------------------------------------------------------------------ records

def iter_records(inputs: Iterable[str], settings: Settings, input_format: str = "auto",
                 stdin: BinaryIO | None = None) -> Iterator[InputRecord]:
    """Every record of every input, in order. Unreadable inputs yield a record with ``error``."""
    if input_format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {input_format!r}; use one of {', '.join(INPUT_FORMATS)}")
    for item in inputs:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = _read_limited(stream, settings.max_bytes, "standard input")
            except InputError as exc:
                yield InputRecord(id="stdin", source="stdin", error=str(exc))
                continue
            yield from _records_from_bytes(data, "stdin", input_format, settings, default_id=None)
        elif item.startswith(("http://", "https://")):
            yield _record_from_url(item, settings, input_format)
        else:
            path = Path(item)
            if path.is_dir():
                for sub in sorted(p for p in path.rglob("*") if p.is_file()):
                    if sub.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                        yield from _records_from_path(sub, settings, input_format)
            else:
                yield from _records_from_path(path, settings, input_format)


def _read_limited(stream: BinaryIO, limit: int, what: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{what} is larger than the {_mb(limit)} limit (--max-bytes)")
    return data


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _format_of(name: str, data: bytes | None, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    suffix = Path(name).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES or data is None:
        return "text"
    if looks_like_html(data):
        return "html"
    first = data.lstrip()[:1]
    if first == b"{":
        line = data.lstrip().split(b"\n", 1)[0]
        try:
            obj = json.loads(line)
        except ValueError:
            return "text"
        if isinstance(obj, dict) and ("text" in obj or "html" in obj):
            return "jsonl"
    return "text"


def _records_from_path(path: Path, settings: Settings, input_format: str) -> Iterator[InputRecord]:
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield InputRecord(id=path.name, source=source, error=f"cannot read {source}: {exc.strerror or exc}")
        return
    jsonl = input_format == "jsonl" or input_format == "auto" and path.suffix.lower() in JSONL_SUFFIXES
    if jsonl:
        # Streamed line by line: a JSONL dump may be far larger than memory.
        try:
            with path.open("rb") as fh:
                yield from _records_from_lines(fh, source, settings)
        except OSError as exc:
            yield InputRecord(id=path.name, source=source, error=f"cannot read {source}: {exc.strerror or exc}")
        return
    if size > settings.max_bytes:
        yield InputRecord(id=path.name, source=source,
                          error=f"{source} is {_mb(size)}, over the {_mb(settings.max_bytes)} limit (--max-bytes)")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputRecord(id=path.name, source=source, error=f"cannot read {source}: {exc.strerror or exc}")
        return
    yield from _records_from_bytes(data, source, input_format, settings, default_id=path.stem)


def _records_from_bytes(data: bytes, source: str, input_format: str, settings: Settings,
                        default_id: str | None) -> Iterator[InputRecord]:
    fmt = _format_of(source, data, input_format)
    if fmt == "jsonl":
        import io

        yield from _records_from_lines(io.BytesIO(data), source, settings)
        return
    try:
        text, warnings = decode_bytes(data)
    except InputError as exc:
        yield InputRecord(id=default_id, source=source, error=str(exc))
        return
    if fmt == "html":
        yield InputRecord(id=default_id, html=text, source=source, warnings=warnings)
    else:
        yield InputRecord(id=default_id, text=text, source=source, warnings=warnings)


def _records_from_lines(fh: BinaryIO, source: str, settings: Settings) -> Iterator[InputRecord]:
    for lineno, raw in enumerate(fh, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{lineno}"
        if len(raw) > settings.max_bytes:
            yield InputRecord(id=_guess_id(raw[:2000]), source=where,
                              error=f"record is {_mb(len(raw))}, over the {_mb(settings.max_bytes)} limit (--max-bytes)")
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputRecord(id=_guess_id(raw), source=where, error=f"line {lineno}: invalid UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        yield record_from_json(line, where)


def _guess_id(raw: bytes | str) -> str | None:
    """The id of a record too broken to parse, if it can still be read off the line."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    m = _JSON_ID.search(raw)
    if not m:
        return None
    return m.group(1) if m.group(1) is not None else m.group(2)


def record_from_json(line: str, where: str) -> InputRecord:
    """One JSONL line -> a record, or a record carrying the reason it is unusable."""
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return InputRecord(id=_guess_id(line), source=where, error=f"malformed JSON: {exc}")
    return record_from_mapping(obj, where)


def record_from_mapping(obj: object, where: str) -> InputRecord:
    if not isinstance(obj, dict):
        return InputRecord(source=where, error=f"a record must be a JSON object, got {type(obj).__name__}")
    rid = obj.get("id")
    rid = None if rid is None else str(rid)
    rec = InputRecord(id=rid, source=where)
    for key in RECORD_META:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            rec.error = f"field {key!r} must be a string, got {type(value).__name__}"
            return rec
        setattr(rec, key, value or None)
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        rec.error = 'the record has neither "text" nor "html"'
    elif text is not None and not isinstance(text, str) or html is not None and not isinstance(html, str):
        rec.error = '"text" and "html" must be strings'
    else:
        rec.text, rec.html = text, html if text is None else None
    return rec


def _record_from_url(url: str, settings: Settings, input_format: str) -> InputRecord:
    try:
        page = fetch_url(url, settings)
    except InputError as exc:
        return InputRecord(id=url, url=url, source=url, error=str(exc))
    rec = InputRecord(id=url, url=page.url, source=url)
    fmt = input_format
    if fmt == "auto":
        fmt = "html" if "html" in page.content_type or looks_like_html(page.body) else "text"
    try:
        text, rec.warnings = decode_bytes(page.body) if page.charset is None else _decode_declared(page.body, page.charset)
    except InputError as exc:
        rec.error = str(exc)
        return rec
    if fmt == "jsonl":
        rec.error = "JSONL over http is not supported: download the file and pass its path"
    elif fmt == "html":
        rec.html = text
    else:
        rec.text = text
    return rec


def _decode_declared(body: bytes, charset: str) -> tuple[str, list[str]]:
    """Honour the server's declared charset when it decodes cleanly; else detect."""
    try:
        return body.decode(charset), []
    except (LookupError, UnicodeDecodeError):
        return decode_bytes(body)
