"""What a model asks of any device: bytes stored and read, FLOPs, KV cache (device-free).

Formulas (N parameters, N_a active per token, L layers, d = query heads × head size):

- weights = body × bits per weight + embedding table and output head at the format's
  bits for them (see :mod:`.formats`)
- KV cache per token = 2 × layers × KV heads × head size × bytes (layers × latent
  elements × bytes for multi-head latent attention); a sequence holds
  min(tokens, sliding window) tokens, rounded up to the engine's KV block
- weights read by a step over T tokens: the output head and the dense body, plus for a
  mixture of experts with E experts (k per token) the expected E·(1 − (1 − k/E)^T)
  experts per layer; the embedding table is only looked up, not read whole
- decode FLOPs per token = 2·N_a + 4·L·d·c at context c (QKᵀ and AV); a prompt of I
  tokens = 2·N_a·I + 4·L·d·Σ min(t, window) ≈ 2·N_a·I + 2·L·d·I² (causal)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from gpucompare.core.inference.formats import weight_format
from gpucompare.core.inference.inputs import InferenceInputs
from gpucompare.core.inference.precision import BYTES_PER_ELEMENT

USABLE_FRACTION = 0.9
OVERHEAD_FRACTION = 1.0 - USABLE_FRACTION
OVERHEAD_SOURCES = (
    "https://docs.vllm.ai/en/latest/models/engine_args.html",
    "https://discuss.vllm.ai/t/what-does-gpu-memory-utilisation-include/1651",
)
BYTES_PER_GB = 1e9
BYTES_PER_GIB = 2.0**30
SECONDS_PER_HOUR = 3600.0
TOKENS_PER_MILLION = 1e6


@dataclass(frozen=True)
class Demand:
    """What the model asks of any device at one device (before KV replication)."""

    weight_bytes: float
    kv_bytes_per_token: float
    kv_tokens_per_sequence: int
    kv_bytes_per_sequence: float
    kv_bytes: float
    weights_read_per_step: float
    kv_read_per_step: float
    kv_read_per_sequence: float
    flops_per_prompt_token: float
    decode_flops_per_token: float
    prefill_flops_per_request: float

    @property
    def memory_bytes(self) -> float:
        """Weights plus KV cache: what must fit in the usable memory."""
        return self.weight_bytes + self.kv_bytes

    @property
    def bytes_per_step(self) -> float:
        """Bytes one decode step reads (shared by every sequence in the batch)."""
        return self.weights_read_per_step + self.kv_read_per_step


def stored_bytes(inputs: InferenceInputs) -> float:
    """Bytes of every weight in the chosen format."""
    model, fmt = inputs.model, weight_format(inputs.weight_precision)
    embedding, head = _embedding_and_head(inputs)
    body = model.params - embedding - head
    return (body * fmt.body_bits + embedding * fmt.embedding_bits + head * fmt.head_bits) / 8


def weights_read(inputs: InferenceInputs, tokens: np.ndarray | float) -> np.ndarray:
    """Bytes of weights one forward pass over ``tokens`` tokens reads (expected, for MoE)."""
    model, fmt = inputs.model, weight_format(inputs.weight_precision)
    embedding, head = _embedding_and_head(inputs)
    tokens = np.asarray(tokens, dtype="float64")
    if model.routed:
        experts, chosen = float(model.experts), float(model.experts_per_token)  # type: ignore[arg-type]
        per_expert = (model.params - model.params_per_token) / (experts - chosen)
        dense = model.params_per_token - embedding - head - chosen * per_expert
        touched = experts * (1.0 - (1.0 - chosen / experts) ** np.maximum(tokens, 1.0))
        body = dense + per_expert * touched
    else:
        body = np.full(tokens.shape, model.params_per_token - embedding - head)
    return (body * fmt.body_bits + head * fmt.head_bits) / 8


def experts_touched(experts: int, chosen: int, tokens: float) -> float:
    """Expected experts a layer touches when ``tokens`` tokens each pick ``chosen`` of them."""
    return experts * (1.0 - (1.0 - chosen / experts) ** tokens)


def demand(inputs: InferenceInputs) -> Demand:
    """The device-independent quantities of ``inputs`` (assumed valid)."""
    model = inputs.model
    engine = inputs.serving_engine
    kv_per_token = model.kv_elements_per_token * BYTES_PER_ELEMENT[inputs.kv_precision]
    held = _windowed(model.sliding_window, inputs.held_tokens)
    block = engine.block_tokens
    held = int(math.ceil(held / block) * block)
    kv_per_sequence = kv_per_token * held
    read_context = _windowed(model.sliding_window, inputs.decode_context)
    prompt = inputs.prompt_tokens
    prompt_flops = 2.0 * model.params_per_token * prompt + 4.0 * (model.layers or 0) * (
        model.attention_width * _causal_pairs(prompt, model.sliding_window)
    )
    return Demand(
        weight_bytes=stored_bytes(inputs),
        kv_bytes_per_token=kv_per_token,
        kv_tokens_per_sequence=held,
        kv_bytes_per_sequence=kv_per_sequence,
        kv_bytes=kv_per_sequence * inputs.batch,
        weights_read_per_step=float(weights_read(inputs, inputs.batch)),
        kv_read_per_step=kv_per_token * read_context * inputs.batch,
        kv_read_per_sequence=kv_per_token * read_context,
        flops_per_prompt_token=prompt_flops / prompt,
        decode_flops_per_token=2.0 * model.params_per_token
        + 4.0 * (model.layers or 0) * model.attention_width * read_context,
        prefill_flops_per_request=prompt_flops,
    )


def _embedding_and_head(inputs: InferenceInputs) -> tuple[float, float]:
    model = inputs.model
    embedding, head = model.embedding_params, model.head_params
    if embedding + head >= model.params_per_token:
        return 0.0, 0.0
    return embedding, head


def _windowed(window: int | None, tokens: float) -> float:
    return tokens if window is None else min(tokens, window)


def _causal_pairs(prompt: int, window: int | None) -> float:
    """A lower bound on Σ min(t, window) over a prompt: the query-key pairs causal attention
    computes, per layer and width."""
    if window is None or prompt <= window:
        return prompt * prompt / 2
    return window * window / 2 + (prompt - window) * window
