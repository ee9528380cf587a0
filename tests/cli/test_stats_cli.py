"""``gpucompare stats`` as a user runs it."""

from __future__ import annotations

import io
import json
import subprocess

import pandas as pd
from gpucompare_process import run as gpucompare

from gpucompare.core.catalog.loading import load_catalog


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return gpucompare("stats", *args)


def test_json_counts_match_the_catalog():
    result = run("--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document) == {"kinds", "fill", "prices", "providers", "currencies"}
    catalog = load_catalog()
    kinds = {row["kind"]: row["devices"] for row in document["kinds"]}
    assert kinds["all"] == len(catalog)
    assert kinds["GPU"] == int((catalog["kind"] == "GPU").sum())
    memory = next(r for r in document["fill"] if (r["column"], r["kind"]) == ("memory_gb", "all"))
    assert memory["filled"] == int(catalog["memory_gb"].notna().sum())
    assert memory["filled"] + memory["not_published"] + memory["missing"] == len(catalog)
    any_price = next(r for r in document["prices"] if r["price_kind"] == "any")
    assert any_price["devices"] <= len(catalog)
    currencies = {row["currency"] for row in document["currencies"]}
    assert {"USD", "CNY"} <= currencies


def test_table_has_every_section_with_np_column():
    result = run()
    assert result.returncode == 0, result.stderr
    text = result.stdout
    for title in ("Devices by kind", "Fill rates", "Price coverage", "by provider", "by currency"):
        assert title in text
    header = next(line for line in text.splitlines() if line.startswith("Column"))
    assert header.split()[:4] == ["Column", "Filled", "n/p", "Missing"]
    fp8 = next(line for line in text.splitlines() if line.startswith("fp8_tflops "))
    filled, not_published, missing = (int(x) for x in fp8.split()[1:4])
    assert filled + not_published + missing == len(load_catalog())


def test_csv_prints_one_section():
    result = run("--format", "csv", "--section", "prices")
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(io.StringIO(result.stdout))
    kinds = ["msrp", "street", "estimate", "cloud_on_demand", "cloud_spot"]
    assert {*kinds, "purchase", "cloud", "any"} <= set(frame["price_kind"])
    assert frame["share"].between(0, 1).all()
    fill = pd.read_csv(io.StringIO(run("--format", "csv").stdout))
    assert list(fill.columns[:6]) == [
        "column",
        "kind",
        "devices",
        "filled",
        "not_published",
        "missing",
    ]


def test_a_merged_prices_file_shows_in_the_coverage(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "device_id,price_kind,provider,currency,amount,unit,date,source\n"
        "nvidia-h100-sxm5-80gb,cloud_reserved_3y,MyCloud,USD,1.5,device_hour,2026-11,"
        "https://mycloud.example\n",
        encoding="utf-8",
    )
    before = json.loads(run("--format", "json", "--section", "providers").stdout)
    after = json.loads(
        run("--format", "json", "--section", "providers", "--catalog", str(path)).stdout
    )
    assert "MyCloud" not in {row["provider"] for row in before["providers"]}
    assert {"provider": "MyCloud", "rows": 1, "usable_rows": 1, "devices": 1} in after["providers"]
