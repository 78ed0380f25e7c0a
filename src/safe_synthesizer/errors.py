"""Errors a user can fix. The CLI prints their message as one line, without a traceback."""

from __future__ import annotations


class SafeSynthesizerError(Exception):
    """Base class of every error this package raises on purpose."""


class UserInputError(SafeSynthesizerError):
    """Bad input data (file, column, value). The message names it and the fix."""


class ConfigError(SafeSynthesizerError):
    """Bad configuration (key, value). The message names the key and the fix."""


class StageNotBuiltError(SafeSynthesizerError):
    """A pipeline stage whose backend is not installed or not available here."""
