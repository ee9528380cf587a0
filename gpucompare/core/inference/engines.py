"""Serving engines as presets: how much memory they use, how they split a model, KV paging.

- ``memory_fraction``: the share of device memory the engine uses for weights and KV
  cache (vLLM's ``gpu_memory_utilization``, SGLang's ``mem_fraction_static``); with
  ``of_free_memory`` the fraction applies to what the weights leave free instead
  (TensorRT-LLM's ``free_gpu_memory_fraction`` for the KV cache).
- ``layer_split``: the model is split by layers across devices (llama.cpp's default
  ``--split-mode layer``), so one device works at a time during a step and the bounds
  use one device's bandwidth and peak; otherwise tensor parallelism, where every device
  works on every layer and KV heads (or an MLA latent) are replicated once the device
  count exceeds them.
- ``block_tokens``: the KV cache is allocated in blocks (pages) of this many tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message


@dataclass(frozen=True)
class Engine:
    """One serving engine's memory and parallelism rules, with the pages that state them."""

    id: str
    name: str
    memory_fraction: float
    of_free_memory: bool
    layer_split: bool
    block_tokens: int
    sources: tuple[str, ...]
    rule: Message

    def fraction(self, devices: np.ndarray) -> np.ndarray:
        """The memory fraction per device count (SGLang lowers it as TP grows)."""
        devices = np.asarray(devices, dtype="float64")
        if self.id != "sglang":
            return np.full(devices.shape, self.memory_fraction)
        return np.select(
            [devices >= at_least for at_least, _ in SGLANG_FRACTIONS],
            [value for _, value in SGLANG_FRACTIONS],
            default=self.memory_fraction,
        )


# SGLang's default mem_fraction_static by tensor-parallel size (server_args.py).
SGLANG_FRACTIONS = ((16, 0.79), (8, 0.81), (4, 0.85), (2, 0.87), (1, 0.88))

ENGINES: dict[str, Engine] = {
    e.id: e
    for e in (
        Engine(
            "vllm",
            "vLLM",
            0.9,
            False,
            False,
            16,
            (
                "https://docs.vllm.ai/en/latest/models/engine_args.html",
                "https://discuss.vllm.ai/t/what-does-gpu-memory-utilisation-include/1651",
            ),
            Message(
                "uses 90% of device memory (gpu_memory_utilization 0.9), tensor parallel, "
                "KV cache in blocks of 16 tokens"
            ),
        ),
        Engine(
            "sglang",
            "SGLang",
            0.88,
            False,
            False,
            1,
            ("https://github.com/sgl-project/sglang/blob/main/python/sglang/srt/server_args.py",),
            Message(
                "uses 79–88% of device memory (mem_fraction_static, lower at larger tensor "
                "parallel sizes), tensor parallel, KV cache per token (page size 1)"
            ),
        ),
        Engine(
            "trtllm",
            "TensorRT-LLM",
            0.9,
            True,
            False,
            64,
            ("https://nvidia.github.io/TensorRT-LLM/reference/memory.html",),
            Message(
                "gives the KV cache 90% of the memory the weights leave free "
                "(free_gpu_memory_fraction 0.9), tensor parallel, KV blocks of 64 tokens"
            ),
        ),
        Engine(
            "llama.cpp",
            "llama.cpp / Ollama",
            1.0,
            False,
            True,
            256,
            (
                "https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md",
                "https://github.com/ggml-org/llama.cpp/blob/master/tools/main/README.md",
            ),
            Message(
                "fills device memory (no reserve; its compute buffers are not counted), splits "
                "layers across devices (--split-mode layer) so one device works at a time, "
                "context padded to 256 tokens"
            ),
        ),
    )
}
DEFAULT_ENGINE = "vllm"


def engine(name: str) -> Engine:
    """The engine called ``name`` (case-insensitive); InputError lists the known ones."""
    key = name.strip().lower() if isinstance(name, str) else name
    aliases = {"ollama": "llama.cpp", "llamacpp": "llama.cpp", "tensorrt-llm": "trtllm"}
    key = aliases.get(key, key)
    if key not in ENGINES:
        raise InputError(
            "engine",
            Message(
                "must be one of {value}, got {name}",
                value=f"{', '.join(ENGINES)}",
                name=f"{name!r}",
            ),
        )
    return ENGINES[key]
