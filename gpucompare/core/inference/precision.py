"""Number formats for weights and the KV cache, and which dense peak bounds compute.

Weights use the named formats of :mod:`.formats` (bits per weight with scales). The KV
cache is 2 bytes per element at FP16/BF16 and 1 at FP8/INT8. A bound takes the fastest
dense peak the device lists among the paths the weight format can compute on (issue:
weight-only INT8 can compute in BF16 where the INT8 rate is low); where that path is
16-bit for a non-16-bit format, the weights run "weight-only" (dequantised first).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gpucompare.core.catalog.schema import precision_column
from gpucompare.core.inference.columns import column
from gpucompare.core.inference.formats import FORMATS, SIXTEEN, weight_format
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message

WEIGHT_PRECISIONS: tuple[str, ...] = tuple(FORMATS)
KV_PRECISIONS: tuple[str, ...] = ("FP16", "BF16", "FP8", "INT8")
SIXTEEN_BIT = SIXTEEN

BYTES_PER_ELEMENT: dict[str, float] = {name: fmt.body_bits / 8 for name, fmt in FORMATS.items()}


def check_precision(field_name: str, value: object, choices: tuple[str, ...]) -> str:
    """``value`` upper-cased if it is one of ``choices``; InputError otherwise."""
    key = value.upper() if isinstance(value, str) else value
    if key not in choices:
        raise InputError(
            field_name,
            Message(
                "must be one of {choices}, got {value}",
                choices=", ".join(choices),
                value=f"{value!r}",
            ),
        )
    return str(key)


def compute_peaks(frame: pd.DataFrame, weight_precision: str) -> tuple[np.ndarray, np.ndarray]:
    """Per row: the fastest dense peak (TFLOPS, or TOPS for INT8) the format can use, and its
    precision; rows with none get NaN and an empty string. Ties go to the earlier path."""
    order = weight_format(weight_precision).compute
    peaks = np.column_stack([column(frame, precision_column(p)) for p in order])
    usable = np.where(np.isfinite(peaks) & (peaks > 0), peaks, -1.0)
    best = np.argmax(usable, axis=1) if len(frame) else np.zeros(0, dtype=int)
    found = usable[np.arange(len(frame)), best] > 0
    peak = np.where(found, usable[np.arange(len(frame)), best], np.nan)
    label = np.where(found, np.array(order, dtype=object)[best], "")
    return peak, label.astype(object)
