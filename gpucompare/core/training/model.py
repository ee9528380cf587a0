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
    compute,
    missing_precisions,
)
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

    Raises InputError for invalid inputs and for a device that cannot train at all
    (no throughput figure at any training precision) or would need more than
    :data:`MAX_DEVICES` devices to meet the target time. A missing price leaves the
    cost empty with a note; a missing figure at the chosen precision falls back to the
    device's best training precision, with a warning.
    """
    inputs.validate()
    row = dict(device)
    frame = pd.DataFrame([row])
    run = compute(inputs, DeviceColumns.from_frame(frame))
    _raise_for(Problem(int(run.problem[0])), inputs, row, run)
    result = _result(inputs, row, run)
    if inputs.mfu_band is None:
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


def _raise_for(
    problem: Problem, inputs: TrainingInputs, row: Mapping[str, object], run: RunArrays
) -> None:
    name = _name(row)
    if problem == Problem.NO_PEAK:
        raise InputError(
            "precision",
            Message(
                "{name} has {missing} in the catalog, so it cannot be priced for training",
                name=str(name),
                missing=missing_precisions(inputs.precision),
            ),
        )
    if problem == Problem.NO_LAYOUT:
        raise InputError(
            "layout", Message("{name}: {reason}", name=str(name), reason=no_layout_reason(inputs))
        )
    if problem == Problem.TOO_MANY:
        raise InputError(
            "target_days",
            Message(
                "{name} would need {value} devices, more than {max_devices}; allow more days",
                name=str(name),
                value=f"{run.devices[0]:,.0f}",
                max_devices=f"{MAX_DEVICES:,}",
            ),
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
    used = TRAINING_PRECISIONS[int(run.precision_used[0])]
    return TrainingResult(
        device=str(row.get("id", "")),
        name=_name(row),
        precision=inputs.precision,
        precision_used=used,
        training_flops=run.training_flops,
        tokens=inputs.training_tokens,
        devices=int(run.devices[0]),
        layout=layout_text(run.layout, 0),
        mfu=float(run.mfu[0]),
        effective_mfu=float(run.layout.effective_mfu[0]),
        wall_clock_hours=float(run.wall_clock_hours[0]),
        device_hours=float(run.device_hours[0]),
        compute_cost_usd=optional(run.compute_cost_usd[0]),
        energy_kwh=optional(run.energy_kwh[0]),
        energy_cost_usd=None if cloud else optional(run.energy_cost_usd[0]),
        total_cost_usd=optional(run.total_cost_usd[0]),
        cost_note=cost_note(inputs, int(run.cost_gap[0])),
        co2_kg=optional(run.co2_kg[0]),
        memory_per_device_gb=float(run.memory_per_device_gb[0]),
        memory_available_gb=available,
        fits=None if available is None else bool(run.fits[0]),
        min_devices=None if np.isnan(min_devices) else int(min_devices),
        warnings=warning_texts(inputs, int(run.warnings[0]), run.devices[0], min_devices, used),
        peak_tflops=float(run.peak_tflops[0]),
        price_per_device_hour_usd=optional(run.price_per_device_hour_usd[0]),
        power_w=_figure(row, "power_w"),
        inputs=inputs,
        host_fraction=float(run.host_fraction[0]),
        bought_devices=None if cloud else int(run.bought_devices[0]),
        colocation_usd_per_hour=float(run.colocation_usd_per_hour[0]),
        step_shares={name: float(share[0]) for name, share in run.layout.shares.items()},
        micro_batches=int(run.layout.micro_batches[0]),
        interconnect_gbps=_figure(row, "interconnect_gbps"),
    )
