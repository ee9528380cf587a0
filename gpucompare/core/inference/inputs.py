"""What a user asks the inference sizer: a model, precisions, workload, batch, devices, engine."""

from __future__ import annotations

from dataclasses import dataclass

from gpucompare.core.inference.engines import DEFAULT_ENGINE, Engine, engine
from gpucompare.core.inference.precision import (
    KV_PRECISIONS,
    WEIGHT_PRECISIONS,
    check_precision,
)
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message
from gpucompare.core.models.spec import ModelSpec

MAX_CONTEXT = 100_000_000
MAX_BATCH = 1_000_000
MAX_DEVICES = 1_000_000
MAX_TARGET_S = 86_400.0
DEFAULT_CONTEXT = 4096


@dataclass(frozen=True)
class InferenceInputs:
    """One serving question.

    ``context`` is the tokens each sequence holds (prompt plus generated tokens) at the
    step being sized; ``batch`` is the number of sequences served concurrently;
    ``devices`` is the device count (tensor parallel, or split by layers where the
    engine does that). Precisions are upper-cased.

    A workload (``input_tokens`` prompt and ``output_tokens`` generated tokens per
    request) adds time to first token, requests per second and prefill cost; the context
    held is then their sum. Without one, the result is a steady decode step at
    ``context`` (time to first token and prompt prices are for a ``context``-token prompt).

    Latency targets (``ttft_target_s``, ``tpot_target_s``, in seconds) replace ``batch``
    by the largest batch whose bounds meet them (see :mod:`.latency`).
    """

    model: ModelSpec
    weight_precision: str = "BF16"
    kv_precision: str = "BF16"
    context: int = DEFAULT_CONTEXT
    batch: int = 1
    devices: int = 1
    input_tokens: int | None = None
    output_tokens: int | None = None
    engine: str = DEFAULT_ENGINE
    ttft_target_s: float | None = None
    tpot_target_s: float | None = None

    def __post_init__(self) -> None:
        for name in ("weight_precision", "kv_precision"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, value.strip().upper())
        if isinstance(self.engine, str):
            object.__setattr__(self, "engine", self.engine.strip().lower())

    @property
    def has_workload(self) -> bool:
        """True when prompt or output lengths are given."""
        return self.input_tokens is not None or self.output_tokens is not None

    @property
    def has_targets(self) -> bool:
        """True when a latency target is given."""
        return self.ttft_target_s is not None or self.tpot_target_s is not None

    @property
    def prompt_tokens(self) -> int:
        """Prompt tokens per request (``context`` without a workload)."""
        return self.input_tokens if self.input_tokens is not None else self.context

    @property
    def generated_tokens(self) -> int:
        """Output tokens per request (1 without a workload)."""
        return self.output_tokens if self.output_tokens is not None else 1

    @property
    def held_tokens(self) -> int:
        """Tokens one sequence holds at its longest: prompt plus output, or ``context``."""
        return self.prompt_tokens + self.generated_tokens if self.has_workload else self.context

    @property
    def decode_context(self) -> float:
        """The mean context over the decode steps (``context`` without a workload)."""
        if not self.has_workload:
            return float(self.context)
        return self.prompt_tokens + (self.generated_tokens - 1) / 2

    @property
    def serving_engine(self) -> Engine:
        """The engine preset."""
        return engine(self.engine)

    def validate(self) -> None:
        """Raise :class:`InputError` naming the first invalid input."""
        if not isinstance(self.model, ModelSpec):
            raise InputError(
                "model",
                Message(
                    "must be a model preset or custom model, got {model}", model=f"{self.model!r}"
                ),
            )
        self.model.validate()
        check_precision("weight_precision", self.weight_precision, WEIGHT_PRECISIONS)
        check_precision("kv_precision", self.kv_precision, KV_PRECISIONS)
        _check_whole("context", self.context, MAX_CONTEXT)
        _check_whole("batch", self.batch, MAX_BATCH)
        _check_whole("devices", self.devices, MAX_DEVICES)
        for name in ("input_tokens", "output_tokens"):
            if getattr(self, name) is not None:
                _check_whole(name, getattr(self, name), MAX_CONTEXT)
        for name in ("ttft_target_s", "tpot_target_s"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not 0 < value <= MAX_TARGET_S
            ):
                raise InputError(
                    name,
                    Message(
                        "must be a time in seconds above 0 and at most 86,400, got {value}",
                        value=repr(value),
                    ),
                )
        engine(self.engine)
        limit = self.model.max_context
        held = self.held_tokens
        if limit is not None and held > limit:
            field = "input_tokens" if self.has_workload else "context"
            raise InputError(
                field,
                Message(
                    "{name} supports at most {limit} input + output tokens, got {held}"
                    if self.has_workload
                    else "{name} supports at most {limit} tokens, got {held}",
                    name=self.model.name,
                    limit=f"{limit:,}",
                    held=f"{held:,}",
                ),
            )


def _check_whole(field_name: str, value: object, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(
            field_name, Message("must be a whole number, got {value}", value=f"{value!r}")
        )
    if not 1 <= value <= high:
        raise InputError(
            field_name,
            Message(
                "must be between 1 and {high}, got {value}", high=f"{high:,}", value=f"{value:,}"
            ),
        )
