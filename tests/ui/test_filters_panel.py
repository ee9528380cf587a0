"""Driving the filter panel gives exactly the right rows, in table and chart alike."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gpucompare.core.catalog.filters import Filters, Range


def _table_ids(window):
    model = window.table.model_
    return {model.id_at(r) for r in range(model.rowCount())}


def test_search_box_filters_table_and_status(window, qtbot):
    qtbot.keyClicks(window.filters.search, "acme")
    qtbot.waitUntil(lambda: window.state.filters.search == "acme")
    assert _table_ids(window) == {"acme-a100", "acme-h100"}
    assert window.count_label.text() == "Showing 2 of 7 devices"


def test_ctrl_f_focuses_the_search_box(window, qtbot):
    window.activateWindow()
    window.find_action.trigger()
    assert window.filters.search.hasFocus() or window.focusWidget() is window.filters.search


def test_kind_segment_and_vendor_controls(window):
    panel = window.filters
    for kind, check in panel.kind_checks.items():
        check.setChecked(kind in ("TPU", "NPU"))
    assert _table_ids(window) == {"tera-t5", "sino-n910"}
    for check in panel.kind_checks.values():
        check.setChecked(True)
    panel.segment_checks["datacenter"].setChecked(False)
    assert "acme-h100" not in _table_ids(window)
    panel.segment_checks["datacenter"].setChecked(True)
    vendors = {
        panel.vendors.item(i).data(Qt.ItemDataRole.UserRole): panel.vendors.item(i)
        for i in range(panel.vendors.count())
    }
    vendors["Bolt"].setCheckState(Qt.CheckState.Checked)
    assert _table_ids(window) == {"bolt-r4090"}


def test_ranges_and_availability(window):
    panel = window.filters
    panel.memory.low.setText("64")
    assert _table_ids(window) == {"acme-a100", "acme-h100", "sino-n910"}
    panel.memory.low.setText("")
    panel.power.high.setText("450")
    panel.price.low.setText("1,000")
    assert _table_ids(window) == {"acme-a100", "bolt-r4090", "sino-n910", "fab-u280"}
    panel.price.low.setText("")
    panel.power.high.setText("")
    panel.year.low.setText("2023")
    assert _table_ids(window) == {"tera-t5", "sino-n910", "wafer-w3"}
    panel.year.low.setText("")
    panel.only_rentable.setChecked(True)
    assert _table_ids(window) == {"acme-a100", "acme-h100", "tera-t5"}
    panel.only_priced.setChecked(True)
    assert _table_ids(window) == {"acme-a100", "acme-h100"}


def test_a_typo_in_a_range_is_marked_and_keeps_the_last_valid_filter(window):
    panel = window.filters
    panel.memory.low.setText("64")
    panel.memory.low.setText("64x")
    assert panel.memory.low.property("invalid") is True
    assert "number" in panel.memory.low.toolTip()
    assert window.state.filters.memory_gb == Range(64, None)
    panel.memory.low.setText("64")
    panel.memory.high.setText("10")
    assert panel.memory.high.property("invalid") is True  # max below min
    panel.memory.low.setText("")
    assert window.state.filters.memory_gb == Range(None, 10)
    assert panel.memory.is_valid()


def test_reset_shows_defaults_in_every_control(window):
    panel = window.filters
    panel.kind_checks["GPU"].setChecked(False)
    panel.memory.low.setText("16")
    panel.only_priced.setChecked(True)
    window.reset_filters_action.trigger()
    assert window.state.filters == Filters()
    assert all(check.isChecked() for check in panel.kind_checks.values())
    assert panel.memory.low.text() == ""
    assert not panel.only_priced.isChecked()
    assert len(_table_ids(window)) == 7


def test_software_support_controls_reduce_rows_and_persist(qtbot, small_catalog_path):
    from gpucompare.core.catalog.filters import PYTORCH_CHOICES, VLLM_CHOICES
    from gpucompare.core.catalog.loading import load_catalog_file
    from gpucompare.core.state import AppState
    from gpucompare.ui.main_window import MainWindow
    from gpucompare.ui.settings import Settings

    devices = load_catalog_file(small_catalog_path, strict=True)
    support = {"tera-t5": ("plugin", "plugin"), "sino-n910": ("plugin", "fork")}
    support |= {"fab-u280": ("none", "none"), "bolt-r4090": ("upstream", "none")}
    for device, (pytorch, vllm) in support.items():
        devices.loc[devices["id"] == device, ["pytorch_support", "vllm_support"]] = [pytorch, vllm]
    state = AppState(devices)
    window = MainWindow(state, Settings())
    qtbot.addWidget(window)
    window.show()
    panel = window.filters
    panel.pytorch_combo.setCurrentIndex(panel.pytorch_combo.findData("upstream"))
    assert _table_ids(window) == {"acme-a100", "acme-h100", "bolt-r4090", "wafer-w3"}
    panel.pytorch_combo.setCurrentIndex(panel.pytorch_combo.findData("upstream-or-plugin"))
    assert "fab-u280" not in _table_ids(window)
    assert len(_table_ids(window)) == 6
    panel.vllm_combo.setCurrentIndex(panel.vllm_combo.findData("upstream"))
    assert _table_ids(window) == {"acme-a100", "acme-h100", "wafer-w3"}
    assert state.filters.vllm_support == VLLM_CHOICES["upstream"]
    window.close()
    again = AppState(devices)
    Settings().restore_state(again)
    assert again.filters.pytorch_support == PYTORCH_CHOICES["upstream-or-plugin"]
    assert again.filters.vllm_support == VLLM_CHOICES["upstream"]
    window.state.set_filters(Filters())
    assert panel.pytorch_combo.currentData() == "any"


def test_vendor_list_counts_devices_and_names_their_brands(qtbot):
    from gpucompare.core.catalog.loading import load_bundled_catalog
    from gpucompare.core.state import AppState
    from gpucompare.ui.pages.hardware.filter_panel import FilterPanel

    catalog = load_bundled_catalog()
    panel = FilterPanel(AppState(catalog))
    qtbot.addWidget(panel)
    items = {
        panel.vendors.item(i).data(Qt.ItemDataRole.UserRole): panel.vendors.item(i)
        for i in range(panel.vendors.count())
    }
    assert list(items) == sorted(set(catalog["vendor"]), key=str.casefold)
    amd = catalog[catalog["vendor"] == "AMD"]
    assert items["AMD"].text() == f"AMD ({len(amd)})"
    brands = sorted(set(amd["brand"].dropna()) - {"AMD"})
    assert brands
    assert items["AMD"].toolTip() == f"Includes {', '.join(brands)}"
    unbranded = [v for v, rows in catalog.groupby("vendor") if rows["brand"].isna().all()]
    assert unbranded
    assert all(items[v].toolTip() == "" for v in unbranded)
