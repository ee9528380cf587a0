"""Rendering command results as an aligned table, CSV or JSON, to stdout or a file."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from gpucompare.core.atomic import atomic_write_text
from gpucompare.core.catalog.export import to_csv_text
from gpucompare.core.catalog.fields import FIELDS
from gpucompare.core.catalog.published import NOT_PUBLISHED
from gpucompare.core.formatting import MISSING, format_number

FORMATS = ("table", "csv", "json")
UNGROUPED = frozenset(f.id for f in FIELDS.values() if not f.grouping)


def render_table(
    frame: pd.DataFrame,
    headers: Sequence[str],
    not_published: Mapping[str, np.ndarray] | None = None,
) -> str:
    """Aligned plain-text table; numbers right-aligned, unknown values as an em dash.

    ``not_published`` maps a column to the rows whose empty cell nobody publishes;
    those show "n/p" instead of the dash.
    """
    numeric = [
        pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
        for c in frame.columns
    ]
    cells = [
        [_cell(v, c, is_num) for v in frame[c]]
        for c, is_num in zip(frame.columns, numeric, strict=True)
    ]
    for position, column in enumerate(frame.columns):
        mask = (not_published or {}).get(column)
        if mask is not None:
            for row in np.flatnonzero(mask):
                cells[position][row] = NOT_PUBLISHED
    widths = [max([len(h), *(len(x) for x in col)]) for h, col in zip(headers, cells, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in range(len(frame)):
        parts = [
            col[row].rjust(w) if is_num else col[row].ljust(w)
            for col, w, is_num in zip(cells, widths, numeric, strict=True)
        ]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines) + "\n"


def _cell(value: object, column: str, numeric: bool) -> str:
    if not numeric:
        return format_text(value)
    return format_number(value, grouping=column not in UNGROUPED)


def format_text(value: object) -> str:
    """A text cell for display: unknown as an em dash, booleans as yes/no."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    return str(value)


def to_json_records(frame: pd.DataFrame, headers: Sequence[str]) -> list[dict[str, object]]:
    """Rows as dicts keyed by header, with unknown values as ``None``."""
    records = []
    for row in frame.itertuples(index=False, name=None):
        records.append({h: _json_value(v) for h, v in zip(headers, row, strict=True)})
    return records


def _json_value(value: object) -> object:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()  # numpy scalar
    return value


def render(frame: pd.DataFrame, headers: Sequence[str], fmt: str) -> str:
    """The frame in format ``fmt`` (table, csv or json)."""
    if fmt == "csv":
        return to_csv_text(frame, headers)
    if fmt == "json":
        return json.dumps(to_json_records(frame, headers), ensure_ascii=False, indent=2) + "\n"
    return render_table(frame, headers)


def emit(text: str, output: str | None) -> None:
    """Print ``text``, or write it atomically to ``output``."""
    if output and output != "-":
        atomic_write_text(Path(output), text)
    else:
        sys.stdout.write(text)
