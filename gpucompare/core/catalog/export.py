"""CSV export that is safe to open in Excel or LibreOffice and written atomically."""

from __future__ import annotations

import codecs
import io
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from gpucompare.core.atomic import atomic_write_bytes

# A spreadsheet treats a text cell starting with these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _safe_text_column(values: pd.Series) -> pd.Series:
    text = values.astype("string")
    risky = text.str.startswith(FORMULA_PREFIXES).fillna(False)
    if risky.any():
        text = text.where(~risky, "'" + text)
    return text


def to_csv_text(frame: pd.DataFrame, headers: Sequence[str] | None = None) -> str:
    """The frame as CSV text: text cells neutralised, numbers as numbers, empty for unknown."""
    safe = {}
    for name in frame.columns:
        values = frame[name]
        if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
            safe[name] = values
        elif pd.api.types.is_bool_dtype(values):
            safe[name] = values.map({True: "yes", False: "no"}, na_action="ignore")
        else:
            safe[name] = _safe_text_column(values)
    out = pd.DataFrame(safe, index=frame.index)
    if headers is not None:
        out.columns = [neutralise(h) for h in headers]
    buffer = io.StringIO()
    out.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def write_csv(
    path: Path | str,
    frame: pd.DataFrame,
    headers: Sequence[str] | None = None,
    *,
    bom: bool = False,
) -> None:
    """Write ``frame`` as safe CSV to ``path`` atomically; ``bom`` helps Excel read UTF-8."""
    data = to_csv_text(frame, headers).encode("utf-8")
    atomic_write_bytes(path, (codecs.BOM_UTF8 + data) if bom else data)
