"""One device's price rows: converted, the policy's picks marked, dated into a history."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from gpucompare.core.catalog.price_policy import PricePolicy, apply_price_policy
from gpucompare.core.catalog.price_rows import device_prices, price_history, year_of
from gpucompare.core.catalog.prices import parse_prices_text
from gpucompare.core.currency import load_currencies

HEADER = "device_id,price_kind,provider,region,currency,amount,amount_low,amount_high,unit,"
PRICES = f"""{HEADER}instance,instance_devices,date,source,note
gpu-x,cloud_on_demand,A,,USD,2,,,device_hour,,,2025-01,https://a.example/1,
gpu-x,cloud_on_demand,A,,USD,3,,,device_hour,,,2025-06,https://a.example/2,
gpu-x,cloud_on_demand,B,,USD,5,,,device_hour,,,2025-03,https://b.example/1,
gpu-x,msrp,V,,USD,1000,,,device,,,2024,https://v.example/1,
"""


@pytest.fixture
def priced():
    currencies = load_currencies()
    prices = parse_prices_text(PRICES, "p.csv", ["gpu-x"])
    device = pd.DataFrame({"id": ["gpu-x"]})
    for column in ("launch_price_usd", "cloud_usd_per_hour"):
        device[column] = pd.Series([float("nan")], dtype="float64")
    for column in (
        "launch_price_kind",
        "launch_price_date",
        "launch_price_source",
        "cloud_provider",
        "cloud_price_date",
        "cloud_price_source",
    ):
        device[column] = pd.Series([pd.NA], dtype="string")
    return prices, device, currencies


def _picked(priced, policy):
    prices, device, currencies = priced
    row = apply_price_policy(device, prices, policy, currencies).iloc[0]
    rows = device_prices(prices, row, policy, currencies, currencies["USD"])
    return rows.loc[rows["picked"], ["provider", "amount"]].values.tolist()


def test_cheapest_marks_one_row_and_median_each_providers_newest(priced):
    assert sorted(_picked(priced, PricePolicy())) == [["A", 3.0], ["V", 1000.0]]
    assert sorted(_picked(priced, PricePolicy(cloud="median"))) == [
        ["A", 3.0],
        ["B", 5.0],
        ["V", 1000.0],
    ]
    assert sorted(_picked(priced, PricePolicy(cloud="provider:B"))) == [["B", 5.0], ["V", 1000.0]]


def test_history_needs_two_dates_and_is_oldest_first(priced):
    prices, device, currencies = priced
    row = apply_price_policy(device, prices, PricePolicy(), currencies).iloc[0]
    rows = device_prices(prices, row, PricePolicy(), currencies, currencies["USD"])
    assert price_history(rows, cloud=False).empty  # one purchase price only
    cloud = price_history(rows, cloud=True)
    assert cloud["amount"].tolist() == [2.0, 5.0, 3.0]
    assert cloud["year"].is_monotonic_increasing


def test_year_of_reads_the_three_date_forms():
    assert year_of("2024") == 2024.5
    assert year_of("2024-01") == pytest.approx(2024 + 14 / 31 / 12)
    assert year_of("2024-12-31") == pytest.approx(2024 + (11 + 30 / 31) / 12)
    assert math.isnan(year_of("soon"))
    assert math.isnan(year_of(pd.NA))
