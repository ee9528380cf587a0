"""``gpucompare cost``: price a training run on one device, or rank the catalog (``--all``)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

import pandas as pd

from gpucompare.cli.devices import device_id_or_usage_error
from gpucompare.cli.errors import UsageError
from gpucompare.cli.exclusions import device_cost_note, device_cost_notes, device_reasons
from gpucompare.cli.layout_options import add_layout_options, explain_ranking, layout_fields
from gpucompare.cli.output import FORMATS, emit, render, render_table, to_json_records
from gpucompare.cli.price_options import add_policy_options, load_priced
from gpucompare.core.catalog.schema import DEFAULT_PRECISION
from gpucompare.core.currency import Currency, currency
from gpucompare.core.formatting import format_number
from gpucompare.core.issues import InputError
from gpucompare.core.quantities import format_count
from gpucompare.core.training import (
    MONEY_KEYS,
    OPTIMIZERS,
    RESULT_KEYS,
    CloudPricing,
    Ranking,
    TrainingInputs,
    TrainingResult,
    default,
    estimate,
    explain,
    presets,
    rank,
)
from gpucompare.core.training.explain_layout import explain_effective_mfu, explain_layout
from gpucompare.core.training.form import TrainingForm, is_preset_name, parse_form
from gpucompare.core.training.inputs import RECOMPUTE
from gpucompare.core.training.model import require_throughput

SHARDING_CHOICES = ("none", "zero1", "zero2", "zero3", "fsdp")


def _keys(kind: str) -> str:
    return ", ".join(p.key for p in presets(kind))


def _label(kind: str) -> str:
    """The default preset's label for a help text (argparse reads % as a format)."""
    return default(kind).label.replace("%", "%%")


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``cost`` command to the parser."""
    cost = commands.add_parser(
        "cost",
        help="price a training run: time, device-hours, cost, energy, CO2, memory fit",
        description="Price training a transformer of N parameters on D tokens "
        "(C = 6·N·D, N active for a mixture of experts) on one device type, or on every "
        "device of the catalog (--all). Money given and shown is in --currency.",
    )
    cost.add_argument(
        "--params",
        metavar="N",
        help="parameters, e.g. 70B or 7e9 (the total for a mixture of experts); "
        "overrides the model's",
    )
    cost.add_argument(
        "--active-params",
        metavar="N",
        help="mixture of experts: parameters used per token, e.g. 37B (they set the compute; "
        "the total sets memory)",
    )
    model = cost.add_mutually_exclusive_group()
    model.add_argument(
        "--model",
        metavar="PRESET",
        help="a model preset ('gpucompare serve --model help' lists them): sets parameters, "
        "active parameters, layers and hidden size",
    )
    model.add_argument(
        "--model-config",
        metavar="FILE",
        help="a local Hugging Face config.json: the same, counted from its shape",
    )
    data = cost.add_mutually_exclusive_group(required=True)
    data.add_argument(
        "--tokens",
        metavar="D",
        help="training tokens, e.g. 2T; or 'chinchilla' / 'compute-optimal' for D = 20·N",
    )
    data.add_argument("--flops", metavar="C", help="a total training FLOPs budget, e.g. 8.4e23")
    target = cost.add_mutually_exclusive_group(required=True)
    target.add_argument("--device", metavar="ID", help="device id (see 'gpucompare list')")
    target.add_argument("--all", action="store_true", help="rank every device in the catalog")
    count = cost.add_mutually_exclusive_group(required=True)
    count.add_argument("--count", metavar="N", help="number of devices")
    count.add_argument("--days", metavar="T", help="target wall-clock days; solves the count")
    cost.add_argument(
        "--precision",
        help="training precision (default BF16, else the device's best training precision; "
        "given, a device with no training figure at all is an error)",
    )
    cost.add_argument(
        "--mfu",
        default=default("mfu").key,
        metavar="X",
        help=f"model FLOPs utilisation, 0.4 or 40%%, or a preset ({_keys('mfu')}; default "
        f"{default('mfu').value:g} at BF16/FP16, {default('mfu_fp8').value:g} at FP8, "
        f"{default('mfu_fp4').value:g} at FP4, which is unproven)",
    )
    cost.add_argument("--pricing", choices=("cloud", "owned"), default="cloud")
    cost.add_argument(
        "--price-per-hour",
        metavar="X",
        help="cloud price per device-hour (default: catalog's); with --all it applies to "
        "every device",
    )
    cost.add_argument(
        "--purchase-price",
        metavar="X",
        help="owned: price per device (default: catalog's); with --all it applies to every device",
    )
    cost.add_argument(
        "--overhead",
        metavar="F",
        help=f"owned: server, network and facility cost as a fraction of the device price "
        f"(default {default('overhead').value:g})",
    )
    cost.add_argument(
        "--lifetime-years",
        metavar="Y",
        help=f"owned: useful life (default {default('lifetime').value:g})",
    )
    cost.add_argument(
        "--utilization",
        metavar="U",
        help=f"owned: fraction of its life in use (default {default('utilization').value:g})",
    )
    cost.add_argument(
        "--cost-of-capital",
        metavar="R",
        help=f"owned: annual cost of capital, 0.1 or 10%% (default "
        f"{default('cost_of_capital').value:g}: {_label('cost_of_capital')})",
    )
    cost.add_argument(
        "--colocation",
        metavar="X",
        help=f"owned: colocation rent per kW of IT power and month (default "
        f"{default('colocation').value:g} USD, {_label('colocation')}; 0 in your "
        "own building)",
    )
    cost.add_argument(
        "--resale",
        metavar="F",
        help="owned: resale value at the end of the useful life, as a fraction of the "
        f"capital (default {default('resale').value:g})",
    )
    cost.add_argument(
        "--power-draw",
        metavar="F",
        help=f"average draw as a fraction of rated power (default {default('draw').value:g})",
    )
    cost.add_argument(
        "--pue",
        metavar="P",
        help=f"data-centre PUE, or a preset ({_keys('pue')}; default {default('pue').value:g}"
        f", {_label('pue')})",
    )
    cost.add_argument(
        "--host-overhead",
        metavar="F",
        help="node power besides the devices (CPUs, NICs, fans) as a fraction of device "
        f"power, or a preset ({_keys('host')}; default: by node class, from DGX system "
        f"power; {default('host').value:g} for devices of no listed node)",
    )
    cost.add_argument(
        "--electricity-price",
        metavar="X",
        help=f"owned: price per kWh (default {default('electricity').value:g} USD)",
    )
    cost.add_argument(
        "--carbon-intensity",
        metavar="KG_PER_KWH",
        help=f"grid kg CO2 per kWh, or a region ({_keys('carbon')}; "
        f"default {default('carbon').value:g})",
    )
    cost.add_argument("--optimizer", choices=OPTIMIZERS, default="adamw_mixed")
    cost.add_argument(
        "--sharding",
        choices=SHARDING_CHOICES,
        default="zero1",
        help="ZeRO stage (default zero1, Megatron's distributed optimizer); fsdp is zero3",
    )
    cost.add_argument("--seq-len", metavar="S", default="2048", help="sequence length")
    cost.add_argument("--micro-batch", metavar="B", default="1", help="micro-batch per device")
    cost.add_argument(
        "--recompute",
        choices=RECOMPUTE,
        default="selective",
        help="activation recomputation: none, selective (default; FlashAttention keeps no "
        "attention scores) or full (+33%% compute: 8·N·D hardware FLOPs)",
    )
    cost.add_argument("--layers", metavar="L", help="layers (default: derived from N)")
    cost.add_argument("--hidden", metavar="H", help="hidden size (default: derived from N)")
    add_layout_options(cost)
    cost.add_argument("--format", choices=FORMATS, default="table", help="output format")
    cost.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    cost.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="EXTRA.csv",
        help="merge a device or prices file over the bundled catalog (repeatable)",
    )
    cost.add_argument("--currency", default="USD", help="USD, CNY or EUR (default USD)")
    add_policy_options(cost)
    cost.set_defaults(handler=run_cost)


def _only_for(args: argparse.Namespace, mode: str, options: dict[str, str | None]) -> None:
    for option, value in options.items():
        if value is not None and args.pricing != mode:
            raise UsageError(f"{option} applies to --pricing {mode}")


def build_inputs(args: argparse.Namespace, money: Currency) -> TrainingInputs:
    """The training inputs the command line describes (money converted to USD)."""
    _only_for(args, "cloud", {"--price-per-hour": args.price_per_hour})
    _only_for(
        args,
        "owned",
        {
            "--purchase-price": args.purchase_price,
            "--overhead": args.overhead,
            "--lifetime-years": args.lifetime_years,
            "--utilization": args.utilization,
            "--cost-of-capital": args.cost_of_capital,
            "--colocation": args.colocation,
            "--resale": args.resale,
            "--electricity-price": args.electricity_price,
        },
    )
    text = {
        name: getattr(args, name) or ""
        for name in (
            "params",
            "active_params",
            "model",
            "model_config",
            "tokens",
            "flops",
            "count",
            "days",
            "price_per_hour",
            "purchase_price",
            "overhead",
            "lifetime_years",
            "utilization",
            "cost_of_capital",
            "colocation",
            "resale",
            "power_draw",
            "pue",
            "host_overhead",
            "electricity_price",
            "carbon_intensity",
            "seq_len",
            "micro_batch",
            "layers",
            "hidden",
        )
    }
    form = TrainingForm(
        **text,
        device=args.device or "",
        precision=args.precision or DEFAULT_PRECISION,
        mfu=args.mfu,
        mfu_band=is_preset_name(args.mfu),
        pricing=args.pricing,
        optimizer=args.optimizer,
        sharding=args.sharding,
        recompute=args.recompute,
        **layout_fields(args),
    )
    return parse_form(form, money)


# Core field names that differ from their option.
OPTIONS: dict[str, str] = {
    "devices": "--count",
    "target_days": "--days",
    "mfu_band": "--mfu",
    "carbon": "--carbon-intensity",
    "global_batch": "--global-batch",
    "node_size": "--node-size",
}


def option_name(field: str) -> str:
    """The option behind a core input field: ``price_per_hour`` → ``--price-per-hour``."""
    return OPTIONS.get(field, "--" + field.replace("_", "-"))


def run_cost(args: argparse.Namespace) -> int:
    """``gpucompare cost``."""
    try:
        return _run(args)
    except InputError as error:
        raise UsageError(f"{option_name(error.field)}: {error.message}") from None


def _run(args: argparse.Namespace) -> int:
    if not (args.params or args.model or args.model_config):
        raise UsageError("give --params, --model or --model-config")
    money = currency(args.currency)
    inputs = build_inputs(args, money)
    inputs.validate()
    catalog = load_priced(args).catalog
    if args.all:
        text = _render_ranking(inputs, catalog, args.format, money)
        if args.explain and args.format == "table":
            text += _layout_explanations(inputs, catalog)
        emit(text, args.output)
        return 0
    args.device = device_id_or_usage_error(catalog, args.device)
    matches = catalog.index[catalog["id"] == args.device]
    row = catalog.loc[matches[0]]
    result = estimate(inputs, row)
    if args.precision is not None:
        require_throughput(result)
    result = replace(result, cost_note=device_cost_note(result.cost_note, row, inputs))
    emit(_render_result(result, args.format, money), args.output)
    return 0


def _money_key(key: str, money: Currency) -> str:
    return key.removesuffix("_usd") + "_" + money.code.lower() if key in MONEY_KEYS else key


def _record(result: TrainingResult, money: Currency) -> dict[str, object]:
    record = result.to_record()
    if result.unknown:
        record["unknown"] = {_money_key(key, money): why for key, why in result.unknown.items()}
    return {
        _money_key(key, money): (
            money.from_usd(value) if key in MONEY_KEYS and value is not None else value
        )
        for key, value in record.items()
    }


def _converted(frame: pd.DataFrame, money: Currency) -> pd.DataFrame:
    converted = frame.copy()
    for key in MONEY_KEYS:
        converted[key] = converted[key] * money.per_usd
    return converted.rename(columns={key: _money_key(key, money) for key in MONEY_KEYS})


def _render_result(result: TrainingResult, fmt: str, money: Currency) -> str:
    record = _record(result, money)
    if fmt == "json":
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        record["warnings"] = "; ".join(result.warnings)
        unknown = record.get("unknown")
        if isinstance(unknown, dict):
            record["unknown"] = "; ".join(f"{key}: {why}" for key, why in unknown.items())
        return render(pd.DataFrame([record]), list(record), "csv")
    return _describe(result, money)


def _amount(value: float | None, money: Currency) -> str:
    return "—" if value is None else f"{format_number(money.from_usd(value))} {money.code}"


def _total(result: TrainingResult, money: Currency) -> str:
    if "total_cost_usd" in result.unknown:
        return UNKNOWN
    if result.total_cost_usd is None:
        return f"— ({result.cost_note})"
    return _amount(result.total_cost_usd, money)


UNKNOWN = "unknown"


def _number(value: float | None, unit: str = "") -> str:
    return UNKNOWN if value is None else f"{format_number(value)}{unit}"


def _known(result: TrainingResult, key: str, text: str) -> str:
    """``text``, or "unknown" when a missing figure leaves ``key`` unknown."""
    return UNKNOWN if key in result.unknown else text


def _precision(result: TrainingResult) -> str:
    if result.precision_used is None:
        return UNKNOWN
    if result.precision_used != result.precision:
        return (
            f"{result.precision_used} (no {result.precision} figure: its best training precision)"
        )
    return result.precision_used


def _memory(result: TrainingResult) -> str:
    fits = {True: "fits", False: "does not fit", None: "not checked"}[result.fits]
    available = (
        "unknown" if result.memory_available_gb is None else f"{result.memory_available_gb:g} GB"
    )
    return f"{_number(result.memory_per_device_gb, ' GB')} of {available} ({fits})"


def _hours(result: TrainingResult) -> str:
    if result.wall_clock_hours is None or result.wall_clock_days is None:
        return UNKNOWN
    return (
        f"{format_number(result.wall_clock_hours)} h ({format_number(result.wall_clock_days)} days)"
    )


def _describe(result: TrainingResult, money: Currency) -> str:
    energy_cost = (
        "— (included in the cloud price)"
        if isinstance(result.inputs.pricing, CloudPricing)
        else _amount(result.energy_cost_usd, money)
    )
    effective = UNKNOWN if result.effective_mfu is None else f"{result.effective_mfu:.3g}"
    min_devices = (
        UNKNOWN
        if "min_devices" in result.unknown
        else "none"
        if result.min_devices is None
        else f"{result.min_devices:,}"
    )
    rows = [
        ("Training compute", f"{result.training_flops:.3g} FLOP".replace("e+", "e")),
        ("Tokens", format_count(result.tokens)),
        ("Precision", _precision(result)),
        ("Devices", UNKNOWN if result.devices is None else f"{result.devices:,}"),
        ("Layout", UNKNOWN if result.layout is None else f"{result.layout} (TP × PP × DP)"),
        ("MFU", f"{result.mfu:.3g}, effective {effective}"),
        ("Wall-clock time", _hours(result)),
        ("Device-hours", _number(result.device_hours)),
        (
            "Compute cost",
            _known(result, "compute_cost_usd", _amount(result.compute_cost_usd, money)),
        ),
        ("Energy", _known(result, "energy_kwh", _number(result.energy_kwh, " kWh"))),
        ("Energy cost", _known(result, "energy_cost_usd", energy_cost)),
        ("Total cost", _total(result, money)),
        ("CO2", _known(result, "co2_kg", _number(result.co2_kg, " kg"))),
        ("Memory per device", _memory(result)),
        ("Minimum devices", min_devices),
    ]
    if result.band is not None:
        rows.append(_band(result.band, money))
    width = max(len(label) for label, _ in rows)
    precision = "" if result.precision_used is None else f", {result.precision_used}"
    lines = [f"{result.name} ({result.device}){precision}"]
    lines += [f"  {label.ljust(width)}  {value}" for label, value in rows]
    lines += _unknown_lines(result, money)
    if result.warnings:
        lines.append("Warnings:")
        lines += [f"  - {text}" for text in result.warnings]
    lines.append("How each number is computed:")
    lines += [f"  {_money_key(key, money)}: {text}" for key, text in explain(result, money).items()]
    return "\n".join(lines) + "\n"


def _band(band: tuple[TrainingResult, TrainingResult], money: Currency) -> tuple[str, str]:
    low, high = band
    return (
        f"MFU {low.mfu:.3g} to {high.mfu:.3g}",
        f"{_number(low.wall_clock_days)} to {_number(high.wall_clock_days)} "
        f"days, {_amount(low.total_cost_usd, money)} to "
        f"{_amount(high.total_cost_usd, money)}",
    )


def _unknown_lines(result: TrainingResult, money: Currency) -> list[str]:
    """Each reason once, with the outputs it leaves unknown."""
    keys: dict[str, list[str]] = {}
    for key, reason in result.unknown.items():
        keys.setdefault(reason, []).append(_money_key(key, money))
    if not keys:
        return []
    return ["Unknown:"] + [f"  - {', '.join(names)}: {reason}" for reason, names in keys.items()]


TABLE_COLUMNS: dict[str, str] = {
    "device": "Device",
    "name": "Name",
    "precision_used": "Precision",
    "devices": "Devices",
    "layout": "Layout (TP×PP×DP)",
    "effective_mfu": "MFU eff.",
    "wall_clock_days": "Days",
    "device_hours": "Device-hours",
    "total_cost_usd": "Total cost ({c})",
    "energy_kwh": "Energy (kWh)",
    "co2_kg": "CO2 (kg)",
    "memory_per_device_gb": "Memory/device (GB)",
    "min_devices": "Min devices",
}


def _render_ranking(
    inputs: TrainingInputs, catalog: pd.DataFrame, fmt: str, money: Currency
) -> str:
    ranking = rank(inputs, catalog)
    ranking = Ranking(
        device_cost_notes(ranking.results, catalog, inputs),
        device_reasons(ranking.excluded, catalog, inputs),
    )
    results = _converted(ranking.results, money)
    if fmt == "json":
        keys = [_money_key(key, money) for key in RESULT_KEYS]
        document = {
            "results": to_json_records(results[keys], keys),
            "excluded": to_json_records(
                ranking.excluded[["device", "reason"]], ["device", "reason"]
            ),
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        results["warnings"] = ["; ".join(texts) for texts in results["warnings"]]
        if len(ranking.excluded):
            print(
                f"{len(ranking.excluded)} devices excluded (see --format table or json)",
                file=sys.stderr,
            )
        return render(results, list(results.columns), "csv")
    table = ranking.results.assign(wall_clock_days=ranking.results["wall_clock_hours"] / 24.0)
    table["total_cost_usd"] = table["total_cost_usd"] * money.per_usd
    headers = [label.format(c=money.code) for label in TABLE_COLUMNS.values()]
    text = _typed_price(inputs, money)
    if len(table):
        text += render_table(table[list(TABLE_COLUMNS)], headers)
    else:
        text += nothing_feasible(inputs, ranking.excluded)
    text += _grouped("Cost unknown", ranking.results, "cost_note")
    text += _grouped("Warnings", ranking.results, "warnings")
    if len(ranking.excluded):
        text += f"\nExcluded ({len(ranking.excluded)}):\n"
        text += "".join(
            f"  {row.device}: {row.reason}\n" for row in ranking.excluded.itertuples(index=False)
        )
    return text


def _layout_explanations(inputs: TrainingInputs, catalog: pd.DataFrame) -> str:
    """``--explain``: every ranked device's layout and effective-MFU breakdown."""
    results = rank(inputs, catalog).results
    rows = catalog.set_index("id", drop=False)
    explanations = {}
    for device in results["device"]:
        result = estimate(inputs, rows.loc[device])
        explanations[device] = f"{explain_layout(result)}\n    {explain_effective_mfu(result)}"
    return explain_ranking(results, explanations)


def _typed_price(inputs: TrainingInputs, money: Currency) -> str:
    pricing = inputs.pricing
    typed = (
        pricing.price_per_hour_usd
        if isinstance(pricing, CloudPricing)
        else pricing.purchase_price_usd
    )
    if typed is None:
        return ""
    what = "per device-hour" if isinstance(pricing, CloudPricing) else "per device (purchase)"
    return f"Your price, {_amount(typed, money)} {what}, applies to every device below.\n\n"


def _grouped(title: str, results: pd.DataFrame, column: str) -> str:
    """Each distinct note once, with the devices it applies to."""
    notes: dict[str, list[str]] = {}
    for device, value in zip(results["device"], results[column], strict=True):
        texts = value if isinstance(value, tuple) else (value,) if isinstance(value, str) else ()
        for note in texts:
            notes.setdefault(note, []).append(device)
    if not notes:
        return ""
    every = len(results)
    return f"\n{title}:\n" + "".join(
        f"  - {note} ({'all devices' if len(devices) == every else ', '.join(devices)})\n"
        for note, devices in notes.items()
    )


def nothing_feasible(inputs: TrainingInputs, excluded: pd.DataFrame) -> str:
    """Why no device can run the job, and what to change."""
    counts = excluded["reason"].value_counts()
    lines = ["No device can run this job:"]
    lines += [f"  - {reason}: {count} device(s)" for reason, count in counts.items()]
    tips = []
    reasons = " ".join(counts.index)
    if "does not fit in memory on" in reasons:
        tips.append("more devices (--count) or a target time (--days), which finds the count")
    if "any device count" in reasons:
        tips.append("--sharding zero3, --recompute or a smaller --micro-batch or --seq-len")
    if "needs more than" in reasons:
        tips.append("more --days")
    if "figure" in reasons:
        tips.append("another --precision, or --catalog with the missing figures")
    lines.append("Try: " + "; ".join(tips) + "." if tips else "Try a smaller model.")
    return "\n".join(lines) + "\n"
