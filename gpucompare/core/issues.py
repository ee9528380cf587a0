"""Validation findings and the errors that carry them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Issue:
    """One problem found in a catalog file, located as precisely as possible."""

    file: str
    reason: str
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
