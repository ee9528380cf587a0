"""The result of pricing one training run on one device, and its warning texts."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from gpucompare.core.messages import Message
from gpucompare.core.training.compute import CostGap, WarningFlag
from gpucompare.core.training.inputs import CloudPricing, TrainingInputs
from gpucompare.core.training.memory import SHARDING_LABELS

# Output keys, in order: the CLI's JSON keys and the ranking's columns.
RESULT_KEYS: tuple[str, ...] = (
    "device",
    "precision",
    "precision_used",
    "training_flops",
    "devices",
    "layout",
    "mfu",
    "effective_mfu",
    "wall_clock_hours",
    "device_hours",
    "compute_cost_usd",
    "energy_kwh",
    "energy_cost_usd",
    "total_cost_usd",
    "cost_note",
    "co2_kg",
    "memory_per_device_gb",
    "memory_available_gb",
    "fits",
    "min_devices",
    "warnings",
)
MONEY_KEYS: tuple[str, ...] = ("compute_cost_usd", "energy_cost_usd", "total_cost_usd")


@dataclass(frozen=True)
class TrainingResult:
    """One run on one device type. Money in USD; ``None`` where a figure is unknown.

    ``energy_cost_usd`` is ``None`` under cloud pricing: the rental price includes it.
    Money is ``None`` where a price (or, owned, a power figure) is missing; ``cost_note``
    then says why. ``precision_used`` differs from ``precision`` when the device has no
    figure at the chosen precision and trains at its best training precision instead.
    ``band`` holds the same run at the low and high end of the MFU range, if asked for.
    ``host_fraction`` is the node's power besides the device, as a fraction of its power;
    owned, ``bought_devices`` is the count rounded up to whole nodes and
    ``price_per_device_hour_usd`` the capital per used device-hour (colocation apart).
    ``layout`` is TP×PP×DP (×EP); ``effective_mfu`` is ``mfu`` less communication and the
    pipeline bubble, whose shares of a training step are in ``step_shares``.
    An output is ``None`` when a catalog figure it needs is missing (no training
    throughput: the time and all that follows from it; no memory figure: the fit);
    ``unknown`` maps each such output key to why (see :mod:`.gaps`).
    """

    device: str
    name: str
    precision: str
    precision_used: str | None
    training_flops: float
    tokens: float
    devices: int | None
    layout: str | None
    mfu: float
    effective_mfu: float | None
    wall_clock_hours: float | None
    device_hours: float | None
    compute_cost_usd: float | None
    energy_kwh: float | None
    energy_cost_usd: float | None
    total_cost_usd: float | None
    cost_note: Message | None
    co2_kg: float | None
    memory_per_device_gb: float | None
    memory_available_gb: float | None
    fits: bool | None
    min_devices: int | None
    warnings: tuple[Message, ...]
    peak_tflops: float | None
    price_per_device_hour_usd: float | None
    power_w: float | None
    inputs: TrainingInputs
    step_shares: dict[str, float]
    micro_batches: int
    interconnect_gbps: float | None
    band: tuple[TrainingResult, TrainingResult] | None = None
    host_fraction: float = 0.0
    bought_devices: int | None = None
    colocation_usd_per_hour: float = 0.0
    unknown: Mapping[str, Message] = field(default_factory=dict)

    @property
    def wall_clock_days(self) -> float | None:
        """Wall-clock time in days (``None`` when unknown)."""
        return None if self.wall_clock_hours is None else self.wall_clock_hours / 24.0

    def to_record(self) -> dict[str, object]:
        """The outputs keyed by :data:`RESULT_KEYS` (JSON-ready; money in USD).

        With unknown outputs (``None``), ``unknown`` follows: each one's key and why.
        """
        record = {key: getattr(self, key) for key in RESULT_KEYS}
        record["warnings"] = list(self.warnings)
        if self.unknown:
            record["unknown"] = dict(self.unknown)
        return record


def optional(value: float) -> float | None:
    """``None`` for NaN, else the float."""
    return None if math.isnan(value) else float(value)


def cost_note(inputs: TrainingInputs, gap: int) -> Message | None:
    """One line saying why the cost is unknown (``None`` when it is known)."""
    if gap == CostGap.NO_CLOUD_PRICE:
        return Message(
            "no cloud price in the catalog; give a price per device-hour to see the cost"
        )
    if gap == CostGap.NO_LAUNCH_PRICE:
        return Message("no launch price in the catalog; give a purchase price to see the cost")
    if gap == CostGap.NO_POWER and not isinstance(inputs.pricing, CloudPricing):
        return Message(
            "no power figure in the catalog, so the energy cost and the total are unknown"
        )
    return None


def warning_texts(
    inputs: TrainingInputs,
    flags: int,
    devices: float,
    min_devices: float,
    precision_used: str = "",
) -> tuple[Message, ...]:
    """The warnings that ``flags`` stand for, worded for a user."""
    texts: list[Message] = []
    if flags & WarningFlag.INPUT:
        texts.extend(inputs.warnings())
    if flags & WarningFlag.PRECISION_FALLBACK:
        texts.append(
            Message(
                "no {precision} figure: priced at {used}, the device's best training precision",
                precision=inputs.precision,
                used=precision_used or Message("its best precision"),
            )
        )
    if flags & WarningFlag.UNPROVEN_PRECISION:
        texts.append(
            Message(
                "FP4 training is unproven: no published pre-training run uses it; the MFU "
                "assumes no speed-up over FP8"
            )
        )
    if flags & WarningFlag.RAISED_FOR_MEMORY:
        texts.append(
            Message(
                "device count raised to the minimum that fits in memory; "
                "the run finishes sooner than the target time"
            )
        )
    if flags & WarningFlag.DOES_NOT_FIT:
        if math.isnan(min_devices):
            texts.append(
                Message(
                    "does not fit at any device count with {sharding}: the memory it cannot "
                    "split exceeds the device's; try ZeRO-3, recomputation or a smaller "
                    "micro-batch",
                    sharding=SHARDING_LABELS[inputs.memory.sharding],
                )
            )
        else:
            texts.append(
                Message(
                    "does not fit in memory on {devices} devices; it needs at least {needed}",
                    devices=f"{devices:,.0f}",
                    needed=f"{min_devices:,.0f}",
                )
            )
    if flags & WarningFlag.NO_MEMORY:
        texts.append(Message("no memory figure in the catalog: whether it fits was not checked"))
    if flags & WarningFlag.NO_ENERGY:
        texts.append(Message("no power figure in the catalog: energy and CO2 are not estimated"))
    if flags & WarningFlag.ASSUMED_PCIE:
        texts.append(
            Message(
                "no interconnect figure in the catalog: tensor parallelism is timed over PCIe 4.0 x16"  # noqa: E501
            )
        )
    return tuple(texts)
