"""Plain-language notes on a sizing result: precision rules, missing figures, what a bound omits."""

from __future__ import annotations

from gpucompare.core.formatting import format_number
from gpucompare.core.inference.result import InferenceResult


def notes_for(result: InferenceResult) -> tuple[str, ...]:
    """Every note that applies to ``result``, most important first."""
    notes = [*_memory_notes(result), *_model_notes(result), *_precision_notes(result)]
    if result.fits and result.memory_bandwidth_gbps is None:
        notes.append("The catalog has no memory-bandwidth figure for this device: no decode bound.")
    if result.fits and result.decode_tokens_per_s_total is not None:
        if result.cloud_usd_per_hour is None:
            notes.append("The catalog has no cloud price for this device: no cost per token.")
        else:
            notes.append(
                "Cost per million tokens is a bound, not a forecast: it assumes decode runs "
                "at its upper bound with every device busy."
            )
    if result.devices > 1:
        notes.append(
            f"Tensor parallel over {result.devices} devices: the bounds assume weights and KV "
            "cache split evenly and ignore communication between the devices."
        )
    return tuple(notes)


def _memory_notes(result: InferenceResult) -> list[str]:
    if result.fits is None:
        return ["The catalog has no memory figure for this device: cannot tell whether it fits."]
    if result.fits:
        return []
    return [
        f"Does not fit: needs {format_number(result.total_gb)} GB (weights, KV cache and "
        f"overhead) but {result.devices} × {format_number(result.memory_gb)} GB = "
        f"{format_number(result.capacity_gb)} GB is available; at least "
        f"{result.min_devices} devices are needed. No throughput bound is given."
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
    elif model.kv_latent_dim is not None:
        notes.append(
            f"Multi-head latent attention: the KV cache holds {model.kv_latent_dim} latent "
            "elements per token per layer, far less than the grouped-query formula "
            "2 × KV heads × head size would give."
        )
    elif model.kv_heads is not None and result.devices > 1 and model.kv_heads % result.devices:
        notes.append(
            f"The {model.kv_heads} KV heads do not split evenly over {result.devices} devices; "
            "frameworks then replicate KV heads, so the KV cache needs more memory than shown."
        )
    if model.is_moe:
        notes.append(
            f"Mixture of experts: all {format_number(model.params / 1e9)}B parameters are held "
            f"in memory, but a token uses {format_number(model.params_per_token / 1e9)}B. "
            "Decode and prefill bounds count only those; at batches above 1 sequences route "
            "to different experts and read more weights, so the decode bound is optimistic."
        )
    return notes


def _precision_notes(result: InferenceResult) -> list[str]:
    weights = result.inputs.weight_precision
    compute = result.compute_precision
    if compute is None:
        return [
            f"The catalog has no dense peak at {weights} or FP16/BF16 for this device: "
            "no prefill bound."
        ]
    if weights == "INT4":
        return [
            f"4-bit weights are always weight-only: they are dequantised to {compute} for "
            f"compute, so the prefill bound uses the {compute} peak."
        ]
    if result.weight_only:
        return [
            f"The catalog lists no {weights} figure for this device: {weights} weights run "
            f"weight-only (dequantised to {compute} for compute), so the prefill bound uses "
            f"the {compute} peak. Memory and decode still gain from the smaller weights."
        ]
    if compute != weights:
        return [
            f"The catalog lists no {weights} figure for this device: prefill uses its "
            f"{compute} peak."
        ]
    return []
