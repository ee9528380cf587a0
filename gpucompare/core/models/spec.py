"""A model's size and attention shape: what the memory and bandwidth arithmetic needs.

A preset (see :mod:`.presets`) or a user's custom model is a :class:`ModelSpec`. Only
the parameter count is required; without layers and heads the KV cache is not modelled
(and every result says so).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message

MAX_PARAMS = 1e14  # 100 trillion: far above any published model
MAX_DIMENSION = 1_000_000
# The whole-number fields of a model description (the shape and the experts).
INTEGER_FIELDS: tuple[str, ...] = (
    "layers",
    "hidden",
    "attention_heads",
    "kv_heads",
    "head_dim",
    "kv_latent_dim",
    "vocab",
    "max_context",
    "experts",
    "experts_per_token",
    "shared_experts",
    "sliding_window",
)


@dataclass(frozen=True)
class ModelSpec:
    """A transformer's parameter count and attention shape.

    ``kv_heads`` is the number of key/value heads (fewer than ``attention_heads`` with
    grouped-query attention). ``kv_latent_dim``, when set, is the number of elements a
    multi-head-latent-attention model (DeepSeek-V3) caches per token per layer; it
    replaces ``2 × kv_heads × head_dim``. ``active_params`` is set for a mixture of
    experts: the parameters used for one token. ``experts`` routed experts per MoE layer,
    ``experts_per_token`` of them chosen per token (``shared_experts`` always run and are
    counted in the active parameters). ``sliding_window``, when set, is the most tokens
    any layer attends to (and caches).
    """

    name: str
    params: float
    active_params: float | None = None
    layers: int | None = None
    hidden: int | None = None
    attention_heads: int | None = None
    kv_heads: int | None = None
    head_dim: int | None = None
    kv_latent_dim: int | None = None
    vocab: int | None = None
    max_context: int | None = None
    experts: int | None = None
    experts_per_token: int | None = None
    shared_experts: int | None = None
    sliding_window: int | None = None
    id: str = "custom"
    source: str = ""
    notes: str = ""

    @property
    def is_moe(self) -> bool:
        """True for a mixture of experts (fewer active than total parameters)."""
        return self.active_params is not None and self.active_params < self.params

    @property
    def params_per_token(self) -> float:
        """Parameters used for one token: the active ones for a mixture of experts."""
        return self.active_params if self.active_params is not None else self.params

    @property
    def embedding_params(self) -> float:
        """Parameters of the token-embedding table (vocab × hidden; 0 when unknown)."""
        if self.vocab is None or self.hidden is None:
            return 0.0
        return float(self.vocab * self.hidden)

    @property
    def head_params(self) -> float:
        """Parameters of the output head: untied, the same size as the embedding table."""
        return self.embedding_params

    @property
    def routed(self) -> bool:
        """True when the expert count and routing are known (so expert coverage is modelled)."""
        return self.is_moe and self.experts is not None and self.experts_per_token is not None

    @property
    def attention_width(self) -> int:
        """Query heads × head size: the width attention FLOPs scale with (0 when unknown)."""
        if self.attention_heads is None or self.head_dim is None:
            return 0
        return self.attention_heads * self.head_dim

    @property
    def kv_modelled(self) -> bool:
        """True when the shape is known well enough to size the KV cache."""
        if self.layers is None:
            return False
        return self.kv_latent_dim is not None or (
            self.kv_heads is not None and self.head_dim is not None
        )

    @property
    def kv_elements_per_token(self) -> int:
        """Cached elements per token over all layers (0 when the KV cache is not modelled).

        ``layers × 2 × kv_heads × head_dim`` (one K and one V vector per KV head), or
        ``layers × kv_latent_dim`` for multi-head latent attention.
        """
        if self.layers is None:
            return 0
        if self.kv_latent_dim is not None:
            return self.layers * self.kv_latent_dim
        if self.kv_heads is None or self.head_dim is None:
            return 0
        return self.layers * 2 * self.kv_heads * self.head_dim

    def validate(self) -> None:
        """Raise :class:`InputError` naming the first invalid field."""
        _check_count("params", self.params, 1.0, MAX_PARAMS)
        if self.experts and self.experts_per_token and self.experts_per_token > self.experts:
            raise InputError(
                "experts_per_token",
                Message(
                    "cannot exceed the experts ({experts}), got {experts_per_token}",
                    experts=str(self.experts),
                    experts_per_token=str(self.experts_per_token),
                ),
            )
        if self.active_params is not None:
            _check_count("active_params", self.active_params, 1.0, self.params)
        for field_name in INTEGER_FIELDS:
            value = getattr(self, field_name)
            if value is not None:
                _check_integer(field_name, value, MAX_DIMENSION * 100)
        if self.kv_heads is not None and self.attention_heads is not None:
            if self.kv_heads > self.attention_heads:
                raise InputError(
                    "kv_heads",
                    Message(
                        "cannot exceed the attention heads ({attention_heads}), got {kv_heads}",
                        attention_heads=str(self.attention_heads),
                        kv_heads=str(self.kv_heads),
                    ),
                )
            if self.attention_heads % self.kv_heads:
                raise InputError(
                    "kv_heads",
                    Message(
                        "must divide the attention heads ({attention_heads}) evenly, "
                        "got {kv_heads}",
                        attention_heads=str(self.attention_heads),
                        kv_heads=str(self.kv_heads),
                    ),
                )
        self._validate_experts()

    def _validate_experts(self) -> None:
        given = (self.experts is not None, self.experts_per_token is not None)
        if any(given) and not all(given):
            raise InputError("experts", Message("give the expert count with the experts per token"))
        if self.experts is None or self.experts_per_token is None:
            return
        if self.experts_per_token > self.experts:
            raise InputError(
                "experts_per_token",
                Message(
                    "cannot exceed the experts ({experts}), got {experts_per_token}",
                    experts=str(self.experts),
                    experts_per_token=str(self.experts_per_token),
                ),
            )
        if not self.is_moe or self.experts_per_token == self.experts:
            raise InputError(
                "active_params",
                Message(
                    "a mixture of experts needs fewer active parameters than total parameters "
                    "and fewer experts per token than experts"
                ),
            )


def custom_model(
    params: float,
    *,
    layers: int | None = None,
    hidden: int | None = None,
    heads: int | None = None,
    kv_heads: int | None = None,
    active_params: float | None = None,
    experts: int | None = None,
    experts_per_token: int | None = None,
    name: str = "",
) -> ModelSpec:
    """A user's model: a parameter count, optionally with the shape that sizes its KV cache.

    Layers, hidden size and heads go together (all or none). ``kv_heads`` defaults to
    ``heads`` (multi-head attention); head size is ``hidden / heads``. A mixture of
    experts gives ``active_params`` and, for expert coverage at batch, ``experts`` and
    ``experts_per_token``.
    """
    _check_count("params", params, 1.0, MAX_PARAMS)
    if active_params is not None:
        _check_count("active_params", active_params, 1.0, params)
    shape = {"layers": layers, "hidden": hidden, "heads": heads}
    if kv_heads is not None and heads is None:
        raise InputError(
            "kv_heads", Message("give heads (with layers and hidden size) with KV heads")
        )
    head_dim = None
    if any(value is not None for value in shape.values()):
        for key, value in shape.items():
            if value is None:
                raise InputError(
                    key, Message("layers, hidden size and heads go together: give all three")
                )
            _check_integer(key, value, MAX_DIMENSION)
    if hidden is not None and heads is not None:
        if hidden % heads:
            raise InputError(
                "heads",
                Message(
                    "must divide the hidden size ({hidden}) evenly, got {heads}",
                    hidden=str(hidden),
                    heads=str(heads),
                ),
            )
        head_dim = hidden // heads
    spec = ModelSpec(
        name=name or f"custom {params / 1e9:g}B model",
        params=float(params),
        layers=layers,
        hidden=hidden,
        attention_heads=heads,
        kv_heads=(kv_heads if kv_heads is not None else heads),
        head_dim=head_dim,
        active_params=None if active_params is None else float(active_params),
        experts=experts,
        experts_per_token=experts_per_token,
    )
    spec.validate()
    return spec


def _check_count(field_name: str, value: object, low: float, high: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(field_name, Message("must be a number, got {value}", value=f"{value!r}"))
    if not math.isfinite(value) or not low <= value <= high:
        raise InputError(
            field_name,
            Message(
                "must be between {low} and {high}, got {value}",
                low=f"{low:g}",
                high=f"{high:g}",
                value=f"{value:g}",
            ),
        )


def _check_integer(field_name: str, value: object, high: int) -> None:
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
