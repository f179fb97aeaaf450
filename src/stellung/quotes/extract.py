"""Quotes and reported speech, with speaker, cue and addressee.

The ``stellung_quotes`` spaCy component runs after ``stellung_actors``:

1. direct quotes: quote marks of every common style are paired by a scanner that
   knows which closer each opener takes („…“ and „…”, “…”, «…», »…«, ‚…‘, ‘…’, "…", '…'),
   tells apostrophes from closing marks, lets a quote run on over paragraphs that open
   with a quote mark, and closes an unbalanced quote at its paragraph's end;
2. each direct quote's cue and speaker: a cue verb after it ("…,” he said; "…“
   concluded the member of …"), or before it ("X said: „…“"); split quotes ("…,” he
   said, “…”) become one quote of two parts; a quote with no cue of its own continues
   the previous speaker's quote; a dash signs a quote ("“…” ― Maria Ortega"); a
   paragraph opened by a speaker's label is a statement (headline "Ortega: …",
   transcript turn '"HOST: …');
3. reported speech: a cue verb with a clause ("X said (that) …", "…, X said", "X told
   Y …"; a cue set off by commas reports its whole sentence), with an object that
   stands for a statement ("denied the report", "wants to cut taxes", "called for
   more aid"), "According to X, …", or a statement noun ("the minister's claim that …",
   "the governor's refusal to …").

Reported speech inside reported speech is part of the outer statement: of hits whose
cue lies inside another's content only the outer one is kept. The headline takes part;
other boilerplate does not.

Speakers are resolved through the actor stage (``doc._.stellung_token_actor``), so
"he" and "the senator" become the person they stand for. Results: ``doc._.stellung_quotes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language

from ..components import boilerplate_tokens
from ..errors import KnowledgeError
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

if not Doc.has_extension("stellung_quotes"):
    Doc.set_extension("stellung_quotes", default=None)

# opener -> the marks that can close it (a typewriter " also closes a curly “ in
# texts that mix the two)
CLOSERS = {
    "“": "”\"", "„": "“”", "«": "»", "»": "«", "‚": "‘’", "‘": "’", '"': '"', "'": "'",
    "‹": "›", "›": "‹", "「": "」", "『": "』",
}
OPEN_BEFORE = set(" \t\n([{—–-/:;,") | set(CLOSERS)
# A quote of fewer words is a scare quote, a term or part of reported speech ("called
# it a “witch hunt”"), not a statement of its own.
MIN_STATEMENT_WORDS = 4
# A quote with no cue and no earlier speaker to continue is kept from this length on
# (a statement whose speaker the text does not give); shorter, it is a title or a term.
MIN_UNATTRIBUTED_WORDS = 8
DASHES = {"―", "—", "–", "--", "-"}
# A dash signature ("“…” ― Maria del Carmen Ortega") is a name: a few capitalised words.
MAX_SIGNATURE_WORDS = 6
# A cue further than this from its quote (in tokens) belongs to something else.
MAX_CUE_DISTANCE = 12
# Words a signature takes before its verb ("Trump said", "the White House spokesman said")
SIGNATURE_WORDS = 4
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Prepositions that say when or where something was said ("during the debate", "at a rally"),
# not what; the parser hangs them on the cue verb.
CIRCUMSTANCE_PREPS = ("during", "at", "amid", "before", "after", "since", "until", "while")
RELATIVE_WORDS = ("which", "who", "whom", "whose", "where")


@dataclass(slots=True)
class QuoteHit:
    kind: str  # direct | indirect | mixed
    start: int  # characters, content without quote marks
    end: int
    parts: list[tuple[int, int]] = field(default_factory=list)
    cue: tuple[int, int] | None = None  # characters
    speaker_span: tuple[int, int] | None = None
    speaker: str | None = None  # actor id
    addressee: str | None = None
    claim: bool = True  # False when the content is what a statement was about, not what it says
    how: str = ""  # which rule found it (for debugging and evaluation breakdowns; not exported)


@dataclass(frozen=True, slots=True)
class Cues:
    verbs: frozenset
    object_verbs: frozenset
    phrases: dict  # lower-case text -> kind
    nouns: frozenset = frozenset()
    clause_only: frozenset = frozenset()
    belief: frozenset = frozenset()  # verbs that only report what someone believes or perceives
    noun_objects: frozenset = frozenset()
    not_speakers: frozenset = frozenset()  # labels of a page ("Correction: …"), not of a speaker
    listener_verbs: frozenset = frozenset()
    to_verbs: frozenset = frozenset()
    belief_adjectives: frozenset = frozenset()  # "is convinced that …", "was sure …"


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    return parse_cues(yaml.safe_load((resources.files(__package__) / "cues.yaml").read_text(encoding="utf-8")),
                      "quotes/cues.yaml")


_CUE_LISTS = ("object_verbs", "nouns", "noun_objects", "clause_only", "listener_verbs", "to_verbs", "not_speakers",
              "belief_adjectives")
_PHRASE_KINDS = ("according_to", "statement", "verb")


def parse_cues(data, source: str = "cues") -> Cues:
    """The cue lexicon from its YAML data; a malformed entry raises KnowledgeError naming it."""
    def fail(problem: str):
        raise KnowledgeError(f"{source}: {problem}")

    def words(key: str, value) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(w, str) and w and w == w.strip().lower() for w in value):
            fail(f"'{key}' must be a list of lower-case words")
        return value

    if not isinstance(data, dict) or not isinstance(data.get("verbs"), dict) or "believe" not in data["verbs"]:
        fail("'verbs' must map groups (one of them 'believe') to lists of lemmas")
    unknown = set(data) - {"verbs", "phrases", *_CUE_LISTS}
    if unknown:
        fail(f"unknown keys {sorted(unknown)}")
    groups = {name: words(f"verbs.{name}", group) for name, group in data["verbs"].items()}
    lists = {key: frozenset(words(key, data.get(key) or [])) for key in _CUE_LISTS}
    verbs = frozenset(v for group in groups.values() for v in group)
    for key in ("clause_only", "listener_verbs", "to_verbs"):
        if lists[key] - verbs:
            fail(f"'{key}' names verbs that are no cue verbs: {sorted(lists[key] - verbs)}")
    phrases = {}
    for p in data.get("phrases") or []:
        if not isinstance(p, dict) or not isinstance(p.get("text"), str) or p.get("kind") not in _PHRASE_KINDS:
            fail(f"phrase {p!r} needs a 'text' and a 'kind' of {', '.join(_PHRASE_KINDS)}")
        phrases[p["text"]] = p["kind"]
    spoken = frozenset(v for name, group in groups.items() if name != "believe" for v in group)
    return Cues(verbs, lists["object_verbs"], phrases, lists["nouns"], lists["clause_only"],
                frozenset(groups["believe"]) - spoken, lists["noun_objects"], lists["not_speakers"],
                lists["listener_verbs"], lists["to_verbs"], lists["belief_adjectives"])


# ---------------------------------------------------------------- quote marks

def find_quote_marks(text: str) -> list[tuple[int, int]]:
    """(open, close) character positions of every direct quote; close may be the end of
    the paragraph for an unbalanced quote. Never raises."""
    out: list[tuple[int, int]] = []
    text = _MISTURNED_OPENER.sub("“", _double_apostrophes(text))
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in CLOSERS and _is_opener(text, i):
            close, resume = _find_closer(text, i)
            if close is not None and close > i + 2:  # a one-letter "quote" is an elision: rock 'n' roll
                out.append((i, close))
                i = resume
                continue
        i += 1
    return out


# A closing mark that opens a paragraph ("”We will not leave …”") is a misturned
# opening mark (a common typesetting slip); read it as “ (same length, positions kept).
_MISTURNED_OPENER = re.compile(r"(?m)^”(?=\S)")
# Verbs of publishing: "wrote on Telegram", "posted on Facebook", "said on X".
POSTING_VERBS = {"write", "post", "say", "tweet", "announce", "declare", "state", "publish", "comment", "claim",
                 "share", "add", "warn", "insist", "argue"}
# Parts of speech no speaker's name is made of.
NOT_IN_NAMES = {"ADP", "SCONJ", "CCONJ", "DET", "PRON", "VERB", "AUX", "ADV", "PART", "NUM"}
# 'Ortega: Border must stay open', '"HOST: Let us begin …': a paragraph opened by a speaker's label
_LABEL = re.compile(r"([\"“]?)((?:[A-Z][\w.'’-]*[ \t]){0,3}[A-Z][\w.'’-]*):[ \t]+(\S)")
_DOUBLE_OPEN = re.compile(r"(?:''|``)(?=\S)")
_DOUBLE_CLOSE = re.compile(r"(?<=\S)''")


def _trim_punct(content: list, front: bool = True) -> None:
    """Drop punctuation at the ends of a statement's tokens, in place; quote marks stay, they
    belong to what was said."""
    while content and content[-1].is_punct and content[-1].text not in "”“»«\"'’":
        content.pop()
    while front and content and content[0].is_punct and content[0].text not in "“„«»\"'‘":
        content.pop(0)


def _double_apostrophes(text: str) -> str:
    """Typewriter double quotes written as two apostrophes (''…'') read as "…"; the
    text keeps its length, so positions stay those of the document."""
    if "''" not in text and "``" not in text:
        return text
    text = _DOUBLE_CLOSE.sub('" ', text)
    return _DOUBLE_OPEN.sub(' "', text)


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        return False
    if ch in "'’‘":
        # An apostrophe sits between letters (don't, Russia's) or after one (the Joneses').
        return prev in OPEN_BEFORE and nxt.isalnum() or ch == "‘" and not prev.isalnum()
    if ch == '"':
        return prev in OPEN_BEFORE or not prev.isalnum()
    return True


def _is_closer(text: str, i: int, closers: str) -> bool:
    ch = text[i]
    if ch not in closers:
        return False
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "'’" and nxt.isalpha():
        return False  # an apostrophe: Russia’s, don't
    return not prev.isspace() or ch not in "'’\""


def _find_closer(text: str, start: int) -> tuple[int | None, int]:
    """Where the quote opened at ``start`` closes; runs on over paragraphs that open
    with a quote mark; an unclosed quote ends with its paragraph."""
    closers = CLOSERS[text[start]]
    i, n = start + 1, len(text)
    while i < n:
        if text.startswith("\n\n", i) or text[i] == "\n" and text[i + 1:i + 2] == "\n":
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in CLOSERS and text[j] == text[start]:
                i = j + 1  # the quote continues in the next paragraph
                continue
            end = i
            while end > start + 1 and text[end - 1].isspace():
                end -= 1
            return end, i  # unbalanced: recover the paragraph
        if _is_closer(text, i, closers):
            return i, i + 1
        i += 1
    end = n
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return (end, n) if end > start + 1 else (None, n)


# ---------------------------------------------------------------- the component

class QuoteExtractor:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.cues = load_cues()
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for text, kind in self.cues.phrases.items():
            self.phrase_matcher.add(kind, [nlp.make_doc(text)])

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.stellung_quotes = _Quotes(self, doc).run()
        except Exception as exc:  # keep the document's other stages
            doc.user_data.setdefault("stellung_warnings", []).append(
                f"quote stage failed on this text ({type(exc).__name__}: {exc}); no quotes extracted")
            doc._.stellung_quotes = []
        return doc


class _Quotes:
    def __init__(self, x: QuoteExtractor, doc: Doc):
        self.x, self.doc, self.cues = x, doc, x.cues
        self.token_actor = doc._.stellung_token_actor or {}
        self.mentions = doc._.stellung_mentions or []
        # Boilerplate is not the article's reporting, but its headline is: "Governor says
        # bridge will open", "Ortega: Border must stay open" attribute as any sentence does.
        self.headline = self._headline_tokens()
        self.excluded = boilerplate_tokens(doc) - self.headline
        self.quoted: set[int] = set()  # tokens inside direct quotes kept as statements
        self.in_marks: set[int] = set()  # tokens inside any quote marks (scare quotes too)
        self.used_cues: set[int] = set()
        self.sourced: set[int] = set()  # "according to" phrases: what comes before them is theirs
        self.turn_marks: set[int] = set()  # opening marks of paragraphs read as labelled turns

    def _headline_tokens(self) -> set[int]:
        out: set[int] = set()
        for b in self.doc._.stellung_boilerplate or []:
            if b.kind == "headline" and (span := self.doc.char_span(b.start, b.end, alignment_mode="expand")) is not None:
                out.update(range(span.start, span.end))
        return out

    def run(self) -> list[QuoteHit]:
        hits = self._labelled()
        hits += self._direct()
        hits += self._block_quotes()
        hits += self._according_to()
        hits += self._as_put()
        hits += self._reported()
        hits += self._noun_statements()
        hits += self._belief_adjectives()
        return sorted(_outermost(hits), key=lambda h: h.start)

    # ------------------------------------------------------------ direct quotes

    def _direct(self) -> list[QuoteHit]:
        doc, text = self.doc, self.doc.text
        spans = []
        for open_i, close_i in find_quote_marks(text):
            span = doc.char_span(open_i + 1, close_i, alignment_mode="expand")
            if span is None or not len(span) or any(t.i in self.excluded for t in span):
                continue
            self.in_marks.update(range(span.start, span.end))
            if open_i in self.turn_marks:
                continue  # a transcript whose turns run on in one pair of marks: read turn by turn
            spans.append((open_i, close_i, span))
        hits: list[QuoteHit] = []
        previous: QuoteHit | None = None
        k = 0
        while k < len(spans):
            open_i, close_i, span = spans[k]
            words = sum(1 for t in span if t.is_alpha)
            opens_sentence = not any(not t.is_punct and not t.is_space for t in doc[span.sent.start:span.start - 1])
            continues = previous is not None and opens_sentence and "\n\n" not in text[previous.end:open_i]
            if words < MIN_STATEMENT_WORDS and not continues and not self._signed_right_after(span):
                k += 1  # left to reported speech, as part of a mixed quote
                continue
            cue, speaker_tok, side = self._cue_for(span, spans[k + 1][2] if k + 1 < len(spans) else None)
            # Later in the paragraph of the previous quote, with no cue of its own ("“…,” she
            # said. “…”"): the statement goes on (the convention of attribution corpora).
            same_paragraph = previous is not None and "\n\n" not in text[previous.end:open_i]
            # It goes on only as a sentence of its own or right after the cue that splits it
            # ("“…,” the minister said, “but …”"); a short quote inside a sentence of the
            # article's own ("adding that the count would take “a few more days”") is part of it,
            # and a quote signed with a dash ("“…” ― Name") is closed by its signature.
            joins = same_paragraph and previous.how != "dash" and (
                opens_sentence or span.start >= 2 and doc[span.start - 2].lower_ in (",", ":", "and", "but")
                and previous.cue is not None
                and previous.end <= previous.cue[0] < open_i)
            if cue is None and joins:
                # "“…,” X said. “…”": the next stretch in quote marks goes on with the statement.
                previous.parts.append((open_i + 1, close_i))
                previous.end = close_i
                self.quoted.update(range(span.start, span.end))
                k += 1
                continue
            hit = QuoteHit("direct", open_i + 1, close_i, parts=[(open_i + 1, close_i)], how=f"direct-{side}")
            if side == "after":
                sent_start = span.sent.start
                lead = [t for t in doc[sent_start:span.start - 1] if not t.is_punct and not t.is_space]
                if lead:  # 'Not paying taxes “makes me smart,” he said': the sentence is the statement
                    hit.kind, hit.start = "mixed", lead[0].idx
                signed = speaker_tok.left_edge.i if speaker_tok is not None and speaker_tok.i < cue.i else cue.i
                tail = [t for t in doc[span.end + 1:signed] if not t.is_punct and not t.is_space]
                if tail and not any(t.i in self.quoted for t in tail):
                    # '“…” to drive up the price, she said': the sentence runs on to its signature
                    hit.kind, hit.end = "mixed", tail[-1].idx + len(tail[-1].text)
            if cue is not None:
                self._attribute(hit, cue, speaker_tok)
            elif (dash := self._dash_speaker(span)) is not None:
                hit.cue, hit.speaker_span, hit.speaker = dash
                hit.how = "dash"
            elif any(not t.is_punct and not t.is_space for t in doc[span.sent.start:span.start - 1]) \
                    and not doc[span.start - 2:span.start - 1].text == ":":
                k += 1  # inside a sentence of the article's own: part of reported speech, if any
                continue
            elif previous is not None and "\n\n" not in text[previous.end:text.rfind("\n\n", 0, open_i) + 1 or 0] \
                    and not _headed_case(span):
                # A paragraph that goes on with the previous paragraph's quote.
                hit.speaker = previous.speaker
                hit.speaker_span = self._mention_in(span.sent, previous.speaker)
            elif words < MIN_UNATTRIBUTED_WORDS:
                k += 1
                continue
            # Only a quote kept as a statement of its own is closed to reported speech; an
            # embedded one stays part of the sentence's reported clause (a mixed quote).
            first = doc.char_span(hit.start, hit.end, alignment_mode="expand")
            self.quoted.update(range(first.start, first.end) if first is not None else range(span.start, span.end))
            hits.append(hit)
            previous = hit
            k += 1
        return hits

    def _labelled(self) -> list[QuoteHit]:
        """A paragraph that opens with a speaker's label and a colon: a headline ("Ortega:
        Border must stay open") or a transcript's turn ('"HOST: Let us begin …').
        The label is a name of at most four capitalised words, none of them a function word
        ("The Latest: …", "Storm Over the Valley: …" are kickers) nor a label of the page itself
        ("Correction: …", see `not_speakers` in cues.yaml)."""
        doc, text = self.doc, self.doc.text
        hits = []
        paragraphs = doc._.stellung_paragraphs or []
        for n, para in enumerate(paragraphs):
            m = _LABEL.match(text, para.start, para.end)
            if m is None or m.group(2).lower() in self.cues.not_speakers:
                continue
            label = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
            end = para.end
            if m.group(1):
                # A turn in quote marks goes on over the paragraphs that open with a mark and
                # no label of their own, up to the next speaker.
                for nxt in paragraphs[n + 1:]:
                    if text[nxt.start:nxt.start + 1] != m.group(1) or _LABEL.match(text, nxt.start, nxt.end):
                        break
                    end = nxt.end
            while end > m.start(3) and (text[end - 1].isspace() or text[end - 1] in ".\"”’'" and m.group(1)
                                        or text[end - 1] == "."):
                end -= 1
            body = doc.char_span(m.start(3), end, alignment_mode="expand")
            # a speaker's label is a name: "Despite NATO: Turkey and Russia …" is a kicker, not a speaker
            if label is None or body is None or any(t.is_stop or t.i in self.excluded or t.pos_ in NOT_IN_NAMES
                                                    for t in label) \
                    or sum(t.is_alpha for t in body) < MIN_STATEMENT_WORDS:
                continue
            hit = QuoteHit("direct", m.start(3), end, parts=[(m.start(3), end)], how="label")
            hit.cue = (m.end(2), m.end(2) + 1)
            hit.speaker_span = (m.start(2), m.end(2))
            hit.speaker = next((self.token_actor[t.i] for t in reversed(label) if t.i in self.token_actor), None)
            if m.group(1):
                self.turn_marks.add(m.start(1))
            self.quoted.update(range(body.start, body.end))
            hits.append(hit)
        return hits

    def _block_quotes(self) -> list[QuoteHit]:
        """'Limbaugh added:' at the end of a paragraph, then the words as a paragraph of
        their own, without quote marks: a block quote."""
        doc, text = self.doc, self.doc.text
        hits = []
        for para in doc._.stellung_paragraphs or []:
            if not text[para.start:para.end].rstrip().endswith(":"):
                continue
            colon = doc.char_span(para.end - 1, para.end, alignment_mode="expand")
            if colon is None:
                continue
            sent = doc[colon.start].sent
            cue = next((t for t in reversed(list(doc[sent.start:colon.start])) if self._is_cue_verb(t)), None)
            nxt = next((p for p in doc._.stellung_paragraphs if p.start > para.end), None)
            if cue is None or nxt is None:
                continue
            block = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
            if block is None or any(t.i in self.quoted or t.i in self.excluded for t in block):
                continue
            hit = QuoteHit("direct", nxt.start, nxt.end, parts=[(nxt.start, nxt.end)], how="block")
            self._attribute(hit, cue, self._speaker_of(cue))
            self.quoted.update(range(block.start, block.end))
            hits.append(hit)
        return hits

    def _signed_right_after(self, span: Span) -> bool:
        """A short quote that is a statement all the same: '“Don't shoot,” she said.'"""
        doc = self.doc
        sent = span.sent
        if any(not t.is_punct for t in doc[sent.start:span.start - 1]):
            return False  # it sits inside a sentence: a term, not a statement
        window = [t for t in doc[span.end:min(len(doc), span.end + 5)] if not t.is_punct]
        return any(self._is_cue_verb(t) for t in window[:4])

    def _dash_speaker(self, span: Span):
        """'“…” ― Ana Ruiz': a name after a dash signs the quote. The signature is the
        rest of its line, a name of capitalised words (initials too), however the tagger
        read them: bylines of names it does not know are often tagged as nouns."""
        doc = self.doc
        i = span.end
        while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in DASHES:
            i += 1
        if i >= len(doc) or doc[i].text not in DASHES or "\n" in doc[span.end:i].text:
            return None
        j = i + 1
        while j < len(doc) and doc[j].text in DASHES:  # "--" written as two hyphens
            j += 1
        i = j - 1
        while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
        first = j
        while j < len(doc) and j - first < MAX_SIGNATURE_WORDS and not doc[j].is_space and (
                doc[j].text[:1].isupper() and (doc[j].is_alpha or doc[j].text.rstrip(".").isalpha())
                or doc[j].pos_ == "PROPN"):
            j += 1
        if j == first or j < len(doc) and not (doc[j].is_space or doc[j].is_punct) and doc[j].pos_ != "PROPN":
            return None
        cue = (doc[i].idx, doc[i].idx + len(doc[i].text))
        speaker = (doc[first].idx, doc[j - 1].idx + len(doc[j - 1].text))
        return cue, speaker, self.token_actor.get(j - 1)

    def _cue_for(self, span: Span, nxt: Span | None) -> tuple[Token | None, Token | None, str | None]:
        """The cue verb of a quote: after it in its last sentence, else before it in its first."""
        doc = self.doc
        last = doc[span.end - 1].sent
        sent_end = last.end
        signature_only = None  # a sentence the parser split off: only its opening words may sign
        if all(t.is_punct for t in doc[span.end:last.end]) and last.end < len(doc):
            # '“…?” he asks.': the parser ended the sentence at the closing mark.
            sent_end = doc[last.end].sent.end
            if len(doc[last.end].sent) > 8:
                # '“…?” Trump said, looking out on the crowd …': a signature opens the split-off
                # sentence; a verb further in reports something of its own
                signature_only = last.end
        stop = min(sent_end, nxt.start if nxt is not None else len(doc))
        after = [t for t in doc[span.end:stop] if not t.is_punct or t.text == ":"][:MAX_CUE_DISTANCE]
        if signature_only is not None:
            after = [t for t in after if t.i < signature_only or sum(
                not u.is_punct for u in doc[signature_only:t.i]) < SIGNATURE_WORDS]
        # A statement signed after it ends a clause: '“…,” he said', '“…?” she asked', '“…” —
        # he said'. A quote that runs straight on into the sentence ('to thank “every fan in
        # the city” and promised') is part of that sentence, not signed by a later verb.
        # Or the quote opens a sentence signed at its end: '“…” to pay for the tax cuts, she said'.
        closes = doc[span.end - 1].is_punct or any(t.is_punct and not t.is_quote for t in doc[span.end:span.end + 2])
        led = any(not t.is_punct and not t.is_space for t in doc[span.sent.start:span.start - 1])
        for n, tok in enumerate(after):
            if self._is_cue_verb(tok):
                if signature_only is not None and tok.i >= signature_only and any(
                        t.is_quote and t.is_left_punct for t in doc[tok.i + 1:tok.i + SIGNATURE_WORDS + 1]):
                    break  # '“…” She adds, “…”': the verb introduces a quote of its own
                if led and any(c.dep_ == "ccomp" and c.i > tok.i and c.i not in self.in_marks for c in tok.children):
                    # 'Interviewed on “Face the Nation,” the senator said she would run': the verb
                    # reports its own clause; a quote inside the sentence before it is a title or a term
                    break
                speaker = self._speaker_of(tok, span)
                if not closes:
                    left = min(tok.i, speaker.left_edge.i) if speaker is not None else tok.i
                    if left == 0 or doc[left - 1].text != ",":
                        break
                if speaker is None:
                    # '“…,” Tulsa police Chief Chuck Jordan said Monday': the name between the
                    # closing mark and the cue, however the parser attached it
                    speaker = next((t for t in reversed(after[:n]) if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
                if speaker is None:
                    # '“…“ concluded the member of …': inverted, the speaker follows the cue
                    speaker = next((t for t in doc[tok.i + 1:stop] if t.pos_ in ("PROPN", "NOUN", "PRON")
                                    and t.ent_type_ not in ("DATE", "TIME")), None)
                return tok, speaker, "after"
        # Before it, only as its header: 'X said: „…“', 'X told reporters, “…”', or a paragraph
        # of its own that ends with a colon: 'Caddell continued:' / '“…”'.
        first = doc[span.start].sent
        opener = span.start - 1
        prev = opener - 1
        while prev >= 0 and doc[prev].is_space:
            prev -= 1
        if prev >= 0 and prev < first.start and doc[prev].text == ":" and "\n" in doc[prev:opener].text + doc[prev].whitespace_:
            header = doc[prev].sent
            for tok in reversed(list(doc[header.start:prev])):
                if self._is_cue_verb(tok) and tok.i not in self.quoted:
                    return tok, self._speaker_of(tok, span), "before"
        if opener - 1 >= first.start and doc[opener - 1].text in (":", ","):
            before = doc[max(first.start, opener - 1 - MAX_CUE_DISTANCE):opener - 1]
            for tok in reversed(list(before)):
                if self._is_cue_verb(tok) and tok.i not in self.quoted:
                    return tok, self._speaker_of(tok, span), "before"
        return None, None, None

    def _is_cue_verb(self, tok: Token) -> bool:
        # A participle read as a preposition ("…, compared to two percent") says nothing.
        return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.cues.verbs and tok.i not in self.used_cues \
            and tok.dep_ != "prep"

    def _speaker_of(self, verb: Token, quote: Span | None = None, depth: int = 0) -> Token | None:
        for child in verb.children:
            if child.dep_ in SUBJECTS and (quote is None or not quote.start <= child.i < quote.end):
                return child
        for child in verb.children:  # passive: "was quoted by X as saying"
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # "a tweet attacking X", "a statement calling for Y"
        if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep", "pobj", "acomp") and verb.head.i != verb.i \
                and depth < 4:
            # "…, adding that …", "refused to disclose …", "stopped short of calling …"
            return self._speaker_of(verb.head, quote, depth + 1)
        if quote is not None:
            for child in verb.children:  # '…“ concluded the member of …': inverted, parsed as an object
                if child.dep_ in ("dobj", "attr") and child.i > verb.i and child.i >= quote.end \
                        and child.ent_type_ not in ("DATE", "TIME"):
                    return child
        return None

    # ------------------------------------------------------------ attribution

    def _attribute(self, hit: QuoteHit, cue: Token, speaker: Token | None) -> None:
        doc = self.doc
        self.used_cues.add(cue.i)
        cue_end = cue.i + 1
        while cue_end < len(doc) and doc[cue_end].dep_ == "prt" and doc[cue_end].head.i == cue.i:
            cue_end += 1  # "pointed out"
        hit.cue = (cue.idx, doc[cue_end - 1].idx + len(doc[cue_end - 1].text))
        if speaker is not None:
            hit.speaker = self._actor_of(speaker)
            mention = self._mention_at(speaker)
            if mention is not None:
                hit.speaker_span = mention
            else:
                left, right = speaker.left_edge.i, speaker.right_edge.i + 1
                while right > left + 1 and doc[right - 1].is_punct:
                    right -= 1
                hit.speaker_span = (doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text))
        hit.addressee = self._addressee(cue)

    def _actor_of(self, tok: Token) -> str | None:
        if tok.i in self.token_actor:
            return self.token_actor[tok.i]
        for t in tok.subtree:  # "the member of the Committee ...": the head's mention
            if t.i in self.token_actor and t.head.i == tok.i:
                return self.token_actor[t.i]
        return None

    def _mention_at(self, tok: Token) -> tuple[int, int] | None:
        for m in self.mentions:
            if m.start <= tok.i < m.end:
                return self.doc[m.start].idx, self.doc[m.end - 1].idx + len(self.doc[m.end - 1].text)
        return None

    def _mention_in(self, sent: Span, actor: str | None) -> tuple[int, int] | None:
        if actor is None:
            return None
        for m in self.mentions:
            if m.actor == actor and sent.start <= m.start < sent.end:
                return self.doc[m.start].idx, self.doc[m.end - 1].idx + len(self.doc[m.end - 1].text)
        return None

    def _addressee(self, cue: Token) -> str | None:
        """'told the news portal X', 'told Reuters', 'said in an interview with X', 'quoted by TASS'."""
        for child in cue.children:
            if child.dep_ in ("dobj", "dative", "iobj") and cue.lemma_ in ("tell", "inform", "brief", "assure", "warn", "notify"):
                for t in child.subtree:
                    if t.i in self.token_actor:
                        return self.token_actor[t.i]
            if child.dep_ == "prep" and child.lower_ in ("in", "to", "with"):
                for t in child.subtree:
                    if t.lower_ in ("interview", "with", "to") and t.i in range(child.i, child.right_edge.i + 1):
                        for u in t.subtree:
                            if u.i in self.token_actor and self.token_actor[u.i].startswith("media:"):
                                return self.token_actor[u.i]
            if child.dep_ == "agent" and cue.lemma_ == "quote":
                for t in child.subtree:
                    if t.i in self.token_actor:
                        return self.token_actor[t.i]
            if child.dep_ == "prep" and child.lower_ == "on" and cue.lemma_ in POSTING_VERBS:
                # "wrote on X (Twitter)", "said on Telegram": the platform it was published on
                for t in child.subtree:
                    if t.i in self.token_actor and self.token_actor[t.i].startswith("media:"):
                        return self.token_actor[t.i]
        quoted = cue.head.head if cue.head.lower_ == "as" else cue.head
        if quoted.lemma_ == "quote" and quoted.i != cue.i:
            return self._addressee(quoted)  # "was quoted by TASS as saying"
        return None

    # ------------------------------------------------------------ reported speech

    def _according_to(self) -> list[QuoteHit]:
        doc = self.doc
        hits = []
        for match_id, start, end in self.x.phrase_matcher(doc):
            if doc.vocab.strings[match_id] != "according_to" or any(i in self.quoted or i in self.excluded for i in range(start, end)):
                continue
            prep = doc[end - 1]
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if source is None:
                source = next((c for c in doc[start].children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            sent = doc[start].sent
            # "According to the senator, Moscow and Ankara …": the source ends at its comma.
            phrase_end = source.right_edge.i + 1
            comma = next((t.i for t in doc[end:phrase_end] if t.text == ","), None)
            if comma is not None:
                phrase_end = comma + 1
            phrase = set(range(start, phrase_end))
            before = [t for t in doc[sent.start:start] if not t.is_space]
            while before and before[-1].is_punct and not before[-1].is_quote:
                before.pop()
            if sum(t.is_alpha for t in before) >= 3:
                # "…, according to Ana Ruiz, head of the energy office at the ministry": what
                # comes before is the statement; what comes after belongs to the source.
                content = before
            else:
                content = [t for t in sent if t.i not in phrase and not (t.is_punct and (t.i == sent.end - 1 or t.i + 1 in phrase or t.i - 1 in phrase))]
                content = [t for t in content if not t.is_space]
            if len(content) < 3:
                continue
            hit = QuoteHit("indirect", content[0].idx, content[-1].idx + len(content[-1].text), how="according_to")
            hit.cue = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
            hit.speaker = self._actor_of(source)
            hit.speaker_span = self._mention_at(source) or (doc[source.left_edge.i].idx, source.right_edge.idx + len(source.right_edge.text))
            hit.kind = "mixed" if any(t.i in self.in_marks for t in content) else "indirect"
            hits.append(hit)
            self.used_cues.update(range(start, end))
            self.sourced.update(range(start, end))
        return hits

    def _as_put(self) -> list[QuoteHit]:
        """'As one engineer put it, the bridge is too old', '…, as the mayor noted on Monday': a
        clause of saying opened by "as" and set off by a comma signs the clause it hangs on.
        The writer's own "as we noted" refers back to the article, not to a source."""
        doc = self.doc
        hits = []
        for tok in doc:
            lemma = tok.lemma_.lower()
            put_it = lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
            if tok.dep_ != "advcl" or tok.i in self.quoted or tok.i in self.excluded or tok.i in self.used_cues \
                    or not (put_it or self._is_cue_verb(tok) and lemma not in self.cues.belief) \
                    or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
                    or any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and not put_it for c in tok.children):
                continue
            speaker = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
            if speaker is None or speaker.lower_ in ("i", "we", "it"):
                continue
            own = {t.i for t in tok.subtree}
            lo, hi = tok.left_edge.i, tok.right_edge.i
            # set off by a comma from the clause it signs
            if not (hi + 1 < len(doc) and doc[hi + 1].text == "," or lo > 0 and doc[lo - 1].text == ","):
                continue
            sent = tok.sent
            content = [t for t in tok.head.subtree if t.i not in own and sent.start <= t.i < sent.end and not t.is_space]
            _trim_punct(content)
            if sum(t.is_alpha for t in content) < 3 or sum(t.i in self.quoted for t in content) > 0.8 * len(content):
                continue
            kind = "mixed" if any(t.i in self.in_marks for t in content) else "indirect"
            hit = QuoteHit(kind, content[0].idx, content[-1].idx + len(content[-1].text), how="clause")
            self._attribute(hit, tok, speaker)
            if put_it:
                it = next(c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "it")
                hit.cue = (tok.idx, it.idx + len(it.text))
            hits.append(hit)
        return hits

    def _reported(self) -> list[QuoteHit]:
        doc = self.doc
        hits = []
        for tok in doc:
            if tok.i in self.quoted or tok.i in self.excluded or not self._is_cue_verb(tok):
                continue
            claim = True
            spoken = tok.lemma_.lower() not in self.cues.belief
            # With a verb of saying, a clause with a subject of its own states something even
            # when the tagger reads its verb as a bare form (it often does after a quote mark:
            # 'said the new tariffs “do nothing …”'); after "saw" it is a bare infinitive.
            clause = next((c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.i not in self.quoted
                           and (_finite(c) or spoken and c.tag_ in ("VB", "VBN") and any(g.dep_ == "nsubj" for g in c.children))),
                          None)
            if clause is None and tok.lemma_.lower() in self.cues.listener_verbs:
                # "told a group of unions that no government had done more …": the parser reads the
                # clause as a relative clause of the listener; "that" is its complementizer here,
                # as the clause has a subject of its own.
                clause = next((r for c in tok.children if c.dep_ in ("dobj", "dative") for r in c.subtree
                               if r.dep_ == "relcl" and r.i not in self.quoted
                               and any(g.dep_ == "mark" and g.lower_ == "that" for g in r.children)
                               and any(g.dep_ in SUBJECTS for g in r.children)), None)
            if clause is None and tok.dep_ == "parataxis":
                clause = tok.head  # "Moscow will respond, he warned"
            if clause is not None:
                content = self._parenthetical(clause, tok) or self._clause_tokens(clause, tok)
            elif tok.lemma_.lower() == "call" and any(c.dep_ == "oprd" for c in tok.children):
                # "called the plan a disaster for farmers": what was said is the object, its label
                # and what completes the label, wherever the parser hung it
                first = min(c.left_edge.i for c in tok.children if c.dep_ in ("dobj", "oprd"))
                last = max(c.right_edge.i for c in tok.children if c.i > tok.i and c.dep_ not in ("punct", "cc", "conj"))
                content = list(doc[first:last + 1])
            else:
                if tok.lemma_.lower() in self.cues.clause_only:
                    continue
                content = self._object_content(tok)
                if not content:
                    continue
                claim = False

            content = [t for t in content if not t.is_space]
            cut = next((n for n, t in enumerate(content) if t.i in self.sourced), None)
            if cut is not None:  # "… will tour the border next week, according to an official"
                content = content[:cut]
            _trim_punct(content)
            # A reported clause has a few words at least; what a verb reports as its object can
            # be a name or a short phrase ("endorsed the mayor", "called for her resignation"), but
            # a lone pronoun ("attacked him") says nothing of its own.
            if len(content) < 3 and claim or not content or len(content) == 1 and content[0].pos_ == "PRON":
                continue
            inside = sum(1 for t in content if t.i in self.quoted)
            if inside > 0.8 * len(content):
                continue  # a direct quote's cue, handled above
            marked = any(t.i in self.in_marks for t in content)
            hit = QuoteHit("mixed" if marked else "indirect", content[0].idx, content[-1].idx + len(content[-1].text))
            hit.claim = claim
            hit.how = "clause" if claim else "object"
            self._attribute(hit, tok, self._speaker_of(tok))
            hits.append(hit)
        return hits

    def _noun_statements(self) -> list[QuoteHit]:
        """'Trump's claim that the election was rigged', 'fears that the truce will fail'."""
        doc = self.doc
        hits = []
        for tok in doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ != "NOUN" or lemma not in self.cues.nouns and lemma not in self.cues.noun_objects \
                    or tok.i in self.quoted or tok.i in self.excluded:
                continue
            clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i and lemma in self.cues.nouns
                           and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
            if clause is None:
                content = self._noun_object(tok)
                if not content:
                    continue
            else:
                content = [t for t in clause.subtree if not t.is_space]
            while content and content[-1].is_punct:
                content.pop()
            if len(content) < 3 or sum(t.i in self.quoted for t in content) > 0.8 * len(content):
                continue
            hit = QuoteHit("indirect", content[0].idx, content[-1].idx + len(content[-1].text), how="noun")
            hit.cue = (tok.idx, tok.idx + len(tok.text))
            speaker = next((c for c in tok.children if c.dep_ == "poss"), None)
            if speaker is None:
                speaker = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from")
                                for g in c.children if g.dep_ == "pobj"), None)
            if speaker is not None:
                hit.speaker = self._actor_of(speaker)
                hit.speaker_span = self._mention_at(speaker) or (doc[speaker.left_edge.i].idx, speaker.idx + len(speaker.text))
            hits.append(hit)
        return hits

    def _belief_adjectives(self) -> list[QuoteHit]:
        """'The senator is convinced that the plan will fail', 'officials were worried the deal
        would collapse': a predicate adjective of belief with a clause reports what its
        subject believes, as a belief verb does; with "about", what the belief is about."""
        hits = []
        for tok in self.doc:
            if tok.dep_ != "acomp" or tok.lower_ not in self.cues.belief_adjectives \
                    or tok.i in self.quoted or tok.i in self.excluded or tok.i in self.used_cues:
                continue
            clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and c.i not in self.quoted
                           and _finite(c)), None)
            speaker = next((c for c in tok.head.children if c.dep_ in SUBJECTS and c.i < tok.i), None)
            if speaker is None or speaker.lower_ == "it":
                continue
            if clause is not None:
                content = self._clause_tokens(clause, tok)
            else:  # "is worried about the cost of the war": what the belief is about
                about = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "about"
                              for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if about is None:
                    continue
                content = [t for t in about.subtree if not t.is_space]
            _trim_punct(content, front=False)
            if len(content) < 3 or sum(t.i in self.quoted for t in content) > 0.8 * len(content):
                continue
            kind = "mixed" if any(t.i in self.in_marks for t in content) else "indirect"
            hit = QuoteHit(kind, content[0].idx, content[-1].idx + len(content[-1].text), how="clause")
            self._attribute(hit, tok, speaker)
            hits.append(hit)
        return hits

    def _noun_object(self, noun: Token) -> list[Token]:
        """'the governor's refusal to release the budget', 'the senator's criticism of the plan',
        'Democratic calls for an inquiry': a statement or intention named by a noun whose
        speaker is given (possessor or modifier), with what it is about."""
        if noun.lemma_.lower() not in self.cues.noun_objects:
            return []
        if not any(c.dep_ in ("poss", "amod", "compound") and (c.i in self.token_actor or c.pos_ in ("PROPN", "PRON"))
                   or c.dep_ == "poss" for c in noun.children):
            return []
        for c in noun.children:
            if c.i < noun.i:
                continue
            if c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                return [t for t in c.subtree if not t.is_space]  # "refusal to release …"
            if c.dep_ == "prep" and c.lower_ in ("for", "of", "about", "against", "over", "on", "to"):
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    return [t for t in pobj.subtree if not t.is_space]
        return []

    def _object_content(self, verb: Token) -> list[Token]:
        """What a cue verb reports when it takes no clause: its object and what completes it
        ("denied the report", "urged Republicans to join", "criticised X for Y", "warned
        against hackers", "called for more information"). Who was spoken to is not what was
        said ("told the reporters", "spoke to a crowd"), nor are when and where it was said
        ("rejected the claim on Monday in a ruling")."""
        lemma = verb.lemma_.lower()
        listener = lemma in self.cues.listener_verbs  # "told reporters", "warned officials to …"
        to_ok = lemma in self.cues.to_verbs  # "pointed to", "likened X to Y"; else "to X" is the listener
        right = [c for c in verb.children if c.i > verb.i]
        objects = [c for c in right if c.dep_ in ("oprd", "xcomp") or c.dep_ == "dobj" and not listener]
        if objects:
            first = min(c.i for c in objects)
            # "called on fellow Democrats to reject …", "called upon X to …": the one asked is
            # part of what was asked
            first = min([first] + [c.i for c in right if c.dep_ == "prep" and c.i == verb.i + 1
                                   and c.lower_ in ("on", "upon") and any(g.dep_ == "pobj" for g in c.children)])
            parts = [c for c in right if c.i >= first and (
                c.dep_ in ("oprd", "xcomp", "ccomp") or c.dep_ == "dobj" and not listener
                or c.dep_ == "prep" and not self._circumstance(c) and (c.lower_ != "to" or to_ok))]
        else:
            parts = [c for c in right if c.dep_ == "prep" and not self._circumstance(c) and (
                c.lower_ in ("for", "against", "of", "about", "on", "over") or c.lower_ == "to" and to_ok)][:1]
            # "called for more aid", "called for cutting the tax"
            if not parts or not any(g.dep_ in ("pobj", "pcomp") for g in parts[0].children):
                return []
            parts = [next(g for g in parts[0].children if g.dep_ in ("pobj", "pcomp"))]
        tokens = sorted((t for c in parts for t in c.subtree), key=lambda t: t.i)
        if not tokens:
            return []
        # one contiguous stretch, as written, without a relative clause set off by a comma
        # ("questioned the plan, which …": what the writer adds about the object)
        start = tokens[0].i + 1 if tokens[0].i == verb.i + 1 and tokens[0].lower_ in ("on", "upon") else tokens[0].i
        stretch = self.doc[start:tokens[-1].i + 1]
        for t in stretch[1:]:
            if t.lower_ in RELATIVE_WORDS and self.doc[t.i - 1].text == "," and t.i - 1 > stretch.start \
                    and t.head.right_edge.i >= stretch.end - 1:
                return [u for u in self.doc[stretch.start:t.i - 1]]
        return list(stretch)

    def _circumstance(self, prep: Token) -> bool:
        """'on Monday', 'during the debate', 'at a rally': when or where something was said."""
        if prep.lower_ in CIRCUMSTANCE_PREPS:
            return True
        return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)

    def _parenthetical(self, clause: Token, cue: Token) -> list[Token] | None:
        """'The bridge, the mayor said, would carry its first trains in May': a cue set off by
        commas inside the sentence it reports. The statement is the whole sentence, cue
        included (the convention of attribution corpora), up to a further cue of its own."""
        doc, sent = self.doc, cue.sent
        subject = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
        left = min(cue.i, subject.left_edge.i) if subject is not None else cue.i
        if left - 1 <= sent.start or doc[left - 1].text != ",":
            return None
        before = doc[sent.start:left - 1]
        clause_tokens = {t.i for t in clause.subtree}
        comma = next((t.i for t in doc[cue.i + 1:min(sent.end, cue.i + MAX_CUE_DISTANCE)]
                      if t.text == "," or t.i in clause_tokens), None)
        if comma is None or doc[comma].text != ",":
            return None
        after = doc[comma + 1:sent.end]
        if sum(t.is_alpha for t in before) < 2 or sum(t.is_alpha for t in after) < 2:
            return None
        top = next((t for t in after if not t.is_punct and not after.start <= t.head.i < after.end), None)
        if top is None or top.head.i == cue.i or subject is not None and top.i in {t.i for t in subject.subtree}:
            # "…, the envoys said on Friday, as they left the talks": how it was said, not what;
            # "…, said Ana Ruiz, an adviser to …": the speaker's apposition
            return None
        end = sent.end
        for t in after:  # "…, he said, adding that …"
            if t.dep_ in ("conj", "advcl") and self._is_cue_verb(t) and t.lemma_.lower() not in self.cues.belief \
                    and doc[t.i - 1].lower_ in (",", "and", "but", ";"):
                end = t.i - 1
                break
        # "…, which, the mayor said, is busy on market days": from the clause's own start
        start = clause.left_edge.i if clause.i < cue.i else sent.start
        return [t for t in doc[start:end] if not t.is_space]

    def _clause_tokens(self, clause: Token, cue: Token) -> list[Token]:
        """The reported clause: its subtree, with 'that' kept and the cue's own words left out.
        A clause after its cue runs to the end of the sentence ("said that X, because Y":
        the parser often hangs "because Y" on the cue), up to a further cue ("…, adding that")."""
        tokens = [t for t in clause.subtree if t.i != cue.i]
        if clause.i < cue.i:
            # "…, said Alexei Pushkov", "…, he said": the clause stops before the cue and its speaker.
            stop = cue.i
            for child in cue.children:
                if child.dep_ in SUBJECTS and clause.i < child.i < cue.i:
                    stop = min(stop, child.left_edge.i)
            return [t for t in tokens if t.i < stop]
        start = min(t.i for t in tokens)
        end = cue.sent.end
        for t in self.doc[max(t.i for t in tokens) + 1:cue.sent.end]:
            if t.head.i == cue.i and (self._is_cue_verb(t) or t.dep_ in ("cc", "conj")):
                end = t.i
                break
        if cue.dep_ not in ("ROOT", "conj", "parataxis"):
            # A cue inside a subordinate clause ("the savings that the governor says the plan will
            # bring have not appeared"): its clause is all it reports.
            end = min(end, max(t.i for t in tokens) + 1)
        # A semicolon joins a sentence of the writer's own ("said X; the talks resumed …").
        semi = next((t.i for t in self.doc[start:end] if t.text == ";"), None)
        if semi is not None:
            end = semi
        # "said the army would leave and warned against an attack", "said X, arguing that Y":
        # a further cue verb joined by "and" or a comma starts a statement of its own,
        # wherever the parser hung it.
        for t in self.doc[start + 1:end]:
            if t.dep_ in ("conj", "advcl") and self._is_cue_verb(t) and t.i > clause.i and t.lemma_.lower() not in self.cues.belief \
                    and self.doc[t.i - 1].lower_ in (",", "and", "but", ";") and t.head.i != t.i:
                end = t.i - 1
                while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].lower_ in ("and", "but")):
                    end -= 1
                break
        return [t for t in self.doc[start:end] if t.i != cue.i]


def _headed_case(span: Span) -> bool:
    """'A Town Waits for Its Ships.': words in title case, a crosshead in quote marks."""
    words = [t for t in span if t.is_alpha]
    return len(words) < MIN_UNATTRIBUTED_WORDS and all(t.text[0].isupper() or t.is_stop for t in words)


def _outermost(hits: list[QuoteHit]) -> list[QuoteHit]:
    """Reported speech inside reported speech ("she said she thinks the deal will hold") is
    part of the outer statement, not a statement of its own: a hit whose cue lies inside
    the content of another hit is dropped. Longer statements are taken first, so of two
    hits whose cues lie in each other's content the longer stays."""
    kept: list[QuoteHit] = []
    for hit in sorted(hits, key=lambda h: h.start - h.end):
        if hit.cue is not None and any(s <= hit.cue[0] and hit.cue[1] <= e for k in kept for s, e in k.parts or [(k.start, k.end)]):
            continue
        kept.append(hit)
    return kept


def _finite(head: Token) -> bool:
    """A clause that states something: a finite verb, an auxiliary, or 'that'/'whether'
    ("she thinks the deal will hold"), not a bare infinitive ("saw their incomes go up")."""
    if head.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass", "mark") and (c.tag_ in ("MD", "VBD", "VBZ", "VBP") or c.lower_ in ("that", "whether", "if"))
               for c in head.children)


@Language.factory("stellung_quotes")
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)
