"""A transformer's layers and hidden size: given, or derived from the parameter count.

Shape from N when not given: GPT-3 175B's aspect ratio h = 128·L (96 layers, hidden
12,288) and N ≈ 12·L·h², so L = round((N / (12·128²))^(1/3)).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

HEAD_DIM = 128
ASPECT_RATIO = 128  # hidden size per layer, GPT-3 175B: 12,288 / 96


@dataclass(frozen=True)
class Architecture:
    """Layers and hidden size; ``derived`` when computed from N rather than given."""

    layers: int
    hidden: int
    derived: bool

    @property
    def heads(self) -> float:
        """Attention heads at a head size of 128."""
        return self.hidden / HEAD_DIM


def architecture(
    params: float, layers: int | None = None, hidden: int | None = None
) -> Architecture:
    """The given shape, or one derived from N ≈ 12·L·h² (and h = 128·L if neither is given)."""
    if layers is not None and hidden is not None:
        return Architecture(layers, hidden, derived=False)
    if hidden is not None:
        return Architecture(max(1, round(params / (12.0 * hidden**2))), hidden, derived=True)
    if layers is not None:
        return Architecture(layers, max(1, round(math.sqrt(params / (12.0 * layers)))), True)
    derived_layers = max(1, round((params / (12.0 * ASPECT_RATIO**2)) ** (1.0 / 3.0)))
    return Architecture(derived_layers, ASPECT_RATIO * derived_layers, derived=True)
