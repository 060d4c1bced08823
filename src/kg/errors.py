"""The few named exceptions the library raises. Each message says cause, place and fix."""
from __future__ import annotations


class KGError(Exception):
    """Base class: the CLI turns these into one-line messages (exit code 2)."""


class InputError(KGError):
    """One input could not be read. ``path`` (and ``line`` when known) say where."""

    def __init__(self, path: str, reason: str, fix: str = "", line: int | None = None):
        self.path, self.reason, self.fix, self.line = path, reason, fix, line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}" + (f" ({fix})" if fix else ""))


class ExtractorRequirementsError(KGError):
    """An extractor needs a resource the pipeline does not have."""


class QueryError(KGError):
    """A named query is unknown, malformed or was given a parameter it does not declare."""


class StoreError(KGError):
    """The persistent store cannot be opened or written."""
