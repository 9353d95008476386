"""Exceptions of the dipkg library; the CLI turns them into messages and exit codes.

Every error says what went wrong and, where the library knows it, what to do about it: ``hint``
is a short instruction for the user ("install a Java runtime ...") that the CLI prints after the
message. Catch ``DipkgError`` to handle every error of the library at once.
"""
from __future__ import annotations

__all__ = ["DipkgError", "ShapesError", "ReasonerError", "JavaMissingError"]


class DipkgError(Exception):
    """Base class of every error the dipkg library raises on purpose."""

    hint: str | None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class ShapesError(DipkgError):
    """A SHACL shapes file is missing or cannot be parsed (the message names the file and line)."""


class ReasonerError(DipkgError):
    """The OWL reasoner could not be run, or failed for a reason other than an inconsistency."""


class JavaMissingError(ReasonerError):
    """No Java runtime was found, and the HermiT reasoner needs one."""
