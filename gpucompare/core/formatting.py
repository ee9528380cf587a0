"""Number formatting rules shared by the CLI, exports and the GUI (which adds QLocale)."""

from __future__ import annotations

import math

import pandas as pd

MISSING = "—"
# Below this magnitude a number is written in scientific notation with 3 significant digits
# (1.93e-10 h, not 0.000000000193 h).
SCIENTIFIC_BELOW = 1e-4


def is_tiny(number: float) -> bool:
    """Whether ``number`` is non-zero and too small for plain decimals."""
    return 0 < abs(number) < SCIENTIFIC_BELOW


def display_decimals(number: float) -> int:
    """How many decimals make ``number`` readable: 3 significant digits, none past 1,000."""
    magnitude = abs(number)
    if magnitude == 0 or number == int(number) or magnitude >= 1000:
        return 0
    if magnitude >= 100:
        return 1
    if magnitude >= 1:
        return 2
    return min(12, 2 - math.floor(math.log10(magnitude)))


def strip_zeros(text: str, point: str = ".") -> str:
    """``"12.50"`` → ``"12.5"``, ``"3.00"`` → ``"3"``."""
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def format_number(value: object, missing: str = MISSING, *, grouping: bool = True) -> str:
    """Readable number with thousands separators; ``grouping=False`` for years."""
    if value is None or value is pd.NA:
        return missing
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number):
        return missing
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    if is_tiny(number):
        return f"{number:.3g}"
    decimals = display_decimals(number)
    text = f"{number:,.{decimals}f}" if grouping else f"{number:.{decimals}f}"
    return strip_zeros(text) if decimals else text
