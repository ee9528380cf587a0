"""What a user asks the inference sizer: a model, precisions, context, batch and device count."""

from __future__ import annotations

from dataclasses import dataclass

from gpucompare.core.inference.precision import (
    KV_PRECISIONS,
    WEIGHT_PRECISIONS,
    check_precision,
)
from gpucompare.core.issues import InputError
from gpucompare.core.models.spec import ModelSpec

MAX_CONTEXT = 100_000_000
MAX_BATCH = 1_000_000
MAX_DEVICES = 1_000_000
DEFAULT_CONTEXT = 4096


@dataclass(frozen=True)
class InferenceInputs:
    """One serving question.

    ``context`` is the tokens each sequence holds (prompt plus generated tokens) at the
    step being sized; ``batch`` is the number of sequences served concurrently;
    ``devices`` is the tensor-parallel device count. Precisions are upper-cased.
    """

    model: ModelSpec
    weight_precision: str = "BF16"
    kv_precision: str = "BF16"
    context: int = DEFAULT_CONTEXT
    batch: int = 1
    devices: int = 1

    def __post_init__(self) -> None:
        for name in ("weight_precision", "kv_precision"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, value.strip().upper())

    def validate(self) -> None:
        """Raise :class:`InputError` naming the first invalid input."""
        if not isinstance(self.model, ModelSpec):
            raise InputError("model", f"must be a model preset or custom model, got {self.model!r}")
        self.model.validate()
        check_precision("weight_precision", self.weight_precision, WEIGHT_PRECISIONS)
        check_precision("kv_precision", self.kv_precision, KV_PRECISIONS)
        _check_whole("context", self.context, MAX_CONTEXT)
        _check_whole("batch", self.batch, MAX_BATCH)
        _check_whole("devices", self.devices, MAX_DEVICES)
        limit = self.model.max_context
        if limit is not None and self.context > limit:
            raise InputError(
                "context",
                f"{self.model.name} supports at most {limit:,} tokens, got {self.context:,}",
            )


def _check_whole(field_name: str, value: object, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(field_name, f"must be a whole number, got {value!r}")
    if not 1 <= value <= high:
        raise InputError(field_name, f"must be between 1 and {high:,}, got {value:,}")
