"""Driving the inference panel: shown values equal the core's."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtWidgets import QFileDialog

from gpucompare.core.inference import rank, size
from gpucompare.core.inference.form import parse_form


@pytest.fixture
def panel(window):
    window.pages.setCurrentWidget(window.inference_page)
    return window.inference


def _expected(state):
    inputs, max_count = parse_form(state.inference_form)
    row = state.catalog.set_index("id", drop=False).loc[state.inference_form.device]
    ranking = rank(state.catalog[state.mask], inputs, max_count, sort=state.inference_form.sort)
    return size(inputs, row), ranking


def test_preset_model_on_a_device(panel):
    state = panel._state
    panel.device_field.activated.emit(panel.device_field.findData("acme-h100"))
    panel.model_field.activated.emit(panel.model_field.findData("llama-3.1-70b"))
    assert state.inference_form.model == "llama-3.1-70b"
    result, ranking = _expected(state)
    assert panel.result == result
    assert panel.results.text("weight_gb") == "140 GB"
    assert panel.results.text("fits") == "no"  # 140 GB of BF16 weights on one 80 GB device
    assert panel.results.values["weight_gb"].toolTip().startswith("70B parameters × 2")
    assert panel.ranking_view.model.column_values("name") == ranking.served["name"].tolist()


def test_precision_count_and_custom_model(panel, qtbot):
    state = panel._state
    panel.device_field.activated.emit(panel.device_field.findData("acme-h100"))
    panel.model_field.activated.emit(panel.model_field.findData("llama-3.1-70b"))
    panel.precision_field.setCurrentIndex(panel.precision_field.findData("FP8"))
    panel.fields["count"].setText("2")
    panel.fields["count"].flush()
    result, _ = _expected(state)
    assert panel.result.fits is True
    assert panel.result.devices == 2
    assert panel.result == result
    panel.model_field.setEditText("175B")
    panel.model_field.lineEdit().editingFinished.emit()
    assert state.inference_form.model == "175B"
    assert panel.fields["layers"].isEnabled()
    assert panel.result.weight_gb == pytest.approx(175)


def test_model_field_updates_while_typing_and_completes_by_contains(panel, qtbot):
    state = panel._state
    line = panel.model_field.lineEdit()
    line.clear()
    qtbot.keyClicks(line, "70B")
    qtbot.waitUntil(lambda: state.inference_form.model == "70B", timeout=2000)
    completer = panel.model_field.completer()
    completer.setCompletionPrefix("8x7")
    assert completer.currentCompletion() == "Mixtral 8x7B"


def test_workload_engine_and_format_with_the_binding_bound(panel):
    state = panel._state
    state.update_inference(
        model="llama-3.1-8b",
        device="acme-h100",
        precision="Q4_K_M",
        engine="llama.cpp",
        input_tokens="2048",
        output_tokens="128",
        batch="8",
    )
    result, ranking = _expected(state)
    assert panel.result == result
    assert result.inputs.engine == "llama.cpp"
    assert result.requests_per_s is not None
    assert panel.results.text("bound") in ("memory bandwidth", "compute")
    assert panel.results.text("ttft_s").endswith("s")
    assert panel.ranking_view.model.column_values("name") == ranking.served["name"].tolist()
    panel.sort_field.setCurrentIndex(panel.sort_field.findData("throughput"))
    assert state.inference_form.sort == "throughput"


def test_latency_targets_show_the_largest_batch_and_its_limit(panel):
    state = panel._state
    state.update_inference(
        model="llama-3.1-8b", device="acme-h100", input_tokens="2048", output_tokens="256"
    )
    panel.fields["tpot_ms"].setText("20")
    panel.fields["tpot_ms"].flush()
    assert state.inference_form.tpot_ms == "20"
    result, ranking = _expected(state)
    assert panel.result == result
    assert result.latency_bound == "tpot"
    assert (
        panel.results.text("latency_batch") == f"{result.latency_batch:,} (time per output token)"
    )
    assert panel.ranking_view.model.column_values("batch") == ranking.served["batch"].tolist()
    state.update_inference(tpot_ms="soon")
    assert panel.fields["tpot_ms"].property("invalid") is True


def test_kv_cache_following_the_weights_says_what_it_does(panel):
    label = panel.kv_field.itemText(panel.kv_field.findData(""))
    assert "FP16 with FP16 weights, else BF16" in label
    panel._state.update_inference(precision="INT8", kv_precision="")
    assert panel.result.inputs.kv_precision == "BF16"


def test_the_int8_175b_on_16gb_claim_does_not_fit(panel):
    state = panel._state
    state.update_inference(model="175B", precision="INT8", device="tera-t5", count="1")
    assert panel.result.fits is False
    assert panel.result.min_devices >= 11


def test_bad_input_is_pointed_at(panel):
    state = panel._state
    state.update_inference(batch="lots")
    assert panel.result is None
    assert panel.fields["batch"].property("invalid") is True
    assert "batch" in panel.error_label.text()
    state.update_inference(batch="4")
    assert panel.result is not None


def test_ranking_export(window, panel, tmp_path, monkeypatch):
    out = tmp_path / "serve.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    panel.ranking_view.export_button.click()
    frame = pd.read_csv(out)
    served = frame[frame["excluded_reason"].isna()]
    assert served["name"].tolist() == panel.ranking.served["name"].tolist()
    assert set(frame.loc[frame["excluded_reason"].notna(), "id"]) == set(
        panel.ranking.excluded["id"]
    )
