"""Currencies and exchange rates: the catalog stays in USD; display converts.

Rates live in ``resources/data/exchange_rates.csv`` with their date and source; a
user's edited rates are kept separately (see :func:`with_rate`).
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, replace
from pathlib import Path

from gpucompare import paths
from gpucompare.core.issues import InputError
from gpucompare.core.messages import DataLabel, Message

BASE = "USD"


@dataclass(frozen=True)
class Currency:
    """A display currency and how many of its units one US dollar buys."""

    code: str
    symbol: str
    name: str
    per_usd: float
    date: str = ""
    source: str = ""

    def from_usd(self, amount: float) -> float:
        """Convert a USD amount into this currency."""
        return amount * self.per_usd

    def to_usd(self, amount: float) -> float:
        """Convert an amount in this currency into USD."""
        return amount / self.per_usd


def rates_file() -> Path:
    """The bundled exchange-rate file."""
    return paths.resource("data", "exchange_rates.csv")


def load_currencies(path: Path | None = None) -> dict[str, Currency]:
    """Currencies by code, USD first, from the bundled (or given) rate file."""
    path = rates_file() if path is None else path
    text = path.read_text(encoding="utf-8")
    currencies: dict[str, Currency] = {}
    for row in csv.DictReader(io.StringIO(text)):
        rate = float(row["per_usd"])
        currencies[row["code"]] = Currency(
            row["code"],
            row["symbol"],
            DataLabel(row["name"], "currency", row["code"]),
            rate,
            row.get("date", ""),
            row.get("source", ""),
        )
    if BASE not in currencies or currencies[BASE].per_usd != 1.0:
        raise ValueError(f"{path}: the USD row must exist with per_usd 1")
    return currencies


def with_rate(currency: Currency, per_usd: float, date: str = "") -> Currency:
    """``currency`` with a user-chosen rate; the source becomes "edited by the user"."""
    if currency.code == BASE:
        raise InputError(currency.code, Message("the USD rate is always 1"))
    if not math.isfinite(per_usd) or not 0 < per_usd < 1e6:
        raise InputError(
            currency.code,
            Message(
                "exchange rate must be a positive number, not {per_usd}", per_usd=f"{per_usd!r}"
            ),
        )
    return replace(currency, per_usd=per_usd, date=date, source="edited by the user")


def currency(code: str, currencies: dict[str, Currency] | None = None) -> Currency:
    """The currency called ``code`` (case-insensitive); InputError lists the known ones."""
    known = load_currencies() if currencies is None else currencies
    key = code.upper()
    if key not in known:
        raise InputError(
            "currency",
            Message(
                "unknown currency {code}; choose one of {value}",
                code=f"{code!r}",
                value=f"{', '.join(known)}",
            ),
        )
    return known[key]
