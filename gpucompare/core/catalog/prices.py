"""The prices table: one row per observed price, read, validated and merged.

``catalog/prices.csv`` (and a user's prices file) holds purchase prices (MSRP, street,
a named estimate) and cloud prices (on-demand, spot, reserved) in the currency they
were quoted in, per device or per device-hour or per instance-hour. The price policy
(:mod:`gpucompare.core.catalog.price_policy`) turns them into the one purchase and one
cloud price per device that tables, charts and calculators use.
"""

from __future__ import annotations

import csv
import difflib
import io
import math
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from gpucompare import paths
from gpucompare.core.catalog.reading import decode_catalog_bytes, read_catalog_bytes
from gpucompare.core.issues import CatalogError, Issue, one_of, unknown_column
from gpucompare.core.messages import Message

PRICE_COLUMNS: tuple[str, ...] = (
    "device_id",
    "price_kind",
    "provider",
    "region",
    "currency",
    "amount",
    "amount_low",
    "amount_high",
    "unit",
    "instance",
    "instance_devices",
    "date",
    "source",
    "note",
)
REQUIRED_PRICE_COLUMNS: tuple[str, ...] = (
    "device_id",
    "price_kind",
    "currency",
    "amount",
    "unit",
    "date",
    "source",
)
PURCHASE_KINDS: tuple[str, ...] = ("msrp", "street", "estimate")
CLOUD_KINDS: tuple[str, ...] = (
    "cloud_on_demand",
    "cloud_spot",
    "cloud_reserved_1y",
    "cloud_reserved_3y",
)
PRICE_ROW_KINDS: tuple[str, ...] = PURCHASE_KINDS + CLOUD_KINDS
UNITS: tuple[str, ...] = ("device", "device_hour", "instance_hour")
# ISO 4217 codes a price may be quoted in; converting one needs a rate in the rates file.
CURRENCY_CODES: frozenset[str] = frozenset(
    [
        "USD",
        "CNY",
        "EUR",
        "GBP",
        "JPY",
        "KRW",
        "TWD",
        "HKD",
        "INR",
        "SGD",
        "CAD",
        "AUD",
        "CHF",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "BRL",
        "RUB",
        "AED",
        "SAR",
        "ILS",
        "MYR",
        "THB",
        "IDR",
        "VND",
        "PHP",
        "MXN",
        "ZAR",
        "TRY",
        "NZD",
        "CZK",
        "HUF",
    ]
)
# Far above any real price: a purchase of one device, an hour of one instance.
MAX_PURCHASE = 1e9
MAX_HOURLY = 1e5
MAX_INSTANCE_DEVICES = 100_000
MAX_ISSUES = 200

_DATE = re.compile(r"^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")


def is_prices_header(text: str) -> bool:
    """True when a CSV's first line is a prices table's header (not a device file's).

    Either of ``device_id`` or ``price_kind`` tells it (no device file has them), so a
    prices file that lacks one is still read as prices and told what it misses.
    """
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        names = {cell.strip() for cell in next(csv.reader([first]), [])}
    except csv.Error:
        return False
    return bool({"device_id", "price_kind"} & names)


def empty_prices() -> pd.DataFrame:
    """A prices frame with no rows."""
    return _typed(pd.DataFrame({c: pd.Series(dtype="string") for c in PRICE_COLUMNS}))


def load_prices_file(path: Path | str, known_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """Read and validate one prices CSV; raise :class:`CatalogError` with every problem."""
    path = Path(path)
    text = decode_catalog_bytes(read_catalog_bytes(path), str(path))
    return parse_prices_text(text, str(path), known_ids)


def load_bundled_prices(known_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """The bundled prices table (empty if the file is absent)."""
    path = paths.bundled_prices_file()
    if not path.exists():
        return empty_prices()
    return load_prices_file(path, known_ids)


def merge_prices(base: pd.DataFrame, extra: pd.DataFrame) -> pd.DataFrame:
    """``base`` with ``extra``'s rows after it (a user's observations add to the bundled ones)."""
    return pd.concat([base, extra], ignore_index=True)


def parse_prices_text(text: str, name: str, known_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """Validate a prices table's text; every problem names its line, column and value."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise CatalogError(
            [Issue(name, Message("file is empty; expected a CSV header line"))]
        ) from None
    issues = _header_issues(header, name)
    if issues:
        raise CatalogError(issues)
    known = None if known_ids is None else frozenset(known_ids)
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            line = reader.line_num
            if len(cells) != len(header):
                issues.append(
                    Issue(
                        name,
                        Message(
                            "expected {expected} cells, found {found}",
                            expected=f"{len(header)}",
                            found=f"{len(cells)}",
                        ),
                        line,
                    )
                )
                continue
            row = {key: cell.strip() for key, cell in zip(header, cells, strict=True)}
            issues.extend(_row_issues(row, name, line, known))
            rows.append(row)
            lines.append(line)
    except csv.Error as error:
        issues.append(
            Issue(
                name, Message("the CSV cannot be read: {error}", error=str(error)), reader.line_num
            )
        )
    if issues:
        hidden = len(issues) - MAX_ISSUES
        shown = issues[:MAX_ISSUES]
        if hidden > 0:
            shown.append(Issue(name, Message("... and {count} more problems", count=f"{hidden}")))
        raise CatalogError(shown)
    frame = pd.DataFrame(rows, columns=list(header)).reindex(
        columns=list(PRICE_COLUMNS), fill_value=""
    )
    frame["line"] = lines
    frame["file"] = name
    return _typed(frame)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for column in ("amount", "amount_low", "amount_high", "instance_devices"):
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce").astype(
            "float64"
        )
    for column in PRICE_COLUMNS:
        if frame[column].dtype != "float64":
            frame[column] = frame[column].astype("string").fillna("")
    if "line" not in frame:
        frame["line"] = pd.Series(dtype="Int64")
        frame["file"] = pd.Series(dtype="string")
    return frame


def _header_issues(header: list[str], name: str) -> list[Issue]:
    issues = []
    seen: set[str] = set()
    for cell in header:
        if cell in seen:
            issues.append(Issue(name, Message("column appears twice in the header"), 1, cell))
        elif cell not in PRICE_COLUMNS:
            close = difflib.get_close_matches(cell.lower(), PRICE_COLUMNS, n=1)
            issues.append(Issue(name, unknown_column(close), 1, cell))
        seen.add(cell)
    issues.extend(
        Issue(name, Message("required column is missing"), 1, column)
        for column in REQUIRED_PRICE_COLUMNS
        if column not in seen
    )
    return issues


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _row_issues(
    row: dict[str, str], name: str, line: int, known: frozenset[str] | None
) -> list[Issue]:
    issues: list[Issue] = []

    def bad(column: str, reason: str) -> None:
        issues.append(Issue(name, reason, line, column, row.get(column, "")))

    device = row.get("device_id", "")
    if not device:
        bad("device_id", Message("every price needs the id of its device"))
    elif not _SLUG.match(device):
        bad("device_id", Message("must be a device id: lower-case letters, digits and hyphens"))
    elif known is not None and device not in known:
        close = difflib.get_close_matches(device, known, n=1)
        bad(
            "device_id",
            Message("no device has this id; did you mean {name}?", name=repr(close[0]))
            if close
            else Message("no device has this id"),
        )
    kind = row.get("price_kind", "")
    if kind not in PRICE_ROW_KINDS:
        bad("price_kind", one_of(PRICE_ROW_KINDS))
    currency = row.get("currency", "")
    if currency not in CURRENCY_CODES:
        bad("currency", Message("must be an ISO 4217 currency code such as USD, CNY or EUR"))
    unit = row.get("unit", "")
    if unit not in UNITS:
        bad("unit", one_of(UNITS))
    elif kind in PURCHASE_KINDS and unit != "device":
        bad("unit", Message("a purchase price is per device"))
    elif kind in CLOUD_KINDS and unit == "device":
        bad("unit", Message("a cloud price is per device_hour or per instance_hour"))
    if kind in CLOUD_KINDS and not row.get("provider", ""):
        bad("provider", Message("a cloud price needs its provider"))
    issues.extend(_amount_issues(row, name, line, kind))
    instance_devices = row.get("instance_devices", "")
    if instance_devices:
        count = _number(instance_devices)
        if count is None or not 0 < count <= MAX_INSTANCE_DEVICES:
            bad(
                "instance_devices",
                Message(
                    "must be the devices in the instance, above 0 and up to {limit} "
                    "(0.5 for half a device)",
                    limit=f"{MAX_INSTANCE_DEVICES:,}",
                ),
            )
    if unit == "instance_hour" and not (row.get("instance", "") and instance_devices):
        bad(
            "instance",
            Message("an instance price needs the instance name and its instance_devices"),
        )
    date = row.get("date", "")
    match = _DATE.match(date)
    if not match:
        bad("date", Message("must be a date like 2024-03-18, 2024-03 or 2024"))
    elif not 1990 <= int(match.group(1)) <= 2100:
        bad("date", Message("the year must be between 1990 and 2100"))
    urls = row.get("source", "").split()
    if not urls:
        bad("source", Message("every price needs the http(s) page that states it"))
    elif any(not url.startswith(("http://", "https://")) for url in urls):
        bad("source", Message("sources must be http:// or https:// addresses, separated by spaces"))
    return issues


def _amount_issues(row: dict[str, str], name: str, line: int, kind: str) -> list[Issue]:
    issues: list[Issue] = []
    limit = MAX_HOURLY if kind in CLOUD_KINDS else MAX_PURCHASE
    values = {}
    for column in ("amount", "amount_low", "amount_high"):
        text = row.get(column, "")
        if not text:
            if column == "amount":
                issues.append(
                    Issue(name, Message("every price needs an amount"), line, column, text)
                )
            continue
        value = _number(text)
        if value is None:
            issues.append(Issue(name, Message("must be a number"), line, column, text))
        elif value <= 0:
            issues.append(Issue(name, Message("must be positive"), line, column, text))
        elif value > limit:
            issues.append(
                Issue(
                    name,
                    Message("implausibly large (over {limit})", limit=f"{limit:,.0f}"),
                    line,
                    column,
                    text,
                )
            )
        else:
            values[column] = value
    low, high = values.get("amount_low"), values.get("amount_high")
    amount = values.get("amount")
    if low is not None and high is not None and low > high:
        issues.append(
            Issue(
                name,
                Message("amount_low is above amount_high"),
                line,
                "amount_low",
                row["amount_low"],
            )
        )
    elif amount is not None and (
        (low is not None and amount < low) or (high is not None and amount > high)
    ):
        issues.append(
            Issue(
                name,
                Message("amount lies outside amount_low–amount_high"),
                line,
                "amount",
                row["amount"],
            )
        )
    return issues
