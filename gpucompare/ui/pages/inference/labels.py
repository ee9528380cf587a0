"""Labels of the inference core's result keys, and its bound names, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("InferencePanel", text)


def result_labels() -> dict[str, str]:
    """Labels of the core's explanation keys, in the UI language."""
    return {
        "weight_gb": _tr("Weights"),
        "kv_cache_gb": _tr("KV cache"),
        "overhead_gb": _tr("Overhead allowance"),
        "total_gb": _tr("Total memory"),
        "min_devices": _tr("Minimum devices"),
        "max_batch": _tr("Largest batch at this context"),
        "max_context": _tr("Largest context at this batch"),
        "decode_tokens_per_s_per_sequence": _tr("Decode bound per sequence"),
        "decode_tokens_per_s_total": _tr("Decode bound, all sequences"),
        "crossover_batch": _tr("Batch where decode turns compute-bound"),
        "prefill_tokens_per_s": _tr("Prefill bound"),
        "ttft_s": _tr("Time to first token, at least"),
        "tpot_s": _tr("Time per output token, at least"),
        "requests_per_s": _tr("Requests per second, at most"),
        "usd_per_million_tokens": _tr("Cost per million generated tokens"),
        "usd_per_million_input_tokens": _tr("Cost per million input tokens"),
        "usd_per_million_output_tokens": _tr("Cost per million output tokens"),
    }


def bound_names() -> dict[str, str]:
    """What binds a bound: memory bandwidth or compute."""
    return {"memory": _tr("memory bandwidth"), "compute": _tr("compute")}


def sort_names() -> list[tuple[str, str]]:
    """The ranking's sort choices as (label, value)."""
    return [
        (_tr("cheapest per token"), "cost"),
        (_tr("most tokens/s"), "throughput"),
        (_tr("fewest devices"), "devices"),
    ]


def kv_follow_label() -> str:
    """The KV-cache choice that follows the weights, saying what it does."""
    return _tr("16-bit (FP16 with FP16 weights, else BF16)")
