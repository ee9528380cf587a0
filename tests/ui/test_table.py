"""The catalog table model: data, numeric sorting, model contract."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt

from gpucompare.ui.models.catalog_table import SORT_ROLE, CatalogTableModel


def _column(model, field_id, role=SORT_ROLE):
    column = model.column_of(field_id)
    return [model.data(model.index(r, column), role) for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, small_state):
    model = CatalogTableModel(small_state)
    qtmodeltester.check(model, force_py=True)
    model.sort(model.column_of("memory_gb"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_cells_show_units_dashes_and_sources(small_state):
    small_state.set_visible_columns(["name", "memory_gb", "launch_price_usd", "peak_tflops"])
    model = CatalogTableModel(small_state)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Memory (GB)"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "BF16 peak (dense) (TFLOPS)"
    tpu_row = _column(model, "name").index("Tera T5")
    price = model.data(model.index(tpu_row, 2))
    assert price == "—"
    tooltip = model.data(model.index(tpu_row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "https://tera.example/t5" in tooltip
    h100_row = _column(model, "name").index("Acme H100")
    assert model.data(model.index(h100_row, 3)) == "989.4"


def test_sorting_is_numeric_unknown_last_and_leaves_data_untouched(small_state):
    before = small_state.catalog.copy()
    model = CatalogTableModel(small_state)
    column = model.column_of("launch_price_usd")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    prices = _column(model, "launch_price_usd")
    known = [p for p in prices if p is not None]
    assert known == sorted(known)
    assert known == [1599.0, 7000.0, 12000.0, 15000.0, 30000.0]  # not "12000" < "1599" text order
    assert prices[len(known) :] == [None, None]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    prices = _column(model, "launch_price_usd")
    assert [p for p in prices if p is not None] == sorted(known, reverse=True)
    assert prices[-2:] == [None, None]
    pd.testing.assert_frame_equal(small_state.catalog, before)


def test_text_sort_and_sort_survives_a_filter_change(small_state):
    model = CatalogTableModel(small_state)
    model.sort(model.column_of("name"), Qt.SortOrder.AscendingOrder)
    names = _column(model, "name")
    assert names == sorted(names, key=str.casefold)
    small_state.update_filters(kinds=frozenset({"GPU"}))
    assert _column(model, "name") == ["Acme A100", "Acme H100", "Bolt R4090"]


def test_precision_and_currency_change_cells_and_headers(small_state):
    small_state.set_visible_columns(["name", "peak_tflops", "launch_price_usd"])
    model = CatalogTableModel(small_state)
    small_state.set_precision("FP8")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "FP8 peak (dense) (TFLOPS)"
    values = dict(zip(_column(model, "name"), _column(model, "peak_tflops"), strict=True))
    assert values["Acme H100"] == 1978.9
    assert values["Acme A100"] is None
    small_state.set_currency("CNY")
    rate = small_state.currency.per_usd
    prices = dict(zip(_column(model, "name"), _column(model, "launch_price_usd"), strict=True))
    assert np.isclose(prices["Bolt R4090"], 1599 * rate)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Purchase price (CNY)"


def test_a_filter_change_keeps_the_column_widths_the_user_set(window, qtbot):
    from gpucompare.core.catalog.filters import Range

    table = window.table
    header = table.horizontalHeader()
    header.resizeSection(0, 333)
    window.state.update_filters(memory_gb=Range(low=16.0))
    window.state.update_filters(memory_gb=Range())
    window.state.set_selection(list(window.state.catalog["id"][:1]))
    window.state.update_filters(search="a")
    assert header.sectionSize(0) == 333
    window.state.set_precision("FP16")  # new headers: the columns are fitted to them again
    assert header.sectionSize(0) != 333
