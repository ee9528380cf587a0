"""``list``, ``show`` and ``validate``: the catalog on the command line."""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from gpucompare.cli.devices import device_id_or_usage_error
from gpucompare.cli.errors import UsageError
from gpucompare.cli.output import FORMATS, emit, format_text, render, render_table, to_json_records
from gpucompare.cli.price_options import add_policy_options, load_priced
from gpucompare.cli.show_prices import price_records, price_section
from gpucompare.core.catalog.fields import FIELDS, build_view, field, field_for_header
from gpucompare.core.catalog.filters import FilterEngine, Filters, Range
from gpucompare.core.catalog.loading import load_bundled_devices, source_urls
from gpucompare.core.catalog.prices import is_prices_header, parse_prices_text
from gpucompare.core.catalog.published import NOT_PUBLISHED, not_published_mask
from gpucompare.core.catalog.reading import decode_catalog_bytes, read_catalog_bytes
from gpucompare.core.catalog.schema import DEFAULT_PRECISION, KINDS, PRECISION_COLUMNS, SEGMENTS
from gpucompare.core.catalog.validation import parse_catalog_text
from gpucompare.core.currency import currency
from gpucompare.core.formatting import format_number
from gpucompare.core.issues import CatalogError

DEFAULT_LIST_COLUMNS = (
    "id",
    "name",
    "vendor",
    "kind",
    "memory_gb",
    "memory_bandwidth_gbps",
    "peak_tflops",
    "power_w",
    "launch_price_usd",
    "cloud_usd_per_hour",
)


def register(commands: argparse._SubParsersAction) -> None:
    """Add the catalog commands to the parser."""
    listing = commands.add_parser("list", help="list devices, filtered and sorted")
    listing.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="K",
        help=f"only this kind ({', '.join(KINDS)}); repeatable or comma-separated",
    )
    listing.add_argument(
        "--vendor",
        action="append",
        default=[],
        metavar="V",
        help="only this vendor (case-insensitive); repeatable",
    )
    listing.add_argument(
        "--segment",
        action="append",
        default=[],
        metavar="S",
        help=f"only this segment ({', '.join(SEGMENTS)})",
    )
    listing.add_argument(
        "--min-memory",
        type=_non_negative,
        metavar="GB",
        help="only devices with at least this much memory",
    )
    listing.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="only devices whose id, name, vendor, kind or form factor contain TEXT",
    )
    listing.add_argument(
        "--sort", metavar="COLUMN", help="sort by this column (unknown values last)"
    )
    listing.add_argument("--desc", action="store_true", help="sort descending")
    listing.add_argument(
        "--columns",
        metavar="a,b,c",
        help="columns to show (catalog columns and derived metrics; "
        "see 'gpucompare list --columns help')",
    )
    _common_options(listing)
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="every field of one device, with its sources")
    show.add_argument("device", metavar="ID")
    _common_options(show)
    show.set_defaults(handler=run_show)

    validate = commands.add_parser(
        "validate",
        help="check device or prices CSV files; exit 1 listing every error",
        description="Check catalog files: device files, and prices tables (told apart by "
        "their header: a prices table has a device_id or price_kind column).",
    )
    validate.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="device or prices files; a prices file may name devices of the files before it",
    )
    validate.add_argument(
        "--strict", action="store_true", help="require every column (as the bundled catalog does)"
    )
    validate.set_defaults(handler=run_validate)


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--precision",
        default=DEFAULT_PRECISION,
        type=_precision,
        help=f"precision for peak throughput and derived metrics "
        f"({', '.join(PRECISION_COLUMNS)}; default {DEFAULT_PRECISION})",
    )
    parser.add_argument(
        "--currency",
        default="USD",
        metavar="CODE",
        help="show money in USD, CNY or EUR (default USD)",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="EXTRA.csv",
        help="merge a device or prices file over the bundled catalog (repeatable)",
    )
    add_policy_options(parser)


def _precision(text: str) -> str:
    key = text.upper()
    if key not in PRECISION_COLUMNS:
        raise argparse.ArgumentTypeError(
            f"unknown precision {text!r}; choose one of {', '.join(PRECISION_COLUMNS)}"
        )
    return key


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not np.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be a non-negative number")
    return value


def _split(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _match_choices(given: list[str], choices: list[str], what: str) -> frozenset[str]:
    lookup = {choice.lower(): choice for choice in choices}
    chosen = set()
    for value in _split(given):
        if value.lower() not in lookup:
            close = difflib.get_close_matches(value.lower(), list(lookup), n=1)
            hint = f"; did you mean {lookup[close[0]]!r}?" if close else ""
            raise UsageError(f"unknown {what} {value!r}{hint}")
        chosen.add(lookup[value.lower()])
    return frozenset(chosen)


def _columns(text: str | None) -> list[str]:
    if text is None:
        return list(DEFAULT_LIST_COLUMNS)
    names = _split([text])
    if not names:
        raise UsageError("--columns needs column names (see --columns help)")
    for name in names:
        if name not in FIELDS:
            close = difflib.get_close_matches(name, list(FIELDS), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise UsageError(f"unknown column {name!r}{hint} (see --columns help)")
    return names


def sort_view(view: pd.DataFrame, column: str, descending: bool) -> pd.DataFrame:
    """Sort by one field, stable, unknown values last in both directions."""
    return view.sort_values(column, ascending=not descending, na_position="last", kind="mergesort")


def _column_help(precision: str) -> str:
    width = max(len(f) for f in FIELDS)
    lines = [f"{'column'.ljust(width)}  description"]
    for field_id, spec in FIELDS.items():
        kind = "derived metric" if spec.derived else spec.label(precision)
        lines.append(f"{field_id.ljust(width)}  {kind}: {spec.description}")
    return "\n".join(lines) + "\n"


def run_list(args: argparse.Namespace) -> int:
    """``gpucompare list``."""
    if args.columns is not None and args.columns.strip().lower() == "help":
        emit(_column_help(args.precision), args.output)
        return 0
    columns = _columns(args.columns)
    if args.sort is not None:
        sort = field_for_header(args.sort, args.precision, args.currency)
        if sort is None:
            raise UsageError(f"unknown sort column {args.sort!r} (see --columns help)")
        args.sort = sort
    catalog = load_priced(args).catalog
    filters = Filters(
        kinds=_match_choices(args.kind, list(KINDS), "kind"),
        vendors=_match_choices(args.vendor, sorted(catalog["vendor"].dropna().unique()), "vendor"),
        segments=_match_choices(args.segment, list(SEGMENTS), "segment"),
        memory_gb=Range(low=args.min_memory),
        search=args.search,
    )
    money = currency(args.currency)
    mask = FilterEngine(catalog).mask(filters)
    view = build_view(catalog.loc[mask], args.precision, money.per_usd)
    if args.sort:
        view = sort_view(view, args.sort, args.desc)
    _emit_view(view, columns, args)
    if not mask.any():
        print("no device matches these filters", file=sys.stderr)
    return 0


def _emit_view(view: pd.DataFrame, columns: list[str], args: argparse.Namespace) -> None:
    """The view's ``columns``; in a table, cells nobody publishes read "n/p"."""
    code = currency(args.currency).code
    if args.format == "table":
        headers = [field(c).label(args.precision, code) for c in columns]
        masks = not_published_mask(view, columns, args.precision)
        emit(render_table(view[columns], headers, masks), args.output)
    else:
        headers = [field(c).header_id(args.precision, code) for c in columns]
        emit(render(view[columns], headers, args.format), args.output)


def run_show(args: argparse.Namespace) -> int:
    """``gpucompare show ID``: every field (n/p where nobody publishes it) and every price."""
    priced = load_priced(args)
    catalog = priced.catalog
    args.device = device_id_or_usage_error(catalog, args.device)
    matches = catalog.index[catalog["id"] == args.device]
    money = currency(args.currency)
    view = build_view(catalog.loc[matches], args.precision, money.per_usd)
    columns = list(FIELDS)
    headers = [field(c).header_id(args.precision, money.code) for c in columns]
    if args.format == "table":
        text = _describe(view, args.precision, money.code)
        emit(text + price_section(priced, args.device, money), args.output)
    elif args.format == "json":
        record = to_json_records(view[columns], headers)[0]
        record["prices"] = price_records(priced, args.device, money)
        emit(json.dumps(record, ensure_ascii=False, indent=2) + "\n", args.output)
    else:
        emit(render(view[columns], headers, "csv"), args.output)
    return 0


def _describe(view: pd.DataFrame, precision: str, code: str) -> str:
    row = view.iloc[0]
    lines = []
    width = max(len(field(f).label(precision, code)) for f in FIELDS)
    masks = not_published_mask(view, list(FIELDS), precision)
    for field_id, spec in FIELDS.items():
        if field_id in ("sources", "launch_price_source", "cloud_price_source"):
            continue
        value = row[field_id]
        shown = format_number(value, grouping=spec.grouping) if spec.numeric else format_text(value)
        if masks[field_id][0]:
            shown = NOT_PUBLISHED
        lines.append(f"{spec.label(precision, code).ljust(width)}  {shown}")
    for field_id in ("sources", "launch_price_source", "cloud_price_source"):
        urls = source_urls(row[field_id])
        if urls:
            lines.append(f"\n{field(field_id).label(precision, code)}:")
            lines.extend(f"  {url}" for url in urls)
    return "\n".join(lines) + "\n"


def run_validate(args: argparse.Namespace) -> int:
    """``gpucompare validate FILE ...``."""
    try:
        known = frozenset(load_bundled_devices()["id"])
    except CatalogError:
        known = frozenset()
    failed = 0
    for path in args.files:
        try:
            data = read_catalog_bytes(Path(path))
            text = decode_catalog_bytes(data, str(path))
            if is_prices_header(text):
                prices = parse_prices_text(text, str(path), known or None)
                print(f"{path}: OK ({len(prices)} price{'s' if len(prices) != 1 else ''})")
                continue
            frame = parse_catalog_text(
                text, str(path), strict=args.strict, known_ids=known, encoded=data
            )
            known |= frozenset(frame["id"].dropna())
        except CatalogError as error:
            failed += 1
            count = len(error.issues)
            print(f"{path}: {count} problem{'s' if count != 1 else ''}", file=sys.stderr)
            for issue in error.issues:
                print(f"  {issue}", file=sys.stderr)
            continue
        print(f"{path}: OK ({len(frame)} device{'s' if len(frame) != 1 else ''})")
    return 1 if failed else 0
