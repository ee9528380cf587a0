"""Each output of a sizing result as a formula with the inputs' numbers."""

from __future__ import annotations

from dataclasses import dataclass

from gpucompare.core.formatting import format_number
from gpucompare.core.inference.arithmetic import OVERHEAD_FRACTION, USABLE_FRACTION
from gpucompare.core.inference.precision import BYTES_PER_ELEMENT
from gpucompare.core.inference.result import InferenceResult


@dataclass(frozen=True)
class Explanation:
    """How one output was found.

    ``key`` matches the result's field and record key; ``value`` is that output (money
    converted), in ``unit``; ``formula`` shows the arithmetic with the inputs' numbers.
    """

    key: str
    label: str
    unit: str
    value: float | int | None
    formula: str


def _n(value: float | None) -> str:
    return format_number(value)


def _billions(value: float) -> str:
    return f"{format_number(value / 1e9)}B"


def _bytes(precision: str) -> str:
    size = BYTES_PER_ELEMENT[precision]
    return f"{_n(size)} byte{'' if size == 1 else 's'} ({precision})"


def _sequences(count: int) -> str:
    return f"{count:,} sequence{'' if count == 1 else 's'}"


def explain(
    result: InferenceResult, rate: float = 1.0, currency: str = "USD"
) -> tuple[Explanation, ...]:
    """Formulas for every output of ``result``; money converted at ``rate`` into ``currency``."""
    r = result
    cost = None if r.usd_per_million_tokens is None else r.usd_per_million_tokens * rate
    per_sequence = r.decode_tokens_per_s_per_sequence
    return (
        Explanation("weight_gb", "Weights", "GB", r.weight_gb, _weights(r)),
        Explanation("kv_cache_gb", "KV cache", "GB", r.kv_cache_gb, _kv_cache(r)),
        Explanation("overhead_gb", "Overhead allowance", "GB", r.overhead_gb, _overhead(r)),
        Explanation("total_gb", "Total memory", "GB", r.total_gb, _total(r)),
        Explanation("min_devices", "Minimum devices", "", r.min_devices, _min_devices(r)),
        Explanation("max_batch", "Largest batch at this context", "", r.max_batch, _max_batch(r)),
        Explanation(
            "max_context",
            "Largest context at this batch",
            "tokens",
            r.max_context,
            _max_context(r),
        ),
        Explanation(
            "decode_tokens_per_s_per_sequence",
            "Decode bound per sequence",
            "tokens/s",
            per_sequence,
            _decode(r),
        ),
        Explanation(
            "decode_tokens_per_s_total",
            "Decode bound, all sequences",
            "tokens/s",
            r.decode_tokens_per_s_total,
            _total_rate(r),
        ),
        Explanation(
            "prefill_tokens_per_s", "Prefill bound", "tokens/s", r.prefill_tokens_per_s, _prefill(r)
        ),
        Explanation(
            "usd_per_million_tokens",
            "Cost per million generated tokens",
            currency,
            cost,
            _cost(r, rate, currency),
        ),
    )


def _weights(r: InferenceResult) -> str:
    precision = r.inputs.weight_precision
    return (
        f"{_billions(r.inputs.model.params)} parameters × {_bytes(precision)} "
        f"= {_n(r.weight_gb)} GB"
    )


def _per_token(r: InferenceResult) -> str:
    model = r.inputs.model
    kv_bytes = _bytes(r.inputs.kv_precision)
    if model.kv_latent_dim is not None:
        shape = f"{model.layers} layers × {model.kv_latent_dim} latent elements"
    else:
        shape = (
            f"2 (K and V) × {model.layers} layers × {model.kv_heads} KV heads × "
            f"{model.head_dim} head size"
        )
    return f"{shape} × {kv_bytes} = {_n(r.kv_bytes_per_token)} bytes per token"


def _kv_cache(r: InferenceResult) -> str:
    if r.kv_cache_gb is None:
        return "not modelled: the model's layers and heads are unknown"
    return (
        f"{_per_token(r)}; × {r.inputs.context:,} tokens × {_sequences(r.inputs.batch)} "
        f"= {_n(r.kv_cache_gb)} GB"
    )


def _usable(r: InferenceResult) -> str:
    return f"{_n(USABLE_FRACTION)} × {r.devices} × {_n(r.memory_gb)} GB"


def _overhead(r: InferenceResult) -> str:
    if r.memory_gb is None:
        return "no memory figure for this device"
    return (
        f"{OVERHEAD_FRACTION:.0%} of {r.devices} × {_n(r.memory_gb)} GB = {_n(r.overhead_gb)} GB, "
        "held back as vLLM does by default (gpu_memory_utilization 0.9) for activations, "
        "CUDA context and fragmentation"
    )


def _total(r: InferenceResult) -> str:
    if r.total_gb is None:
        return "no memory figure for this device"
    kv = _n(r.kv_cache_gb) if r.kv_cache_gb is not None else "0 (not modelled)"
    verdict = "fits" if r.fits else "does not fit"
    return (
        f"{_n(r.weight_gb)} + {kv} + {_n(r.overhead_gb)} = {_n(r.total_gb)} GB of "
        f"{r.devices} × {_n(r.memory_gb)} = {_n(r.capacity_gb)} GB: {verdict}"
    )


def _min_devices(r: InferenceResult) -> str:
    if r.min_devices is None:
        return "no memory figure for this device"
    kv = _n(r.kv_cache_gb) if r.kv_cache_gb is not None else "0"
    return (
        f"ceil(({_n(r.weight_gb)} + {kv}) GB / ({_n(USABLE_FRACTION)} × {_n(r.memory_gb)} GB)) "
        f"= {r.min_devices}"
    )


def _free(r: InferenceResult) -> str:
    return f"max(0, {_usable(r)} − {_n(r.weight_gb)} GB)"


def _max_batch(r: InferenceResult) -> str:
    if r.max_batch is None:
        return "not computed: " + ("KV cache not modelled" if r.memory_gb else "no memory figure")
    per_sequence = r.demand.kv_bytes_per_sequence / 1e9
    return (
        f"floor({_free(r)} / {_n(per_sequence)} GB of KV cache per sequence at "
        f"{r.inputs.context:,} tokens) = {r.max_batch:,}"
    )


def _max_context(r: InferenceResult) -> str:
    if r.max_context is None:
        return "not computed: " + ("KV cache not modelled" if r.memory_gb else "no memory figure")
    limit = r.inputs.model.max_context
    capped = f", capped at the model's {limit:,} tokens" if limit == r.max_context else ""
    return (
        f"floor({_free(r)} / ({_n(r.kv_bytes_per_token)} bytes per token × "
        f"{_sequences(r.inputs.batch)})) = {r.max_context:,}{capped}"
    )


def _decode(r: InferenceResult) -> str:
    if not r.fits:
        return "no bound: the model does not fit"
    if r.decode_tokens_per_s_per_sequence is None:
        return "no bound: no memory-bandwidth figure"
    kv_read = (
        f"{r.inputs.batch:,} × {r.inputs.context:,} tokens × {_n(r.kv_bytes_per_token)} bytes "
        f"of KV cache"
        if r.kv_read_gb is not None
        else "KV cache not modelled"
    )
    step = r.demand.bytes_per_step / 1e9
    return (
        f"{r.devices} × {_n(r.memory_bandwidth_gbps)} GB/s / ({_n(r.weights_read_gb)} GB of "
        f"weights + {kv_read} = {_n(step)} GB read per step) = "
        f"{_n(r.decode_tokens_per_s_per_sequence)} tokens/s per sequence"
    )


def _total_rate(r: InferenceResult) -> str:
    if r.decode_tokens_per_s_total is None:
        return "no bound (see the per-sequence bound)"
    return (
        f"{_sequences(r.inputs.batch)} × {_n(r.decode_tokens_per_s_per_sequence)} = "
        f"{_n(r.decode_tokens_per_s_total)} tokens/s"
    )


def _prefill(r: InferenceResult) -> str:
    if not r.fits:
        return "no bound: the model does not fit"
    if r.compute_peak is None:
        return "no bound: no dense peak at this precision or FP16/BF16"
    unit = "TOPS" if r.compute_precision == "INT8" else "TFLOPS"
    how = ", weight-only" if r.weight_only else ""
    return (
        f"{r.devices} × {_n(r.compute_peak)} {unit} ({r.compute_precision} dense{how}) × 10¹² / "
        f"(2 × {_billions(r.inputs.model.params_per_token)} parameters) = "
        f"{_n(r.prefill_tokens_per_s)} tokens/s"
    )


def _cost(r: InferenceResult, rate: float, currency: str) -> str:
    if r.usd_per_million_tokens is None:
        if r.cloud_usd_per_hour is None:
            return "no cloud price for this device"
        return "no cost: no decode bound"
    price = r.cloud_usd_per_hour * rate
    return (
        f"{_n(price)} {currency}/h × {r.devices} / ({_n(r.decode_tokens_per_s_total)} tokens/s × "
        f"3,600 s/h) × 10⁶ = {_n(r.usd_per_million_tokens * rate)} {currency} "
        "(bound, not a forecast)"
    )
