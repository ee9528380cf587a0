"""Telling "nobody publishes this" from "not entered yet".

A device row's ``not_published`` cell lists the columns for which no vendor or named
measurement gives a figure (space-separated ids), and ``purchase_price`` /
``cloud_price`` when the device is not sold / not rented. Such an empty cell shows as
:data:`NOT_PUBLISHED` ("n/p") instead of the "—" of a value nobody has entered.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gpucompare.core.catalog.schema import PRECISION_COLUMNS

NOT_PUBLISHED = "n/p"
# Price columns and the not_published token that says the device is not sold / rented.
PRICE_TOKENS: dict[str, str] = {
    "launch_price_usd": "purchase_price",
    "cloud_usd_per_hour": "cloud_price",
}
_TOKEN_COLUMNS = {token: column for column, token in PRICE_TOKENS.items()}


def not_published_columns(row: pd.Series | dict) -> set[str]:
    """The ids a device row lists as not published (empty for a missing cell)."""
    cell = row.get("not_published")
    if not isinstance(cell, str):
        return set()
    return set(cell.split())


def not_published_mask(frame: pd.DataFrame, column: str) -> np.ndarray:
    """Rows whose ``column`` is empty because nobody publishes it (or it is not sold/rented).

    ``column`` is a catalog column id, a price column (``launch_price_usd``,
    ``cloud_usd_per_hour``) or its token (``purchase_price``, ``cloud_price``). A row
    that lists the column yet has a value (a user's file filled it) is not masked.
    """
    token = PRICE_TOKENS.get(column, column)
    value_column = _TOKEN_COLUMNS.get(column, column)
    if "not_published" not in frame.columns or frame.empty:
        return np.zeros(len(frame), dtype=bool)
    codes, distinct = pd.factorize(frame["not_published"])
    listed = np.array([token in str(cell).split() for cell in distinct], dtype=bool)
    mask = np.zeros(len(frame), dtype=bool)
    present = codes >= 0
    mask[present] = listed[codes[present]]
    if value_column in frame.columns:
        mask &= frame[value_column].isna().to_numpy()
    return mask


def column_for_field(field_id: str, precision: str) -> str | None:
    """The catalog column whose "not published" state a table field shows, if any.

    ``peak_tflops`` shows the throughput column of ``precision``; any other field is
    its own column (a derived metric is never listed, so it never shows n/p).
    """
    if field_id == "peak_tflops":
        return PRECISION_COLUMNS.get(precision.upper())
    return field_id
