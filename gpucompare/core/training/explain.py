"""Each output of a training estimate as its formula with the numbers put in.

So a user can check the arithmetic: ``explain(result)`` maps output keys (those of
:data:`RESULT_KEYS`) to one line each; money in the given currency.
"""

from __future__ import annotations

from gpucompare.core.currency import Currency
from gpucompare.core.formatting import format_number
from gpucompare.core.quantities import format_count
from gpucompare.core.training.compute import device_ceil
from gpucompare.core.training.explain_layout import (
    explain_effective_mfu,
    explain_layout,
    layout_sizes,
)
from gpucompare.core.training.host import node_class
from gpucompare.core.training.inputs import OwnedPricing
from gpucompare.core.training.memory import (
    OPTIMIZER_LABELS,
    RECOMPUTE_LABELS,
    SHARDING_LABELS,
    memory_model,
)
from gpucompare.core.training.ownership import recovery_factor
from gpucompare.core.training.presets import default, mfu_preset_for, mfu_scale
from gpucompare.core.training.results import TrainingResult
from gpucompare.core.training.search import memory_parts, usable_bytes
from gpucompare.core.training.shape import architecture

USD = Currency("USD", "$", "US dollar", 1.0)


def _sci(value: float) -> str:
    return f"{value:.3g}".replace("e+", "e")


def _money(amount: float, currency: Currency) -> str:
    return f"{format_number(currency.from_usd(amount))} {currency.code}"


def explain(result: TrainingResult, currency: Currency = USD) -> dict[str, str]:
    """One line per output: the formula, its inputs and the result."""
    return {
        "training_flops": _flops(result),
        "precision_used": _precision(result),
        "mfu": _mfu(result),
        "layout": explain_layout(result),
        "effective_mfu": explain_effective_mfu(result),
        "devices": _devices(result),
        "wall_clock_hours": (
            f"T = C / (n × peak × MFU_eff) = {_sci(result.training_flops)} / "
            f"({result.devices:,} × {format_number(result.peak_tflops)} TFLOPS × "
            f"{result.effective_mfu:.3g}) = {_sci(result.wall_clock_hours * 3600)} s = "
            f"{format_number(result.wall_clock_hours)} h "
            f"({format_number(result.wall_clock_days)} days)"
        ),
        "device_hours": (
            f"device-hours = n × T = {result.devices:,} × "
            f"{format_number(result.wall_clock_hours)} h = {format_number(result.device_hours)}"
        ),
        "compute_cost_usd": _compute_cost(result, currency),
        "energy_kwh": _energy(result),
        "energy_cost_usd": _energy_cost(result, currency),
        "total_cost_usd": _total(result, currency),
        "co2_kg": _co2(result),
        "memory_per_device_gb": _memory(result),
        "min_devices": _min_devices(result),
        "fits": _fits(result),
    }


def explain_text(result: TrainingResult, currency: Currency = USD) -> str:
    """All explanations, one ``key: line`` per line."""
    return "\n".join(f"{key}: {line}" for key, line in explain(result, currency).items())


def _flops(result: TrainingResult) -> str:
    inputs = result.inputs
    n = format_count(inputs.compute_params)
    if inputs.active_params is not None:
        n += f" active (of {format_count(inputs.params)})"
    per_token = f"6 × {n}"
    attention = inputs.attention_flops_per_token
    if attention:
        shape = architecture(inputs.compute_params, inputs.memory.layers, inputs.memory.hidden)
        width = inputs.memory.attention_dim or shape.hidden
        per_token = (
            f"6 × {n} + 6 × {shape.layers:,} × {width:,} × "
            f"{inputs.memory.sequence_length:,} attention (causal: half of 12·L·d·s)"
        )
    if inputs.flops is not None:
        return (
            f"C = the given budget, {_sci(result.training_flops)} FLOP "
            f"(D = C / ({per_token}) = {format_count(result.tokens)} tokens)"
        )
    tokens = format_count(result.tokens)
    if attention:
        formula = "C = (6·N + 6·L·d·s) × D"
        total = f"({per_token}) × {tokens} = {_sci(result.training_flops)} FLOP"
    else:
        formula = "C = 6 × N × D"
        total = f"{per_token} × {tokens} = {_sci(result.training_flops)} FLOP"
    if inputs.compute_optimal:
        ratio = default("tokens_per_param").value
        return f"{formula} with D = {ratio:g} × N (compute-optimal, Chinchilla): {total}"
    return f"{formula} = {total}"


def _precision(result: TrainingResult) -> str:
    peak = f"dense peak {format_number(result.peak_tflops)} TFLOPS at {result.precision_used}"
    if result.precision_used == result.precision:
        return f"{peak} (catalog)"
    return (
        f"{peak}: the catalog has no {result.precision} figure for this device, so it is "
        "priced at its best training precision (BF16, else FP16, TF32, FP32)"
    )


def _mfu(result: TrainingResult) -> str:
    inputs = result.inputs
    if inputs.mfu_preset is None:
        return f"MFU = {result.mfu:.3g} (yours), of the {result.precision_used} peak"
    preset = mfu_preset_for(inputs.mfu_preset, result.precision_used)
    scale = mfu_scale(result.precision_used)
    text = f"MFU = {result.mfu:.3g} of the {result.precision_used} peak: preset {preset.label}"
    if scale != 1.0 and not preset.kind.startswith("mfu_fp"):
        text += f" × {scale:.3g} (the {result.precision_used} preset's ratio to the 16-bit one)"
    return f"{text} ({preset.source})"


def _devices(result: TrainingResult) -> str:
    inputs = result.inputs
    if inputs.target_days is None:
        return f"n = {result.devices:,} (given)"
    rate = result.peak_tflops * 1e12 * result.effective_mfu
    by_time = int(device_ceil(result.training_flops / (inputs.target_days * 86400 * rate)))
    text = (
        f"n = TP × PP × DP = {result.layout}, DP the fewest ranks that meet the target: "
        f"C / (target × peak × MFU_eff) = {_sci(result.training_flops)} / "
        f"({inputs.target_days:g} days × 86,400 s × {format_number(result.peak_tflops)} TFLOPS"
        f" × {result.effective_mfu:.3g}) = {by_time:,} devices, rounded up to whole ranks"
    )
    tp, pp, _, _ = layout_sizes(result.layout)
    if result.devices >= by_time + tp * pp:  # more than rounding up to whole DP ranks
        text += f"; raised to {result.devices:,}, the fewest on which it fits in memory"
    return text


def _origin(result: TrainingResult, typed: float | None, catalog: str) -> str:
    owner = result.inputs.pricing.device
    if typed is None or (owner is not None and owner != result.device):
        return catalog
    return "your price" if owner is not None else "your price, applied to every device"


def _compute_cost(result: TrainingResult, currency: Currency) -> str:
    pricing = result.inputs.pricing
    if result.compute_cost_usd is None or result.price_per_device_hour_usd is None:
        return f"unknown: {result.cost_note}"
    hours = format_number(result.device_hours)
    total = _money(result.compute_cost_usd, currency)
    if isinstance(pricing, OwnedPricing):
        return _owned_cost(result, pricing, currency)
    origin = _origin(result, pricing.price_per_hour_usd, "catalog on-demand")
    rate = _money(result.price_per_device_hour_usd, currency)
    return f"cost = device-hours × price = {hours} × {rate}/h ({origin}) = {total}"


def _owned_cost(result: TrainingResult, pricing: OwnedPricing, currency: Currency) -> str:
    """Capital (with interest and resale) and colocation rent, on whole nodes."""
    capital = result.price_per_device_hour_usd or 0.0
    purchase = capital / pricing.hourly_factor()
    origin = _origin(result, pricing.purchase_price_usd, "catalog launch price")
    rate, years = pricing.cost_of_capital, pricing.lifetime_years
    bought = result.bought_devices or result.devices
    return (
        "cost = bought × T × (capital + colocation per used device-hour); capital = "
        "purchase × (1 + overhead) × (1 − resale × (1 + r)^−Y) × r / (1 − (1 + r)^−Y) / "
        f"(8,760 h × utilisation) = {_money(purchase, currency)} ({origin}) × "
        f"{1 + pricing.overhead_fraction:g} × (1 − {pricing.resale_fraction:g} × "
        f"{1 + rate:g}^−{years:g}) × {recovery_factor(rate, years):.4g} / (8,760 × "
        f"{pricing.utilization:g}) = {_money(capital, currency)}/h; colocation = "
        f"{_money(pricing.colocation_usd_per_kw_month, currency)}/kW-month × 12 × "
        f"{_kw(result):g} kW / (8,760 × {pricing.utilization:g}) = "
        f"{_money(result.colocation_usd_per_hour, currency)}/h; cost = {bought:,} bought "
        f"({result.devices:,} in whole nodes of {pricing.node_size:,}) × "
        f"{format_number(result.wall_clock_hours)} h × (capital + colocation) = "
        f"{_money(result.compute_cost_usd or 0.0, currency)}; up-front capital = {bought:,} × "
        f"{_money(purchase * (1 + pricing.overhead_fraction), currency)} = "
        f"{_money(bought * purchase * (1 + pricing.overhead_fraction), currency)}"
    )


def _kw(result: TrainingResult) -> float:
    """IT power per device with its host share, in kW."""
    return round((result.power_w or 0.0) * (1 + result.host_fraction) / 1000, 4)


def _energy(result: TrainingResult) -> str:
    if result.energy_kwh is None or result.power_w is None:
        return "unknown: the catalog has no power figure for this device"
    energy = result.inputs.energy
    host = (
        "yours"
        if energy.host_overhead is not None
        else "by node class"
        if node_class(result.device)
        else f"preset {default('host').label}"
    )
    return (
        "energy = device-hours × power × draw × (1 + host) × PUE = "
        f"{format_number(result.device_hours)} × {result.power_w / 1000:g} kW × "
        f"{energy.draw_fraction:g} × (1 + {result.host_fraction:.3g} host, {host}) × "
        f"{energy.pue:g} = {format_number(result.energy_kwh)} kWh"
    )


def _energy_cost(result: TrainingResult, currency: Currency) -> str:
    if not isinstance(result.inputs.pricing, OwnedPricing):
        return "not charged separately: the cloud price per device-hour includes energy"
    if result.energy_cost_usd is None or result.energy_kwh is None:
        return "unknown: the catalog has no power figure for this device"
    price = result.inputs.energy.electricity_usd_per_kwh
    return (
        f"energy × electricity price = {format_number(result.energy_kwh)} kWh × "
        f"{_money(price, currency)}/kWh = {_money(result.energy_cost_usd, currency)}"
    )


def _total(result: TrainingResult, currency: Currency) -> str:
    if result.total_cost_usd is None or result.compute_cost_usd is None:
        return f"unknown: {result.cost_note}"
    if result.energy_cost_usd is None:
        return (
            f"= compute cost = {_money(result.total_cost_usd, currency)} "
            "(the cloud price includes energy)"
        )
    return (
        f"compute + energy = {_money(result.compute_cost_usd, currency)} + "
        f"{_money(result.energy_cost_usd, currency)} = {_money(result.total_cost_usd, currency)}"
    )


def _co2(result: TrainingResult) -> str:
    if result.co2_kg is None or result.energy_kwh is None:
        return "unknown: the energy is unknown"
    intensity = result.inputs.energy.carbon_kg_per_kwh
    return (
        f"CO2 = energy × grid intensity = {format_number(result.energy_kwh)} kWh × "
        f"{intensity:g} kg/kWh = {format_number(result.co2_kg)} kg "
        f"({format_number(result.co2_kg / 1000)} t)"
    )


def _memory(result: TrainingResult) -> str:
    inputs = result.inputs
    model = memory_model(inputs.params, inputs.memory, inputs.compute_params)
    states, shape = model.states, model.shape
    tp, pp, dp, ep = layout_sizes(result.layout)
    parts = memory_parts(inputs, model, (tp, pp, ep), float(result.micro_batches))
    origin = "derived from N with h = 128·L" if shape.derived else "given"
    return (
        f"{OPTIMIZER_LABELS[inputs.memory.optimizer]}: {states.weights:g} + "
        f"{states.gradients:g} + {states.optimizer:g} = {states.total:g} bytes/param over "
        f"TP × PP = {tp * pp:,}; {SHARDING_LABELS[inputs.memory.sharding]} over DP = {dp:,}: "
        f"states {_gb(parts.unsplit_states)} + {_gb(parts.split_states)} / {dp:,} GB; "
        f"activations ({RECOMPUTE_LABELS[inputs.memory.recompute]}, ÷ TP, "
        f"L = {shape.layers:,}, h = {shape.hidden:,}, {origin}) {_gb(parts.activations)} GB; "
        f"logits 4·s·b·V/TP with V = {inputs.memory.vocab_size:,}: {_gb(parts.logits)} GB; "
        f"total {format_number(result.memory_per_device_gb)} GB"
    )


def _gb(value: float) -> str:
    return format_number(float(value) / 1e9)


def _min_devices(result: TrainingResult) -> str:
    if result.memory_available_gb is None:
        return "unknown: the catalog has no memory figure for this device"
    if result.min_devices is None:
        return f"none: no layout fits in {_usable(result.memory_available_gb)}"
    return (
        f"the fewest devices on which some layout fits: {result.min_devices:,}; "
        f"memory {_usable(result.memory_available_gb)}"
    )


def _fits(result: TrainingResult) -> str:
    if result.fits is None:
        return "unknown: the catalog has no memory figure for this device"
    verdict = "fits" if result.fits else "does not fit"
    return (
        f"{format_number(result.memory_per_device_gb)} GB needed per device, "
        f"{_usable(result.memory_available_gb)} usable: {verdict}"
    )


def _usable(vendor_gb: float | None) -> str:
    """The vendor's memory figure in 10^9-byte GB: a vendor "80 GB" is 80 GiB."""
    if vendor_gb is None:
        return "unknown"
    headroom = default("headroom").value
    usable = float(usable_bytes(vendor_gb)) / 1e9
    return (
        f"{format_number(usable)} GB (the vendor's {format_number(vendor_gb)} GB are GiB, "
        f"2^30 bytes each, less {headroom:.0%} headroom)"
    )
