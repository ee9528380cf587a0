"""Labels of the inference core's result keys, its bound names and the ranking's columns,
in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gpucompare.ui.models.frame import FrameColumn
from gpucompare.ui.pages.calculator import number_text


def result_labels() -> dict[str, str]:
    """Labels of the core's explanation keys, in the UI language."""
    return {
        "weight_gb": QCoreApplication.translate("InferencePanel", "Weights"),
        "kv_cache_gb": QCoreApplication.translate("InferencePanel", "KV cache"),
        "overhead_gb": QCoreApplication.translate("InferencePanel", "Overhead allowance"),
        "total_gb": QCoreApplication.translate("InferencePanel", "Total memory"),
        "min_devices": QCoreApplication.translate("InferencePanel", "Minimum devices"),
        "max_batch": QCoreApplication.translate("InferencePanel", "Largest batch at this context"),
        "max_context": QCoreApplication.translate(
            "InferencePanel", "Largest context at this batch"
        ),
        "decode_tokens_per_s_per_sequence": QCoreApplication.translate(
            "InferencePanel", "Decode bound per sequence"
        ),
        "decode_tokens_per_s_total": QCoreApplication.translate(
            "InferencePanel", "Decode bound, all sequences"
        ),
        "crossover_batch": QCoreApplication.translate(
            "InferencePanel", "Batch where decode turns compute-bound"
        ),
        "latency_batch": QCoreApplication.translate(
            "InferencePanel", "Largest batch meeting the targets"
        ),
        "prefill_tokens_per_s": QCoreApplication.translate("InferencePanel", "Prefill bound"),
        "ttft_s": QCoreApplication.translate("InferencePanel", "Time to first token, at least"),
        "tpot_s": QCoreApplication.translate("InferencePanel", "Time per output token, at least"),
        "requests_per_s": QCoreApplication.translate(
            "InferencePanel", "Requests per second, at most"
        ),
        "usd_per_million_tokens": QCoreApplication.translate(
            "InferencePanel", "Cost per million generated tokens"
        ),
        "usd_per_million_input_tokens": QCoreApplication.translate(
            "InferencePanel", "Cost per million input tokens"
        ),
        "usd_per_million_output_tokens": QCoreApplication.translate(
            "InferencePanel", "Cost per million output tokens"
        ),
    }


def bound_names() -> dict[str, str]:
    """What binds a bound: memory bandwidth or compute."""
    return {
        "memory": QCoreApplication.translate("InferencePanel", "memory bandwidth"),
        "compute": QCoreApplication.translate("InferencePanel", "compute"),
    }


def latency_names() -> dict[str, str]:
    """What stops the batch under latency targets."""
    return {
        "memory": QCoreApplication.translate("InferencePanel", "memory"),
        "ttft": QCoreApplication.translate("InferencePanel", "time to first token"),
        "tpot": QCoreApplication.translate("InferencePanel", "time per output token"),
        "request": QCoreApplication.translate(
            "InferencePanel", "request time: TTFT + (output − 1) × TPOT"
        ),
    }


def sort_names() -> list[tuple[str, str]]:
    """The ranking's sort choices as (label, value)."""
    return [
        (QCoreApplication.translate("InferencePanel", "cheapest per token"), "cost"),
        (QCoreApplication.translate("InferencePanel", "most tokens/s"), "throughput"),
        (QCoreApplication.translate("InferencePanel", "fewest devices"), "devices"),
    ]


def kv_follow_label() -> str:
    """The KV-cache choice that follows the weights, saying what it does."""
    return QCoreApplication.translate(
        "InferencePanel", "16-bit (FP16 with FP16 weights, else BF16)"
    )


def _whole(value: float) -> str:
    return f"{value:,.0f}"


def ranking_columns(currency: str) -> list[FrameColumn]:
    """The ranking table's columns, money in ``currency``."""
    return [
        FrameColumn("name", QCoreApplication.translate("InferencePanel", "Device")),
        FrameColumn("devices", QCoreApplication.translate("InferencePanel", "Devices"), _whole),
        FrameColumn("batch", QCoreApplication.translate("InferencePanel", "Batch"), _whole),
        FrameColumn(
            "total_gb",
            QCoreApplication.translate("InferencePanel", "Memory used (GB)"),
            number_text,
        ),
        FrameColumn(
            "max_batch", QCoreApplication.translate("InferencePanel", "Largest batch"), _whole
        ),
        FrameColumn(
            "decode_tokens_per_s_per_sequence",
            QCoreApplication.translate("InferencePanel", "Decode ≤ tok/s/seq"),
            number_text,
        ),
        FrameColumn(
            "prefill_tokens_per_s",
            QCoreApplication.translate("InferencePanel", "Prefill ≤ tok/s"),
            number_text,
        ),
        FrameColumn(
            "requests_per_s",
            QCoreApplication.translate("InferencePanel", "Requests ≤ /s"),
            number_text,
        ),
        FrameColumn("bound", QCoreApplication.translate("InferencePanel", "Bound by")),
        FrameColumn(
            "usd_per_million_tokens",
            QCoreApplication.translate("InferencePanel", "≥ {c} per 1M tokens").format(c=currency),
            number_text,
        ),
    ]
