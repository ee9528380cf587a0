"""Derived metrics: right values, and empty (never 0 or infinity) when an input is missing."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from gpucompare.core.catalog.fields import FIELDS, build_view, export_headers, field
from gpucompare.core.catalog.loading import load_catalog_file
from gpucompare.core.catalog.metrics import METRIC_BY_ID, compute_metrics, safe_ratio


@pytest.fixture
def catalog(small_catalog_path):
    return load_catalog_file(small_catalog_path, strict=True).set_index("id", drop=False)


def test_metrics_for_bf16(catalog):
    metrics = compute_metrics(catalog, "BF16")
    h100 = metrics.loc["acme-h100"]
    assert h100["peak_tflops"] == pytest.approx(989.4)
    assert h100["tflops_per_kusd"] == pytest.approx(989.4 / 30.0)
    assert h100["tflops_per_w"] == pytest.approx(989.4 / 700)
    assert h100["gb_per_kusd"] == pytest.approx(80 / 30.0)
    assert h100["bytes_per_flop"] == pytest.approx(3350e9 / 989.4e12)
    assert h100["cloud_usd_per_pflop_hour"] == pytest.approx(8 / 0.9894)


def test_precision_changes_the_peak_and_the_metrics(catalog):
    fp8 = compute_metrics(catalog, "FP8")
    assert fp8.loc["acme-h100", "peak_tflops"] == pytest.approx(1978.9)
    assert math.isnan(fp8.loc["acme-a100", "peak_tflops"])  # A100 has no FP8 figure
    assert math.isnan(fp8.loc["acme-a100", "tflops_per_kusd"])
    int8 = compute_metrics(catalog, "INT8")
    assert int8.loc["fab-u280", "tflops_per_w"] == pytest.approx(24.5 / 225)


def test_missing_inputs_give_nan_never_zero_or_infinity(catalog):
    metrics = compute_metrics(catalog, "BF16")
    tpu = metrics.loc["tera-t5"]
    assert math.isnan(tpu["tflops_per_kusd"])  # no price
    assert math.isnan(tpu["tflops_per_w"])  # no power
    assert tpu["cloud_usd_per_pflop_hour"] == pytest.approx(1.2 / 0.197)
    values = metrics.to_numpy(dtype=float)
    assert not np.isinf(values).any()
    assert not (values == 0).any()


def test_safe_ratio_refuses_zero_and_negative_denominators():
    result = safe_ratio(np.array([1.0, 1.0, 1.0, np.nan]), np.array([0.0, -2.0, 4.0, 1.0]))
    assert np.isnan(result[[0, 1, 3]]).all()
    assert result[2] == 0.25


def test_currency_rate_scales_money_metrics_only(catalog):
    usd = compute_metrics(catalog, "BF16")
    cny = compute_metrics(catalog, "BF16", rate=7.0)
    assert cny.loc["acme-h100", "tflops_per_kusd"] == pytest.approx(
        usd.loc["acme-h100", "tflops_per_kusd"] / 7.0
    )
    assert cny.loc["acme-h100", "cloud_usd_per_pflop_hour"] == pytest.approx(
        usd.loc["acme-h100", "cloud_usd_per_pflop_hour"] * 7.0
    )
    assert cny.loc["acme-h100", "tflops_per_w"] == usd.loc["acme-h100", "tflops_per_w"]


def test_view_converts_prices_and_keeps_the_catalog_untouched(catalog):
    before = catalog.copy()
    view = build_view(catalog, "FP16", rate=7.0)
    assert view.loc["acme-h100", "launch_price_usd"] == pytest.approx(210000)
    assert view.loc["acme-h100", "peak_tflops"] == pytest.approx(989.4)
    pd.testing.assert_frame_equal(catalog, before)


def test_headers_name_unit_precision_and_currency():
    assert METRIC_BY_ID["tflops_per_kusd"].header_id("BF16") == "bf16_tflops_per_kusd"
    assert METRIC_BY_ID["tflops_per_kusd"].header_id("INT8", "CNY") == "int8_tops_per_kcny"
    assert field("launch_price_usd").header_id("BF16", "EUR") == "launch_price_eur"
    assert field("peak_tflops").label("FP8") == "FP8 peak (dense) (TFLOPS)"
    assert field("launch_price_usd").label("FP8", "CNY") == "Purchase price (CNY)"
    assert export_headers(["memory_gb", "peak_tflops"], "BF16") == ["memory_gb", "peak_bf16_tflops"]
    assert len({f.header_id("BF16") for f in FIELDS.values()}) == len(FIELDS)
