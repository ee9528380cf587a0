"""Price one training run on one device type."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import numpy as np
import pandas as pd

from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message
from gpucompare.core.training.compute import (
    DeviceColumns,
    Problem,
    RunArrays,
    WarningFlag,
    compute,
    missing_precisions,
)
from gpucompare.core.training.gaps import throughput_gap, time_warning, unknown_outputs
from gpucompare.core.training.inputs import (
    MAX_DEVICES,
    TRAINING_PRECISIONS,
    CloudPricing,
    TrainingInputs,
)
from gpucompare.core.training.ranking import no_layout_reason
from gpucompare.core.training.results import (
    TrainingResult,
    cost_note,
    optional,
    warning_texts,
)
from gpucompare.core.training.search import layout_text


def estimate(inputs: TrainingInputs, device: Mapping[str, object] | pd.Series) -> TrainingResult:
    """The run of ``inputs`` on ``device`` (a catalog row).

    Raises InputError for invalid inputs, for a global batch no layout can split, and
    for a run that would need more than :data:`MAX_DEVICES` devices to meet the target
    time. A missing figure leaves what depends on it ``None``, with why in
    ``result.unknown``: no training throughput at any precision, the time and all that
    follows (:func:`require_throughput` makes that an error); no memory figure, the fit;
    a missing price, the cost (with ``cost_note``). A missing figure at the chosen
    precision falls back to the device's best training precision, with a warning.
    """
    inputs.validate()
    row = dict(device)
    frame = pd.DataFrame([row])
    run = compute(inputs, DeviceColumns.from_frame(frame))
    _raise_for(inputs, row, run)
    result = _result(inputs, row, run)
    if inputs.mfu_band is None or result.precision_used is None:
        return result
    factor = result.mfu / inputs.mfu_at(inputs.precision)
    low, high = (_band_end(inputs, device, mfu * factor) for mfu in inputs.mfu_band)
    return replace(result, band=(low, high))


def _band_end(
    inputs: TrainingInputs, device: Mapping[str, object] | pd.Series, mfu: float
) -> TrainingResult:
    try:
        return estimate(replace(inputs, mfu=mfu, mfu_preset=None, mfu_band=None), device)
    except InputError as error:
        raise InputError(
            "mfu_band",
            Message("at MFU {mfu}: {message}", mfu=f"{mfu:g}", message=error.message),
        ) from None


def _name(row: Mapping[str, object]) -> str:
    name = row.get("name")
    device_id = row.get("id")
    if isinstance(name, str) and name:
        return name
    return device_id if isinstance(device_id, str) and device_id else "this device"


def require_throughput(result: TrainingResult) -> None:
    """InputError (field ``precision``) when ``result`` has no training throughput figure."""
    if result.precision_used is None:
        raise InputError(
            "precision",
            Message(
                "{name} has {missing} in the catalog, so it cannot be priced for training",
                name=result.name,
                missing=missing_precisions(result.precision),
            ),
        )


def _raise_for(inputs: TrainingInputs, row: Mapping[str, object], run: RunArrays) -> None:
    """Too many devices for the target time (unless it fits on none: a warning says so),
    or a global batch no layout splits. A missing figure is no error (see ``unknown``)."""
    name = _name(row)
    timed = run.precision_used[0] >= 0
    never_fits = run.problem[0] == Problem.NEVER_FITS
    if timed and not never_fits and not run.devices[0] <= MAX_DEVICES:
        raise InputError(
            "target_days",
            Message(
                "{name} would need {value} devices, more than {max_devices}; allow more days",
                name=str(name),
                value=f"{run.devices[0]:,.0f}",
                max_devices=f"{MAX_DEVICES:,}",
            ),
        )
    if run.layout.no_split[0]:
        raise InputError(
            "layout", Message("{name}: {reason}", name=str(name), reason=no_layout_reason(inputs))
        )


def _positive(value: object) -> bool:
    number = pd.to_numeric(pd.Series([value]), errors="coerce").iloc[0]
    return bool(pd.notna(number) and number > 0)


def _figure(row: Mapping[str, object], key: str) -> float | None:
    value = row.get(key)
    return float(value) if _positive(value) else None  # type: ignore[arg-type]


def _result(inputs: TrainingInputs, row: Mapping[str, object], run: RunArrays) -> TrainingResult:
    cloud = isinstance(inputs.pricing, CloudPricing)
    available = _figure(row, "memory_gb")
    min_devices = run.min_devices[0]
    code = int(run.precision_used[0])
    trains = code >= 0
    blind = not trains and inputs.devices is None  # the count needs the throughput
    used = TRAINING_PRECISIONS[code] if trains else None
    unknown = unknown_outputs(
        inputs,
        row,
        trains=trains,
        has_memory=available is not None,
        has_power=_figure(row, "power_w") is not None,
    )
    return TrainingResult(
        device=str(row.get("id", "")),
        name=_name(row),
        precision=inputs.precision,
        precision_used=used,
        training_flops=run.training_flops,
        tokens=inputs.training_tokens,
        devices=None if blind else int(run.devices[0]),
        layout=None if blind else layout_text(run.layout, 0),
        mfu=float(run.mfu[0]) if trains else inputs.mfu_at(inputs.precision),
        effective_mfu=optional(run.layout.effective_mfu[0]),
        wall_clock_hours=optional(run.wall_clock_hours[0]),
        device_hours=optional(run.device_hours[0]),
        compute_cost_usd=optional(run.compute_cost_usd[0]),
        energy_kwh=optional(run.energy_kwh[0]),
        energy_cost_usd=None if cloud else optional(run.energy_cost_usd[0]),
        total_cost_usd=optional(run.total_cost_usd[0]),
        cost_note=cost_note(inputs, int(run.cost_gap[0])),
        co2_kg=optional(run.co2_kg[0]),
        memory_per_device_gb=None if blind else float(run.memory_per_device_gb[0]),
        memory_available_gb=available,
        fits=None if available is None or blind else bool(run.fits[0]),
        min_devices=None if np.isnan(min_devices) else int(min_devices),
        warnings=_warnings(inputs, row, run, trains, blind),
        peak_tflops=optional(run.peak_tflops[0]),
        price_per_device_hour_usd=optional(run.price_per_device_hour_usd[0]),
        power_w=_figure(row, "power_w"),
        inputs=inputs,
        host_fraction=float(run.host_fraction[0]),
        bought_devices=None if cloud or blind else int(run.bought_devices[0]),
        colocation_usd_per_hour=float(run.colocation_usd_per_hour[0]),
        step_shares=(
            {name: float(share[0]) for name, share in run.layout.shares.items()} if trains else {}
        ),
        micro_batches=int(run.layout.micro_batches[0]),
        interconnect_gbps=_figure(row, "interconnect_gbps"),
        unknown=unknown,
    )


def _warnings(
    inputs: TrainingInputs,
    row: Mapping[str, object],
    run: RunArrays,
    trains: bool,
    blind: bool,
) -> tuple[Message, ...]:
    """The run's warnings; without a throughput figure, first the one saying so.

    Without one, no layout is timed (so none is over PCIe), and with a target time no
    count is solved (so none is raised to fit, nor fails to fit unless none ever does).
    """
    flags = int(run.warnings[0])
    min_devices = run.min_devices[0]
    if trains:
        used = TRAINING_PRECISIONS[int(run.precision_used[0])]
        return warning_texts(inputs, flags, run.devices[0], min_devices, used)
    flags &= ~WarningFlag.ASSUMED_PCIE
    if blind:
        flags &= ~WarningFlag.RAISED_FOR_MEMORY
        if not np.isnan(min_devices):
            flags &= ~WarningFlag.DOES_NOT_FIT
    texts = warning_texts(inputs, flags, run.devices[0], min_devices)
    return (time_warning(throughput_gap(inputs.precision, row)), *texts)
