"""Fill rates and price coverage, counted on a small hand-made catalog."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gpucompare.core.catalog.loading import conform
from gpucompare.core.catalog.prices import parse_prices_text
from gpucompare.core.catalog.published import (
    column_not_published,
    not_published_columns,
)
from gpucompare.core.catalog.stats import fill_rates, kind_counts, price_coverage, price_rows_by

CATALOG = conform(
    pd.DataFrame(
        {
            "id": ["g1", "g2", "g3", "t1"],
            "name": ["G1", "G2", "G3", "T1"],
            "kind": ["GPU", "GPU", "GPU", "TPU"],
            "fp8_tflops": [100.0, np.nan, np.nan, np.nan],
            "launch_price_usd": [1000.0, np.nan, np.nan, np.nan],
            "not_published": [None, "fp8_tflops", "fp4_tflops", "fp8_tflops purchase_price"],
        }
    )
)
PRICES = parse_prices_text(
    "device_id,price_kind,provider,currency,amount,unit,date,source\n"
    "g1,msrp,,USD,1000,device,2024,https://a.example\n"
    "g1,cloud_on_demand,A,USD,2,device_hour,2025,https://a.example\n"
    "t1,cloud_on_demand,A,GBP,2,device_hour,2025,https://a.example\n"
    "t1,cloud_spot,B,USD,1,device_hour,2025,https://b.example\n",
    "prices.csv",
)


def test_not_published_mask_only_marks_empty_listed_cells():
    assert column_not_published(CATALOG, "fp8_tflops").tolist() == [False, True, False, True]
    assert column_not_published(CATALOG, "fp4_tflops").tolist() == [False, False, True, False]
    for column in ("purchase_price", "launch_price_usd"):
        assert column_not_published(CATALOG, column).tolist() == [False, False, False, True]
    filled = CATALOG.assign(fp8_tflops=[100.0, 50.0, np.nan, np.nan])
    assert column_not_published(filled, "fp8_tflops").tolist() == [False, False, False, True]


def test_not_published_columns_of_a_row():
    assert not_published_columns(CATALOG.iloc[3]) == {"fp8_tflops", "purchase_price"}
    assert not_published_columns(CATALOG.iloc[0]) == set()


def test_fill_rates_count_filled_not_published_and_missing():
    rates = fill_rates(CATALOG).set_index(["column", "kind"])
    fp8 = rates.loc[("fp8_tflops", "all")]
    assert (fp8["devices"], fp8["filled"], fp8["not_published"], fp8["missing"]) == (4, 1, 2, 1)
    assert fp8["filled_share"] == 0.25
    assert fp8["known_share"] == 0.75
    gpu = rates.loc[("fp8_tflops", "GPU")]
    assert (gpu["filled"], gpu["not_published"], gpu["missing"]) == (1, 1, 1)
    assert rates.loc[("fp8_tflops", "NPU"), "devices"] == 0
    assert rates.loc[("fp8_tflops", "NPU"), "known_share"] == 0.0
    price = rates.loc[("launch_price_usd", "all")]
    assert (price["filled"], price["not_published"], price["missing"]) == (1, 1, 2)


def test_kind_counts():
    assert kind_counts(CATALOG) == {"GPU": 3, "TPU": 1, "NPU": 0, "FPGA": 0, "ASIC": 0, "all": 4}


def test_price_coverage_by_kind_of_price():
    coverage = price_coverage(CATALOG, PRICES).set_index("price_kind")
    assert coverage.loc["msrp", ["rows", "devices"]].tolist() == [1, 1]
    assert coverage.loc["cloud_on_demand", ["rows", "devices"]].tolist() == [2, 2]
    assert coverage.loc["cloud", ["rows", "devices"]].tolist() == [3, 2]
    assert coverage.loc["any", "share"] == 0.5
    purchase = coverage.loc["purchase"]
    assert purchase["not_published"] == 1  # t1 is not sold
    assert purchase["known_share"] == 0.5
    assert purchase["share_GPU"] == pytest.approx(1 / 3)
    assert coverage.loc["cloud_spot", "share_TPU"] == 1.0


def test_price_rows_by_currency_and_provider():
    currencies = price_rows_by(PRICES, "currency", {"USD"}).set_index("currency")
    assert currencies.loc["USD"].tolist() == [3, 3, 2]
    assert currencies.loc["GBP"].tolist() == [1, 0, 1]
    providers = price_rows_by(PRICES, "provider", {"USD"})
    assert providers["provider"].tolist() == ["A", "(none)", "B"]


def test_a_device_neither_sold_nor_rented_is_not_published_for_any_price():
    internal = CATALOG.assign(
        not_published=[None, "purchase_price cloud_price", "cloud_price", None]
    )
    coverage = price_coverage(internal, PRICES).set_index("price_kind")
    assert coverage.loc["any", "not_published"] == 1  # g2; g3 is only not rented
    assert coverage.loc["any", "known_share"] == 0.75  # g1, t1 priced; g2 neither sold nor rented
    assert coverage.loc["cloud", "not_published"] == 2
    assert coverage.loc["purchase", "not_published"] == 1
