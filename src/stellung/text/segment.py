"""Paragraphs, headline and boilerplate of a cleaned text.

Boilerplate is found in two ways:
- patterns, one YAML file a language in ``boilerplate/`` (data, not code), each
  matching a whole line. All languages' patterns apply to every document: a
  translated article often keeps its source site's German or French call to action.
- structure: a headline-like line standing alone inside the body (no sentence
  punctuation, between paragraphs of prose) is a related-article teaser or a
  crosshead, not reporting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import KnowledgeError
from ..model import Boilerplate, Paragraph

KINDS = ("call_to_action", "teaser", "byline", "caption", "navigation", "other")

# A headline or a teaser is short. The longest headlines on the front pages of
# English and German news sites run to about 20 words; 25 leaves room for kickers.
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 220
# A teaser shows a whole headline; shorter standalone lines are crossheads.
TEASER_MIN_WORDS = 6
# Pattern rules only judge short lines: a long line is prose, whatever it starts with.
PATTERN_MAX_WORDS = 40

# A line ending like this finishes a sentence or, with a colon, introduces what follows
# ("He said:"): either way it is prose, not a standalone headline.
_SENTENCE_END = re.compile(r"[.!?…;,:]['\"’”“»«)\]]*$")
_INNER_SENTENCE_END = re.compile(r"[a-z)][.!?]['\"’”]?\s+[A-Z]")
_QUOTE_OPEN = "\"'“”„«»‹›‚‘’「『"
_BULLETS = " \t•·▪►▶›»>|-–—*"
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_KICKER = re.compile(r"^[^:]{2,80}:\s+\S")
_TITLE_SMALL_WORDS = {"and", "the", "for", "but", "nor", "yet", "via", "per", "von", "van", "der", "des", "del", "off"}
_SHORT_KICKER = re.compile(r"^(?:\S+\s+){0,3}\S+:\s+\S")


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: str
    regex: re.Pattern
    source: str  # "en.yaml: call_to_action #3", for the boilerplate's `rule`


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str
    paragraph: int


def load_patterns(extra_files: tuple[str, ...] = ()) -> tuple[Pattern, ...]:
    """Packaged pattern files plus the user's; compiled once per set of files."""
    return _load_patterns(tuple(extra_files))


@lru_cache(maxsize=8)
def _load_patterns(extra_files: tuple[str, ...]) -> tuple[Pattern, ...]:
    out: list[Pattern] = []
    folder = resources.files(__package__) / "boilerplate"
    packaged = sorted((p for p in folder.iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name)
    for entry in [*packaged, *map(Path, extra_files)]:
        out.extend(_parse_pattern_file(entry.name, entry.read_text(encoding="utf-8")))
    return tuple(out)


def _parse_pattern_file(name: str, content: str) -> list[Pattern]:
    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{name}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("patterns"), dict):
        raise KnowledgeError(f"{name}: expected a mapping with 'language' and 'patterns'")
    out = []
    for kind, entries in data["patterns"].items():
        if kind not in KINDS:
            raise KnowledgeError(f"{name}: unknown kind {kind!r}; kinds are {', '.join(KINDS)}")
        if not isinstance(entries, list):
            raise KnowledgeError(f"{name}: {kind}: expected a list of patterns")
        for i, entry in enumerate(entries, start=1):
            case_sensitive = False
            if isinstance(entry, dict):
                pattern, case_sensitive = entry.get("pattern"), bool(entry.get("case_sensitive", False))
            else:
                pattern = entry
            if not isinstance(pattern, str) or not pattern:
                raise KnowledgeError(f"{name}: {kind} #{i}: a pattern must be a non-empty string")
            try:
                regex = re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)
            except re.error as exc:
                raise KnowledgeError(f"{name}: {kind} #{i}: bad regular expression: {exc}") from None
            out.append(Pattern(kind, regex, f"{name}: {kind} #{i}"))
    return out


def split_paragraphs(text: str) -> list[Paragraph]:
    """Blank lines separate paragraphs; a text with none has a paragraph a line,
    unless its lines are hard-wrapped prose, which is then one paragraph."""
    spans: list[tuple[int, int]] = []
    if not _BLANK_LINES.search(text) and _hard_wrapped(text):
        spans.append((0, len(text)))
    elif _BLANK_LINES.search(text):
        pos = 0
        for m in _BLANK_LINES.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
    else:
        pos = 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Paragraph(len(out), start, end))
    return out


def _hard_wrapped(text: str) -> bool:
    """Most lines stop mid-sentence: the text was wrapped at a fixed width."""
    lines = [line.strip() for line in text.split("\n")[:-1] if line.strip()]
    if len(lines) < 3:
        return False
    open_ended = sum(1 for line in lines if not _SENTENCE_END.search(line) and len(line) > 40)
    return open_ended > len(lines) / 2


def split_lines(text: str, paragraphs: list[Paragraph]) -> list[Line]:
    lines = []
    for para in paragraphs:
        pos = para.start
        for raw in text[para.start:para.end].split("\n"):
            start, end = pos, pos + len(raw)
            pos = end + 1
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                lines.append(Line(start + lead, start + lead + len(stripped), stripped, para.index))
    return lines


def is_title_like(line: str) -> bool:
    """A line that reads like a headline: short, no closing sentence punctuation, not a quote."""
    words = line.split()
    if not words or len(words) > TITLE_MAX_WORDS or len(line) > TITLE_MAX_CHARS:
        return False
    if _SENTENCE_END.search(line) or line[0] in _QUOTE_OPEN or line[-1] in _QUOTE_OPEN:
        return False
    if _INNER_SENTENCE_END.search(line):  # two sentences on one line: prose
        return False
    first = line.lstrip(_BULLETS)
    return bool(first) and (first[0].isupper() or first[0].isdigit())


def _is_headline(line: str) -> bool:
    """The first line is a headline if title-like, or if only a closing full stop
    stands against it while its Title Case or its "Kicker: ..." form says headline
    (some feeds end every headline with a full stop)."""
    if is_title_like(line):
        return True
    if not line.endswith(".") or line[0] in _QUOTE_OPEN:
        return False
    bare = line[:-1].rstrip("'’”\"")
    if not is_title_like(bare.replace("’", "").replace("‘", "")):
        return False
    return _is_title_case(bare) or bool(_SHORT_KICKER.match(bare))


def _is_title_case(line: str) -> bool:
    # Words of three letters or more, less the function words Title Case leaves in
    # lower case. 85%: a sentence about named people and places ("Leaders met in Rome
    # on Monday") still has a lower-case verb or noun among four or five such words.
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) >= 3 and w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def _match_line(line: str, patterns: tuple[Pattern, ...]) -> Pattern | None:
    core = line.strip(_BULLETS)
    if not core or len(core.split()) > PATTERN_MAX_WORDS:
        return None
    for pat in patterns:
        if pat.regex.fullmatch(core):
            return pat
    return None


def find_boilerplate(text: str, paragraphs: list[Paragraph], patterns: tuple[Pattern, ...],
                     title: str | None = None) -> tuple[str | None, list[Boilerplate]]:
    """(headline, boilerplate spans) of a text. ``title`` is a title known from metadata."""
    lines = split_lines(text, paragraphs)
    found: list[Boilerplate] = []
    headline = None
    for i, line in enumerate(lines):
        pat = _match_line(line.text, patterns)
        if pat is not None:
            found.append(Boilerplate(line.start, line.end, line.text, pat.kind, pat.source))
            continue
        first_or_title = i == 0 or (title and line.text == title.strip())
        if first_or_title and headline is None and _is_headline(line.text) and _stands_alone(line, lines, i):
            headline = line.text
            found.append(Boilerplate(line.start, line.end, line.text, "headline", "first line, title-like"))
            continue
        if i > 0 and _is_body_teaser(line, lines, i):
            kind = "teaser" if _KICKER.match(line.text) or len(line.text.split()) >= TEASER_MIN_WORDS else "other"
            rule = "standalone headline-like line in the body" if kind == "teaser" else "crosshead"
            found.append(Boilerplate(line.start, line.end, line.text, kind, rule))
    return headline, found


def _stands_alone(line: Line, lines: list[Line], i: int) -> bool:
    """The line is followed by a paragraph break or a new sentence (not a wrapped sentence);
    a text of one line has no headline: it is all there is."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and (nxt.paragraph != line.paragraph or nxt.text[:1].isupper())


def _is_body_teaser(line: Line, lines: list[Line], i: int) -> bool:
    """A headline-like line between prose: its own paragraph, after a finished sentence."""
    if not is_title_like(line.text):
        return False
    prev = lines[i - 1]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    own_paragraph = prev.paragraph != line.paragraph and (nxt is None or nxt.paragraph != line.paragraph)
    if not own_paragraph:
        return False
    # The line before must finish a sentence: otherwise this may be the tail of a
    # wrapped sentence rather than a line of its own.
    prev_done = bool(_SENTENCE_END.search(prev.text)) or prev.text[-1:] in _QUOTE_OPEN
    # The last line of a text is a teaser only if prose precedes it; a short last line
    # like a place or a signature is left alone.
    return prev_done and (nxt is not None or len(line.text.split()) >= TEASER_MIN_WORDS)
