"""The brief's training and inference sections: results per device, assumptions, formulas."""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import QCoreApplication

from gpucompare.core.brief import BriefData, Excluded, InferenceCase
from gpucompare.core.inference import explain as explain_inference
from gpucompare.core.state import AppState
from gpucompare.core.training import CloudPricing, TrainingInputs, TrainingResult
from gpucompare.ui.labels.calculators import (
    inference_reasons,
    optimizer_labels,
    sharding_labels,
    training_exclusions,
)
from gpucompare.ui.labels.messages import message_text
from gpucompare.ui.pages.calculator import number_text
from gpucompare.ui.pages.training.results import TrainingResultText
from gpucompare.ui.report import markup


def _dash(value: float | None, unit: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{number_text(float(value))} {unit}".strip()


def _training_assumptions(state: AppState, inputs: TrainingInputs) -> list[str]:
    form = state.training_form
    cloud = isinstance(inputs.pricing, CloudPricing)
    layout = (
        QCoreApplication.translate("Brief", "{n} devices").format(n=f"{inputs.devices:,}")
        if inputs.devices is not None
        else QCoreApplication.translate("Brief", "as many devices as finish in {d} days").format(
            d=_dash(inputs.target_days)
        )
    )
    energy = inputs.energy
    money = state.currency
    extra = _ownership_and_host(inputs, money.code, money.from_usd)
    return [
        QCoreApplication.translate("Brief", "Model: {p} parameters, {t} tokens, {f} FLOP").format(
            p=form.params, t=form.tokens or "—", f=f"{inputs.training_flops:.3g}"
        ),
        QCoreApplication.translate("Brief", "Precision {p}; MFU {m:g}").format(
            p=inputs.precision, m=inputs.mfu
        ),
        QCoreApplication.translate(
            "Brief", "Layout: {layout}; {sharding}; {optimizer}; sequence length {s}"
        ).format(
            layout=layout,
            sharding=sharding_labels().get(inputs.memory.sharding, inputs.memory.sharding),
            optimizer=optimizer_labels().get(inputs.memory.optimizer, inputs.memory.optimizer),
            s=f"{inputs.memory.sequence_length:,}",
        ),
        QCoreApplication.translate("Brief", "Pricing: cloud, on-demand price per device-hour")
        if cloud
        else QCoreApplication.translate(
            "Brief", "Pricing: owned hardware over {y:g} years at {u:.0%} utilisation"
        ).format(y=inputs.pricing.lifetime_years, u=inputs.pricing.utilization),
        QCoreApplication.translate(
            "Brief", "PUE {pue:g}; grid carbon {c:g} kg CO₂/kWh; electricity {e} {code}/kWh"
        ).format(
            pue=energy.pue,
            c=energy.carbon_kg_per_kwh,
            e=number_text(money.from_usd(energy.electricity_usd_per_kwh)),
            code=money.code,
        ),
        *extra,
        QCoreApplication.translate("Brief", "Prices: {policy}").format(
            policy=message_text(state.price_policy.describe())
        ),
    ]


def _ownership_and_host(
    inputs: TrainingInputs, code: str, convert: Callable[[float], float]
) -> list[str]:
    """The owned-pricing finance terms (owned only) and the host power the energy counts."""
    host = inputs.energy.host_overhead
    lines = [
        QCoreApplication.translate("Brief", "Host power: by node class (DGX system power)")
        if host is None
        else QCoreApplication.translate("Brief", "Host power: {h:g} × device power").format(h=host)
    ]
    pricing = inputs.pricing
    if isinstance(pricing, CloudPricing):
        return lines
    text = QCoreApplication.translate(
        "Brief",
        "Ownership: cost of capital {r:.0%} a year; whole nodes of {s}; colocation {c} "
        "{code}/kW-month; resale {v:.0%}",
    ).format(
        r=pricing.cost_of_capital,
        s=pricing.node_size,
        c=number_text(convert(pricing.colocation_usd_per_kw_month)),
        code=code,
        v=pricing.resale_fraction,
    )
    return [*lines, text]


def _price_note(row: pd.Series, cloud: bool) -> str:
    if cloud:
        parts = (row.get("cloud_provider"), row.get("cloud_price_date"))
    else:
        parts = (row.get("launch_price_kind"), row.get("launch_price_date"))
    return ", ".join(str(p) for p in parts if isinstance(p, str) and p) or "—"


def training_section(state: AppState, data: BriefData) -> str:
    """The training run on each chosen device, its assumptions, formulas and exclusions."""
    case = data.training
    if case.inputs is None:
        error = case.error
        return markup.paragraph(
            QCoreApplication.translate("Brief", "The training inputs are incomplete: {e}").format(
                e=error
            )
        )
    text = TrainingResultText(state)
    cloud = isinstance(case.inputs.pricing, CloudPricing)
    by_id = data.rows.set_index("id")
    headers = [
        QCoreApplication.translate("Brief", "Device"),
        QCoreApplication.translate("Brief", "Devices"),
        QCoreApplication.translate("Brief", "Days"),
        QCoreApplication.translate("Brief", "Device-hours"),
        QCoreApplication.translate("Brief", "Price per device-hour ({c})").format(
            c=state.currency.code
        ),
        QCoreApplication.translate("Brief", "Price source and date"),
        QCoreApplication.translate("Brief", "Total cost"),
        QCoreApplication.translate("Brief", "CO₂ (t)"),
        QCoreApplication.translate("Brief", "Fits"),
    ]
    yes_no = {
        True: QCoreApplication.translate("Brief", "yes"),
        False: QCoreApplication.translate("Brief", "no"),
        None: "—",
    }
    rows = [
        [
            r.name,
            f"{r.devices:,}",
            number_text(r.wall_clock_days),
            number_text(r.device_hours),
            _dash(
                None
                if r.price_per_device_hour_usd is None
                else state.currency.from_usd(r.price_per_device_hour_usd)
            ),
            _price_note(by_id.loc[r.device], cloud),
            _cost_text(text, r),
            _dash(None if r.co2_kg is None else r.co2_kg / 1000),
            yes_no[r.fits],
        ]
        for r in case.results
    ]
    parts = [
        markup.heading(3, QCoreApplication.translate("Brief", "Assumptions")),
        markup.bullet_list(_training_assumptions(state, case.inputs)),
    ]
    if rows:
        parts += [
            markup.heading(3, QCoreApplication.translate("Brief", "Results, cheapest first")),
            markup.table(headers, rows),
        ]
        best = case.results[0]
        parts.append(
            markup.heading(
                3,
                QCoreApplication.translate("Brief", "How it is computed ({name})").format(
                    name=best.name
                ),
            )
        )
        formulas = [
            markup.formula(f"{label}: {value}", formula)
            for _, label, value, formula in text.rows(best)
        ]
        parts.append(markup.bullet_list(formulas, raw=True))
        warnings = [message_text(w) for r in case.results for w in r.warnings]
        parts.append(markup.bullet_list(list(dict.fromkeys(warnings))))
    excluded = pd.DataFrame(
        {"device": [e.device for e in case.excluded], "reason": [e.reason for e in case.excluded]}
    )
    parts.append(
        _excluded(case.excluded, training_exclusions(excluded, state.catalog, case.inputs))
    )
    return "".join(parts)


def _cost_text(text: TrainingResultText, result: TrainingResult) -> str:
    if result.total_cost_usd is not None:
        return text.money(result.total_cost_usd)
    return message_text(result.cost_note) if result.cost_note else "—"


def _excluded(excluded: tuple[Excluded, ...], reasons: list[str]) -> str:
    """The devices that cannot run the case, each with its reason in the UI language."""
    if not excluded:
        return ""
    items = [f"{e.name}: {reason}" for e, reason in zip(excluded, reasons, strict=True)]
    return markup.heading(
        3, QCoreApplication.translate("Brief", "Devices that cannot run it")
    ) + markup.bullet_list(items)


def inference_section(state: AppState, data: BriefData) -> str:
    """The inference case on each chosen device, its assumptions, formulas and exclusions."""
    case: InferenceCase = data.inference
    if case.inputs is None:
        return markup.paragraph(
            QCoreApplication.translate("Brief", "The inference inputs are incomplete: {e}").format(
                e=case.error
            )
        )
    from gpucompare.ui.pages.inference.labels import result_labels

    inputs, money = case.inputs, state.currency
    assumptions = [
        QCoreApplication.translate("Brief", "Model: {m} ({p} parameters)").format(
            m=inputs.model.name, p=f"{inputs.model.params / 1e9:,.1f} B"
        ),
        QCoreApplication.translate(
            "Brief", "Weights in {w}, KV cache in {kv}; context {c} tokens; batch {b}"
        ).format(
            w=inputs.weight_precision,
            kv=inputs.kv_precision,
            c=f"{inputs.context:,}",
            b=f"{inputs.batch:,}",
        ),
        QCoreApplication.translate(
            "Brief", "Each device at the fewest devices that hold the model (at most {n})."
        ).format(n=case.max_count),
        QCoreApplication.translate(
            "Brief",
            "Throughputs are upper bounds (memory bandwidth and dense peak), not benchmarks.",
        ),
    ]
    headers = [
        QCoreApplication.translate("Brief", "Device"),
        QCoreApplication.translate("Brief", "Devices"),
        QCoreApplication.translate("Brief", "Memory used (GB)"),
        QCoreApplication.translate("Brief", "Decode ≤ tok/s/seq"),
        QCoreApplication.translate("Brief", "Prefill ≤ tok/s"),
        QCoreApplication.translate("Brief", "≥ {c} per 1M tokens").format(c=money.code),
    ]
    rows = [
        [
            r.device_name,
            f"{r.devices:,}",
            _dash(r.total_gb),
            _dash(r.decode_tokens_per_s_per_sequence),
            _dash(r.prefill_tokens_per_s),
            _dash(
                None
                if r.usd_per_million_tokens is None
                else money.from_usd(r.usd_per_million_tokens)
            ),
        ]
        for r in case.results
    ]
    parts = [
        markup.heading(3, QCoreApplication.translate("Brief", "Assumptions")),
        markup.bullet_list(assumptions),
    ]
    if rows:
        parts += [
            markup.heading(3, QCoreApplication.translate("Brief", "Results")),
            markup.table(headers, rows),
        ]
        first = case.results[0]
        labels = result_labels()
        parts.append(
            markup.heading(
                3,
                QCoreApplication.translate("Brief", "How it is computed ({name})").format(
                    name=first.device_name
                ),
            )
        )
        formulas = [
            markup.formula(labels.get(e.key, e.label), message_text(e.formula))
            for e in explain_inference(first, money.per_usd, money.code)
        ]
        parts.append(markup.bullet_list(formulas, raw=True))
        parts.append(markup.bullet_list([message_text(note) for note in first.notes]))
    reasons = inference_reasons(case.max_count)
    parts.append(_excluded(case.excluded, [reasons.get(e.reason, e.reason) for e in case.excluded]))
    return "".join(parts)
