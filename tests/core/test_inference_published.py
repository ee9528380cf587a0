"""The serving bounds against published decode measurements.

A bound must sit at or above every real measurement, and a well-tuned decoder should reach
a good part of it. Each case states the measured rate, its source, and the band the ratio
measured / bound must fall in. Bounds use the bundled catalog's figures, the engine the
measurement used, and its workload (llama-bench's ``tg 128`` generates 128 tokens from an
empty context; TensorRT-LLM's runs use 128 input and 128 output tokens).

| Measurement                                              | Bound         | Ratio |
|----------------------------------------------------------|---------------|-------|
| GPT-J 6B FP16, A100 SXM 80GB, TensorRT-LLM, batch 1      | 173.1 tok/s   | 0.64  |
| GPT-J 6B FP8, H100 SXM 80GB, TensorRT-LLM, batch 1       | 545.5 tok/s   | 0.34  |
| GPT-J 6B FP8, H100 SXM 80GB, TensorRT-LLM, 64 concurrent | 18,289 tok/s  | 0.55  |
| LLaMA 7B F16, RTX 4090, llama.cpp tg 128                 | 76.1 tok/s    | 0.80  |
| LLaMA 7B F16, M2 Ultra (76-core), llama.cpp tg 128       | 60.4 tok/s    | 0.68  |
| LLaMA 7B Q8_0, M2 Ultra (76-core), llama.cpp tg 128      | 113.4 tok/s   | 0.59  |
| LLaMA 7B Q4_0, M2 Ultra (76-core), llama.cpp tg 128      | 211.4 tok/s   | 0.45  |

The H100 FP8 batch-1 case is far below its bound: a 6 GB model at batch 1 on a 3.35 TB/s
device spends much of each ~2 ms step outside memory-bound matrix work (kernel launches,
attention, sampling), which the bandwidth bound leaves out. Smaller weights (Q4_0) show the
same: the fixed per-token work weighs more as the bytes shrink.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from gpucompare.core.catalog.loading import load_catalog
from gpucompare.core.inference import InferenceInputs, find_device, preset, size

TRT_LLM = "https://nvidia.github.io/TensorRT-LLM/blogs/H100vsA100.html"
APPLE = "https://github.com/ggml-org/llama.cpp/discussions/4167"


@dataclass(frozen=True)
class Measurement:
    """A published output-token rate and the band its ratio to our bound must fall in."""

    model: str
    weight_precision: str
    device: str
    engine: str
    input_tokens: int
    output_tokens: int
    batch: int
    tokens_per_s: float
    ratio_band: tuple[float, float]
    source: str


MEASUREMENTS = (
    # TensorRT-LLM v0.5.0, TP1, batch 1, input length 128: 111 output tokens/s.
    Measurement("gpt-j-6b", "FP16", "nvidia-a100-sxm4-80gb", "trtllm", 128, 128, 1, 111.0,
                (0.55, 0.80), TRT_LLM),
    # Same page: GPT-J 6B FP8 on H100 SXM 80GB, batch 1: 185 tok/s.
    Measurement("gpt-j-6b", "FP8", "nvidia-h100-sxm5-80gb", "trtllm", 128, 128, 1, 185.0,
                (0.25, 0.45), TRT_LLM),
    # Same page: H100 FP8 reaches over 10,000 output tok/s with 64 concurrent requests.
    Measurement("gpt-j-6b", "FP8", "nvidia-h100-sxm5-80gb", "trtllm", 128, 128, 64, 10_000.0,
                (0.45, 0.70), TRT_LLM),
    # llama-bench tg 128, codellama-7b F16 (12.55 GiB, 6.74B): 61.03 ± 0.07 t/s.
    Measurement("llama-2-7b", "FP16", "nvidia-geforce-rtx-4090", "llama.cpp", 1, 128, 1, 61.03,
                (0.70, 0.95), "https://github.com/ggml-org/llama.cpp/pull/4766"),
    # llama-bench tg 128 on M2 Ultra (800 GB/s, 76 GPU cores), LLaMA 7B F16 / Q8_0 / Q4_0.
    Measurement("llama-2-7b", "FP16", "apple-m2-ultra-192gb", "llama.cpp", 1, 128, 1, 41.02,
                (0.55, 0.85), APPLE),
    Measurement("llama-2-7b", "Q8_0", "apple-m2-ultra-192gb", "llama.cpp", 1, 128, 1, 66.64,
                (0.45, 0.75), APPLE),
    Measurement("llama-2-7b", "Q4_0", "apple-m2-ultra-192gb", "llama.cpp", 1, 128, 1, 94.27,
                (0.35, 0.60), APPLE),
)  # fmt: skip


@pytest.fixture(scope="module")
def catalog():
    return load_catalog([])


def bound(catalog, case: Measurement) -> float:
    """Output tokens/s the bound allows for the measurement's setup."""
    inputs = InferenceInputs(
        preset(case.model),
        weight_precision=case.weight_precision,
        kv_precision="FP16",
        batch=case.batch,
        input_tokens=case.input_tokens,
        output_tokens=case.output_tokens,
        engine=case.engine,
    )
    result = size(inputs, find_device(catalog, case.device))
    if case.batch == 1:
        assert result.decode_tokens_per_s_per_sequence is not None
        return result.decode_tokens_per_s_per_sequence
    assert result.requests_per_s is not None
    return result.requests_per_s * case.output_tokens


@pytest.mark.parametrize(
    "case", MEASUREMENTS, ids=lambda m: f"{m.model}-{m.weight_precision}-{m.device}-b{m.batch}"
)
def test_published_rate_is_below_the_bound_by_the_stated_ratio(catalog, case):
    limit = bound(catalog, case)
    assert case.tokens_per_s <= limit, f"{case.source}: measured above the bound"
    low, high = case.ratio_band
    assert low <= case.tokens_per_s / limit <= high, (case.source, limit)


def test_the_bounds_by_hand(catalog):
    # GPT-J at batch 1, 128 tokens in and out: each decode step reads the weights but the
    # embedding table (50,400 × 4,096, only looked up) and on average 128 + 63.5 tokens of
    # KV cache (2 × 28 layers × 16 heads × 256 × 2 bytes each), at 2,039 GB/s.
    case = MEASUREMENTS[0]
    weights = (6_053_381_344 - 50_400 * 4096) * 2
    kv = (128 + 127 / 2) * 2 * 28 * 16 * 256 * 2
    assert bound(catalog, case) == pytest.approx(2039e9 / (weights + kv))  # 173.1
    # LLaMA 7B: 6.74e9 × 2 bytes less the 32,000 × 4,096 embedding, at 1,008 GB/s.
    llama = MEASUREMENTS[3]
    weights = (6.74e9 - 32_000 * 4096) * 2
    kv = (1 + 127 / 2) * 2 * 32 * 32 * 128 * 2
    assert bound(catalog, llama) == pytest.approx(1008e9 / (weights + kv))  # 76.1
