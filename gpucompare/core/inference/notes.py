"""Plain-language notes on a sizing result: precision rules, missing figures, what a bound omits."""

from __future__ import annotations

from gpucompare.core.formatting import format_number
from gpucompare.core.inference.arithmetic import experts_touched
from gpucompare.core.inference.formats import weight_format
from gpucompare.core.inference.result import InferenceResult


def notes_for(result: InferenceResult) -> tuple[str, ...]:
    """Every note that applies to ``result``, most important first."""
    notes = [
        *_memory_notes(result),
        *_model_notes(result),
        *_precision_notes(result),
        *_engine_notes(result),
    ]
    if result.fits and result.memory_bandwidth_gbps is None:
        notes.append("The catalog has no memory-bandwidth figure for this device: no decode bound.")
    if result.fits and result.decode_tokens_per_s_total is not None:
        if result.cloud_usd_per_hour is None:
            notes.append("The catalog has no cloud price for this device: no cost per token.")
        else:
            notes.append(
                "Cost per million tokens is a bound, not a forecast: it assumes every step "
                "runs at its roofline bound with every device busy."
            )
            if result.inputs.has_workload:
                notes.append(
                    "Input and output prices each cost their phase run on its own; the cost "
                    "per generated token lets prefill and decode overlap (chunked prefill), "
                    "so it can be less than their sum."
                )
    return tuple(notes)


def _memory_notes(result: InferenceResult) -> list[str]:
    if result.fits is None:
        return ["The catalog has no memory figure for this device: cannot tell whether it fits."]
    if result.fits:
        return []
    needed = (
        f"at least {result.min_devices} devices are needed"
        if result.min_devices is not None
        else "no device count holds it (its replicated KV cache alone outgrows each device)"
    )
    return [
        f"Does not fit: needs {format_number(result.total_gb)} GB (weights, KV cache and "
        f"overhead) but {result.devices} × {format_number(result.memory_gb)} GiB = "
        f"{format_number(result.capacity_gb)} GB is available; {needed}. No throughput "
        "bound is given."
    ]


def _model_notes(result: InferenceResult) -> list[str]:
    model = result.inputs.model
    notes = []
    if not model.kv_modelled:
        notes.append(
            "KV cache not modelled: the model's layers and heads are unknown (give layers, "
            "hidden size and heads). Memory counts weights and overhead only, so the real "
            "need is larger."
        )
    else:
        notes += _kv_notes(result)
    if model.routed:
        experts, chosen = model.experts, model.experts_per_token
        touched = experts_touched(experts, chosen, result.inputs.batch)  # type: ignore[arg-type]
        notes.append(
            f"Mixture of experts: all {format_number(model.params / 1e9)}B parameters are held "
            f"in memory and a token uses {format_number(model.params_per_token / 1e9)}B. At "
            f"batch {result.inputs.batch:,} each layer touches about {experts} × (1 − (1 − "
            f"{chosen}/{experts})^{result.inputs.batch:,}) = {format_number(touched)} of its "
            f"{experts} experts (if tokens route evenly), so a decode step reads "
            f"{format_number(result.weights_read_gb)} GB of weights."
        )
    elif model.is_moe:
        notes.append(
            f"Mixture of experts: all {format_number(model.params / 1e9)}B parameters are held "
            f"in memory, but a token uses {format_number(model.params_per_token / 1e9)}B. "
            "Without the expert count and experts per token, decode counts only those; at "
            "batches above 1 sequences route to different experts and read more weights, so "
            "the decode bound is optimistic."
        )
    return notes


def _kv_notes(result: InferenceResult) -> list[str]:
    model = result.inputs.model
    engine = result.inputs.serving_engine
    notes = []
    if model.kv_latent_dim is not None:
        notes.append(
            f"Multi-head latent attention: the KV cache holds {model.kv_latent_dim} latent "
            "elements per token per layer, far less than the grouped-query formula "
            "2 × KV heads × head size would give."
        )
        if result.devices > 1 and not engine.layer_split:
            notes.append(
                f"The latent is one head: each of the {result.devices} tensor-parallel devices "
                f"holds all of it, so the KV cache is stored {result.devices} times."
            )
    elif (
        model.kv_heads is not None
        and result.devices > 1
        and not engine.layer_split
        and model.kv_heads % result.devices
    ):
        notes.append(
            f"The {model.kv_heads} KV heads do not split evenly over {result.devices} "
            "devices: each device holds ceil(KV heads / devices) of them, so some are "
            "replicated and the KV cache takes more memory in total."
        )
    if model.sliding_window is not None:
        notes.append(
            f"Sliding-window attention: a sequence caches and attends to at most "
            f"{model.sliding_window:,} tokens."
        )
    return notes


def _engine_notes(result: InferenceResult) -> list[str]:
    engine = result.inputs.serving_engine
    notes = [
        f"{engine.name}: {engine.rule} ({engine.sources[0]}). Device memory is read as GiB "
        '(2³⁰ bytes), as vendors\' "GB" of HBM and GDDR are.'
    ]
    if result.devices > 1 and engine.layer_split:
        notes.append(
            f"Layers split over {result.devices} devices: one works at a time, so decode and "
            "prefill are bounded by one device's bandwidth and peak."
        )
    elif result.devices > 1:
        notes.append(
            f"Tensor parallel over {result.devices} devices: the bounds assume weights and KV "
            "cache split evenly and ignore communication between the devices."
        )
    return notes


def _precision_notes(result: InferenceResult) -> list[str]:
    weights = result.inputs.weight_precision
    compute = result.compute_precision
    if compute is None:
        return [
            f"The catalog has no dense peak at any precision {weights} can compute in "
            f"({', '.join(weight_format(weights).compute)}) for this device: no prefill bound, "
            "and decode is bounded by memory bandwidth alone."
        ]
    fmt = weight_format(weights)
    if fmt.weight_only:
        return [
            f"{weights} weights ({format_number(fmt.body_bits)} bits per weight with scales) "
            f"are always weight-only: they are dequantised to {compute} for compute, so "
            f"compute bounds use the {compute} peak."
        ]
    if result.weight_only:
        return [
            f"{weights} weights run weight-only on this device (dequantised to {compute}, its "
            f"fastest path for them), so compute bounds use the {compute} peak. Memory and "
            "decode still gain from the smaller weights."
        ]
    if compute != weights:
        return [
            f"{weights} weights compute at {compute} on this device (its fastest path for "
            f"them): compute bounds use its {compute} peak."
        ]
    return []
