"""Latency targets: the largest batch whose bounds meet TTFT and TPOT, and what binds it."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest
from made_up_device import device

from gpucompare.core.forms import InferenceForm
from gpucompare.core.inference import InferenceInputs, custom_model, rank, size
from gpucompare.core.inference.form import parse_form
from gpucompare.core.inference.ranking import MISSED
from gpucompare.core.issues import InputError

# 8e9 parameters, 32 layers, 4,096 wide, 8 KV heads: 131,072 bytes of BF16 KV per token.
DENSE = custom_model(8e9, layers=32, hidden=4096, heads=32, kv_heads=8)


def workload(**targets: float) -> InferenceInputs:
    return InferenceInputs(DENSE, input_tokens=1024, output_tokens=256, **targets)


def test_tpot_target_gives_the_largest_batch_whose_decode_step_meets_it():
    # Batch 1 reads 16 GB of weights plus the KV cache: 8 ms a step; 10 ms leaves room for
    # more sequences until their KV reads push the step past 10 ms.
    result = size(workload(tpot_target_s=0.010), device())
    batch = result.latency_batch
    assert result.latency_bound == "tpot"
    assert batch is not None
    assert batch > 1
    assert result.inputs.batch == batch
    assert result.tpot_s <= 0.010
    over = size(replace(workload(), batch=batch + 1), device())
    assert over.tpot_s > 0.010


def test_generous_targets_stop_at_the_largest_batch_memory_holds():
    result = size(workload(ttft_target_s=10.0, tpot_target_s=1.0), device())
    at_one = size(workload(), device())
    assert result.latency_bound == "memory"
    assert result.latency_batch == at_one.max_batch
    assert result.fits


def test_an_unreachable_ttft_says_so_and_keeps_the_batch_asked_for():
    # One 1,024-token prompt needs at least 2 × 8e9 × 1,024 FLOPs / 300 TFLOPS ≈ 55 ms.
    inputs = replace(workload(ttft_target_s=0.020), batch=4)
    result = size(inputs, device())
    assert result.latency_batch == 0
    assert result.latency_bound == "ttft"
    assert result.inputs.batch == 4
    assert result.ttft_s > 0.020


def test_ttft_alone_does_not_shrink_the_batch():
    # The engine may pause decoding to prefill a new prompt, so a met TTFT bound holds at
    # any batch: only memory stops it.
    result = size(workload(ttft_target_s=0.1), device())
    assert result.latency_bound == "memory"
    assert result.latency_batch == size(workload(), device()).max_batch


def test_both_targets_bound_each_requests_life_by_littles_law():
    # TTFT 60 ms (one prefill ≈ 56 ms) and a loose TPOT: B requests in flight must be
    # prefilled and decoded within TTFT + 255 × TPOT each, so the batch is limited by that.
    inputs = workload(ttft_target_s=0.060, tpot_target_s=0.050)
    result = size(inputs, device())
    life = 0.060 + 255 * 0.050
    batch = result.latency_batch
    assert result.latency_bound == "request"
    assert batch / result.requests_per_s <= life
    over = size(replace(workload(), batch=batch + 1), device())
    assert (batch + 1) / over.requests_per_s > life
    assert over.tpot_s <= 0.050


def test_ranking_runs_each_device_at_its_own_largest_batch():
    fast = device(id="fast", name="Fast", memory_bandwidth_gbps=4000.0)
    slow = device(id="slow", name="Slow", memory_bandwidth_gbps=1000.0)
    hopeless = device(id="hopeless", name="Hopeless", bf16_tflops=10.0, fp16_tflops=10.0)
    catalog = pd.DataFrame([fast, slow, hopeless])
    inputs = workload(ttft_target_s=0.5, tpot_target_s=0.020)
    ranking = rank(catalog, inputs, sort="throughput")
    served = ranking.served.set_index("id")
    for row in (fast, slow):
        alone = size(inputs, row)
        assert served.loc[row["id"], "batch"] == alone.latency_batch
        assert served.loc[row["id"], "latency_bound"] == alone.latency_bound
        assert served.loc[row["id"], "tpot_s"] <= 0.020
    assert served.loc["fast", "batch"] > served.loc["slow", "batch"]
    assert list(ranking.excluded["id"]) == ["hopeless"]
    assert ranking.excluded["reason"].iloc[0] == MISSED["ttft"]


def test_ranking_without_targets_keeps_the_batch_asked_for():
    catalog = pd.DataFrame([device()])
    ranking = rank(catalog, replace(workload(), batch=3))
    assert ranking.served["batch"].tolist() == [3.0]
    assert ranking.served["latency_bound"].tolist() == [""]


def test_targets_parse_from_milliseconds_and_bad_ones_name_their_field():
    inputs, _ = parse_form(InferenceForm(ttft_ms="250", tpot_ms="1,500"))
    assert inputs.ttft_target_s == pytest.approx(0.25)
    assert inputs.tpot_target_s == pytest.approx(1.5)
    for field, text in (("ttft_ms", "fast"), ("tpot_ms", "0"), ("tpot_ms", "nan")):
        with pytest.raises(InputError) as caught:
            parse_form(InferenceForm(**{field: text}))
        assert caught.value.field == field
    with pytest.raises(InputError, match="tpot_target_s"):
        InferenceInputs(DENSE, tpot_target_s=-1.0).validate()
