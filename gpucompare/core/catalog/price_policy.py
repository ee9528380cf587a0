"""The price policy: which observed price becomes a device's purchase and cloud price.

Every table, chart and calculator uses one purchase price (USD per device) and one
cloud price (USD per device-hour) per device. The prices table may hold many of each,
in several currencies; the policy picks:

- purchase, ``msrp-first`` (default): the newest MSRP, else the newest street price,
  else the newest named estimate. ``street-first`` prefers what cards sell for now
  (second-hand included), then MSRP, then estimates. ``lowest`` takes the lowest.
- cloud, ``cheapest`` (default): the cheapest on-demand price per device-hour among
  the providers (each provider's newest quote). ``median`` takes the median of the
  providers' quotes; ``provider:NAME`` only that provider's cheapest quote.

Amounts are converted to USD with the dated rates file; a price quoted in a currency
with no rate is listed but not used. An instance or system price is divided by the
devices it holds. A device's own price cells (a user's catalog file) always win.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from gpucompare.core.catalog.prices import PURCHASE_KINDS
from gpucompare.core.currency import Currency
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message

PURCHASE_POLICIES: dict[str, tuple[str, ...] | None] = {
    "msrp-first": ("msrp", "street", "estimate"),
    "street-first": ("street", "msrp", "estimate"),
    "lowest": None,
}
CLOUD_POLICIES: tuple[str, ...] = ("cheapest", "median")
PROVIDER_PREFIX = "provider:"
PURCHASE_COLUMNS = (
    "launch_price_usd",
    "launch_price_kind",
    "launch_price_date",
    "launch_price_source",
)
CLOUD_COLUMNS = ("cloud_usd_per_hour", "cloud_provider", "cloud_price_date", "cloud_price_source")
_PICKED = ["device_id", "usd", "label", "date", "source", "rows"]


@dataclass(frozen=True)
class PricePolicy:
    """How to pick one purchase and one cloud price per device from the prices table."""

    purchase: str = "msrp-first"
    cloud: str = "cheapest"

    def __post_init__(self) -> None:
        if self.purchase not in PURCHASE_POLICIES:
            raise InputError(
                "purchase_policy",
                Message(
                    "choose one of {value}, got {purchase}",
                    value=f"{', '.join(PURCHASE_POLICIES)}",
                    purchase=f"{self.purchase!r}",
                ),
            )
        provider = self.cloud.removeprefix(PROVIDER_PREFIX)
        if self.cloud not in CLOUD_POLICIES and not (
            self.cloud.startswith(PROVIDER_PREFIX) and provider.strip()
        ):
            raise InputError(
                "cloud_policy",
                Message(
                    "choose cheapest, median or provider:NAME (e.g. provider:AWS), got {cloud}",
                    cloud=f"{self.cloud!r}",
                ),
            )

    @property
    def provider(self) -> str | None:
        """The one provider whose prices count, or None for all."""
        if self.cloud.startswith(PROVIDER_PREFIX):
            return self.cloud.removeprefix(PROVIDER_PREFIX).strip()
        return None

    def describe(self) -> Message:
        """One line for notes and exports."""
        return Message(
            "purchase: {purchase}; cloud: {cloud} (on-demand)",
            purchase=self.purchase,
            cloud=self.cloud,
        )


def priced_rows(prices: pd.DataFrame, currencies: Mapping[str, Currency]) -> pd.DataFrame:
    """``prices`` with ``usd`` (per device, or per device-hour) where a rate is known."""
    frame = prices.copy()
    per_usd = frame["currency"].map({code: c.per_usd for code, c in currencies.items()})
    divisor = frame["instance_devices"].where(frame["instance_devices"] > 0, 1.0).fillna(1.0)
    divided = (frame["unit"] == "instance_hour") | (
        frame["price_kind"].isin(PURCHASE_KINDS) & frame["instance_devices"].notna()
    )
    frame["usd"] = frame["amount"].astype("float64") / per_usd.astype("float64")
    frame.loc[divided, "usd"] = frame.loc[divided, "usd"] / divisor[divided]
    return frame


def apply_price_policy(
    devices: pd.DataFrame,
    prices: pd.DataFrame,
    policy: PricePolicy,
    currencies: Mapping[str, Currency],
) -> pd.DataFrame:
    """``devices`` with their empty price cells filled by ``policy`` from ``prices``."""
    result = devices.copy()
    if prices.empty:
        return result
    purchase, cloud = _picks(prices, policy, currencies, result["id"])
    for picked, columns in ((purchase, PURCHASE_COLUMNS), (cloud, CLOUD_COLUMNS)):
        if picked.empty:
            continue
        by_id = picked.set_index("device_id")
        keep = result[columns[0]].notna()
        for column, source in zip(columns, ("usd", "label", "date", "source"), strict=True):
            filled = result["id"].map(by_id[source])
            current = result[column]
            values = filled.astype(current.dtype) if column != columns[0] else filled
            result[column] = current.where(keep, values)
    return result


def picked_rows(
    prices: pd.DataFrame, policy: PricePolicy, currencies: Mapping[str, Currency]
) -> dict[str, set[object]]:
    """Index labels of the rows of ``prices`` the policy uses: ``purchase`` and ``cloud``.

    A median names every quote it is the median of. A device whose own price cells are
    filled uses none of them (see :func:`apply_price_policy`).
    """
    if prices.empty:
        return {"purchase": set(), "cloud": set()}
    purchase, cloud = _picks(prices, policy, currencies, prices["device_id"])
    return {
        "purchase": {row for rows in purchase["rows"] for row in rows},
        "cloud": {row for rows in cloud["rows"] for row in rows},
    }


def _picks(
    prices: pd.DataFrame,
    policy: PricePolicy,
    currencies: Mapping[str, Currency],
    ids: pd.Series,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = priced_rows(prices, currencies)
    rows = rows[rows["usd"].notna() & rows["device_id"].isin(ids)]
    rows = rows.assign(rows=[(label,) for label in rows.index])
    purchase = _pick_purchase(rows[rows["price_kind"].isin(PURCHASE_KINDS)], policy)
    cloud = _pick_cloud(rows[rows["price_kind"] == "cloud_on_demand"], policy)
    return purchase, cloud


def _pick_purchase(rows: pd.DataFrame, policy: PricePolicy) -> pd.DataFrame:
    if rows.empty:
        return rows
    order = PURCHASE_POLICIES[policy.purchase]
    rows = rows.assign(label=rows["price_kind"])
    if order is None:
        ranked = rows.sort_values(["device_id", "usd"], kind="stable")
    else:
        rank = rows["price_kind"].map({kind: i for i, kind in enumerate(order)})
        ranked = rows.assign(rank=rank).sort_values(
            ["device_id", "rank", "date"], ascending=[True, True, False], kind="stable"
        )
    return ranked.drop_duplicates("device_id")[_PICKED]


def _pick_cloud(rows: pd.DataFrame, policy: PricePolicy) -> pd.DataFrame:
    if policy.provider is not None:
        rows = rows[rows["provider"].str.casefold() == policy.provider.casefold()]
    if rows.empty:
        return rows.assign(label=pd.Series(dtype="string"))
    newest = rows.sort_values("date", ascending=False, kind="stable").drop_duplicates(
        ["device_id", "provider", "region", "instance"]
    )
    if policy.cloud != "median":
        cheapest = newest.sort_values(["device_id", "usd"], kind="stable").drop_duplicates(
            "device_id"
        )
        return cheapest.assign(label=cheapest["provider"])[_PICKED]
    grouped = newest.groupby("device_id", sort=False)
    summary = pd.DataFrame(
        {
            "usd": grouped["usd"].median(),
            "label": grouped["provider"].agg(_median_label),
            "date": grouped["date"].max(),
            "source": grouped["source"].agg(lambda s: " ".join(dict.fromkeys(" ".join(s).split()))),
            "rows": grouped["rows"].agg(lambda r: tuple(label for one in r for label in one)),
        }
    )
    return summary.reset_index()


def _median_label(providers: pd.Series) -> str:
    count = providers.nunique()
    return f"median of {count} provider{'s' if count != 1 else ''}"


def price_rows_for(prices: pd.DataFrame, device_id: str) -> pd.DataFrame:
    """Every observed price of one device, newest first."""
    rows = prices[prices["device_id"] == device_id]
    return rows.sort_values(["date"], ascending=False, kind="stable")


def coverage(devices: pd.DataFrame, prices: pd.DataFrame) -> dict[str, float]:
    """Share of devices with at least one price row of each kind (and of any kind)."""
    total = max(len(devices), 1)
    ids = devices["id"]
    shares = {
        kind: float(ids.isin(prices.loc[prices["price_kind"] == kind, "device_id"]).sum()) / total
        for kind in np.unique(prices["price_kind"]).tolist()
    }
    shares["purchase"] = (
        float(ids.isin(prices.loc[prices["price_kind"].isin(PURCHASE_KINDS), "device_id"]).sum())
        / total
    )
    shares["cloud"] = (
        float(ids.isin(prices.loc[~prices["price_kind"].isin(PURCHASE_KINDS), "device_id"]).sum())
        / total
    )
    shares["any"] = float(ids.isin(prices["device_id"]).sum()) / total
    return shares
