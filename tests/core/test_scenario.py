"""Scenario files: save and read back, and a hostile corpus refused with clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpucompare.core.catalog.loading import load_catalog_file
from gpucompare.core.catalog.price_policy import PricePolicy
from gpucompare.core.scenario import (
    FORMAT,
    ScenarioError,
    file_sha256,
    read_scenario,
    save_scenario,
    scenario_data,
)
from gpucompare.core.scenario_open import apply_scenario, open_scenario
from gpucompare.core.state import AppState

EXAMPLE = (
    Path(__file__).parents[2] / "docs" / "examples" / "70b-training-and-serving.gpucompare.json"
)


@pytest.fixture
def state(small_catalog_path) -> AppState:
    return AppState(load_catalog_file(small_catalog_path, strict=True))


def _small_base(path):
    def base():
        return load_catalog_file(path, strict=True), AppState(load_catalog_file(path)).prices

    return base


def _configured(state: AppState) -> AppState:
    ids = list(state.catalog["id"][:3])
    state.set_precision("FP8")
    state.set_currency("CNY")
    state.set_price_policy(PricePolicy("street-first", "median"))
    state.update_filters(kinds=frozenset({"GPU"}), search="a", only_priced=True)
    state.set_selection(ids, ids[1])
    state.set_compare(ids, ids[0])
    state.update_chart(x="memory_gb", pareto=True, ranking_count=12)
    state.update_training(params="70B", tokens="2T", count="64", mfu="0.45")
    state.update_inference(model="llama-3.1-70b", precision="FP8", batch="4")
    return state


def _write(tmp_path: Path, data: object, name: str = "s.gpucompare.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_save_then_open_restores_every_choice(tmp_path, state, small_catalog_path):
    _configured(state)
    path = tmp_path / "a.gpucompare.json"
    save_scenario(path, state, "My title")
    fresh = AppState(load_catalog_file(small_catalog_path, strict=True))
    opened = open_scenario(path, fresh)
    assert opened.warnings == ()
    apply_scenario(fresh, opened)
    for attribute in (
        "precision",
        "filters",
        "selected_ids",
        "current_id",
        "compare_ids",
        "compare_baseline",
        "chart",
        "training_form",
        "inference_form",
        "price_policy",
        "visible_columns",
    ):
        assert getattr(fresh, attribute) == getattr(state, attribute), attribute
    assert fresh.currency.code == "CNY"
    assert opened.scenario.title == "My title"


def test_the_file_is_readable_json_with_format_and_version(tmp_path, state):
    path = tmp_path / "a.gpucompare.json"
    save_scenario(path, state)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT
    assert data["version"] == 1
    assert "\n  " in path.read_text(encoding="utf-8")  # indented for people


def test_the_shipped_example_reads_without_notes():
    scenario, warnings = read_scenario(EXAMPLE)
    assert warnings == []
    assert 3 <= len(scenario.compare) <= 6
    assert scenario.training.params
    assert scenario.inference.model


HOSTILE = {
    "wrong type in filters": ({"filters": {"kinds": "GPU"}}, "filters.kinds: expected a list"),
    "wrong type in a form": ({"training": {"params": 70}}, "training.params: expected text"),
    "bool expected": ({"training": {"mfu_band": "yes"}}, "training.mfu_band: expected true"),
    "unknown kind": ({"filters": {"kinds": ["WARP-DRIVE"]}}, "filters.kinds: ['WARP-DRIVE']"),
    "range upside down": ({"filters": {"memory_gb": [80, 8]}}, "filters.memory_gb: [80, 8]"),
    "huge number": (
        {"filters": {"price": [0, 1e300]}},
        "filters.price[1]: the number is too large",
    ),
    "range of text": (
        {"filters": {"power_w": ["a", None]}},
        "filters.power_w[0]: expected a number",
    ),
    "chart axis not a field": ({"chart": {"x": "os.system"}}, "chart.x: 'os.system'"),
    "precision": ({"precision": "FP3"}, "precision: 'FP3' is not one of"),
    "currency": ({"currency": "XYZ"}, "currency: 'XYZ' is not one of"),
    "price policy": ({"price_policy": {"cloud": "free"}}, "price_policy.cloud:"),
    "too many compared": ({"compare": {"devices": ["a"] * 7}}, "compare.devices: too many"),
    "compare not an object": ({"compare": ["a", "b"]}, "compare: expected an object"),
    "catalog entry": ({"catalogs": [{"path": 3}]}, "catalogs[0].path: expected text"),
    "bad hash": ({"catalogs": [{"path": "x.csv", "sha256": "zz"}]}, "catalogs[0].sha256"),
    "long text": ({"title": "x" * 5000}, "title: the text is too long"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_scenarios_are_refused_naming_the_field(tmp_path, case):
    changes, expected = HOSTILE[case]
    path = _write(tmp_path, {"format": FORMAT, "version": 1, **changes})
    with pytest.raises(ScenarioError) as caught:
        read_scenario(path, {"USD": 1, "CNY": 1, "EUR": 1})
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[1, 2]", "file: expected a JSON object"),
        ("{", "file: not valid JSON"),
        ('{"format": "gpucompare-scenario", "version": NaN}', "file: not valid JSON"),
        ('{"format": "something-else", "version": 1}', "format: expected"),
        ('{"format": "gpucompare-scenario", "version": "one"}', "version: expected a whole"),
        ('{"format": "gpucompare-scenario"}', "version: expected a whole"),
        ('{"format": "gpucompare-scenario", "version": 0}', "version: expected a whole"),
        (
            '{"format": "gpucompare-scenario", "version": 1, "x": ' + "[" * 5000 + "]" * 5000 + "}",
            "file: not valid JSON",
        ),
    ],
)
def test_broken_files_say_what_is_wrong(tmp_path, text, expected):
    with pytest.raises(ScenarioError) as caught:
        read_scenario(_write(tmp_path, text))
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems


def test_a_huge_file_is_refused_before_parsing(tmp_path):
    path = _write(tmp_path, '{"format": "gpucompare-scenario", "title": "' + "x" * 1_100_000 + '"}')
    with pytest.raises(ScenarioError, match="larger than"):
        read_scenario(path)


def test_unknown_keys_and_a_newer_version_are_reported_not_fatal(tmp_path):
    data = {
        "format": FORMAT,
        "version": 9,
        "hologram": True,
        "training": {"params": "7B", "warp": "9"},
    }
    scenario, warnings = read_scenario(_write(tmp_path, data))
    assert scenario.training.params == "7B"
    assert any(w.startswith("version: written by a newer gpucompare") for w in warnings)
    assert any(w.startswith("hologram:") for w in warnings)
    assert any(w.startswith("training.warp:") for w in warnings)


def test_a_missing_catalog_file_is_an_error_and_nothing_changes(tmp_path, state):
    data = {"format": FORMAT, "version": 1, "catalogs": [{"path": "gone.csv", "sha256": ""}]}
    before = scenario_data(state)
    with pytest.raises(ScenarioError, match=r"catalogs\[0\].path: file not found"):
        open_scenario(_write(tmp_path, data), state)
    before.pop("saved_at")
    after = scenario_data(state)
    after.pop("saved_at")
    assert after == before


def test_a_changed_catalog_file_is_reported(tmp_path, state, small_catalog_path, data_dir):
    extra = tmp_path / "mine.csv"
    extra.write_bytes(small_catalog_path.read_bytes())
    data = {
        "format": FORMAT,
        "version": 1,
        "catalogs": [{"path": "mine.csv", "sha256": file_sha256(extra)}],
    }
    path = _write(tmp_path, data)
    opened = open_scenario(path, state, _small_base(small_catalog_path))
    assert opened.warnings == ()
    assert opened.catalog_paths == (str(extra),)
    extra.write_bytes(extra.read_bytes() + b"\n")
    opened = open_scenario(path, state, _small_base(small_catalog_path))
    assert any("has changed since the scenario was saved" in w for w in opened.warnings)


def test_devices_missing_from_the_catalog_are_reported(tmp_path, state):
    data = {
        "format": FORMAT,
        "version": 1,
        "compare": {"devices": ["no-such-chip"], "baseline": None},
    }
    opened = open_scenario(_write(tmp_path, data), state)
    assert any("no-such-chip" in w for w in opened.warnings)
    apply_scenario(state, opened)
    assert state.compare_ids == ()
