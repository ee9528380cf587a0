"""A parallel layout: tensor × pipeline × data × expert parallelism, pinned or searched.

``LayoutInputs`` holds what the user pins (any of the four sizes; ``None`` = search it),
the scale-out network preset, the node size and the global batch. ``parse_layout``
reads ``8x4x16`` (TP × PP × DP, with an optional fourth EP) and names the option in its
errors. ``candidates`` lists the (TP, PP, EP) triples the search tries; the data-parallel
size follows from the device count, or is solved from the target time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message
from gpucompare.core.training.presets import default, presets

POWERS_OF_TWO: tuple[int, ...] = tuple(2**k for k in range(11))  # 1 … 1,024
MAX_PARALLEL = 1_000_000
DIMENSIONS: tuple[str, ...] = ("tp", "pp", "dp", "ep")
LABELS: dict[str, Message] = {
    "tp": Message("tensor-parallel size"),
    "pp": Message("pipeline-parallel size"),
    "dp": Message("data-parallel size"),
    "ep": Message("expert-parallel size"),
}


def _preset(kind: str) -> float:
    return default(kind).value


@dataclass(frozen=True)
class Layout:
    """One layout: ``tp × pp × dp`` devices, with ``ep`` expert groups inside ``dp``."""

    tp: int
    pp: int
    dp: int
    ep: int = 1

    @property
    def devices(self) -> int:
        """TP × PP × DP."""
        return self.tp * self.pp * self.dp

    def text(self) -> str:
        """``8×4×16`` (TP × PP × DP), with ``×EP`` when experts are split."""
        sizes = [self.tp, self.pp, self.dp] + ([self.ep] if self.ep > 1 else [])
        return "×".join(f"{size:,}" for size in sizes)


@dataclass(frozen=True)
class LayoutInputs:
    """Pinned sizes (``None``: searched), network preset, node size and global batch.

    ``communication=False`` times compute alone (no collectives, no bubble): for an MFU
    measured on a whole run, which already includes them.
    """

    tp: int | None = None
    pp: int | None = None
    dp: int | None = None
    ep: int | None = None
    network: str = field(default_factory=lambda: default("network").key)
    node_size: int = field(default_factory=lambda: int(_preset("node_size")))
    global_batch_tokens: float | None = None
    communication: bool = True

    @property
    def batch_tokens(self) -> float:
        """The global batch given, or the preset (4M tokens, which then grows with the cluster)."""
        given = self.global_batch_tokens
        return float(given) if given is not None else _preset("global_batch")

    @property
    def pinned(self) -> bool:
        """True when any size is pinned."""
        return any(getattr(self, name) is not None for name in DIMENSIONS)

    def validate(self) -> None:
        """Raise InputError naming the field of an impossible value."""
        for name in DIMENSIONS:
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or value < 1
            ):
                raise InputError(
                    name, Message("{size} must be a whole number of 1 or more", size=LABELS[name])
                )
            if value is not None and value > MAX_PARALLEL:
                raise InputError(
                    name,
                    Message(
                        "{size} must be at most {max}", size=LABELS[name], max=f"{MAX_PARALLEL:,}"
                    ),
                )
        if self.ep is not None and self.dp is not None and self.dp % self.ep:
            raise InputError(
                "ep",
                Message(
                    "expert-parallel size {ep} must divide the DP {dp}", ep=self.ep, dp=self.dp
                ),
            )
        networks = [preset.key for preset in presets("network")]
        if self.network not in networks:
            raise InputError(
                "network",
                Message(
                    "unknown network {network}; choose {choices}",
                    network=repr(self.network),
                    choices=", ".join(networks),
                ),
            )
        if isinstance(self.node_size, bool) or not isinstance(self.node_size, int):
            raise InputError(
                "node_size",
                Message("must be a whole number, got {value}", value=repr(self.node_size)),
            )
        if not 1 <= self.node_size <= 100_000:
            raise InputError(
                "node_size",
                Message("must be from 1 to 100,000, got {value}", value=f"{self.node_size:,}"),
            )
        given = self.global_batch_tokens
        if given is not None and (
            isinstance(given, bool) or not isinstance(given, int | float) or not 1 <= given <= 1e12
        ):
            raise InputError(
                "global_batch",
                Message(
                    "must be from 1 to 1e12 tokens, got {value}",
                    value=repr(self.global_batch_tokens),
                ),
            )


def parse_layout(text: str, field: str = "layout") -> dict[str, int]:
    """``8x4x16`` → {tp: 8, pp: 4, dp: 16}; ``8x4x16x2`` adds ep; InputError naming ``field``."""
    parts = text.strip().lower().replace("×", "x").replace("*", "x").split("x")
    if not 2 <= len(parts) <= 4:
        raise InputError(
            field,
            Message(
                "{text} is not a layout; write TPxPP, TPxPPxDP or TPxPPxDPxEP, e.g. 8x4x16",
                text=repr(text.strip()),
            ),
        )
    sizes: dict[str, int] = {}
    for name, part in zip(DIMENSIONS, parts, strict=False):
        if not part.strip().isdigit() or int(part) < 1:
            raise InputError(
                field,
                Message(
                    "{text}: the {size} must be a whole number of 1 or more",
                    text=repr(text.strip()),
                    size=LABELS[name],
                ),
            )
        sizes[name] = int(part)
    return sizes


def candidates(
    layout: LayoutInputs, layers: int, moe: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(TP, PP, EP) arrays to search: powers of two, TP within a node, PP up to the layers.

    A pinned size is the only value of its dimension; EP stays 1 for a dense model.
    """
    tp = [layout.tp] if layout.tp else [p for p in POWERS_OF_TWO if p <= layout.node_size]
    pp = [layout.pp] if layout.pp else [p for p in POWERS_OF_TWO if p <= min(layers, 128)]
    ep = [layout.ep] if layout.ep else ([p for p in POWERS_OF_TWO if p <= 64] if moe else [1])
    grid = np.array(np.meshgrid(tp, pp, ep, indexing="ij"), dtype="float64").reshape(3, -1)
    return grid[0], grid[1], grid[2]
