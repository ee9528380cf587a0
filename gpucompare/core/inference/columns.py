"""Reading catalog columns as plain arrays, tolerating absent columns (unknown values)."""

from __future__ import annotations

import numpy as np
import pandas as pd


def column(frame: pd.DataFrame, name: str) -> np.ndarray:
    """A numeric catalog column as a float copy (NaN where unknown, or if the column is absent)."""
    if name not in frame.columns:
        return np.full(len(frame), np.nan)
    return np.array(frame[name].to_numpy(dtype="float64", na_value=np.nan))


def text(frame: pd.DataFrame, name: str) -> np.ndarray:
    """A text column as an object-array copy ("" where unknown, or if the column is absent)."""
    if name not in frame.columns:
        return np.full(len(frame), "", dtype=object)
    values = np.array(frame[name].to_numpy(dtype=object), dtype=object)
    values[pd.isna(values)] = ""
    return values
