"""Parse catalog CSV text into a typed DataFrame, checking every rule of the schema.

All checks are vectorized: a column is checked once per distinct value (a big price
list repeats its kinds, dates, sources and prices thousands of times) and the verdicts
are spread back over the rows with numpy, so a 100,000-row file validates in a small
multiple of the time pandas needs to read it. Every finding names file, line, column,
value and reason; a file with any finding is rejected as a whole.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Callable, Sequence
from functools import cached_property

import numpy as np
import pandas as pd

from gpucompare.core.catalog.schema import (
    COLUMN_BY_ID,
    COLUMN_IDS,
    COLUMNS,
    FILE_COLUMN_IDS,
    NOT_PUBLISHED_PRICES,
    REQUIRED_FOR_NEW_DEVICE,
    Column,
    DType,
)
from gpucompare.core.issues import CatalogError, Issue, one_of, unknown_column
from gpucompare.core.messages import Message

MAX_REPORTS_PER_RULE = 50
SLUG = r"[a-z0-9][a-z0-9.\-]*"
_SLUG = re.compile(SLUG)
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_URL = r"https?://[^\s/$.?#]\S*"
_URLS = re.compile(rf"{_URL}(?:\s+{_URL})*", re.IGNORECASE)  # whitespace-separated URLs
_TRUE = frozenset({"yes", "true", "y", "1"})
_FALSE = frozenset({"no", "false", "n", "0"})
_SPELLED_SPECIAL = frozenset({"nan", "inf", "+inf", "-inf", "infinity", "-infinity"})
FP16_BF16_MAX_RATIO = 2.0
_RATIO_TOLERANCE = 1.01
_HEADER_SEARCH_LINES = 64


class _Findings:
    """Collects issues, keeping at most a few per rule so huge files stay readable.

    Record line numbers are worked out only when a finding needs them.
    """

    def __init__(self, name: str, locate: Callable[[], np.ndarray]) -> None:
        self.name = name
        self._locate = locate
        self.issues: list[Issue] = []
        self.overflow: list[Issue] = []

    @cached_property
    def lines(self) -> np.ndarray:
        """1-based file line of each record."""
        return self._locate()

    def file_level(self, reason: str, line: int | None = None) -> None:
        self.issues.append(Issue(self.name, reason, line))

    def cells(
        self, mask: np.ndarray, column: str, values: Sequence[str] | None, reason: str
    ) -> None:
        """One issue per flagged row; ``values`` None for a cell that is empty or absent."""
        rows = np.flatnonzero(mask)
        if rows.size == 0:
            return
        for row in rows[:MAX_REPORTS_PER_RULE]:
            value = None if values is None else values[row]
            self.issues.append(Issue(self.name, reason, int(self.lines[row]), column, value))
        if rows.size > MAX_REPORTS_PER_RULE:
            self.overflow.append(
                Issue(
                    self.name,
                    Message(
                        "... and {count} more rows with the same problem ({reason})",
                        count=f"{rows.size - MAX_REPORTS_PER_RULE}",
                        reason=reason,
                    ),
                    column=column,
                )
            )


def parse_catalog_text(
    text: str,
    name: str,
    *,
    strict: bool = False,
    known_ids: frozenset[str] = frozenset(),
    encoded: bytes | None = None,
) -> pd.DataFrame:
    """Parse and validate one catalog file's text into a typed frame.

    ``strict`` (the bundled catalog) demands every schema column. Otherwise a file
    may carry a subset: ``id`` and ``sources`` always, and ``name``, ``vendor`` and
    ``kind`` for each device whose id is not in ``known_ids``. ``encoded`` is the
    file's UTF-8 bytes when the caller has them (a BOM and CRLF line ends are fine):
    the CSV parser reads bytes about twice as fast as text.
    Raises :class:`CatalogError` listing every problem.
    """
    header, header_line = _read_header(text, name)
    header_findings = _Findings(name, lambda: np.empty(0, dtype=np.int64))
    _check_header(header, header_line, strict, header_findings)
    if header_findings.issues:
        raise CatalogError(header_findings.issues)
    raw = _read_cells(text.encode("utf-8") if encoded is None else encoded, name, header)
    records = len(raw["id"].rows)
    findings = _Findings(name, lambda: _record_lines(text, header_line, records))
    typed = _convert_columns(raw, findings)
    _check_rows(raw, typed, known_ids, findings)
    if findings.issues:
        located = sorted(findings.issues, key=lambda issue: issue.line or 0)
        raise CatalogError(located + findings.overflow)
    return typed


def storage_dtype(column: Column) -> str:
    """The pandas dtype a column is stored as."""
    return {
        DType.INT: "Int64",
        DType.FLOAT: "float64",
        DType.BOOL: "boolean",
    }.get(column.dtype, "string")


def _read_header(text: str, name: str) -> tuple[list[str], int]:
    start = 0
    for index in range(_HEADER_SEARCH_LINES):
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        if line.strip():
            try:
                header = next(csv.reader([line]))
            except csv.Error as error:
                raise CatalogError(
                    [
                        Issue(
                            name,
                            Message("header cannot be read: {error}", error=str(error)),
                            index + 1,
                        )
                    ]
                ) from None
            return [cell.strip() for cell in header], index + 1
        if end < 0:
            break
        start = end + 1
    raise CatalogError([Issue(name, Message("file has no header line"))])


def _check_header(header: list[str], line: int, strict: bool, findings: _Findings) -> None:
    seen: set[str] = set()
    for cell in header:
        if not cell:
            findings.file_level(Message("the header has an empty column name"), line)
        elif cell in seen:
            findings.issues.append(
                Issue(findings.name, Message("column appears twice in the header"), line, cell)
            )
        elif cell not in COLUMN_BY_ID:
            close = difflib.get_close_matches(cell.lower(), COLUMN_IDS, n=1)
            findings.issues.append(Issue(findings.name, unknown_column(close), line, cell))
        seen.add(cell)
    required = FILE_COLUMN_IDS if strict else ("id", "sources")
    for column in required:
        if column not in seen:
            findings.issues.append(
                Issue(findings.name, Message("required column is missing"), line, column)
            )


def _read_cells(data: bytes, name: str, header: list[str]) -> dict[str, _Cells]:
    try:
        frame = pd.read_csv(
            io.BytesIO(data),
            dtype=object,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=True,
            engine="c",
        )
    except pd.errors.ParserError as error:
        raise CatalogError([_parser_issue(str(error), name, len(header))]) from None
    except (pd.errors.EmptyDataError, csv.Error, ValueError) as error:
        raise CatalogError([Issue(name, _unreadable(str(error)))]) from None
    if frame.empty:
        raise CatalogError([Issue(name, Message("the file has a header but no device rows"))])
    return {
        column: _Cells.of(frame.iloc[:, position].to_numpy(), COLUMN_BY_ID[column].dtype)
        for position, column in enumerate(header)
    }


def _parser_issue(message: str, name: str, expected: int) -> Issue:
    found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if found:
        line, saw = int(found.group(2)), int(found.group(3))
        return Issue(
            name,
            Message(
                "row has {saw} cells but the header has {expected} "
                "(an unquoted comma in a value? quote cells that contain commas)",
                saw=f"{saw}",
                expected=f"{expected}",
            ),
            line,
        )
    if "EOF inside string" in message:
        found = re.search(r"starting at row (\d+)", message)
        line = int(found.group(1)) + 1 if found else None
        return Issue(name, Message('a quoted cell is never closed (unbalanced " quote)'), line)
    return Issue(name, _unreadable(message.splitlines()[-1]))


def _unreadable(error: str) -> Message:
    return Message("not a readable CSV file: {error}", error=error)


def _record_lines(text: str, header_line: int, records: int) -> np.ndarray:
    """1-based line of each data record; exact even with quoted newlines or blank lines."""
    body_lines = text.count("\n") + (0 if text.endswith("\n") else 1) - header_line
    # Blank lines and quoted line breaks only ever make fewer records than lines, so
    # equal counts mean one record per line, unless a lone CR ends a record too.
    if body_lines == records and "\r" not in text:
        return np.arange(header_line + 1, header_line + 1 + records, dtype=np.int64)
    reader = csv.reader(io.StringIO(text, newline=""))
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


class _Cells:
    """One column's cells, stripped, held as distinct values and each row's code.

    Checks run once per distinct value, and :meth:`spread` carries each verdict back
    to the rows. Free-text columns, which nothing checks, keep one value per row.
    """

    def __init__(self, distinct: np.ndarray, codes: np.ndarray | None) -> None:
        self.distinct = distinct
        self.codes = codes

    @classmethod
    def of(cls, cells: np.ndarray, dtype: DType) -> _Cells:
        """The column's cells as parsed (strings, surrounding spaces included)."""
        codes = None
        if dtype is DType.URLS:
            # Long strings: Python's cached str hashes beat pandas re-hashing every byte.
            index: dict[str, int] = {}
            codes = np.fromiter(
                (index.setdefault(cell, len(index)) for cell in cells), np.intp, len(cells)
            )
            cells = np.array(list(index), dtype=object)
        elif dtype is not DType.TEXT:
            codes, cells = pd.factorize(cells)
        return cls(np.array([cell.strip() for cell in cells], dtype=object), codes)

    def spread(self, verdict: np.ndarray) -> np.ndarray:
        """Per-distinct-value ``verdict`` as one entry per row."""
        return verdict if self.codes is None else verdict[self.codes]

    @cached_property
    def rows(self) -> np.ndarray:
        """The stripped text of every row."""
        return self.spread(self.distinct)

    def each(self, test: Callable[[str], bool]) -> np.ndarray:
        """``test`` on every distinct value, as a boolean array."""
        return np.fromiter(map(test, self.distinct), dtype=bool, count=len(self.distinct))

    def strings(self) -> pd.Series:
        """A nullable string column; an empty cell is <NA>."""
        values = self.distinct.copy()
        values[self.distinct == ""] = None
        return pd.Series(pd.array(self.spread(values), dtype="string"))


def _convert_columns(raw: dict[str, _Cells], findings: _Findings) -> pd.DataFrame:
    typed: dict[str, pd.Series] = {}
    for column_id, cells in raw.items():
        column = COLUMN_BY_ID[column_id]
        typed[column_id] = _CONVERTERS[column.dtype](cells, column, findings)
    return pd.DataFrame(typed)


def _report(
    findings: _Findings, cells: _Cells, bad: np.ndarray, column: Column, reason: str
) -> None:
    """Report the rows whose distinct value is ``bad``."""
    if bad.any():
        findings.cells(cells.spread(bad), column.id, cells.rows, reason)


def _convert_text(cells: _Cells, column: Column, findings: _Findings) -> pd.Series:
    if column.id == "id":
        bad = cells.each(lambda cell: cell != "" and _SLUG.fullmatch(cell) is None)
        _report(
            findings,
            cells,
            bad,
            column,
            Message(
                "an id is lower-case letters, digits, dots and hyphens, e.g. nvidia-h100-sxm5-80gb"
            ),
        )
    return cells.strings()


def _convert_choice(cells: _Cells, column: Column, findings: _Findings) -> pd.Series:
    canonical = {choice.lower(): choice for choice in column.choices}
    mapped = np.array([canonical.get(value.lower()) for value in cells.distinct], dtype=object)
    bad = pd.isna(mapped) & (cells.distinct != "")
    _report(findings, cells, bad, column, one_of(column.choices))
    return pd.Series(pd.array(cells.spread(mapped), dtype="string"))


def _convert_number(cells: _Cells, column: Column, findings: _Findings) -> pd.Series:
    present = cells.distinct != ""
    parsed = pd.to_numeric(pd.Series(cells.distinct, dtype=object), errors="coerce")
    values = parsed.astype("float64").to_numpy()
    unparsed = present & ~np.isfinite(values)  # only these can be a spelled NaN or infinity
    spelled = np.array([value.lower() in _SPELLED_SPECIAL for value in cells.distinct[unparsed]])
    special = present & np.isinf(values)
    special[unparsed] |= spelled.astype(bool)
    not_number = present & np.isnan(values) & ~special
    _report(
        findings,
        cells,
        not_number,
        column,
        Message("not a number (write plain digits, e.g. 80 or 3350.5)"),
    )
    _report(
        findings,
        cells,
        special,
        column,
        Message("NaN or infinity is not allowed; leave the cell empty if unknown"),
    )
    values = np.where(special, np.nan, values)
    with np.errstate(invalid="ignore"):
        _report(findings, cells, values < 0, column, Message("must not be negative"))
        if column.minimum is not None and column.minimum > 0:
            _report(
                findings,
                cells,
                values < column.minimum,
                column,
                Message("implausible: below {minimum}", minimum=f"{column.minimum:g}"),
            )
        if column.maximum is not None:
            unit = f" {column.unit}" if column.unit else ""
            _report(
                findings,
                cells,
                values > column.maximum,
                column,
                Message(
                    "implausible for one device: over {maximum}{unit}",
                    maximum=f"{column.maximum:,.0f}",
                    unit=unit,
                ),
            )
    if column.dtype is DType.INT:
        fractional = np.isfinite(values) & (np.floor(values) != values)
        _report(findings, cells, fractional, column, Message("must be a whole number"))
        whole = np.isfinite(values) & (np.abs(values) < 2.0**53) & ~fractional
        return pd.Series(cells.spread(np.where(whole, values, np.nan))).astype("Int64")
    return pd.Series(cells.spread(values), dtype="float64")


def _convert_bool(cells: _Cells, column: Column, findings: _Findings) -> pd.Series:
    is_true = cells.each(lambda value: value.lower() in _TRUE)
    is_false = cells.each(lambda value: value.lower() in _FALSE)
    bad = (cells.distinct != "") & ~is_true & ~is_false
    _report(findings, cells, bad, column, Message("must be yes or no (or empty if unknown)"))
    unknown = cells.spread(~(is_true | is_false))
    return pd.Series(pd.arrays.BooleanArray(cells.spread(is_true), unknown))


def _convert_date(cells: _Cells, column: Column, findings: _Findings) -> pd.Series:
    bad = cells.each(lambda value: value != "" and _DATE.match(value) is None)
    _report(
        findings, cells, bad, column, Message("must be a date like 2024-03-18, 2024-03 or 2024")
    )
    return cells.strings()


def _convert_urls(cells: _Cells, column: Column, findings: _Findings) -> pd.Series:
    bad = cells.each(lambda value: value != "" and _URLS.fullmatch(value) is None)
    _report(
        findings,
        cells,
        bad,
        column,
        Message("every source must be an http:// or https:// URL (separate several with spaces)"),
    )
    return cells.strings()


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
    raw: dict[str, _Cells], typed: pd.DataFrame, known_ids: frozenset[str], findings: _Findings
) -> None:
    ids = raw["id"].rows
    empty_id = ids == ""
    findings.cells(empty_id, "id", ids, Message("every row needs an id"))
    id_series = pd.Series(ids)
    duplicated = id_series.duplicated(keep=False).to_numpy() & ~empty_id
    if duplicated.any():
        first_line = {}
        for row in np.flatnonzero(duplicated):
            first_line.setdefault(ids[row], int(findings.lines[row]))
        repeat = id_series.duplicated(keep="first").to_numpy() & ~empty_id
        for row in np.flatnonzero(repeat)[:MAX_REPORTS_PER_RULE]:
            findings.issues.append(
                Issue(
                    findings.name,
                    Message(
                        "duplicate id (first used on line {line})",
                        line=f"{first_line[ids[row]]}",
                    ),
                    int(findings.lines[row]),
                    "id",
                    ids[row],
                )
            )
    new_device = ~id_series.isin(known_ids).to_numpy()
    for column in REQUIRED_FOR_NEW_DEVICE[1:]:
        if column == "sources":
            continue
        if column not in raw:
            if new_device.any():
                findings.cells(
                    new_device,
                    column,
                    None,
                    Message("a new device needs the {column} column", column=column),
                )
            continue
        empty = raw[column].spread(raw[column].distinct == "")
        findings.cells(
            new_device & empty,
            column,
            None,
            Message("a new device needs a {column}", column=column),
        )
    findings.cells(
        raw["sources"].spread(raw["sources"].distinct == ""),
        "sources",
        None,
        Message("every row needs at least one http(s) source for its values"),
    )
    _check_contradictions(typed, findings)
    if "not_published" in typed.columns:
        _check_not_published(typed, findings)


# The price column a not-sold / not-rented token contradicts when the row fills it.
_PRICE_TOKEN_COLUMNS = {"purchase_price": "launch_price_usd", "cloud_price": "cloud_usd_per_hour"}
# Columns whose value a row may declare as not published by anybody.
NOT_PUBLISHABLE = frozenset(c.id for c in COLUMNS if c.numeric or c.id in ("memory_type",)) - {
    c.id for c in COLUMNS if c.derived
}


def _check_not_published(typed: pd.DataFrame, findings: _Findings) -> None:
    """``not_published`` names known columns, and none that the row fills."""
    codes, distinct = pd.factorize(typed["not_published"].fillna(""))
    token_sets = [set(str(value).split()) for value in distinct]
    tokens = sorted(set().union(*token_sets)) if token_sets else []
    for token in tokens:
        listed = np.array([token in found for found in token_sets], dtype=bool)[codes]
        listed &= codes >= 0
        values = np.full(len(codes), token, dtype=object)
        filled_column = _PRICE_TOKEN_COLUMNS.get(token, token)
        if token not in NOT_PUBLISHABLE and token not in NOT_PUBLISHED_PRICES:
            choices = sorted(NOT_PUBLISHABLE | set(NOT_PUBLISHED_PRICES))
            close = difflib.get_close_matches(token, choices, n=1)
            hint = Message("did you mean {name}? ", name=repr(close[0])) if close else ""
            findings.cells(
                listed,
                "not_published",
                values,
                Message(
                    "not a column that can be 'not published' ({hint}a numeric column, "
                    "memory_type, purchase_price or cloud_price)",
                    hint=hint,
                ),
            )
        elif filled_column in typed.columns:
            filled = listed & typed[filled_column].notna().to_numpy()
            findings.cells(
                filled,
                "not_published",
                values,
                Message(
                    "the row gives {column} yet lists it as not published", column=filled_column
                ),
            )


def _pair_values(first: np.ndarray, second: np.ndarray, mask: np.ndarray, sep: str) -> np.ndarray:
    """``"a sep b"`` at the first reported rows of ``mask`` (the only ones shown)."""
    values = np.full(len(mask), "", dtype=object)
    for row in np.flatnonzero(mask)[:MAX_REPORTS_PER_RULE]:
        values[row] = f"{first[row]:g} {sep} {second[row]:g}"
    return values


def _check_contradictions(typed: pd.DataFrame, findings: _Findings) -> None:
    if {"fp8_tflops", "fp16_tflops"} <= set(typed.columns):
        fp8, fp16 = typed["fp8_tflops"].to_numpy(), typed["fp16_tflops"].to_numpy()
        with np.errstate(invalid="ignore"):
            below = fp8 < fp16
            findings.cells(
                below,
                "fp8_tflops",
                _pair_values(fp8, fp16, below, "<"),
                Message(
                    "FP8 dense is below FP16 dense on the same device: one of them is wrong "
                    "(a sparse figure, or a per-board total?)"
                ),
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
                Message(
                    "BF16 and FP16 dense differ by more than {ratio}x on one device: "
                    "is one of them sparse or vector-only?",
                    ratio=f"{FP16_BF16_MAX_RATIO:g}",
                ),
            )
