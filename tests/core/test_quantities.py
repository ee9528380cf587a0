"""Parsing counts such as 70B and 1.3T, and formatting them back."""

from __future__ import annotations

import pytest

from gpucompare.core.issues import InputError
from gpucompare.core.quantities import format_count, parse_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7e9", 7e9),
        ("7B", 7e9),
        ("7b", 7e9),
        ("70B", 70e9),
        ("1.3T", 1.3e12),
        ("2T", 2e12),
        ("2t", 2e12),
        ("300B", 300e9),
        ("175M", 175e6),
        ("175m", 175e6),
        ("12K", 12e3),
        ("7,000,000", 7e6),
        ("7 000 000", 7e6),
        ("7\u00a0000\u00a0000", 7e6),
        ("1,234.5", 1234.5),
        (" 6.7 B ", 6.7e9),
        (".5k", 500.0),
        ("+3", 3.0),
        ("8.4e23", 8.4e23),
        ("1E3", 1e3),
        ("2e-3", 2e-3),
        ("1.5e3M", 1.5e9),
    ],
)
def test_parses(text, expected):
    assert parse_count(text, "params") == pytest.approx(expected, rel=1e-15)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("0", "greater than zero"),
        ("0B", "greater than zero"),
        ("-0", "greater than zero"),
        ("-7B", "must be positive"),
        ("-1", "must be positive"),
        ("nan", "is not a number"),
        ("NaN", "is not a number"),
        ("inf", "is not a number"),
        ("1e400", "too large"),
        ("7X", "is not a number"),
        ("abc", "is not a number"),
        ("1..2", "is not a number"),
        ("7BB", "is not a number"),
        ("B", "is not a number"),
        ("7e", "is not a number"),
        ("1,000,00", "is not a number"),
        ("1,000 000", "is not a number"),
        ("7 B B", "is not a number"),
        ("0x10", "is not a number"),
    ],
)
def test_rejects_with_field_and_example(text, fragment):
    with pytest.raises(InputError) as raised:
        parse_count(text, "tokens")
    assert raised.value.field == "tokens"
    assert fragment in raised.value.message
    assert "70B" in raised.value.message  # an example of valid input


def test_rejects_non_text():
    with pytest.raises(InputError, match="expected text"):
        parse_count(7e9, "params")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (70e9, "70B"),
        (1.3e12, "1.3T"),
        (2e12, "2T"),
        (175e6, "175M"),
        (6.7e9, "6.7B"),
        (12_000, "12K"),
        (405e9, "405B"),
        (15.6e12, "15.6T"),
        (42, "42"),
        (999.6e9, "1T"),
        (8.4e23, "8.4e23"),
    ],
)
def test_format_count(value, expected):
    assert format_count(value) == expected


@pytest.mark.parametrize("value", [7e9, 70e9, 1.3e12, 175e6, 12e3])
def test_format_round_trips(value):
    assert parse_count(format_count(value), "params") == value
