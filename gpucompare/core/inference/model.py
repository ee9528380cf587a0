"""Sizing one model on one device type: memory, device count, bounds and cost, explained."""

from __future__ import annotations

import difflib
import math
from dataclasses import replace

import numpy as np
import pandas as pd

from gpucompare.core.inference.arithmetic import demand
from gpucompare.core.inference.inputs import InferenceInputs
from gpucompare.core.inference.latency import largest_batch
from gpucompare.core.inference.notes import notes_for
from gpucompare.core.inference.result import InferenceResult
from gpucompare.core.inference.roofline import evaluate
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message


def find_device(catalog: pd.DataFrame, device_id: str) -> pd.Series:
    """The catalog row with id ``device_id``; InputError suggests close ids."""
    matches = catalog.index[catalog["id"] == device_id]
    if len(matches) == 0:
        close = difflib.get_close_matches(device_id, catalog["id"].tolist(), n=3, cutoff=0.5)
        hint = Message("; did you mean {names}?", names=", ".join(close)) if close else ""
        raise InputError(
            "device",
            Message("no device with id {device_id}{hint}", device_id=f"{device_id!r}", hint=hint),
        )
    return catalog.loc[matches[0]]


def size(inputs: InferenceInputs, device: pd.Series) -> InferenceResult:
    """Size ``inputs`` on ``inputs.devices`` devices of the catalog row ``device``."""
    inputs.validate()
    frame = pd.DataFrame([device]).infer_objects()
    latency_batch, latency_bound = None, None
    if inputs.has_targets:
        batches, limits = largest_batch(frame, inputs, np.array([float(inputs.devices)]))
        latency_batch, latency_bound = int(batches[0]), str(limits[0])
        if latency_batch > 0:
            inputs = replace(inputs, batch=latency_batch)
    row = evaluate(frame, inputs, inputs.devices).iloc[0]
    need = demand(inputs)
    model = inputs.model
    memory_known = _number(row["memory_gb"]) is not None
    kv_known = model.kv_modelled
    result = InferenceResult(
        inputs=inputs,
        demand=need,
        device_id=str(row["id"]),
        device_name=str(row["name"]),
        devices=inputs.devices,
        memory_gb=_number(row["memory_gb"]),
        memory_bandwidth_gbps=_number(row["memory_bandwidth_gbps"]),
        weight_gb=float(row["weight_gb"]),
        kv_cache_gb=_number(row["kv_cache_gb"]),
        kv_bytes_per_token=need.kv_bytes_per_token if kv_known else None,
        overhead_gb=_number(row["overhead_gb"]),
        total_gb=_number(row["total_gb"]),
        capacity_gb=_number(row["capacity_gb"]),
        fits=bool(row["fits"]) if memory_known else None,
        min_devices=_whole(row["min_devices"]),
        max_batch=_whole(row["max_batch"]),
        max_context=_whole(row["max_context"]),
        weights_read_gb=need.weights_read_per_step / 1e9,
        kv_read_gb=_number(row["kv_read_gb"]) if kv_known else None,
        decode_tokens_per_s_per_sequence=_number(row["decode_tokens_per_s_per_sequence"]),
        decode_tokens_per_s_total=_number(row["decode_tokens_per_s_total"]),
        decode_bound=str(row["decode_bound"]) or None,
        crossover_batch=_whole(row["crossover_batch"]),
        compute_precision=str(row["compute_precision"]) or None,
        weight_only=bool(row["weight_only"]),
        compute_peak=_number(row["compute_peak"]),
        prefill_tokens_per_s=_number(row["prefill_tokens_per_s"]),
        ttft_s=_number(row["ttft_s"]),
        tpot_s=_number(row["tpot_s"]),
        requests_per_s=_number(row["requests_per_s"]),
        bound=str(row["bound"]) or None,
        cloud_usd_per_hour=_number(row["cloud_usd_per_hour"]),
        usd_per_million_tokens=_number(row["usd_per_million_tokens"]),
        usd_per_million_input_tokens=_number(row["usd_per_million_input_tokens"]),
        usd_per_million_output_tokens=_number(row["usd_per_million_output_tokens"]),
        latency_batch=latency_batch,
        latency_bound=latency_bound,
        notes=(),
    )
    return replace(result, notes=notes_for(result, device))


def _number(value: object) -> float | None:
    number = float(value)  # type: ignore[arg-type]
    return None if not math.isfinite(number) else number


def _whole(value: object) -> int | None:
    number = _number(value)
    return None if number is None else int(number)
