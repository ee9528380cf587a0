"""UI-language texts for the calculators' choices and exclusion reasons.

The core words its reasons in English; the texts here are looked up by meaning
(problem codes, constants), so the GUI can show them translated.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication

from gpucompare.core.inference.ranking import MISSED, NO_BANDWIDTH, NO_MEMORY, too_many
from gpucompare.core.training import MAX_DEVICES, TrainingInputs, exclusion_reasons
from gpucompare.core.training.compute import FALLBACK_PRECISIONS, CostGap, Problem
from gpucompare.core.training.exclusions import excluded_statuses
from gpucompare.core.training.results import cost_note
from gpucompare.ui.labels.messages import message_text


def optimizer_labels() -> dict[str, str]:
    """Optimizer keys and their names."""
    return {
        "adamw_mixed": QCoreApplication.translate("Calculator", "AdamW, mixed precision"),
        "adam_8bit": QCoreApplication.translate("Calculator", "8-bit Adam"),
        "sgd_momentum": QCoreApplication.translate("Calculator", "SGD with momentum"),
    }


def sharding_labels() -> dict[str, str]:
    """Sharding keys and their names."""
    return {
        "none": QCoreApplication.translate("Calculator", "no sharding (plain data parallel)"),
        "zero1": QCoreApplication.translate("Calculator", "ZeRO-1 (optimizer state sharded)"),
        "zero2": QCoreApplication.translate(
            "Calculator", "ZeRO-2 (optimizer state and gradients sharded)"
        ),
        "zero3": QCoreApplication.translate(
            "Calculator", "ZeRO-3 / FSDP (optimizer state, gradients and weights sharded)"
        ),
    }


def training_reasons(inputs: TrainingInputs) -> dict[str, str]:
    """The core's English exclusion reasons for ``inputs``, mapped to the UI language."""
    english = exclusion_reasons(inputs)
    count = f"{inputs.devices:,}" if inputs.devices is not None else None
    translated = {
        Problem.NO_PEAK: QCoreApplication.translate("Calculator", "no {p} figure").format(
            p="/".join(
                [inputs.precision, *(p for p in FALLBACK_PRECISIONS if p != inputs.precision)]
            )
        ),
        Problem.NO_MEMORY: QCoreApplication.translate(
            "Calculator", "no memory figure (cannot check that it fits)"
        ),
        Problem.NEVER_FITS: QCoreApplication.translate(
            "Calculator", "does not fit at any device count with this sharding"
        ),
        Problem.TOO_MANY: QCoreApplication.translate(
            "Calculator", "needs more than {n} devices"
        ).format(n=f"{MAX_DEVICES:,}"),
        Problem.NOT_FIT_AT_COUNT: (
            QCoreApplication.translate(
                "Calculator", "does not fit in memory on {n} devices"
            ).format(n=count)
            if count
            else QCoreApplication.translate(
                "Calculator", "does not fit in memory on the solved number of devices"
            )
        ),
        Problem.NO_LAYOUT: message_text(english[Problem.NO_LAYOUT]),
    }
    return {english[problem]: text for problem, text in translated.items()}


def training_exclusions(
    excluded: pd.DataFrame, catalog: pd.DataFrame, inputs: TrainingInputs
) -> list[str]:
    """Each left-out device's reason in the UI language; a missing figure says whether it
    is not published or not entered yet."""
    reasons = training_reasons(inputs)
    statuses = excluded_statuses(excluded, catalog, inputs)
    return [
        f"{reasons.get(reason, reason)}: {message_text(status)}"
        if status is not None
        else reasons.get(reason, reason)
        for reason, status in zip(excluded["reason"], statuses, strict=True)
    ]


def training_cost_notes(inputs: TrainingInputs) -> dict[str, str]:
    """The core's English reasons for an unknown cost, mapped to the UI language."""
    translated = {
        CostGap.NO_CLOUD_PRICE: QCoreApplication.translate(
            "Calculator", "no cloud price in the catalog; give a price per device-hour"
        ),
        CostGap.NO_LAUNCH_PRICE: QCoreApplication.translate(
            "Calculator", "no launch price in the catalog; give a purchase price"
        ),
        CostGap.NO_POWER: QCoreApplication.translate(
            "Calculator", "no power figure, so the energy cost and the total are unknown"
        ),
    }
    return {
        english: translated[gap]
        for gap in translated
        if (english := cost_note(inputs, int(gap))) is not None
    }


def inference_reasons(max_devices: int) -> dict[str, str]:
    """The core's English inference exclusion reasons, mapped to the UI language."""
    return {
        NO_MEMORY: QCoreApplication.translate("Calculator", "no memory figure"),
        NO_BANDWIDTH: QCoreApplication.translate(
            "Calculator", "no memory-bandwidth figure (no decode bound)"
        ),
        too_many(max_devices): QCoreApplication.translate(
            "Calculator", "does not fit on {n} devices"
        ).format(n=max_devices),
        MISSED["memory"]: QCoreApplication.translate("Calculator", "no batch fits at this count"),
        MISSED["ttft"]: QCoreApplication.translate(
            "Calculator", "misses the TTFT target (one prompt's prefill alone takes longer)"
        ),
        MISSED["tpot"]: QCoreApplication.translate(
            "Calculator", "misses the TPOT target (one decode step at batch 1 takes longer)"
        ),
        MISSED["request"]: QCoreApplication.translate(
            "Calculator",
            "misses the targets (one request's prefill and decode take longer than "
            "TTFT + (output tokens − 1) × TPOT)",
        ),
    }
