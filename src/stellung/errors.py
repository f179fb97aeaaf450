"""Errors that carry a one-line reason a user can act on."""


class StellungError(Exception):
    """Base class: the message is a single line meant for the user."""


class InputError(StellungError):
    """One input record could not be read (empty, binary, too large, unreachable...)."""


class ModelNotFound(StellungError):
    """A named spaCy pipeline is not installed."""


class KnowledgeError(StellungError):
    """A data file (boilerplate patterns, knowledge base, lexicon) is malformed."""
