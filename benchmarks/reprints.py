"""Edited reprints of generated articles, for near-duplicate calibration (tests and corpus_bench).

An outlet re-running a wire story typically: writes its own headline, drops the last
paragraph or the dateline, appends a credit line, and edits a few words. ``reprint``
does each of these with its own seeded random generator.
"""

from __future__ import annotations

import random

REPLACEMENTS = ["officials", "reportedly", "on Monday", "late on Friday", "the government", "sources said",
                "according to diplomats", "this week"]
CREDITS = ["(Reporting by staff; editing by the desk)", "This story was first published by a wire agency.",
           "Additional reporting by our correspondent."]


def reprint(text: str, seed: int, word_edits: float = 0.04) -> str:
    rng = random.Random(f"reprint:{seed}")
    paragraphs = text.split("\n\n")
    head, body = paragraphs[0], paragraphs[1:]
    head = rng.choice(["UPDATE: ", "Exclusive: ", "", "Analysis: "]) + " ".join(reversed(head.split()[:6]))
    if len(body) > 3 and rng.random() < 0.7:
        body.pop()                      # trimmed ending
    if len(body) > 3 and rng.random() < 0.3:
        body.pop(rng.randrange(1, len(body)))  # a paragraph cut from the middle
    out = []
    for p in body:
        words = p.split(" ")
        for i in range(len(words)):
            if rng.random() < word_edits:
                words[i] = rng.choice(REPLACEMENTS)
        out.append(" ".join(words))
    out.append(rng.choice(CREDITS))
    return "\n\n".join([head, *out])
