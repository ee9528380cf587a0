"""The benchmark works: its quick configuration runs and the ranking agrees with the loop.

Nothing here compares a timing with a limit; timings belong to the machine they ran on.
"""

from __future__ import annotations

import importlib
import json
import math
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from gpucompare.core.catalog.loading import load_bundled_catalog, load_catalog_file, merge_catalogs
from gpucompare.core.training import OwnedPricing, TrainingInputs

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
MODULES = ("timing", "results", "synthetic", "measurements", "layouts")
EVERY_MEASUREMENT = (
    "cold start to first painted window",
    "`gpucompare list --format csv`",
    "`gpucompare serve --all`",
    "inference page refresh until painted",
    "filter change, core only",
    "filter change until table + chart painted",
    "precision change until painted",
    "chart x-axis change until painted",
    "training ranking",
    "load + validate a",
    "load + validate + merge",
    "peak RSS, app with the bundled catalog",
    "peak RSS, app with",
    "`gpucompare cost --all` with the layout search",
    "training ranking with the layout search, core only",
    "training page refresh until painted",
)


@pytest.fixture(scope="module")
def bench_modules():
    """The benchmark's modules, imported from benchmarks/ and forgotten afterwards."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield {name: importlib.import_module(name) for name in MODULES}
    finally:
        sys.path.remove(str(BENCHMARKS))
        for name in MODULES:
            sys.modules.pop(name, None)


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    """The quick benchmark, run once as a user would: its output and its JSON."""
    out = tmp_path_factory.mktemp("bench") / "results.json"
    completed = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-4000:]
    return completed.stdout, json.loads(out.read_text(encoding="utf-8"))


def test_the_quick_run_prints_the_table_and_the_machine(quick_run):
    stdout, document = quick_run
    assert "| measurement | median |" in stdout
    assert "machine:" in stdout
    assert document["mode"] == "quick"
    assert document["machine"]["cpus"] >= 1
    assert document["machine"]["pandas"]


def test_every_measurement_produces_numbers(quick_run):
    _, document = quick_run
    names = [result["name"] for result in document["results"]]
    for fragment in EVERY_MEASUREMENT:
        assert any(name.startswith(fragment) for name in names), (fragment, names)
    for result in document["results"]:
        assert result["n"] >= 1
        assert len(result["samples"]) == result["n"]
        assert math.isfinite(result["median"]), result
        assert result["median"] > 0, result
        assert result["q1"] <= result["median"] <= result["q3"], result
        if result["baseline"] is not None:
            assert result["baseline"]["median"] > 0, result
            assert math.isfinite(result["ratio"]), result
            assert result["ratio"] > 0, result
        assert result["passed"] in (True, False, None)


@pytest.mark.parametrize(
    "inputs",
    [
        TrainingInputs(params=7e9, tokens=140e9, target_days=10.0),
        TrainingInputs(params=70e9, tokens=2e12, target_days=30.0, pricing=OwnedPricing()),
        replace(TrainingInputs(params=7e9, tokens=140e9, devices=64), mfu=0.75),
    ],
    ids=["cloud-solve", "owned-solve-70b", "cloud-count-high-mfu"],
)
def test_the_ranking_agrees_with_the_per_row_loop(bench_modules, tmp_path, inputs):
    synthetic, measurements = bench_modules["synthetic"], bench_modules["measurements"]
    path = synthetic.write_synthetic_catalog(tmp_path / "synthetic.csv", 400, seed=3)
    bundled = load_bundled_catalog()
    catalog = merge_catalogs(bundled, load_catalog_file(path, known_ids=bundled["id"]))
    assert len(measurements.loop_ranking(inputs, catalog)) > 10  # not a vacuous comparison
    assert measurements.ranking_disagreements(inputs, catalog) == []


def test_the_synthetic_catalog_loads_through_the_user_path(bench_modules, tmp_path):
    synthetic = bench_modules["synthetic"]
    path = synthetic.write_synthetic_catalog(tmp_path / "synthetic.csv", 500, seed=1)
    bundled = load_bundled_catalog()
    extra = load_catalog_file(path, known_ids=bundled["id"])
    assert len(extra) == 500
    assert extra["id"].is_unique
    assert set(extra["kind"]) <= set(bundled["kind"])
    assert extra["sources"].str.startswith("http").all()
    assert len(merge_catalogs(bundled, extra)) == len(bundled) + 500


def test_only_runs_the_named_measurement(tmp_path):
    out = tmp_path / "start.json"
    command = [sys.executable, str(BENCHMARKS / "run.py"), "--quick", "--only", "cold start"]
    completed = subprocess.run(
        [*command, "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stderr
    names = [r["name"] for r in json.loads(out.read_text(encoding="utf-8"))["results"]]
    assert names == ["cold start to first painted window (bundled catalog)"]
    assert "synthetic catalog" not in completed.stderr  # no big file written for it
    wrong = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--only", "nothing"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert wrong.returncode == 2
    assert "cold start" in wrong.stderr
