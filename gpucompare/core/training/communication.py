"""The time of one training step on a layout, split into compute, communication and bubble.

Per device, for every (layout, device) pair at once (numpy broadcasting). With ``m``
micro-batches of ``b`` sequences of ``s`` tokens per data-parallel rank and step:

    compute per micro-batch  t = F·b·s / (TP·PP · peak · MFU)        F: FLOPs per token
    recompute                t × (4/3 − 1) with full recomputation (HFU above MFU)
    TP all-reduces           (L/PP) · k · 2(TP−1)/TP · 2·s·b·h / link per micro-batch,
                             k = 4 (2 forward, 2 backward; +2 with full recomputation),
                             over the in-node link while TP ≤ node size, else the network
                             (Megatron-LM: Shoeybi et al. 2019; Korthikanti et al. 2022)
    EP all-to-alls           (L/PP) · 4 · (EP−1)/EP · 2·s·b·h/TP / link per micro-batch
    pipeline bubble          (PP − 1) micro-batch times: (PP−1)/m of the busy time (1F1B,
                             Narayanan et al. 2021)
    DP gradient all-reduce   2(DP−1)/DP · 2 bytes × the device's parameters, hidden behind
                             the backward pass (2/3 of the compute); ZeRO-3 reduce-scatters
                             once and all-gathers the weights twice per micro-batch, hidden
                             behind all the compute (Rajbhandari et al. 2020: 1.5× DP's volume)
    step = (m + PP − 1) · (t·recompute + TP + EP) + exposed DP
    effective MFU = MFU × m·t / step

Pipeline point-to-point sends, latency and congestion are left out (docs/methodology.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gpucompare.core.training.inputs import TrainingInputs
from gpucompare.core.training.network import Links
from gpucompare.core.training.shape import Architecture

BACKWARD_SHARE = 2.0 / 3.0  # backward is 4 of the 6·N FLOPs per token


@dataclass(frozen=True)
class Workload:
    """The scalars of a run that the step time needs."""

    flops_per_token: float
    recompute_factor: float
    sequence_length: int
    micro_batch: int
    layers: int
    hidden: int
    params: float
    active_params: float
    zero3: bool
    global_sequences: float
    node_size: int
    batch_grows: bool
    communication: bool

    def sequences(self, devices: np.ndarray) -> np.ndarray:
        """The global batch in sequences; by default at least one per node of the layout.

        Without a batch given, large clusters get larger batches as published runs do
        (Llama 3 405B: 4M tokens early, 16M on 16,384 GPUs = one 8K sequence per node of 8).
        """
        if not self.batch_grows:
            return np.full(np.shape(devices), self.global_sequences)
        return np.maximum(self.global_sequences, np.floor(devices / self.node_size))

    @classmethod
    def from_inputs(cls, inputs: TrainingInputs, shape: Architecture) -> Workload:
        """The workload of ``inputs`` on a model of ``shape``."""
        memory = inputs.memory
        return cls(
            flops_per_token=inputs.flops_per_token,
            recompute_factor=memory.recompute_factor,
            sequence_length=memory.sequence_length,
            micro_batch=memory.micro_batch,
            layers=shape.layers,
            hidden=shape.hidden,
            params=float(inputs.params),
            active_params=inputs.compute_params,
            zero3=memory.sharding == "zero3",
            global_sequences=max(1.0, float(inputs.layout.batch_tokens) // memory.sequence_length),
            node_size=inputs.layout.node_size,
            batch_grows=inputs.layout.global_batch_tokens is None,
            communication=inputs.layout.communication,
        )

    def params_per_device(self, tp: np.ndarray, pp: np.ndarray, ep: np.ndarray) -> np.ndarray:
        """Parameters one device holds before ZeRO: (shared + experts / EP) / (TP · PP).

        A mixture of experts' active parameters are counted as shared and the rest as
        experts, split over EP (an approximation: the active experts are counted twice).
        """
        experts = self.params - self.active_params
        return (self.active_params + experts / ep) / (tp * pp)


@dataclass(frozen=True)
class StepTimes:
    """Seconds per step per (layout, device); ``micro_batches`` is m (0: the batch cannot split)."""

    micro_batches: np.ndarray
    compute: np.ndarray
    recompute: np.ndarray
    tensor: np.ndarray
    expert: np.ndarray
    bubble: np.ndarray
    data_exposed: np.ndarray

    @property
    def total(self) -> np.ndarray:
        """The whole step."""
        return (
            self.compute
            + self.recompute
            + self.tensor
            + self.expert
            + self.bubble
            + self.data_exposed
        )

    def share(self, name: str) -> np.ndarray:
        """One part as a fraction of the step."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return getattr(self, name) / self.total


def step_times(
    work: Workload,
    layout: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    rate: np.ndarray,
    links: Links,
) -> StepTimes:
    """Step times for layouts (tp, pp, dp, ep) on devices of achieved FLOP/s ``rate``."""
    tp, pp, dp, ep = layout
    s, b, h = work.sequence_length, work.micro_batch, work.hidden
    in_node, scale_out = links.in_node, links.scale_out
    with np.errstate(divide="ignore", invalid="ignore"):
        devices = tp * pp * dp
        micro = np.floor(work.sequences(devices) / (dp * b))
        model = work.flops_per_token * b * s / (tp * pp * rate)
        hardware = model * work.recompute_factor
        stage_layers = work.layers / pp
        activation = 2.0 * s * b * h
        rounds = 6.0 if work.recompute_factor > 1.0 else 4.0
        tp_link = np.where(tp <= work.node_size, in_node, scale_out)
        tensor = stage_layers * rounds * 2.0 * (tp - 1.0) / tp * activation / tp_link
        ep_link = np.where(tp * ep <= work.node_size, in_node, scale_out)
        expert = stage_layers * 4.0 * (ep - 1.0) / ep * activation / tp / ep_link
        per_micro = hardware + tensor + expert
        dp_link = np.where(devices <= work.node_size, in_node, scale_out)
        gradient_bytes = 2.0 * work.params_per_device(tp, pp, ep)
        ring = (dp - 1.0) / dp
        if work.zero3:
            volume = ring * gradient_bytes * (1.0 + 2.0 * micro)
            hidden = micro * hardware
        else:
            volume = 2.0 * ring * gradient_bytes
            hidden = micro * hardware * BACKWARD_SHARE
        exposed = np.maximum(volume / dp_link - hidden, 0.0)
    if not work.communication:
        tensor = expert = exposed = np.zeros_like(model)
        pp = np.ones_like(pp)
    return StepTimes(
        micro_batches=micro,
        compute=micro * model,
        recompute=micro * (hardware - model),
        tensor=micro * tensor,
        expert=micro * expert,
        bubble=(pp - 1.0) * per_micro,
        data_exposed=exposed,
    )
