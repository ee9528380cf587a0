"""Which outputs of a single-device estimate a missing catalog figure leaves unknown, and why.

A device without a training throughput figure (BF16, FP16, TF32 or FP32) still has a
training compute, a memory need and a minimum device count; only what follows from the
time is unknown. A device without a memory figure still has a time; only its fit is
unknown. Each reason says whether nobody publishes the figure (the row lists it in
``not_published``) or it is simply not entered yet.
"""

from __future__ import annotations

from collections.abc import Mapping

from gpucompare.core.catalog.published import figure_gap
from gpucompare.core.catalog.schema import precision_column
from gpucompare.core.messages import Message
from gpucompare.core.training.compute import FALLBACK_PRECISIONS, missing_precisions
from gpucompare.core.training.inputs import CloudPricing, TrainingInputs
from gpucompare.core.training.results import RESULT_KEYS

# What the training time decides: unknown without a throughput figure.
NEEDS_TIME: tuple[str, ...] = (
    "precision_used",
    "effective_mfu",
    "wall_clock_hours",
    "device_hours",
    "compute_cost_usd",
    "energy_kwh",
    "energy_cost_usd",
    "total_cost_usd",
    "co2_kg",
)
# What a device count solved from a target time decides: unknown without one either.
NEEDS_COUNT: tuple[str, ...] = ("devices", "layout", "memory_per_device_gb", "fits")
NEEDS_MEMORY: tuple[str, ...] = ("memory_available_gb", "fits", "min_devices")
NEEDS_POWER: tuple[str, ...] = ("energy_kwh", "co2_kg")


def throughput_gap(precision: str, row: Mapping[str, object]) -> Message:
    """Why a device has no training throughput: no figure at ``precision`` or any fallback."""
    columns = [precision_column(p) for p in dict.fromkeys((precision, *FALLBACK_PRECISIONS))]
    return figure_gap(missing_precisions(precision), columns, row)


def unknown_outputs(
    inputs: TrainingInputs,
    row: Mapping[str, object],
    *,
    trains: bool,
    has_memory: bool,
    has_power: bool,
) -> dict[str, Message]:
    """Output key → why it is unknown, for the figures ``row`` lacks."""
    unknown: dict[str, Message] = {}
    if not has_memory:
        gap = figure_gap(Message("no memory figure"), ["memory_gb"], row)
        unknown.update(dict.fromkeys(NEEDS_MEMORY, gap))
    if not has_power:
        gap = figure_gap(Message("no power figure"), ["power_w"], row)
        unknown.update(dict.fromkeys(NEEDS_POWER, gap))
        if not isinstance(inputs.pricing, CloudPricing):
            unknown["energy_cost_usd"] = gap
    if not trains:
        gap = throughput_gap(inputs.precision, row)
        unknown.update(dict.fromkeys(NEEDS_TIME, gap))
        if isinstance(inputs.pricing, CloudPricing):
            unknown.pop("energy_cost_usd")  # included in the cloud price, known or not
        if inputs.devices is None:
            solved = Message(
                "solving the device count for the target time needs a throughput figure: {gap}",
                gap=gap,
            )
            unknown.update(dict.fromkeys(NEEDS_COUNT, solved))
    return {key: unknown[key] for key in RESULT_KEYS if key in unknown}


def time_warning(gap: Message) -> Message:
    """The warning a device without a throughput figure gets."""
    return Message("{gap}; the time, device-hours, energy, cost and CO2 are unknown", gap=gap)
