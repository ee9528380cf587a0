"""Training memory per device: every optimizer, every sharding, activations, fit."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from gpucompare.core.training import (
    STATE_BYTES,
    MemoryInputs,
    TrainingInputs,
    architecture,
    estimate,
    memory_model,
)
from gpucompare.core.training.layout import LayoutInputs
from gpucompare.core.training.memory import activation_bytes

N = 1e9
MEMORY = MemoryInputs(sequence_length=1000, micro_batch=2, layers=10, hidden=1000, recompute="full")
RECOMPUTED = 10 * 2 * 1000 * 2 * 1000  # L · 2·s·b·h = 4e7 bytes
STORED = 10 * 1000 * 2 * 1000 * (34 + 5 * 1000 / 128)  # L · s·b·h·(34 + 5·a·s/h), a = h/128


def test_bytes_per_parameter():
    assert STATE_BYTES["adamw_mixed"].total == 16
    assert (STATE_BYTES["adamw_mixed"].weights, STATE_BYTES["adamw_mixed"].optimizer) == (2, 12)
    assert STATE_BYTES["adam_8bit"].total == 10
    assert STATE_BYTES["sgd_momentum"].total == 12


def test_zero_paper_example():
    # ZeRO paper: 7.5B parameters with mixed-precision Adam need 120 GB of model states.
    model = memory_model(7.5e9, replace(MEMORY, sharding="none"))
    assert model.fixed_bytes - model.activations == pytest.approx(120e9)


def test_activations_with_full_recomputation():
    assert activation_bytes(architecture(N, 10, 1000), MEMORY) == RECOMPUTED


def test_activations_without_recomputation():
    shape = architecture(N, 10, 1000)
    assert activation_bytes(shape, replace(MEMORY, recompute="none")) == pytest.approx(STORED)
    assert activation_bytes(shape, replace(MEMORY, recompute="none")) == pytest.approx(1.46125e9)


@pytest.mark.parametrize(
    ("optimizer", "sharding", "fixed_per_param", "sharded_per_param"),
    [
        ("adamw_mixed", "none", 16, 0),
        ("adamw_mixed", "zero1", 4, 12),
        ("adamw_mixed", "zero2", 2, 14),
        ("adamw_mixed", "zero3", 0, 16),
        ("adam_8bit", "none", 10, 0),
        ("adam_8bit", "zero1", 4, 6),
        ("adam_8bit", "zero2", 2, 8),
        ("adam_8bit", "zero3", 0, 10),
        ("sgd_momentum", "none", 12, 0),
        ("sgd_momentum", "zero1", 4, 8),
        ("sgd_momentum", "zero2", 2, 10),
        ("sgd_momentum", "zero3", 0, 12),
    ],
)
def test_every_optimizer_and_sharding(optimizer, sharding, fixed_per_param, sharded_per_param):
    memory = replace(MEMORY, optimizer=optimizer, sharding=sharding)
    model = memory_model(N, memory)
    assert model.fixed_bytes == pytest.approx(fixed_per_param * N + RECOMPUTED)
    assert model.sharded_bytes == pytest.approx(sharded_per_param * N)
    assert model.per_device_bytes(10) == pytest.approx(
        fixed_per_param * N + RECOMPUTED + sharded_per_param * N / 10
    )


def test_per_device_memory_in_an_estimate():
    device = {"id": "d", "name": "D", "bf16_tflops": 100.0, "memory_gb": 80.0}
    inputs = TrainingInputs(
        params=N,
        tokens=20e9,
        devices=4,
        memory=replace(MEMORY, sharding="zero2", recompute="none"),
        mfu=0.5,
        layout=LayoutInputs(tp=1, pp=1),
    )
    result = estimate(inputs, {**device, "cloud_usd_per_hour": 1.0})
    logits = 4 * 1000 * 2 * 32_000  # fp32 logits of one micro-batch, Llama 2's vocabulary
    expected = 2 * N + 14 * N / 4 + STORED + logits
    assert result.memory_per_device_gb == pytest.approx(expected / 1e9)


def test_selective_recomputation_keeps_34_sbh_per_layer_divided_by_tp():
    shape = architecture(N, 10, 1000)
    selective = replace(MEMORY, recompute="selective")
    assert activation_bytes(shape, selective) == pytest.approx(10 * 34 * 1000 * 2 * 1000)
    assert activation_bytes(shape, selective, tp=8) == pytest.approx(10 * 34 * 1000 * 2 * 1000 / 8)
    assert activation_bytes(shape, MEMORY, tp=4) == pytest.approx(RECOMPUTED / 4)


@pytest.mark.parametrize(
    ("sharding", "available_gb", "expected"),
    [
        ("zero3", 80.0, 1.0),  # 16 GB of states fit on one 80 GB device
        ("zero3", 8.0, 3.0),  # ceil(16 / (8 - 0.04)) = ceil(2.01)
        ("zero3", 4.0, 5.0),  # ceil(16 / 3.96) = ceil(4.04)
        ("zero1", 8.0, 4.0),  # ceil(12 / (8 - 4.04)) = ceil(3.03)
        ("zero2", 8.0, 3.0),  # ceil(14 / (8 - 2.04)) = ceil(2.35)
        ("none", 80.0, 1.0),
        ("none", 8.0, np.nan),  # 16.04 GB can never be split
        ("zero1", 4.0, np.nan),  # 4.04 GB unsplit > 4 GB
        ("zero3", 0.04, np.nan),  # activations alone fill it
    ],
)
def test_min_devices(sharding, available_gb, expected):
    model = memory_model(N, replace(MEMORY, sharding=sharding))
    got = model.min_devices(np.array([available_gb]))[0]
    if np.isnan(expected):
        assert np.isnan(got)
    else:
        assert got == expected
        assert model.per_device_bytes(got) <= available_gb * 1e9
        if got > 1:
            assert model.per_device_bytes(got - 1) > available_gb * 1e9


def test_min_devices_exact_boundary():
    # 16 GB split across devices with exactly 4 GB of room each: 4 devices, not 5.
    memory = replace(MEMORY, sharding="zero3")
    model = memory_model(N, memory)
    available = (4e9 + model.fixed_bytes) / 1e9
    assert model.min_devices(np.array([available]))[0] == 4


def test_min_devices_unknown_memory_is_nan():
    model = memory_model(N, MEMORY)
    assert np.isnan(model.min_devices(np.array([np.nan]))[0])


def test_architecture_derived_like_gpt3():
    shape = architecture(175e9)
    assert (shape.layers, shape.hidden) == (96, 12288)  # GPT-3 175B
    assert shape.derived
    assert shape.heads == 96


def test_architecture_given():
    shape = architecture(70e9, 80, 8192)
    assert (shape.layers, shape.hidden, shape.derived) == (80, 8192, False)


def test_architecture_from_one_dimension():
    assert architecture(12 * 10 * 1000**2, hidden=1000).layers == 10
    assert architecture(12 * 10 * 1000**2, layers=10).hidden == 1000


def test_architecture_of_a_tiny_model():
    shape = architecture(1000.0)
    assert shape.layers == 1
    assert shape.hidden == 128
