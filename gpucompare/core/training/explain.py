"""Each output of a training estimate as its formula with the numbers put in.

So a user can check the arithmetic: ``explain(result)`` maps output keys (those of
:data:`RESULT_KEYS`) to one line each; money in the given currency. Each line is a
:class:`~gpucompare.core.messages.Message`: English text whose template and numbers
(formatted here) the GUI fills into its translation.
"""

from __future__ import annotations

from gpucompare.core.currency import Currency
from gpucompare.core.formatting import format_number
from gpucompare.core.messages import Message
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


def explain(result: TrainingResult, currency: Currency = USD) -> dict[str, Message]:
    """One line per output: the formula, its inputs and the result."""
    return {
        "training_flops": flops_line(result),
        "precision_used": _precision(result),
        "mfu": mfu_line(result),
        "layout": explain_layout(result),
        "effective_mfu": explain_effective_mfu(result),
        "devices": devices_line(result),
        "wall_clock_hours": Message(
            "T = C / (n × peak × MFU_eff) = {flops} / ({n} × {peak} TFLOPS × {mfu}) = "
            "{seconds} s = {hours} h ({days} days)",
            flops=_sci(result.training_flops),
            n=f"{result.devices:,}",
            peak=format_number(result.peak_tflops),
            mfu=f"{result.effective_mfu:.3g}",
            seconds=_sci(result.wall_clock_hours * 3600),
            hours=format_number(result.wall_clock_hours),
            days=format_number(result.wall_clock_days),
        ),
        "device_hours": Message(
            "device-hours = n × T = {n} × {hours} h = {device_hours}",
            n=f"{result.devices:,}",
            hours=format_number(result.wall_clock_hours),
            device_hours=format_number(result.device_hours),
        ),
        "compute_cost_usd": _compute_cost(result, currency),
        "energy_kwh": _energy(result),
        "energy_cost_usd": energy_cost_line(result, currency),
        "total_cost_usd": _total(result, currency),
        "co2_kg": _co2(result),
        "memory_per_device_gb": memory_line(result),
        "min_devices": min_devices_line(result),
        "fits": fits_line(result),
    }


def flops_line(result: TrainingResult) -> Message:
    """How the training FLOPs were found."""
    inputs = result.inputs
    n: str = format_count(inputs.compute_params)
    if inputs.active_params is not None:
        n = Message("{n} active (of {total})", n=n, total=format_count(inputs.params))
    per_token = Message("6 × {n}", n=n)
    attention = inputs.attention_flops_per_token
    if attention:
        shape = architecture(inputs.compute_params, inputs.memory.layers, inputs.memory.hidden)
        width = inputs.memory.attention_dim or shape.hidden
        per_token = Message(
            "6 × {n} + 6 × {layers} × {width} × {length} attention (causal: half of 12·L·d·s)",
            n=n,
            layers=f"{shape.layers:,}",
            width=f"{width:,}",
            length=f"{inputs.memory.sequence_length:,}",
        )
    flops, tokens = _sci(result.training_flops), format_count(result.tokens)
    if inputs.flops is not None:
        return Message(
            "C = the given budget, {flops} FLOP (D = C / ({per_token}) = {tokens} tokens)",
            flops=flops,
            per_token=per_token,
            tokens=tokens,
        )
    formula = "C = (6·N + 6·L·d·s) × D" if attention else "C = 6 × N × D"
    total = Message(
        "({per_token}) × {tokens} = {flops} FLOP"
        if attention
        else "{per_token} × {tokens} = {flops} FLOP",
        per_token=per_token,
        tokens=tokens,
        flops=flops,
    )
    if inputs.compute_optimal:
        return Message(
            "{formula} with D = {ratio} × N (compute-optimal, Chinchilla): {total}",
            formula=formula,
            ratio=f"{default('tokens_per_param').value:g}",
            total=total,
        )
    return Message("{formula} = {total}", formula=formula, total=total)


def _precision(result: TrainingResult) -> Message:
    peak = format_number(result.peak_tflops)
    if result.precision_used == result.precision:
        return Message(
            "dense peak {peak} TFLOPS at {used} (catalog)", peak=peak, used=result.precision_used
        )
    return Message(
        "dense peak {peak} TFLOPS at {used}: the catalog has no {precision} figure for this "
        "device, so it is priced at its best training precision (BF16, else FP16, TF32, FP32)",
        peak=peak,
        used=result.precision_used,
        precision=result.precision,
    )


def mfu_line(result: TrainingResult) -> Message:
    """Where the MFU used comes from."""
    inputs = result.inputs
    mfu, used = f"{result.mfu:.3g}", result.precision_used
    if inputs.mfu_preset is None:
        return Message("MFU = {mfu} (yours), of the {precision} peak", mfu=mfu, precision=used)
    preset = mfu_preset_for(inputs.mfu_preset, used)
    scale = mfu_scale(used)
    scaled = scale != 1.0 and not preset.kind.startswith("mfu_fp")
    return Message(
        "MFU = {mfu} of the {precision} peak: preset {label} × {scale} (the {precision} "
        "preset's ratio to the 16-bit one) ({source})"
        if scaled
        else "MFU = {mfu} of the {precision} peak: preset {label} ({source})",
        mfu=mfu,
        precision=used,
        label=preset.label,
        scale=f"{scale:.3g}",
        source=preset.source,
    )


def devices_line(result: TrainingResult) -> Message:
    """How many devices, and why that many."""
    inputs = result.inputs
    if inputs.target_days is None:
        return Message("n = {n} (given)", n=f"{result.devices:,}")
    rate = result.peak_tflops * 1e12 * result.effective_mfu
    by_time = int(device_ceil(result.training_flops / (inputs.target_days * 86400 * rate)))
    text = Message(
        "n = TP × PP × DP = {layout}, DP the fewest ranks that meet the target: "
        "C / (target × peak × MFU_eff) = {flops} / ({days} days × 86,400 s × {peak} TFLOPS"
        " × {mfu}) = {by_time} devices, rounded up to whole ranks",
        layout=result.layout,
        flops=_sci(result.training_flops),
        days=f"{inputs.target_days:g}",
        peak=format_number(result.peak_tflops),
        mfu=f"{result.effective_mfu:.3g}",
        by_time=f"{by_time:,}",
    )
    tp, pp, _, _ = layout_sizes(result.layout)
    if result.devices >= by_time + tp * pp:  # more than rounding up to whole DP ranks
        return Message(
            "{text}; raised to {n}, the fewest on which it fits in memory",
            text=text,
            n=f"{result.devices:,}",
        )
    return text


def _origin(result: TrainingResult, typed: float | None, catalog: Message) -> Message:
    owner = result.inputs.pricing.device
    if typed is None or (owner is not None and owner != result.device):
        return catalog
    if owner is not None:
        return Message("your price")
    return Message("your price, applied to every device")


def _compute_cost(result: TrainingResult, currency: Currency) -> Message:
    pricing = result.inputs.pricing
    if result.compute_cost_usd is None or result.price_per_device_hour_usd is None:
        return Message("unknown: {note}", note=result.cost_note)
    if isinstance(pricing, OwnedPricing):
        return _owned_cost(result, pricing, currency)
    return Message(
        "cost = device-hours × price = {hours} × {rate}/h ({origin}) = {total}",
        hours=format_number(result.device_hours),
        rate=_money(result.price_per_device_hour_usd, currency),
        origin=_origin(result, pricing.price_per_hour_usd, Message("catalog on-demand")),
        total=_money(result.compute_cost_usd, currency),
    )


def _owned_cost(result: TrainingResult, pricing: OwnedPricing, currency: Currency) -> Message:
    """Capital (with interest and resale) and colocation rent, on whole nodes."""
    capital = result.price_per_device_hour_usd or 0.0
    purchase = capital / pricing.hourly_factor()
    rate, years = pricing.cost_of_capital, pricing.lifetime_years
    bought = result.bought_devices or result.devices
    unit_price = purchase * (1 + pricing.overhead_fraction)
    return Message(
        "cost = bought × T × (capital + colocation per used device-hour); capital = "
        "purchase × (1 + overhead) × (1 − resale × (1 + r)^−Y) × r / (1 − (1 + r)^−Y) / "
        "(8,760 h × utilisation) = {purchase} ({origin}) × {overhead} × (1 − {resale} × "
        "{growth}^−{years}) × {recovery} / (8,760 × {utilization}) = {capital}/h; colocation = "
        "{colocation}/kW-month × 12 × {kw} kW / (8,760 × {utilization}) = "
        "{colocation_hour}/h; cost = {bought} bought ({devices} in whole nodes of {node}) × "
        "{hours} h × (capital + colocation) = {cost}; up-front capital = {bought} × "
        "{unit_price} = {upfront}",
        purchase=_money(purchase, currency),
        origin=_origin(result, pricing.purchase_price_usd, Message("catalog launch price")),
        overhead=f"{1 + pricing.overhead_fraction:g}",
        resale=f"{pricing.resale_fraction:g}",
        growth=f"{1 + rate:g}",
        years=f"{years:g}",
        recovery=f"{recovery_factor(rate, years):.4g}",
        utilization=f"{pricing.utilization:g}",
        capital=_money(capital, currency),
        colocation=_money(pricing.colocation_usd_per_kw_month, currency),
        kw=f"{_kw(result):g}",
        colocation_hour=_money(result.colocation_usd_per_hour, currency),
        bought=f"{bought:,}",
        devices=f"{result.devices:,}",
        node=f"{pricing.node_size:,}",
        hours=format_number(result.wall_clock_hours),
        cost=_money(result.compute_cost_usd or 0.0, currency),
        unit_price=_money(unit_price, currency),
        upfront=_money(bought * unit_price, currency),
    )


def _kw(result: TrainingResult) -> float:
    """IT power per device with its host share, in kW."""
    return round((result.power_w or 0.0) * (1 + result.host_fraction) / 1000, 4)


def _no_power() -> Message:
    return Message("unknown: the catalog has no power figure for this device")


def _energy(result: TrainingResult) -> Message:
    if result.energy_kwh is None or result.power_w is None:
        return _no_power()
    energy = result.inputs.energy
    host = (
        Message("yours")
        if energy.host_overhead is not None
        else Message("by node class")
        if node_class(result.device)
        else Message("preset {label}", label=default("host").label)
    )
    return Message(
        "energy = device-hours × power × draw × (1 + host) × PUE = {device_hours} × {kw} kW × "
        "{draw} × (1 + {host_fraction} host, {host}) × {pue} = {energy} kWh",
        device_hours=format_number(result.device_hours),
        kw=f"{result.power_w / 1000:g}",
        draw=f"{energy.draw_fraction:g}",
        host_fraction=f"{result.host_fraction:.3g}",
        host=host,
        pue=f"{energy.pue:g}",
        energy=format_number(result.energy_kwh),
    )


def energy_cost_line(result: TrainingResult, currency: Currency) -> Message:
    """The energy cost: its price and whether the total includes it."""
    if not isinstance(result.inputs.pricing, OwnedPricing):
        return Message("not charged separately: the cloud price per device-hour includes energy")
    if result.energy_cost_usd is None or result.energy_kwh is None:
        return _no_power()
    return Message(
        "energy × electricity price = {energy} kWh × {price}/kWh = {cost}",
        energy=format_number(result.energy_kwh),
        price=_money(result.inputs.energy.electricity_usd_per_kwh, currency),
        cost=_money(result.energy_cost_usd, currency),
    )


def _total(result: TrainingResult, currency: Currency) -> Message:
    if result.total_cost_usd is None or result.compute_cost_usd is None:
        return Message("unknown: {note}", note=result.cost_note)
    if result.energy_cost_usd is None:
        return Message(
            "= compute cost = {total} (the cloud price includes energy)",
            total=_money(result.total_cost_usd, currency),
        )
    return Message(
        "compute + energy = {compute} + {energy} = {total}",
        compute=_money(result.compute_cost_usd, currency),
        energy=_money(result.energy_cost_usd, currency),
        total=_money(result.total_cost_usd, currency),
    )


def _co2(result: TrainingResult) -> Message:
    if result.co2_kg is None or result.energy_kwh is None:
        return Message("unknown: the energy is unknown")
    return Message(
        "CO2 = energy × grid intensity = {energy} kWh × {intensity} kg/kWh = {kg} kg ({t} t)",
        energy=format_number(result.energy_kwh),
        intensity=f"{result.inputs.energy.carbon_kg_per_kwh:g}",
        kg=format_number(result.co2_kg),
        t=format_number(result.co2_kg / 1000),
    )


def memory_line(result: TrainingResult) -> Message:
    """The training memory per device, term by term."""
    inputs = result.inputs
    model = memory_model(inputs.params, inputs.memory, inputs.compute_params)
    states, shape = model.states, model.shape
    tp, pp, dp, ep = layout_sizes(result.layout)
    parts = memory_parts(inputs, model, (tp, pp, ep), float(result.micro_batches))
    return Message(
        "{optimizer}: {weights} + {gradients} + {moments} = {state_bytes} bytes/param over "
        "TP × PP = {tp_pp}; {sharding} over DP = {dp}: states {unsplit} + {split} / {dp} GB; "
        "activations ({recompute}, ÷ TP, L = {layers}, h = {hidden}, {origin}) {activations} "
        "GB; logits 4·s·b·V/TP with V = {vocab}: {logits} GB; total {total} GB",
        optimizer=OPTIMIZER_LABELS[inputs.memory.optimizer],
        weights=f"{states.weights:g}",
        gradients=f"{states.gradients:g}",
        moments=f"{states.optimizer:g}",
        state_bytes=f"{states.total:g}",
        tp_pp=f"{tp * pp:,}",
        sharding=SHARDING_LABELS[inputs.memory.sharding],
        dp=f"{dp:,}",
        unsplit=_gb(parts.unsplit_states),
        split=_gb(parts.split_states),
        recompute=RECOMPUTE_LABELS[inputs.memory.recompute],
        layers=f"{shape.layers:,}",
        hidden=f"{shape.hidden:,}",
        origin=Message("derived from N with h = 128·L") if shape.derived else Message("given"),
        activations=_gb(parts.activations),
        vocab=f"{inputs.memory.vocab_size:,}",
        logits=_gb(parts.logits),
        total=format_number(result.memory_per_device_gb),
    )


def _gb(value: float) -> str:
    return format_number(float(value) / 1e9)


def _no_memory() -> Message:
    return Message("unknown: the catalog has no memory figure for this device")


def min_devices_line(result: TrainingResult) -> Message:
    """The fewest devices whose memory holds the run."""
    if result.memory_available_gb is None:
        return _no_memory()
    usable = _usable(result.memory_available_gb)
    if result.min_devices is None:
        return Message("none: no layout fits in {usable}", usable=usable)
    return Message(
        "the fewest devices on which some layout fits: {n}; memory {usable}",
        n=f"{result.min_devices:,}",
        usable=usable,
    )


def fits_line(result: TrainingResult) -> Message:
    """Whether the run fits the chosen devices' memory."""
    if result.fits is None:
        return _no_memory()
    return Message(
        "{needed} GB needed per device, {usable} usable: {verdict}",
        needed=format_number(result.memory_per_device_gb),
        usable=_usable(result.memory_available_gb),
        verdict=Message("fits") if result.fits else Message("does not fit"),
    )


def _usable(vendor_gb: float | None) -> Message:
    """The vendor's memory figure in 10^9-byte GB: a vendor "80 GB" is 80 GiB."""
    if vendor_gb is None:
        return Message("unknown")
    return Message(
        "{usable} GB (the vendor's {vendor} GB are GiB, 2^30 bytes each, less {headroom} headroom)",
        usable=format_number(float(usable_bytes(vendor_gb)) / 1e9),
        vendor=format_number(vendor_gb),
        headroom=f"{default('headroom').value:.0%}",
    )
