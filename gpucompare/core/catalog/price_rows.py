"""One device's observed prices as a person reads them: converted, and which ones count.

The details panel lists every price row of a device (Qt-free, so the CLI can too) with its
amount in the display currency per device (or per device-hour), mark the rows the price
policy picked, and plot the dated ones as a price history.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from gpucompare.core.catalog.price_policy import PricePolicy, price_rows_for, priced_rows
from gpucompare.core.catalog.prices import PURCHASE_KINDS
from gpucompare.core.currency import Currency

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def device_prices(
    prices: pd.DataFrame,
    device: pd.Series,
    policy: PricePolicy,
    currencies: Mapping[str, Currency],
    display: Currency,
) -> pd.DataFrame:
    """Every price row of ``device`` (a row of the priced catalog), newest first, with
    ``display_amount`` (per device or device-hour, in ``display``; NaN without a rate)
    and ``picked`` (True for the rows the policy turned into its purchase / cloud price)."""
    rows = priced_rows(price_rows_for(prices, str(device["id"])), currencies)
    rows["display_amount"] = rows["usd"] * display.per_usd
    rows["picked"] = _picked_purchase(rows, device) | _picked_cloud(rows, device, policy)
    return rows.reset_index(drop=True)


def _same(values: pd.Series, wanted: object) -> np.ndarray:
    if wanted is None or wanted is pd.NA or (isinstance(wanted, float) and math.isnan(wanted)):
        return np.zeros(len(values), dtype=bool)
    return (values.fillna("").astype(str) == str(wanted)).to_numpy()


def _close(values: pd.Series, wanted: object) -> np.ndarray:
    try:
        target = float(wanted)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return np.zeros(len(values), dtype=bool)
    return np.isclose(values.to_numpy(dtype="float64", na_value=np.nan), target, rtol=1e-9)


def _picked_purchase(rows: pd.DataFrame, device: pd.Series) -> np.ndarray:
    return (
        rows["price_kind"].isin(PURCHASE_KINDS).to_numpy()
        & _same(rows["price_kind"], device.get("launch_price_kind"))
        & _same(rows["date"], device.get("launch_price_date"))
        & _same(rows["source"], device.get("launch_price_source"))
        & _close(rows["usd"], device.get("launch_price_usd"))
    )


def _picked_cloud(rows: pd.DataFrame, device: pd.Series, policy: PricePolicy) -> np.ndarray:
    on_demand = (rows["price_kind"] == "cloud_on_demand").to_numpy() & rows["usd"].notna()
    if policy.cloud != "median":
        return (
            on_demand
            & _same(rows["provider"], device.get("cloud_provider"))
            & _same(rows["date"], device.get("cloud_price_date"))
            & _close(rows["usd"], device.get("cloud_usd_per_hour"))
        )
    if pd.isna(device.get("cloud_usd_per_hour")):
        return np.zeros(len(rows), dtype=bool)
    # The median is over each provider's newest quote (per region and instance).
    keys = rows[["provider", "region", "instance"]].fillna("").astype(str).agg("|".join, axis=1)
    newest = ~keys.where(on_demand).duplicated(keep="first").to_numpy()  # rows are newest first
    return np.asarray(on_demand, dtype=bool) & newest


def year_of(date: object) -> float:
    """``2024``, ``2024-07`` or ``2024-07-15`` as a fractional year (NaN if unreadable)."""
    match = _DATE.match(str(date).strip()) if isinstance(date, str) else None
    if match is None:
        return math.nan
    year, month, day = (int(part) if part else None for part in match.groups())
    fraction = ((month or 7) - 1 + ((day or 15) - 1) / 31) / 12 if month else 0.5
    return year + fraction


def price_history(rows: pd.DataFrame, cloud: bool) -> pd.DataFrame:
    """Dated purchase (or on-demand cloud) prices of :func:`device_prices`'s rows as
    (year, amount, kind, provider), oldest first; empty unless there are two dates or more."""
    kinds = rows["price_kind"]
    chosen = kinds.eq("cloud_on_demand") if cloud else kinds.isin(PURCHASE_KINDS)
    dated = rows[chosen.to_numpy() & rows["display_amount"].notna().to_numpy()]
    history = pd.DataFrame(
        {
            "year": [year_of(d) for d in dated["date"]],
            "amount": dated["display_amount"].to_numpy(dtype="float64"),
            "kind": dated["price_kind"].astype(str).to_numpy(),
            "provider": dated["provider"].fillna("").astype(str).to_numpy(),
        }
    ).dropna(subset=["year"])
    if history["year"].nunique() < 2:
        return history.iloc[:0]
    return history.sort_values("year", kind="stable").reset_index(drop=True)
