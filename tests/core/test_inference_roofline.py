"""The serving roofline: compute ceiling and crossover, prefill with context, workloads, MoE
coverage, KV caches under tensor parallelism, weight formats, engines and GiB."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from made_up_device import device

from gpucompare.core.catalog.loading import load_catalog
from gpucompare.core.inference import (
    FORMATS,
    InferenceInputs,
    custom_model,
    find_device,
    preset,
    size,
)
from gpucompare.core.inference.arithmetic import experts_touched, stored_bytes
from gpucompare.core.issues import InputError

GB = 1e9
GIB = 2**30


# A shape-only dense model: 8e9 parameters, 32 layers, 4,096 wide, 8 KV heads, no vocab.
DENSE = custom_model(8e9, layers=32, hidden=4096, heads=32, kv_heads=8)
KV_PER_TOKEN = 2 * 32 * 8 * 128 * 2


def test_decode_is_capped_by_compute_at_large_batch():
    # Short context, FP8 KV: at batch 2,048 the FLOPs (2 × 8e9 + attention per token) outrun
    # the bytes, so the step is compute-bound and tokens/s stop growing with the batch.
    inputs = InferenceInputs(DENSE, kv_precision="FP8", context=128, batch=2048)
    result = size(inputs, device())
    flops = 2048 * (2 * 8e9 + 4 * 32 * 4096 * 128)
    assert result.decode_bound == "compute"
    assert result.tpot_s == pytest.approx(flops / 300e12)
    assert result.decode_tokens_per_s_total == pytest.approx(2048 * 300e12 / flops)
    # Never above the prefill (compute) ceiling at the same context.
    assert result.decode_tokens_per_s_total <= result.prefill_tokens_per_s * 1.01


def test_the_crossover_batch_is_where_bytes_and_flops_take_equal_time():
    inputs = InferenceInputs(DENSE, kv_precision="FP8", context=128, batch=1)
    result = size(inputs, device())
    kv = KV_PER_TOKEN / 2 * 128
    per_sequence_flops = 2 * 8e9 + 4 * 32 * 4096 * 128
    # B·f / P = (W + B·kv) / BW  →  B = (W / BW) / (f / P − kv / BW)
    exact = (16e9 / 2000e9) / (per_sequence_flops / 300e12 - kv / 2000e9)
    assert result.crossover_batch == math.ceil(exact)
    below = size(replace(inputs, batch=result.crossover_batch - 1), device())
    at = size(replace(inputs, batch=result.crossover_batch), device())
    assert (below.decode_bound, at.decode_bound) == ("memory", "compute")


def test_no_crossover_when_the_kv_cache_outweighs_the_flops():
    # At 32k tokens of BF16 KV each sequence adds more bytes than its FLOPs can hide.
    result = size(InferenceInputs(DENSE, context=32768), device())
    assert result.crossover_batch is None
    assert result.decode_bound == "memory"


def test_prefill_attention_grows_with_the_prompt():
    short = size(InferenceInputs(DENSE, context=512), device())
    long = size(InferenceInputs(DENSE, context=16384), device())
    assert short.prefill_tokens_per_s == pytest.approx(300e12 / (2 * 8e9 + 2 * 32 * 4096 * 512))
    assert long.prefill_tokens_per_s == pytest.approx(300e12 / (2 * 8e9 + 2 * 32 * 4096 * 16384))
    assert long.prefill_tokens_per_s < 0.8 * short.prefill_tokens_per_s
    assert long.ttft_s == pytest.approx(16384 * (2 * 8e9 + 2 * 32 * 4096 * 16384) / 300e12)


def test_a_workload_costs_prefill_and_decode():
    inputs = InferenceInputs(DENSE, input_tokens=2048, output_tokens=128, batch=16)
    result = size(inputs, device())
    assert inputs.held_tokens == 2176
    assert result.kv_cache_gb == pytest.approx(KV_PER_TOKEN * 2176 * 16 / GB)
    prompt_flops = 2 * 8e9 * 2048 + 2 * 32 * 4096 * 2048**2
    ttft = prompt_flops / 300e12
    assert result.ttft_s == pytest.approx(ttft)
    context = 2048 + 127 / 2
    step_bytes = 16e9 + 16 * KV_PER_TOKEN * context
    step_flops = 16 * (2 * 8e9 + 4 * 32 * 4096 * context)
    tpot = max(step_bytes / 2000e9, step_flops / 300e12)
    assert result.tpot_s == pytest.approx(tpot)
    cycle = max((16e9 + 128 * step_bytes) / 2000e9, (16 * prompt_flops + 128 * step_flops) / 300e12)
    assert result.requests_per_s == pytest.approx(16 / cycle)
    assert result.bound == "compute"
    per_hour = 2.0 / 3600 * 1e6
    assert result.usd_per_million_input_tokens == pytest.approx(per_hour * 16 * ttft / (16 * 2048))
    assert result.usd_per_million_output_tokens == pytest.approx(per_hour * tpot / 16)
    assert result.usd_per_million_tokens == pytest.approx(per_hour * cycle / (16 * 128))
    record = result.record()
    for key in ("ttft_s", "tpot_s", "requests_per_s", "bound", "usd_per_million_input_tokens"):
        assert record[key] == getattr(result, key)


def test_without_a_workload_the_cost_counts_decode_only():
    result = size(InferenceInputs(DENSE, batch=4), device())
    assert result.requests_per_s is None
    assert result.usd_per_million_tokens == result.usd_per_million_output_tokens


def test_workload_longer_than_the_model_allows_is_rejected():
    with pytest.raises(InputError) as caught:
        size(InferenceInputs(preset("llama-2-7b"), input_tokens=4000, output_tokens=200), device())
    assert caught.value.field == "input_tokens"


# --- mixture of experts -------------------------------------------------------------------


def test_expected_experts_touched():
    assert experts_touched(8, 2, 1) == pytest.approx(2.0)
    assert experts_touched(8, 2, 32) == pytest.approx(8 * (1 - 0.75**32))  # 7.999
    assert experts_touched(256, 8, 1) == pytest.approx(8.0)
    assert experts_touched(256, 8, 64) == pytest.approx(256 * (1 - (1 - 8 / 256) ** 64))


def test_moe_reads_nearly_every_expert_at_large_batch():
    mixtral = preset("mixtral-8x7b")
    assert (mixtral.experts, mixtral.experts_per_token) == (8, 2)
    one = size(InferenceInputs(mixtral, batch=1, devices=2), device())
    many = size(InferenceInputs(mixtral, batch=32, devices=2), device())
    embedding = 32_000 * 4096 * 2
    per_expert = (46.7e9 - 12.9e9) / 6
    assert one.weights_read_gb == pytest.approx((12.9e9 * 2 - embedding) / GB)
    expected = (12.9e9 - 2 * per_expert + per_expert * experts_touched(8, 2, 32)) * 2
    assert many.weights_read_gb == pytest.approx((expected - embedding) / GB)
    assert many.weights_read_gb > 0.99 * (93.4 - embedding / GB)


def test_deepseek_v3_preset_has_its_routing():
    spec = preset("deepseek-v3")
    assert (spec.experts, spec.experts_per_token, spec.shared_experts) == (256, 8, 1)


def test_custom_moe_needs_active_params_and_consistent_routing():
    spec = custom_model(47e9, active_params=13e9, experts=8, experts_per_token=2)
    assert spec.routed
    with pytest.raises(InputError) as caught:
        custom_model(47e9, experts=8, experts_per_token=2)
    assert caught.value.field == "active_params"
    with pytest.raises(InputError) as caught:
        custom_model(47e9, active_params=13e9, experts=8, experts_per_token=9)
    assert caught.value.field == "experts_per_token"
    with pytest.raises(InputError) as caught:
        custom_model(47e9, active_params=13e9, experts=8)
    assert caught.value.field == "experts"


# --- KV cache under tensor parallelism ----------------------------------------------------


def test_mla_latent_is_replicated_on_every_tensor_parallel_device():
    inputs = InferenceInputs(preset("deepseek-v3"), "FP8", context=4096, batch=8, devices=8)
    result = size(inputs, device(memory_gb=141.0))
    latent = 61 * 576 * 2 * 4096 * 8
    assert result.kv_cache_gb == pytest.approx(8 * latent / GB)
    assert any("stored 8 times" in note for note in result.notes)
    split = size(replace(inputs, engine="llama.cpp"), device(memory_gb=141.0))
    assert split.kv_cache_gb == pytest.approx(latent / GB)


def test_gqa_heads_are_replicated_past_the_kv_head_count():
    # 8 KV heads over 16 devices: each holds one head, so the cache is stored twice.
    inputs = InferenceInputs(DENSE, context=4096, batch=4)
    base = size(inputs, device()).kv_cache_gb
    assert size(replace(inputs, devices=8), device()).kv_cache_gb == pytest.approx(base)
    assert size(replace(inputs, devices=16), device()).kv_cache_gb == pytest.approx(2 * base)
    # 3 devices: ceil(8 / 3) = 3 heads each, 9 stored for 8.
    assert size(replace(inputs, devices=3), device()).kv_cache_gb == pytest.approx(base * 9 / 8)


def test_replicated_latent_shrinks_the_largest_batch():
    inputs = InferenceInputs(preset("deepseek-v3"), "FP8", context=32768, devices=8)
    h200 = find_device(load_catalog([]), "nvidia-h200-sxm-141gb")
    tp = size(inputs, h200)
    split = size(replace(inputs, engine="llama.cpp"), h200)
    free = 8 * 141 * GIB - tp.weight_gb * GB
    assert tp.max_batch == math.floor(
        (0.9 * 8 * 141 * GIB - tp.weight_gb * GB) / (8 * 61 * 576 * 2 * 32768)
    )
    assert split.max_batch == math.floor(free / (61 * 576 * 2 * 32768))
    assert split.max_batch > 8 * tp.max_batch


def test_sliding_window_caps_the_cache():
    mistral = preset("mistral-7b-v0.1")
    assert mistral.sliding_window == 4096
    long = size(InferenceInputs(mistral, context=32768), device())
    window = size(InferenceInputs(mistral, context=4096), device())
    assert long.kv_cache_gb == pytest.approx(window.kv_cache_gb)
    assert long.max_context == 32768
    assert any("Sliding-window" in note for note in long.notes)


# --- weight formats against published file sizes --------------------------------------------

# llama-bench lists LLaMA 7B (6.74B parameters, vocab 32,000, hidden 4,096, untied head) as
# F16 12.55 GiB, Q8_0 6.67 GiB, Q6_K 5.15 GiB, Q5_K_M 4.45 GiB, Q4_K_M 3.80 GiB and Q4_0
# 3.56 GiB (https://github.com/ggml-org/llama.cpp/pull/3084). Q4_K_M and Q5_K_M mix block
# types per tensor, so their average bits are within 1%.
LLAMA_7B = custom_model(6_738_415_616, layers=32, hidden=4096, heads=32)
LLAMA_7B = replace(LLAMA_7B, vocab=32_000)


@pytest.mark.parametrize(
    ("fmt", "gib"), [("FP16", 12.55), ("Q8_0", 6.67), ("Q6_K", 5.15), ("Q4_0", 3.56)]
)
def test_gguf_sizes_match_llama_cpp(fmt, gib):
    stored = stored_bytes(InferenceInputs(LLAMA_7B, fmt))
    assert stored / GIB == pytest.approx(gib, abs=0.005)


@pytest.mark.parametrize(("fmt", "gib"), [("Q5_K_M", 4.45), ("Q4_K_M", 3.80)])
def test_mixed_k_quant_sizes_are_within_one_percent(fmt, gib):
    stored = stored_bytes(InferenceInputs(LLAMA_7B, fmt))
    assert stored / GIB == pytest.approx(gib, rel=0.01)


def test_every_format_is_smaller_than_bf16_and_names_its_source():
    bf16 = stored_bytes(InferenceInputs(LLAMA_7B, "BF16"))
    for name, fmt in FORMATS.items():
        stored = stored_bytes(InferenceInputs(LLAMA_7B, name))
        assert stored <= bf16, name
        if name not in ("FP16", "BF16"):
            assert fmt.source.startswith("https://"), name
    q4 = stored_bytes(InferenceInputs(LLAMA_7B, "Q4_K_M"))
    assert stored_bytes(InferenceInputs(LLAMA_7B, "Q4_0")) < q4 < bf16 / 3


def test_weight_only_formats_compute_in_16_bit_and_others_take_the_fastest_path():
    b300_like = device(bf16_tflops=2250.0, int8_tops=150.0, fp8_tflops=4500.0, fp4_tflops=13500.0)
    int8 = size(InferenceInputs(DENSE, "INT8"), b300_like)
    assert int8.compute_precision == "BF16"  # its INT8 rate is lower than BF16's
    assert size(InferenceInputs(DENSE, "AWQ-INT4"), b300_like).compute_precision == "BF16"
    assert size(InferenceInputs(DENSE, "NVFP4"), b300_like).compute_precision == "FP4"
    assert size(InferenceInputs(DENSE, "NVFP4"), device()).compute_precision == "BF16"
    assert size(InferenceInputs(DENSE, "Q4_K_M"), device(int8_tops=600.0)).compute_precision == (
        "INT8"
    )


# --- engines and GiB ------------------------------------------------------------------------


def test_engines_memory_rules():
    inputs = InferenceInputs(DENSE, context=4096, batch=1)
    capacity = 80 * GIB
    vllm = size(inputs, device())
    assert vllm.overhead_gb == pytest.approx(0.1 * capacity / GB)
    sglang = size(replace(inputs, engine="sglang"), device())
    assert sglang.overhead_gb == pytest.approx(0.12 * capacity / GB)
    eight = size(replace(inputs, engine="sglang", devices=8), device())
    assert eight.overhead_gb == pytest.approx(0.19 * 8 * capacity / GB)
    trt = size(replace(inputs, engine="trtllm"), device())
    assert trt.overhead_gb == pytest.approx(0.1 * (capacity - 16e9) / GB)
    llama = size(replace(inputs, engine="llama.cpp"), device())
    assert llama.overhead_gb == pytest.approx(0.0)
    with pytest.raises(InputError) as caught:
        size(replace(inputs, engine="tgi"), device())
    assert caught.value.field == "engine"


def test_llama_cpp_layer_split_is_bounded_by_one_device():
    inputs = InferenceInputs(DENSE, context=4096, devices=4, engine="llama.cpp")
    split = size(inputs, device())
    one = size(replace(inputs, devices=1), device())
    assert split.decode_tokens_per_s_per_sequence == pytest.approx(
        one.decode_tokens_per_s_per_sequence
    )
    tensor = size(replace(inputs, engine="vllm"), device())
    assert tensor.decode_tokens_per_s_per_sequence == pytest.approx(
        4
        * size(replace(inputs, engine="vllm", devices=1), device()).decode_tokens_per_s_per_sequence
    )
    assert any("one works at a time" in note for note in split.notes)


def test_vendor_gigabytes_of_device_memory_are_gib():
    # 80 "GB" of HBM hold 85.9 × 10⁹ bytes: 42e9 BF16 parameters (84 GB) fit with llama.cpp.
    result = size(InferenceInputs(custom_model(42e9), engine="llama.cpp"), device())
    assert result.fits is True
    assert result.capacity_gb == pytest.approx(85.899345920)
