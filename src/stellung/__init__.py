"""stellung: political news into sourced, structured evidence.

    import stellung
    analysis = stellung.analyze(text, id="a1", published="2024-03-05")
    analysis.to_dict()   # the JSON contract, schema_version "1"
"""

__version__ = "0.1.0"

from .errors import InputError, KnowledgeError, ModelNotFound, StellungError  # noqa: E402
from .model import (  # noqa: E402
    Actor, Analysis, Boilerplate, Document, Event, Failure, Mention, Quote, Relation, Sentence, Span,
)
from .pipeline import Analyzer, analyze  # noqa: E402
from .settings import Settings  # noqa: E402

__all__ = [
    "Actor", "Analysis", "Analyzer", "Boilerplate", "Document", "Event", "Failure", "InputError",
    "KnowledgeError", "Mention", "ModelNotFound", "Quote", "Relation", "Sentence", "Settings", "Span",
    "StellungError", "analyze", "__version__",
]
