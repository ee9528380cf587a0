"""The inference page's captions and placeholders, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Each text is a literal QCoreApplication.translate call so that pyside6-lupdate finds it.


def caption_texts() -> dict[str, str]:
    """Each input row's caption."""
    return {
        "model": QCoreApplication.translate("InferencePanel", "Model"),
        "shape": QCoreApplication.translate("InferencePanel", "Shape (custom model)"),
        "moe": QCoreApplication.translate("InferencePanel", "Experts (custom model)"),
        "device": QCoreApplication.translate("InferencePanel", "Device"),
        "precision": QCoreApplication.translate("InferencePanel", "Weights"),
        "context": QCoreApplication.translate("InferencePanel", "Context (tokens)"),
        "workload": QCoreApplication.translate("InferencePanel", "Tokens in per request"),
        "targets": QCoreApplication.translate("InferencePanel", "Latency targets (ms)"),
        "engine": QCoreApplication.translate("InferencePanel", "Engine"),
        "max_count": QCoreApplication.translate("InferencePanel", "Ranking: at most devices"),
    }


def placeholder_texts() -> dict[str, str]:
    """Hints shown in empty fields."""
    return {
        "layers": QCoreApplication.translate("InferencePanel", "layers"),
        "hidden": QCoreApplication.translate("InferencePanel", "hidden"),
        "heads": QCoreApplication.translate("InferencePanel", "heads"),
        "kv_heads": QCoreApplication.translate("InferencePanel", "KV heads"),
        "active_params": QCoreApplication.translate("InferencePanel", "active params, e.g. 13B"),
        "experts": QCoreApplication.translate("InferencePanel", "experts"),
        "experts_per_token": QCoreApplication.translate("InferencePanel", "per token"),
        "input_tokens": QCoreApplication.translate("InferencePanel", "none: steady decode"),
        "output_tokens": QCoreApplication.translate("InferencePanel", "none"),
        "context": QCoreApplication.translate("InferencePanel", "model default"),
        "ttft_ms": QCoreApplication.translate("InferencePanel", "time to first token: none"),
        "tpot_ms": QCoreApplication.translate("InferencePanel", "per output token: none"),
        "batch": "1",
        "count": "1",
        "max_count": "8",
    }
