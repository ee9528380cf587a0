"""A made-up device row for the serving tests, so their arithmetic is easy to follow."""

from __future__ import annotations

import numpy as np
import pandas as pd


def device(**overrides: object) -> pd.Series:
    """A made-up 80 GB, 2,000 GB/s, 300 TFLOPS BF16 device at 2 USD/h."""
    row: dict[str, object] = {
        "id": "test-gpu",
        "name": "Test GPU",
        "memory_gb": 80.0,
        "memory_bandwidth_gbps": 2000.0,
        "fp16_tflops": 300.0,
        "bf16_tflops": 300.0,
        "fp8_tflops": np.nan,
        "int8_tops": np.nan,
        "cloud_usd_per_hour": 2.0,
    }
    row.update(overrides)
    return pd.Series(row)
