"""The training calculator's inputs as the user types them, and their parsing.

The GUI keeps a :class:`TrainingForm` (text, exactly as typed) in the app state; the
CLI builds one from its options. :func:`parse_form` turns either into validated
:class:`TrainingInputs`, or raises :class:`InputError` naming the field, so both
front ends accept the same spellings (``70B``, ``2T``, ``chinchilla``, preset names).
"""

from __future__ import annotations

from gpucompare.core.currency import Currency
from gpucompare.core.forms import TrainingForm
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message
from gpucompare.core.models.hf_config import load_model_config
from gpucompare.core.models.presets import preset
from gpucompare.core.models.spec import ModelSpec
from gpucompare.core.quantities import parse_count
from gpucompare.core.training.inputs import (
    CloudPricing,
    EnergyInputs,
    MemoryInputs,
    OwnedPricing,
    TrainingInputs,
)
from gpucompare.core.training.layout_form import parse_layout_form
from gpucompare.core.training.presets import default, find, mfu_band, mfu_value

COMPUTE_OPTIMAL_WORDS = frozenset({"chinchilla", "compute-optimal", "optimal", "20n"})
PRICING_MODES = ("cloud", "owned")


def _text(value: str) -> str:
    return value.strip()


def number(text: str, field: str) -> float:
    """A plain number such as ``0.4`` or ``1,500``; InputError otherwise."""
    try:
        return float(_text(text).replace(",", "").replace("_", ""))
    except ValueError:
        raise InputError(field, Message("{text} is not a number", text=f"{text!r}")) from None


def whole(text: str, field: str) -> int:
    """A whole number of 1 or more, also written ``4k`` or ``1M``."""
    try:
        value = parse_count(text, field)
    except InputError:
        raise InputError(
            field,
            Message(
                "must be a whole number of 1 or more (e.g. 8, 512 or 4k), got {value}",
                value=f"{text.strip()!r}",
            ),
        ) from None
    if value != int(value):
        raise InputError(field, Message("must be a whole number, got {text}", text=str(text)))
    return int(value)


def number_or_preset(text: str, kind: str, field: str) -> float:
    """A number, or the value of the preset called ``text`` (e.g. ``typical``, ``china``)."""
    try:
        return float(_text(text))
    except ValueError:
        return find(kind, _text(text), field).value


def is_preset_name(text: str) -> bool:
    """True when ``text`` names a preset rather than giving a number."""
    try:
        float(_text(text))
    except ValueError:
        return True
    return False


def fraction(text: str, field: str) -> float:
    """A fraction written ``0.4`` or ``40%``."""
    stripped = _text(text)
    if stripped.endswith("%"):
        return number(stripped[:-1], field) / 100.0
    return number(stripped, field)


def _mfu(text: str, precision: str) -> tuple[float, str | None]:
    """(MFU at ``precision``, the preset key or ``None`` for a typed number)."""
    stripped = _text(text) or "typical"
    if stripped.endswith("%") or not is_preset_name(stripped):
        return fraction(stripped, "mfu"), None
    key = find("mfu", stripped, "mfu").key
    return mfu_value(key, precision), key


def _model(form: TrainingForm) -> ModelSpec | None:
    """The model preset or config.json the form names, if any."""
    if _text(form.model) and _text(form.model_config):
        raise InputError("model", Message("give a model preset or a config.json, not both"))
    if _text(form.model):
        return preset(form.model)
    if _text(form.model_config):
        return load_model_config(_text(form.model_config))
    return None


def _sizes(form: TrainingForm, spec: ModelSpec | None) -> tuple[float, float | None]:
    """(total, active) parameters: typed ones win over the model's."""
    if _text(form.params):
        params = parse_count(form.params, "params")
    elif spec is not None and spec.params > 0:
        params = spec.params
    elif spec is not None:
        raise InputError(
            "params",
            Message(
                "{source}: the parameter count of this architecture cannot be worked out "
                "from its config; give the parameters",
                source=str(spec.source),
            ),
        )
    else:
        raise InputError("params", Message("give the parameters (e.g. 70B) or a model"))
    if _text(form.active_params):
        return params, parse_count(form.active_params, "active_params")
    if spec is not None and spec.active_params is not None and not _text(form.params):
        return params, spec.active_params
    return params, None


def _shape(text: str, field: str, from_model: int | None) -> int | None:
    return whole(text, field) if _text(text) else from_model


def _attention_dim(spec: ModelSpec | None) -> int | None:
    """Heads × head size from the model, when it gives both."""
    if spec is None or spec.attention_heads is None or spec.head_dim is None:
        return None
    return spec.attention_heads * spec.head_dim


def _optional(text: str, field: str, fallback: float) -> float:
    return fallback if not _text(text) else number(text, field)


def _money(text: str, field: str, money: Currency) -> float | None:
    return None if not _text(text) else money.to_usd(number(text, field))


def host_overhead(text: str) -> float | None:
    """``None`` (by node class) for empty or ``node``; a fraction, ``40%`` or a preset."""
    stripped = _text(text)
    if not stripped or stripped.lower() == default("host").key:
        return None
    if stripped.endswith("%") or not is_preset_name(stripped):
        return fraction(stripped, "host_overhead")
    return find("host", stripped, "host_overhead").value


def _owned(form: TrainingForm, money: Currency, owner: str | None) -> OwnedPricing:
    """Owned pricing: typed values, else the presets' (money in ``money``)."""
    base = OwnedPricing()
    return OwnedPricing(
        purchase_price_usd=_money(form.purchase_price, "purchase_price", money),
        overhead_fraction=_optional(form.overhead, "overhead", base.overhead_fraction),
        lifetime_years=_optional(form.lifetime_years, "lifetime_years", base.lifetime_years),
        utilization=_optional(form.utilization, "utilization", base.utilization),
        device=owner,
        node_size=whole(form.node_size, "node_size") if _text(form.node_size) else base.node_size,
        cost_of_capital=(
            fraction(form.cost_of_capital, "cost_of_capital")
            if _text(form.cost_of_capital)
            else base.cost_of_capital
        ),
        colocation_usd_per_kw_month=(
            money.to_usd(number(form.colocation, "colocation"))
            if _text(form.colocation)
            else base.colocation_usd_per_kw_month
        ),
        resale_fraction=(
            fraction(form.resale, "resale") if _text(form.resale) else base.resale_fraction
        ),
    )


def parse_form(form: TrainingForm, money: Currency) -> TrainingInputs:
    """Validated inputs from a form; money fields are in ``money`` and become USD."""
    tokens, optimal = None, False
    if _text(form.tokens).lower() in COMPUTE_OPTIMAL_WORDS:
        optimal = True
    elif _text(form.tokens):
        tokens = parse_count(form.tokens, "tokens")
    if _text(form.flops):
        tokens, optimal = None, False
    if form.pricing not in PRICING_MODES:
        raise InputError(
            "pricing", Message("must be cloud or owned, got {pricing}", pricing=f"{form.pricing!r}")
        )
    pricing: CloudPricing | OwnedPricing
    owner = _text(form.device) or None
    if form.pricing == "cloud":
        pricing = CloudPricing(_money(form.price_per_hour, "price_per_hour", money), owner)
    else:
        pricing = _owned(form, money, owner)
    energy = EnergyInputs()
    energy = EnergyInputs(
        draw_fraction=_optional(form.power_draw, "power_draw", energy.draw_fraction),
        pue=number_or_preset(form.pue, "pue", "pue") if _text(form.pue) else energy.pue,
        electricity_usd_per_kwh=(
            money.to_usd(number(form.electricity_price, "electricity_price"))
            if _text(form.electricity_price)
            else energy.electricity_usd_per_kwh
        ),
        carbon_kg_per_kwh=(
            number_or_preset(form.carbon_intensity, "carbon", "carbon_intensity")
            if _text(form.carbon_intensity)
            else energy.carbon_kg_per_kwh
        ),
        host_overhead=host_overhead(form.host_overhead),
    )
    spec = _model(form)
    params, active = _sizes(form, spec)
    memory = MemoryInputs(
        optimizer=form.optimizer,
        sharding="zero3" if form.sharding == "fsdp" else form.sharding,
        sequence_length=whole(form.seq_len, "seq_len"),
        micro_batch=whole(form.micro_batch, "micro_batch"),
        recompute=form.recompute,
        layers=_shape(form.layers, "layers", spec.layers if spec else None),
        hidden=_shape(form.hidden, "hidden", spec.hidden if spec else None),
        attention_dim=_attention_dim(spec),
        vocab=spec.vocab if spec is not None else None,
    )
    mfu, mfu_preset = _mfu(form.mfu, form.precision.strip().upper())
    inputs = TrainingInputs(
        params=params,
        active_params=active,
        tokens=tokens,
        compute_optimal=optimal,
        flops=parse_count(form.flops, "flops") if _text(form.flops) else None,
        precision=form.precision,
        devices=whole(form.count, "devices") if _text(form.count) else None,
        target_days=number(form.days, "target_days") if _text(form.days) else None,
        mfu=mfu,
        mfu_preset=mfu_preset,
        mfu_band=mfu_band(form.precision.strip().upper()) if form.mfu_band else None,
        pricing=pricing,
        energy=energy,
        memory=memory,
        layout=parse_layout_form(form),
    )
    inputs.validate()
    return inputs
