"""``gpucompare cost --device`` on a device that lacks a figure: the answers it can give."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from gpucompare_process import run

RUN = ("cost", "--params", "7B", "--tokens", "100B", "--count", "8")
TRAINING = "bf16_tflops fp16_tflops tf32_tflops fp32_tflops"


@pytest.fixture
def u280(small_catalog_path):
    """``--device fab-u280`` (INT8 only, 8 GB) over the small catalog."""
    return ("--device", "fab-u280", "--catalog", str(small_catalog_path))


def test_no_training_figure_still_answers_memory(u280):
    result = run(*RUN, *u280)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Fab U280 (fab-u280)"
    text = result.stdout
    assert "Training compute   4.37e21 FLOP" in text
    assert "Devices            8\n" in text
    assert "Wall-clock time    unknown\n" in text
    assert "Total cost         unknown\n" in text
    assert "of 8 GB (does not fit)" in text
    assert "Minimum devices    32\n" in text
    assert "no BF16, FP16, TF32 or FP32 figure entered in the catalog yet" in text
    assert "wall_clock_hours: unknown: no BF16" in text


def test_json_and_csv_carry_the_unknowns(u280, tmp_path):
    result = run(*RUN, *u280, "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["wall_clock_hours"] is None
    assert record["precision_used"] is None
    assert record["min_devices"] == 32
    assert record["memory_per_device_gb"] > 0
    assert record["unknown"]["total_cost_usd"].startswith("no BF16, FP16, TF32 or FP32 figure")
    target = tmp_path / "run.csv"
    result = run(*RUN, *u280, "--format", "csv", "-o", str(target))
    assert result.returncode == 0, result.stderr
    row = pd.read_csv(target).iloc[0]
    assert pd.isna(row["wall_clock_hours"])
    assert row["min_devices"] == 32
    assert "wall_clock_hours: no BF16" in row["unknown"]
    record = json.loads(run(*RUN, *u280, "--format", "json", "--currency", "EUR").stdout)
    assert record["total_cost_eur"] is None
    assert "total_cost_eur" in record["unknown"]  # named as the record names it


def test_a_given_precision_the_device_lacks_is_an_error(u280):
    result = run(*RUN, *u280, "--precision", "BF16")
    assert result.returncode == 2
    assert "--precision: Fab U280 has no BF16, FP16, TF32 or FP32 figure" in result.stderr


def test_not_published_is_told_apart(small_catalog_path, tmp_path):
    frame = pd.read_csv(small_catalog_path, dtype=str, keep_default_na=False)
    frame.loc[frame["id"] == "fab-u280", "not_published"] = TRAINING
    extra = tmp_path / "devices.csv"
    frame[frame["id"] == "fab-u280"].to_csv(extra, index=False)
    result = run(*RUN, "--device", "fab-u280", "--catalog", str(extra), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["unknown"]["wall_clock_hours"] == (
        "no BF16, FP16, TF32 or FP32 figure: not published "
        "(bf16_tflops, fp16_tflops, tf32_tflops, fp32_tflops in not_published)"
    )


def test_the_header_names_the_precision_used(small_catalog_path):
    result = run(*RUN, "--device", "sino-n910", "--catalog", str(small_catalog_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Sino N910 (sino-n910), FP16"
