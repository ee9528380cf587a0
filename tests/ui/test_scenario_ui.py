"""Scenarios through the window: build one, save, reopen in a fresh window; copy as Markdown."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from gpucompare.core.catalog.loading import load_catalog_file
from gpucompare.core.state import AppState
from gpucompare.ui.commands import clipboard
from gpucompare.ui.commands.scenario import open_scenario_file, recent
from gpucompare.ui.main_window import MainWindow
from gpucompare.ui.settings import Settings


def _type(qtbot, widget, text):
    widget.clear()
    qtbot.keyClicks(widget, text)
    widget.flush()


def _select_rows(window, ids):
    table = window.table
    model = table.model()
    table.clearSelection()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() in {
            window.state.catalog.set_index("id").loc[i, "name"] for i in ids
        }:
            table.selectionModel().select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def _fresh_window(qtbot, small_catalog_path):
    state = AppState(load_catalog_file(small_catalog_path, strict=True))
    window = MainWindow(state, Settings())
    qtbot.addWidget(window)
    window.show()
    return window


def _screen(window):
    """What the user sees that a scenario restores, read from the widgets."""
    window.pages.setCurrentWidget(window.training_page)
    training = {k: w.text() for k, w in window.training.fields.items() if hasattr(w, "text")}
    window.pages.setCurrentWidget(window.inference_page)
    inference = {k: w.text() for k, w in window.inference.fields.items() if hasattr(w, "text")}
    window.pages.setCurrentWidget(window.splitter)
    window.compare.ensure_fresh()
    window.scatter.ensure_fresh()
    return {
        "precision": window.precision_combo.currentData(),
        "currency": window.currency_combo.currentData(),
        "count": window.count_label.text(),
        "compared": window.compare.comparison.ids if window.compare.comparison else None,
        "baseline": window.compare.baseline_combo.currentData(),
        "scatter_x": window.scatter.x_combo.field_id(),
        "training": training,
        "inference": inference,
    }


def test_round_trip_through_the_window(window, qtbot, small_catalog_path, tmp_path, monkeypatch):
    window.precision_combo.setCurrentIndex(window.precision_combo.findData("FP8"))
    window.currency_combo.setCurrentIndex(window.currency_combo.findData("EUR"))
    window.state.update_filters(kinds=frozenset({"GPU"}))
    _select_rows(window, ["acme-a100", "acme-h100", "bolt-r4090"])
    window.compare_action.trigger()
    window.compare.baseline_combo.setCurrentIndex(
        window.compare.baseline_combo.findData("acme-h100")
    )
    window.scatter.x_combo.setCurrentIndex(window.scatter.x_combo.findData("memory_gb"))
    window.pages.setCurrentWidget(window.training_page)
    _type(qtbot, window.training.fields["params"], "13B")
    window.pages.setCurrentWidget(window.inference_page)
    _type(qtbot, window.inference.fields["batch"], "16")
    before = _screen(window)
    assert before["compared"] == ("acme-a100", "acme-h100", "bolt-r4090")
    assert before["training"]["params"] == "13B"
    assert before["inference"]["batch"] == "16"

    path = tmp_path / "mine.gpucompare.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.scenario_menu.save_action.trigger()
    assert json.loads(path.read_text(encoding="utf-8"))["precision"] == "FP8"

    fresh = _fresh_window(qtbot, small_catalog_path)
    assert _screen(fresh) != before
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    fresh.scenario_menu.open_action.trigger()
    assert _screen(fresh) == before
    assert fresh.state.selected_ids == window.state.selected_ids
    assert fresh.state.chart == window.state.chart
    assert recent(fresh)[0] == str(path.resolve())


def test_a_bad_scenario_shows_every_problem_and_changes_nothing(window, tmp_path):
    path = tmp_path / "bad.gpucompare.json"
    data = {"format": "gpucompare-scenario", "version": 1, "precision": "FP3", "chart": {"x": 1}}
    path.write_text(json.dumps(data), encoding="utf-8")
    before = window.state.precision
    assert open_scenario_file(window, str(path)) is False
    text = window.last_message.text()
    assert "precision: 'FP3'" in text
    assert "chart.x: expected text" in text
    assert window.state.precision == before


def test_copy_puts_tab_separated_text_and_a_markdown_table(window):
    window.state.set_selection(["acme-a100", "acme-h100"])
    window.compare_action.trigger()
    window.compare.table.setFocus()
    assert clipboard.copy_current(window) > 5
    mime = QGuiApplication.clipboard().mimeData()
    text = mime.text().splitlines()
    assert text[0] == "\tAcme A100\tAcme H100"
    assert any(line.startswith("Memory (GB)\t80") for line in text)
    markdown = bytes(mime.data("text/markdown")).decode("utf-8").splitlines()
    assert markdown[0] == "|  | Acme A100 | Acme H100 |"
    assert markdown[1] == "|---|---|---|"
    assert any(line.startswith("| Memory (GB) | 80") for line in markdown)


def test_copy_from_the_table_takes_the_selected_rows(window):
    _select_rows(window, ["acme-h100"])
    window.table.setFocus()
    assert clipboard.copy_current(window) == 1
    markdown = bytes(QGuiApplication.clipboard().mimeData().data("text/markdown")).decode()
    lines = markdown.splitlines()
    assert len(lines) == 3
    assert "Acme H100" in lines[2]


@pytest.mark.parametrize(("cells", "expected"), [(["a|b"], "| a\\|b |"), (["x\ny"], "| x y |")])
def test_markdown_cells_are_escaped(cells, expected):
    assert clipboard.markdown_table(["h"], [cells]).splitlines()[2] == expected
