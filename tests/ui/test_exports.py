"""Exports write exactly what the view shows; failures leave nothing behind."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from gpucompare.ui.commands import files as file_commands


def _save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_table_export_is_the_filtered_sorted_view_with_units(window, tmp_path, monkeypatch):
    state = window.state
    state.set_visible_columns(["name", "memory_gb", "launch_price_usd", "peak_tflops", "notes"])
    state.update_filters(kinds=frozenset({"GPU", "NPU", "FPGA"}))
    model = window.table.model_
    model.sort(model.column_of("launch_price_usd"), Qt.SortOrder.DescendingOrder)
    out = tmp_path / "table.csv"
    _save_to(monkeypatch, out)
    window.export_table_action.trigger()
    frame = pd.read_csv(out)
    assert list(frame.columns) == [
        "name",
        "memory_gb",
        "launch_price_usd",
        "peak_bf16_tflops",
        "notes",
    ]
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert frame["name"].tolist() == shown
    assert frame["launch_price_usd"].tolist()[:3] == [30000, 15000, 12000]
    assert frame.set_index("name").loc["Bolt R4090", "notes"].startswith("'=")  # neutralised
    assert "Exported 5 rows" in window.statusBar().currentMessage()


def test_table_export_in_cny_with_bom(window, tmp_path, monkeypatch):
    window.state.set_currency("CNY")
    window.state.set_visible_columns(["name", "launch_price_usd"])
    window.bom_action.setChecked(True)
    out = tmp_path / "cny"
    _save_to(monkeypatch, out)
    window.export_table_action.trigger()
    data = (tmp_path / "cny.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfname,launch_price_cny\n")
    frame = pd.read_csv(tmp_path / "cny.csv", encoding="utf-8-sig").set_index("name")
    rate = window.state.currency.per_usd
    assert frame.loc["Bolt R4090", "launch_price_cny"] == pytest.approx(1599 * rate)


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_chart_export(window, tmp_path, monkeypatch, fmt):
    out = tmp_path / f"chart.{fmt}"
    _save_to(monkeypatch, out)
    file_commands.export_chart(window, fmt)
    data = out.read_bytes()
    if fmt == "png":
        assert data.startswith(b"\x89PNG\r\n")
    else:
        assert b"<svg" in data[:500]


def test_compare_export(window, tmp_path, monkeypatch):
    window.state.set_compare(["acme-a100", "acme-h100"], "acme-a100")
    out = tmp_path / "compare.csv"
    _save_to(monkeypatch, out)
    window.export_compare_action.trigger()
    frame = pd.read_csv(out).set_index("field")
    assert frame.loc["memory_gb", "acme-h100"] == 80
    assert frame.loc["peak_bf16_tflops", "acme-h100_vs_acme-a100"] == pytest.approx(989.4 / 312)
    assert frame.loc["launch_price_usd", "acme-a100_is_best"] == "yes"


def test_failed_export_shows_a_message_and_keeps_the_old_file(window, tmp_path, monkeypatch):
    out = tmp_path / "missing-folder" / "table.csv"
    _save_to(monkeypatch, out)
    window.export_table_action.trigger()
    assert not out.exists()
    assert "does not exist" in window.last_message.text()
