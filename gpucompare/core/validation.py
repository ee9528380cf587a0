"""Parse catalog CSV text into a typed DataFrame, checking every rule of the schema.

All checks are vectorized (one pass per column), so a 100,000-row file validates in
about the time pandas needs to read it. Every finding names file, line, column,
value and reason; a file with any finding is rejected as a whole.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from gpucompare.core.issues import CatalogError, Issue
from gpucompare.core.schema import (
    COLUMN_BY_ID,
    COLUMN_IDS,
    REQUIRED_FOR_NEW_DEVICE,
    Column,
    DType,
)

MAX_REPORTS_PER_RULE = 50
SLUG = r"[a-z0-9][a-z0-9.\-]*"
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_TRUE = frozenset({"yes", "true", "y", "1"})
_FALSE = frozenset({"no", "false", "n", "0"})
FP16_BF16_MAX_RATIO = 2.0
_RATIO_TOLERANCE = 1.01


class _Findings:
    """Collects issues, keeping at most a few per rule so huge files stay readable."""

    def __init__(self, name: str, lines: np.ndarray) -> None:
        self.name = name
        self.lines = lines
        self.issues: list[Issue] = []
        self.overflow: list[Issue] = []

    def file_level(self, reason: str, line: int | None = None) -> None:
        self.issues.append(Issue(self.name, reason, line))

    def cells(self, mask: np.ndarray, column: str, values: Iterable[str], reason: str) -> None:
        rows = np.flatnonzero(mask)
        if rows.size == 0:
            return
        values = list(values) if not isinstance(values, pd.Series) else values
        for row in rows[:MAX_REPORTS_PER_RULE]:
            value = values.iloc[row] if isinstance(values, pd.Series) else values[row]
            self.issues.append(Issue(self.name, reason, int(self.lines[row]), column, value))
        if rows.size > MAX_REPORTS_PER_RULE:
            self.overflow.append(
                Issue(
                    self.name,
                    f"... and {rows.size - MAX_REPORTS_PER_RULE} more rows with the same "
                    f"problem ({reason})",
                    column=column,
                )
            )


def parse_catalog_text(
    text: str,
    name: str,
    *,
    strict: bool = False,
    known_ids: frozenset[str] = frozenset(),
) -> pd.DataFrame:
    """Parse and validate one catalog file's text into a typed frame.

    ``strict`` (the bundled catalog) demands every schema column. Otherwise a file
    may carry a subset: ``id`` and ``sources`` always, and ``name``, ``vendor`` and
    ``kind`` for each device whose id is not in ``known_ids``.
    Raises :class:`CatalogError` listing every problem.
    """
    header, header_line = _read_header(text, name)
    findings = _Findings(name, np.empty(0, dtype=np.int64))
    _check_header(header, header_line, strict, findings)
    if findings.issues:
        raise CatalogError(findings.issues)
    raw = _read_cells(text, name, header)
    findings.lines = _record_lines(text, header_line, len(raw))
    typed = _convert_columns(raw, findings)
    _check_rows(raw, typed, known_ids, findings)
    if findings.issues:
        located = sorted(findings.issues, key=lambda issue: issue.line or 0)
        raise CatalogError(located + findings.overflow)
    return typed


def empty_frame(columns: Iterable[str] = COLUMN_IDS) -> pd.DataFrame:
    """A zero-row frame with the schema's dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=storage_dtype(COLUMN_BY_ID[c])) for c in columns})


def storage_dtype(column: Column) -> str:
    """The pandas dtype a column is stored as."""
    return {
        DType.INT: "Int64",
        DType.FLOAT: "float64",
        DType.BOOL: "boolean",
    }.get(column.dtype, "string")


def _read_header(text: str, name: str) -> tuple[list[str], int]:
    lines = text.split("\n", 64)
    for index, line in enumerate(lines[:64]):
        if line.strip():
            try:
                header = next(csv.reader([line]))
            except csv.Error as error:
                raise CatalogError(
                    [Issue(name, f"header cannot be read: {error}", index + 1)]
                ) from None
            return [cell.strip() for cell in header], index + 1
    raise CatalogError([Issue(name, "file has no header line")])


def _check_header(header: list[str], line: int, strict: bool, findings: _Findings) -> None:
    seen: set[str] = set()
    for cell in header:
        if not cell:
            findings.file_level("the header has an empty column name", line)
        elif cell in seen:
            findings.issues.append(
                Issue(findings.name, "column appears twice in the header", line, cell)
            )
        elif cell not in COLUMN_BY_ID:
            close = difflib.get_close_matches(cell.lower(), COLUMN_IDS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            findings.issues.append(Issue(findings.name, f"unknown column{hint}", line, cell))
        seen.add(cell)
    required = COLUMN_IDS if strict else ("id", "sources")
    for column in required:
        if column not in seen:
            findings.issues.append(Issue(findings.name, "required column is missing", line, column))


def _read_cells(text: str, name: str, header: list[str]) -> pd.DataFrame:
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=True,
            engine="c",
        )
    except pd.errors.ParserError as error:
        raise CatalogError([_parser_issue(str(error), name, len(header))]) from None
    except (pd.errors.EmptyDataError, csv.Error, ValueError) as error:
        raise CatalogError([Issue(name, f"not a readable CSV file: {error}")]) from None
    if frame.empty:
        raise CatalogError([Issue(name, "the file has a header but no device rows")])
    frame.columns = header
    return frame.apply(lambda column: column.str.strip())


def _parser_issue(message: str, name: str, expected: int) -> Issue:
    found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if found:
        line, saw = int(found.group(2)), int(found.group(3))
        return Issue(
            name,
            f"row has {saw} cells but the header has {expected} "
            "(an unquoted comma in a value? quote cells that contain commas)",
            line,
        )
    if "EOF inside string" in message:
        found = re.search(r"starting at row (\d+)", message)
        line = int(found.group(1)) + 1 if found else None
        return Issue(name, 'a quoted cell is never closed (unbalanced " quote)', line)
    return Issue(name, f"not a readable CSV file: {message.splitlines()[-1]}")


def _record_lines(text: str, header_line: int, records: int) -> np.ndarray:
    """1-based line of each data record; exact even with quoted newlines or blank lines."""
    body_lines = text.count("\n") + (0 if text.endswith("\n") else 1) - header_line
    if body_lines == records and "\n\n" not in text:
        return np.arange(header_line + 1, header_line + 1 + records, dtype=np.int64)
    reader = csv.reader(io.StringIO(text))
    starts: list[int] = []
    previous_end = 0
    for row in reader:
        start = previous_end + 1
        previous_end = reader.line_num
        if any(cell.strip() for cell in row):
            starts.append(start)
    lines = np.asarray(starts[1:], dtype=np.int64)
    return (
        lines[:records]
        if lines.size >= records
        else np.arange(header_line + 1, header_line + 1 + records, dtype=np.int64)
    )


def _convert_columns(raw: pd.DataFrame, findings: _Findings) -> pd.DataFrame:
    typed: dict[str, pd.Series] = {}
    for column_id in raw.columns:
        column = COLUMN_BY_ID[column_id]
        typed[column_id] = _CONVERTERS[column.dtype](raw[column_id], column, findings)
    return pd.DataFrame(typed)


def _convert_text(cells: pd.Series, column: Column, findings: _Findings) -> pd.Series:
    result = cells.astype("string").replace("", pd.NA)
    if column.id == "id":
        bad = ~cells.str.fullmatch(SLUG) & (cells != "")
        findings.cells(
            bad.to_numpy(),
            column.id,
            cells,
            "an id is lower-case letters, digits, dots and hyphens, e.g. nvidia-h100-sxm5-80gb",
        )
    return result


def _convert_choice(cells: pd.Series, column: Column, findings: _Findings) -> pd.Series:
    canonical = {choice.lower(): choice for choice in column.choices}
    mapped = cells.str.lower().map(canonical)
    bad = mapped.isna() & (cells != "")
    findings.cells(bad.to_numpy(), column.id, cells, f"must be one of {', '.join(column.choices)}")
    return mapped.astype("string")


def _convert_number(cells: pd.Series, column: Column, findings: _Findings) -> pd.Series:
    present = (cells != "").to_numpy()
    values = pd.to_numeric(cells, errors="coerce").astype("float64").to_numpy()
    lowered = cells.str.lower()
    spelled_special = lowered.isin(("nan", "inf", "+inf", "-inf", "infinity", "-infinity"))
    special = present & (spelled_special.to_numpy() | np.isinf(values))
    not_number = present & np.isnan(values) & ~special
    findings.cells(
        not_number, column.id, cells, "not a number (write plain digits, e.g. 80 or 3350.5)"
    )
    findings.cells(
        special, column.id, cells, "NaN or infinity is not allowed; leave the cell empty if unknown"
    )
    values = np.where(special, np.nan, values)
    with np.errstate(invalid="ignore"):
        findings.cells(values < 0, column.id, cells, "must not be negative")
        if column.minimum is not None and column.minimum > 0:
            findings.cells(
                values < column.minimum, column.id, cells, f"implausible: below {column.minimum:g}"
            )
        if column.maximum is not None:
            unit = f" {column.unit}" if column.unit else ""
            findings.cells(
                values > column.maximum,
                column.id,
                cells,
                f"implausible for one device: over {column.maximum:,.0f}{unit}",
            )
    if column.dtype is DType.INT:
        fractional = np.isfinite(values) & (np.floor(values) != values)
        findings.cells(fractional, column.id, cells, "must be a whole number")
        whole = np.isfinite(values) & (np.abs(values) < 2.0**53) & ~fractional
        return pd.Series(np.where(whole, values, np.nan), index=cells.index).astype("Int64")
    return pd.Series(values, index=cells.index, dtype="float64")


def _convert_bool(cells: pd.Series, column: Column, findings: _Findings) -> pd.Series:
    lowered = cells.str.lower()
    is_true, is_false = lowered.isin(_TRUE), lowered.isin(_FALSE)
    bad = (cells != "") & ~is_true & ~is_false
    findings.cells(bad.to_numpy(), column.id, cells, "must be yes or no (or empty if unknown)")
    result = pd.Series(pd.NA, index=cells.index, dtype="boolean")
    result[is_true] = True
    result[is_false] = False
    return result


def _convert_date(cells: pd.Series, column: Column, findings: _Findings) -> pd.Series:
    bad = (cells != "") & ~cells.str.match(_DATE)
    findings.cells(
        bad.to_numpy(), column.id, cells, "must be a date like 2024-03-18, 2024-03 or 2024"
    )
    return cells.astype("string").replace("", pd.NA)


def _convert_urls(cells: pd.Series, column: Column, findings: _Findings) -> pd.Series:
    nonempty = cells != ""
    tokens = cells[nonempty].str.split()
    exploded = tokens.explode()
    bad_token = ~exploded.str.match(r"^https?://[^\s/$.?#][^\s]*$", case=False)
    bad_rows = bad_token.groupby(level=0).any()
    mask = pd.Series(False, index=cells.index)
    mask.loc[bad_rows.index] = bad_rows.to_numpy(dtype=bool)
    findings.cells(
        mask.to_numpy(),
        column.id,
        cells,
        "every source must be an http:// or https:// URL (separate several with spaces)",
    )
    return cells.astype("string").replace("", pd.NA)


_CONVERTERS = {
    DType.TEXT: _convert_text,
    DType.CHOICE: _convert_choice,
    DType.INT: _convert_number,
    DType.FLOAT: _convert_number,
    DType.BOOL: _convert_bool,
    DType.DATE: _convert_date,
    DType.URLS: _convert_urls,
}


def _check_rows(
    raw: pd.DataFrame, typed: pd.DataFrame, known_ids: frozenset[str], findings: _Findings
) -> None:
    ids = raw["id"]
    findings.cells((ids == "").to_numpy(), "id", ids, "every row needs an id")
    duplicated = ids.duplicated(keep=False) & (ids != "")
    if duplicated.any():
        first_line = {}
        for row in np.flatnonzero(duplicated.to_numpy()):
            first_line.setdefault(ids.iloc[row], int(findings.lines[row]))
        repeat = ids.duplicated(keep="first") & (ids != "")
        for row in np.flatnonzero(repeat.to_numpy())[:MAX_REPORTS_PER_RULE]:
            findings.issues.append(
                Issue(
                    findings.name,
                    f"duplicate id (first used on line {first_line[ids.iloc[row]]})",
                    int(findings.lines[row]),
                    "id",
                    ids.iloc[row],
                )
            )
    new_device = ~ids.isin(known_ids)
    for column in REQUIRED_FOR_NEW_DEVICE[1:]:
        if column == "sources":
            continue
        if column not in raw.columns:
            if new_device.any():
                findings.cells(
                    new_device.to_numpy(), column, ids, f"a new device needs the {column} column"
                )
            continue
        findings.cells(
            (new_device & (raw[column] == "")).to_numpy(),
            column,
            ids,
            f"a new device needs a {column}",
        )
    findings.cells(
        (raw["sources"] == "").to_numpy(),
        "sources",
        ids,
        "every row needs at least one http(s) source for its values",
    )
    _check_contradictions(typed, findings)


def _pair_values(first: np.ndarray, second: np.ndarray, mask: np.ndarray, sep: str) -> list[str]:
    return [
        f"{a:g} {sep} {b:g}" if hit else "" for a, b, hit in zip(first, second, mask, strict=True)
    ]


def _check_contradictions(typed: pd.DataFrame, findings: _Findings) -> None:
    if {"fp8_tflops", "fp16_tflops"} <= set(typed.columns):
        fp8, fp16 = typed["fp8_tflops"].to_numpy(), typed["fp16_tflops"].to_numpy()
        with np.errstate(invalid="ignore"):
            below = fp8 < fp16
            findings.cells(
                below,
                "fp8_tflops",
                _pair_values(fp8, fp16, below, "<"),
                "FP8 dense is below FP16 dense on the same device: one of them is wrong "
                "(a sparse figure, or a per-board total?)",
            )
    if {"bf16_tflops", "fp16_tflops"} <= set(typed.columns):
        bf16, fp16 = typed["bf16_tflops"].to_numpy(), typed["fp16_tflops"].to_numpy()
        with np.errstate(invalid="ignore", divide="ignore"):
            apart = np.maximum(bf16, fp16) / np.minimum(bf16, fp16) > (
                FP16_BF16_MAX_RATIO * _RATIO_TOLERANCE
            )
            findings.cells(
                apart,
                "bf16_tflops",
                _pair_values(bf16, fp16, apart, "vs FP16"),
                f"BF16 and FP16 dense differ by more than {FP16_BF16_MAX_RATIO:g}x on one device: "
                "is one of them sparse or vector-only?",
            )
