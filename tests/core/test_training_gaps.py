"""A device that lacks a catalog figure still gets every answer that does not need it.

No training throughput: the compute, memory need, minimum count and fit are known, the
time and all that follows are not. No memory figure: the time is known, the fit is not.
Each unknown output says why, and whether the figure is not published or not entered.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from gpucompare.core.issues import InputError
from gpucompare.core.training import OwnedPricing, TrainingInputs, estimate, explain
from gpucompare.core.training.layout import LayoutInputs
from gpucompare.core.training.model import require_throughput

DEVICE = {
    "id": "test-gpu",
    "name": "Test GPU",
    "bf16_tflops": 400.0,
    "memory_gb": 80.0,
    "power_w": 700.0,
    "cloud_usd_per_hour": 3.0,
    "interconnect_gbps": 900.0,
}
NO_PEAK = {**DEVICE, "bf16_tflops": None}
NO_MEMORY = {**DEVICE, "memory_gb": None}
TRAINING = ("bf16_tflops", "fp16_tflops", "tf32_tflops", "fp32_tflops")
RUN = TrainingInputs(params=70e9, tokens=1e12, devices=16, mfu=0.4, attention=False)
TIMED = (
    "wall_clock_hours",
    "device_hours",
    "compute_cost_usd",
    "energy_kwh",
    "total_cost_usd",
    "co2_kg",
)


def test_no_throughput_still_gives_compute_memory_and_fit():
    full, blind = estimate(RUN, DEVICE), estimate(RUN, NO_PEAK)
    assert blind.training_flops == full.training_flops == 6 * 70e9 * 1e12
    assert blind.tokens == 1e12
    assert blind.devices == 16
    assert blind.min_devices == full.min_devices > 1
    assert blind.memory_available_gb == 80.0
    # Of the layouts of 16 devices, the one needing least memory: it fits if any does.
    assert blind.memory_per_device_gb <= full.memory_per_device_gb
    assert blind.fits is True
    assert blind.precision_used is None
    assert blind.peak_tflops is None
    assert blind.effective_mfu is None
    for key in TIMED:
        assert getattr(blind, key) is None, key
        assert blind.unknown[key] == "no BF16, FP16, TF32 or FP32 figure entered in the catalog yet"
    assert blind.wall_clock_days is None
    assert blind.band is None
    assert "memory_per_device_gb" not in blind.unknown
    assert blind.warnings[0].startswith("no BF16, FP16, TF32 or FP32 figure entered")


def test_not_published_is_told_apart_from_not_entered():
    listed = {**NO_PEAK, "not_published": " ".join(TRAINING)}
    reason = estimate(RUN, listed).unknown["wall_clock_hours"]
    assert reason == (
        "no BF16, FP16, TF32 or FP32 figure: not published "
        "(bf16_tflops, fp16_tflops, tf32_tflops, fp32_tflops in not_published)"
    )
    partly = {**NO_PEAK, "not_published": "bf16_tflops fp16_tflops"}
    assert "entered in the catalog yet" in estimate(RUN, partly).unknown["wall_clock_hours"]


def test_no_throughput_does_not_fit_on_too_few_devices():
    result = estimate(replace(RUN, devices=1), NO_PEAK)
    assert result.fits is False
    assert result.min_devices == estimate(RUN, DEVICE).min_devices
    assert any("it needs at least" in w for w in result.warnings)


def test_no_throughput_with_a_target_time_leaves_the_count_unknown():
    days = replace(RUN, devices=None, target_days=30.0)
    result = estimate(days, NO_PEAK)
    assert result.devices is None
    assert result.layout is None
    assert result.memory_per_device_gb is None
    assert result.fits is None
    assert result.min_devices == estimate(days, DEVICE).min_devices
    assert "target time needs a throughput figure" in result.unknown["devices"]
    assert not any("raised to the minimum" in w for w in result.warnings)


def test_no_throughput_explains_what_it_knows_and_why_not_the_rest():
    result = estimate(replace(RUN, pricing=OwnedPricing()), NO_PEAK)
    lines = explain(result)
    assert lines["training_flops"].startswith("C = 6 × N × D")
    assert "least memory per device" in lines["layout"]
    assert lines["devices"] == "n = 16 (given)"
    assert lines["memory_per_device_gb"].endswith(f"{result.memory_per_device_gb:.4g} GB")
    assert "fits" in lines["fits"]
    for key in (*TIMED, "energy_cost_usd", "precision_used", "effective_mfu"):
        assert lines[key].startswith("unknown: no BF16"), key
    record = result.to_record()
    assert record["wall_clock_hours"] is None
    assert set(record["unknown"]) >= set(TIMED)


def test_require_throughput_names_the_precision():
    with pytest.raises(InputError) as raised:
        require_throughput(estimate(RUN, NO_PEAK))
    assert raised.value.field == "precision"
    assert raised.value.message == (
        "Test GPU has no BF16, FP16, TF32 or FP32 figure in the catalog, so it cannot be "
        "priced for training"
    )
    require_throughput(estimate(RUN, DEVICE))  # a device with a figure passes


def test_no_memory_figure_still_gives_the_time_on_the_fastest_layout():
    # A global batch of 4 sequences cannot split over 16 data-parallel ranks.
    small_batch = replace(RUN, layout=LayoutInputs(global_batch_tokens=2048 * 4))
    roomy = estimate(small_batch, {**DEVICE, "memory_gb": 1e6})  # every layout fits
    result = estimate(small_batch, NO_MEMORY)
    assert result.layout == roomy.layout == "8×1×2"
    assert result.wall_clock_hours == pytest.approx(roomy.wall_clock_hours)
    result = estimate(RUN, NO_MEMORY)
    roomy = estimate(RUN, {**DEVICE, "memory_gb": 1e6})
    assert result.memory_per_device_gb == pytest.approx(roomy.memory_per_device_gb)
    assert result.fits is None
    assert result.min_devices is None
    assert result.unknown["min_devices"] == "no memory figure entered in the catalog yet"
    listed = estimate(RUN, {**NO_MEMORY, "not_published": "memory_gb"})
    assert listed.unknown["fits"] == "no memory figure: not published (memory_gb in not_published)"
    assert explain(listed)["fits"].startswith("unknown: no memory figure: not published")


def test_no_power_figure_says_why_energy_is_unknown():
    result = estimate(RUN, {**DEVICE, "power_w": None, "not_published": "power_w"})
    assert result.energy_kwh is None
    assert result.wall_clock_hours is not None
    assert explain(result)["co2_kg"] == (
        "unknown: no power figure: not published (power_w in not_published)"
    )


def test_no_memory_figure_still_refuses_more_devices_than_allowed():
    rushed = replace(RUN, devices=None, target_days=0.001)
    with pytest.raises(InputError) as raised:
        estimate(rushed, NO_MEMORY)
    assert raised.value.field == "target_days"
    assert "more than" in raised.value.message
