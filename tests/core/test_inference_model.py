"""Inference sizing for one device against hand-computed numbers, and every invalid input."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from made_up_device import device as made_up_device

from gpucompare.core.catalog.loading import load_catalog
from gpucompare.core.inference import (
    InferenceInputs,
    ModelSpec,
    bundled_presets,
    custom_model,
    find_device,
    load_presets,
    preset,
    size,
)
from gpucompare.core.inference.explain import explain
from gpucompare.core.issues import InputError

GB = 1e9
GIB = 2**30
# Llama 3.1 8B's embedding table (and untied output head): 128,256 × 4,096 parameters.
EMBEDDING = 128_256 * 4096
# A decode step reads every BF16 weight but the embedding table, which is only looked up.
LLAMA_8B_READ = 16e9 - 2 * EMBEDDING


def device(**overrides: object) -> pd.Series:
    """The shared made-up device with an INT8 peak too (600 TOPS), but still no FP8 peak."""
    return made_up_device(**{"int8_tops": 600.0, **overrides})


def llama_8b(**changes: object) -> InferenceInputs:
    """Llama 3.1 8B (8e9 parameters, 32 layers, 8 KV heads of 128), BF16, 4,096 tokens."""
    return replace(InferenceInputs(preset("llama-3.1-8b")), **changes)


# Llama 3.1 8B at BF16: 2 × 32 layers × 8 KV heads × 128 × 2 bytes per token.
LLAMA_8B_KV_PER_TOKEN = 2 * 32 * 8 * 128 * 2


@pytest.mark.parametrize(
    ("precision", "weight_gb"),
    [
        ("FP16", 16.0),
        ("BF16", 16.0),
        # 8-bit body; embedding table and output head stay 16-bit.
        ("FP8", (8e9 - 2 * EMBEDDING) / GB + 4 * EMBEDDING / GB),
        ("INT8", (8e9 - 2 * EMBEDDING) / GB + 4 * EMBEDDING / GB),
        # 4 bits + a 16-bit scale and a 4-bit zero per 128 weights.
        ("INT4", (8e9 - 2 * EMBEDDING) * (4 + 20 / 128) / 8 / GB + 4 * EMBEDDING / GB),
        ("Q4_0", ((8e9 - 2 * EMBEDDING) * 4.5 + EMBEDDING * (4.5 + 6.5625)) / 8 / GB),
    ],
)
def test_weight_memory_is_params_times_bytes(precision, weight_gb):
    result = size(llama_8b(weight_precision=precision), device())
    assert result.weight_gb == pytest.approx(weight_gb)


def test_kv_cache_with_grouped_query_attention():
    result = size(llama_8b(context=4096, batch=1), device())
    assert LLAMA_8B_KV_PER_TOKEN == 131_072
    assert result.kv_bytes_per_token == LLAMA_8B_KV_PER_TOKEN
    assert result.kv_cache_gb == pytest.approx(131_072 * 4096 / GB)  # 0.537 GB


def test_kv_cache_without_grouped_query_attention_is_heads_over_kv_heads_larger():
    # Llama 2 7B: multi-head attention, 32 KV heads for 32 query heads.
    mha = size(InferenceInputs(preset("llama-2-7b"), context=4096, batch=1), device())
    assert mha.kv_bytes_per_token == 2 * 32 * 32 * 128 * 2  # 524,288 bytes
    assert mha.kv_cache_gb == pytest.approx(524_288 * 4096 / GB)  # 2.147 GB
    gqa = custom_model(6.74e9, layers=32, hidden=4096, heads=32, kv_heads=8)
    grouped = size(InferenceInputs(gqa, context=4096), device())
    assert mha.kv_cache_gb == pytest.approx(4 * grouped.kv_cache_gb)


def test_kv_cache_scales_with_context_batch_and_kv_precision():
    base = size(llama_8b(context=1000, batch=1), device()).kv_cache_gb
    assert base == pytest.approx(131_072 * 1008 / GB)  # vLLM's 16-token blocks: 1,008 tokens
    assert size(llama_8b(context=2000, batch=3), device()).kv_cache_gb == (
        pytest.approx(3 * 131_072 * 2000 / GB)
    )
    assert size(llama_8b(context=1000, kv_precision="FP8"), device()).kv_cache_gb == (
        pytest.approx(base / 2)
    )
    sglang = size(llama_8b(context=1000, engine="sglang"), device())
    assert sglang.kv_cache_gb == pytest.approx(131_072 * 1000 / GB)  # per-token pages


def test_multi_head_latent_attention_caches_the_latent_only():
    result = size(InferenceInputs(preset("deepseek-v3"), context=1000), device())
    assert result.kv_bytes_per_token == 61 * (512 + 64) * 2  # 70,272 bytes
    assert any("latent attention" in note for note in result.notes)


def test_overhead_total_and_fit():
    # 80 GB of device memory is 80 GiB: 85.9 × 10⁹ bytes; vLLM keeps 10% of it back.
    result = size(llama_8b(context=4096, batch=1), device())
    assert result.capacity_gb == pytest.approx(80 * GIB / GB)
    assert result.overhead_gb == pytest.approx(0.1 * 80 * GIB / GB)
    assert result.total_gb == pytest.approx(16.0 + 0.536870912 + 0.1 * 80 * GIB / GB)
    assert result.fits is True


def test_fit_boundary_is_exactly_ninety_percent_of_memory():
    # 0.9 × 80 GiB = 77.31 GB: 38.65e9 BF16 weights fit exactly; no shape, so no KV cache.
    limit = 0.9 * 80 * GIB / 2
    exact = size(InferenceInputs(custom_model(limit)), device())
    assert exact.fits is True
    assert exact.min_devices == 1
    over = size(InferenceInputs(custom_model(limit * 1.00001)), device())
    assert over.fits is False
    assert over.min_devices == 2


def test_minimum_device_count():
    # Llama 3.1 70B BF16: 140 GB weights + 2 × 80 × 8 × 128 × 2 × 4096 bytes of KV cache.
    inputs = InferenceInputs(preset("llama-3.1-70b"), context=4096, batch=1)
    need = 140e9 + 2 * 80 * 8 * 128 * 2 * 4096
    assert size(inputs, device()).min_devices == math.ceil(need / (0.9 * 80 * GIB)) == 2
    assert size(inputs, device(memory_gb=24.0)).min_devices == 7
    two = size(replace(inputs, devices=2), device())
    assert two.fits is True
    assert two.capacity_gb == pytest.approx(160 * GIB / GB)


def test_largest_batch_and_context_that_fit():
    free = 0.9 * 80 * GIB - 16e9  # 61.3 GB free after the weights
    result = size(llama_8b(context=4096, batch=8), device())
    assert result.max_batch == math.floor(free / (LLAMA_8B_KV_PER_TOKEN * 4096)) == 114
    # Whole 16-token blocks per sequence.
    assert result.max_context == math.floor(free / (LLAMA_8B_KV_PER_TOKEN * 8) / 16) * 16
    single = size(llama_8b(context=4096, batch=1), device())
    assert single.max_context == 131_072  # memory allows 467,000: capped at the model's limit


def test_largest_batch_is_zero_when_the_weights_do_not_fit():
    result = size(InferenceInputs(preset("llama-3.1-70b")), device(memory_gb=24.0))
    assert result.max_batch == 0
    assert result.max_context == 0


def test_decode_bound_reads_weights_once_plus_every_sequences_kv_cache():
    one = size(llama_8b(context=4096, batch=1), device())
    assert one.decode_tokens_per_s_per_sequence == pytest.approx(
        2000e9 / (LLAMA_8B_READ + 131_072 * 4096)
    )  # 129.1 tokens/s
    assert one.decode_bound == "memory"
    four = size(llama_8b(context=4096, batch=4), device())
    per_sequence = 2000e9 / (LLAMA_8B_READ + 4 * 131_072 * 4096)
    assert four.decode_tokens_per_s_per_sequence == pytest.approx(per_sequence)
    assert four.decode_tokens_per_s_total == pytest.approx(4 * per_sequence)
    assert four.tpot_s == pytest.approx(1 / per_sequence)


def test_decode_bound_scales_with_tensor_parallel_devices():
    one = size(llama_8b(), device()).decode_tokens_per_s_per_sequence
    two = size(llama_8b(devices=2), device())
    assert two.decode_tokens_per_s_per_sequence == pytest.approx(2 * one)
    assert any("Tensor parallel over 2 devices" in note for note in two.notes)


def test_decode_bound_uses_smaller_weights():
    q4 = size(llama_8b(weight_precision="Q4_0", context=16), device())
    read = (8e9 - 2 * EMBEDDING) * 4.5 / 8 + EMBEDDING * 6.5625 / 8  # body + Q6_K head
    assert q4.weights_read_gb == pytest.approx(read / GB)
    assert q4.decode_tokens_per_s_per_sequence == pytest.approx(2000e9 / (read + 131_072 * 16))


def test_mixture_of_experts_holds_all_weights_but_reads_the_active_ones():
    inputs = InferenceInputs(preset("mixtral-8x7b"), context=1000)
    result = size(inputs, device(memory_gb=141.0))
    assert result.weight_gb == pytest.approx(93.4)  # 46.7e9 × 2 bytes
    # Batch 1: 2 of 8 experts, i.e. the 12.9B active parameters but the embedding table.
    assert result.weights_read_gb == pytest.approx((12.9e9 - 32_000 * 4096) * 2 / GB)
    kv = 2 * 32 * 8 * 128 * 2 * 1000
    read = result.weights_read_gb * GB + kv
    assert result.decode_tokens_per_s_per_sequence == pytest.approx(2000e9 / read)
    assert any("Mixture of experts" in note for note in result.notes)


def test_prefill_bound_at_the_weight_precision():
    # Per prompt token: 2 × 8B + causal attention 2 × 32 layers × 4,096 × 4,096 tokens.
    per_token = 2 * 8e9 + 2 * 32 * 4096 * 4096
    result = size(llama_8b(), device())
    assert result.prefill_tokens_per_s == pytest.approx(300e12 / per_token)  # 17,570
    assert result.compute_precision == "BF16"
    int8 = size(llama_8b(weight_precision="INT8"), device())
    assert int8.prefill_tokens_per_s == pytest.approx(600e12 / per_token)
    assert int8.weight_only is False


def test_fp8_without_an_fp8_figure_runs_weight_only():
    result = size(llama_8b(weight_precision="FP8"), device())
    assert result.weight_only is True
    assert result.compute_precision == "BF16"
    assert result.prefill_tokens_per_s == pytest.approx(300e12 / (2 * 8e9 + 2 * 32 * 4096**2))
    assert any("FP8 weights run weight-only" in note for note in result.notes)


def test_fp8_on_the_bundled_a100_is_weight_only():
    a100 = find_device(load_catalog([]), "nvidia-a100-sxm4-80gb")
    result = size(llama_8b(weight_precision="FP8"), a100)
    assert result.weight_only is True
    assert result.compute_precision == "BF16"
    assert result.prefill_tokens_per_s == pytest.approx(312e12 / (2 * 8e9 + 2 * 32 * 4096**2))


def test_four_bit_weights_are_always_weight_only():
    result = size(llama_8b(weight_precision="INT4"), device(fp8_tflops=600.0))
    assert result.weight_only is True
    assert result.compute_precision == "BF16"
    assert any("are always weight-only" in note for note in result.notes)


def test_sixteen_bit_falls_back_to_the_other_sixteen_bit_peak():
    result = size(llama_8b(weight_precision="FP16"), device(fp16_tflops=np.nan))
    assert result.compute_precision == "BF16"
    assert result.weight_only is False
    assert any("compute at BF16 on this device" in note for note in result.notes)


def test_no_usable_peak_leaves_prefill_empty_with_the_reason():
    result = size(llama_8b(), device(fp16_tflops=np.nan, bf16_tflops=np.nan))
    assert result.prefill_tokens_per_s is None
    assert result.compute_precision is None
    assert any("no prefill bound" in note for note in result.notes)
    assert result.decode_tokens_per_s_per_sequence is not None


def test_cost_per_million_tokens_at_the_decode_bound():
    result = size(llama_8b(batch=2), device())
    total = result.decode_tokens_per_s_total
    assert result.usd_per_million_tokens == pytest.approx(2.0 / (total * 3600) * 1e6)
    assert any("bound, not a forecast" in note for note in result.notes)
    two = size(llama_8b(batch=2, devices=2), device())
    assert two.usd_per_million_tokens == pytest.approx(result.usd_per_million_tokens)


def test_missing_figures_give_empty_outputs_with_reasons():
    no_price = size(llama_8b(), device(cloud_usd_per_hour=np.nan))
    assert no_price.usd_per_million_tokens is None
    assert any("no cloud price" in note for note in no_price.notes)
    no_bandwidth = size(llama_8b(), device(memory_bandwidth_gbps=np.nan))
    assert no_bandwidth.decode_tokens_per_s_per_sequence is None
    assert any("no decode bound" in note for note in no_bandwidth.notes)
    no_memory = size(llama_8b(), device(memory_gb=np.nan))
    assert no_memory.fits is None
    assert no_memory.min_devices is None
    assert any("no memory figure" in note for note in no_memory.notes)


def test_an_int8_175b_model_does_not_run_on_one_16_gb_card():
    """The claim circulates; the arithmetic says 175 GB of weights cannot fit in 16 GB."""
    inputs = InferenceInputs(
        preset("opt-175b"), weight_precision="INT8", kv_precision="FP16", context=2048
    )
    result = size(inputs, device(memory_gb=16.0))
    assert result.weight_gb == pytest.approx(175.0)  # 175e9 × 1 byte, 11× the card
    kv = 2 * 96 * 96 * 128 * 2 * 2048  # 9.66 GB at 2,048 tokens
    assert result.kv_cache_gb == pytest.approx(kv / GB)
    assert result.fits is False
    assert result.min_devices == math.ceil((175e9 + kv) / (0.9 * 16 * GIB)) == 12
    assert result.decode_tokens_per_s_per_sequence is None
    assert result.prefill_tokens_per_s is None
    assert any("Does not fit" in note for note in result.notes)
    four_bit = size(replace(inputs, weight_precision="INT4"), device(memory_gb=16.0))
    assert four_bit.fits is False  # even 87.5 GB of 4-bit weights do not fit
    t4 = find_device(load_catalog([]), "nvidia-t4")
    assert size(inputs, t4).fits is False


def test_kv_cache_not_modelled_without_a_shape():
    result = size(InferenceInputs(custom_model(7e9)), device())
    assert result.kv_cache_gb is None
    assert result.max_batch is None
    assert result.total_gb == pytest.approx(14.0 + 8 * GIB / GB)
    assert any("KV cache not modelled" in note for note in result.notes)


def test_kv_heads_that_do_not_split_over_the_devices_get_a_note():
    model = custom_model(7e9, layers=32, hidden=4096, heads=32, kv_heads=8)
    result = size(InferenceInputs(model, devices=3), device())
    assert any("do not split evenly over 3 devices" in note for note in result.notes)


def test_every_output_is_explained_with_its_numbers():
    result = size(llama_8b(batch=2), device())
    formulas = {e.key: e.formula for e in explain(result)}
    assert formulas["weight_gb"] == "8B parameters × 2 bytes (BF16) = 16 GB"
    assert "2 (K and V) × 32 layers × 8 KV heads × 128 head size" in formulas["kv_cache_gb"]
    assert formulas["min_devices"].endswith(
        "1.07 GB of KV cache (more where tensor parallelism replicates KV heads) = 1"
    )
    assert "1 × 2,000 GB/s" in formulas["decode_tokens_per_s_per_sequence"]
    assert "memory-bound" in formulas["decode_tokens_per_s_per_sequence"]
    assert "(2 × 8B parameters) + attention" in formulas["prefill_tokens_per_s"]
    assert "bound, not a forecast" in formulas["usd_per_million_tokens"]
    in_yuan = {e.key: e.formula for e in explain(result, 7.0, "CNY")}
    assert "14 CNY/h" in in_yuan["usd_per_million_tokens"]
    record = result.record()
    for explanation in explain(result):
        assert explanation.value == record[explanation.key]


def test_record_is_flat_and_names_the_inputs():
    record = size(llama_8b(), device()).record()
    assert record["model"] == "llama-3.1-8b"
    assert record["device"] == "test-gpu"
    assert record["weight_precision"] == "BF16"
    assert record["fits"] is True


def test_precisions_are_case_insensitive():
    inputs = llama_8b(weight_precision="fp8", kv_precision=" int8 ", engine=" vLLM")
    assert (inputs.weight_precision, inputs.kv_precision) == ("FP8", "INT8")
    assert inputs.engine == "vllm"
    assert size(inputs, device()).weight_gb == pytest.approx(8e9 / GB + 2 * EMBEDDING / GB)


# --- invalid inputs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"weight_precision": "FP4"}, "weight_precision"),
        ({"weight_precision": "FP32"}, "weight_precision"),
        ({"weight_precision": None}, "weight_precision"),
        ({"kv_precision": "INT4"}, "kv_precision"),
        ({"kv_precision": 8}, "kv_precision"),
        ({"context": 0}, "context"),
        ({"context": -5}, "context"),
        ({"context": 1.5}, "context"),
        ({"context": "4096"}, "context"),
        ({"context": True}, "context"),
        ({"context": 131_073}, "context"),
        ({"batch": 0}, "batch"),
        ({"batch": 2.0}, "batch"),
        ({"batch": 10_000_000}, "batch"),
        ({"devices": 0}, "devices"),
        ({"devices": None}, "devices"),
        ({"model": "llama-3.1-8b"}, "model"),
    ],
)
def test_invalid_inputs_name_their_field(changes, field):
    with pytest.raises(InputError) as caught:
        size(llama_8b(**changes), device())
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("params", "shape", "field"),
    [
        (0, {}, "params"),
        (-7e9, {}, "params"),
        (math.nan, {}, "params"),
        (math.inf, {}, "params"),
        (1e15, {}, "params"),
        ("7B", {}, "params"),
        (True, {}, "params"),
        (7e9, {"layers": 32}, "hidden"),
        (7e9, {"layers": 32, "hidden": 4096}, "heads"),
        (7e9, {"kv_heads": 8}, "kv_heads"),
        (7e9, {"layers": 0, "hidden": 4096, "heads": 32}, "layers"),
        (7e9, {"layers": 1.5, "hidden": 4096, "heads": 32}, "layers"),
        (7e9, {"layers": 32, "hidden": 4096, "heads": 30}, "heads"),
        (7e9, {"layers": 32, "hidden": 4096, "heads": 32, "kv_heads": 64}, "kv_heads"),
        (7e9, {"layers": 32, "hidden": 4096, "heads": 32, "kv_heads": 5}, "kv_heads"),
    ],
)
def test_invalid_custom_models_name_their_field(params, shape, field):
    with pytest.raises(InputError) as caught:
        custom_model(params, **shape)
    assert caught.value.field == field


def test_active_params_above_total_is_rejected():
    spec = ModelSpec("odd", params=10e9, active_params=20e9)
    with pytest.raises(InputError) as caught:
        size(InferenceInputs(spec), device())
    assert caught.value.field == "active_params"


def test_unknown_preset_and_device_suggest_close_names():
    with pytest.raises(InputError, match=r"did you mean llama-3\.1-8b") as caught:
        preset("llama-3.1-8")
    assert caught.value.field == "model"
    with pytest.raises(InputError, match="nvidia-h100-sxm5-80gb") as caught:
        find_device(load_catalog([]), "nvidia-h100-sxm5")
    assert caught.value.field == "device"


def test_presets_match_by_id_or_name_case_insensitively():
    assert preset("LLAMA-3.1-8B").id == "llama-3.1-8b"
    assert preset("Mixtral 8x7B").id == "mixtral-8x7b"


def test_bundled_presets_cite_sources_and_hold_the_required_models():
    presets = bundled_presets()
    for required in (
        "llama-3.1-8b",
        "llama-3.1-70b",
        "llama-3.1-405b",
        "llama-2-7b",
        "llama-2-70b",
        "mistral-7b-v0.1",
        "mixtral-8x7b",
        "qwen2.5-7b",
        "qwen2.5-72b",
        "deepseek-v3",
    ):
        assert required in presets
    for spec in presets.values():
        assert spec.source.startswith("https://"), spec.id
        assert spec.notes, spec.id
        assert spec.kv_modelled, spec.id


def test_a_malformed_preset_file_names_the_line(tmp_path):
    header = (
        "id,name,params,active_params,layers,hidden,attention_heads,kv_heads,head_dim,"
        "kv_latent_dim,vocab,max_context,source,notes\n"
    )
    good = "a,A,7e9,,32,4096,32,8,128,,32000,4096,https://x.example,n\n"
    bad = "b,B,seven,,32,4096,32,8,128,,32000,4096,https://x.example,n\n"
    path = tmp_path / "presets.csv"
    path.write_text(header + good + bad, encoding="utf-8")
    with pytest.raises(ValueError, match="line 3"):
        load_presets(path)
    path.write_text(header + good + good, encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate preset id"):
        load_presets(path)
