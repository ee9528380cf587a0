"""What a user tells the training calculator, and the checks on it.

Defaults come from the sourced presets (:mod:`gpucompare.core.training.presets`).
``validate()`` raises :class:`InputError` naming the offending field; values that are
allowed but doubtful (an MFU above 0.7) come back from ``warnings()`` instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from numbers import Integral, Real

from gpucompare.core.catalog.schema import DEFAULT_PRECISION
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message
from gpucompare.core.training.layout import LayoutInputs
from gpucompare.core.training.ownership import capital_per_hour_factor
from gpucompare.core.training.presets import default, find, mfu_value
from gpucompare.core.training.shape import architecture

OPTIMIZERS: tuple[str, ...] = ("adamw_mixed", "adam_8bit", "sgd_momentum")
SHARDINGS: tuple[str, ...] = ("none", "zero1", "zero2", "zero3")
RECOMPUTE: tuple[str, ...] = ("none", "selective", "full")
# Full recomputation runs each forward pass twice: 8·N instead of 6·N FLOPs per token.
FULL_RECOMPUTE_FACTOR = 8.0 / 6.0
# Floating-point formats a model is trained in; INT8 is an inference format.
TRAINING_PRECISIONS: tuple[str, ...] = ("FP64", "FP32", "TF32", "FP16", "BF16", "FP8", "FP4")

MAX_PARAMS = 1e15
MAX_TOKENS = 1e16
MAX_FLOPS = 1e32
MAX_DEVICES = 10_000_000
MAX_DAYS = 3650.0
MFU_WARNING = 0.7
SMALL_PARAMS = 1e6  # fewer parameters than this is almost surely a missing "B"

# Sequence length of GPT-3-style runs such as BLOOM and MPT (FACTS.md §1.4, §2).
DEFAULT_SEQUENCE_LENGTH = 2048


def _preset(kind: str) -> float:
    return default(kind).value


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise InputError(name, Message("must be a number, got {value}", value=f"{value!r}"))
    number = float(value)
    if math.isnan(number):
        raise InputError(name, Message("must be a number, got NaN"))
    if math.isinf(number):
        raise InputError(name, Message("must be finite, got infinity"))
    return number


def check_range(
    name: str,
    value: object,
    low: float,
    high: float,
    *,
    low_open: bool = True,
    what: Message | str = "",
) -> float:
    """``value`` as a float if it lies in (low, high] (or [low, high]); InputError otherwise."""
    number = _number(name, value)
    too_low = number <= low if low_open else number < low
    if too_low or number > high:
        hint = Message(" ({what})", what=what) if what else ""
        raise InputError(
            name,
            Message(
                "must be in ({low}, {high}]{hint}, got {number}"
                if low_open
                else "must be in [{low}, {high}]{hint}, got {number}",
                low=f"{low:g}",
                high=f"{high:g}",
                hint=hint,
                number=f"{number:g}",
            ),
        )
    return number


def check_whole(name: str, value: object, low: int, high: int) -> int:
    """``value`` as an int if it is a whole number in [low, high]; InputError otherwise."""
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise InputError(
            name,
            Message(
                "must be a whole number from {low} to {high}, got {value}",
                low=f"{low:,}",
                high=f"{high:,}",
                value=f"{value!r}",
            ),
        )
    if not low <= int(value) <= high:
        raise InputError(
            name,
            Message(
                "must be a whole number from {low} to {high}, got {value}",
                low=f"{low:,}",
                high=f"{high:,}",
                value=f"{value:,}",
            ),
        )
    return int(value)


@dataclass(frozen=True)
class CloudPricing:
    """Renting: a price per device-hour (``None``: the catalog's on-demand price).

    ``device`` is the id the typed price belongs to (the catalog's price everywhere
    else); ``None`` applies it to every device.
    """

    price_per_hour_usd: float | None = None
    device: str | None = None

    def validate(self) -> None:
        """Raise InputError for an impossible price."""
        if self.price_per_hour_usd is not None:
            check_range(
                "price_per_hour", self.price_per_hour_usd, 0, 1000, what=Message("USD per hour")
            )


@dataclass(frozen=True)
class OwnedPricing:
    """Buying: purchase price (``None``: catalog launch price) and how it is paid off.

    ``device`` is the id the typed purchase price belongs to; ``None``: every device.
    Devices are bought in whole nodes of ``node_size``; the capital is paid off over
    ``lifetime_years`` at ``cost_of_capital`` a year, less ``resale_fraction`` of it at
    the end; colocation rent is per kW of IT power and month
    (:mod:`gpucompare.core.training.ownership` has the formula).
    """

    purchase_price_usd: float | None = None
    overhead_fraction: float = field(default_factory=lambda: _preset("overhead"))
    lifetime_years: float = field(default_factory=lambda: _preset("lifetime"))
    utilization: float = field(default_factory=lambda: _preset("utilization"))
    device: str | None = None
    node_size: int = field(default_factory=lambda: int(_preset("node_size")))
    cost_of_capital: float = field(default_factory=lambda: _preset("cost_of_capital"))
    colocation_usd_per_kw_month: float = field(default_factory=lambda: _preset("colocation"))
    resale_fraction: float = field(default_factory=lambda: _preset("resale"))

    def validate(self) -> None:
        """Raise InputError for an impossible value."""
        if self.purchase_price_usd is not None:
            check_range(
                "purchase_price", self.purchase_price_usd, 0, 1e7, what=Message("USD per device")
            )
        check_range(
            "overhead",
            self.overhead_fraction,
            0,
            10,
            low_open=False,
            what=Message("fraction of price"),
        )
        check_range("lifetime_years", self.lifetime_years, 0, 30, what=Message("years"))
        check_range("utilization", self.utilization, 0, 1, what=Message("fraction of hours in use"))
        check_whole("node_size", self.node_size, 1, 1024)
        check_range(
            "cost_of_capital",
            self.cost_of_capital,
            0,
            1,
            low_open=False,
            what=Message("per year, e.g. 0.1"),
        )
        check_range(
            "colocation",
            self.colocation_usd_per_kw_month,
            0,
            10_000,
            low_open=False,
            what=Message("USD per kW and month"),
        )
        check_range(
            "resale",
            self.resale_fraction,
            0,
            1,
            low_open=False,
            what=Message("fraction of the capital"),
        )

    def hourly_factor(self) -> float:
        """Capital per used device-hour as a multiple of the purchase price."""
        return capital_per_hour_factor(
            self.overhead_fraction,
            self.lifetime_years,
            self.cost_of_capital,
            self.utilization,
            self.resale_fraction,
        )


@dataclass(frozen=True)
class EnergyInputs:
    """Average draw (fraction of rated power), PUE, electricity price and grid carbon.

    ``host_overhead`` is the node's power besides the devices, as a fraction of device
    power; ``None`` takes it from the device's node class (:mod:`.host`).
    """

    draw_fraction: float = field(default_factory=lambda: _preset("draw"))
    pue: float = field(default_factory=lambda: _preset("pue"))
    electricity_usd_per_kwh: float = field(default_factory=lambda: _preset("electricity"))
    carbon_kg_per_kwh: float = field(default_factory=lambda: _preset("carbon"))
    host_overhead: float | None = None

    def validate(self) -> None:
        """Raise InputError for an impossible value."""
        check_range(
            "power_draw", self.draw_fraction, 0, 1.5, what=Message("fraction of rated power")
        )
        check_range("pue", self.pue, 1, 3, low_open=False, what=Message("1 is a perfect facility"))
        check_range(
            "electricity_price", self.electricity_usd_per_kwh, 0, 10, what=Message("USD per kWh")
        )
        check_range(
            "carbon_intensity",
            self.carbon_kg_per_kwh,
            0,
            2,
            low_open=False,
            what=Message("kg CO2 per kWh; coal is about 1"),
        )
        if self.host_overhead is not None:
            check_range(
                "host_overhead",
                self.host_overhead,
                0,
                5,
                low_open=False,
                what="fraction of device power",
            )


@dataclass(frozen=True)
class MemoryInputs:
    """What sets memory per device: optimizer, sharding, batch shape, model shape."""

    optimizer: str = "adamw_mixed"
    sharding: str = "zero1"
    sequence_length: int = DEFAULT_SEQUENCE_LENGTH
    micro_batch: int = 1
    recompute: str = "selective"
    layers: int | None = None
    hidden: int | None = None
    attention_dim: int | None = None
    vocab: int | None = None

    @property
    def vocab_size(self) -> int:
        """The model's vocabulary, or the preset's (Llama 2's 32,000)."""
        return self.vocab if self.vocab is not None else int(_preset("vocab"))

    @property
    def recompute_factor(self) -> float:
        """Hardware FLOPs over model FLOPs: 4/3 with full recomputation, else 1."""
        return FULL_RECOMPUTE_FACTOR if self.recompute == "full" else 1.0

    def validate(self) -> None:
        """Raise InputError for an unknown choice or an impossible size."""
        if self.optimizer not in OPTIMIZERS:
            raise InputError(
                "optimizer",
                Message(
                    "unknown optimizer {optimizer}; choose {value}",
                    optimizer=f"{self.optimizer!r}",
                    value=f"{', '.join(OPTIMIZERS)}",
                ),
            )
        if self.sharding not in SHARDINGS:
            raise InputError(
                "sharding",
                Message(
                    "unknown sharding {sharding}; choose {value}",
                    sharding=f"{self.sharding!r}",
                    value=f"{', '.join(SHARDINGS)}",
                ),
            )
        check_whole("seq_len", self.sequence_length, 1, 10_000_000)
        check_whole("micro_batch", self.micro_batch, 1, 100_000)
        if self.recompute not in RECOMPUTE:
            raise InputError(
                "recompute",
                Message(
                    "unknown choice {recompute}; choose {choices}",
                    recompute=f"{self.recompute!r}",
                    choices=", ".join(RECOMPUTE),
                ),
            )
        if self.layers is not None:
            check_whole("layers", self.layers, 1, 10_000)
        if self.hidden is not None:
            check_whole("hidden", self.hidden, 1, 1_000_000)
        if self.attention_dim is not None:
            check_whole("attention_dim", self.attention_dim, 1, 10_000_000)
        if self.vocab is not None:
            check_whole("vocab", self.vocab, 1, 100_000_000)


@dataclass(frozen=True)
class TrainingInputs:
    """One training run to price.

    Give exactly one of ``tokens``, ``compute_optimal`` (D = 20·N) or ``flops``, and
    exactly one of ``devices`` (a count) or ``target_days`` (solve for the count).
    ``mfu_band`` (low, high) asks for the run at both ends of an MFU range as well.
    ``mfu_preset`` names the MFU preset ``mfu`` came from: a device that trains at
    another precision (FP8, or a fallback) then gets the preset's value for that
    precision. ``params`` is the total (it sets memory); ``active_params``, for a mixture of
    experts, the parameters used per token (they set the compute).
    """

    params: float
    active_params: float | None = None
    tokens: float | None = None
    compute_optimal: bool = False
    flops: float | None = None
    precision: str = DEFAULT_PRECISION
    devices: int | None = None
    target_days: float | None = None
    mfu: float = field(default_factory=lambda: _preset("mfu"))
    mfu_preset: str | None = None
    mfu_band: tuple[float, float] | None = None
    attention: bool = True
    pricing: CloudPricing | OwnedPricing = field(default_factory=CloudPricing)
    energy: EnergyInputs = field(default_factory=EnergyInputs)
    memory: MemoryInputs = field(default_factory=MemoryInputs)
    layout: LayoutInputs = field(default_factory=LayoutInputs)

    def __post_init__(self) -> None:
        if isinstance(self.precision, str):
            object.__setattr__(self, "precision", self.precision.strip().upper())

    def mfu_at(self, precision: str) -> float:
        """The MFU for a device training at ``precision``."""
        if self.mfu_preset is None:
            return float(self.mfu)
        return mfu_value(self.mfu_preset, precision)

    @property
    def compute_params(self) -> float:
        """N in 6·N·D: the active parameters of a mixture of experts, else all of them."""
        return self.params if self.active_params is None else float(self.active_params)

    @property
    def attention_flops_per_token(self) -> float:
        """6·L·d·s: attention scores and their use, forward and backward, causal.

        12·L·d·s per token without masking (PaLM, Chowdhery et al. 2022, appendix B;
        Megatron, Narayanan et al. 2021), halved because causal kernels skip the masked
        half. d is the attention width (heads × head size; the hidden size unless the
        model says otherwise), s the sequence length; 0 when ``attention`` is off.
        """
        if not self.attention:
            return 0.0
        shape = architecture(self.compute_params, self.memory.layers, self.memory.hidden)
        width = self.memory.attention_dim or shape.hidden
        return 6.0 * shape.layers * width * self.memory.sequence_length

    @property
    def flops_per_token(self) -> float:
        """6·N (N active) plus the attention FLOPs."""
        return 6.0 * self.compute_params + self.attention_flops_per_token

    @property
    def training_tokens(self) -> float:
        """D: given, 20·N when compute-optimal, or C / FLOPs per token for a budget."""
        if self.flops is not None:
            return self.flops / self.flops_per_token
        if self.compute_optimal:
            return _preset("tokens_per_param") * self.compute_params
        return float(self.tokens)  # type: ignore[arg-type]

    @property
    def training_flops(self) -> float:
        """C = (6·N + 6·L·d·s)·D (N active), or the given FLOPs budget."""
        if self.flops is not None:
            return float(self.flops)
        return self.flops_per_token * self.training_tokens

    def validate(self) -> None:
        """Raise InputError naming the first invalid field."""
        check_range("params", self.params, 0, MAX_PARAMS, what=Message("parameters, e.g. 70B"))
        if self.active_params is not None:
            check_range(
                "active_params",
                self.active_params,
                0,
                float(self.params),
                what=Message("active parameters per token, at most the total"),
            )
        self._validate_data()
        if self.precision not in TRAINING_PRECISIONS:
            known = ", ".join(TRAINING_PRECISIONS)
            raise InputError(
                "precision",
                Message(
                    "cannot train in {precision}; choose {known}",
                    precision=f"{self.precision!r}",
                    known=str(known),
                ),
            )
        self._validate_devices()
        check_range(
            "mfu", self.mfu, 0, 1, what=Message("fraction of the dense peak, e.g. 0.4 or 40%")
        )
        if self.mfu_preset is not None:
            find("mfu", self.mfu_preset, "mfu")
        if self.mfu_band is not None:
            low, high = self.mfu_band
            check_range("mfu_band", low, 0, 1, what=Message("low MFU"))
            check_range("mfu_band", high, 0, 1, what=Message("high MFU"))
            if low > high:
                raise InputError(
                    "mfu_band",
                    Message(
                        "low MFU {low} is above high MFU {high}", low=f"{low:g}", high=f"{high:g}"
                    ),
                )
        if not isinstance(self.pricing, CloudPricing | OwnedPricing):
            raise InputError(
                "pricing",
                Message(
                    "must be cloud or owned pricing, got {pricing}", pricing=f"{self.pricing!r}"
                ),
            )
        self.pricing.validate()
        self.energy.validate()
        self.memory.validate()
        self.layout.validate()
        self._validate_layout()

    def _validate_data(self) -> None:
        given = [self.tokens is not None, bool(self.compute_optimal), self.flops is not None]
        if sum(given) != 1:
            raise InputError(
                "tokens",
                Message("give exactly one of: training tokens, compute-optimal, a FLOPs budget"),
            )
        if self.tokens is not None:
            check_range("tokens", self.tokens, 0, MAX_TOKENS, what=Message("tokens, e.g. 2T"))
        if self.flops is not None:
            check_range("flops", self.flops, 0, MAX_FLOPS, what=Message("FLOPs, e.g. 8.4e23"))
        tokens = self.training_tokens
        if not tokens <= MAX_TOKENS:
            raise InputError(
                "tokens",
                Message(
                    "{tokens} tokens is more than {max_tokens}",
                    tokens=f"{tokens:.3g}",
                    max_tokens=f"{MAX_TOKENS:.0e}",
                ),
            )

    def _validate_devices(self) -> None:
        if self.devices is None and self.target_days is None:
            raise InputError("devices", Message("give a device count or a target time in days"))
        if self.devices is not None and self.target_days is not None:
            raise InputError(
                "devices", Message("give a device count or a target time in days, not both")
            )
        if self.devices is not None:
            check_whole("devices", self.devices, 1, MAX_DEVICES)
        else:
            check_range("target_days", self.target_days, 0, MAX_DAYS, what=Message("days"))

    def _validate_layout(self) -> None:
        pinned = self.layout
        if pinned.dp is not None and self.devices is None:
            raise InputError(
                "layout",
                Message("a pinned data-parallel size fixes the device count; give the count"),
            )
        if self.devices is None:
            return
        sizes = [size for size in (pinned.tp, pinned.pp, pinned.dp) if size is not None]
        product = math.prod(sizes)
        if len(sizes) == 3 and product != self.devices:
            raise InputError(
                "layout",
                Message(
                    "TP × PP × DP = {product} devices, but the count is {count}",
                    product=f"{product:,}",
                    count=f"{self.devices:,}",
                ),
            )
        if self.devices % product:
            raise InputError(
                "layout",
                Message(
                    "the pinned sizes multiply to {product}, which does not divide the count "
                    "of {count} devices",
                    product=f"{product:,}",
                    count=f"{self.devices:,}",
                ),
            )

    def warnings(self) -> tuple[Message, ...]:
        """Allowed but doubtful inputs."""
        texts: list[Message] = []
        if isinstance(self.mfu, Real) and self.mfu > MFU_WARNING:
            texts.append(
                Message(
                    "MFU {mfu} is above {limit}; the best published large runs reach about 0.55",
                    mfu=f"{self.mfu:g}",
                    limit=f"{MFU_WARNING:g}",
                )
            )
        if isinstance(self.params, Real) and self.params < SMALL_PARAMS:
            texts.append(
                Message(
                    "{params} parameters is below one million; did you mean {guess}B (write "
                    "the suffix: 70B, 1.3T)?",
                    params=f"{self.params:,.0f}",
                    guess=f"{self.params:g}",
                )
            )
        return tuple(texts)
