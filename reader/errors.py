"""Errors a user can act on; the CLI prints them as one line and exits with status 2."""

from __future__ import annotations


class ReaderError(Exception):
    """A problem with the user's input or library, explained in one line."""


class InputError(ReaderError):
    """A file or folder given to reader cannot be read as a newspaper dump."""
