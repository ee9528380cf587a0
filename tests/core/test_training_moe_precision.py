"""Mixture of experts, precision-aware MFU presets, and answers for every device.

The DeepSeek-V3 check uses the published 2.664M H800 GPU-hours of pre-training
(DeepSeek-V3 technical report, arXiv 2412.19437, Table 1), which set no default: the
FP8 MFU preset comes from Meta's Llama 4 Behemoth figure (390 TFLOPS per GPU).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from gpucompare.core.catalog.loading import load_catalog
from gpucompare.core.currency import Currency
from gpucompare.core.forms import TrainingForm
from gpucompare.core.training import (
    CloudPricing,
    OwnedPricing,
    TrainingInputs,
    default,
    estimate,
    explain,
    rank,
)
from gpucompare.core.training.compute import FALLBACK_PRECISIONS
from gpucompare.core.training.form import parse_form
from gpucompare.core.training.inputs import MemoryInputs
from gpucompare.core.training.layout import LayoutInputs

USD = Currency("USD", "$", "US dollar", 1.0)
H800 = "nvidia-h800-sxm5-80gb"


@pytest.fixture(scope="module")
def catalog() -> pd.DataFrame:
    return load_catalog().set_index("id", drop=False)


def test_moe_compute_uses_active_and_memory_uses_total(catalog):
    # Compute alone, on plain data parallelism with ZeRO-3: the layout search has its tests.
    alone = {"layout": LayoutInputs(tp=1, pp=1, ep=1, communication=False)}
    zero3 = {"memory": MemoryInputs(sharding="zero3")}
    moe = TrainingInputs(
        params=671e9, active_params=37e9, tokens=1e12, devices=512, **alone, **zero3
    )
    dense_active = TrainingInputs(params=37e9, tokens=1e12, devices=512, **alone, **zero3)
    assert moe.attention_flops_per_token == dense_active.attention_flops_per_token
    dense_total = TrainingInputs(params=671e9, tokens=1e12, devices=512, **alone, **zero3)
    device = catalog.loc[H800]
    result = estimate(moe, device)
    assert result.training_flops == (6 * 37e9 + moe.attention_flops_per_token) * 1e12
    assert result.wall_clock_hours == estimate(dense_active, device).wall_clock_hours
    # ZeRO-3 splits 16 bytes × 671B over 512 devices
    states = 16 * 671e9 / 512 / 1e9
    assert result.memory_per_device_gb > states
    # ... and needs as many devices as the states of all 671B parameters take
    assert result.min_devices >= 16 * 671e9 / (80 * 2**30)
    assert result.min_devices > 10 * estimate(dense_active, device).min_devices
    assert estimate(dense_total, device).wall_clock_hours > 15 * result.wall_clock_hours


def test_active_params_cannot_exceed_total():
    with pytest.raises(Exception, match="active_params"):
        TrainingInputs(params=7e9, active_params=8e9, tokens=1e12, devices=8).validate()


def test_deepseek_v3_pretraining_near_published_gpu_hours(catalog):
    form = TrainingForm(
        params="", model="deepseek-v3", tokens="14.8T", precision="FP8", count="2048"
    )
    result = estimate(parse_form(form, USD), catalog.loc[H800])
    assert result.precision_used == "FP8"
    assert result.mfu == pytest.approx(0.197)
    published = 2.664e6
    # +28% with communication, the bubble and the batch split counted (it was -8% without)
    assert result.device_hours == pytest.approx(published, rel=0.3)


def test_fp8_preset_is_sourced_and_explained(catalog):
    inputs = parse_form(TrainingForm(precision="FP8", count="64", device=H800), USD)
    assert inputs.mfu == default("mfu_fp8").value
    result = estimate(inputs, catalog.loc[H800])
    line = explain(result)["mfu"]
    assert "Llama 4 Behemoth" in line
    assert "ai.meta.com" in line


def test_fp8_preset_falls_back_with_the_device(catalog):
    inputs = parse_form(TrainingForm(precision="FP8", count="64"), USD)
    a100 = estimate(inputs, catalog.loc["nvidia-a100-sxm4-80gb"])
    assert a100.precision_used == "BF16"
    assert a100.mfu == default("mfu").value  # the BF16 preset, not the FP8 one


def test_typed_mfu_applies_as_is_and_accepts_percent():
    inputs = parse_form(TrainingForm(precision="FP8", mfu="35%"), USD)
    assert inputs.mfu == pytest.approx(0.35)
    assert inputs.mfu_preset is None
    assert inputs.mfu_at("BF16") == pytest.approx(0.35)


def test_fp4_is_flagged_unproven(catalog):
    inputs = parse_form(TrainingForm(precision="FP4", count="64"), USD)
    result = estimate(inputs, catalog.loc["nvidia-b200-hgx"])
    assert result.precision_used == "FP4"
    assert any("FP4 training is unproven" in text for text in result.warnings)
    # Assumed no faster than FP8: the same achieved FLOP/s.
    b200 = catalog.loc["nvidia-b200-hgx"]
    fp8 = estimate(replace(inputs, precision="FP8", mfu_preset=None, mfu=0.197), b200)
    assert result.wall_clock_hours == pytest.approx(fp8.wall_clock_hours)


def test_small_parameter_count_warns():
    inputs = TrainingInputs(params=70, tokens=2e12, devices=8)
    assert any("below one million" in text for text in inputs.warnings())


@pytest.mark.parametrize("pricing", [CloudPricing(), OwnedPricing()], ids=["cloud", "owned"])
def test_every_training_capable_device_answers(catalog, pricing):
    inputs = TrainingInputs(params=7e9, tokens=140e9, devices=64, pricing=pricing)
    trainable = [
        row
        for _, row in catalog.iterrows()
        if any(pd.notna(row.get(f"{p.lower()}_tflops")) for p in FALLBACK_PRECISIONS)
    ]
    assert len(trainable) > 100
    for row in trainable:
        result = estimate(inputs, row)
        assert result.device_hours > 0
        assert (result.total_cost_usd is None) == (result.cost_note is not None), row["id"]


def test_ranking_keeps_every_trainable_device_that_fits(catalog):
    inputs = TrainingInputs(params=1e9, tokens=20e9, devices=64)
    ranking = rank(inputs, catalog.reset_index(drop=True))
    reasons = set(ranking.excluded["reason"])
    assert all("price" not in reason for reason in reasons)
