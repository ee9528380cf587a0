"""Exact parameter counts from a Hugging Face config, for the architectures it determines.

Decoder-only transformers with gated (SwiGLU) feed-forward blocks and RMSNorm, as in
the Hugging Face implementations of Llama, Mistral, Mixtral, Qwen2/Qwen3 (and their
MoE variants without shared experts) and DeepSeek-V2/V3:

- embeddings ``V·h``, plus an output head ``V·h`` unless ``tie_word_embeddings``;
- attention ``h·(a·d) + 2·h·(k·d) + (a·d)·h`` (query, key, value, output; ``a`` heads,
  ``k`` KV heads of size ``d``), plus biases on q, k, v for Qwen2 and where
  ``attention_bias`` is set, plus q/k norms for Qwen3; DeepSeek's multi-head latent
  attention (MLA) has its own low-rank projections (``q_lora_rank``, ``kv_lora_rank``);
- feed-forward ``3·h·f`` per expert (gate, up, down), a router ``E·h`` per MoE layer;
- two norms of ``h`` per layer and a final norm.

Active parameters (a mixture of experts) count only ``num_experts_per_tok`` of the
routed experts; embeddings and everything else count in full. DeepSeek-V3's
multi-token-prediction layers (``num_nextn_predict_layers``) are not part of the
model's published 671B and are not counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message

SUPPORTED: frozenset[str] = frozenset(
    {"llama", "mistral", "mixtral", "qwen2", "qwen3", "qwen3_moe", "deepseek_v2", "deepseek_v3"}
)


@dataclass(frozen=True)
class Count:
    """Total parameters and those used for one token."""

    total: int
    active: int


def _int(config: dict[str, object], key: str, where: str, default: int | None = None) -> int:
    value = config.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        if value is None:
            raise InputError(
                "model_config",
                Message(
                    "{where}: no {key}, needed to count parameters",
                    where=str(where),
                    key=f"{key!r}",
                ),
            )
        raise InputError(
            "model_config",
            Message(
                "{where}: {key} must be a whole number, got {value}",
                where=str(where),
                key=f"{key!r}",
                value=f"{value!r}",
            ),
        )
    return value


def count_parameters(config: dict[str, object], where: str) -> Count | None:
    """The exact count, or ``None`` when the architecture is not one listed above."""
    if config.get("model_type") not in SUPPORTED:
        return None
    h = _int(config, "hidden_size", where)
    layers = _int(config, "num_hidden_layers", where)
    vocab = _int(config, "vocab_size", where)
    tied = bool(config.get("tie_word_embeddings", False))
    outside = vocab * h * (1 if tied else 2) + h
    attention = _attention(config, h, where)
    total = active = outside + layers * (attention + 2 * h)
    for layer in range(layers):
        layer_total, layer_active = _feed_forward(config, h, layer, where)
        total += layer_total
        active += layer_active
    return Count(total, active)


def _attention(config: dict[str, object], h: int, where: str) -> int:
    heads = _int(config, "num_attention_heads", where)
    if config.get("kv_lora_rank") is not None:
        return _latent_attention(config, h, heads, where)
    kv = _int(config, "num_key_value_heads", where, heads)
    d = _int(config, "head_dim", where, h // heads) if config.get("head_dim") else h // heads
    weights = h * heads * d + 2 * h * kv * d + heads * d * h
    bias = config.get("model_type") == "qwen2" or bool(config.get("attention_bias", False))
    biases = heads * d + 2 * kv * d if bias else 0
    norms = 2 * d if str(config.get("model_type", "")).startswith("qwen3") else 0
    return weights + biases + norms


def _latent_attention(config: dict[str, object], h: int, heads: int, where: str) -> int:
    """DeepSeek's MLA: low-rank query and key/value projections with their norms."""
    q_rank = config.get("q_lora_rank")
    kv_rank = _int(config, "kv_lora_rank", where)
    nope = _int(config, "qk_nope_head_dim", where)
    rope = _int(config, "qk_rope_head_dim", where)
    v_dim = _int(config, "v_head_dim", where)
    q_dim = heads * (nope + rope)
    if q_rank:
        rank = _int(config, "q_lora_rank", where)
        query = h * rank + rank + rank * q_dim
    else:
        query = h * q_dim
    key_value = h * (kv_rank + rope) + kv_rank + kv_rank * heads * (nope + v_dim)
    return query + key_value + heads * v_dim * h


def _feed_forward(config: dict[str, object], h: int, layer: int, where: str) -> tuple[int, int]:
    """(total, active) parameters of one layer's feed-forward block."""
    experts = _experts(config)
    if not experts or not _is_moe_layer(config, layer):
        dense = 3 * h * _int(config, "intermediate_size", where)
        return dense, dense
    per_token = _int(config, "num_experts_per_tok", where)
    size_key = "moe_intermediate_size" if "moe_intermediate_size" in config else "intermediate_size"
    expert = 3 * h * _int(config, size_key, where)
    shared = _int(config, "n_shared_experts", where, 0) if "n_shared_experts" in config else 0
    router = experts * h
    if config.get("model_type") == "deepseek_v3":
        router += experts  # e_score_correction_bias
    common = router + shared * expert
    return common + experts * expert, common + per_token * expert


def _experts(config: dict[str, object]) -> int:
    for key in ("n_routed_experts", "num_local_experts", "num_experts"):
        value = config.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return 0


def _is_moe_layer(config: dict[str, object], layer: int) -> bool:
    first_dense = config.get("first_k_dense_replace")
    if isinstance(first_dense, int) and layer < first_dense:
        return False
    dense_only = config.get("mlp_only_layers") or []
    if isinstance(dense_only, list) and layer in dense_only:
        return False
    step = config.get("decoder_sparse_step", config.get("moe_layer_freq", 1))
    return not isinstance(step, int) or step <= 1 or (layer + 1) % step == 0
