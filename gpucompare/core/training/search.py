"""Pick each device's layout: the fastest that fits memory and splits the global batch.

All candidate (TP, PP, EP) triples are priced on all devices at once, as a (layouts ×
devices) grid. With a device count the data-parallel size is count / (TP · PP); with a
target time it is solved: the fewest ranks that meet the time at the layout's own
effective MFU (a few fixed-point steps), raised to the fewest that fit in memory.
Memory per device (ZeRO splits the model states over DP; vendor GB are GiB, less the
headroom preset):

    states  = (unsplit + split / DP) × params per device (see Workload.params_per_device)
    + activations of min(m, PP) micro-batches of the stage's L/PP layers, divided by TP
    + fp32 logits of one micro-batch, divided by TP

The layout with the fewest device-hours wins (at a fixed count: the fastest).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from gpucompare.core.training.communication import Workload, step_times
from gpucompare.core.training.inputs import MAX_DEVICES, TrainingInputs
from gpucompare.core.training.layout import Layout, candidates
from gpucompare.core.training.memory import (
    MemoryModel,
    activation_bytes,
    logits_bytes,
    sharded_per_param,
)
from gpucompare.core.training.network import Links
from gpucompare.core.training.presets import default

GIB = 2.0**30
SOLVE_STEPS = 6
BREAKDOWN: tuple[str, ...] = ("compute", "recompute", "tensor", "expert", "bubble", "data_exposed")


@dataclass(frozen=True)
class LayoutChoice:
    """Per device: the chosen layout, its time, memory and step breakdown (shares of a step)."""

    tp: np.ndarray
    pp: np.ndarray
    dp: np.ndarray
    ep: np.ndarray
    devices: np.ndarray
    effective_mfu: np.ndarray
    micro_batches: np.ndarray
    shares: dict[str, np.ndarray]
    memory_bytes: np.ndarray
    usable_bytes: np.ndarray
    min_devices: np.ndarray
    fits: np.ndarray
    no_split: np.ndarray
    raised: np.ndarray
    texts: np.ndarray


def usable_bytes(memory_gb: np.ndarray) -> np.ndarray:
    """Vendor GB (GiB) less the headroom preset, in bytes."""
    return memory_gb * GIB * (1.0 - default("headroom").value)


@dataclass(frozen=True)
class MemoryParts:
    """Bytes per device: unsplit and ZeRO-split model states, activations and logits."""

    unsplit_states: np.ndarray
    split_states: np.ndarray
    activations: np.ndarray
    logits: np.ndarray

    @property
    def fixed(self) -> np.ndarray:
        """What does not shrink with more data-parallel ranks."""
        return self.unsplit_states + self.activations + self.logits


def memory_parts(
    inputs: TrainingInputs, model: MemoryModel, grid: tuple, micro: np.ndarray
) -> MemoryParts:
    """The memory of layouts ``grid`` (tp, pp, ep) with ``micro`` micro-batches per step."""
    tp, pp, ep = grid
    work = Workload.from_inputs(inputs, model.shape)
    local = work.params_per_device(tp, pp, ep)
    split = sharded_per_param(model.states, inputs.memory.sharding)
    in_flight = np.minimum(np.maximum(micro, 1.0), pp) / pp
    return MemoryParts(
        unsplit_states=(model.states.total - split) * local,
        split_states=split * local,
        activations=activation_bytes(model.shape, inputs.memory, tp) * in_flight,
        logits=np.broadcast_to(logits_bytes(inputs.memory, tp), np.shape(local)),
    )


def search(
    inputs: TrainingInputs,
    model: MemoryModel,
    peak: np.ndarray,
    mfu: np.ndarray,
    memory_gb: np.ndarray,
    links: Links,
) -> LayoutChoice:
    """The best layout of ``inputs`` on every device (peak in TFLOPS, memory in vendor GB).

    Devices with the same figures get the same answer, so each distinct set is searched once.
    """
    group, first = _distinct_rows((peak, mfu, memory_gb, links.in_node, links.scale_out))
    distinct = Links(
        links.in_node[first], links.scale_out[first], links.assumed_pcie[first], links.network
    )
    found = _search(inputs, model, peak[first], mfu[first], memory_gb[first], distinct)
    return LayoutChoice(
        **{
            name: (
                {part: share[group] for part, share in value.items()}
                if isinstance(value, dict)
                else value[group]
            )
            for name, value in vars(found).items()
        }
    )


def _distinct_rows(columns: tuple[np.ndarray, ...]) -> tuple[np.ndarray, np.ndarray]:
    """(group of each row, first row of each group) for rows equal in every column (NaN too).

    Rows are compared by a 64-bit hash of their values.
    """
    key = np.zeros(len(columns[0]), dtype="uint64")
    for column in columns:
        key = key * np.uint64(1_000_003) ^ pd.util.hash_array(np.asarray(column))
    group, _ = pd.factorize(key)
    if not len(group):
        return group, group
    running = np.maximum.accumulate(group)
    return group, np.flatnonzero(np.r_[True, running[1:] > running[:-1]])


def _search(
    inputs: TrainingInputs,
    model: MemoryModel,
    peak: np.ndarray,
    mfu: np.ndarray,
    memory_gb: np.ndarray,
    links: Links,
) -> LayoutChoice:
    work = Workload.from_inputs(inputs, model.shape)
    tp, pp, ep = (
        a[:, None]
        for a in candidates(inputs.layout, model.shape.layers, work.params > work.active_params)
    )
    rate = (peak * 1e12 * mfu)[None, :]
    usable = usable_bytes(memory_gb)[None, :]
    shape = (tp.shape[0], rate.shape[1])
    flops = inputs.training_flops
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        worst = memory_parts(inputs, model, (tp, pp, ep), pp)
        split = worst.split_states
        room = usable - worst.fixed
        dp_memory = np.where(room > 0, np.maximum(np.ceil(split / room * (1 - 1e-9)), 1.0), np.nan)
        dp_memory = np.ceil(dp_memory / ep) * ep
        if inputs.devices is not None:
            dp = np.broadcast_to(inputs.devices / (tp * pp), shape).copy()
            whole = (dp == np.floor(dp)) & (np.mod(dp, ep) == 0)
            if inputs.layout.dp is not None:
                whole &= dp == inputs.layout.dp
            raised = np.zeros(shape, dtype=bool)
        else:
            target = inputs.target_days * 86400.0
            dp = np.ones(shape)
            for _ in range(SOLVE_STEPS):
                times = step_times(work, (tp, pp, dp, ep), rate, links)
                achieved = np.where(times.compute > 0, times.compute / times.total, 1.0)
                needed = np.ceil(flops / (target * tp * pp * rate * achieved) * (1 - 1e-9))
                dp = np.maximum(
                    dp, np.ceil(np.nan_to_num(needed, nan=1.0, posinf=MAX_DEVICES) / ep) * ep
                )
            raised = dp_memory > dp
            dp = np.where(raised, dp_memory, dp)
            whole = np.ones(shape, dtype=bool)
        times = step_times(work, (tp, pp, dp, ep), rate, links)
        parts = memory_parts(inputs, model, (tp, pp, ep), times.micro_batches)
        memory = parts.fixed + parts.split_states / dp
        fits = memory <= usable
        may_fit = fits | np.isnan(usable)  # without a memory figure the fit is not checked
        splits = times.micro_batches >= 1
        effective = mfu[None, :] * times.compute / times.total
        devices = tp * pp * dp
        ok = whole & may_fit & splits & (effective > 0) & (devices <= MAX_DEVICES)
        score = np.where(ok, -effective, np.inf)  # device-hours = C / (peak · effective MFU)
        fallback = np.where(whole, memory, np.inf)  # none works (or none is timed): least memory
        best = np.where(ok.any(axis=0), np.argmin(score, axis=0), np.argmin(fallback, axis=0))
        min_devices = np.nanmin(np.where(np.isnan(dp_memory), np.inf, tp * pp * dp_memory), axis=0)
    columns = np.arange(shape[1])

    def pick(values: np.ndarray) -> np.ndarray:
        return np.broadcast_to(values, shape)[best, columns]

    sizes = np.nan_to_num(np.column_stack([pick(tp), pick(pp), pick(dp), pick(ep)]), nan=1.0)
    sizes = sizes.astype("int64")

    return LayoutChoice(
        tp=pick(tp),
        pp=pick(pp),
        dp=pick(dp),
        ep=pick(ep),
        devices=pick(devices),
        effective_mfu=pick(effective),
        micro_batches=pick(times.micro_batches),
        shares={name: pick(times.share(name)) for name in BREAKDOWN},
        memory_bytes=pick(memory),
        usable_bytes=usable[0],
        min_devices=np.where(np.isinf(min_devices), np.nan, min_devices),
        fits=pick(fits),
        no_split=(whole & may_fit).any(axis=0) & ~(whole & may_fit & splits).any(axis=0),
        raised=pick(raised),
        texts=np.array([Layout(*row).text() for row in sizes.tolist()] or [""], dtype=object)[
            : len(columns)
        ],
    )


def layout_text(choice: LayoutChoice, row: int) -> str:
    """``TP×PP×DP`` (×EP when experts are split) of one device."""
    return str(choice.texts[row])


def layout_texts(choice: LayoutChoice, rows: np.ndarray) -> np.ndarray:
    """:func:`layout_text` of several devices."""
    return choice.texts[rows]
