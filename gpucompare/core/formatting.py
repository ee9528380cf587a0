"""Plain-text number formatting shared by the CLI and exports (the GUI uses QLocale)."""

from __future__ import annotations

import math

MISSING = "—"


def format_number(value: object, missing: str = MISSING, *, grouping: bool = True) -> str:
    """Readable number: thousands separators for big values, 3–4 significant digits for small.

    ``grouping=False`` prints whole numbers plainly (years).
    """
    if value is None:
        return missing
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number):
        return missing
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    magnitude = abs(number)
    if number == int(number) and magnitude < 1e15:
        return f"{int(number):,}" if grouping else str(int(number))
    if magnitude >= 1000:
        return f"{number:,.0f}"
    if magnitude >= 100:
        return f"{number:.1f}"
    if magnitude >= 1:
        return f"{number:.3g}" if magnitude < 10 else f"{number:.2f}".rstrip("0").rstrip(".")
    return f"{number:.3g}"
