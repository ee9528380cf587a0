"""Ranking the catalog for a model: agrees with size() per device, gives reasons, and is fast."""

from __future__ import annotations

import math
import time
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from gpucompare.core.catalog.loading import load_catalog, load_catalog_file
from gpucompare.core.inference import (
    InferenceInputs,
    custom_model,
    find_device,
    preset,
    rank,
    size,
)
from gpucompare.core.inference.ranking import NEVER_FITS, NO_BANDWIDTH, NO_MEMORY, too_many
from gpucompare.core.issues import InputError

# Columns of a served row and the InferenceResult field holding the same value.
SAME_AS_RESULT = (
    "weight_gb",
    "kv_cache_gb",
    "overhead_gb",
    "total_gb",
    "capacity_gb",
    "min_devices",
    "max_batch",
    "max_context",
    "decode_tokens_per_s_per_sequence",
    "decode_tokens_per_s_total",
    "compute_peak",
    "prefill_tokens_per_s",
    "cloud_usd_per_hour",
    "usd_per_million_tokens",
    "usd_per_million_input_tokens",
    "usd_per_million_output_tokens",
    "ttft_s",
    "tpot_s",
    "requests_per_s",
    "crossover_batch",
)

CASES = [
    InferenceInputs(preset("llama-3.1-70b"), context=8192, batch=4),
    InferenceInputs(preset("deepseek-v3"), weight_precision="FP8", kv_precision="FP8"),
    InferenceInputs(preset("mixtral-8x7b"), weight_precision="INT4", context=32768, batch=2),
    InferenceInputs(preset("llama-3.1-8b"), weight_precision="INT8", kv_precision="INT8"),
    InferenceInputs(custom_model(175e9), weight_precision="INT8"),
    InferenceInputs(
        preset("llama-3.1-70b"), "Q4_K_M", input_tokens=2048, output_tokens=256, batch=16
    ),
    InferenceInputs(preset("mistral-7b-v0.1"), "AWQ-INT4", context=32768, engine="sglang"),
    InferenceInputs(preset("qwen2.5-72b"), "FP8", engine="trtllm", batch=8),
    InferenceInputs(preset("llama-3.1-8b"), "Q8_0", engine="llama.cpp", batch=2),
]


@pytest.fixture(scope="module")
def catalog() -> pd.DataFrame:
    return load_catalog([])


def _same(table_value: object, result_value: object) -> bool:
    if result_value is None:
        return bool(np.isnan(table_value))
    return table_value == result_value


@pytest.mark.parametrize("inputs", CASES, ids=lambda i: f"{i.model.id}-{i.weight_precision}")
def test_every_served_device_agrees_exactly_with_size(catalog, inputs):
    ranking = rank(catalog, inputs)
    assert len(ranking.served) > 0
    for _, row in ranking.served.iterrows():
        count = int(row["devices"])
        result = size(replace(inputs, devices=count), find_device(catalog, row["id"]))
        assert result.fits is True
        assert result.min_devices == count
        for column in SAME_AS_RESULT:
            assert _same(row[column], getattr(result, column)), (row["id"], column)
        assert (row["compute_precision"] or None) == result.compute_precision
        assert bool(row["weight_only"]) == result.weight_only


@pytest.mark.parametrize("inputs", CASES, ids=lambda i: f"{i.model.id}-{i.weight_precision}")
def test_every_excluded_device_has_the_reason_size_gives(catalog, inputs):
    ranking = rank(catalog, inputs, max_devices=8)
    for _, row in ranking.excluded.iterrows():
        probe = size(inputs, find_device(catalog, row["id"]))
        if row["reason"] == NO_MEMORY:
            assert probe.fits is None
        elif row["reason"] == NO_BANDWIDTH:
            assert probe.memory_bandwidth_gbps is None
        elif row["reason"] == NEVER_FITS:
            assert probe.min_devices is None
            assert math.isnan(row["min_devices"])
        else:
            assert row["reason"] == too_many(8)
            assert probe.min_devices == row["min_devices"] > 8
            at_most = size(replace(inputs, devices=8), find_device(catalog, row["id"]))
            assert at_most.fits is False


def test_served_and_excluded_partition_the_catalog(catalog):
    ranking = rank(catalog, CASES[0])
    served, excluded = set(ranking.served["id"]), set(ranking.excluded["id"])
    assert not served & excluded
    assert served | excluded == set(catalog["id"])


def test_small_catalog_by_hand(small_catalog_path):
    # Llama 3.1 70B BF16, 4,096 tokens: 140 GB + 1.342 GB must fit in 90% of memory, read
    # as GiB (80 GiB = 85.9 GB).
    catalog = load_catalog_file(small_catalog_path)
    ranking = rank(catalog, InferenceInputs(preset("llama-3.1-70b"), context=4096))
    kv = 2 * 80 * 8 * 128 * 2 * 4096
    need = 140e9 + kv

    def usable(gib: float) -> float:
        return 0.9 * gib * 2**30

    counts = dict(zip(ranking.served["id"], ranking.served["devices"], strict=True))
    assert counts == {
        "acme-h100": math.ceil(need / usable(80)),  # 2
        "acme-a100": math.ceil(need / usable(80)),  # 2
        "sino-n910": math.ceil(need / usable(64)),  # 3
        "bolt-r4090": math.ceil(need / usable(24)),  # 7
    }
    assert list(ranking.served["id"]) == ["acme-h100", "acme-a100", "sino-n910", "bolt-r4090"]
    h100 = ranking.served.set_index("id").loc["acme-h100"]
    # A step reads the weights but the embedding table (128,256 × 8,192, only looked up).
    read = 140e9 - 128_256 * 8192 * 2 + kv
    assert h100["decode_tokens_per_s_per_sequence"] == pytest.approx(2 * 3350e9 / read)
    assert h100["usd_per_million_tokens"] == pytest.approx(
        8.0 * 2 / (h100["decode_tokens_per_s_total"] * 3600) * 1e6
    )
    reasons = dict(zip(ranking.excluded["id"], ranking.excluded["reason"], strict=True))
    assert reasons == {
        "tera-t5": too_many(8),  # 16 GiB: 10 devices
        "fab-u280": too_many(8),  # 8 GiB: 19 devices
        "wafer-w3": NO_BANDWIDTH,
    }


def test_rank_sorts_by_cost_or_throughput_and_can_hold_the_count(catalog):
    inputs = InferenceInputs(preset("llama-3.1-8b"), input_tokens=1024, output_tokens=256)
    by_cost = rank(catalog, inputs, sort="cost").served["usd_per_million_tokens"].dropna()
    assert by_cost.is_monotonic_increasing
    assert len(by_cost) > 10
    by_speed = rank(catalog, inputs, sort="throughput").served["decode_tokens_per_s_total"]
    assert by_speed.dropna().is_monotonic_decreasing
    held = rank(catalog, replace(inputs, devices=2), at_count=True)
    assert set(held.served["devices"]) == {2}
    with pytest.raises(InputError) as caught:
        rank(catalog, inputs, sort="price")
    assert caught.value.field == "sort"


def test_a_higher_device_limit_lets_more_devices_serve(small_catalog_path):
    catalog = load_catalog_file(small_catalog_path)
    inputs = InferenceInputs(preset("llama-3.1-70b"), context=4096)
    assert "tera-t5" in set(rank(catalog, inputs, max_devices=10).served["id"])


def test_missing_memory_is_a_reason():
    frame = pd.DataFrame(
        {"id": ["x"], "name": ["X"], "memory_gb": [np.nan], "memory_bandwidth_gbps": [900.0]}
    )
    ranking = rank(frame, InferenceInputs(preset("llama-3.1-8b")))
    assert ranking.served.empty
    assert list(ranking.excluded["reason"]) == [NO_MEMORY]


@pytest.mark.parametrize("limit", [0, -1, True, 2.5])
def test_invalid_device_limit(catalog, limit):
    with pytest.raises(InputError) as caught:
        rank(catalog, CASES[0], max_devices=limit)
    assert caught.value.field == "max_devices"


def test_invalid_inputs_are_rejected_before_ranking(catalog):
    with pytest.raises(InputError) as caught:
        rank(catalog, replace(CASES[0], batch=0))
    assert caught.value.field == "batch"


def test_ranking_does_not_modify_the_catalog(catalog):
    before = catalog.copy()
    rank(catalog, CASES[0])
    pd.testing.assert_frame_equal(catalog, before)


def test_one_hundred_thousand_rows_are_fast(catalog):
    repeats = math.ceil(100_000 / len(catalog))
    big = pd.concat([catalog] * repeats, ignore_index=True).iloc[:100_000]
    rank(big, CASES[0])
    start = time.perf_counter()
    ranking = rank(big, CASES[0])
    elapsed = time.perf_counter() - start
    assert len(ranking.served) + len(ranking.excluded) == 100_000
    assert elapsed < 0.5, f"ranking 100,000 rows took {elapsed:.3f} s"
