"""What the user typed into the calculators, kept as text until parsed.

Plain data with no dependencies, so the app state can hold both forms without loading
the cost and inference models; their parsers live beside the models
(``training.form.parse_form``, ``inference.form.parse_form``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Self


class _FormData:
    """Saving a form as plain data and reading it back, forgiving odd saved values."""

    def to_data(self) -> dict[str, object]:
        """Plain data for settings files."""
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_data(cls, data: object) -> Self:
        """A form from :meth:`to_data` output; unknown keys and wrong types are dropped."""
        default = cls()
        if not isinstance(data, dict):
            return default
        values = {
            spec.name: data[spec.name]
            for spec in fields(cls)  # type: ignore[arg-type]
            if isinstance(data.get(spec.name), type(getattr(default, spec.name)))
        }
        return replace(default, **values)  # type: ignore[type-var]


@dataclass(frozen=True)
class TrainingForm(_FormData):
    """Every calculator input as text; an empty text means "the default"."""

    params: str = "7B"
    active_params: str = ""
    model: str = ""
    model_config: str = ""
    tokens: str = "chinchilla"
    flops: str = ""
    device: str = ""
    precision: str = "BF16"
    count: str = "8"
    days: str = ""
    mfu: str = "typical"
    mfu_band: bool = False
    pricing: str = "cloud"
    price_per_hour: str = ""
    purchase_price: str = ""
    overhead: str = ""
    lifetime_years: str = ""
    utilization: str = ""
    cost_of_capital: str = ""
    colocation: str = ""
    resale: str = ""
    power_draw: str = ""
    pue: str = ""
    host_overhead: str = ""
    electricity_price: str = ""
    carbon_intensity: str = ""
    optimizer: str = "adamw_mixed"
    sharding: str = "zero1"
    seq_len: str = "2048"
    micro_batch: str = "1"
    recompute: str = "selective"
    layers: str = ""
    hidden: str = ""
    layout: str = ""
    tp: str = ""
    pp: str = ""
    dp: str = ""
    ep: str = ""
    network: str = ""
    node_size: str = ""
    global_batch: str = ""

    @classmethod
    def from_data(cls, data: object) -> Self:
        """As :meth:`_FormData.from_data`, reading an older true/false ``recompute``."""
        return super().from_data(upgrade_training_data(data))


# Before recomputation had three choices it was true (full) or false (none).
LEGACY_RECOMPUTE: dict[bool, str] = {True: "full", False: "none"}


def upgrade_training_data(data: object) -> object:
    """Saved training-form data with an old true/false ``recompute`` made a choice."""
    if isinstance(data, dict) and isinstance(data.get("recompute"), bool):
        return {**data, "recompute": LEGACY_RECOMPUTE[data["recompute"]]}
    return data


@dataclass(frozen=True)
class InferenceForm(_FormData):
    """Every inference input as text; an empty text means "the default"."""

    model: str = "llama-3.1-8b"
    layers: str = ""
    hidden: str = ""
    heads: str = ""
    kv_heads: str = ""
    device: str = ""
    precision: str = "BF16"
    kv_precision: str = ""
    context: str = ""
    batch: str = "1"
    count: str = "1"
    max_count: str = "8"
    input_tokens: str = ""
    output_tokens: str = ""
    engine: str = "vllm"
    active_params: str = ""
    experts: str = ""
    experts_per_token: str = ""
    sort: str = "cost"
    ttft_ms: str = ""
    tpot_ms: str = ""
