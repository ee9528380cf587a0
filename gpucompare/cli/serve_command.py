"""``serve``: will a model serve on a device, on how many, and how fast at best."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

import numpy as np
import pandas as pd

from gpucompare.cli.errors import UsageError
from gpucompare.cli.output import FORMATS, emit, render
from gpucompare.cli.price_options import add_policy_options, load_priced
from gpucompare.core.catalog.export import to_csv_text
from gpucompare.core.currency import Currency, currency
from gpucompare.core.formatting import format_number
from gpucompare.core.inference import (
    DEFAULT_CONTEXT,
    DEFAULT_MAX_DEVICES,
    KV_PRECISIONS,
    OVERHEAD_SOURCES,
    WEIGHT_PRECISIONS,
    Explanation,
    InferenceResult,
    Ranking,
    bundled_presets,
    find_device,
    rank,
    size,
)
from gpucompare.core.inference.explain import explain
from gpucompare.core.inference.form import InferenceForm, parse_form

SHAPE_OPTIONS = ("layers", "hidden", "heads", "kv_heads")

# Ranking columns: (column, table header, unit); money columns are renamed per currency.
RANKING_COLUMNS = (
    ("id", "ID", ""),
    ("name", "Name", ""),
    ("devices", "Devices", ""),
    ("weight_gb", "Weights", "GB"),
    ("kv_cache_gb", "KV cache", "GB"),
    ("total_gb", "Total", "GB"),
    ("capacity_gb", "Capacity", "GB"),
    ("max_batch", "Max batch", ""),
    ("decode_tokens_per_s_per_sequence", "Decode/seq", "tok/s"),
    ("decode_tokens_per_s_total", "Decode total", "tok/s"),
    ("prefill_compute", "Prefill at", ""),
    ("prefill_tokens_per_s", "Prefill", "tok/s"),
    ("cloud_usd_per_hour", "Cloud", "{c}/h"),
    ("usd_per_million_tokens", "Per M tokens, bound", "{c}"),
)
MONEY_KEYS = {
    "cloud_usd_per_hour": "cloud_{c}_per_hour",
    "usd_per_million_tokens": "{c}_per_million_tokens",
}


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``serve`` command to the parser."""
    serve = commands.add_parser(
        "serve",
        help="will a model serve on a device: memory, device count, throughput bounds",
        description="Size a model for inference: weights, KV cache and overhead against the "
        "devices' memory, the device count needed, and upper bounds on decode and prefill "
        "throughput and on cost per token (bounds, not forecasts).",
    )
    serve.add_argument(
        "--model",
        required=True,
        metavar="PRESET_OR_PARAMS",
        help="a preset id ('--model help' lists them) or a parameter count such as 70B",
    )
    target = serve.add_mutually_exclusive_group()
    target.add_argument("--device", metavar="ID", help="the device (see 'gpucompare list')")
    target.add_argument(
        "--all",
        action="store_true",
        help="rank every catalog device at its minimum count, with the reasons for those "
        "that cannot serve the model",
    )
    serve.add_argument(
        "--precision",
        type=_choice(WEIGHT_PRECISIONS),
        default="BF16",
        help=f"weight precision ({', '.join(WEIGHT_PRECISIONS)}; INT4 = 4-bit weight-only; "
        "default BF16)",
    )
    serve.add_argument(
        "--kv-precision",
        type=_choice(KV_PRECISIONS),
        help=f"KV-cache precision ({', '.join(KV_PRECISIONS)}; default FP16 with FP16 "
        "weights, otherwise BF16)",
    )
    serve.add_argument(
        "--context",
        type=_positive_int,
        metavar="N",
        help=f"tokens per sequence (default {DEFAULT_CONTEXT}, or the model's maximum if less)",
    )
    serve.add_argument(
        "--batch", type=_positive_int, default=1, metavar="N", help="concurrent sequences"
    )
    serve.add_argument(
        "--count",
        type=_positive_int,
        default=1,
        metavar="N",
        help="devices (tensor parallel) for --device",
    )
    serve.add_argument(
        "--max-count",
        type=_positive_int,
        default=DEFAULT_MAX_DEVICES,
        metavar="N",
        help=f"with --all, the most devices a model may need (default {DEFAULT_MAX_DEVICES})",
    )
    shape = serve.add_argument_group("custom model shape (with --model given as a count)")
    shape.add_argument("--layers", type=_positive_int, metavar="N")
    shape.add_argument("--hidden", type=_positive_int, metavar="N", help="hidden size")
    shape.add_argument("--heads", type=_positive_int, metavar="N", help="attention heads")
    shape.add_argument(
        "--kv-heads", type=_positive_int, metavar="N", help="KV heads (default: --heads)"
    )
    serve.add_argument("--format", choices=FORMATS, default="table", help="output format")
    serve.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    serve.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="EXTRA.csv",
        help="merge a device or prices file over the bundled catalog (repeatable)",
    )
    serve.add_argument(
        "--currency", default="USD", metavar="CODE", help="USD, CNY or EUR (default USD)"
    )
    add_policy_options(serve)
    serve.set_defaults(handler=run_serve)


def _choice(choices: tuple[str, ...]) -> Callable[[str], str]:
    def parse(text: str) -> str:
        key = text.strip().upper()
        if key not in choices:
            raise argparse.ArgumentTypeError(
                f"unknown precision {text!r}; choose one of {', '.join(choices)}"
            )
        return key

    return parse


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def run_serve(args: argparse.Namespace) -> int:
    """``gpucompare serve``."""
    if args.model.strip().lower() == "help":
        emit(_preset_listing(args.format), args.output)
        return 0
    if args.device is None and not args.all:
        raise UsageError("give --device ID or --all (see 'gpucompare list' for device ids)")
    money = currency(args.currency)
    shape = {
        name: "" if getattr(args, name) is None else str(getattr(args, name))
        for name in SHAPE_OPTIONS
    }
    form = InferenceForm(
        model=args.model,
        **shape,
        precision=args.precision,
        kv_precision=args.kv_precision or "",
        context="" if args.context is None else str(args.context),
        batch=str(args.batch),
        count=str(args.count),
        max_count=str(args.max_count),
    )
    inputs, max_count = parse_form(form)
    catalog = load_priced(args).catalog
    if args.all:
        emit(_ranking_text(rank(catalog, inputs, max_count), money, args.format), args.output)
    else:
        result = size(inputs, find_device(catalog, args.device))
        emit(_result_text(result, money, args.format), args.output)
    return 0


def _money_key(key: str, money: Currency) -> str:
    return MONEY_KEYS[key].format(c=money.code.lower()) if key in MONEY_KEYS else key


def _converted(record: dict[str, object], money: Currency) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in record.items():
        if key in MONEY_KEYS and isinstance(value, float):
            value = value * money.per_usd
        out[_money_key(key, money)] = value
    return out


def _result_text(result: InferenceResult, money: Currency, fmt: str) -> str:
    record = _converted(result.record(), money)
    explanations = explain(result, money.per_usd, money.code)
    if fmt == "json":
        formulas = {_money_key(e.key, money): e.formula for e in explanations}
        document = {**record, "notes": list(result.notes), "explanations": formulas}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        row = {**record, "notes": " | ".join(result.notes)}
        return to_csv_text(pd.DataFrame([row]))
    return _result_table(result, explanations)


def _result_table(result: InferenceResult, explanations: tuple[Explanation, ...]) -> str:
    inputs = result.inputs
    lines = [
        f"{inputs.model.name} on {result.devices} × {result.device_name} "
        f"(weights {inputs.weight_precision}, KV cache {inputs.kv_precision}, "
        f"context {inputs.context:,}, batch {inputs.batch:,})",
        "",
    ]
    rows = [
        {
            "quantity": e.label,
            "value": format_number(e.value)
            + (f" {e.unit}" if e.unit and e.value is not None else ""),
            "how": e.formula,
        }
        for e in explanations
    ]
    verdict = {True: "yes", False: "no", None: "unknown (no memory figure)"}[result.fits]
    rows.insert(4, {"quantity": "Fits", "value": verdict, "how": ""})
    lines.append(render(pd.DataFrame(rows), ["Quantity", "Value", "How"], "table").rstrip("\n"))
    lines += ["", "Notes:"]
    lines += [f"  - {note}" for note in result.notes]
    lines.append(
        "  - Overhead allowance: 10% of memory held back, as vLLM's default "
        f"gpu_memory_utilization = 0.9 does ({OVERHEAD_SOURCES[0]})."
    )
    if inputs.model.source:
        lines.append(f"  - Model figures: {inputs.model.source}")
    return "\n".join(lines) + "\n"


def _ranking_frame(ranking: Ranking, money: Currency) -> pd.DataFrame:
    served = ranking.served
    compute = served["compute_precision"].astype(object)
    labelled = np.where(served["weight_only"], compute + " (weight-only)", compute)
    shown = pd.Series(labelled, index=served.index, dtype=object).replace("", None)
    frame = served.assign(prefill_compute=shown)
    for key in MONEY_KEYS:
        frame[key] = frame[key] * money.per_usd
    return frame[[column for column, _, _ in RANKING_COLUMNS]]


def _ranking_text(ranking: Ranking, money: Currency, fmt: str) -> str:
    frame = _ranking_frame(ranking, money)
    keys = [_money_key(column, money) for column, _, _ in RANKING_COLUMNS]
    excluded = ranking.excluded
    if fmt == "json":
        served = json.loads(render(frame, keys, "json"))
        dropped = json.loads(render(excluded, list(excluded.columns), "json"))
        document = {"served": served, "excluded": dropped, "notes": _ranking_notes(money)}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return render(frame, keys, "csv")
    headers = [
        f"{label} ({unit.format(c=money.code)})" if unit else label
        for _, label, unit in RANKING_COLUMNS
    ]
    parts = [render(frame, headers, "table")]
    if len(excluded):
        parts.append("\nCannot serve it:\n")
        parts.append(render(excluded, ["ID", "Name", "Reason", "Min devices"], "table"))
    parts.append("\nNotes:\n" + "".join(f"  - {note}\n" for note in _ranking_notes(money)))
    return "".join(parts)


def _ranking_notes(money: Currency) -> list[str]:
    return [
        "Each device is sized at its minimum count; decode, prefill and cost are upper "
        "(cost: lower) bounds, not forecasts.",
        "Memory: weights + KV cache must fit in 90% of the devices' memory (vLLM's default "
        f"gpu_memory_utilization = 0.9, {OVERHEAD_SOURCES[0]}).",
        f"Cost per million generated tokens in {money.code} at the catalog's cloud price.",
    ]


def _preset_listing(fmt: str) -> str:
    presets = list(bundled_presets().values())
    frame = pd.DataFrame(
        {
            "id": [p.id for p in presets],
            "name": [p.name for p in presets],
            "params_b": [p.params / 1e9 for p in presets],
            "active_params_b": [
                p.active_params / 1e9 if p.active_params else np.nan for p in presets
            ],
            "layers": [p.layers for p in presets],
            "kv_heads": [p.kv_heads for p in presets],
            "head_dim": [p.head_dim for p in presets],
            "max_context": [p.max_context if p.max_context else np.nan for p in presets],
        }
    )
    if fmt == "table":
        headers = [
            "ID",
            "Name",
            "Params (B)",
            "Active (B)",
            "Layers",
            "KV heads",
            "Head size",
            "Max context",
        ]
        return render(frame, headers, "table")
    return render(frame, list(frame.columns), fmt)
