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
    DEFAULT_ENGINE,
    DEFAULT_MAX_DEVICES,
    ENGINES,
    KV_PRECISIONS,
    SORTS,
    WEIGHT_PRECISIONS,
    Explanation,
    InferenceResult,
    Ranking,
    bundled_presets,
    find_device,
    rank,
    size,
    weight_format,
)
from gpucompare.core.inference.explain import explain
from gpucompare.core.inference.form import InferenceForm, parse_form

SHAPE_OPTIONS = ("layers", "hidden", "heads", "kv_heads", "experts", "experts_per_token")
WORKLOAD_OPTIONS = ("input_tokens", "output_tokens")

# Ranking columns: (column, table header, unit); money columns are renamed per currency.
RANKING_COLUMNS = (
    ("id", "ID", ""),
    ("name", "Name", ""),
    ("devices", "Devices", ""),
    ("batch", "Batch", ""),
    ("weight_gb", "Weights", "GB"),
    ("kv_cache_gb", "KV cache", "GB"),
    ("total_gb", "Total", "GB"),
    ("capacity_gb", "Capacity", "GB"),
    ("max_batch", "Max batch", ""),
    ("decode_tokens_per_s_per_sequence", "Decode/seq", "tok/s"),
    ("decode_tokens_per_s_total", "Decode total", "tok/s"),
    ("decode_bound", "Decode bound by", ""),
    ("prefill_compute", "Prefill at", ""),
    ("prefill_tokens_per_s", "Prefill", "tok/s"),
    ("ttft_s", "TTFT ≥", "s"),
    ("tpot_s", "TPOT ≥", "s"),
    ("requests_per_s", "Requests ≤", "/s"),
    ("bound", "Bound by", ""),
    ("latency_bound", "Batch limited by", ""),
    ("cloud_usd_per_hour", "Cloud", "{c}/h"),
    ("usd_per_million_tokens", "Per M tokens, bound", "{c}"),
    ("usd_per_million_input_tokens", "Per M input", "{c}"),
    ("usd_per_million_output_tokens", "Per M output", "{c}"),
)
MONEY_KEYS = {
    "cloud_usd_per_hour": "cloud_{c}_per_hour",
    "usd_per_million_tokens": "{c}_per_million_tokens",
    "usd_per_million_input_tokens": "{c}_per_million_input_tokens",
    "usd_per_million_output_tokens": "{c}_per_million_output_tokens",
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
        help=f"weight format ({', '.join(WEIGHT_PRECISIONS)}; bits per weight include "
        "scales; INT4 = 4-bit group-128 weight-only; default BF16)",
    )
    serve.add_argument(
        "--engine",
        type=_engine,
        default=DEFAULT_ENGINE,
        help=f"serving engine ({', '.join(ENGINES)}; default {DEFAULT_ENGINE}): its memory "
        "reserve, KV block size, and tensor parallel or (llama.cpp) layer split",
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
        "--input-tokens",
        type=_positive_int,
        metavar="N",
        help="prompt tokens per request (a workload: adds time to first token, requests/s "
        "and the prefill's cost)",
    )
    serve.add_argument(
        "--output-tokens", type=_positive_int, metavar="N", help="generated tokens per request"
    )
    serve.add_argument(
        "--batch",
        type=_positive_int,
        default=1,
        metavar="N",
        help="concurrent sequences (requests in flight)",
    )
    serve.add_argument(
        "--ttft-ms",
        type=_positive_float,
        metavar="MS",
        help="time-to-first-token target in milliseconds: serve at the largest batch whose "
        "bounds meet the targets (replaces --batch; the result says which limit binds)",
    )
    serve.add_argument(
        "--tpot-ms",
        type=_positive_float,
        metavar="MS",
        help="time-per-output-token target in milliseconds (see --ttft-ms)",
    )
    serve.add_argument(
        "--count",
        type=_positive_int,
        metavar="N",
        help="devices for --device (default 1); with --all, rank every device at this count",
    )
    serve.add_argument(
        "--sort",
        choices=tuple(SORTS),
        default="cost",
        help="with --all: by cost per million tokens for the workload (default), by total "
        "tokens/s, or by fewest devices",
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
    shape.add_argument(
        "--active-params",
        metavar="COUNT",
        help="parameters used per token, for a mixture of experts (such as 13B)",
    )
    shape.add_argument("--experts", type=_positive_int, metavar="N", help="routed experts")
    shape.add_argument(
        "--experts-per-token", type=_positive_int, metavar="N", help="experts chosen per token"
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


def _engine(text: str) -> str:
    key = text.strip().lower()
    key = {"ollama": "llama.cpp", "tensorrt-llm": "trtllm"}.get(key, key)
    if key not in ENGINES:
        raise argparse.ArgumentTypeError(
            f"unknown engine {text!r}; choose one of {', '.join(ENGINES)}"
        )
    return key


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _positive_float(text: str) -> str:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be above 0, got {text}")
    return text


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
    workload = {
        name: "" if getattr(args, name) is None else str(getattr(args, name))
        for name in WORKLOAD_OPTIONS
    }
    form = InferenceForm(
        model=args.model,
        **shape,
        **workload,
        active_params=args.active_params or "",
        precision=args.precision,
        kv_precision=args.kv_precision or "",
        context="" if args.context is None else str(args.context),
        batch=str(args.batch),
        count=str(args.count or 1),
        max_count=str(args.max_count),
        engine=args.engine,
        ttft_ms=args.ttft_ms or "",
        tpot_ms=args.tpot_ms or "",
    )
    inputs, max_count = parse_form(form)
    catalog = load_priced(args).catalog
    if args.all:
        ranking = rank(catalog, inputs, max_count, sort=args.sort, at_count=args.count is not None)
        emit(_ranking_text(ranking, money, args.format), args.output)
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
        f"{inputs.model.name} on {result.devices} × {result.device_name} with "
        f"{inputs.serving_engine.name} (weights {inputs.weight_precision}, KV cache "
        f"{inputs.kv_precision}, {_load(result)}, batch {inputs.batch:,})",
        f"Bound by: {result.bound or 'unknown'}",
        "",
    ]
    if inputs.has_targets:
        lines.insert(2, f"Batch limited by: {result.latency_bound}")
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
    fmt = weight_format(inputs.weight_precision)
    if fmt.source:
        lines.append(f"  - {fmt.description}: {fmt.source}")
    if inputs.model.source:
        lines.append(f"  - Model figures: {inputs.model.source}")
    return "\n".join(lines) + "\n"


def _load(result: InferenceResult) -> str:
    inputs = result.inputs
    if inputs.has_workload:
        return f"{inputs.prompt_tokens:,} tokens in, {inputs.generated_tokens:,} out"
    return f"context {inputs.context:,}"


def _ranking_frame(ranking: Ranking, money: Currency) -> pd.DataFrame:
    served = ranking.served
    compute = served["compute_precision"].astype(object)
    labelled = np.where(served["weight_only"], compute + " (weight-only)", compute)
    shown = pd.Series(labelled, index=served.index, dtype=object).replace("", None)
    frame = served.assign(prefill_compute=shown)
    for key in MONEY_KEYS:
        frame[key] = frame[key] * money.per_usd
    return frame[[column for column, _, _ in _ranking_columns(ranking)]]


def _ranking_columns(ranking: Ranking) -> tuple[tuple[str, str, str], ...]:
    """The ranking's columns; what limits the batch only with latency targets."""
    targets = ranking.inputs is not None and ranking.inputs.has_targets
    return tuple(c for c in RANKING_COLUMNS if targets or c[0] != "latency_bound")


def _ranking_text(ranking: Ranking, money: Currency, fmt: str) -> str:
    frame = _ranking_frame(ranking, money)
    keys = [_money_key(column, money) for column, _, _ in _ranking_columns(ranking)]
    excluded = ranking.excluded
    if fmt == "json":
        served = json.loads(render(frame, keys, "json"))
        dropped = json.loads(render(excluded, list(excluded.columns), "json"))
        document = {"served": served, "excluded": dropped, "notes": _ranking_notes(ranking, money)}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return render(frame, keys, "csv")
    headers = [
        f"{label} ({unit.format(c=money.code)})" if unit else label
        for _, label, unit in _ranking_columns(ranking)
    ]
    parts = [render(frame, headers, "table")]
    if len(excluded):
        parts.append("\nCannot serve it:\n")
        parts.append(render(excluded, ["ID", "Name", "Reason", "Min devices"], "table"))
    parts.append("\nNotes:\n" + "".join(f"  - {note}\n" for note in _ranking_notes(ranking, money)))
    return "".join(parts)


def _ranking_notes(ranking: Ranking, money: Currency) -> list[str]:
    engine = ranking.inputs.serving_engine if ranking.inputs else ENGINES[DEFAULT_ENGINE]
    targets = (
        [
            "With --ttft-ms/--tpot-ms each device runs at the largest batch whose bounds meet "
            "the targets at that count (the Batch column); a real server meets them at a "
            "smaller batch, if at all."
        ]
        if ranking.inputs is not None and ranking.inputs.has_targets
        else []
    )
    return [
        *targets,
        "Each device is sized at its minimum count (or at --count); throughput and "
        "requests/s are upper bounds, times and costs lower bounds, not forecasts.",
        f"Memory: {engine.name} {engine.rule} ({engine.sources[0]}); device memory read as GiB.",
        f"Cost per million generated tokens in {money.code} at the catalog's cloud price "
        "(with --input-tokens/--output-tokens, each request's prefill included).",
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
