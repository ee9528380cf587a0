"""``gpucompare stats``: how complete the catalog is, by column, kind and kind of price."""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable

import pandas as pd

from gpucompare.cli.output import FORMATS, emit, render, render_table, to_json_records
from gpucompare.cli.price_options import add_policy_options, load_priced
from gpucompare.core.catalog.schema import KINDS
from gpucompare.core.catalog.stats import (
    ALL,
    fill_rates,
    kind_counts,
    price_coverage,
    price_rows_by,
)
from gpucompare.core.currency import load_currencies

SECTIONS = ("all", "kinds", "fill", "prices", "providers", "currencies")


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``stats`` command to the parser."""
    stats = commands.add_parser(
        "stats",
        help="fill rates by column and kind, and price coverage by kind of price",
        description="How complete the catalog is. A cell is filled, n/p (listed in the "
        "row's not_published: nobody publishes it, or the device is not sold / not "
        "rented) or missing (not entered yet). Price coverage counts the devices with at "
        "least one observed price of each kind.",
    )
    stats.add_argument(
        "--section",
        choices=SECTIONS,
        default="all",
        help="only this part (CSV prints one part; default: fill for CSV, all otherwise)",
    )
    stats.add_argument("--format", choices=FORMATS, default="table", help="output format")
    stats.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    stats.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="EXTRA.csv",
        help="merge a device or prices file over the bundled catalog (repeatable)",
    )
    add_policy_options(stats)
    stats.set_defaults(handler=run_stats)


def _sections(args: argparse.Namespace) -> dict[str, pd.DataFrame]:
    priced = load_priced(args)
    catalog, prices = priced.catalog, priced.prices
    rated = set(load_currencies())
    counts = kind_counts(catalog)
    return {
        "kinds": pd.DataFrame({"kind": list(counts), "devices": list(counts.values())}),
        "fill": fill_rates(catalog),
        "prices": price_coverage(catalog, prices),
        "providers": price_rows_by(prices, "provider", rated),
        "currencies": price_rows_by(prices, "currency", rated),
    }


def run_stats(args: argparse.Namespace) -> int:
    """``gpucompare stats``."""
    section = args.section
    if args.format == "csv" and section == "all":
        section = "fill"
    sections = _sections(args)
    chosen = sections if section == "all" else {section: sections[section]}
    if args.format == "json":
        document = {
            name: to_json_records(frame, list(frame.columns)) for name, frame in chosen.items()
        }
        emit(json.dumps(document, ensure_ascii=False, indent=2) + "\n", args.output)
    elif args.format == "csv":
        frame = chosen[section]
        emit(render(frame, list(frame.columns), "csv"), args.output)
    else:
        emit("\n".join(_TABLES[name](frame) for name, frame in chosen.items()), args.output)
    return 0


def _percent(share: float) -> int:
    """A share as a whole percent, rounded down (94.9% shows 94, never 95)."""
    return math.floor(100 * share + 1e-9)


def _kinds_table(frame: pd.DataFrame) -> str:
    return "Devices by kind\n" + render_table(frame, ["Kind", "Devices"])


def _fill_table(frame: pd.DataFrame) -> str:
    every = frame[frame["kind"] == ALL].set_index("column")
    table = pd.DataFrame(
        {
            "column": every.index,
            "filled": every["filled"].to_numpy(),
            "not_published": every["not_published"].to_numpy(),
            "missing": every["missing"].to_numpy(),
            "filled_share": every["filled_share"].map(_percent).to_numpy(),
            "known_share": every["known_share"].map(_percent).to_numpy(),
        }
    )
    for kind in KINDS:
        rows = frame[frame["kind"] == kind].set_index("column").loc[every.index]
        table[kind] = [
            _percent(share) if devices else None
            for share, devices in zip(rows["known_share"], rows["devices"], strict=True)
        ]
    headers = [
        "Column",
        "Filled",
        "n/p",
        "Missing",
        "Filled %",
        "Filled+n/p %",
        *(f"{kind} %" for kind in KINDS),
    ]
    return "Fill rates (n/p = not published; per kind: filled or n/p)\n" + render_table(
        table, headers
    )


def _prices_table(frame: pd.DataFrame) -> str:
    table = pd.DataFrame(
        {
            "price_kind": frame["price_kind"],
            "rows": frame["rows"],
            "devices": frame["devices"],
            "share": frame["share"].map(_percent),
            "not_published": frame["not_published"],
            "known_share": frame["known_share"].map(_percent),
            **{kind: frame[f"share_{kind}"].map(_percent) for kind in KINDS},
        }
    )
    headers = [
        "Price kind",
        "Rows",
        "Devices",
        "Share %",
        "n/p",
        "With n/p %",
        *(f"{kind} %" for kind in KINDS),
    ]
    return (
        "Price coverage (devices with at least one observed price; n/p = not sold / not "
        "rented)\n" + render_table(table, headers)
    )


def _by_table(title: str, key: str) -> Callable[[pd.DataFrame], str]:
    def table(frame: pd.DataFrame) -> str:
        headers = [key, "Rows", "Usable rows", "Devices"]
        return f"{title}\n" + render_table(frame, headers)

    return table


_TABLES = {
    "kinds": _kinds_table,
    "fill": _fill_table,
    "prices": _prices_table,
    "providers": _by_table(
        "Price rows by provider (usable = in a currency with an exchange rate)", "Provider"
    ),
    "currencies": _by_table("Price rows by currency", "Currency"),
}
