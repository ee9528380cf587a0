"""``gpucompare cost`` through a real subprocess, checked against the core."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from gpucompare_process import run

from gpucompare.cli.exclusions import device_reasons
from gpucompare.core.catalog.loading import load_catalog
from gpucompare.core.currency import currency
from gpucompare.core.training import (
    RESULT_KEYS,
    CloudPricing,
    EnergyInputs,
    MemoryInputs,
    OwnedPricing,
    TrainingInputs,
    default,
    estimate,
    find,
    rank,
)

A100 = "nvidia-a100-sxm4-80gb"
H100 = "nvidia-h100-sxm5-80gb"
RUN = ("cost", "--params", "70B", "--tokens", "2T")


def json_of(*args: str):
    result = run(*args, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def catalog() -> pd.DataFrame:
    return load_catalog().set_index("id", drop=False)


def test_json_keys_and_values_equal_the_core(catalog):
    record = json_of(*RUN, "--device", A100, "--count", "2048")
    assert list(record) == list(RESULT_KEYS)
    expected = estimate(
        TrainingInputs(params=70e9, tokens=2e12, devices=2048, mfu_band=(0.3, 0.542)),
        catalog.loc[A100],
    ).to_record()
    assert record == expected
    assert record["energy_cost_usd"] is None
    assert record["fits"] is True


def test_owned_pricing_and_energy_options(catalog):
    record = json_of(
        *RUN,
        "--device",
        H100,
        "--count",
        "1024",
        "--pricing",
        "owned",
        "--purchase-price",
        "30000",
        "--overhead",
        "0.6",
        "--lifetime-years",
        "4",
        "--utilization",
        "0.8",
        "--power-draw",
        "0.9",
        "--pue",
        "hyperscale",
        "--electricity-price",
        "0.1",
        "--carbon-intensity",
        "france",
        "--mfu",
        "0.45",
    )
    inputs = TrainingInputs(
        params=70e9,
        tokens=2e12,
        devices=1024,
        mfu=0.45,
        pricing=OwnedPricing(30_000, 0.6, 4, 0.8),
        energy=EnergyInputs(0.9, 1.1, 0.1, 0.056),
    )
    assert record == estimate(inputs, catalog.loc[H100]).to_record()
    assert record["energy_cost_usd"] > 0


def test_solve_days_with_own_cloud_price_and_memory_options(catalog):
    record = json_of(
        "cost",
        "--params",
        "7e9",
        "--tokens",
        "compute-optimal",
        "--device",
        A100,
        "--days",
        "3",
        "--price-per-hour",
        "1.5",
        "--optimizer",
        "adam_8bit",
        "--sharding",
        "fsdp",
        "--seq-len",
        "4096",
        "--micro-batch",
        "2",
        "--recompute",
        "none",
        "--layers",
        "32",
        "--hidden",
        "4096",
    )
    inputs = TrainingInputs(
        params=7e9,
        compute_optimal=True,
        target_days=3.0,
        pricing=CloudPricing(1.5),
        mfu_band=(0.3, 0.542),
        memory=MemoryInputs("adam_8bit", "zero3", 4096, 2, "none", 32, 4096),
    )
    assert record == estimate(inputs, catalog.loc[A100]).to_record()
    assert record["wall_clock_hours"] <= 72


def test_flops_budget_and_chinchilla(catalog):
    by_flops = json_of(
        "cost", "--params", "1B", "--flops", "1.2e20", "--device", A100, "--count", "8"
    )
    by_words = json_of(
        "cost", "--params", "1B", "--tokens", "chinchilla", "--device", A100, "--count", "8"
    )
    assert by_flops["training_flops"] == 1.2e20
    optimal = TrainingInputs(params=1e9, compute_optimal=True, devices=8)
    assert by_words["training_flops"] == pytest.approx(optimal.training_flops)
    assert optimal.training_tokens == 20e9


def test_presets_by_name(catalog):
    record = json_of(
        *RUN, "--device", A100, "--count", "2048", "--mfu", "best", "--carbon-intensity", "world"
    )
    assert record["mfu"] == find("mfu", "best", "mfu").value
    assert record["co2_kg"] == pytest.approx(record["energy_kwh"] * default("carbon").value)


def test_currency_renames_and_converts_money():
    usd = json_of(*RUN, "--device", A100, "--count", "2048")
    cny = json_of(*RUN, "--device", A100, "--count", "2048", "--currency", "CNY")
    rate = currency("CNY").per_usd
    assert "total_cost_cny" in cny
    assert "total_cost_usd" not in cny
    assert cny["total_cost_cny"] == pytest.approx(usd["total_cost_usd"] * rate)
    assert cny["compute_cost_cny"] == pytest.approx(usd["compute_cost_usd"] * rate)
    assert cny["energy_cost_cny"] is None
    assert cny["device_hours"] == usd["device_hours"]


def test_money_given_in_the_display_currency():
    rate = currency("EUR").per_usd
    eur = json_of(
        *RUN, "--device", A100, "--count", "2048", "--price-per-hour", "2", "--currency", "EUR"
    )
    usd = json_of(*RUN, "--device", A100, "--count", "2048", "--price-per-hour", str(2 / rate))
    assert eur["total_cost_eur"] == pytest.approx(usd["total_cost_usd"] * rate)
    assert eur["total_cost_eur"] == pytest.approx(2 * usd["device_hours"])


def test_all_ranks_like_the_core(catalog):
    document = json_of(*RUN, "--all", "--days", "30", "--pricing", "owned")
    assert set(document) == {"results", "excluded"}
    inputs = TrainingInputs(
        params=70e9,
        tokens=2e12,
        target_days=30.0,
        pricing=OwnedPricing(),
        mfu_band=(0.3, 0.542),
    )
    ranking = rank(inputs, load_catalog())
    assert [r["device"] for r in document["results"]] == list(ranking.results["device"])
    assert all(list(r) == list(RESULT_KEYS) for r in document["results"])
    first = document["results"][0]
    assert first["total_cost_usd"] == ranking.results["total_cost_usd"].iloc[0]
    excluded = device_reasons(ranking.excluded, load_catalog(), inputs)
    assert document["excluded"] == [
        {"device": d, "reason": r}
        for d, r in zip(excluded["device"], excluded["reason"], strict=True)
    ]


def test_all_as_csv_and_table():
    csv = run(*RUN, "--all", "--count", "4096", "--format", "csv")
    assert csv.returncode == 0, csv.stderr
    frame = pd.read_csv(io.StringIO(csv.stdout))
    assert list(frame.columns)[:2] == ["device", "name"]
    priced = frame["total_cost_usd"].notna()
    assert frame.loc[priced, "total_cost_usd"].is_monotonic_increasing
    assert not priced[: priced.sum()].eq(False).any()  # unknown costs come last
    assert "excluded" in csv.stderr
    table = run(*RUN, "--all", "--count", "4096")
    assert table.returncode == 0, table.stderr
    assert "Total cost (USD)" in table.stdout
    assert "Excluded (" in table.stdout
    assert "no BF16, FP16, TF32 or FP32 figure" in table.stdout
    assert "Cost unknown:" in table.stdout


def test_single_table_is_readable_with_units():
    result = run(*RUN, "--device", A100, "--count", "2048")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    for fragment in ("A100 SXM4 80GB", "Total cost", "USD", "kWh", " h (", "days", "GB of 80 GB"):
        assert fragment in text
    assert "How each number is computed" in text
    assert "C = (6·N + 6·L·d·s) × D = (6 × 70B + 6 × 71 × 9,088 × 2,048 attention" in text
    assert "MFU 0.3 to 0.542" in text


def test_single_csv_and_output_file(tmp_path):
    target = tmp_path / "run.csv"
    result = run(*RUN, "--device", A100, "--count", "2048", "--format", "csv", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    frame = pd.read_csv(target)
    assert list(frame.columns) == list(RESULT_KEYS)
    assert frame.loc[0, "devices"] == 2048


def test_extra_catalog_file(small_catalog_path):
    record = json_of(
        *RUN, "--device", "acme-a100", "--count", "2048", "--catalog", str(small_catalog_path)
    )
    assert record["device"] == "acme-a100"
    assert record["compute_cost_usd"] == pytest.approx(record["device_hours"] * 4)


def test_device_without_launch_price_under_owned_pricing(small_catalog_path):
    record = json_of(
        *RUN,
        "--device",
        "tera-t5",
        "--count",
        "8",
        "--pricing",
        "owned",
        "--catalog",
        str(small_catalog_path),
    )
    assert record["total_cost_usd"] is None
    assert record["cost_note"].startswith("no launch price")
    assert record["device_hours"] > 0


def test_warning_for_high_mfu():
    record = json_of(*RUN, "--device", A100, "--count", "2048", "--mfu", "0.8")
    assert any("above 0.7" in text for text in record["warnings"])


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--params", "abc", "--tokens", "2T", "--device", A100, "--count", "8"), "--params:"),
        (("--params", "0", "--tokens", "2T", "--device", A100, "--count", "8"), "--params:"),
        (("--params", "70B", "--tokens", "-1", "--device", A100, "--count", "8"), "--tokens:"),
        (("--params", "70B", "--tokens", "7X", "--device", A100, "--count", "8"), "--tokens:"),
        (("--params", "70B", "--flops", "nan", "--device", A100, "--count", "8"), "--flops:"),
        (("--params", "2e15", "--tokens", "2T", "--device", A100, "--count", "8"), "--params:"),
        ((*RUN[1:], "--device", A100, "--count", "2.5"), "--count:"),
        ((*RUN[1:], "--device", A100, "--count", "0"), "--count:"),
        ((*RUN[1:], "--device", A100, "--days", "0"), "--days:"),
        ((*RUN[1:], "--device", A100, "--days", "x"), "--days:"),
        ((*RUN[1:], "--device", A100, "--count", "8", "--mfu", "1.5"), "--mfu:"),
        ((*RUN[1:], "--device", A100, "--count", "8", "--mfu", "great"), "--mfu:"),
        ((*RUN[1:], "--device", A100, "--count", "8", "--mfu", "40"), "e.g. 0.4 or 40%"),
        ((*RUN[1:], "--device", A100, "--count", "0"), "whole number of 1 or more"),
        (("--tokens", "2T", "--device", A100, "--count", "8"), "give --params, --model"),
        (("--model", "llama-9", "--tokens", "2T", "--device", A100, "--count", "8"), "--model:"),
        (
            (
                "--model-config",
                "/no/config.json",
                "--tokens",
                "2T",
                "--device",
                A100,
                "--count",
                "8",
            ),
            "--model-config: /no/config.json: no such file",
        ),
        (
            (*RUN[1:], "--active-params", "80B", "--device", A100, "--count", "8"),
            "--active-params:",
        ),
        ((*RUN[1:], "--device", A100, "--count", "8", "--precision", "INT8"), "--precision:"),
        ((*RUN[1:], "--device", A100, "--count", "8", "--pue", "0.5"), "--pue:"),
        ((*RUN[1:], "--device", A100, "--count", "8", "--carbon-intensity", "mars"), "carbon"),
        ((*RUN[1:], "--device", A100, "--count", "8", "--power-draw", "2"), "--power-draw:"),
        ((*RUN[1:], "--device", A100, "--count", "8", "--seq-len", "0"), "--seq-len:"),
        (
            (*RUN[1:], "--device", A100, "--count", "8", "--price-per-hour", "-1"),
            "--price-per-hour:",
        ),
        ((*RUN[1:], "--device", A100, "--count", "8", "--purchase-price", "1"), "--pricing owned"),
        ((*RUN[1:], "--device", A100, "--count", "8", "--electricity-price", "0.1"), "owned"),
        (
            (
                *RUN[1:],
                "--device",
                A100,
                "--count",
                "8",
                "--pricing",
                "owned",
                "--lifetime-years",
                "40",
            ),
            "--lifetime-years:",
        ),
        ((*RUN[1:], "--device", A100, "--count", "8", "--currency", "XYZ"), "currency"),
        ((*RUN[1:], "--device", "nvidia-a100", "--count", "8"), "no device with id"),
        ((*RUN[1:], "--device", A100), "--count"),
        ((*RUN[1:], "--device", A100, "--count", "8", "--days", "3"), "not allowed"),
        (("--params", "70B", "--device", A100, "--count", "8"), "--tokens"),
        ((*RUN[1:], "--count", "8"), "--device"),
        ((*RUN[1:], "--device", A100, "--count", "8", "--sharding", "zero9"), "--sharding"),
    ],
)
def test_user_mistakes_exit_2_with_one_line(args, fragment):
    result = run("cost", *args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error:")


CONFIGS = Path(__file__).parent.parent / "data" / "hf_configs"


def test_model_preset_sets_total_active_and_shape():
    record = json_of(
        "cost", "--model", "deepseek-v3", "--tokens", "1T", "--device", H100, "--count", "256"
    )
    attention = 6 * 61 * 128 * 128 * 2048  # layers × heads × head size × context
    assert record["training_flops"] == pytest.approx((6 * 37e9 + attention) * 1e12)
    # memory holds all 671B: 16 bytes each over 256 devices
    assert record["memory_per_device_gb"] > 16 * 671e9 / 256 / 1e9


def test_model_config_counts_the_parameters():
    record = json_of(
        "cost",
        "--model-config",
        str(CONFIGS / "llama-3.1-8b.json"),
        "--tokens",
        "1T",
        "--device",
        H100,
        "--count",
        "8",
    )
    attention = 6 * 32 * 32 * 128 * 2048
    assert record["training_flops"] == pytest.approx((6 * 8_030_261_248 + attention) * 1e12)


def test_model_config_of_an_unknown_architecture_asks_for_params():
    args = ("cost", "--model-config", str(CONFIGS / "gpt2.json"), "--tokens", "1T")
    refused = run(*args, "--device", H100, "--count", "8")
    assert refused.returncode == 2
    assert "--params:" in refused.stderr
    record = json_of(*args, "--params", "124M", "--device", H100, "--count", "8")
    attention = 6 * 12 * 768 * 2048
    assert record["training_flops"] == pytest.approx((6 * 124e6 + attention) * 1e12)


def test_active_params_on_the_command_line():
    record = json_of(
        *RUN[:1],
        "--params",
        "671B",
        "--active-params",
        "37B",
        "--tokens",
        "1T",
        "--device",
        H100,
        "--count",
        "256",
    )
    expected = TrainingInputs(params=671e9, active_params=37e9, tokens=1e12, devices=256)
    assert record["training_flops"] == pytest.approx(expected.training_flops)
    assert expected.compute_params == 37e9


def test_no_price_answers_with_exit_0(small_catalog_path):
    args = (*RUN, "--device", "bolt-r4090", "--count", "8", "--catalog", str(small_catalog_path))
    table = run(*args, "--seq-len", "512")
    assert table.returncode == 0, table.stderr
    assert "Total cost         — (no cloud price in the catalog" in table.stdout


def test_typed_price_for_all_devices_is_shown():
    table = run(*RUN, "--all", "--count", "4096", "--price-per-hour", "2")
    assert table.returncode == 0, table.stderr
    assert table.stdout.startswith("Your price, 2 USD per device-hour, applies to every device")


def test_typed_price_belongs_to_the_named_device():
    record = json_of(*RUN, "--device", A100, "--count", "2048", "--price-per-hour", "1.5")
    assert record["compute_cost_usd"] == pytest.approx(record["device_hours"] * 1.5)


def test_nothing_feasible_explains_why_and_what_to_try():
    table = run("cost", "--params", "1T", "--tokens", "2T", "--all", "--count", "1")
    assert table.returncode == 0, table.stderr
    assert "No device can run this job:" in table.stdout
    assert "Try: more devices (--count)" in table.stdout


def test_currency_names_the_explanation_keys():
    table = run(*RUN, "--device", A100, "--count", "2048", "--currency", "CNY")
    assert "compute_cost_cny:" in table.stdout
    assert "compute_cost_usd" not in table.stdout


def test_tiny_parameter_count_warns():
    record = json_of("cost", "--params", "70", "--tokens", "2T", "--device", A100, "--count", "8")
    assert any("below one million" in text for text in record["warnings"])


def test_mfu_as_a_percentage():
    record = json_of(*RUN, "--device", A100, "--count", "2048", "--mfu", "40%")
    assert record["mfu"] == pytest.approx(0.4)


@pytest.mark.parametrize("command", ["cost", "serve"])
def test_help_prints_the_preset_defaults(command):
    # A preset label holds a % sign ("low end of 10-17%"); argparse reads % as a format.
    done = run(command, "--help")
    assert done.returncode == 0, done.stderr
    if command == "cost":
        assert "low end of 10-" in " ".join(done.stdout.split())
