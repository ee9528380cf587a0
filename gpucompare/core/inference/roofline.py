"""The serving roofline, vectorized over catalog rows (one implementation for size and rank).

Per row, with n devices of M GiB, bandwidth BW and dense peak P (n_eff = n with tensor
parallelism, 1 when the engine splits layers so one device works at a time):

- memory: the engine's usable share of n × M GiB must hold the weights and the KV cache;
  with tensor parallelism each device keeps ceil(KV heads / n) heads (all of an MLA
  latent), so the cache is replicated once n exceeds the KV heads
- a decode step at batch B lasts at least max(bytes read / (n_eff·BW), FLOPs / (n_eff·P));
  the crossover batch is where the two are equal
- prefilling B prompts lasts at least max(weights read / (n_eff·BW), B × prompt FLOPs /
  (n_eff·P)); time to first token is that for one prompt
- with a workload, B requests take at least max(all bytes / (n_eff·BW), all FLOPs /
  (n_eff·P)) over their prefill and O decode steps (prefill and decode may overlap);
  ``bound`` says which term binds
- cost = n × price per hour × time / tokens

A missing figure leaves out only what needs it. Decode (and so a workload, which is
mostly decode) needs the bandwidth, and without a peak is bounded by bandwidth alone;
prefill needs the peak, and without a bandwidth is bounded by compute alone. Without a
memory figure the fit is unknown and the bounds are those of a model that fits.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from gpucompare.core.inference.arithmetic import (
    BYTES_PER_GB,
    BYTES_PER_GIB,
    SECONDS_PER_HOUR,
    TOKENS_PER_MILLION,
    Demand,
    demand,
    weights_read,
)
from gpucompare.core.inference.columns import column, text
from gpucompare.core.inference.inputs import InferenceInputs
from gpucompare.core.inference.precision import SIXTEEN_BIT, compute_peaks

MAX_CROSSOVER = 1e7


def replication(inputs: InferenceInputs, n: np.ndarray) -> np.ndarray:
    """Per row: how many times the KV cache is stored over n devices (1 without replication)."""
    model = inputs.model
    if inputs.serving_engine.layer_split or not model.kv_modelled:
        return np.ones_like(n)
    if model.kv_latent_dim is not None:
        return n.copy()
    heads = float(model.kv_heads)  # type: ignore[arg-type]
    return n * np.ceil(heads / n) / heads


def _kv_groups(inputs: InferenceInputs) -> float:
    """KV heads the cache splits into (1 for an MLA latent, which never splits)."""
    model = inputs.model
    if inputs.serving_engine.layer_split or not model.kv_modelled:
        return np.inf
    return 1.0 if model.kv_latent_dim is not None else float(model.kv_heads)  # type: ignore[arg-type]


def kv_room(inputs: InferenceInputs, need: Demand, n: np.ndarray, memory: np.ndarray) -> np.ndarray:
    """Per row: bytes the engine leaves for the KV cache on n devices (negative if none)."""
    engine = inputs.serving_engine
    capacity = n * memory * BYTES_PER_GIB
    fraction = engine.fraction(n)
    if engine.of_free_memory:
        spare = capacity - need.weight_bytes
        return np.where(spare >= 0, fraction * spare, -1.0)
    return fraction * capacity - need.weight_bytes


def minimum_devices(frame: pd.DataFrame, inputs: InferenceInputs, need: Demand) -> np.ndarray:
    """Per row: the fewest devices that hold weights and KV cache (NaN if memory is unknown,
    inf if no count does)."""
    memory = positive(column(frame, "memory_gb"))
    engine = inputs.serving_engine
    fraction = engine.memory_fraction
    if engine.of_free_memory:
        low = (need.weight_bytes + need.kv_bytes / fraction) / (memory * BYTES_PER_GIB)
    else:
        low = need.memory_bytes / (memory * BYTES_PER_GIB * fraction)
    n = np.maximum(np.ceil(np.nan_to_num(low, nan=1.0, posinf=1.0)), 1.0)
    groups = _kv_groups(inputs)

    def short(count: np.ndarray) -> np.ndarray:
        room = kv_room(inputs, need, count, memory)
        return room < need.kv_bytes * replication(inputs, count)

    for _ in range(160):
        grow = short(n) & (n < groups)
        if not grow.any():
            break
        n = np.where(grow, n + 1.0, n)
    if np.isfinite(groups) and short(n).any():
        # Past the KV heads each device holds kv / groups: n·(f·M − kv_dev) ≥ a·W.
        fraction = engine.fraction(np.full(len(frame), 1e9))
        weights = need.weight_bytes * (fraction if engine.of_free_memory else 1.0)
        spare = fraction * memory * BYTES_PER_GIB - need.kv_bytes / groups
        solved = np.where(spare > 0, np.ceil(weights / np.where(spare > 0, spare, 1.0)), np.inf)
        n = np.where(short(n), np.maximum(n, solved), n)
    return np.where(np.isfinite(memory), n, np.nan)


@dataclass(frozen=True)
class Times:
    """Per row, the roofline's times (seconds) at a batch: one decode step, prefilling the
    batch's prompts, and the whole workload cycle, each with its memory and compute term."""

    step_bytes: np.ndarray
    kv_read: np.ndarray
    memory: np.ndarray
    compute: np.ndarray
    prefill: np.ndarray
    cycle_memory: np.ndarray
    cycle_compute: np.ndarray

    @property
    def step(self) -> np.ndarray:
        """A decode step: the larger of its memory and compute time (NaN without the first)."""
        return np.where(np.isfinite(self.memory), np.fmax(self.memory, self.compute), np.nan)

    @property
    def cycle(self) -> np.ndarray:
        """Prefill and decode of the batch's requests, overlapped at best (NaN without the
        memory time: decode dominates it)."""
        return np.where(
            np.isfinite(self.cycle_memory), np.fmax(self.cycle_memory, self.cycle_compute), np.nan
        )


def times(
    inputs: InferenceInputs,
    need: Demand,
    batch: np.ndarray,
    copies: np.ndarray,
    bandwidth: np.ndarray,
    flops: np.ndarray,
) -> Times:
    """The roofline times per row at ``batch`` sequences (``bandwidth`` and ``flops`` already
    multiplied by the devices that work at once)."""
    kv_read = need.kv_read_per_sequence * batch * copies
    step_bytes = weights_read(inputs, batch) + kv_read
    step_flops = batch * need.decode_flops_per_token
    prompts = batch * need.prefill_flops_per_request
    prefill_read = weights_read(inputs, batch * inputs.prompt_tokens)
    output = float(inputs.generated_tokens)
    return Times(
        step_bytes=step_bytes,
        kv_read=kv_read,
        memory=step_bytes / bandwidth,
        compute=step_flops / flops,
        prefill=np.where(
            np.isfinite(prompts / flops), np.fmax(prefill_read / bandwidth, prompts / flops), np.nan
        ),
        cycle_memory=(prefill_read + output * step_bytes) / bandwidth,
        cycle_compute=(prompts + output * step_flops) / flops,
    )


def evaluate(
    frame: pd.DataFrame,
    inputs: InferenceInputs,
    devices: np.ndarray | int,
    needed: np.ndarray | None = None,
    batch: np.ndarray | None = None,
) -> pd.DataFrame:
    """Every output for every row of ``frame``, with ``devices`` per row (or one count) and
    ``batch`` sequences per row (``inputs.batch`` if not given); ``needed`` is
    :func:`minimum_devices` when the caller has it already."""
    need = demand(inputs)
    rows = len(frame)
    n = np.broadcast_to(np.asarray(devices, dtype="float64"), (rows,)).copy()
    memory = positive(column(frame, "memory_gb"))
    bandwidth = positive(column(frame, "memory_bandwidth_gbps")) * BYTES_PER_GB
    peak, compute_precision = compute_peaks(frame, inputs.weight_precision)
    flops = peak * 1e12
    engine = inputs.serving_engine
    working = np.ones(rows) if engine.layer_split else n
    copies = replication(inputs, n)
    room = kv_room(inputs, need, n, memory)
    batch = np.full(rows, float(inputs.batch)) if batch is None else batch.astype("float64")
    kv_total = need.kv_bytes_per_sequence * batch * copies
    fits = room >= kv_total
    may_fit = fits | np.isnan(memory)  # no memory figure: the bounds of a model that fits
    capacity_gb = n * memory * BYTES_PER_GIB / BYTES_PER_GB
    reserve = 1.0 - engine.fraction(n)
    capacity = n * memory * BYTES_PER_GIB
    if engine.of_free_memory:
        overhead = reserve * np.maximum(capacity - need.weight_bytes, 0.0)
    else:
        overhead = reserve * capacity
    model = inputs.model

    if model.kv_modelled:
        kv_cache_gb = kv_total / BYTES_PER_GB
        free = np.maximum(room, 0.0)
        max_batch = np.floor(free / (need.kv_bytes_per_sequence * copies))
        tokens = free / (need.kv_bytes_per_token * copies * batch)
        block = engine.block_tokens
        max_context = np.floor(tokens / block) * block
        limit = model.max_context if model.max_context is not None else np.inf
        if model.sliding_window is not None:
            max_context = np.where(max_context >= model.sliding_window, limit, max_context)
        max_context = np.minimum(max_context, limit)
        max_context[~np.isfinite(max_context)] = np.nan
    else:
        kv_cache_gb = max_batch = max_context = np.full(rows, np.nan)

    # Decode at the mean context; prefill of B prompts, and of one alone (time to first
    # token); the whole workload: B requests' prefill and their O decode steps.
    at = times(inputs, need, batch, copies, working * bandwidth, working * flops)
    memory_time, compute_time = at.memory, at.compute
    step = np.where(may_fit, at.step, np.nan)
    decode_bound = np.where(compute_time > memory_time, "compute", "memory")
    per_sequence = 1.0 / step
    crossover = _crossover(inputs, need, copies, bandwidth, flops)
    prefill_time = np.where(may_fit, at.prefill, np.nan)
    one = times(inputs, need, np.ones(rows), copies, working * bandwidth, working * flops)
    ttft = np.where(may_fit, one.prefill, np.nan)
    if inputs.has_workload:
        cycle = np.where(may_fit, at.cycle, np.nan)
        bound = np.where(at.cycle_compute > at.cycle_memory, "compute", "memory")
        requests = batch / cycle
    else:
        cycle, bound, requests = step, decode_bound, np.full(rows, np.nan)
    bound = np.where(np.isfinite(cycle), bound, "")
    decode_bound = np.where(np.isfinite(step), decode_bound, "")

    price = column(frame, "cloud_usd_per_hour")
    hourly = price * n / SECONDS_PER_HOUR * TOKENS_PER_MILLION
    per_output = hourly * step / batch
    per_input = hourly * prefill_time / (batch * inputs.prompt_tokens)
    output = float(inputs.generated_tokens)
    per_token = hourly * cycle / (batch * output) if inputs.has_workload else per_output
    weight_only = (inputs.weight_precision not in SIXTEEN_BIT) & np.isin(
        compute_precision, SIXTEEN_BIT
    )
    return pd.DataFrame(
        {
            "id": text(frame, "id"),
            "name": text(frame, "name"),
            "devices": n,
            "batch": batch,
            "memory_gb": memory,
            "capacity_gb": capacity_gb,
            "weight_gb": np.full(rows, need.weight_bytes / BYTES_PER_GB),
            "kv_cache_gb": kv_cache_gb,
            "overhead_gb": overhead / BYTES_PER_GB,
            "total_gb": (need.weight_bytes + np.nan_to_num(kv_total) + overhead) / BYTES_PER_GB,
            "fits": fits,
            "min_devices": minimum_devices(frame, inputs, need) if needed is None else needed,
            "max_batch": max_batch,
            "max_context": max_context,
            "memory_bandwidth_gbps": bandwidth / BYTES_PER_GB,
            "kv_read_gb": at.kv_read / BYTES_PER_GB,
            "decode_tokens_per_s_per_sequence": per_sequence,
            "decode_tokens_per_s_total": per_sequence * batch,
            "decode_bound": decode_bound.astype(object),
            "crossover_batch": crossover,
            "compute_precision": compute_precision,
            "weight_only": weight_only,
            "compute_peak": peak,
            "prefill_tokens_per_s": batch * inputs.prompt_tokens / prefill_time,
            "ttft_s": ttft,
            "tpot_s": step,
            "requests_per_s": requests,
            "bound": bound.astype(object),
            "cloud_usd_per_hour": price,
            "usd_per_million_tokens": per_token,
            "usd_per_million_input_tokens": per_input,
            "usd_per_million_output_tokens": per_output,
        },
        index=frame.index,
    )


def _crossover(
    inputs: InferenceInputs,
    need: Demand,
    copies: np.ndarray,
    bandwidth: np.ndarray,
    flops: np.ndarray,
) -> np.ndarray:
    """Per row: the smallest batch whose decode step is compute-bound (NaN if none ≤ 10⁷).

    For a dense model the weights read do not grow with the batch, so B·F·r ≥ W + B·kv
    (r = bandwidth / peak) solves directly. For a mixture of experts only the ratio and the
    KV copies matter, so each distinct pair is solved once, by bisection on a log scale."""
    ratio = bandwidth / flops
    if not inputs.model.routed:
        slope = need.decode_flops_per_token * ratio - need.kv_read_per_sequence * copies
        root = float(weights_read(inputs, 1.0)) / np.where(slope > 0, slope, np.nan)
        answer = np.maximum(np.ceil(root), 1.0)
        return np.where(answer <= MAX_CROSSOVER, answer, np.nan)
    ratios, by_ratio = np.unique(ratio, return_inverse=True)
    counts, by_count = np.unique(copies, return_inverse=True)
    pairs, inverse = np.unique(by_ratio * len(counts) + by_count, return_inverse=True)
    bandwidth = ratios[pairs // len(counts)]
    flops = np.ones(len(pairs))
    copies = counts[pairs % len(counts)]
    kv_per_sequence = need.kv_read_per_sequence * copies

    def gap(batch: np.ndarray) -> np.ndarray:
        read = weights_read(inputs, batch) + batch * kv_per_sequence
        return batch * need.decode_flops_per_token / flops - read / bandwidth

    low = np.ones(len(copies))
    high = np.full(len(copies), MAX_CROSSOVER)
    reachable = gap(high) >= 0
    already = gap(low) >= 0
    for _ in range(40):
        middle = np.sqrt(low * high)
        above = gap(middle) >= 0
        high = np.where(above, middle, high)
        low = np.where(above, low, middle)
    answer = np.where(already, 1.0, np.ceil(high))
    solved = np.where(reachable & np.isfinite(flops) & np.isfinite(bandwidth), answer, np.nan)
    return solved[np.asarray(inverse).reshape(-1)]


def positive(values: np.ndarray) -> np.ndarray:
    """``values`` with every entry not above 0 set to NaN (unknown), in place."""
    values[~(values > 0)] = np.nan
    return values
