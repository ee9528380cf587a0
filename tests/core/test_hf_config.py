"""Reading a local Hugging Face config.json: shape, experts and exact parameter counts.

The expected counts are the published totals (the safetensors parameter counts shown on
each model's Hugging Face page), not numbers derived from the counting code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpucompare.core.issues import InputError
from gpucompare.core.models.hf_config import load_model_config

CONFIGS = Path(__file__).parent.parent / "data" / "hf_configs"


@pytest.mark.parametrize(
    ("name", "total", "active"),
    [
        ("llama-3.1-8b", 8_030_261_248, None),  # "8.03B params"
        ("qwen2.5-7b", 7_615_616_512, None),  # Qwen card: "Number of Parameters: 7.61B"
        ("mixtral-8x7b", 46_702_792_704, 12.9e9),  # "46.7B params"; paper: 13B active
    ],
)
def test_exact_counts_match_the_published_totals(name, total, active):
    spec = load_model_config(CONFIGS / f"{name}.json")
    assert spec.params == total
    if active is None:
        assert spec.active_params is None
    else:
        assert spec.active_params == pytest.approx(active, rel=0.01)


def test_deepseek_v3_counts_671b_total_and_37b_active():
    spec = load_model_config(CONFIGS / "deepseek-v3.json")
    # DeepSeek-V3 report: 671B total, 37B activated per token (MTP module excluded).
    assert spec.params == pytest.approx(671e9, rel=0.001)
    assert spec.active_params == pytest.approx(37e9, rel=0.02)
    assert (spec.experts, spec.experts_per_token) == (256, 8)
    assert spec.kv_latent_dim == 512 + 64
    assert spec.is_moe


def test_shape_is_read():
    spec = load_model_config(CONFIGS / "llama-3.1-8b.json")
    assert (spec.layers, spec.hidden, spec.attention_heads, spec.kv_heads) == (32, 4096, 32, 8)
    assert (spec.head_dim, spec.vocab, spec.max_context) == (128, 128256, 131072)
    assert spec.name == "meta-llama/Llama-3.1-8B"


def test_unknown_architecture_reads_the_shape_but_not_the_count():
    spec = load_model_config(CONFIGS / "gpt2.json")  # GPT-2 names: n_embd, n_layer, n_head
    assert (spec.layers, spec.hidden, spec.attention_heads) == (12, 768, 12)
    assert spec.params == 0.0


def test_tied_embeddings_are_counted_once(tmp_path):
    config = json.loads((CONFIGS / "llama-3.1-8b.json").read_text())
    path = tmp_path / "config.json"
    path.write_text(json.dumps({**config, "tie_word_embeddings": True}))
    assert load_model_config(path).params == 8_030_261_248 - 128256 * 4096


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "line 1: not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"model_type": "llama"}', "no 'hidden_size'"),
        ('{"hidden_size": -4, "num_hidden_layers": 2, "num_attention_heads": 2}', "positive"),
    ],
)
def test_bad_files_name_the_file_and_the_problem(tmp_path, text, message):
    path = tmp_path / "config.json"
    path.write_text(text)
    with pytest.raises(InputError, match=message) as caught:
        load_model_config(path)
    assert caught.value.field == "model_config"
    assert str(path) in caught.value.message


def test_missing_file():
    with pytest.raises(InputError, match="no such file"):
        load_model_config("/nonexistent/config.json")
