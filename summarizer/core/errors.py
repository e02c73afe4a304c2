"""Exceptions the user can act on. Every message says what happened and what to do next."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class for every error this package raises on purpose."""


class ConfigError(SummarizerError):
    """The backend or an option is set up wrongly (no model configured, bad path...)."""


class ArticleError(SummarizerError):
    """An input article cannot be read or is not usable (empty, binary, too large...)."""


class ModelError(SummarizerError):
    """The model server failed or answered with something unusable after all retries."""


class ReplayMissError(ModelError):
    """The replay backend has no recording for a request."""


__all__ = [
    "ArticleError",
    "ConfigError",
    "ModelError",
    "ReplayMissError",
    "SummarizerError",
]
