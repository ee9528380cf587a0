"""The catalog commands through a real subprocess, as a user runs them."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from gpucompare_process import run

from gpucompare.core.catalog.loading import load_bundled_catalog
from gpucompare.core.catalog.schema import KINDS


def test_list_prints_every_device_of_all_kinds(tmp_path):
    result = run("list", "--format", "json", "--columns", "id,kind", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) >= 80
    assert {r["kind"] for r in rows} == set(KINDS)


def test_csv_round_trips_through_pandas_with_the_same_values():
    columns = "id,name,memory_gb,memory_bandwidth_gbps,bf16_tflops,power_w,launch_price_usd,notes"
    result = run("list", "--format", "csv", "--columns", columns)
    assert result.returncode == 0, result.stderr
    exported = pd.read_csv(io.StringIO(result.stdout), dtype={"id": str, "name": str, "notes": str})
    catalog = load_bundled_catalog()
    assert list(exported.columns) == columns.split(",")
    assert exported["id"].tolist() == catalog["id"].tolist()
    for column in (
        "memory_gb",
        "memory_bandwidth_gbps",
        "bf16_tflops",
        "power_w",
        "launch_price_usd",
    ):
        pd.testing.assert_series_equal(
            exported[column].astype(float), catalog[column].astype(float), check_names=False
        )
    safe_notes = catalog["notes"].fillna("").map(lambda t: "'" + t if t[:1] in "=+-@" else t)
    assert exported["notes"].fillna("").tolist() == safe_notes.tolist()


def test_filters_sort_and_derived_columns():
    result = run(
        "list",
        "--kind",
        "GPU",
        "--vendor",
        "nvidia",
        "--min-memory",
        "80",
        "--sort",
        "peak_tflops",
        "--desc",
        "--precision",
        "fp8",
        "--columns",
        "id,memory_gb,peak_tflops,tflops_per_w",
        "--format",
        "csv",
    )
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert list(frame.columns) == ["id", "memory_gb", "peak_fp8_tflops", "fp8_tflops_per_w"]
    assert (frame["memory_gb"] >= 80).all()
    assert frame["id"].str.startswith("nvidia-").all()
    peaks = frame["peak_fp8_tflops"]
    known = int(peaks.notna().sum())
    assert peaks.iloc[:known].is_monotonic_decreasing
    assert peaks.iloc[known:].isna().all()  # unknown values sort last


def test_search_and_output_file(tmp_path):
    out = tmp_path / "h100.csv"
    result = run("list", "--search", "h100", "--format", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    frame = pd.read_csv(out)
    assert len(frame) >= 2
    assert frame["name"].str.contains("H100").all()


def test_table_output_shows_units_and_dashes():
    result = run("list", "--kind", "fpga", "--columns", "id,release_year,memory_gb,peak_tflops")
    assert result.returncode == 0
    assert "<NA>" not in result.stdout
    assert "nan" not in result.stdout
    header = result.stdout.splitlines()[0]
    assert "Memory (GB)" in header
    assert "Released" in header
    assert " 2023" in result.stdout  # years print without a thousands separator
    assert "BF16 peak (dense) (TFLOPS)" in header
    assert "—" in result.stdout


def test_show_lists_every_field_and_sources():
    device = load_bundled_catalog()["id"].iloc[0]
    result = run("show", device)
    assert result.returncode == 0, result.stderr
    assert "Memory bandwidth (GB/s)" in result.stdout
    assert "Sources:" in result.stdout
    assert "https://" in result.stdout
    as_json = json.loads(run("show", device, "--format", "json").stdout)
    assert as_json["id"] == device


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("list", "--columns", "memroy_gb"), 2, "did you mean 'memory_gb'"),
        (("list", "--kind", "GPX"), 2, "unknown kind 'GPX'; did you mean 'GPU'"),
        (("list", "--precision", "fp12"), 2, "unknown precision 'fp12'"),
        (("list", "--min-memory", "-3"), 2, "must be a non-negative number"),
        (("list", "--sort", "bogus"), 2, "unknown sort column"),
        (("show", "nvidia-h1000"), 2, "no device with id 'nvidia-h1000'"),
        (("frobnicate",), 2, "invalid choice"),
    ],
)
def test_usage_errors_exit_2_with_one_message(args, code, message):
    result = run(*args)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_extra_catalog_exits_1_naming_file_and_line(tmp_path):
    bad = tmp_path / "mine.csv"
    bad.write_text("id,name,vendor,kind,memory_gb,sources\nx,X,V,GPU,lots,https://a.example\n")
    result = run("list", "--catalog", str(bad))
    assert result.returncode == 1
    assert f"{bad}, line 2, column memory_gb: 'lots': not a number" in result.stderr
    assert "Traceback" not in result.stderr


def test_extra_catalog_is_merged(tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text(
        "id,name,vendor,kind,memory_gb,sources\nmy-npu,My NPU,Me,NPU,48,https://me.example\n"
    )
    result = run("list", "--catalog", str(mine), "--search", "my-npu", "--format", "json")
    assert json.loads(result.stdout)[0]["memory_gb"] == 48


def test_validate_reports_every_error_and_exit_codes(tmp_path, data_dir, small_catalog_path):
    good = run("validate", str(small_catalog_path))
    assert good.returncode == 0
    assert "OK (7 devices)" in good.stdout
    bad = run(
        "validate", str(small_catalog_path), str(data_dir / "malformed" / "negative_power.csv")
    )
    assert bad.returncode == 1
    assert "line 3, column power_w: '-400': must not be negative" in bad.stderr


def test_unwritable_output_is_a_data_error(tmp_path):
    result = run("list", "-o", str(tmp_path / "missing" / "out.csv"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr


def test_show_finds_a_device_by_the_words_of_its_id():
    several = run("show", "h100")
    assert several.returncode == 2
    for device in ("nvidia-h100-sxm5-80gb", "nvidia-h100-pcie-80gb", "nvidia-h100-nvl-94gb"):
        assert device in several.stderr
    assert "nvidia-b100" not in run("show", "nvidia-h100").stderr
    unique = run("show", "h200-nvl")
    assert unique.returncode == 0, unique.stderr
    assert "nvidia-h200-nvl-141gb" in unique.stdout.splitlines()[0]


def test_sort_accepts_the_currency_header_it_shows():
    result = run(
        "list",
        "--currency",
        "CNY",
        "--sort",
        "launch_price_cny",
        "--columns",
        "id,launch_price_usd",
    )
    assert result.returncode == 0, result.stderr
    assert "Purchase price (CNY)" in result.stdout.splitlines()[0]
