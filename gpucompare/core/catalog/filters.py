"""Filtering the catalog, vectorized, for the CLI and the GUI alike."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

SEARCHED_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "vendor",
    "brand",
    "kind",
    "form_factor",
    "memory_type",
    "software_stack",
)
# Software-support choices the GUI and CLI offer: the support levels each one accepts.
PYTORCH_CHOICES: dict[str, frozenset[str]] = {
    "any": frozenset(),
    "upstream": frozenset({"upstream"}),
    "upstream-or-plugin": frozenset({"upstream", "plugin"}),
}
VLLM_CHOICES: dict[str, frozenset[str]] = {
    "any": frozenset(),
    "upstream": frozenset({"upstream"}),
    "upstream-plugin-or-fork": frozenset({"upstream", "plugin", "fork"}),
}


@dataclass(frozen=True)
class Range:
    """An inclusive numeric range; ``None`` leaves that side open."""

    low: float | None = None
    high: float | None = None

    @property
    def is_open(self) -> bool:
        """True when the range does not restrict anything."""
        return self.low is None and self.high is None


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the catalog to. Empty sets mean "all".

    A set range excludes devices whose value is unknown: they cannot be shown to fit.
    Prices are in the display currency. ``pytorch_support`` / ``vllm_support`` name the
    support levels accepted (see :data:`PYTORCH_CHOICES`); unknown support never passes.
    """

    kinds: frozenset[str] = field(default_factory=frozenset)
    vendors: frozenset[str] = field(default_factory=frozenset)
    segments: frozenset[str] = field(default_factory=frozenset)
    memory_gb: Range = Range()
    price: Range = Range()
    power_w: Range = Range()
    release_year: Range = Range()
    search: str = ""
    only_priced: bool = False
    only_rentable: bool = False
    pytorch_support: frozenset[str] = field(default_factory=frozenset)
    vllm_support: frozenset[str] = field(default_factory=frozenset)


class FilterEngine:
    """Keeps what filtering needs per catalog, each part made when first used, then masks
    quickly (a catalog nobody searches never builds the search text)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame
        self._numbers: dict[str, np.ndarray] = {}
        self._text: dict[str, np.ndarray] = {}

    @functools.cached_property
    def _haystack(self) -> np.ndarray:
        """Each row's searched columns as one lower-case text."""
        frame = self._frame
        texts = [frame[c].fillna("").astype(str).to_numpy(dtype=object) for c in SEARCHED_COLUMNS]
        return np.array(
            [" ".join(parts).lower() for parts in zip(*texts, strict=True)], dtype=object
        )

    def _column_numbers(self, column: str) -> np.ndarray:
        if column not in self._numbers:
            self._numbers[column] = self._frame[column].to_numpy(dtype="float64", na_value=np.nan)
        return self._numbers[column]

    def _column_text(self, column: str) -> np.ndarray:
        if column not in self._text:
            self._text[column] = self._frame[column].fillna("").astype(str).to_numpy()
        return self._text[column]

    def mask(self, filters: Filters, rate: float = 1.0) -> np.ndarray:
        """Boolean mask of the rows that pass ``filters`` (prices compared in display currency)."""
        keep = np.ones(len(self._frame), dtype=bool)
        for column, chosen in (
            ("kind", filters.kinds),
            ("vendor", filters.vendors),
            ("segment", filters.segments),
            ("pytorch_support", filters.pytorch_support),
            ("vllm_support", filters.vllm_support),
        ):
            if chosen:
                keep &= np.isin(self._column_text(column), list(chosen))
        for column, bounds, scale in (
            ("memory_gb", filters.memory_gb, 1.0),
            ("launch_price_usd", filters.price, rate),
            ("power_w", filters.power_w, 1.0),
            ("release_year", filters.release_year, 1.0),
        ):
            if not bounds.is_open:
                keep &= _within(self._column_numbers(column) * scale, bounds)
        if filters.only_priced:
            keep &= ~np.isnan(self._column_numbers("launch_price_usd"))
        if filters.only_rentable:
            keep &= ~np.isnan(self._column_numbers("cloud_usd_per_hour"))
        for term in filters.search.lower().split():
            rows = np.flatnonzero(keep)
            if rows.size == 0:
                break
            keep[rows] = [term in text for text in self._haystack[rows]]
        return keep


def _within(values: np.ndarray, bounds: Range) -> np.ndarray:
    inside = ~np.isnan(values)
    with np.errstate(invalid="ignore"):
        if bounds.low is not None:
            inside &= values >= bounds.low
        if bounds.high is not None:
            inside &= values <= bounds.high
    return inside
