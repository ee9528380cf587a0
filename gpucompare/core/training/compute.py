"""The arithmetic of a training run over arrays of devices, shared by estimate and rank.

One pass of numpy over the catalog columns; the single-device estimate runs the same
code on a one-row frame, so the two agree to the last bit.

    C = 6·N·D                                           N: active parameters (MoE)
    peak = the dense peak at the chosen precision, or at the device's best training
           precision (BF16, FP16, TF32, FP32) when it has no figure at the chosen one
    MFU  = the given number, or the preset's value at the precision used
    MFU_eff = MFU × the compute share of a training step on the chosen layout
           (:mod:`.search` picks it, :mod:`.communication` times it)
    T = C / (n · peak · 10^12 · MFU_eff)                seconds
    device-hours = n · T / 3600
    cloud:  cost = device-hours × price per device-hour (energy is in the price)
    owned:  cost = bought × T × (capital + colocation per used device-hour)
                   + energy × electricity price        (see :mod:`.ownership`)
    energy = device-hours × power / 1000 × draw × (1 + host) × PUE    kWh
             host: the node's power besides its devices (see :mod:`.host`)
    CO2 = energy × grid intensity                        kg
    solve:  n = TP · PP · DP, DP the fewest ranks that meet the target at MFU_eff,
            raised to the fewest on which it fits
    fit:    memory per device ≤ the vendor's "GB", which are GiB (2^30 bytes), less headroom

A missing price (or, owned, a missing power figure) leaves the cost NaN with a
:class:`CostGap`; only a device that cannot run the job at all has a :class:`Problem`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, IntFlag

import numpy as np
import pandas as pd

from gpucompare.core.catalog.schema import precision_column
from gpucompare.core.messages import Message
from gpucompare.core.training.host import host_fractions
from gpucompare.core.training.inputs import (
    MAX_DEVICES,
    TRAINING_PRECISIONS,
    CloudPricing,
    TrainingInputs,
)
from gpucompare.core.training.memory import MemoryModel, memory_model
from gpucompare.core.training.network import links
from gpucompare.core.training.ownership import bought_devices, colocation_per_hour
from gpucompare.core.training.search import GIB as SEARCH_GIB
from gpucompare.core.training.search import LayoutChoice, search


class Problem(IntEnum):
    """Why a device cannot run the job; the lowest value wins."""

    NONE = 0
    NO_PEAK = 1
    NO_MEMORY = 2
    NEVER_FITS = 3
    TOO_MANY = 4
    NOT_FIT_AT_COUNT = 5
    NO_LAYOUT = 6


class CostGap(IntEnum):
    """Why a device's cost is unknown although its time and energy are not."""

    NONE = 0
    NO_CLOUD_PRICE = 1
    NO_LAUNCH_PRICE = 2
    NO_POWER = 3


class WarningFlag(IntFlag):
    """Per-device warnings, as bits."""

    INPUT = 1
    RAISED_FOR_MEMORY = 2
    DOES_NOT_FIT = 4
    NO_ENERGY = 8
    NO_MEMORY = 16
    PRECISION_FALLBACK = 32
    UNPROVEN_PRECISION = 64
    ASSUMED_PCIE = 128


# A device without a figure at the chosen precision trains at the first of these it has.
FALLBACK_PRECISIONS: tuple[str, ...] = ("BF16", "FP16", "TF32", "FP32")
GIB = SEARCH_GIB  # vendors' "GB" of device memory are GiB


def missing_precisions(precision: str) -> Message:
    """``no BF16, FP16, TF32 or FP32 figure``: what a device that cannot train lacks."""
    names = [precision, *(p for p in FALLBACK_PRECISIONS if p != precision)]
    return Message("no {names} or {last} figure", names=", ".join(names[:-1]), last=names[-1])


def _column(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame:
        return np.full(len(frame), np.nan)
    values = frame[column]
    if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        values = pd.to_numeric(values, errors="coerce")
    return values.to_numpy(dtype="float64", na_value=np.nan)


@dataclass(frozen=True)
class DeviceColumns:
    """The catalog figures the model reads, as arrays (NaN = unknown)."""

    ids: pd.Series
    peaks: dict[str, np.ndarray]
    memory_gb: np.ndarray
    power_w: np.ndarray
    launch_price_usd: np.ndarray
    cloud_usd_per_hour: np.ndarray
    interconnect_gbps: np.ndarray

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> DeviceColumns:
        """Read the columns from a catalog frame."""
        return cls(
            ids=frame["id"] if "id" in frame else pd.Series([""] * len(frame)),
            peaks={p: _column(frame, precision_column(p)) for p in TRAINING_PRECISIONS},
            memory_gb=_column(frame, "memory_gb"),
            power_w=_column(frame, "power_w"),
            launch_price_usd=_column(frame, "launch_price_usd"),
            cloud_usd_per_hour=_column(frame, "cloud_usd_per_hour"),
            interconnect_gbps=_column(frame, "interconnect_gbps"),
        )

    def training_peak(self, precision: str) -> tuple[np.ndarray, np.ndarray]:
        """Dense peak per device and the index (in TRAINING_PRECISIONS) it is at.

        The chosen precision where the device has a figure, else the first of
        :data:`FALLBACK_PRECISIONS` it has; index -1 (and NaN) where it has none.
        """
        peak = self.peaks[precision].copy()
        used = np.where(peak > 0, TRAINING_PRECISIONS.index(precision), -1)
        for fallback in FALLBACK_PRECISIONS:
            take = (used < 0) & (self.peaks[fallback] > 0)
            peak = np.where(take, self.peaks[fallback], peak)
            used = np.where(take, TRAINING_PRECISIONS.index(fallback), used)
        return np.where(used >= 0, peak, np.nan), used


@dataclass(frozen=True)
class RunArrays:
    """The run on every device; rows with a problem hold meaningless numbers."""

    training_flops: float
    memory: MemoryModel
    peak_tflops: np.ndarray
    precision_used: np.ndarray
    mfu: np.ndarray
    layout: LayoutChoice
    devices: np.ndarray
    wall_clock_hours: np.ndarray
    device_hours: np.ndarray
    price_per_device_hour_usd: np.ndarray
    host_fraction: np.ndarray
    bought_devices: np.ndarray
    colocation_usd_per_hour: np.ndarray
    compute_cost_usd: np.ndarray
    energy_kwh: np.ndarray
    energy_cost_usd: np.ndarray
    total_cost_usd: np.ndarray
    co2_kg: np.ndarray
    memory_per_device_gb: np.ndarray
    min_devices: np.ndarray
    fits: np.ndarray
    problem: np.ndarray
    cost_gap: np.ndarray
    warnings: np.ndarray


def device_ceil(values: np.ndarray) -> np.ndarray:
    """Whole devices, at least 1: a ceiling that ignores floating-point dust above a whole."""
    return np.maximum(np.ceil(np.asarray(values, dtype="float64") * (1.0 - 1e-9)), 1.0)


def compute(inputs: TrainingInputs, columns: DeviceColumns) -> RunArrays:
    """Run the model for every device at once. ``inputs`` must already be valid."""
    flops = inputs.training_flops
    memory = memory_model(inputs.params, inputs.memory, inputs.compute_params)
    cloud = isinstance(inputs.pricing, CloudPricing)
    peak, used = columns.training_peak(inputs.precision)
    mfu = np.array([inputs.mfu_at(p) for p in TRAINING_PRECISIONS] + [np.nan])[used]
    link = links(columns.interconnect_gbps, inputs.layout.network)
    layout = search(inputs, memory, peak, mfu, columns.memory_gb, link)
    devices, raised = layout.devices, layout.raised
    with np.errstate(divide="ignore", invalid="ignore"):
        hours = flops / (devices * peak * 1e12 * layout.effective_mfu) / 3600.0
        device_hours = devices * hours
        price = _price_per_hour(inputs, columns, cloud)
        host = host_fractions(columns.ids, columns.power_w, inputs.energy.host_overhead)
        energy = device_hours * columns.power_w / 1000.0 * inputs.energy.draw_fraction
        energy = energy * (1.0 + host) * inputs.energy.pue
        if cloud:
            bought, colocation = devices, np.zeros(len(peak))
            compute_cost = np.where(price > 0, device_hours * price, np.nan)
            energy_cost = np.full(len(peak), np.nan)
            total = compute_cost
        else:
            owned = inputs.pricing
            bought = bought_devices(devices, owned.node_size)  # type: ignore[union-attr]
            colocation = colocation_per_hour(
                owned.colocation_usd_per_kw_month,  # type: ignore[union-attr]
                np.where(columns.power_w > 0, columns.power_w, 0.0),
                host,
                owned.utilization,  # type: ignore[union-attr]
            )
            compute_cost = np.where(price > 0, bought * hours * (price + colocation), np.nan)
            energy_cost = energy * inputs.energy.electricity_usd_per_kwh
            total = compute_cost + energy_cost
        co2 = energy * inputs.energy.carbon_kg_per_kwh
        per_device_gb = layout.memory_bytes / 1e9
    min_devices = layout.min_devices
    fits = layout.fits
    return RunArrays(
        training_flops=flops,
        memory=memory,
        peak_tflops=peak,
        precision_used=used,
        mfu=mfu,
        layout=layout,
        devices=devices,
        wall_clock_hours=hours,
        device_hours=device_hours,
        price_per_device_hour_usd=np.where(price > 0, price, np.nan),
        host_fraction=host,
        bought_devices=bought,
        colocation_usd_per_hour=colocation,
        compute_cost_usd=compute_cost,
        energy_kwh=energy,
        energy_cost_usd=energy_cost,
        total_cost_usd=total,
        co2_kg=co2,
        memory_per_device_gb=per_device_gb,
        min_devices=min_devices,
        fits=fits,
        problem=_problems(columns, peak, devices, min_devices, fits, layout.no_split),
        cost_gap=_cost_gaps(columns, cloud, price),
        warnings=_warnings(inputs, columns, used, raised, fits, cloud)
        | np.where(
            link.assumed_pcie & (layout.tp > 1) & inputs.layout.communication,
            int(WarningFlag.ASSUMED_PCIE),
            0,
        ).astype("int16"),
    )


def _price_per_hour(inputs: TrainingInputs, columns: DeviceColumns, cloud: bool) -> np.ndarray:
    """Catalog prices, with the user's price on the device it was given for (or on all)."""
    pricing = inputs.pricing
    if cloud:
        catalog, typed = columns.cloud_usd_per_hour, pricing.price_per_hour_usd  # type: ignore[union-attr]
    else:
        catalog, typed = columns.launch_price_usd, pricing.purchase_price_usd  # type: ignore[union-attr]
    price = catalog
    if typed is not None:
        owner = pricing.device
        applies = True if owner is None else (columns.ids == owner).to_numpy(dtype=bool)
        price = np.where(applies, float(typed), catalog)
    return price if cloud else price * pricing.hourly_factor()  # type: ignore[union-attr]


def _problems(
    columns: DeviceColumns,
    peak: np.ndarray,
    devices: np.ndarray,
    min_devices: np.ndarray,
    fits: np.ndarray,
    no_split: np.ndarray,
) -> np.ndarray:
    conditions = [
        ~(peak > 0),
        ~(columns.memory_gb > 0),
        np.isnan(min_devices),
        ~(devices <= MAX_DEVICES),
        no_split,
        ~fits,
    ]
    codes = [
        Problem.NO_PEAK,
        Problem.NO_MEMORY,
        Problem.NEVER_FITS,
        Problem.TOO_MANY,
        Problem.NO_LAYOUT,
        Problem.NOT_FIT_AT_COUNT,
    ]
    return np.select(conditions, [int(c) for c in codes], default=int(Problem.NONE)).astype("int8")


def _cost_gaps(columns: DeviceColumns, cloud: bool, price: np.ndarray) -> np.ndarray:
    no_price = CostGap.NO_CLOUD_PRICE if cloud else CostGap.NO_LAUNCH_PRICE
    conditions = [~(price > 0), np.full(len(price), not cloud) & ~(columns.power_w > 0)]
    codes = [int(no_price), int(CostGap.NO_POWER)]
    return np.select(conditions, codes, default=int(CostGap.NONE)).astype("int8")


def _warnings(
    inputs: TrainingInputs,
    columns: DeviceColumns,
    used: np.ndarray,
    raised: np.ndarray,
    fits: np.ndarray,
    cloud: bool,
) -> np.ndarray:
    known_memory = columns.memory_gb > 0
    chosen = TRAINING_PRECISIONS.index(inputs.precision)
    flags = np.where(raised, int(WarningFlag.RAISED_FOR_MEMORY), 0)
    flags |= np.where(known_memory & ~fits, int(WarningFlag.DOES_NOT_FIT), 0)
    flags |= np.where(known_memory, 0, int(WarningFlag.NO_MEMORY))
    flags |= np.where((used >= 0) & (used != chosen), int(WarningFlag.PRECISION_FALLBACK), 0)
    flags |= np.where(
        used == TRAINING_PRECISIONS.index("FP4"), int(WarningFlag.UNPROVEN_PRECISION), 0
    )
    if cloud:
        flags |= np.where(columns.power_w > 0, 0, int(WarningFlag.NO_ENERGY))
    if inputs.warnings():
        flags |= int(WarningFlag.INPUT)
    return flags.astype("int16")
