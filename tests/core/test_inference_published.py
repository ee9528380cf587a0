"""The serving bounds against published measurements.

A bound must sit at or above every real measurement, and a well-tuned server should reach
a good part of it. Each case states the measured rate, its source, and the band the ratio
measured / bound must fall in. Bounds use the bundled catalog's figures, the engine the
measurement used, its device count and its workload (llama-bench's ``tg N`` generates N
tokens from an empty context). No figure here set any default of the model: the bounds
are physics (bytes / bandwidth, FLOPs / peak) with no fitted efficiency. The README's
serving table lists every case with its bound and ratio.

Single-stream rates of small weights sit lowest (H100 FP8 GPT-J at batch 1: 0.34): a
6 GB model on a 3.35 TB/s device spends much of each ~2 ms step outside memory-bound
matrix work (kernel launches, attention, sampling), which the bandwidth bound leaves
out. Batched multi-GPU runs sit low too (LLaMA 70B on 4 × H100: 0.26-0.29): the bound
ignores the tensor-parallel all-reduces and assumes prefill and decode overlap perfectly.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pytest

from gpucompare.core.catalog.loading import load_catalog
from gpucompare.core.inference import InferenceInputs, find_device, preset, size

TRT_LLM = "https://nvidia.github.io/TensorRT-LLM/blogs/H100vsA100.html"
TRT_LLM_050 = (
    "https://raw.githubusercontent.com/NVIDIA/TensorRT-LLM/release/0.5.0/docs/source/performance.md"
)
RTX_4090 = "https://github.com/ggml-org/llama.cpp/pull/4766"
M2_ULTRA = "https://github.com/ggml-org/llama.cpp/pull/2917"
M2_ULTRA_F16 = "https://github.com/ggml-org/llama.cpp/pull/2891"
MLC_7B = "https://github.com/apache/tvm/pull/15985"
MLC_70B = "https://github.com/mlc-ai/mlc-llm/pull/573"
NIM = "https://docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance/llms.txt"
MIXTRAL = "https://github.com/ggml-org/llama.cpp/pull/4406"
# Mystic AI's vLLM guide: Mistral 7B on an A100, 46 tokens/s at batch 1 (quoted with this
# link in llama.cpp issue #3479). The A100 variant is not stated: the bound uses the
# lowest-bandwidth A100 in the catalog (40 GB PCIe), so "at or below the bound" holds for all.
VLLM_MISTRAL = "https://docs.mystic.ai/docs/mistral-ai-7b-vllm-fast-inference-guide"
# M2 Max (38-core GPU, 96 GB): 400 GB/s of unified memory bandwidth, up to 96 GB. Not in the
# catalog, so its two figures are given here.
M2_MAX = pd.Series(
    {"id": "apple-m2-max-96gb", "name": "Apple M2 Max (38-core GPU, 96GB)", "memory_gb": 96.0,
     "memory_bandwidth_gbps": 400.0}
)  # fmt: skip
M2_MAX_SOURCE = (
    "https://www.apple.com/newsroom/2023/01/apple-unveils-m2-pro-and-m2-max-next-generation-"
    "chips-for-next-level-workflows/"
)


@dataclass(frozen=True)
class Measurement:
    """A published output-token rate and the band its ratio to our bound must fall in.

    ``stream`` rates are one sequence's decode speed (llama-bench ``tg``, a chat's tokens/s):
    the bound is the decode bound per sequence. Otherwise the rate is output tokens/s over
    whole requests (prefill included) at ``batch`` in flight: the bound is requests/s ×
    output tokens.
    """

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
    devices: int = 1
    stream: bool = True


MEASUREMENTS = (
    # TensorRT-LLM v0.5.0, TP1, batch 1, input length 128: 111 output tokens/s (A100, FP16)
    # and 185 (H100, FP8); 64 concurrent requests of 128 in and 128 out: 3,679 and 10,907.
    Measurement("gpt-j-6b", "FP16", "nvidia-a100-sxm4-80gb", "trtllm", 128, 128, 1, 111.0,
                (0.55, 0.80), TRT_LLM),
    Measurement("gpt-j-6b", "FP8", "nvidia-h100-sxm5-80gb", "trtllm", 128, 128, 1, 185.0,
                (0.25, 0.45), TRT_LLM),
    Measurement("gpt-j-6b", "FP16", "nvidia-a100-sxm4-80gb", "trtllm", 128, 128, 64, 3_679.0,
                (0.45, 0.75), TRT_LLM, stream=False),
    Measurement("gpt-j-6b", "FP8", "nvidia-h100-sxm5-80gb", "trtllm", 128, 128, 64, 10_907.0,
                (0.45, 0.75), TRT_LLM, stream=False),
    # Same release, LLaMA 70B on 4 × H100 (FP8, TP4), batch 64: 128 in / 128 out and a long
    # prompt, 2,048 in / 128 out.
    Measurement("llama-2-70b", "FP8", "nvidia-h100-sxm5-80gb", "trtllm", 128, 128, 64, 3_317.0,
                (0.20, 0.45), TRT_LLM_050, devices=4, stream=False),
    Measurement("llama-2-70b", "FP8", "nvidia-h100-sxm5-80gb", "trtllm", 2048, 128, 64, 843.0,
                (0.20, 0.45), TRT_LLM_050, devices=4, stream=False),
    # NVIDIA NIM 1.8.0, Llama 3.3 70B FP8 on 2 × H100 (TP2), 5,000 in / 500 out, one request
    # at a time: 51.67 output tokens/s (same shape as Llama 3.1 70B).
    Measurement("llama-3.1-70b", "FP8", "nvidia-h100-sxm5-80gb", "trtllm", 5000, 500, 1, 51.67,
                (0.45, 0.75), NIM, devices=2, stream=False),
    # llama-bench tg 128 on an RTX 4090, codellama-7b (LLaMA 7B shape) F16 and Q8_0.
    Measurement("llama-2-7b", "FP16", "nvidia-geforce-rtx-4090", "llama.cpp", 1, 128, 1, 61.03,
                (0.70, 0.95), RTX_4090),
    Measurement("llama-2-7b", "Q8_0", "nvidia-geforce-rtx-4090", "llama.cpp", 1, 128, 1, 98.13,
                (0.55, 0.85), RTX_4090),
    # llama-bench on M2 Ultra (800 GB/s, 76 GPU cores): F16 tg 64, Q8_0 and Q4_0 tg 128.
    Measurement("llama-2-7b", "FP16", "apple-m2-ultra-192gb", "llama.cpp", 1, 64, 1, 40.53,
                (0.55, 0.85), M2_ULTRA_F16),
    Measurement("llama-2-7b", "Q8_0", "apple-m2-ultra-192gb", "llama.cpp", 1, 128, 1, 62.05,
                (0.40, 0.70), M2_ULTRA),
    Measurement("llama-2-7b", "Q4_0", "apple-m2-ultra-192gb", "llama.cpp", 1, 128, 1, 88.54,
                (0.30, 0.55), M2_ULTRA),
    # MLC-LLM on M2 Ultra, q4f16_1 (4-bit, an FP16 scale per 32: 4.5 bits, as Q4_0): Llama 2
    # 7B decodes at 89 tok/s, Llama 2 70B at 9.8 tok/s.
    Measurement("llama-2-7b", "Q4_0", "apple-m2-ultra-192gb", "llama.cpp", 1, 128, 1, 89.0,
                (0.30, 0.55), MLC_7B),
    Measurement("llama-2-70b", "Q4_0", "apple-m2-ultra-192gb", "llama.cpp", 1, 128, 1, 9.8,
                (0.35, 0.60), MLC_70B),
    # Mixture of experts: Mixtral 8x7B Instruct Q4_0, llama-bench tg 128 on an M2 Max (38-core
    # GPU, 400 GB/s): 36.66 tok/s; each token reads 2 of the 8 experts per layer.
    Measurement("mixtral-8x7b", "Q4_0", "apple-m2-max-96gb", "llama.cpp", 1, 128, 1, 36.66,
                (0.50, 0.85), MIXTRAL),
    Measurement("mistral-7b-v0.1", "BF16", "nvidia-a100-pcie-40gb", "vllm", 128, 128, 1, 46.0,
                (0.35, 0.55), VLLM_MISTRAL),
)  # fmt: skip
NOT_IN_CATALOG = {"apple-m2-max-96gb": M2_MAX}


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
        devices=case.devices,
    )
    row = NOT_IN_CATALOG.get(case.device)
    result = size(inputs, find_device(catalog, case.device) if row is None else row)
    if case.stream:
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
    llama = MEASUREMENTS[7]
    weights = (6.74e9 - 32_000 * 4096) * 2
    kv = (1 + 127 / 2) * 2 * 32 * 32 * 128 * 2
    assert bound(catalog, llama) == pytest.approx(1008e9 / (weights + kv))  # 76.1
