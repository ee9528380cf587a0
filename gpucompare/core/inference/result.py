"""What sizing one model on one device type found: one flat, exportable result."""

from __future__ import annotations

from dataclasses import dataclass, fields

from gpucompare.core.inference.arithmetic import Demand
from gpucompare.core.inference.inputs import InferenceInputs
from gpucompare.core.messages import Message


@dataclass(frozen=True)
class InferenceResult:
    """Everything :func:`size` found for one device type at a device count.

    Memory in GB (10⁹ bytes; device memory is read as GiB); throughput bounds in
    tokens/s, times in seconds; ``None`` where the catalog lacks a figure or the model
    does not fit (``notes`` say which). Throughput and requests/s are upper bounds, times
    and costs lower bounds, not forecasts. ``bound`` and ``decode_bound`` say whether
    memory bandwidth or compute binds. With latency targets, ``latency_batch`` is the
    largest batch that meets them (0: none; the result is then at the batch asked for,
    else at this one) and ``latency_bound`` the limit that stops it (see :mod:`.latency`).
    """

    inputs: InferenceInputs
    demand: Demand
    device_id: str
    device_name: str
    devices: int
    memory_gb: float | None
    memory_bandwidth_gbps: float | None
    weight_gb: float
    kv_cache_gb: float | None
    kv_bytes_per_token: float | None
    overhead_gb: float | None
    total_gb: float | None
    capacity_gb: float | None
    fits: bool | None
    min_devices: int | None
    max_batch: int | None
    max_context: int | None
    weights_read_gb: float
    kv_read_gb: float | None
    decode_tokens_per_s_per_sequence: float | None
    decode_tokens_per_s_total: float | None
    decode_bound: str | None
    crossover_batch: int | None
    compute_precision: str | None
    weight_only: bool
    compute_peak: float | None
    prefill_tokens_per_s: float | None
    ttft_s: float | None
    tpot_s: float | None
    requests_per_s: float | None
    bound: str | None
    cloud_usd_per_hour: float | None
    usd_per_million_tokens: float | None
    usd_per_million_input_tokens: float | None
    usd_per_million_output_tokens: float | None
    latency_batch: int | None
    latency_bound: str | None
    notes: tuple[Message, ...]

    def record(self) -> dict[str, object]:
        """The inputs and results as one flat record with machine-readable keys."""
        record: dict[str, object] = {
            "model": self.inputs.model.id,
            "model_name": self.inputs.model.name,
            "device": self.device_id,
            "device_name": self.device_name,
            "weight_precision": self.inputs.weight_precision,
            "kv_precision": self.inputs.kv_precision,
            "context": self.inputs.context,
            "batch": self.inputs.batch,
            "input_tokens": self.inputs.input_tokens,
            "output_tokens": self.inputs.output_tokens,
            "engine": self.inputs.engine,
        }
        skip = {"inputs", "demand", "device_id", "device_name", "notes"}
        record.update({f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip})
        return record
