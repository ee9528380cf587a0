"""The serving arithmetic, vectorized over catalog rows.

One implementation serves both :func:`~gpucompare.core.inference.model.size` (one
device) and :func:`~gpucompare.core.inference.ranking.rank` (the whole catalog), so
the two always agree. Formulas (n devices, M GB memory and B GB/s bandwidth each):

- weights = params × bytes per weight
- KV cache = bytes per token × context × batch, where bytes per token =
  2 × layers × KV heads × head size × bytes per KV element
  (layers × latent elements × bytes for multi-head latent attention)
- overhead = (1 − 0.9) × n × M: vLLM's default ``gpu_memory_utilization`` of 0.9
- fits when weights + KV cache ≤ 0.9 × n × M
- decode ≤ n × B / (weights read per step + KV cache read per step) tokens/s per
  sequence; a step reads the weights used for a token once (the active ones for a
  mixture of experts) and every sequence's KV cache
- prefill ≤ n × dense peak × 10¹² / (2 × params used per token) tokens/s
- cost per million generated tokens = n × price per hour / (decode total × 3600) × 10⁶

GB are 10⁹ bytes throughout, as the catalog's memory column is read.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from gpucompare.core.catalog.metrics import safe_ratio
from gpucompare.core.inference.columns import column, text
from gpucompare.core.inference.inputs import InferenceInputs
from gpucompare.core.inference.precision import (
    BYTES_PER_ELEMENT,
    SIXTEEN_BIT,
    compute_peaks,
)

USABLE_FRACTION = 0.9
OVERHEAD_FRACTION = 1.0 - USABLE_FRACTION
OVERHEAD_SOURCES = (
    "https://docs.vllm.ai/en/latest/models/engine_args.html",
    "https://discuss.vllm.ai/t/what-does-gpu-memory-utilisation-include/1651",
)
BYTES_PER_GB = 1e9
SECONDS_PER_HOUR = 3600.0
TOKENS_PER_MILLION = 1e6


@dataclass(frozen=True)
class Demand:
    """What the model asks of any device, in bytes and FLOPs (device-independent)."""

    weight_bytes: float
    kv_bytes_per_token: float
    kv_bytes_per_sequence: float
    kv_bytes: float
    weights_read_per_step: float
    kv_read_per_step: float
    flops_per_prompt_token: float

    @property
    def memory_bytes(self) -> float:
        """Weights plus KV cache: what must fit in the usable memory."""
        return self.weight_bytes + self.kv_bytes

    @property
    def bytes_per_step(self) -> float:
        """Bytes one decode step reads from memory (shared by every sequence in the batch)."""
        return self.weights_read_per_step + self.kv_read_per_step


def demand(inputs: InferenceInputs) -> Demand:
    """The device-independent quantities of ``inputs`` (assumed valid)."""
    model = inputs.model
    weight_bytes_each = BYTES_PER_ELEMENT[inputs.weight_precision]
    kv_per_token = model.kv_elements_per_token * BYTES_PER_ELEMENT[inputs.kv_precision]
    kv_per_sequence = kv_per_token * inputs.context
    kv_total = kv_per_sequence * inputs.batch
    return Demand(
        weight_bytes=model.params * weight_bytes_each,
        kv_bytes_per_token=kv_per_token,
        kv_bytes_per_sequence=kv_per_sequence,
        kv_bytes=kv_total,
        weights_read_per_step=model.params_per_token * weight_bytes_each,
        kv_read_per_step=kv_total,
        flops_per_prompt_token=2.0 * model.params_per_token,
    )


def devices_needed(frame: pd.DataFrame, need: Demand) -> np.ndarray:
    """Per row: weights plus KV cache over one device's usable memory (NaN if unknown)."""
    usable = column(frame, "memory_gb") * BYTES_PER_GB * USABLE_FRACTION
    return safe_ratio(np.full(len(frame), need.memory_bytes), usable)


def minimum_devices(frame: pd.DataFrame, need: Demand) -> np.ndarray:
    """Per row: the fewest devices whose usable memory holds weights and KV cache."""
    return np.maximum(np.ceil(devices_needed(frame, need)), 1.0)


def evaluate(
    frame: pd.DataFrame, inputs: InferenceInputs, devices: np.ndarray | int
) -> pd.DataFrame:
    """Every output for every row of ``frame``, with ``devices`` per row (or one count)."""
    need = demand(inputs)
    rows = len(frame)
    n = np.broadcast_to(np.asarray(devices, dtype="float64"), (rows,)).copy()
    memory = column(frame, "memory_gb")
    memory[~(memory > 0)] = np.nan
    bandwidth = column(frame, "memory_bandwidth_gbps")
    bandwidth[~(bandwidth > 0)] = np.nan
    capacity_gb = n * memory
    per_device_share = devices_needed(frame, need)
    fits = per_device_share <= n
    free_bytes = capacity_gb * BYTES_PER_GB * USABLE_FRACTION - need.weight_bytes
    model = inputs.model

    if model.kv_modelled:
        kv_cache_gb = np.full(rows, need.kv_bytes / BYTES_PER_GB)
        max_batch = np.floor(np.maximum(free_bytes, 0.0) / need.kv_bytes_per_sequence)
        max_context = np.floor(
            np.maximum(free_bytes, 0.0) / (need.kv_bytes_per_token * inputs.batch)
        )
        if model.max_context is not None:
            max_context = np.minimum(max_context, model.max_context)
    else:
        kv_cache_gb = np.full(rows, np.nan)
        max_batch = np.full(rows, np.nan)
        max_context = np.full(rows, np.nan)

    per_sequence = np.where(fits, n * bandwidth * BYTES_PER_GB / need.bytes_per_step, np.nan)
    total = per_sequence * inputs.batch
    peak, compute_precision = compute_peaks(frame, inputs.weight_precision)
    prefill = np.where(fits, n * peak * 1e12 / need.flops_per_prompt_token, np.nan)
    price = column(frame, "cloud_usd_per_hour")
    cost = safe_ratio(price * n * TOKENS_PER_MILLION, total * SECONDS_PER_HOUR)
    weight_only = (inputs.weight_precision not in SIXTEEN_BIT) & np.isin(
        compute_precision, SIXTEEN_BIT
    )
    return pd.DataFrame(
        {
            "id": text(frame, "id"),
            "name": text(frame, "name"),
            "devices": n,
            "memory_gb": memory,
            "capacity_gb": capacity_gb,
            "weight_gb": np.full(rows, need.weight_bytes / BYTES_PER_GB),
            "kv_cache_gb": kv_cache_gb,
            "overhead_gb": capacity_gb * OVERHEAD_FRACTION,
            "total_gb": need.memory_bytes / BYTES_PER_GB + capacity_gb * OVERHEAD_FRACTION,
            "fits": fits,
            "min_devices": np.maximum(np.ceil(per_device_share), 1.0),
            "max_batch": max_batch,
            "max_context": max_context,
            "memory_bandwidth_gbps": bandwidth,
            "decode_tokens_per_s_per_sequence": per_sequence,
            "decode_tokens_per_s_total": total,
            "compute_precision": compute_precision,
            "weight_only": weight_only,
            "compute_peak": peak,
            "prefill_tokens_per_s": prefill,
            "cloud_usd_per_hour": price,
            "usd_per_million_tokens": cost,
        },
        index=frame.index,
    )
