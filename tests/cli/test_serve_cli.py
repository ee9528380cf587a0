"""``gpucompare serve`` run as a real subprocess: outputs, formats, currency and errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from gpucompare_process import run as gpucompare

from gpucompare.core.catalog.loading import load_bundled_catalog
from gpucompare.core.currency import currency


def serve(*args: str) -> subprocess.CompletedProcess[str]:
    return gpucompare("serve", *args)


H100 = ("--device", "nvidia-h100-sxm5-80gb")


def test_latency_targets_give_the_largest_batch_and_what_binds_it():
    workload = ("--precision", "FP8", "--input-tokens", "2048", "--output-tokens", "256")
    done = serve("--model", "llama-3.1-8b", *H100, *workload, "--tpot-ms", "5", "--format", "json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["latency_bound"] == "tpot"
    assert record["batch"] == record["latency_batch"] > 1
    assert record["tpot_s"] <= 0.005
    assert "= " + f"{record['latency_batch']:,}" in record["explanations"]["latency_batch"]
    ranked = serve(
        "--model", "llama-3.1-8b", "--all", *workload, "--ttft-ms", "1", "--format", "json"
    )
    assert ranked.returncode == 0, ranked.stderr
    document = json.loads(ranked.stdout)
    assert any("TTFT target" in row["reason"] for row in document["excluded"])
    assert all(row["latency_bound"] for row in document["served"])


def test_a_command_imports_only_its_own_module():
    code = (
        "import sys; from gpucompare.cli.main import main; "
        "main(['serve', '--model', 'help', '--format', 'csv']); "
        "print(sorted(m for m in sys.modules if m.startswith('gpucompare.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "gpucompare.cli.serve_command" in done.stdout
    for module in (
        "gpucompare.core.training",
        "gpucompare.cli.cost_command",
        "gpucompare.core.scenario",
    ):
        assert f"'{module}'" not in done.stdout


def test_model_help_lists_the_presets():
    done = serve("--model", "help")
    assert done.returncode == 0, done.stderr
    for preset_id in ("llama-3.1-8b", "mixtral-8x7b", "deepseek-v3", "qwen2.5-72b"):
        assert preset_id in done.stdout


def test_single_device_json_has_the_numbers_notes_and_formulas():
    done = serve("--model", "llama-3.1-8b", *H100, "--format", "json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["weight_gb"] == pytest.approx(16.0)
    assert record["kv_cache_gb"] == pytest.approx(131_072 * 4096 / 1e9)
    assert record["fits"] is True
    # A step reads the weights but the 128,256 × 4,096 embedding table, plus the KV cache.
    assert record["decode_tokens_per_s_per_sequence"] == pytest.approx(
        3350e9 / (16e9 - 2 * 128_256 * 4096 + 131_072 * 4096)
    )
    assert record["decode_bound"] == record["bound"] == "memory"
    assert record["prefill_tokens_per_s"] == pytest.approx(
        989.4e12 / (2 * 8e9 + 2 * 32 * 4096 * 4096)
    )
    assert "bound, not a forecast" in record["explanations"]["usd_per_million_tokens"]
    for key in ("ttft_s", "tpot_s", "requests_per_s", "usd_per_million_input_tokens"):
        assert key in record
    assert record["requests_per_s"] is None  # no workload given
    assert record["notes"]


def test_a_workload_with_an_engine_and_a_gguf_format():
    done = serve(
        "--model", "llama-3.1-8b", *H100, "--precision", "q4_k_m", "--engine", "llama.cpp",
        "--input-tokens", "2048", "--output-tokens", "256", "--batch", "8", "--format", "json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert (record["weight_precision"], record["engine"]) == ("Q4_K_M", "llama.cpp")
    assert (record["input_tokens"], record["output_tokens"]) == (2048, 256)
    assert record["ttft_s"] > 0
    assert record["requests_per_s"] > 0
    assert record["bound"] in ("memory", "compute")
    assert record["usd_per_million_input_tokens"] < record["usd_per_million_output_tokens"]


def test_a_custom_mixture_of_experts():
    done = serve(
        "--model", "47B", "--active-params", "13B", "--experts", "8", "--experts-per-token",
        "2", "--layers", "32", "--hidden", "4096", "--heads", "32", "--kv-heads", "8", *H100,
        "--count", "2", "--batch", "32", "--format", "json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    # At batch 32 nearly all 8 experts are read: far more than the 26 GB of active weights.
    assert record["weights_read_gb"] > 90


def test_all_sorts_by_cost_for_the_workload():
    done = serve(
        "--model", "llama-3.1-8b", "--all", "--input-tokens", "1000", "--output-tokens", "200",
        "--format", "json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    costs = [row["usd_per_million_tokens"] for row in json.loads(done.stdout)["served"]]
    priced = [cost for cost in costs if cost is not None]
    assert priced == sorted(priced)
    assert len(priced) > 10


def test_table_output_explains_each_quantity():
    done = serve("--model", "llama-3.1-8b", *H100, "--precision", "fp8", "--batch", "4")
    assert done.returncode == 0, done.stderr
    assert "Llama 3.1 8B on 1 × H100 SXM5 80GB with vLLM (weights FP8" in done.stdout
    assert "Bound by: memory" in done.stdout
    assert "8B parameters at FP8: 8 bits per weight with scales" in done.stdout
    assert "gpu_memory_utilization" in done.stdout


def test_csv_is_one_row_with_machine_headers():
    done = serve("--model", "qwen2.5-7b", *H100, "--format", "csv", "--context", "8192")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert len(rows) == 1
    assert rows[0]["context"] == "8192"
    assert float(rows[0]["weight_gb"]) == pytest.approx(15.22)


def test_currency_converts_and_renames_money():
    usd = json.loads(serve("--model", "llama-3.1-8b", *H100, "--format", "json").stdout)
    done = serve("--model", "llama-3.1-8b", *H100, "--format", "json", "--currency", "cny")
    assert done.returncode == 0, done.stderr
    cny = json.loads(done.stdout)
    rate = currency("CNY").per_usd
    assert "usd_per_million_tokens" not in cny
    assert cny["cny_per_million_tokens"] == pytest.approx(usd["usd_per_million_tokens"] * rate)
    h100 = load_bundled_catalog().set_index("id").loc["nvidia-h100-sxm5-80gb"]
    assert cny["cloud_cny_per_hour"] == pytest.approx(h100["cloud_usd_per_hour"] * rate)
    assert "CNY" in cny["explanations"]["cny_per_million_tokens"]


def test_the_int8_175b_on_a_16_gb_card_claim_does_not_fit():
    done = serve(
        "--model", "175B", "--device", "nvidia-t4", "--precision", "INT8",
        "--layers", "96", "--hidden", "12288", "--heads", "96", "--context", "2048",
        "--format", "json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["fits"] is False
    assert record["weight_gb"] == pytest.approx(175.0)
    assert record["min_devices"] == 12  # 16 GB of device memory is 16 GiB
    assert record["decode_tokens_per_s_per_sequence"] is None


def test_all_ranks_the_catalog_with_reasons(tmp_path):
    target = tmp_path / "rank.json"
    done = serve("--model", "llama-3.1-70b", "--all", "--format", "json", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    document = json.loads(target.read_text(encoding="utf-8"))
    served = {row["id"] for row in document["served"]}
    excluded = {row["id"]: row["reason"] for row in document["excluded"]}
    assert "nvidia-h200-sxm-141gb" in served
    assert not served & set(excluded)
    no_memory = set(load_bundled_catalog().query("memory_gb.isna()")["id"])
    assert no_memory
    assert all(excluded[device] == "no memory figure" for device in no_memory)
    assert all(row["devices"] >= 1 for row in document["served"])


def test_all_as_a_table_lists_devices_that_cannot_serve():
    done = serve("--model", "deepseek-v3", "--all", "--precision", "INT4")
    assert done.returncode == 0, done.stderr
    assert "Cannot serve it:" in done.stdout
    assert "does not fit on 8 devices" in done.stdout


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--model", "llama-9", *H100), "no preset"),
        (("--model", "7Q", *H100), "not a number"),
        (("--model", "llama-3.1-8b", "--device", "nvidia-h100"), "no device"),
        (("--model", "llama-3.1-8b", *H100, "--precision", "FP4"), "unknown precision"),
        (("--model", "llama-3.1-8b", *H100, "--kv-precision", "INT4"), "unknown precision"),
        (("--model", "llama-3.1-8b", *H100, "--context", "0"), "at least 1"),
        (("--model", "llama-3.1-8b", *H100, "--batch", "two"), "not a whole number"),
        (("--model", "llama-2-7b", *H100, "--context", "8192"), "at most 4,096"),
        (("--model", "llama-3.1-8b"), "--device ID or --all"),
        (("--model", "llama-3.1-8b", *H100, "--all"), "not allowed with"),
        (("--model", "llama-3.1-8b", *H100, "--layers", "32"), "custom model"),
        (("--model", "7B", *H100, "--layers", "32"), "go together"),
        (("--model", "7B", *H100, "--kv-heads", "8"), "kv_heads"),
        (("--model", "7B", *H100, "--layers", "2", "--hidden", "10", "--heads", "3"), "heads"),
        (("--model", "llama-3.1-8b", *H100, "--currency", "XYZ"), "unknown currency"),
        (("--model", "llama-3.1-8b", *H100, "--engine", "tgi"), "unknown engine"),
        (("--model", "llama-3.1-8b", *H100, "--active-params", "2B"), "custom model"),
        (("--model", "47B", *H100, "--experts", "8"), "experts"),
        (("--model", "llama-3.1-8b", *H100, "--tpot-ms", "fast"), "not a number"),
        (("--model", "llama-3.1-8b", *H100, "--ttft-ms", "0"), "above 0"),
        (
            ("--model", "llama-2-7b", *H100, "--input-tokens", "4000", "--output-tokens", "200"),
            "input + output",
        ),
    ],
)
def test_usage_errors_exit_2_with_one_line(arguments, message):
    done = serve(*arguments)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
