"""Each output of a sizing result as a formula with the inputs' numbers.

Each formula is a :class:`~gpucompare.core.messages.Message`: English text whose template
and numbers (formatted here) the GUI fills into its translation.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpucompare.core.formatting import format_number
from gpucompare.core.inference.formats import weight_format
from gpucompare.core.inference.precision import BYTES_PER_ELEMENT
from gpucompare.core.inference.result import InferenceResult
from gpucompare.core.messages import Message


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
    formula: Message


def _n(value: float | None) -> str:
    return format_number(value)


def _billions(value: float) -> str:
    return f"{format_number(value / 1e9)}B"


def _sequences(count: int) -> Message:
    return Message("{n} sequence" if count == 1 else "{n} sequences", n=f"{count:,}")


def _bound(kind: str | None) -> Message:
    """``memory-bound`` or ``compute-bound``."""
    return Message("compute-bound") if kind == "compute" else Message("memory-bound")


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


def _weights(r: InferenceResult) -> Message:
    precision = r.inputs.weight_precision
    fmt = weight_format(precision)
    params = _billions(r.inputs.model.params)
    if fmt.body_bits == fmt.embedding_bits == fmt.head_bits:
        bits = fmt.body_bits
        return Message(
            "{params} parameters × {per} byte ({precision}) = {gb} GB"
            if bits == 8
            else "{params} parameters × {per} bytes ({precision}) = {gb} GB",
            params=params,
            per=_n(bits / 8),
            precision=precision,
            gb=_n(r.weight_gb),
        )
    return Message(
        "{params} parameters at {precision}: {body} bits per weight with scales, embedding "
        "table {embedding} bits and output head {head} bits (vocab × hidden each) = {gb} GB",
        params=params,
        precision=precision,
        body=_n(fmt.body_bits),
        embedding=_n(fmt.embedding_bits),
        head=_n(fmt.head_bits),
        gb=_n(r.weight_gb),
    )


def _bytes(precision: str) -> Message:
    size = BYTES_PER_ELEMENT[precision]
    return Message(
        "{size} byte ({precision})" if size == 1 else "{size} bytes ({precision})",
        size=_n(size),
        precision=precision,
    )


def _per_token(r: InferenceResult) -> Message:
    model = r.inputs.model
    if model.kv_latent_dim is not None:
        shape = Message(
            "{layers} layers × {latent} latent elements",
            layers=f"{model.layers}",
            latent=f"{model.kv_latent_dim}",
        )
    else:
        shape = Message(
            "2 (K and V) × {layers} layers × {heads} KV heads × {head_dim} head size",
            layers=f"{model.layers}",
            heads=f"{model.kv_heads}",
            head_dim=f"{model.head_dim}",
        )
    return Message(
        "{shape} × {kv_bytes} = {per_token} bytes per token",
        shape=shape,
        kv_bytes=_bytes(r.inputs.kv_precision),
        per_token=_n(r.kv_bytes_per_token),
    )


def _copies(r: InferenceResult) -> float:
    base = r.demand.kv_bytes / 1e9
    return 1.0 if not base or r.kv_cache_gb is None else r.kv_cache_gb / base


def _kv_cache(r: InferenceResult) -> Message:
    if r.kv_cache_gb is None:
        return Message("not modelled: the model's layers and heads are unknown")
    copies = _copies(r)
    return Message(
        "{per_token}; × {tokens} tokens held (prompt + output, capped at any sliding window, "
        "rounded up to {block}-token blocks) × {sequences} × {copies} (replicated over "
        "tensor-parallel devices) = {gb} GB"
        if copies > 1
        else "{per_token}; × {tokens} tokens held (prompt + output, capped at any sliding "
        "window, rounded up to {block}-token blocks) × {sequences} = {gb} GB",
        per_token=_per_token(r),
        tokens=f"{r.demand.kv_tokens_per_sequence:,}",
        block=f"{r.inputs.serving_engine.block_tokens}",
        sequences=_sequences(r.inputs.batch),
        copies=_n(copies),
        gb=_n(r.kv_cache_gb),
    )


def _capacity(r: InferenceResult) -> str:
    return f"{r.devices} × {_n(r.memory_gb)} GiB = {_n(r.capacity_gb)} GB"


def _no_memory() -> Message:
    return Message("no memory figure for this device")


def _overhead(r: InferenceResult) -> Message:
    if r.memory_gb is None:
        return _no_memory()
    engine = r.inputs.serving_engine
    return Message(
        "{overhead} GB of {capacity} left unused: {engine} {rule}",
        overhead=_n(r.overhead_gb),
        capacity=_capacity(r),
        engine=engine.name,
        rule=engine.rule,
    )


def _total(r: InferenceResult) -> Message:
    if r.total_gb is None:
        return _no_memory()
    return Message(
        "{weights} + {kv} + {overhead} = {total} GB of {capacity}: {verdict}",
        weights=_n(r.weight_gb),
        kv=_n(r.kv_cache_gb) if r.kv_cache_gb is not None else Message("0 (not modelled)"),
        overhead=_n(r.overhead_gb),
        total=_n(r.total_gb),
        capacity=_capacity(r),
        verdict=Message("fits") if r.fits else Message("does not fit"),
    )


def _min_devices(r: InferenceResult) -> Message:
    if r.memory_gb is None:
        return _no_memory()
    if r.min_devices is None:
        return Message("no count fits: the replicated KV cache alone outgrows each device")
    return Message(
        "the fewest devices whose usable memory holds {weights} GB of weights and {kv} GB of "
        "KV cache (more where tensor parallelism replicates KV heads) = {n}",
        weights=_n(r.weight_gb),
        kv=_n(r.demand.kv_bytes / 1e9) if r.kv_cache_gb is not None else "0",
        n=f"{r.min_devices}",
    )


def _not_computed(r: InferenceResult) -> Message:
    return Message(
        "not computed: KV cache not modelled" if r.memory_gb else "not computed: no memory figure"
    )


def _max_batch(r: InferenceResult) -> Message:
    if r.max_batch is None:
        return _not_computed(r)
    return Message(
        "floor(memory left for the KV cache / {per_sequence} GB per sequence at {tokens} "
        "tokens) = {batch}",
        per_sequence=_n(r.demand.kv_bytes_per_sequence * _copies(r) / 1e9),
        tokens=f"{r.demand.kv_tokens_per_sequence:,}",
        batch=f"{r.max_batch:,}",
    )


def _max_context(r: InferenceResult) -> Message:
    if r.max_context is None:
        return _not_computed(r)
    limit = r.inputs.model.max_context
    return Message(
        "floor(memory left for the KV cache / ({per_token} bytes per token × {sequences})) = "
        "{context}, capped at the model's {limit} tokens"
        if limit == r.max_context
        else "floor(memory left for the KV cache / ({per_token} bytes per token × "
        "{sequences})) = {context}",
        per_token=_n(r.kv_bytes_per_token),
        sequences=_sequences(r.inputs.batch),
        context=f"{r.max_context:,}",
        limit=f"{limit:,}" if limit is not None else "",
    )


def _working(r: InferenceResult) -> str:
    return "1" if r.inputs.serving_engine.layer_split else f"{r.devices}"


def _no_fit() -> Message:
    return Message("no bound: the model does not fit")


def _decode(r: InferenceResult) -> Message:
    if r.fits is False:
        return _no_fit()
    if r.tpot_s is None:
        return Message("no bound: no memory-bandwidth figure")
    inputs = r.inputs
    bytes_part = Message(
        "({weights} GB of weights + {kv}) / ({working} × {bandwidth} GB/s)",
        weights=_n(r.weights_read_gb),
        kv=Message("{gb} GB of KV cache", gb=_n(r.kv_read_gb))
        if r.kv_read_gb is not None
        else Message("no KV cache"),
        working=_working(r),
        bandwidth=_n(r.memory_bandwidth_gbps),
    )
    compute = (
        Message(
            "{tflop} TFLOP ({sequences} × (2 × {params} + attention at {context} tokens)) / "
            "({working} × {peak} {unit})",
            tflop=_n(inputs.batch * r.demand.decode_flops_per_token / 1e12),
            sequences=_sequences(inputs.batch),
            params=_billions(inputs.model.params_per_token),
            context=_n(inputs.decode_context),
            working=_working(r),
            peak=_n(r.compute_peak),
            unit="TOPS" if r.compute_precision == "INT8" else "TFLOPS",
        )
        if r.compute_peak is not None
        else Message("no compute peak")
    )
    return Message(
        "step ≥ max({bytes_part}, {compute}) = {ms} ms, {bound}; 1 / step = {rate} tokens/s",
        bytes_part=bytes_part,
        compute=compute,
        ms=_n(r.tpot_s * 1000),
        bound=_bound(r.decode_bound),
        rate=_n(r.decode_tokens_per_s_per_sequence),
    )


def _total_rate(r: InferenceResult) -> Message:
    if r.decode_tokens_per_s_total is None:
        return Message("no bound (see the per-sequence bound)")
    return Message(
        "{sequences} × {per_sequence} = {total} tokens/s",
        sequences=_sequences(r.inputs.batch),
        per_sequence=_n(r.decode_tokens_per_s_per_sequence),
        total=_n(r.decode_tokens_per_s_total),
    )


def _crossover(r: InferenceResult) -> Message:
    if r.crossover_batch is None:
        return Message(
            "none: below 10⁷ sequences the bytes read (weights and the KV cache each sequence "
            "adds) outweigh the FLOPs, or a figure is missing"
        )
    return Message(
        "the smallest batch whose decode FLOPs / peak reach its bytes read / bandwidth at "
        "{context} tokens of context = {batch}",
        context=_n(r.inputs.decode_context),
        batch=f"{r.crossover_batch:,}",
    )


def _prefill(r: InferenceResult) -> Message:
    if r.fits is False:
        return _no_fit()
    if r.compute_peak is None or r.prefill_tokens_per_s is None:
        return Message("no bound: no dense peak at a precision these weights compute in")
    return Message(
        "{sequences} × {prompt} prompt tokens / max(FLOPs / ({working} × {peak} {unit} "
        "{precision} dense{how}), weights read / bandwidth), with (2 × {params} parameters) + "
        "attention = {gflop} GFLOP per prompt token = {rate} tokens/s",
        sequences=_sequences(r.inputs.batch),
        prompt=f"{r.inputs.prompt_tokens:,}",
        working=_working(r),
        peak=_n(r.compute_peak),
        unit="TOPS" if r.compute_precision == "INT8" else "TFLOPS",
        precision=r.compute_precision,
        how=Message(", weight-only") if r.weight_only else "",
        params=_billions(r.inputs.model.params_per_token),
        gflop=_n(r.demand.flops_per_prompt_token / 1e9),
        rate=_n(r.prefill_tokens_per_s),
    )


def _ttft(r: InferenceResult) -> Message:
    if r.ttft_s is None:
        return Message("no bound (see the prefill bound)")
    return Message(
        "one {prompt}-token prompt: max({tflop} TFLOP / peak, weights read / bandwidth) = {ms} ms",
        prompt=f"{r.inputs.prompt_tokens:,}",
        tflop=_n(r.demand.prefill_flops_per_request / 1e12),
        ms=_n(r.ttft_s * 1000),
    )


def _no_decode_bound() -> Message:
    return Message("no bound (see the decode bound)")


def _tpot(r: InferenceResult) -> Message:
    if r.tpot_s is None:
        return _no_decode_bound()
    return Message(
        "one decode step at batch {batch} = {ms} ms ({bound})",
        batch=f"{r.inputs.batch:,}",
        ms=_n(r.tpot_s * 1000),
        bound=_bound(r.decode_bound),
    )


def _requests(r: InferenceResult) -> Message:
    inputs = r.inputs
    if not inputs.has_workload:
        return Message("give input and output tokens per request")
    if r.requests_per_s is None:
        return _no_decode_bound()
    return Message(
        "{sequences} / max(all bytes / bandwidth, all FLOPs / peak) over their prefill "
        "({prompt} tokens each) and {generated} decode steps = {rate} per second, {bound}",
        sequences=_sequences(inputs.batch),
        prompt=f"{inputs.prompt_tokens:,}",
        generated=f"{inputs.generated_tokens:,}",
        rate=_n(r.requests_per_s),
        bound=_bound(r.bound),
    )


def _priced(r: InferenceResult, rate: float, currency: str, what: Message, value: float) -> Message:
    return Message(
        "{price} {currency}/h × {devices} devices × {what} × 10⁶ = {cost} {currency} (bound, "
        "not a forecast)",
        price=_n(r.cloud_usd_per_hour * rate),  # type: ignore[operator]
        currency=currency,
        devices=f"{r.devices}",
        what=what,
        cost=_n(value * rate),
    )


def _cost(r: InferenceResult, rate: float, currency: str) -> Message:
    if r.usd_per_million_tokens is None:
        if r.cloud_usd_per_hour is None:
            return Message("no cloud price for this device")
        return Message("no cost: no decode bound")
    if r.inputs.has_workload:
        what = Message("the time B requests take (prefill and decode) / (B × output tokens)")
    else:
        what = Message("the decode step time / {sequences}", sequences=_sequences(r.inputs.batch))
    return _priced(r, rate, currency, what, r.usd_per_million_tokens)


def _phase_cost(r: InferenceResult, rate: float, currency: str, phase: str) -> Message:
    value = r.usd_per_million_input_tokens if phase == "input" else r.usd_per_million_output_tokens
    if value is None:
        return Message("no cloud price or no bound for this device")
    what = (
        Message("prefill time of the batch's prompts / prompt tokens")
        if phase == "input"
        else Message("decode step time / batch")
    )
    return _priced(r, rate, currency, what, value)


def _targets(r: InferenceResult) -> Message | str:
    inputs = r.inputs
    parts = []
    if inputs.ttft_target_s is not None:
        parts.append(f"TTFT ≤ {_n(inputs.ttft_target_s * 1000)} ms")
    if inputs.tpot_target_s is not None:
        parts.append(f"TPOT ≤ {_n(inputs.tpot_target_s * 1000)} ms")
    if len(parts) == 2:
        return Message("{first} and {second}", first=parts[0], second=parts[1])
    return " and ".join(parts)


def _latency(r: InferenceResult) -> Message:
    inputs = r.inputs
    batch = r.latency_batch or 0
    targets = _targets(r)
    if batch == 0:
        why = {
            "memory": Message("not even one sequence fits"),
            "ttft": Message(
                "one {prompt}-token prompt alone takes longer to prefill",
                prompt=f"{inputs.prompt_tokens:,}",
            ),
            "tpot": Message("one decode step at batch 1 takes longer"),
            "request": Message(
                "one request's prefill and decode take longer than TTFT + (output tokens − 1) "
                "× TPOT"
            ),
        }[r.latency_bound or "memory"]
        return Message("no batch meets {targets}: {why}", targets=targets, why=why)
    why = {
        "memory": Message("a larger batch's KV cache no longer fits"),
        "ttft": "",
        "tpot": Message(
            "at batch {batch} a decode step takes longer than the TPOT target",
            batch=f"{batch + 1:,}",
        ),
        "request": Message(
            "at {sequences} in flight their prefill and decode take longer than each request "
            "may live, TTFT + (output tokens − 1) × TPOT (Little's law)",
            sequences=_sequences(batch + 1),
        ),
    }[r.latency_bound or "memory"]
    return Message(
        "the largest batch whose bounds meet {targets} = {batch}; {why}",
        targets=targets,
        batch=f"{batch:,}",
        why=why,
    )
