"""Benchmark results: targets, pass/fail, the printed table and the JSON document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timing import Stats

MS = 1e-3


@dataclass(frozen=True)
class Target:
    """A goal for one result.

    ``on`` says what ``limit`` bounds: ``"value"`` the median itself (seconds), ``"ratio"``
    the median over the baseline's median, ``"speedup"`` the baseline over the median.
    """

    limit: float
    on: str

    def text(self) -> str:
        if self.on == "value":
            return f"≤ {format_seconds(self.limit)}"
        if self.on == "ratio":
            return f"≤ {self.limit:g}×"
        return f"≥ {self.limit:g}× faster"

    def met(self, result: Result) -> bool:
        if self.on == "value":
            return result.stats.median <= self.limit
        if self.on == "ratio":
            return result.ratio is not None and result.ratio <= self.limit
        return result.ratio is not None and 1.0 / result.ratio >= self.limit


@dataclass(frozen=True)
class Result:
    """One row of the table: a measured quantity, its baseline and its targets."""

    name: str
    stats: Stats
    unit: str = "s"  # "s" or "KiB"
    baseline: Stats | None = None
    baseline_name: str = ""
    targets: tuple[Target, ...] = ()
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """Median over the baseline's median."""
        if self.baseline is None or self.baseline.median == 0:
            return None
        return self.stats.median / self.baseline.median

    @property
    def passed(self) -> bool | None:
        """True or False against every target; None without targets."""
        if not self.targets:
            return None
        return all(target.met(self) for target in self.targets)

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "unit": self.unit,
            **self.stats.to_dict(),
            "baseline_name": self.baseline_name or None,
            "baseline": self.baseline.to_dict() if self.baseline is not None else None,
            "ratio": self.ratio,
            "targets": [target.text() for target in self.targets],
            "passed": self.passed,
            "note": self.note or None,
        }


def format_seconds(seconds: float) -> str:
    """3 significant digits: 0.412 ms, 12.5 ms, 1,130 ms, 12.3 s."""
    if seconds >= 10.0:
        return f"{seconds:.1f} s"
    milliseconds = seconds / MS
    if milliseconds >= 100:
        return f"{milliseconds:,.0f} ms"
    if milliseconds >= 10:
        return f"{milliseconds:.1f} ms"
    if milliseconds >= 1:
        return f"{milliseconds:.2f} ms"
    return f"{milliseconds:.3f} ms"


def format_value(value: float, unit: str) -> str:
    """A value in its unit, for the table."""
    if unit == "KiB":
        return f"{value / 1024:,.0f} MiB"
    return format_seconds(value)


def _spread(stats: Stats, unit: str) -> str:
    return f"{format_value(stats.q1, unit)} – {format_value(stats.q3, unit)}"


def _ratio(ratio: float | None) -> str:
    if ratio is None:
        return "—"
    if ratio < 0.1:
        return f"{ratio:.2g}× ({1 / ratio:,.0f}× faster)"
    return f"{ratio:.2f}×"


HEADERS = ("measurement", "median", "IQR (q1 – q3)", "baseline median", "ratio", "target", "")


def table_rows(results: Sequence[Result]) -> list[tuple[str, ...]]:
    """The table's cells, one tuple per result."""
    rows = []
    for result in results:
        verdict = {True: "pass", False: "FAIL", None: ""}[result.passed]
        rows.append(
            (
                result.name,
                format_value(result.stats.median, result.unit),
                _spread(result.stats, result.unit),
                format_value(result.baseline.median, result.unit) if result.baseline else "—",
                _ratio(result.ratio),
                ", ".join(t.text() for t in result.targets) or "—",
                verdict,
            )
        )
    return rows


def markdown_table(results: Sequence[Result]) -> str:
    """The results as a Markdown table."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(row) + " |" for row in table_rows(results)]
    return "\n".join(lines)


def baselines_legend(results: Sequence[Result]) -> str:
    """What each baseline is, one line each, in first-use order."""
    seen: dict[str, None] = {}
    for result in results:
        if result.baseline_name:
            seen.setdefault(result.baseline_name, None)
    return "\n".join(f"- baseline: {name}" for name in seen)


def notes(results: Sequence[Result]) -> str:
    """Each result's note, one line each."""
    return "\n".join(f"- {r.name}: {r.note}" for r in results if r.note)
