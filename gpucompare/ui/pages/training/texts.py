"""The training form's captions and placeholders, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


# Each text is a literal QCoreApplication.translate call so that pyside6-lupdate finds it.
def caption_texts(code: str) -> dict[str, str]:
    """Each field's caption; money captions name the display currency ``code``."""
    return {
        "params": QCoreApplication.translate("TrainingForm", "Parameters"),
        "tokens": QCoreApplication.translate("TrainingForm", "Training tokens"),
        "flops": QCoreApplication.translate("TrainingForm", "Or FLOPs budget"),
        "device": QCoreApplication.translate("TrainingForm", "Device"),
        "precision": QCoreApplication.translate("TrainingForm", "Precision (dense)"),
        "devices": QCoreApplication.translate("TrainingForm", "Devices"),
        "mfu": QCoreApplication.translate("TrainingForm", "MFU"),
        "mfu_band": "",
        "pricing": QCoreApplication.translate("TrainingForm", "Pricing"),
        "price_per_hour": QCoreApplication.translate(
            "TrainingForm", "Price per device-hour ({c})"
        ).format(c=code),
        "purchase_price": QCoreApplication.translate(
            "TrainingForm", "Purchase price per device ({c})"
        ).format(c=code),
        "overhead": QCoreApplication.translate("TrainingForm", "Server and facility overhead"),
        "lifetime_years": QCoreApplication.translate("TrainingForm", "Useful life (years)"),
        "utilization": QCoreApplication.translate("TrainingForm", "Utilisation"),
        "power_draw": QCoreApplication.translate("TrainingForm", "Average draw (× rated power)"),
        "pue": QCoreApplication.translate("TrainingForm", "PUE"),
        "carbon_intensity": QCoreApplication.translate("TrainingForm", "Grid carbon (kg CO₂/kWh)"),
        "electricity_price": QCoreApplication.translate(
            "TrainingForm", "Electricity ({c}/kWh)"
        ).format(c=code),
        "optimizer": QCoreApplication.translate("TrainingForm", "Optimizer"),
        "sharding": QCoreApplication.translate("TrainingForm", "Sharding"),
        "seq_len": QCoreApplication.translate("TrainingForm", "Sequence length"),
        "micro_batch": QCoreApplication.translate("TrainingForm", "Micro-batch"),
        "recompute": QCoreApplication.translate("TrainingForm", "Activation recomputation"),
        "layers": QCoreApplication.translate("TrainingForm", "Layers (optional)"),
        "hidden": QCoreApplication.translate("TrainingForm", "Hidden size (optional)"),
    }


def placeholder_texts() -> dict[str, str]:
    """Hints shown in empty fields."""
    return {
        "params": QCoreApplication.translate("TrainingForm", "e.g. 7B, 70B, 1.3T"),
        "tokens": QCoreApplication.translate("TrainingForm", "e.g. 300B, 2T"),
        "flops": QCoreApplication.translate("TrainingForm", "optional, e.g. 8.4e23"),
        "count": QCoreApplication.translate("TrainingForm", "e.g. 1024"),
        "days": QCoreApplication.translate("TrainingForm", "e.g. 30"),
        "layers": QCoreApplication.translate("TrainingForm", "derived from parameters"),
        "hidden": QCoreApplication.translate("TrainingForm", "derived from parameters"),
    }


def tab_titles() -> tuple[str, ...]:
    """The form's tabs, in order."""
    return (
        QCoreApplication.translate("TrainingForm", "Run"),
        QCoreApplication.translate("TrainingForm", "Pricing"),
        QCoreApplication.translate("TrainingForm", "Energy"),
        QCoreApplication.translate("TrainingForm", "Memory"),
        QCoreApplication.translate("TrainingForm", "Layout"),
    )
