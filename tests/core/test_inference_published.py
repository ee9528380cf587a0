"""The decode bandwidth bound against published single-device, batch-1 decode measurements.

A bound must sit above every real measurement, and a well-tuned batch-1 decoder should
reach a good part of it. Each case states the measured rate, its source, and the band
the ratio measured / bound must fall in. Bounds use the bundled catalog's bandwidth.

| Measurement                                   | Bound       | Ratio |
|-----------------------------------------------|-------------|-------|
| GPT-J 6B FP16, A100 SXM 80GB, TensorRT-LLM    | 167.6 tok/s | 0.66  |
| LLaMA 7B F16, RTX 4090, llama.cpp (tg 128)    | 74.4 tok/s  | 0.82  |
| GPT-J 6B FP8, H100 SXM 80GB, TensorRT-LLM     | 548.1 tok/s | 0.34  |

The H100 FP8 case is far below its bound: a 6 GB model at batch 1 on a 3.35 TB/s device
spends much of each ~5 ms step outside memory-bound matrix work (kernel launches,
attention, sampling), which the bandwidth bound leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from gpucompare.core.catalog.loading import load_catalog
from gpucompare.core.inference import InferenceInputs, find_device, preset, size


@dataclass(frozen=True)
class Measurement:
    """A published batch-1 decode rate and the band its ratio to our bound must fall in."""

    model: str
    weight_precision: str
    device: str
    context: int
    tokens_per_s: float
    ratio_band: tuple[float, float]
    source: str


MEASUREMENTS = (
    Measurement(
        # TensorRT-LLM v0.5.0, TP1, batch 1, input length 128: 111 output tokens/s.
        model="gpt-j-6b",
        weight_precision="FP16",
        device="nvidia-a100-sxm4-80gb",
        context=128,
        tokens_per_s=111.0,
        ratio_band=(0.55, 0.80),
        source="https://nvidia.github.io/TensorRT-LLM/blogs/H100vsA100.html",
    ),
    Measurement(
        # llama-bench tg 128, codellama-7b F16 (12.55 GiB, 6.74B): 61.03 ± 0.07 t/s.
        model="llama-2-7b",
        weight_precision="FP16",
        device="nvidia-geforce-rtx-4090",
        context=128,
        tokens_per_s=61.03,
        ratio_band=(0.70, 0.95),
        source="https://github.com/ggml-org/llama.cpp/pull/4766",
    ),
    Measurement(
        # Same TensorRT-LLM page: GPT-J 6B FP8 on H100 SXM 80GB, batch 1: 185 tok/s.
        model="gpt-j-6b",
        weight_precision="FP8",
        device="nvidia-h100-sxm5-80gb",
        context=128,
        tokens_per_s=185.0,
        ratio_band=(0.25, 0.45),
        source="https://nvidia.github.io/TensorRT-LLM/blogs/H100vsA100.html",
    ),
)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog([])


@pytest.mark.parametrize("case", MEASUREMENTS, ids=lambda m: f"{m.model}-{m.device}")
def test_published_decode_rate_is_below_the_bound_by_the_stated_ratio(catalog, case):
    inputs = InferenceInputs(
        preset(case.model),
        weight_precision=case.weight_precision,
        kv_precision="FP16",
        context=case.context,
        batch=1,
        devices=1,
    )
    result = size(inputs, find_device(catalog, case.device))
    bound = result.decode_tokens_per_s_per_sequence
    assert bound is not None
    assert case.tokens_per_s <= bound, f"{case.source}: measured above the bound"
    low, high = case.ratio_band
    assert low <= case.tokens_per_s / bound <= high, (case.source, bound)


def test_the_bounds_by_hand(catalog):
    # GPT-J: 6,053,381,344 × 2 bytes + 128 tokens × 2 × 28 × 16 × 256 × 2 bytes, at 2,039 GB/s.
    gptj = size(
        InferenceInputs(preset("gpt-j-6b"), "FP16", "FP16", context=128),
        find_device(catalog, "nvidia-a100-sxm4-80gb"),
    )
    expected = 2039e9 / (6_053_381_344 * 2 + 128 * 2 * 28 * 16 * 256 * 2)
    assert gptj.decode_tokens_per_s_per_sequence == pytest.approx(expected)  # 167.6
    # LLaMA 7B: 6.74e9 × 2 bytes + 128 × 2 × 32 × 32 × 128 × 2 bytes, at 1,008 GB/s.
    llama = size(
        InferenceInputs(preset("llama-2-7b"), "FP16", "FP16", context=128),
        find_device(catalog, "nvidia-geforce-rtx-4090"),
    )
    expected = 1008e9 / (6.74e9 * 2 + 128 * 2 * 32 * 32 * 128 * 2)
    assert llama.decode_tokens_per_s_per_sequence == pytest.approx(expected)  # 74.4
