"""Fields: catalog columns and derived metrics behind one interface.

The CLI's ``--columns``, the GUI's table and chart axes and every export speak in
field ids; this module turns them into labels, export headers and values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from gpucompare.core.catalog.metrics import METRICS, Metric, compute_metrics
from gpucompare.core.catalog.schema import COLUMNS, Better, Column


@dataclass(frozen=True)
class Field:
    """A column of a catalog view: either a schema column or a derived metric."""

    id: str
    column: Column | None = None
    metric: Metric | None = None

    @property
    def numeric(self) -> bool:
        """True when the field holds numbers."""
        return self.metric is not None or (self.column is not None and self.column.numeric)

    @property
    def money(self) -> bool:
        """True when the field's value depends on the display currency."""
        return (self.metric or self.column).money  # type: ignore[union-attr]

    @property
    def grouping(self) -> bool:
        """False for numbers printed without thousands separators (years)."""
        return self.column.grouping if self.column is not None else True

    @property
    def better(self) -> Better:
        """Which direction is better for a buyer."""
        return (self.metric or self.column).better  # type: ignore[union-attr]

    @property
    def description(self) -> str:
        """One-sentence description."""
        return (self.metric or self.column).description  # type: ignore[union-attr]

    @property
    def derived(self) -> bool:
        """True for metrics computed from other columns."""
        return self.metric is not None

    def header_id(self, precision: str, currency: str = "USD") -> str:
        """Machine-readable export header, with unit, precision and currency."""
        if self.metric is not None:
            return self.metric.header_id(precision, currency)
        return _with_currency(self.id, currency)

    def label(self, precision: str, currency: str = "USD") -> str:
        """Human label with unit, e.g. ``Memory (GB)`` or ``Launch price (CNY)``."""
        if self.metric is not None:
            return self.metric.display_label(precision, currency)
        assert self.column is not None
        header = self.column.header()
        return header.replace("USD", currency.upper()) if self.column.money else header


def _with_currency(identifier: str, currency: str) -> str:
    return identifier.replace("usd", currency.lower())


FIELDS: dict[str, Field] = {
    **{column.id: Field(column.id, column=column) for column in COLUMNS},
    **{metric.id: Field(metric.id, metric=metric) for metric in METRICS},
}
NUMERIC_FIELD_IDS: tuple[str, ...] = tuple(f.id for f in FIELDS.values() if f.numeric)


def field(field_id: str) -> Field:
    """The field called ``field_id``; raise ``KeyError`` with the known ids."""
    try:
        return FIELDS[field_id]
    except KeyError:
        known = ", ".join(FIELDS)
        raise KeyError(f"unknown column {field_id!r}; known columns: {known}") from None


def build_view(frame: pd.DataFrame, precision: str, rate: float = 1.0) -> pd.DataFrame:
    """Catalog columns (money converted by ``rate``) and every metric, keyed by field id."""
    view = frame.copy(deep=False)  # columns below are replaced or added, never written into
    for column in COLUMNS:
        if column.money and rate != 1.0:
            view[column.id] = frame[column.id] * rate
    metrics = compute_metrics(frame, precision, rate)
    for metric_id in metrics.columns:
        view[metric_id] = metrics[metric_id]
    return view


def export_headers(field_ids: Iterable[str], precision: str, currency: str = "USD") -> list[str]:
    """Export header of each field id."""
    return [field(f).header_id(precision, currency) for f in field_ids]


def field_for_header(name: str, precision: str, currency: str = "USD") -> str | None:
    """The field id whose id or export header (at ``precision`` and ``currency``) is ``name``.

    So ``launch_price_cny`` (what a CNY export calls the purchase price) finds
    ``launch_price_usd``, and ``peak_fp8_tflops`` finds ``peak_tflops``.
    """
    wanted = name.strip().lower()
    for field_id, spec in FIELDS.items():
        names = {field_id, spec.header_id(precision, currency), spec.header_id(precision)}
        if wanted in {n.lower() for n in names}:
            return field_id
    return None
