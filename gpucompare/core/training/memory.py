"""Training memory per device: model states (sharded or not) plus activations.

Model states, in bytes per parameter, for 16-bit mixed-precision training:

- AdamW: 2 (weights) + 2 (gradients) + 12 (fp32 master copy, m, v) = 16
  (Rajbhandari et al. 2020, ZeRO, arXiv 1910.02054: "2Ψ + 2Ψ + KΨ, K = 12").
- 8-bit Adam: 2 + 2 + 6 (fp32 master copy 4, m and v in 8 bits 2) = 10
  (Dettmers et al. 2021, arXiv 2110.02861; "8-bit Adam: 2 ... +4 B/param master copy in
  mixed precision", https://tooljolt.com/tools/optimizer-state-memory-calculator).
- SGD with momentum: 2 + 2 + 8 (fp32 master copy 4, momentum 4) = 12 (same page:
  "SGD+mom: 4 ... +4 B/param master copy").

ZeRO-1 splits the optimizer state across the n data-parallel devices, ZeRO-2 the
gradients too, ZeRO-3 (and FSDP) the weights too. So memory per device is
``A + B / n``: A = what is not split (activations and any unsplit states), B = what is.

Activations per layer (Korthikanti et al. 2022, arXiv 2205.05198, Table 2), 16-bit, with
tensor and sequence parallelism of size t: no recomputation ``s·b·h·(34 + 5·a·s/h)/t``;
selective recomputation (the attention scores are recomputed, as FlashAttention does)
``34·s·b·h/t``; full recomputation keeps only each layer's input, ``2·s·b·h/t``. With a
head size of 128, a/h = 1/128. The logits add ``4·s·b·V/t`` (fp32, vocabulary-parallel).
A pipeline stage holds ``min(m, p)`` micro-batches of its ``L/p`` layers (1F1B).

The shape (layers, hidden size) comes from :mod:`.shape`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gpucompare.core.messages import Message
from gpucompare.core.training.inputs import MemoryInputs
from gpucompare.core.training.shape import HEAD_DIM, Architecture, architecture


@dataclass(frozen=True)
class StateBytes:
    """Bytes per parameter of each model state."""

    weights: float
    gradients: float
    optimizer: float

    @property
    def total(self) -> float:
        """All states, bytes per parameter."""
        return self.weights + self.gradients + self.optimizer


STATE_BYTES: dict[str, StateBytes] = {
    "adamw_mixed": StateBytes(2, 2, 12),
    "adam_8bit": StateBytes(2, 2, 6),
    "sgd_momentum": StateBytes(2, 2, 8),
}
OPTIMIZER_LABELS: dict[str, Message] = {
    "adamw_mixed": Message("AdamW, mixed precision"),
    "adam_8bit": Message("8-bit Adam"),
    "sgd_momentum": Message("SGD with momentum"),
}
SHARDING_LABELS: dict[str, Message] = {
    "none": Message("no sharding (plain data parallel)"),
    "zero1": Message("ZeRO-1 (optimizer state sharded)"),
    "zero2": Message("ZeRO-2 (optimizer state and gradients sharded)"),
    "zero3": Message("ZeRO-3 / FSDP (optimizer state, gradients and weights sharded)"),
}


RECOMPUTE_LABELS: dict[str, Message] = {
    "none": Message("no recomputation"),
    "selective": Message("selective recomputation (FlashAttention)"),
    "full": Message("full recomputation"),
}


def activation_bytes(shape: Architecture, memory: MemoryInputs, tp: float = 1.0) -> float:
    """Activation memory per device for one micro-batch, all layers, at tensor parallelism tp."""
    s, b, h = memory.sequence_length, memory.micro_batch, shape.hidden
    if memory.recompute == "full":
        per_layer = 2.0 * s * b * h
    elif memory.recompute == "selective":
        per_layer = 34.0 * s * b * h
    else:
        per_layer = s * b * h * (34.0 + 5.0 * s / HEAD_DIM)
    return shape.layers * per_layer / tp


def logits_bytes(memory: MemoryInputs, tp: float = 1.0) -> float:
    """The fp32 logits of one micro-batch, ``4·s·b·V/t`` bytes."""
    return 4.0 * memory.sequence_length * memory.micro_batch * memory.vocab_size / tp


@dataclass(frozen=True)
class MemoryModel:
    """Memory per device = ``fixed_bytes + sharded_bytes / n``."""

    params: float
    states: StateBytes
    shape: Architecture
    activations: float
    fixed_bytes: float
    sharded_bytes: float

    def per_device_bytes(self, devices: np.ndarray | float) -> np.ndarray | float:
        """Bytes each device holds when the run is spread over ``devices``."""
        return self.fixed_bytes + self.sharded_bytes / devices

    def min_devices(self, available_gb: np.ndarray) -> np.ndarray:
        """Fewest devices on which it fits: ceil(B / (M - A)); NaN when it never fits.

        ``available_gb`` in 10^9 bytes (convert the vendor's GiB first).
        """
        available = np.asarray(available_gb, dtype="float64") * 1e9
        room = available - self.fixed_bytes
        with np.errstate(divide="ignore", invalid="ignore"):
            needed = np.maximum(np.ceil(self.sharded_bytes / room * (1.0 - 1e-9)), 1.0)
        return np.where(room > 0, needed, np.nan)


def memory_model(
    params: float, memory: MemoryInputs, shape_params: float | None = None
) -> MemoryModel:
    """Split the memory of training ``params`` parameters into the fixed and sharded parts.

    ``shape_params`` (a mixture of experts' active parameters) sets the derived shape:
    an MoE's layers and hidden size are those of a dense model of its active size.
    """
    states = STATE_BYTES[memory.optimizer]
    shape = architecture(shape_params or params, memory.layers, memory.hidden)
    activations = activation_bytes(shape, memory)
    split = sharded_per_param(states, memory.sharding)
    fixed = (states.total - split) * params + activations
    return MemoryModel(params, states, shape, activations, fixed, split * params)


def sharded_per_param(states: StateBytes, sharding: str) -> float:
    """Bytes per parameter that ZeRO splits across the data-parallel devices."""
    return {
        "none": 0.0,
        "zero1": states.optimizer,
        "zero2": states.optimizer + states.gradients,
        "zero3": states.total,
    }[sharding]
