"""Counts typed by people: ``7e9``, ``70B``, ``1.3T``, ``7,000,000`` and back.

Suffixes are case-insensitive: K = 10^3, M = 10^6, B = 10^9, T = 10^12.
"""

from __future__ import annotations

import math
import re

from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message

SUFFIXES: dict[str, float] = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
EXAMPLES = Message("70B, 1.3T, 7e9 or 7,000,000")  # a Message: the GUI translates the "or"

# Digits, optionally grouped in threes by commas or spaces (including the no-break
# and narrow no-break spaces), an optional fraction, exponent and K/M/B/T suffix.
_NUMBER = re.compile(
    r"""
    ^(?P<sign>[+-])?
    (?P<whole>\d{1,3}(?:(?P<sep>[,\u0020\u00a0\u202f])\d{3})(?:(?P=sep)\d{3})*|\d+)?
    (?P<fraction>\.\d+)?
    (?P<exponent>[eE][+-]?\d+)?
    \s*(?P<suffix>[kKmMbBtT])?$
    """,
    re.VERBOSE,
)


def parse_count(text: str, field: str) -> float:
    """The positive, finite number written in ``text``; InputError naming ``field`` otherwise."""
    if not isinstance(text, str):
        raise InputError(
            field,
            Message(
                "expected text such as {examples}, got {text}",
                examples=EXAMPLES,
                text=f"{text!r}",
            ),
        )
    stripped = text.strip()
    if not stripped:
        raise InputError(
            field, Message("is empty; enter a number such as {examples}", examples=EXAMPLES)
        )
    match = _NUMBER.match(stripped)
    if match is None or (match["whole"] is None and match["fraction"] is None):
        raise InputError(
            field,
            Message(
                "{text} is not a number; enter one such as {examples}",
                text=f"{text!r}",
                examples=EXAMPLES,
            ),
        )
    digits = (match["whole"] or "0").replace(match["sep"] or ",", "")
    mantissa = float(digits + (match["fraction"] or "") + (match["exponent"] or ""))
    value = mantissa * SUFFIXES[match["suffix"].lower()] if match["suffix"] else mantissa
    if match["sign"] == "-" and value != 0:
        raise InputError(
            field,
            Message(
                "must be positive, got {stripped}; enter a number such as {examples}",
                stripped=str(stripped),
                examples=EXAMPLES,
            ),
        )
    if not math.isfinite(value):
        raise InputError(
            field,
            Message(
                "{stripped} is too large; enter a number such as {examples}",
                stripped=str(stripped),
                examples=EXAMPLES,
            ),
        )
    if value <= 0:
        raise InputError(
            field,
            Message(
                "must be greater than zero, got {stripped}; enter a number such as {examples}",
                stripped=str(stripped),
                examples=EXAMPLES,
            ),
        )
    return value


def format_count(value: float) -> str:
    """Short form for display: 70B, 1.3T, 175M, 6.7B, 12K; beyond 10^15 in e-notation."""
    if not math.isfinite(value):
        return str(value)
    value = float(f"{value:.3g}")
    magnitude = abs(value)
    if magnitude >= 1e15:
        return f"{value:.3g}".replace("e+", "e")
    for suffix, scale in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if magnitude >= scale:
            return f"{value / scale:.3g}{suffix}"
    return f"{value:.3g}"
