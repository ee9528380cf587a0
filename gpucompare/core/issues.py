"""Validation findings and the errors that carry them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gpucompare.core.messages import Message


@dataclass(frozen=True)
class Issue:
    """One problem found in a catalog file, located as precisely as possible."""

    file: str
    reason: Message
    line: int | None = None
    column: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.column:
            where += f", column {self.column}"
        shown = ""
        if self.value is not None:
            text = self.value if len(self.value) <= 60 else self.value[:57] + "..."
            shown = f" {text!r}:"
        return f"{where}:{shown} {self.reason}"


def unknown_column(close: list[str]) -> Message:
    """The reason for an unknown header cell, suggesting the ``close`` match if any."""
    if close:
        return Message("unknown column; did you mean {name}?", name=repr(close[0]))
    return Message("unknown column")


def one_of(choices: Iterable[str]) -> Message:
    """The reason for a cell that is not one of ``choices``."""
    return Message("must be one of {choices}", choices=", ".join(choices))


class CatalogError(Exception):
    """A catalog file was rejected; ``issues`` lists every problem found."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        super().__init__(self.summary())

    def summary(self, limit: int = 20) -> str:
        """The first ``limit`` issues, one per line, and a count of the rest."""
        lines = [str(issue) for issue in self.issues[:limit]]
        hidden = len(self.issues) - limit
        if hidden > 0:
            lines.append(f"... and {hidden} more")
        return "\n".join(lines)


class InputError(ValueError):
    """A user-supplied value (a calculator field, a CLI option) is invalid.

    ``field`` names the input so the UI can point at it.
    """

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")
