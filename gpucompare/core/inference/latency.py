"""Latency targets: the largest batch whose bounds still meet a TTFT and a TPOT target.

Vectorized over catalog rows. A batch B can meet the targets only if (each a bound, so
the batch found is an upper bound on what a real server reaches):

- memory: B sequences' KV cache fits (B ≤ the largest batch)
- time to first token: one prompt alone prefills within the TTFT target (the engine
  may pause decoding for it, so this does not grow with B)
- time per output token: a decode step at B is within the TPOT target
- with a workload and both targets, each request's life (its first token, then
  O − 1 more) lasts at most TTFT + (O − 1) × TPOT; by Little's law B requests in flight
  need at least the time to prefill and decode B requests, so that cycle must fit in it

``binds`` says which limit stops the batch: ``memory``, ``ttft``, ``tpot`` or
``request``; where no batch meets them (batch 0) it names the limit already broken at
batch 1.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gpucompare.core.inference.arithmetic import BYTES_PER_GB, demand
from gpucompare.core.inference.columns import column
from gpucompare.core.inference.inputs import MAX_BATCH, InferenceInputs
from gpucompare.core.inference.precision import compute_peaks
from gpucompare.core.inference.roofline import kv_room, positive, replication, times

LIMITS = ("memory", "ttft", "tpot", "request")


def largest_batch(
    frame: pd.DataFrame, inputs: InferenceInputs, devices: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per row of ``frame`` at ``devices`` devices: the largest batch meeting ``inputs``'
    latency targets (0 if none) and the limit that binds (one of ``LIMITS``)."""
    need = demand(inputs)
    rows = len(frame)
    n = np.asarray(devices, dtype="float64")
    memory = positive(column(frame, "memory_gb"))
    working = np.ones(rows) if inputs.serving_engine.layer_split else n
    bandwidth = positive(column(frame, "memory_bandwidth_gbps")) * BYTES_PER_GB * working
    flops = compute_peaks(frame, inputs.weight_precision)[0] * 1e12 * working
    copies = replication(inputs, n)
    free = np.maximum(kv_room(inputs, need, n, memory), 0.0)
    if inputs.model.kv_modelled:
        memory_cap = np.floor(free / (need.kv_bytes_per_sequence * copies))
    else:
        memory_cap = np.where(np.isfinite(memory), MAX_BATCH, 0.0)
    memory_cap = np.nan_to_num(memory_cap, nan=0.0).clip(0, MAX_BATCH)
    memory_cap[np.isnan(memory)] = MAX_BATCH  # no memory figure: the bounds of a model that fits

    one = np.ones(rows)
    first = times(inputs, need, one, copies, bandwidth, flops).prefill
    ttft_broken = np.zeros(rows, dtype=bool)
    if inputs.ttft_target_s is not None:
        ttft_broken = ~(first <= inputs.ttft_target_s)
    life = None
    if inputs.has_workload and inputs.ttft_target_s and inputs.tpot_target_s:
        life = inputs.ttft_target_s + (inputs.generated_tokens - 1) * inputs.tpot_target_s

    def broken(batch: np.ndarray) -> np.ndarray:
        """Per row, the index in ``LIMITS`` of the first limit ``batch`` breaks (-1: none)."""
        at = times(inputs, need, batch, copies, bandwidth, flops)
        none = np.zeros(rows, dtype=bool)
        tpot = none if inputs.tpot_target_s is None else ~(at.step <= inputs.tpot_target_s)
        request = none if life is None else ~(at.cycle <= life)
        stacked = np.stack([batch > memory_cap, ttft_broken, tpot, request])
        return np.where(stacked.any(axis=0), stacked.argmax(axis=0), -1)

    at_one = broken(one)
    low = np.where(at_one < 0, 1.0, 0.0)
    high = np.where(low > 0, memory_cap + 1.0, 1.0)
    while (searching := high - low > 1).any():
        middle = np.floor((low + high) / 2)
        ok = broken(middle) < 0
        low = np.where(searching & ok, middle, low)
        high = np.where(searching & ~ok, middle, high)
    binds = np.where(low > 0, broken(low + 1.0), at_one)
    return low, np.asarray(LIMITS, dtype=object)[np.maximum(binds, 0)]
