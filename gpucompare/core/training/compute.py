"""The arithmetic of a training run over arrays of devices, shared by estimate and rank.

One pass of numpy over the catalog columns; the single-device estimate runs the same
code on a one-row frame, so the two agree to the last bit.

    C = 6·N·D
    T = C / (n · peak · 10^12 · MFU)                    seconds
    device-hours = n · T / 3600
    cloud:  cost = device-hours × price per device-hour (energy is in the price)
    owned:  cost = device-hours × purchase · (1 + overhead) / (life · 8760 · utilisation)
                   + energy × electricity price
    energy = device-hours × power / 1000 × draw × PUE    kWh
    CO2 = energy × grid intensity                        kg
    solve:  n = ceil(C / (target · 3600 · peak · 10^12 · MFU)), raised to min_devices
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, IntFlag

import numpy as np
import pandas as pd

from gpucompare.core.catalog.schema import precision_column
from gpucompare.core.training.inputs import (
    MAX_DEVICES,
    MFU_WARNING,
    CloudPricing,
    TrainingInputs,
)
from gpucompare.core.training.memory import MemoryModel, memory_model


class Problem(IntEnum):
    """Why a device cannot run or price the job; the lowest value wins."""

    NONE = 0
    NO_PEAK = 1
    NO_PRICE = 2
    NO_POWER = 3
    NO_MEMORY = 4
    NEVER_FITS = 5
    TOO_MANY = 6
    NOT_FIT_AT_COUNT = 7


class WarningFlag(IntFlag):
    """Per-device warnings, as bits."""

    HIGH_MFU = 1
    RAISED_FOR_MEMORY = 2
    DOES_NOT_FIT = 4
    NO_ENERGY = 8
    NO_MEMORY = 16


def _column(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame:
        return np.full(len(frame), np.nan)
    values = frame[column]
    if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        values = pd.to_numeric(values, errors="coerce")
    return values.to_numpy(dtype="float64", na_value=np.nan)


@dataclass(frozen=True)
class DeviceColumns:
    """The catalog figures the model reads, as float arrays (NaN = unknown)."""

    peak_tflops: np.ndarray
    memory_gb: np.ndarray
    power_w: np.ndarray
    launch_price_usd: np.ndarray
    cloud_usd_per_hour: np.ndarray

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, precision: str) -> DeviceColumns:
        """Read the columns from a catalog frame."""
        return cls(
            peak_tflops=_column(frame, precision_column(precision)),
            memory_gb=_column(frame, "memory_gb"),
            power_w=_column(frame, "power_w"),
            launch_price_usd=_column(frame, "launch_price_usd"),
            cloud_usd_per_hour=_column(frame, "cloud_usd_per_hour"),
        )


@dataclass(frozen=True)
class RunArrays:
    """The run on every device; rows with a problem hold meaningless numbers."""

    training_flops: float
    memory: MemoryModel
    peak_tflops: np.ndarray
    devices: np.ndarray
    wall_clock_hours: np.ndarray
    device_hours: np.ndarray
    price_per_device_hour_usd: np.ndarray
    compute_cost_usd: np.ndarray
    energy_kwh: np.ndarray
    energy_cost_usd: np.ndarray
    total_cost_usd: np.ndarray
    co2_kg: np.ndarray
    memory_per_device_gb: np.ndarray
    min_devices: np.ndarray
    fits: np.ndarray
    problem: np.ndarray
    warnings: np.ndarray


def device_ceil(values: np.ndarray) -> np.ndarray:
    """Whole devices, at least 1: a ceiling that ignores floating-point dust above a whole."""
    return np.maximum(np.ceil(np.asarray(values, dtype="float64") * (1.0 - 1e-9)), 1.0)


def compute(inputs: TrainingInputs, columns: DeviceColumns) -> RunArrays:
    """Run the model for every device at once. ``inputs`` must already be valid."""
    flops = inputs.training_flops
    memory = memory_model(inputs.params, inputs.memory)
    cloud = isinstance(inputs.pricing, CloudPricing)
    peak = columns.peak_tflops
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = peak * 1e12 * inputs.mfu  # achieved FLOP/s per device
        min_devices = memory.min_devices(columns.memory_gb)
        raised = np.zeros(len(peak), dtype=bool)
        if inputs.devices is not None:
            devices = np.full(len(peak), float(inputs.devices))
        else:
            by_time = device_ceil(flops / (inputs.target_days * 24.0 * 3600.0 * rate))
            raised = min_devices > by_time
            devices = np.where(raised, min_devices, by_time)
        hours = flops / (devices * rate) / 3600.0
        device_hours = devices * hours
        price = _price_per_hour(inputs, columns, cloud)
        compute_cost = device_hours * price
        energy = device_hours * columns.power_w / 1000.0 * inputs.energy.draw_fraction
        energy = energy * inputs.energy.pue
        if cloud:
            energy_cost = np.full(len(peak), np.nan)
            total = compute_cost
        else:
            energy_cost = energy * inputs.energy.electricity_usd_per_kwh
            total = compute_cost + energy_cost
        co2 = energy * inputs.energy.carbon_kg_per_kwh
        per_device_gb = memory.per_device_bytes(devices) / 1e9
    fits = devices >= min_devices
    problem = _problems(columns, cloud, price, devices, min_devices, fits)
    flags = _warnings(inputs, columns, raised, fits, cloud)
    return RunArrays(
        training_flops=flops,
        memory=memory,
        peak_tflops=peak,
        devices=devices,
        wall_clock_hours=hours,
        device_hours=device_hours,
        price_per_device_hour_usd=price,
        compute_cost_usd=compute_cost,
        energy_kwh=energy,
        energy_cost_usd=energy_cost,
        total_cost_usd=total,
        co2_kg=co2,
        memory_per_device_gb=per_device_gb,
        min_devices=min_devices,
        fits=fits,
        problem=problem,
        warnings=flags,
    )


def _price_per_hour(inputs: TrainingInputs, columns: DeviceColumns, cloud: bool) -> np.ndarray:
    count = len(columns.peak_tflops)
    pricing = inputs.pricing
    if cloud:
        if pricing.price_per_hour_usd is not None:  # type: ignore[union-attr]
            return np.full(count, float(pricing.price_per_hour_usd))  # type: ignore[union-attr]
        return columns.cloud_usd_per_hour
    purchase = (
        columns.launch_price_usd
        if pricing.purchase_price_usd is None  # type: ignore[union-attr]
        else np.full(count, float(pricing.purchase_price_usd))  # type: ignore[union-attr]
    )
    return purchase * pricing.hourly_factor()  # type: ignore[union-attr]


def _problems(
    columns: DeviceColumns,
    cloud: bool,
    price: np.ndarray,
    devices: np.ndarray,
    min_devices: np.ndarray,
    fits: np.ndarray,
) -> np.ndarray:
    known_memory = columns.memory_gb > 0
    conditions = [
        ~(columns.peak_tflops > 0),
        ~(price > 0),
        np.full(len(price), not cloud) & ~(columns.power_w > 0),
        ~known_memory,
        np.isnan(min_devices),
        ~(devices <= MAX_DEVICES),
        ~fits,
    ]
    codes = [
        Problem.NO_PEAK,
        Problem.NO_PRICE,
        Problem.NO_POWER,
        Problem.NO_MEMORY,
        Problem.NEVER_FITS,
        Problem.TOO_MANY,
        Problem.NOT_FIT_AT_COUNT,
    ]
    return np.select(conditions, [int(c) for c in codes], default=int(Problem.NONE)).astype("int8")


def _warnings(
    inputs: TrainingInputs,
    columns: DeviceColumns,
    raised: np.ndarray,
    fits: np.ndarray,
    cloud: bool,
) -> np.ndarray:
    known_memory = columns.memory_gb > 0
    flags = np.where(raised, int(WarningFlag.RAISED_FOR_MEMORY), 0)
    flags |= np.where(known_memory & ~fits, int(WarningFlag.DOES_NOT_FIT), 0)
    flags |= np.where(known_memory, 0, int(WarningFlag.NO_MEMORY))
    if cloud:
        flags |= np.where(columns.power_w > 0, 0, int(WarningFlag.NO_ENERGY))
    if inputs.mfu > MFU_WARNING:
        flags |= int(WarningFlag.HIGH_MFU)
    return flags.astype("int16")
