"""How complete the catalog is: fill rates by column and kind, and price coverage.

A cell is *filled* (a sourced value), *not published* (the row's ``not_published``
lists it: nobody publishes it, or the device is not sold / not rented) or *missing*
(not entered yet). Price coverage counts the observed rows of the prices table.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gpucompare.core.catalog.prices import CLOUD_KINDS, PRICE_ROW_KINDS, PURCHASE_KINDS
from gpucompare.core.catalog.published import (
    PRICE_TOKENS,
    column_not_published,
    lists_all,
)
from gpucompare.core.catalog.schema import COLUMNS, KINDS

ALL = "all"
_SKIPPED = frozenset(
    {"id", "not_published", "launch_price_kind", "launch_price_date", "launch_price_source"}
    | {"cloud_provider", "cloud_price_date", "cloud_price_source"}
)
# Columns whose fill rate is reported: every column but the id, the not_published list
# and the price's companions (kind, date, source, provider follow the price itself).
FILL_COLUMNS: tuple[str, ...] = tuple(c.id for c in COLUMNS if c.id not in _SKIPPED)
FILL_KEYS = ("column", "kind", "devices", "filled", "not_published", "missing")
PRICE_GROUPS: dict[str, tuple[str, ...]] = {
    **{kind: (kind,) for kind in PRICE_ROW_KINDS},
    "purchase": PURCHASE_KINDS,
    "cloud": CLOUD_KINDS,
    "any": PRICE_ROW_KINDS,
}
# The not_published tokens that excuse a device from a group: all of them must be listed
# (a device with no price at all is excused only when it is neither sold nor rented).
GROUP_TOKENS: dict[str, tuple[str, ...]] = {
    "purchase": (PRICE_TOKENS["launch_price_usd"],),
    "cloud": (PRICE_TOKENS["cloud_usd_per_hour"],),
    "any": (PRICE_TOKENS["launch_price_usd"], PRICE_TOKENS["cloud_usd_per_hour"]),
}


def kind_counts(catalog: pd.DataFrame) -> dict[str, int]:
    """Devices of each kind, in schema order, and in all."""
    counts = {kind: int((catalog["kind"] == kind).sum()) for kind in KINDS}
    return {**counts, ALL: len(catalog)}


def fill_rates(catalog: pd.DataFrame) -> pd.DataFrame:
    """Per column and per kind (and ``all``): devices, filled, not_published, missing.

    Also ``filled_share`` and ``known_share`` (filled or not published), 0 to 1.
    """
    kinds = catalog["kind"].to_numpy(dtype=object)
    groups = {ALL: np.ones(len(catalog), dtype=bool)}
    groups.update({kind: kinds == kind for kind in KINDS})
    records = []
    for column in FILL_COLUMNS:
        filled = catalog[column].notna().to_numpy()
        listed = column_not_published(catalog, column)
        for kind, rows in groups.items():
            devices = int(rows.sum())
            done, absent = int((filled & rows).sum()), int((listed & rows).sum())
            records.append((column, kind, devices, done, absent, devices - done - absent))
    frame = pd.DataFrame.from_records(records, columns=list(FILL_KEYS))
    devices = frame["devices"].where(frame["devices"] > 0)
    frame["filled_share"] = (frame["filled"] / devices).fillna(0.0)
    frame["known_share"] = ((frame["filled"] + frame["not_published"]) / devices).fillna(0.0)
    return frame


def price_coverage(catalog: pd.DataFrame, prices: pd.DataFrame) -> pd.DataFrame:
    """Per kind of price (and purchase, cloud, any): rows, devices with one, their share.

    ``not_published`` counts devices that are not sold (purchase), not rented (cloud), or
    neither (any); ``known_share`` is the share with a row or such a statement. ``share_GPU``
    … ``share_ASIC`` are the shares within each device kind.
    """
    ids = catalog["id"]
    kinds = catalog["kind"]
    total = max(len(catalog), 1)
    prices = prices[prices["device_id"].isin(ids)]
    records = []
    for group, members in PRICE_GROUPS.items():
        rows = prices[prices["price_kind"].isin(members)]
        has_row = ids.isin(rows["device_id"]).to_numpy()
        listed = _lists(catalog, GROUP_TOKENS.get(group, ()))
        record = {
            "price_kind": group,
            "rows": len(rows),
            "devices": int(has_row.sum()),
            "share": float(has_row.sum()) / total,
            "not_published": int((listed & ~has_row).sum()),
            "known_share": float((has_row | listed).sum()) / total,
        }
        for kind in KINDS:
            of_kind = (kinds == kind).to_numpy()
            count = int(of_kind.sum())
            record[f"share_{kind}"] = float((has_row & of_kind).sum()) / count if count else 0.0
        records.append(record)
    return pd.DataFrame.from_records(records)


def _lists(catalog: pd.DataFrame, tokens: tuple[str, ...]) -> np.ndarray:
    """Rows whose not_published names every one of ``tokens`` (none when there are none)."""
    if not tokens:
        return np.zeros(len(catalog), dtype=bool)
    return np.array([lists_all(row, tokens) for _, row in catalog.iterrows()], bool)


def price_rows_by(prices: pd.DataFrame, column: str, rated: set[str]) -> pd.DataFrame:
    """Price rows and devices per value of ``column`` (provider or currency), most first.

    ``rated`` are the currencies with an exchange rate: ``usable_rows`` counts the
    rows the price policy can use (the others are listed but not converted).
    """
    frame = prices.assign(
        key=prices[column].replace("", "(none)"), usable=prices["currency"].isin(rated)
    )
    grouped = frame.groupby("key", sort=False)
    summary = pd.DataFrame(
        {
            "rows": grouped.size(),
            "usable_rows": grouped["usable"].sum().astype("int64"),
            "devices": grouped["device_id"].nunique(),
        }
    )
    summary.index.name = column
    return summary.sort_values(["rows", "devices"], ascending=False, kind="stable").reset_index()
