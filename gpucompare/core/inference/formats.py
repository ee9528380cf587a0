"""Weight formats as named presets: bits per weight with their scales, and how they compute.

Each format stores the transformer body at ``body_bits`` per weight (scales included),
the token-embedding table at ``embedding_bits`` and the output head at ``head_bits``.
``compute`` lists the dense peaks a kernel for that format can run on; a bound takes the
fastest of them that the device lists (weight-only formats dequantise to 16-bit, so their
list holds FP16/BF16; GGUF's integer kernels use INT8 dot products).

Block formats' sizes follow from their layouts:

- GGUF (llama.cpp ``ggml-common.h``): Q4_0 stores 32 weights in 18 bytes (4.5 bits),
  Q8_0 32 in 34 (8.5), Q4_K 256 in 144 (4.5), Q5_K 256 in 176 (5.5), Q6_K 256 in 210
  (6.5625). ``llama-quantize`` keeps the output head at Q6_K for the lower types. Q4_K_M
  and Q5_K_M mix Q4_K/Q5_K with Q6_K for some tensors: about 4.85 and 5.7 bits on average.
- GPTQ/AWQ with group size 128: 4-bit weights, a 16-bit scale and a packed 4-bit zero
  point per 128 weights, 4 + 20/128 ≈ 4.16 bits; embeddings and head stay 16-bit.
- NVFP4: 4-bit E2M1 values with an FP8 (E4M3) scale per 16 (4.5 bits); MXFP4 (OCP
  microscaling): an 8-bit E8M0 scale per 32 (4.25 bits).
- FP8 and INT8 checkpoints (per-tensor or per-channel scales, negligible) keep the
  embeddings and output head in 16-bit, as vLLM's FP8 and W8A8 checkpoints do.
"""

from __future__ import annotations

from dataclasses import dataclass

SIXTEEN = ("BF16", "FP16")


@dataclass(frozen=True)
class WeightFormat:
    """How one weight format stores and computes a model."""

    name: str
    body_bits: float
    embedding_bits: float
    head_bits: float
    compute: tuple[str, ...]
    description: str
    source: str

    @property
    def weight_only(self) -> bool:
        """True when the weights are dequantised to 16-bit before every multiply."""
        return set(self.compute) <= set(SIXTEEN) and self.name not in SIXTEEN


_GGML = "https://github.com/ggml-org/llama.cpp/blob/master/ggml/src/ggml-common.h"
_KQUANTS = "https://github.com/ggml-org/llama.cpp/pull/1684"
_AWQ = "https://github.com/casper-hansen/AutoAWQ"
_GPTQ = "https://github.com/AutoGPTQ/AutoGPTQ"
_NVFP4 = "https://developer.nvidia.com/blog/introducing-nvfp4-for-efficient-and-accurate-low-precision-inference/"
_MX = "https://www.opencompute.org/documents/ocp-microscaling-formats-mx-v1-0-spec-final-pdf"
_VLLM_FP8 = "https://docs.vllm.ai/en/latest/features/quantization/fp8.html"
_GGUF_COMPUTE = ("INT8", "FP16", "BF16")

FORMATS: dict[str, WeightFormat] = {
    f.name: f
    for f in (
        WeightFormat("FP16", 16, 16, 16, ("FP16", "BF16"), "16-bit floating point", ""),
        WeightFormat("BF16", 16, 16, 16, ("BF16", "FP16"), "bfloat16", ""),
        WeightFormat("FP8", 8, 16, 16, ("FP8", "BF16", "FP16"), "FP8 (E4M3) weights", _VLLM_FP8),
        WeightFormat(
            "INT8", 8, 16, 16, ("INT8", "BF16", "FP16"), "8-bit integer weights", _VLLM_FP8
        ),
        WeightFormat(
            "INT4", 4 + 20 / 128, 16, 16, SIXTEEN, "4-bit integer, group 128 (as AWQ)", _AWQ
        ),
        WeightFormat("AWQ-INT4", 4 + 20 / 128, 16, 16, SIXTEEN, "AWQ 4-bit, group 128", _AWQ),
        WeightFormat("GPTQ-INT4", 4 + 20 / 128, 16, 16, SIXTEEN, "GPTQ 4-bit, group 128", _GPTQ),
        WeightFormat("Q4_0", 4.5, 4.5, 6.5625, _GGUF_COMPUTE, "GGUF Q4_0", _GGML),
        WeightFormat("Q4_K_M", 4.85, 4.5, 6.5625, _GGUF_COMPUTE, "GGUF Q4_K_M", _KQUANTS),
        WeightFormat("Q5_K_M", 5.7, 5.5, 6.5625, _GGUF_COMPUTE, "GGUF Q5_K_M", _KQUANTS),
        WeightFormat("Q6_K", 6.5625, 6.5625, 6.5625, _GGUF_COMPUTE, "GGUF Q6_K", _GGML),
        WeightFormat("Q8_0", 8.5, 8.5, 8.5, _GGUF_COMPUTE, "GGUF Q8_0", _GGML),
        WeightFormat("NVFP4", 4.5, 16, 16, ("FP4", "FP8", "BF16", "FP16"), "NVIDIA FP4", _NVFP4),
        WeightFormat("MXFP4", 4.25, 16, 16, ("FP4", "FP8", "BF16", "FP16"), "OCP MXFP4", _MX),
    )
}


def weight_format(name: str) -> WeightFormat:
    """The format called ``name`` (case-insensitive; assumed known)."""
    return FORMATS[name.strip().upper()]
