"""Which empty cells are "not published" (n/p) rather than "not entered yet" (—).

A device row lists, in ``not_published``, the columns nobody publishes for it, and
``purchase_price`` / ``cloud_price`` when it is not sold / not rented. An empty cell of
such a column shows as n/p; so does an empty derived metric (or purchase / cloud
detail) one of whose inputs is n/p. The CLI and the GUI both ask this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from gpucompare.core.catalog.price_policy import CLOUD_COLUMNS, PURCHASE_COLUMNS
from gpucompare.core.catalog.schema import NOT_PUBLISHED_PRICES, precision_column
from gpucompare.core.messages import Message

NOT_PUBLISHED = "n/p"
PEAK = "{peak}"  # stands for the dense-throughput column of the chosen precision
# The catalog columns each derived metric is computed from.
METRIC_INPUTS: dict[str, tuple[str, ...]] = {
    "peak_tflops": (PEAK,),
    "tflops_per_kusd": (PEAK, "launch_price_usd"),
    "tflops_per_w": (PEAK, "power_w"),
    "gb_per_kusd": ("memory_gb", "launch_price_usd"),
    "bytes_per_flop": ("memory_bandwidth_gbps", PEAK),
    "cloud_usd_per_pflop_hour": ("cloud_usd_per_hour", PEAK),
}
# The not_published token that stands for each price column.
PRICE_TOKENS: dict[str, str] = {
    **dict.fromkeys(PURCHASE_COLUMNS, NOT_PUBLISHED_PRICES[0]),
    **dict.fromkeys(CLOUD_COLUMNS, NOT_PUBLISHED_PRICES[1]),
}


def tokens_of(field_id: str, precision: str) -> tuple[str, ...]:
    """The not_published tokens that make ``field_id`` n/p at ``precision``."""
    inputs = METRIC_INPUTS.get(field_id, (field_id,))
    columns = [precision_column(precision) if c == PEAK else c for c in inputs]
    return tuple(dict.fromkeys(PRICE_TOKENS.get(c, c) for c in columns))


def listed_tokens(value: object) -> frozenset[str]:
    """The tokens of one ``not_published`` cell (empty for a missing cell)."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return frozenset()
    return frozenset(str(value).split())


def not_published_mask(
    frame: pd.DataFrame, field_ids: Iterable[str], precision: str
) -> dict[str, np.ndarray]:
    """Per field id, which rows of a catalog view show n/p: empty and an input not published."""
    listing = _Listing(frame)
    return {
        field_id: listing.rows_with_any(tokens_of(field_id, precision))
        & frame[field_id].isna().to_numpy()
        for field_id in field_ids
    }


class _Listing:
    """The distinct ``not_published`` cells of a frame, parsed once."""

    def __init__(self, frame: pd.DataFrame) -> None:
        column = (
            frame["not_published"] if "not_published" in frame else pd.Series(pd.NA, frame.index)
        )
        self.codes, distinct = pd.factorize(column.fillna(""))
        self.token_sets = [listed_tokens(value) for value in distinct]

    def rows_with_any(self, tokens: Iterable[str]) -> np.ndarray:
        """Rows whose cell lists at least one of ``tokens``."""
        wanted = frozenset(tokens)
        hit = np.array([bool(found & wanted) for found in self.token_sets], dtype=bool)
        if not len(hit):
            return np.zeros(len(self.codes), dtype=bool)
        return hit[self.codes] & (self.codes >= 0)


def missing_inputs(row: pd.Series, field_id: str, precision: str) -> tuple[str, ...]:
    """The listed tokens that make one device's empty ``field_id`` n/p (empty: not n/p).

    A column id means nobody publishes that figure; ``purchase_price`` means the device
    is not sold and ``cloud_price`` that no cloud rents it.
    """
    if not pd.isna(row[field_id]):
        return ()
    listed = listed_tokens(row.get("not_published"))
    return tuple(t for t in tokens_of(field_id, precision) if t in listed)


def not_published_columns(row: pd.Series | dict) -> set[str]:
    """The ids (and price tokens) a device row lists as not published."""
    return set(listed_tokens(row.get("not_published")))


def column_not_published(frame: pd.DataFrame, column: str) -> np.ndarray:
    """Rows whose ``column`` is empty because nobody publishes it (or it is not sold/rented).

    ``column`` is a catalog column id, a price column or its token (``purchase_price``,
    ``cloud_price``; then any row listing the token counts). A row that lists the column
    yet has a value (a user's file filled it) is not counted.
    """
    mask = _Listing(frame).rows_with_any([PRICE_TOKENS.get(column, column)])
    if column in frame.columns:
        mask &= frame[column].isna().to_numpy()
    return mask


def lists_all(row: Mapping[str, object], columns: Sequence[str]) -> bool:
    """Whether ``row``'s ``not_published`` lists every one of ``columns``: nobody publishes
    the figure they could give."""
    listed = listed_tokens(row.get("not_published"))
    return all(column in listed for column in columns)


def figure_gap(missing: Message, columns: Sequence[str], row: Mapping[str, object]) -> Message:
    """``missing`` (e.g. "no memory figure"), said as not published or not entered yet.

    Not published when the row lists every one of ``columns`` in ``not_published``.
    """
    if lists_all(row, columns):
        return Message(
            "{missing}: not published ({columns} in not_published)",
            missing=missing,
            columns=", ".join(columns),
        )
    return Message("{missing} entered in the catalog yet", missing=missing)
