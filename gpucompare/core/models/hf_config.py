"""A :class:`ModelSpec` from a local Hugging Face ``config.json`` (no network).

Reads the shape (``hidden_size``, ``num_hidden_layers``, ``num_attention_heads``,
``num_key_value_heads``, ``vocab_size``, ``max_position_embeddings``, experts) and,
for the architectures whose weights the config fully determines, counts the
parameters exactly (see :mod:`.counting`). For any other architecture the count is
``None`` and the caller must ask for it (``--params``).
"""

from __future__ import annotations

import json
from pathlib import Path

from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message
from gpucompare.core.models.counting import count_parameters
from gpucompare.core.models.spec import ModelSpec

FIELD = "model_config"
# Older configs (GPT-2, GPT-J, OPT, BLOOM) name the shape differently.
ALIASES: dict[str, tuple[str, ...]] = {
    "hidden_size": ("n_embd", "d_model"),
    "num_hidden_layers": ("n_layer", "num_layers"),
    "num_attention_heads": ("n_head",),
    "max_position_embeddings": ("n_positions", "seq_length"),
}


def read_config(path: str | Path) -> dict[str, object]:
    """The JSON object in ``path``; InputError naming the file otherwise."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(FIELD, Message("{file}: no such file", file=str(file))) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            FIELD, Message("{file}: cannot read it ({error})", file=str(file), error=str(error))
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            FIELD,
            Message(
                "{file}, line {lineno}: not valid JSON ({msg})",
                file=str(file),
                lineno=str(error.lineno),
                msg=str(error.msg),
            ),
        ) from None
    if not isinstance(data, dict):
        raise InputError(
            FIELD,
            Message(
                "{file}: expected a JSON object, got {name}",
                file=str(file),
                name=str(type(data).__name__),
            ),
        )
    nested = data.get("text_config")
    if isinstance(nested, dict) and "hidden_size" not in data:
        data = {**nested, "model_type": nested.get("model_type", data.get("model_type"))}
    for key, aliases in ALIASES.items():
        found = next((data[alias] for alias in aliases if alias in data), None)
        if key not in data and found is not None:
            data[key] = found
    return data


def integer(
    config: dict[str, object], key: str, where: str, *, required: bool = True
) -> int | None:
    """``config[key]`` as a positive whole number; InputError naming the key otherwise."""
    value = config.get(key)
    if value is None:
        if required:
            raise InputError(
                FIELD,
                Message(
                    "{where}: no {key}; is this a transformer config.json?",
                    where=str(where),
                    key=f"{key!r}",
                ),
            )
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputError(
            FIELD,
            Message(
                "{where}: {key} must be a positive whole number, got {value}",
                where=str(where),
                key=f"{key!r}",
                value=f"{value!r}",
            ),
        )
    return value


def spec_from_config(config: dict[str, object], where: str = "config.json") -> ModelSpec:
    """The model a config describes; ``params`` is 0.0 when it cannot be counted."""
    hidden = integer(config, "hidden_size", where)
    layers = integer(config, "num_hidden_layers", where)
    heads = integer(config, "num_attention_heads", where)
    kv_heads = integer(config, "num_key_value_heads", where, required=False) or heads
    head_dim = integer(config, "head_dim", where, required=False) or hidden // heads  # type: ignore[operator]
    experts = _first(config, where, "n_routed_experts", "num_local_experts", "num_experts")
    per_token = integer(config, "num_experts_per_tok", where, required=False)
    counted = count_parameters(config, where)
    kv_rank = integer(config, "kv_lora_rank", where, required=False)
    rope = integer(config, "qk_rope_head_dim", where, required=False)
    name = str(config.get("_name_or_path") or config.get("model_type") or Path(where).stem)
    return ModelSpec(
        name=name,
        params=counted.total if counted else 0.0,
        active_params=counted.active if counted and counted.active < counted.total else None,
        layers=layers,
        hidden=hidden,
        attention_heads=heads,
        kv_heads=kv_heads,
        head_dim=head_dim,
        kv_latent_dim=kv_rank + rope if kv_rank and rope else None,
        vocab=integer(config, "vocab_size", where, required=False),
        max_context=integer(config, "max_position_embeddings", where, required=False),
        experts=experts,
        experts_per_token=per_token if experts else None,
        id="config",
        source=where,
        notes="parameters counted from the config" if counted else "",
    )


def _first(config: dict[str, object], where: str, *keys: str) -> int | None:
    for key in keys:
        value = integer(config, key, where, required=False)
        if value is not None:
            return value
    return None


def load_model_config(path: str | Path) -> ModelSpec:
    """The model described by the Hugging Face ``config.json`` at ``path``."""
    return spec_from_config(read_config(path), str(path))
