"""The inference panel's inputs as typed, and their parsing (shared with ``serve``)."""

from __future__ import annotations

from gpucompare.core.forms import InferenceForm
from gpucompare.core.inference.inputs import DEFAULT_CONTEXT, MAX_TARGET_S, InferenceInputs
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message
from gpucompare.core.models.presets import preset
from gpucompare.core.models.spec import ModelSpec, custom_model
from gpucompare.core.quantities import parse_count

SHAPE_FIELDS = ("layers", "hidden", "heads", "kv_heads")
MOE_FIELDS = ("experts", "experts_per_token")


def is_parameter_count(text: str) -> bool:
    """True when the model field holds a count such as ``70B`` rather than a preset id."""
    text = text.strip()
    return text[:1].isdigit() or text[:1] == "."


def _whole(text: str, field: str) -> int:
    value = parse_count(text, field)
    if value != int(value):
        raise InputError(field, Message("must be a whole number, got {text}", text=str(text)))
    return int(value)


def _milliseconds(text: str, field: str) -> float | None:
    """A latency target typed in milliseconds, in seconds (None when empty)."""
    if not text.strip():
        return None
    try:
        value = float(text.strip().replace(",", ""))
    except ValueError:
        raise InputError(
            field,
            Message("must be a time in milliseconds such as 200, got {text}", text=repr(text)),
        ) from None
    if not 0 < value <= MAX_TARGET_S * 1000:
        raise InputError(
            field, Message("must be above 0 and at most 86,400,000 ms, got {text}", text=text)
        )
    return value / 1000


def parse_model(form: InferenceForm) -> ModelSpec:
    """The preset the form names, or a custom model from its count and optional shape."""
    shape = {name: getattr(form, name).strip() for name in (*SHAPE_FIELDS, *MOE_FIELDS)}
    active = form.active_params.strip()
    if is_parameter_count(form.model):
        params = parse_count(form.model, "model")
        given: dict[str, int | float] = {
            name: _whole(text, name) for name, text in shape.items() if text
        }
        if active:
            given["active_params"] = parse_count(active, "active_params")
        return custom_model(params, **given)  # type: ignore[arg-type]
    if any(shape.values()) or active:
        raise InputError(
            "model",
            Message(
                "layers, hidden size, heads and experts describe a custom model: "
                "give the model as a parameter count such as 70B"
            ),
        )
    return preset(form.model.strip())


def default_kv_precision(weight_precision: str) -> str:
    """KV cache follows FP16 weights in FP16, everything else in BF16."""
    return "FP16" if weight_precision.strip().upper() == "FP16" else "BF16"


def parse_form(form: InferenceForm) -> tuple[InferenceInputs, int]:
    """Validated inputs, and the largest device count the ranking may use."""
    model = parse_model(form)
    kv_precision = form.kv_precision.strip() or default_kv_precision(form.precision)
    context = (
        _whole(form.context, "context")
        if form.context.strip()
        else min(DEFAULT_CONTEXT, model.max_context or DEFAULT_CONTEXT)
    )
    workload = {
        name: _whole(getattr(form, name), name)
        for name in ("input_tokens", "output_tokens")
        if getattr(form, name).strip()
    }
    inputs = InferenceInputs(
        model,
        form.precision,
        kv_precision,
        context,
        _whole(form.batch or "1", "batch"),
        _whole(form.count or "1", "devices"),
        engine=form.engine.strip() or "vllm",
        ttft_target_s=_milliseconds(form.ttft_ms, "ttft_ms"),
        tpot_target_s=_milliseconds(form.tpot_ms, "tpot_ms"),
        **workload,
    )
    inputs.validate()
    max_count = _whole(form.max_count or "8", "max_count")
    if max_count < 1:
        raise InputError(
            "max_count", Message("must be at least 1, got {max_count}", max_count=str(max_count))
        )
    return inputs, max_count
