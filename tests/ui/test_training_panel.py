"""Driving the training calculator: what it shows equals what the core computes."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtWidgets import QFileDialog

from gpucompare.core.training import CloudPricing, OwnedPricing, estimate, rank
from gpucompare.core.training.form import parse_form


def _type(qtbot, widget, text):
    widget.clear()
    qtbot.keyClicks(widget, text)
    widget.flush()


@pytest.fixture
def panel(window):
    window.pages.setCurrentWidget(window.training_page)
    return window.training


def _core_result(state):
    inputs = parse_form(state.training_form, state.currency)
    row = state.catalog.set_index("id", drop=False).loc[state.training_form.device]
    return inputs, estimate(inputs, row)


def test_typing_70b_and_2t_gives_the_core_result(panel, qtbot):
    state = panel._state
    _type(qtbot, panel.fields["params"], "70B")
    assert not panel.fields["tokens"].isEnabled()  # compute-optimal by default
    panel.optimal_check.click()
    assert panel.fields["tokens"].isEnabled()
    _type(qtbot, panel.fields["tokens"], "2T")
    _type(qtbot, panel.fields["count"], "1024")
    assert state.training_form.params == "70B"
    assert state.training_form.tokens == "2T"
    inputs, expected = _core_result(state)
    assert inputs.params == 70e9
    assert inputs.tokens == 2e12
    assert panel.result == expected
    flops = f"{expected.training_flops:.3g} FLOP".replace("e+", "e")
    assert panel.results.text("training_flops") == flops
    assert expected.training_flops > 8.4e23  # 6·N·D plus attention
    assert panel.results.text("total_cost_usd") == f"{expected.total_cost_usd:,.0f} USD"
    assert (
        panel.results.values["wall_clock_hours"]
        .toolTip()
        .startswith("T = C / (n × peak × MFU_eff)")
    )


def test_changing_the_device_and_using_the_table_selection(panel, qtbot):
    state = panel._state
    index = panel.device_field.findData("acme-a100")
    panel.device_field.activated.emit(index)
    assert state.training_form.device == "acme-a100"
    _, expected = _core_result(state)
    assert panel.result.device == "acme-a100"
    assert panel.result.total_cost_usd == expected.total_cost_usd
    state.set_selection(["acme-h100"])
    panel.use_selected_button.click()
    assert panel.result.device == "acme-h100"


def test_switching_pricing_mode_to_owned(panel, qtbot):
    state = panel._state
    panel.device_field.activated.emit(panel.device_field.findData("acme-h100"))
    assert isinstance(parse_form(state.training_form, state.currency).pricing, CloudPricing)
    cloud_total = panel.result.total_cost_usd
    panel.owned_radio.click()
    assert state.training_form.pricing == "owned"
    assert panel.fields["purchase_price"].isEnabled()
    assert not panel.fields["price_per_hour"].isEnabled()
    inputs, expected = _core_result(state)
    assert isinstance(inputs.pricing, OwnedPricing)
    assert panel.result.total_cost_usd == expected.total_cost_usd != cloud_total
    assert panel.result.energy_cost_usd is not None
    _type(qtbot, panel.fields["purchase_price"], "20000")
    assert panel.result.inputs.pricing.purchase_price_usd == 20000


def test_solve_for_days_and_a_typo_is_pointed_at(panel, qtbot):
    state = panel._state
    panel.days_radio.click()
    _type(qtbot, panel.fields["days"], "30")
    assert state.training_form.count == ""
    assert panel.result.wall_clock_days <= 30
    params = panel.fields["params"]
    params.setToolTip("how many parameters")
    _type(qtbot, params, "70X")
    assert panel.result is None
    assert params.property("invalid") is True
    assert "70X" in params.toolTip()  # the error, where the user looks
    assert "Parameters" in panel.error_label.text()
    assert panel.error_label.isVisible()
    _type(qtbot, params, "7B")
    assert panel.result is not None
    assert not params.property("invalid")
    assert params.toolTip() == "how many parameters"  # not the stale error


def test_ranking_order_equals_the_core(panel):
    state = panel._state
    state.update_filters(kinds=frozenset({"GPU", "TPU"}))
    inputs = parse_form(state.training_form, state.currency)
    expected = rank(inputs, state.catalog[state.mask])
    shown = panel.ranking_view.model.column_values("name")
    assert shown == expected.results["name"].tolist()
    assert panel.ranking_view.excluded_rows() == list(
        zip(expected.excluded["name"], expected.excluded["reason"], strict=True)
    )
    assert panel.ranking_view.bar_ids[0] == expected.results["device"].iloc[0]


def test_currency_converts_results_and_typed_prices(panel, qtbot):
    state = panel._state
    panel.device_field.activated.emit(panel.device_field.findData("acme-h100"))
    _type(qtbot, panel.fields["price_per_hour"], "5")
    usd_total = panel.result.total_cost_usd
    state.set_currency("CNY")
    rate = state.currency.per_usd
    assert float(state.training_form.price_per_hour) == pytest.approx(5 * rate)
    assert panel.result.total_cost_usd == pytest.approx(usd_total)
    shown = panel.results.text("total_cost_usd")
    assert shown.endswith("CNY")
    assert float(shown.split()[0].replace(",", "")) == pytest.approx(usd_total * rate, rel=1e-3)


def test_exports_write_what_is_shown(window, panel, tmp_path, monkeypatch):
    out = tmp_path / "ranking.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    panel.ranking_view.export_button.click()
    frame = pd.read_csv(out)
    ranked = frame[frame["excluded_reason"].isna()]
    assert ranked["name"].tolist() == panel.ranking_view.model.column_values("name")
    assert ranked["total_cost_usd"].tolist() == pytest.approx(
        panel.ranking.results["total_cost_usd"].tolist(), nan_ok=True
    )
    result_file = tmp_path / "result.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(result_file), ""))
    panel.export_result_button.click()
    result = pd.read_csv(result_file).set_index("output")
    assert float(result.loc["total_cost_usd", "value"]) == pytest.approx(
        panel.result.total_cost_usd
    )
    assert "C = (6·N + 6·L·d·s) × D" in result.loc["training_flops", "formula"]


def test_explain_dialog_shows_every_formula(panel):
    panel.explain_button.click()
    text = panel.last_explanation.text.toPlainText()
    for label in ("Training compute", "Wall-clock time", "Total cost", "Memory per device"):
        assert f"\n{label}: " in f"\n{text}"
    assert "T = C / (n × peak × MFU_eff) = " in text


def test_inputs_persist(window, qtbot, small_state):
    from gpucompare.ui.settings import Settings

    window.training.fields["params"].setText("13B")
    window.training.fields["params"].flush()
    window.close()
    small_state.update_training(params="1B")
    Settings().restore_state(small_state)
    assert small_state.training_form.params == "13B"


def test_recompute_and_band_toggles(panel, qtbot):
    panel.band_check.click()
    assert panel.result.band is not None
    assert panel.results.text("band")
    chooser = panel.fields["recompute"]
    assert chooser.currentData() == "selective"
    chooser.setCurrentIndex(chooser.findData("full"))
    assert panel.result.inputs.memory.recompute == "full"
    assert panel._state.training_form.recompute == "full"


def test_calculators_are_built_when_first_opened(qtbot, small_state):
    from gpucompare.ui.main_window import MainWindow
    from gpucompare.ui.settings import Settings

    fresh = MainWindow(small_state, Settings())
    qtbot.addWidget(fresh)
    fresh.show()
    assert not fresh.training_page.built
    assert not fresh.inference_page.built
    fresh.pages.setCurrentWidget(fresh.training_page)
    assert fresh.training_page.built
    assert fresh.training.result is not None


def test_model_preset_fills_the_run_and_ownership_inputs_reach_the_core(panel, qtbot):
    state = panel._state
    _type(qtbot, panel.fields["params"], "13B")
    chooser = panel.fields["model"]
    chooser.setCurrentIndex(chooser.findData("llama-3.1-70b"))
    form = state.training_form
    assert (form.model, form.params) == ("llama-3.1-70b", "")
    inputs, expected = _core_result(state)
    assert inputs.params == pytest.approx(70.6e9, rel=0.01)  # the preset's exact count
    assert inputs.memory.layers == 80
    assert panel.result == expected
    panel.owned_radio.click()
    _type(qtbot, panel.fields["node_size"], "4")
    for name, text in (("cost_of_capital", "8%"), ("resale", "0.25")):
        assert panel.fields[name].isEnabled()
        _type(qtbot, panel.fields[name], text)
    _type(qtbot, panel.fields["host_overhead"], "0.5")
    inputs, expected = _core_result(state)
    assert (inputs.pricing.node_size, inputs.pricing.cost_of_capital) == (4, 0.08)
    assert inputs.pricing.resale_fraction == 0.25
    assert inputs.energy.host_overhead == 0.5
    assert panel.result == expected
    assert "whole nodes of 4" in panel.results.values["compute_cost_usd"].toolTip()
    panel.cloud_radio.click()
    assert not panel.fields["resale"].isEnabled()


def test_layout_tab_pins_a_layout_and_shows_the_breakdown(panel, qtbot):
    rows = {row[0]: row for row in panel._text.rows(panel.result)}
    assert "TP × PP × DP" in rows["layout"][2]
    assert rows["effective_mfu"][2].startswith(f"{panel.result.effective_mfu:.3g} (")
    layout = panel.fields["layout"]
    layout.setText("2x1x4")
    layout.flush()
    assert panel._state.training_form.layout == "2x1x4"
    assert panel.result.layout == "2×1×4"
    pinned = {row[0]: row for row in panel._text.rows(panel.result)}
    assert "pinned" in pinned["layout"][3]
    network = panel.fields["network"]
    network.setCurrentIndex(network.findData("ethernet-100g"))
    assert panel.result.inputs.layout.network == "ethernet-100g"
    layout.setText("2x")
    layout.flush()
    assert panel.error is not None
    assert panel.error.field == "layout"


def test_a_device_without_a_training_figure_still_shows_memory_answers(
    panel, qtbot, tmp_path, monkeypatch
):
    state = panel._state
    _type(qtbot, panel.fields["params"], "7B")
    panel.device_field.activated.emit(panel.device_field.findData("fab-u280"))  # INT8 only
    _, expected = _core_result(state)
    assert panel.result == expected
    assert not panel.error_label.isVisible()
    assert panel.result.min_devices is not None
    assert panel.results.text("min_devices") == f"{expected.min_devices:,}"
    assert panel.results.text("memory_per_device_gb").endswith("of 8 GB")
    for key in ("wall_clock_hours", "device_hours", "total_cost_usd", "co2_kg", "precision_used"):
        assert panel.results.text(key) == "unknown", key
    why = panel.results.values["wall_clock_hours"].toolTip()
    assert why == "unknown: no BF16, FP16, TF32 or FP32 figure entered in the catalog yet"
    assert panel.notes_label.isVisible()
    assert "; the time, device-hours, energy, cost and CO2 are unknown" in panel.notes_label.text()
    panel.explain_button.click()
    assert "least memory per device" in panel.last_explanation.text.toPlainText()
    out = tmp_path / "result.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    panel.export_result_button.click()
    exported = pd.read_csv(out).set_index("output")
    assert pd.isna(exported.loc["wall_clock_hours", "value"])
    assert exported.loc["wall_clock_hours", "formula"].startswith("unknown: no BF16")
    assert "wall_clock_hours: no BF16" in exported.loc["unknown", "value"]


def test_a_target_time_without_a_training_figure_leaves_the_count_unknown(panel, qtbot):
    panel.device_field.activated.emit(panel.device_field.findData("fab-u280"))
    panel.days_radio.click()
    _type(qtbot, panel.fields["days"], "30")
    assert panel.result is not None
    assert panel.result.devices is None
    assert panel.results.text("devices") == "unknown"
    assert panel.results.text("layout") == "unknown"
    assert panel.results.text("min_devices") == f"{panel.result.min_devices:,}"
    tip = panel.results.values["devices"].toolTip()
    assert tip.startswith("unknown: solving the device count for the target time")


def test_left_out_devices_say_whether_their_figure_is_not_published(panel):
    state = panel._state
    reasons = dict(panel.ranking_view.excluded_rows())
    assert reasons["Fab U280"].endswith(": not entered yet")
    devices = state.devices.copy()
    figures = "bf16_tflops fp16_tflops tf32_tflops fp32_tflops"
    devices.loc[devices["id"] == "fab-u280", "not_published"] = figures
    state.replace_catalog(devices, state.extra_files)
    reasons = dict(panel.ranking_view.excluded_rows())
    assert reasons["Fab U280"].endswith(
        ": not published (bf16_tflops, fp16_tflops, tf32_tflops, fp32_tflops in not_published)"
    )
