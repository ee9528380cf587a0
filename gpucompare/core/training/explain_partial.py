"""The explanation of any result: each known output's formula, and why the others are unknown.

A result with every figure goes to :func:`.explain.explain` unchanged; an output that a
missing catalog figure leaves unknown (``result.unknown``) shows why instead. Without a
training throughput there is no time, so the lines that need it are never built: the
rest come from the same helpers as a full explanation.
"""

from __future__ import annotations

from dataclasses import replace

from gpucompare.core.currency import Currency
from gpucompare.core.messages import Message
from gpucompare.core.training.explain import (
    USD,
    devices_line,
    energy_cost_line,
    fits_line,
    flops_line,
    memory_line,
    mfu_line,
    min_devices_line,
)
from gpucompare.core.training.explain import explain as full_explanation
from gpucompare.core.training.explain_layout import layout_sizes
from gpucompare.core.training.results import TrainingResult

# The outputs explained, in order (those of the full explanation).
KEYS: tuple[str, ...] = (
    "training_flops",
    "precision_used",
    "mfu",
    "layout",
    "effective_mfu",
    "devices",
    "wall_clock_hours",
    "device_hours",
    "compute_cost_usd",
    "energy_kwh",
    "energy_cost_usd",
    "total_cost_usd",
    "co2_kg",
    "memory_per_device_gb",
    "min_devices",
    "fits",
)


def explain(result: TrainingResult, currency: Currency = USD) -> dict[str, str]:
    """One line per output: its formula with the numbers put in, or why it is unknown."""
    if result.wall_clock_hours is not None:
        lines = dict(full_explanation(result, currency))
    else:
        lines = _without_time(result, currency)
    for key, reason in result.unknown.items():
        if key in lines:
            lines[key] = Message("unknown: {reason}", reason=reason)
    return lines


def explain_text(result: TrainingResult, currency: Currency = USD) -> str:
    """All explanations, one ``key: line`` per line."""
    return "\n".join(f"{key}: {line}" for key, line in explain(result, currency).items())


def _without_time(result: TrainingResult, currency: Currency) -> dict[str, str]:
    """The lines of a result without a throughput figure, in the full explanation's order.

    Unknown outputs get an empty line here; :func:`explain` puts the reason in.
    """
    chosen = replace(result, precision_used=result.precision)  # the MFU asked for
    lines: dict[str, str] = {
        "training_flops": flops_line(result),
        "mfu": mfu_line(chosen),
        "energy_cost_usd": energy_cost_line(result, currency),  # cloud: in the price
        "min_devices": min_devices_line(result),
    }
    if result.layout is not None:
        lines["layout"] = _least_memory_layout(result)
    if result.devices is not None:
        lines["devices"] = devices_line(result)
    if result.memory_per_device_gb is not None:
        lines["memory_per_device_gb"] = memory_line(result)
    if "fits" not in result.unknown:
        lines["fits"] = fits_line(result)
    return {key: lines.get(key, "") for key in KEYS if key in lines or key in result.unknown}


def _least_memory_layout(result: TrainingResult) -> Message:
    tp, pp, dp, _ = layout_sizes(result.layout or "")
    return Message(
        "TP {tp} × PP {pp} × DP {dp}: of the layouts of {n} devices, the one that needs the "
        "least memory per device (without a throughput figure no layout can be timed)",
        tp=f"{tp:,}",
        pp=f"{pp:,}",
        dp=f"{dp:,}",
        n=f"{result.devices:,}",
    )
