"""Errors the library raises; the CLI turns them into one stderr line each and exit code 2."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""


class InputError(FactcheckError):
    """A user file is missing, unreadable or invalid.

    The message names the file and, where known, the line and column (1-based),
    as ``path:line:col: message`` so that editors and CI logs can jump to it.
    """

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        super().__init__(str(self))

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, int | None, int | None]]:
        """Pickle by the fields (a worker process hands a bad source's error back)."""
        return type(self), (self.path, self.message, self.line, self.column)

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class InputErrors(FactcheckError):
    """Several input errors found in one pass, reported together (yamllint-style)."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
