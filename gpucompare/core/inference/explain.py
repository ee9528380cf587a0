"""Each output of a sizing result as a formula with the inputs' numbers."""

from __future__ import annotations

from dataclasses import dataclass

from gpucompare.core.formatting import format_number
from gpucompare.core.inference.formats import weight_format
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


def _sequences(count: int) -> str:
    return f"{count:,} sequence{'' if count == 1 else 's'}"


def explain(
    result: InferenceResult, rate: float = 1.0, currency: str = "USD"
) -> tuple[Explanation, ...]:
    """Formulas for every output of ``result``; money converted at ``rate`` into ``currency``."""
    r = result

    def money(value: float | None) -> float | None:
        return None if value is None else value * rate

    explanations = (
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
            r.decode_tokens_per_s_per_sequence,
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
            "crossover_batch",
            "Batch where decode turns compute-bound",
            "",
            r.crossover_batch,
            _crossover(r),
        ),
        Explanation(
            "prefill_tokens_per_s", "Prefill bound", "tokens/s", r.prefill_tokens_per_s, _prefill(r)
        ),
        Explanation("ttft_s", "Time to first token, at least", "s", r.ttft_s, _ttft(r)),
        Explanation("tpot_s", "Time per output token, at least", "s", r.tpot_s, _tpot(r)),
        Explanation(
            "requests_per_s", "Requests per second, at most", "", r.requests_per_s, _requests(r)
        ),
        Explanation(
            "usd_per_million_tokens",
            "Cost per million generated tokens",
            currency,
            money(r.usd_per_million_tokens),
            _cost(r, rate, currency),
        ),
        Explanation(
            "usd_per_million_input_tokens",
            "Cost per million input tokens",
            currency,
            money(r.usd_per_million_input_tokens),
            _phase_cost(r, rate, currency, "input"),
        ),
        Explanation(
            "usd_per_million_output_tokens",
            "Cost per million output tokens",
            currency,
            money(r.usd_per_million_output_tokens),
            _phase_cost(r, rate, currency, "output"),
        ),
    )
    if not r.inputs.has_targets:
        return explanations
    latency = Explanation(
        "latency_batch", "Largest batch meeting the targets", "", r.latency_batch, _latency(r)
    )
    return (*explanations[:6], latency, *explanations[6:])


def _weights(r: InferenceResult) -> str:
    precision = r.inputs.weight_precision
    fmt = weight_format(precision)
    params = _billions(r.inputs.model.params)
    if fmt.body_bits == fmt.embedding_bits == fmt.head_bits:
        bits = fmt.body_bits
        per = _n(bits / 8)
        unit = "byte" if bits == 8 else "bytes"
        return f"{params} parameters × {per} {unit} ({precision}) = {_n(r.weight_gb)} GB"
    return (
        f"{params} parameters at {precision}: {_n(fmt.body_bits)} bits per weight with scales, "
        f"embedding table {_n(fmt.embedding_bits)} bits and output head "
        f"{_n(fmt.head_bits)} bits (vocab × hidden each) = {_n(r.weight_gb)} GB"
    )


def _bytes(precision: str) -> str:
    size = BYTES_PER_ELEMENT[precision]
    return f"{_n(size)} byte{'' if size == 1 else 's'} ({precision})"


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


def _copies(r: InferenceResult) -> float:
    base = r.demand.kv_bytes / 1e9
    return 1.0 if not base or r.kv_cache_gb is None else r.kv_cache_gb / base


def _kv_cache(r: InferenceResult) -> str:
    if r.kv_cache_gb is None:
        return "not modelled: the model's layers and heads are unknown"
    tokens = r.demand.kv_tokens_per_sequence
    copies = _copies(r)
    stored = f" × {_n(copies)} (replicated over tensor-parallel devices)" if copies > 1 else ""
    return (
        f"{_per_token(r)}; × {tokens:,} tokens held (prompt + output, capped at any sliding "
        f"window, rounded up to {r.inputs.serving_engine.block_tokens}-token blocks) × "
        f"{_sequences(r.inputs.batch)}{stored} = {_n(r.kv_cache_gb)} GB"
    )


def _capacity(r: InferenceResult) -> str:
    return f"{r.devices} × {_n(r.memory_gb)} GiB = {_n(r.capacity_gb)} GB"


def _overhead(r: InferenceResult) -> str:
    if r.memory_gb is None:
        return "no memory figure for this device"
    engine = r.inputs.serving_engine
    return f"{_n(r.overhead_gb)} GB of {_capacity(r)} left unused: {engine.name} {engine.rule}"


def _total(r: InferenceResult) -> str:
    if r.total_gb is None:
        return "no memory figure for this device"
    kv = _n(r.kv_cache_gb) if r.kv_cache_gb is not None else "0 (not modelled)"
    verdict = "fits" if r.fits else "does not fit"
    return (
        f"{_n(r.weight_gb)} + {kv} + {_n(r.overhead_gb)} = {_n(r.total_gb)} GB of "
        f"{_capacity(r)}: {verdict}"
    )


def _min_devices(r: InferenceResult) -> str:
    if r.memory_gb is None:
        return "no memory figure for this device"
    if r.min_devices is None:
        return "no count fits: the replicated KV cache alone outgrows each device"
    kv = _n(r.demand.kv_bytes / 1e9) if r.kv_cache_gb is not None else "0"
    return (
        f"the fewest devices whose usable memory holds {_n(r.weight_gb)} GB of weights and "
        f"{kv} GB of KV cache (more where tensor parallelism replicates KV heads) "
        f"= {r.min_devices}"
    )


def _max_batch(r: InferenceResult) -> str:
    if r.max_batch is None:
        return "not computed: " + ("KV cache not modelled" if r.memory_gb else "no memory figure")
    per_sequence = r.demand.kv_bytes_per_sequence * _copies(r) / 1e9
    return (
        f"floor(memory left for the KV cache / {_n(per_sequence)} GB per sequence at "
        f"{r.demand.kv_tokens_per_sequence:,} tokens) = {r.max_batch:,}"
    )


def _max_context(r: InferenceResult) -> str:
    if r.max_context is None:
        return "not computed: " + ("KV cache not modelled" if r.memory_gb else "no memory figure")
    limit = r.inputs.model.max_context
    capped = f", capped at the model's {limit:,} tokens" if limit == r.max_context else ""
    return (
        f"floor(memory left for the KV cache / ({_n(r.kv_bytes_per_token)} bytes per token × "
        f"{_sequences(r.inputs.batch)})) = {r.max_context:,}{capped}"
    )


def _working(r: InferenceResult) -> str:
    return "1" if r.inputs.serving_engine.layer_split else f"{r.devices}"


def _decode(r: InferenceResult) -> str:
    if r.fits is False:
        return "no bound: the model does not fit"
    if r.tpot_s is None:
        return "no bound: no memory-bandwidth figure"
    inputs = r.inputs
    kv = f"{_n(r.kv_read_gb)} GB of KV cache" if r.kv_read_gb is not None else "no KV cache"
    bytes_part = (
        f"({_n(r.weights_read_gb)} GB of weights + {kv}) / ({_working(r)} × "
        f"{_n(r.memory_bandwidth_gbps)} GB/s)"
    )
    flops = inputs.batch * r.demand.decode_flops_per_token
    compute = (
        f"{_n(flops / 1e12)} TFLOP ({_sequences(inputs.batch)} × (2 × "
        f"{_billions(inputs.model.params_per_token)} + attention at "
        f"{_n(inputs.decode_context)} tokens)) / ({_working(r)} × {_n(r.compute_peak)} "
        f"{'TOPS' if r.compute_precision == 'INT8' else 'TFLOPS'})"
        if r.compute_peak is not None
        else "no compute peak"
    )
    return (
        f"step ≥ max({bytes_part}, {compute}) = {_n(r.tpot_s * 1000)} ms, "
        f"{r.decode_bound}-bound; 1 / step = {_n(r.decode_tokens_per_s_per_sequence)} tokens/s"
    )


def _total_rate(r: InferenceResult) -> str:
    if r.decode_tokens_per_s_total is None:
        return "no bound (see the per-sequence bound)"
    return (
        f"{_sequences(r.inputs.batch)} × {_n(r.decode_tokens_per_s_per_sequence)} = "
        f"{_n(r.decode_tokens_per_s_total)} tokens/s"
    )


def _crossover(r: InferenceResult) -> str:
    if r.crossover_batch is None:
        return (
            "none: below 10⁷ sequences the bytes read (weights and the KV cache each sequence "
            "adds) outweigh the FLOPs, or a figure is missing"
        )
    return (
        f"the smallest batch whose decode FLOPs / peak reach its bytes read / bandwidth "
        f"at {_n(r.inputs.decode_context)} tokens of context = {r.crossover_batch:,}"
    )


def _prefill(r: InferenceResult) -> str:
    if r.fits is False:
        return "no bound: the model does not fit"
    if r.compute_peak is None or r.prefill_tokens_per_s is None:
        return "no bound: no dense peak at a precision these weights compute in"
    unit = "TOPS" if r.compute_precision == "INT8" else "TFLOPS"
    how = ", weight-only" if r.weight_only else ""
    prompt = r.inputs.prompt_tokens
    return (
        f"{_sequences(r.inputs.batch)} × {prompt:,} prompt tokens / max(FLOPs / "
        f"({_working(r)} × {_n(r.compute_peak)} {unit} {r.compute_precision} dense{how}), "
        "weights read / bandwidth), with (2 × "
        f"{_billions(r.inputs.model.params_per_token)} parameters) + attention "
        f"= {_n(r.demand.flops_per_prompt_token / 1e9)} GFLOP per prompt token = "
        f"{_n(r.prefill_tokens_per_s)} tokens/s"
    )


def _ttft(r: InferenceResult) -> str:
    if r.ttft_s is None:
        return "no bound (see the prefill bound)"
    return (
        f"one {r.inputs.prompt_tokens:,}-token prompt: max("
        f"{_n(r.demand.prefill_flops_per_request / 1e12)} TFLOP / peak, weights read / "
        f"bandwidth) = {_n(r.ttft_s * 1000)} ms"
    )


def _tpot(r: InferenceResult) -> str:
    if r.tpot_s is None:
        return "no bound (see the decode bound)"
    step = _n(r.tpot_s * 1000)
    return f"one decode step at batch {r.inputs.batch:,} = {step} ms ({r.decode_bound}-bound)"


def _requests(r: InferenceResult) -> str:
    inputs = r.inputs
    if not inputs.has_workload:
        return "give input and output tokens per request"
    if r.requests_per_s is None:
        return "no bound (see the decode bound)"
    return (
        f"{_sequences(inputs.batch)} / max(all bytes / bandwidth, all FLOPs / peak) over "
        f"their prefill ({inputs.prompt_tokens:,} tokens each) and {inputs.generated_tokens:,} "
        f"decode steps = {_n(r.requests_per_s)} per second, {r.bound}-bound"
    )


def _cost(r: InferenceResult, rate: float, currency: str) -> str:
    if r.usd_per_million_tokens is None:
        if r.cloud_usd_per_hour is None:
            return "no cloud price for this device"
        return "no cost: no decode bound"
    price = r.cloud_usd_per_hour * rate
    if r.inputs.has_workload:
        what = "the time B requests take (prefill and decode) / (B × output tokens)"
    else:
        what = f"the decode step time / {_sequences(r.inputs.batch)}"
    return (
        f"{_n(price)} {currency}/h × {r.devices} devices × {what} × 10⁶ = "
        f"{_n(r.usd_per_million_tokens * rate)} {currency} (bound, not a forecast)"
    )


def _phase_cost(r: InferenceResult, rate: float, currency: str, phase: str) -> str:
    value = r.usd_per_million_input_tokens if phase == "input" else r.usd_per_million_output_tokens
    if value is None:
        return "no cloud price or no bound for this device"
    price = r.cloud_usd_per_hour * rate  # type: ignore[operator]
    what = (
        "prefill time of the batch's prompts / prompt tokens"
        if phase == "input"
        else "decode step time / batch"
    )
    return (
        f"{_n(price)} {currency}/h × {r.devices} devices × {what} × 10⁶ = "
        f"{_n(value * rate)} {currency} (bound, not a forecast)"
    )


def _targets(r: InferenceResult) -> str:
    inputs = r.inputs
    parts = []
    if inputs.ttft_target_s is not None:
        parts.append(f"TTFT ≤ {_n(inputs.ttft_target_s * 1000)} ms")
    if inputs.tpot_target_s is not None:
        parts.append(f"TPOT ≤ {_n(inputs.tpot_target_s * 1000)} ms")
    return " and ".join(parts)


def _latency(r: InferenceResult) -> str:
    inputs = r.inputs
    batch = r.latency_batch or 0
    targets = _targets(r)
    if batch == 0:
        why = {
            "memory": "not even one sequence fits",
            "ttft": f"one {inputs.prompt_tokens:,}-token prompt alone takes longer to prefill",
            "tpot": "one decode step at batch 1 takes longer",
            "request": "one request's prefill and decode take longer than TTFT + (output "
            "tokens − 1) × TPOT",
        }[r.latency_bound or "memory"]
        return f"no batch meets {targets}: {why}"
    why = {
        "memory": "a larger batch's KV cache no longer fits",
        "ttft": "",
        "tpot": f"at batch {batch + 1:,} a decode step takes longer than the TPOT target",
        "request": f"at {_sequences(batch + 1)} in flight their prefill and decode take longer "
        "than each request may live, TTFT + (output tokens − 1) × TPOT (Little's law)",
    }[r.latency_bound or "memory"]
    return f"the largest batch whose bounds meet {targets} = {batch:,}; {why}"
