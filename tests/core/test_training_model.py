"""The single-device training cost model against hand-computed cases.

The test device: 100 dense BF16 TFLOPS, 80 GB, 500 W, 20,000 USD, 2 USD per hour.
The test run: N = 1e9 parameters, D = 20e9 tokens, so C = 6·N·D = 1.2e20 FLOP; at
MFU 0.5 one device achieves 5e13 FLOP/s.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from gpucompare.core.catalog.loading import load_catalog
from gpucompare.core.issues import InputError
from gpucompare.core.training import (
    CloudPricing,
    EnergyInputs,
    MemoryInputs,
    OwnedPricing,
    TrainingInputs,
    default,
    estimate,
    explain,
    explain_text,
    mfu_band,
)
from gpucompare.core.training.layout import LayoutInputs
from gpucompare.core.training.model import require_throughput

DEVICE = {
    "id": "test-gpu",
    "name": "Test GPU",
    "bf16_tflops": 100.0,
    "fp16_tflops": 100.0,
    "memory_gb": 80.0,
    "power_w": 500.0,
    "launch_price_usd": 20_000.0,
    "cloud_usd_per_hour": 2.0,
}
# No host power here: the node's share has its own tests (test_training_energy_owned.py).
ENERGY = EnergyInputs(
    draw_fraction=0.8,
    pue=1.25,
    electricity_usd_per_kwh=0.12,
    carbon_kg_per_kwh=0.3,
    host_overhead=0.0,
)
# The straight-line purchase / (life × hours) arithmetic: no interest, rent or whole nodes.
STRAIGHT = {"cost_of_capital": 0.0, "colocation_usd_per_kw_month": 0.0, "node_size": 1}
MEMORY = MemoryInputs(
    sequence_length=1000,
    micro_batch=2,
    layers=10,
    hidden=1000,
    recompute="full",
    vocab=1,
    sharding="zero3",
)
# The 6·N·D arithmetic on its own (no communication: test_training_layout.py has that);
# the attention term has its own tests. Full recomputation keeps the old activations, but
# its extra forward pass is counted too: 8·N·D of hardware FLOPs.
BASE = TrainingInputs(
    params=1e9,
    tokens=20e9,
    devices=10,
    mfu=0.5,
    energy=ENERGY,
    memory=replace(MEMORY, recompute="selective"),
    attention=False,
    layout=LayoutInputs(tp=1, pp=1, communication=False),
)
USABLE = 0.9  # the headroom preset keeps 10% of device memory free
C = 1.2e20
RATE = 100e12 * 0.5
ACTIVATIONS = 10 * 34 * 1000 * 2 * 1000 + 4 * 1000 * 2  # L · 34·s·b·h, selective; logits V = 1


def approx(value):
    return pytest.approx(value, rel=1e-12)


def test_cloud_pricing_with_catalog_price():
    result = estimate(BASE, DEVICE)
    hours = C / (10 * RATE) / 3600  # 66.67 h
    assert result.training_flops == C
    assert result.tokens == 20e9
    assert result.devices == 10
    assert result.mfu == 0.5
    assert result.wall_clock_hours == approx(hours)
    assert result.wall_clock_days == approx(hours / 24)
    assert result.device_hours == approx(10 * hours)
    assert result.compute_cost_usd == approx(10 * hours * 2.0)
    assert result.energy_kwh == approx(10 * hours * 0.5 * 0.8 * 1.25)
    assert result.energy_cost_usd is None  # the rental price includes energy
    assert result.total_cost_usd == result.compute_cost_usd
    assert result.co2_kg == approx(10 * hours * 0.5 * 0.3)  # draw × PUE = 1
    assert result.co2_kg == approx(100.0)
    assert result.peak_tflops == 100.0
    assert result.price_per_device_hour_usd == 2.0
    assert result.warnings == ()


def test_cloud_pricing_with_own_price():
    result = estimate(replace(BASE, pricing=CloudPricing(price_per_hour_usd=1.5)), DEVICE)
    assert result.compute_cost_usd == approx(C / RATE / 3600 * 1.5)
    assert result.price_per_device_hour_usd == 1.5


def test_owned_pricing_with_catalog_price():
    pricing = OwnedPricing(overhead_fraction=0.5, lifetime_years=5, utilization=0.5, **STRAIGHT)
    result = estimate(replace(BASE, pricing=pricing), DEVICE)
    device_hours = C / RATE / 3600
    per_hour = 20_000 * 1.5 / (5 * 8760 * 0.5)
    energy = device_hours * 0.5 * 0.8 * 1.25
    assert result.price_per_device_hour_usd == approx(per_hour)
    assert result.compute_cost_usd == approx(device_hours * per_hour)
    assert result.energy_kwh == approx(energy)
    assert result.energy_cost_usd == approx(energy * 0.12)
    assert result.total_cost_usd == approx(device_hours * per_hour + energy * 0.12)


def test_owned_pricing_with_own_purchase_price_and_defaults():
    result = estimate(
        replace(BASE, pricing=OwnedPricing(purchase_price_usd=10_000, **STRAIGHT)), DEVICE
    )
    overhead = default("overhead").value
    life = default("lifetime").value
    use = default("utilization").value
    per_hour = 10_000 * (1 + overhead) / (life * 8760 * use)
    assert result.price_per_device_hour_usd == approx(per_hour)
    assert result.compute_cost_usd == approx(C / RATE / 3600 * per_hour)


def test_compute_optimal_tokens():
    inputs = replace(BASE, tokens=None, compute_optimal=True)
    result = estimate(inputs, DEVICE)
    assert result.tokens == 20 * 1e9
    assert result.training_flops == approx(6 * 1e9 * 20e9)


def test_flops_budget():
    inputs = replace(BASE, tokens=None, flops=6e20)
    result = estimate(inputs, DEVICE)
    assert result.training_flops == 6e20
    assert result.tokens == approx(6e20 / (6 * 1e9))
    assert result.wall_clock_hours == approx(6e20 / (10 * RATE) / 3600)


def test_precision_selects_its_peak():
    device = {**DEVICE, "fp8_tflops": 200.0}
    result = estimate(replace(BASE, precision="fp8"), device)
    assert result.precision == "FP8"
    assert result.wall_clock_hours == approx(C / (10 * 200e12 * 0.5) / 3600)


def test_solve_for_devices():
    inputs = replace(BASE, devices=None, target_days=1.0)
    result = estimate(inputs, DEVICE)
    assert result.devices == math.ceil(C / (86_400 * RATE))  # ceil(27.8) = 28
    assert result.devices == 28
    assert result.wall_clock_hours == approx(C / (28 * RATE) / 3600)
    assert result.wall_clock_hours <= 24
    assert result.warnings == ()


def test_solve_exact_whole_number_is_not_rounded_up():
    # C / (target · rate) is exactly 10 devices; float dust must not make it 11.
    inputs = replace(BASE, devices=None, target_days=240_000 / 86_400)
    result = estimate(inputs, DEVICE)
    assert result.devices == 10
    assert "= 10 devices" in explain(result)["devices"]


def test_solve_raised_to_fit_memory():
    small = {**DEVICE, "memory_gb": 8.0}
    memory = replace(MEMORY, sharding="zero1")
    inputs = replace(BASE, devices=None, target_days=30.0, memory=memory)
    result = estimate(inputs, small)
    # Time alone needs 1 device; ZeRO-1 keeps 4 GB of weights and gradients plus
    # 0.68 GB of activations on each, and splits 12 GB of optimizer state. The
    # vendor's "8 GB" are 8 GiB = 8.59e9 bytes, 7.73e9 after 10% headroom:
    # ceil(12 / (7.73 - 4.68)) = 4.
    assert result.min_devices == math.ceil(12e9 / (8 * 2**30 * USABLE - 4e9 - ACTIVATIONS))
    assert result.devices == 4
    assert result.fits is True
    assert any("raised" in text for text in result.warnings)
    assert "raised to 4" in explain(result)["devices"]
    assert "are GiB" in explain(result)["min_devices"]


def test_solve_needing_too_many_devices_is_an_error():
    inputs = replace(BASE, params=1e12, tokens=1e16, devices=None, target_days=1.0)
    with pytest.raises(InputError) as raised:
        estimate(inputs, DEVICE)
    assert raised.value.field == "target_days"
    assert "more than 10,000,000" in raised.value.message


def test_memory_fit_and_min_devices_on_the_result():
    result = estimate(BASE, DEVICE)
    # ZeRO-3: 16 bytes × 1e9 split over 10 devices, plus activations.
    assert result.memory_per_device_gb == approx((16e9 / 10 + ACTIVATIONS) / 1e9)
    assert result.memory_available_gb == 80.0
    assert result.fits is True
    assert result.min_devices == 1


def test_does_not_fit_at_the_given_count():
    small = {**DEVICE, "memory_gb": 7.0}  # 7 GiB = 7.52e9 bytes
    result = estimate(replace(BASE, devices=2), small)
    assert result.fits is False
    assert result.min_devices == math.ceil(16e9 / (7 * 2**30 * USABLE - ACTIVATIONS))  # 3
    assert result.min_devices == 3
    assert any("needs at least 3" in text for text in result.warnings)


def test_never_fits_without_sharding():
    small = {**DEVICE, "memory_gb": 8.0}
    inputs = replace(BASE, memory=replace(MEMORY, sharding="none"))
    result = estimate(inputs, small)
    assert result.fits is False
    assert result.min_devices is None
    assert any("any device count" in text for text in result.warnings)


def test_unknown_memory_is_reported_not_guessed():
    device = {k: v for k, v in DEVICE.items() if k != "memory_gb"}
    result = estimate(BASE, device)
    assert result.fits is None
    assert result.memory_available_gb is None
    assert result.min_devices is None
    assert any("no memory figure" in text for text in result.warnings)


def test_cloud_without_power_figure_has_no_energy():
    device = {**DEVICE, "power_w": None}
    result = estimate(BASE, device)
    assert result.energy_kwh is None
    assert result.co2_kg is None
    assert result.total_cost_usd == approx(C / RATE / 3600 * 2.0)
    assert any("no power figure" in text for text in result.warnings)


def test_high_mfu_warns_but_computes():
    result = estimate(replace(BASE, mfu=0.8), DEVICE)
    assert result.wall_clock_hours == approx(C / (10 * 100e12 * 0.8) / 3600)
    assert any("above 0.7" in text for text in result.warnings)
    assert estimate(replace(BASE, mfu=0.7), DEVICE).warnings == ()


def test_mfu_band():
    result = estimate(replace(BASE, mfu_band=(0.25, 0.5)), DEVICE)
    assert result.band is not None
    low, high = result.band
    assert low.mfu == 0.25
    assert high.mfu == 0.5
    assert low.wall_clock_hours == approx(2 * high.wall_clock_hours)
    assert high.total_cost_usd == result.total_cost_usd
    assert low.band is None


def test_default_band_is_the_preset_range():
    assert mfu_band() == (0.3, 0.542)


def test_defaults_come_from_the_presets():
    inputs = TrainingInputs(params=1e9, tokens=1e10, devices=1)
    assert inputs.mfu == default("mfu").value == 0.4
    assert inputs.energy.pue == default("pue").value
    assert inputs.energy.carbon_kg_per_kwh == default("carbon").value
    assert isinstance(inputs.pricing, CloudPricing)


def test_explanations_show_the_arithmetic():
    pricing = OwnedPricing(overhead_fraction=0.5, lifetime_years=5, utilization=0.5, **STRAIGHT)
    result = estimate(replace(BASE, pricing=pricing), DEVICE)
    lines = explain(result)
    assert lines["training_flops"] == "C = 6 × N × D = 6 × 1B × 20B = 1.2e20 FLOP"
    assert "10 × 100 TFLOPS × 0.5" in lines["wall_clock_hours"]
    assert "66.67 h" in lines["wall_clock_hours"]
    assert "× 0.5 kW × 0.8 × (1 + 0 host, yours) × 1.25" in lines["energy_kwh"]
    assert (
        "20,000 USD (catalog launch price) × 1.5 × (1 − 0 × 1^−5) × 0.2 / (8,760 × 0.5)"
        in lines["compute_cost_usd"]
    )
    assert "0.12 USD/kWh" in lines["energy_cost_usd"]
    assert "L = 10, h = 1,000, given" in lines["memory_per_device_gb"]
    assert set(lines) >= {"total_cost_usd", "co2_kg", "min_devices", "fits", "devices"}
    assert explain_text(result).count("\n") == len(lines) - 1


def test_cloud_explanation_says_energy_is_in_the_price():
    lines = explain(estimate(BASE, DEVICE))
    assert "includes energy" in lines["energy_cost_usd"]
    assert "2 USD/h (catalog on-demand)" in lines["compute_cost_usd"]


def test_to_record_has_the_json_keys():
    record = estimate(BASE, DEVICE).to_record()
    assert list(record)[:4] == ["device", "precision", "precision_used", "training_flops"]
    assert record["device"] == "test-gpu"
    assert record["warnings"] == []


# ----- a device that cannot be priced ---------------------------------------------


def test_catalog_a100_without_fp8_trains_at_bf16_with_a_warning():
    catalog = load_catalog()
    a100 = catalog[catalog["id"] == "nvidia-a100-sxm4-80gb"].iloc[0]
    result = estimate(replace(BASE, precision="FP8"), a100)
    assert (result.precision, result.precision_used) == ("FP8", "BF16")
    assert result.peak_tflops == 312
    assert result.wall_clock_hours == approx(C / (10 * 312e12 * 0.5) / 3600)
    assert any("no FP8 figure: priced at BF16" in text for text in result.warnings)
    assert "no FP8 figure" in explain(result)["precision_used"]


def test_fp16_only_device_falls_back_to_fp16():
    device = {**DEVICE, "bf16_tflops": None, "fp16_tflops": 125.0}
    result = estimate(BASE, device)
    assert result.precision_used == "FP16"
    assert result.peak_tflops == 125.0


def test_device_without_any_training_figure_is_an_error_when_required():
    device = {**DEVICE, "bf16_tflops": None, "fp16_tflops": None, "int8_tops": 400.0}
    result = estimate(BASE, device)  # the answers that need no throughput: test_training_gaps.py
    with pytest.raises(InputError) as raised:
        require_throughput(result)
    assert raised.value.field == "precision"
    assert "no BF16, FP16, TF32 or FP32 figure" in raised.value.message


def test_no_cloud_price_still_answers_time_and_energy():
    device = {**DEVICE, "cloud_usd_per_hour": None}
    result = estimate(BASE, device)
    assert result.wall_clock_hours == approx(C / (10 * RATE) / 3600)
    assert result.energy_kwh is not None
    assert result.co2_kg is not None
    assert result.compute_cost_usd is None
    assert result.total_cost_usd is None
    assert "no cloud price" in result.cost_note
    assert explain(result)["total_cost_usd"].startswith("unknown: no cloud price")


def test_no_launch_price_still_answers():
    device = {**DEVICE, "launch_price_usd": float("nan")}
    result = estimate(replace(BASE, pricing=OwnedPricing()), device)
    assert result.total_cost_usd is None
    assert "no launch price" in result.cost_note
    assert result.energy_cost_usd is not None


def test_own_prices_replace_missing_catalog_prices():
    device = {**DEVICE, "launch_price_usd": None, "cloud_usd_per_hour": None}
    assert estimate(replace(BASE, pricing=CloudPricing(3.0)), device).total_cost_usd > 0
    owned = replace(BASE, pricing=OwnedPricing(purchase_price_usd=1000.0))
    assert estimate(owned, device).total_cost_usd > 0


def test_owned_without_power_leaves_energy_and_total_unknown():
    device = {**DEVICE, "power_w": None}
    result = estimate(replace(BASE, pricing=OwnedPricing()), device)
    assert result.bought_devices == 16  # 10 devices in whole nodes of 8; no power, no rent
    assert result.compute_cost_usd == approx(
        16 * result.wall_clock_hours * result.price_per_device_hour_usd
    )
    assert result.energy_kwh is None
    assert result.total_cost_usd is None
    assert "no power figure" in result.cost_note
    assert result.cost_note in explain(result)["total_cost_usd"]


def test_band_error_names_the_band():
    # A batch large enough for plain data parallelism on ~460,000 devices at MFU 0.5; at
    # 0.01 the band's low end would need more than 10 million.
    layout = replace(BASE.layout, global_batch_tokens=1e12)
    inputs = replace(
        BASE,
        params=1e12,
        tokens=1e14,
        devices=None,
        target_days=30.0,
        mfu_band=(0.01, 0.5),
        layout=layout,
    )
    assert estimate(replace(inputs, mfu_band=None), DEVICE).devices > 400_000
    with pytest.raises(InputError) as raised:
        estimate(inputs, DEVICE)
    assert raised.value.field == "mfu_band"


# ----- invalid inputs: every path names its field -----------------------------------


def _owned(**changes):
    return replace(BASE, pricing=replace(OwnedPricing(), **changes))


INVALID = [
    ("params", replace(BASE, params=0)),
    ("params", replace(BASE, params=-7e9)),
    ("params", replace(BASE, params=float("nan"))),
    ("params", replace(BASE, params=float("inf"))),
    ("params", replace(BASE, params=2e15)),
    ("params", replace(BASE, params=True)),
    ("params", replace(BASE, params="7B")),
    ("tokens", replace(BASE, tokens=0)),
    ("tokens", replace(BASE, tokens=-1.0)),
    ("tokens", replace(BASE, tokens=float("nan"))),
    ("tokens", replace(BASE, tokens=2e16)),
    ("tokens", replace(BASE, tokens=None)),
    ("tokens", replace(BASE, compute_optimal=True)),
    ("tokens", replace(BASE, flops=1e20)),
    ("tokens", replace(BASE, params=1e15, tokens=None, compute_optimal=True)),
    ("tokens", replace(BASE, params=1.0, tokens=None, flops=1e30)),
    ("flops", replace(BASE, tokens=None, flops=0)),
    ("flops", replace(BASE, tokens=None, flops=1e33)),
    ("flops", replace(BASE, tokens=None, flops=float("inf"))),
    ("precision", replace(BASE, precision="INT8")),
    ("precision", replace(BASE, precision="FP12")),
    ("devices", replace(BASE, devices=0)),
    ("devices", replace(BASE, devices=-3)),
    ("devices", replace(BASE, devices=2.5)),
    ("devices", replace(BASE, devices=4.0)),
    ("devices", replace(BASE, devices=True)),
    ("devices", replace(BASE, devices=10_000_001)),
    ("devices", replace(BASE, devices=None)),
    ("devices", replace(BASE, target_days=3.0)),
    ("target_days", replace(BASE, devices=None, target_days=0)),
    ("target_days", replace(BASE, devices=None, target_days=-1.0)),
    ("target_days", replace(BASE, devices=None, target_days=4000.0)),
    ("target_days", replace(BASE, devices=None, target_days=float("nan"))),
    ("mfu", replace(BASE, mfu=0)),
    ("mfu", replace(BASE, mfu=-0.4)),
    ("mfu", replace(BASE, mfu=1.5)),
    ("mfu", replace(BASE, mfu=float("nan"))),
    ("mfu_band", replace(BASE, mfu_band=(0.5, 0.3))),
    ("mfu_band", replace(BASE, mfu_band=(0.0, 0.5))),
    ("mfu_band", replace(BASE, mfu_band=(0.3, 1.2))),
    ("pricing", replace(BASE, pricing="cloud")),
    ("price_per_hour", replace(BASE, pricing=CloudPricing(0.0))),
    ("price_per_hour", replace(BASE, pricing=CloudPricing(-2.0))),
    ("price_per_hour", replace(BASE, pricing=CloudPricing(5000.0))),
    ("price_per_hour", replace(BASE, pricing=CloudPricing(float("nan")))),
    ("purchase_price", _owned(purchase_price_usd=0.0)),
    ("purchase_price", _owned(purchase_price_usd=2e7)),
    ("overhead", _owned(overhead_fraction=-0.1)),
    ("overhead", _owned(overhead_fraction=11.0)),
    ("lifetime_years", _owned(lifetime_years=0)),
    ("lifetime_years", _owned(lifetime_years=31)),
    ("utilization", _owned(utilization=0)),
    ("utilization", _owned(utilization=1.1)),
    ("power_draw", replace(BASE, energy=replace(ENERGY, draw_fraction=0))),
    ("power_draw", replace(BASE, energy=replace(ENERGY, draw_fraction=1.6))),
    ("pue", replace(BASE, energy=replace(ENERGY, pue=0.9))),
    ("pue", replace(BASE, energy=replace(ENERGY, pue=3.5))),
    ("electricity_price", replace(BASE, energy=replace(ENERGY, electricity_usd_per_kwh=0))),
    ("electricity_price", replace(BASE, energy=replace(ENERGY, electricity_usd_per_kwh=11))),
    ("carbon_intensity", replace(BASE, energy=replace(ENERGY, carbon_kg_per_kwh=-0.1))),
    ("carbon_intensity", replace(BASE, energy=replace(ENERGY, carbon_kg_per_kwh=2.5))),
    ("optimizer", replace(BASE, memory=replace(MEMORY, optimizer="adam"))),
    ("sharding", replace(BASE, memory=replace(MEMORY, sharding="zero4"))),
    ("seq_len", replace(BASE, memory=replace(MEMORY, sequence_length=0))),
    ("seq_len", replace(BASE, memory=replace(MEMORY, sequence_length=1.5))),
    ("micro_batch", replace(BASE, memory=replace(MEMORY, micro_batch=0))),
    ("recompute", replace(BASE, memory=replace(MEMORY, recompute="yes"))),
    ("layers", replace(BASE, memory=replace(MEMORY, layers=0))),
    ("hidden", replace(BASE, memory=replace(MEMORY, hidden=0))),
]


@pytest.mark.parametrize(
    ("field", "inputs"), INVALID, ids=[f"{i}-{field}" for i, (field, _) in enumerate(INVALID)]
)
def test_invalid_inputs_name_their_field(field, inputs):
    with pytest.raises(InputError) as raised:
        estimate(inputs, DEVICE)
    assert raised.value.field == field
    assert raised.value.message


def test_zero_carbon_and_zero_overhead_are_allowed():
    inputs = replace(
        BASE,
        pricing=OwnedPricing(overhead_fraction=0.0),
        energy=replace(ENERGY, carbon_kg_per_kwh=0.0),
    )
    result = estimate(inputs, DEVICE)
    assert result.co2_kg == 0.0


# ----- attention FLOPs ----------------------------------------------------------------


def test_attention_adds_6_l_d_s_per_token():
    with_attention = replace(BASE, attention=True)
    # 10 layers × 1,000 wide × 1,000 tokens × 6 = 6e7 FLOPs per token on top of 6e9
    assert with_attention.attention_flops_per_token == 6 * 10 * 1000 * 1000
    result = estimate(with_attention, DEVICE)
    assert result.training_flops == approx((6e9 + 6e7) * 20e9)
    assert "6 × 10 × 1,000 × 1,000" in explain(result)["training_flops"]


def test_attention_grows_with_context():
    short = TrainingInputs(params=8e9, tokens=1e12, devices=8)
    long = replace(short, memory=MemoryInputs(sequence_length=32768))
    # Llama-3-8B-like derived shape: at 32K tokens attention adds over half of 6·N
    assert long.training_flops / short.training_flops > 1.4
    assert long.attention_flops_per_token > 0.5 * 6 * 8e9


def test_a_flops_budget_counts_attention_in_the_tokens():
    inputs = replace(BASE, tokens=None, flops=6.06e20, attention=True)
    assert inputs.training_tokens == approx(6.06e20 / (6e9 + 6e7))
