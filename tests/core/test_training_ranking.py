"""Ranking the catalog: same numbers as the single estimate, reasons for exclusions, speed."""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from gpucompare.core.catalog.loading import load_catalog, load_catalog_file
from gpucompare.core.issues import InputError
from gpucompare.core.training import (
    EXCLUDED_COLUMNS,
    RANKING_COLUMNS,
    RESULT_KEYS,
    CloudPricing,
    MemoryInputs,
    OwnedPricing,
    TrainingInputs,
    estimate,
    rank,
)
from gpucompare.core.training.layout import LayoutInputs

CLOUD = TrainingInputs(params=7e9, tokens=140e9, devices=64)
SCENARIOS = {
    "cloud-count": CLOUD,
    "cloud-solve": replace(CLOUD, devices=None, target_days=10.0),
    "owned-count": replace(CLOUD, pricing=OwnedPricing()),
    "owned-solve-70b": TrainingInputs(
        params=70e9, tokens=2e12, target_days=30.0, pricing=OwnedPricing()
    ),
    "fp8-compute-optimal": TrainingInputs(
        params=13e9, compute_optimal=True, devices=256, precision="FP8", mfu=0.8
    ),
    "flops-no-sharding": TrainingInputs(
        params=1e9, flops=1e21, devices=8, memory=MemoryInputs(sharding="none", recompute="none")
    ),
    "own-price-zero1": TrainingInputs(
        params=30e9,
        tokens=600e9,
        target_days=60.0,
        pricing=CloudPricing(2.5),
        memory=MemoryInputs(sharding="zero1", optimizer="adam_8bit"),
    ),
}


@pytest.fixture(scope="module")
def catalog() -> pd.DataFrame:
    return load_catalog()


@pytest.fixture
def small(small_catalog_path) -> pd.DataFrame:
    return load_catalog_file(small_catalog_path)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_ranking_agrees_exactly_with_estimate_on_the_bundled_catalog(catalog, name):
    inputs = SCENARIOS[name]
    ranking = rank(inputs, catalog)
    assert len(ranking.results) + len(ranking.excluded) == len(catalog)
    assert len(ranking.results) > 0
    rows = catalog.set_index("id", drop=False)
    for record in ranking.results.to_dict("records"):
        result = estimate(inputs, rows.loc[record["device"]])
        expected = result.to_record()
        for key in RESULT_KEYS:
            got = record[key]
            if key == "warnings":
                assert tuple(got) == result.warnings
            elif expected[key] is None:
                assert got is None or np.isnan(got), (record["device"], key)
            else:
                assert got == expected[key], (record["device"], key, got, expected[key])
        assert record["name"] == result.name


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_excluded_devices_fail_or_do_not_fit_alone(catalog, name):
    inputs = SCENARIOS[name]
    ranking = rank(inputs, catalog)
    rows = catalog.set_index("id", drop=False)
    for device in ranking.excluded["device"]:
        try:
            result = estimate(inputs, rows.loc[device])
        except InputError:
            continue
        # Or it has no training throughput: alone it gets only the answers without one.
        assert result.fits is not True or result.precision_used is None, device


def test_sorted_by_total_cost_then_time_unknown_costs_last(catalog):
    results = rank(SCENARIOS["owned-solve-70b"], catalog).results
    costs = results["total_cost_usd"].to_numpy()
    known = ~np.isnan(costs)
    assert known.any()
    assert (~known).any()
    assert not np.any(known[np.argmin(known) :])  # every unknown after every known
    assert np.all(np.diff(costs[known]) >= 0)
    unknown = results[~known]
    assert unknown["cost_note"].str.startswith("no ").all()
    assert np.all(np.diff(unknown["wall_clock_hours"].to_numpy()) >= 0)


def test_ties_on_cost_sort_by_time_then_catalog_order():
    frame = pd.DataFrame(
        {
            "id": ["slow", "fast", "fast-twin"],
            "name": ["Slow", "Fast", "Fast twin"],
            "bf16_tflops": [100.0, 200.0, 200.0],
            "memory_gb": [80.0, 80.0, 80.0],
            "power_w": [400.0, 400.0, 400.0],
            "cloud_usd_per_hour": [1.0, 2.0, 2.0],  # same cost per FLOP
        }
    )
    inputs = TrainingInputs(params=1e9, tokens=20e9, devices=4, mfu=0.5)
    results = rank(inputs, frame).results
    assert results["total_cost_usd"].nunique() == 1
    assert list(results["device"]) == ["fast", "fast-twin", "slow"]


def test_columns(small):
    ranking = rank(CLOUD, small)
    assert tuple(ranking.results.columns) == RANKING_COLUMNS
    assert set(RESULT_KEYS) <= set(ranking.results.columns)
    assert tuple(ranking.excluded.columns) == EXCLUDED_COLUMNS
    assert ranking.results["devices"].dtype == np.int64
    assert ranking.results["min_devices"].dtype == np.int64
    assert ranking.results["fits"].dtype == bool


def test_cloud_ranking_keeps_devices_without_a_price(small):
    ranking = rank(CLOUD, small)
    reasons = dict(zip(ranking.excluded["device"], ranking.excluded["reason"], strict=True))
    assert reasons == {"fab-u280": "no BF16, FP16, TF32 or FP32 figure"}
    rows = ranking.results.set_index("device")
    for device in ("bolt-r4090", "wafer-w3"):
        assert np.isnan(rows.loc[device, "total_cost_usd"])
        assert rows.loc[device, "cost_note"].startswith("no cloud price")
        assert rows.loc[device, "device_hours"] > 0
    assert set(ranking.results["device"].iloc[-3:]) == {"bolt-r4090", "wafer-w3", "sino-n910"}
    tera = rows.loc["tera-t5"]
    assert np.isnan(tera["energy_kwh"])
    assert "no power figure" in tera["warnings"][0]


def test_device_without_bf16_is_ranked_at_its_fp16_with_a_flag(small):
    rows = rank(CLOUD, small).results.set_index("device")
    sino = rows.loc["sino-n910"]
    assert (sino["precision"], sino["precision_used"]) == ("BF16", "FP16")
    assert any("no BF16 figure: priced at FP16" in text for text in sino["warnings"])


def test_owned_ranking_keeps_devices_without_a_price_or_power(small):
    frame = small.copy()
    frame.loc[frame["id"] == "acme-h100", "power_w"] = np.nan
    ranking = rank(replace(CLOUD, pricing=OwnedPricing()), frame)
    rows = ranking.results.set_index("device")
    assert rows.loc["tera-t5", "cost_note"].startswith("no launch price")
    assert rows.loc["wafer-w3", "cost_note"].startswith("no launch price")
    assert rows.loc["acme-h100", "cost_note"].startswith("no power figure")
    assert ranking.results["device"].iloc[0] == "bolt-r4090"


def test_a_typed_price_belongs_to_its_device(small):
    priced = replace(CLOUD, pricing=CloudPricing(0.5, device="acme-a100"))
    rows = rank(priced, small).results.set_index("device")
    assert rows.loc["acme-a100", "compute_cost_usd"] == rows.loc["acme-a100", "device_hours"] * 0.5
    assert np.isnan(rows.loc["bolt-r4090", "total_cost_usd"])  # not priced by the typed price
    everywhere = rank(replace(CLOUD, pricing=CloudPricing(0.5)), small).results
    assert everywhere["total_cost_usd"].notna().all()


def test_fp16_ranks_what_bf16_excludes(small):
    ranking = rank(replace(CLOUD, precision="FP16", pricing=CloudPricing(1.0)), small)
    assert "sino-n910" in set(ranking.results["device"])
    assert dict(zip(ranking.excluded["device"], ranking.excluded["reason"], strict=True)) == {
        "fab-u280": "no FP16, BF16, TF32 or FP32 figure",
    }


def test_memory_exclusions():
    frame = pd.DataFrame(
        {
            "id": ["big", "small", "tiny", "unknown"],
            "name": ["Big", "Small", "Tiny", "Unknown"],
            "bf16_tflops": [100.0, 100.0, 100.0, 100.0],
            "memory_gb": [80.0, 7.0, 0.01, np.nan],
            "power_w": [400.0, 400.0, 400.0, 400.0],
            "cloud_usd_per_hour": [1.0, 1.0, 1.0, 1.0],
        }
    )
    # Plain data parallelism with ZeRO-3 and full recomputation: the layout tests cover TP/PP.
    inputs = TrainingInputs(
        params=1e9,
        tokens=20e9,
        devices=2,
        memory=MemoryInputs(sharding="zero3", recompute="full"),
        layout=LayoutInputs(tp=1, pp=1),
    )
    ranking = rank(inputs, frame)
    reasons = dict(zip(ranking.excluded["device"], ranking.excluded["reason"], strict=True))
    assert reasons == {
        "small": "does not fit in memory on 2 devices",
        "tiny": "does not fit at any device count with this sharding",
        "unknown": "no memory figure (cannot check that it fits)",
    }
    solved = rank(replace(inputs, devices=None, target_days=300.0), frame)
    assert set(solved.results["device"]) == {"big", "small"}
    small_row = solved.results.set_index("device").loc["small"]
    assert small_row["devices"] == small_row["min_devices"] == 3
    assert "raised" in small_row["warnings"][0]


def test_too_many_devices_excluded():
    frame = pd.DataFrame(
        {
            "id": ["slow", "fast"],
            "name": ["Slow", "Fast"],
            "bf16_tflops": [0.001, 1000.0],
            "memory_gb": [80.0, 80.0],
            "cloud_usd_per_hour": [1.0, 1.0],
        }
    )
    inputs = TrainingInputs(params=70e9, tokens=2e12, target_days=30.0)
    ranking = rank(inputs, frame)
    assert list(ranking.results["device"]) == ["fast"]
    assert list(ranking.excluded["reason"]) == ["needs more than 10,000,000 devices"]


def test_empty_catalog(small):
    ranking = rank(CLOUD, small.iloc[0:0])
    assert ranking.results.empty
    assert ranking.excluded.empty
    assert tuple(ranking.results.columns) == RANKING_COLUMNS


def test_invalid_inputs_raise(small):
    with pytest.raises(InputError) as raised:
        rank(replace(CLOUD, mfu=0.0), small)
    assert raised.value.field == "mfu"


def test_high_mfu_warning_on_every_row(small):
    ranking = rank(replace(CLOUD, mfu=0.9), small)
    assert all(any("above 0.7" in t for t in texts) for texts in ranking.results["warnings"])


def test_one_hundred_thousand_devices_well_under_80_ms(catalog):
    # 80 ms, not 50: the ranking now keeps devices without a price (about 67,000 of the
    # 100,000 rows here, against 18,000 before), and builds a row for each.
    big = pd.concat([catalog] * (100_000 // len(catalog) + 1), ignore_index=True).iloc[:100_000]
    inputs = SCENARIOS["owned-solve-70b"]
    rank(inputs, big)  # warm up
    timings = []
    for _ in range(10):  # the best of ten, so that other processes' load does not count
        start = time.perf_counter()
        ranking = rank(inputs, big)
        timings.append(time.perf_counter() - start)
    assert len(ranking.results) + len(ranking.excluded) == 100_000
    assert min(timings) < 0.080
