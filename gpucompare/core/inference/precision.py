"""Number formats for weights and the KV cache, and which dense peak bounds prefill.

Bytes per element: 2 for FP16/BF16, 1 for FP8/INT8, 0.5 for 4-bit weights. Prefill
runs at the weight precision where the device lists a dense peak for it; otherwise the
weights are dequantised to FP16/BF16 before each matrix multiply ("weight-only"), and
the FP16/BF16 peak bounds prefill. 4-bit weights are always weight-only.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gpucompare.core.catalog.schema import precision_column
from gpucompare.core.inference.columns import column
from gpucompare.core.issues import InputError

WEIGHT_PRECISIONS: tuple[str, ...] = ("FP16", "BF16", "FP8", "INT8", "INT4")
KV_PRECISIONS: tuple[str, ...] = ("FP16", "BF16", "FP8", "INT8")
SIXTEEN_BIT = ("FP16", "BF16")

BYTES_PER_ELEMENT: dict[str, float] = {
    "FP16": 2.0,
    "BF16": 2.0,
    "FP8": 1.0,
    "INT8": 1.0,
    "INT4": 0.5,
}

# Dense-peak columns tried in order for prefill at each weight precision. The first is
# native compute at that precision; any later one is a fallback.
COMPUTE_ORDER: dict[str, tuple[str, ...]] = {
    "FP16": ("FP16", "BF16"),
    "BF16": ("BF16", "FP16"),
    "FP8": ("FP8", "BF16", "FP16"),
    "INT8": ("INT8", "BF16", "FP16"),
    "INT4": ("BF16", "FP16"),
}


def check_precision(field_name: str, value: object, choices: tuple[str, ...]) -> str:
    """``value`` upper-cased if it is one of ``choices``; InputError otherwise."""
    key = value.upper() if isinstance(value, str) else value
    if key not in choices:
        raise InputError(field_name, f"must be one of {', '.join(choices)}, got {value!r}")
    return str(key)


def compute_peaks(frame: pd.DataFrame, weight_precision: str) -> tuple[np.ndarray, np.ndarray]:
    """Per row: the dense peak (TFLOPS, or TOPS for INT8) that bounds prefill, and its precision.

    The precision is the first of ``COMPUTE_ORDER[weight_precision]`` with a positive
    figure; rows with none get NaN and an empty string.
    """
    order = COMPUTE_ORDER[weight_precision]
    peaks = [column(frame, precision_column(p)) for p in order]
    usable = [np.isfinite(p) & (p > 0) for p in peaks]
    peak = np.select(usable, peaks, default=np.nan)
    choice = np.select(usable, list(range(len(order))), default=len(order))
    label = np.array([*order, ""], dtype=object)[choice]
    return peak, label
