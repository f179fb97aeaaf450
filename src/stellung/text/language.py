"""Which language a document is in: py3langid, offline, with its model in the package."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# The languages news in this tool's scope comes in. Restricting the classifier to
# them removes confusions with close varieties it also knows (Nigerian Pidgin for
# English, Afrikaans for Dutch) that cost more than they bring on news text.
NEWS_LANGUAGES = (
    "en de fr es it pt nl ru uk pl cs sk sl hr sr bg ro hu el tr ar fa he ur hi bn zh ja ko "
    "vi th id ms sv da no fi et lv lt sq ka hy az kk sw am ca eu gl is ga cy mk be"
).split()

# Enough text to judge: longer texts are classified on this prefix (the classifier
# is linear in length; a few thousand characters decide as well as the whole).
SAMPLE_CHARS = 5000


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    confidence: float
    fallback: bool  # True when the detector was unsure and the default was taken


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    known = set(ident.nb_classes)
    ident.set_languages([code for code in NEWS_LANGUAGES if code in known])
    return ident


def detect_language(text: str, default: str, min_confidence: float) -> LanguageGuess:
    """The main language of ``text``; ``default`` when the detector is not confident."""
    if not text.strip():
        return LanguageGuess(default, 0.0, True)
    code, prob = _identifier().classify(text[:SAMPLE_CHARS])
    prob = float(prob)
    if code != default and prob < min_confidence:
        return LanguageGuess(default, round(prob, 3), True)
    return LanguageGuess(code, round(prob, 3), False)
