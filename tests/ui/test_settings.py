"""Choices and layout survive a restart; a corrupt settings file is survived."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from gpucompare.core.catalog.filters import Filters, Range
from gpucompare.core.state import ChartSettings
from gpucompare.ui.main_window import MainWindow
from gpucompare.ui.settings import Settings


def _new_window(qtbot, state):
    window = MainWindow(state, Settings())
    qtbot.addWidget(window)
    return window


def test_settings_round_trip(qtbot, small_catalog_path, settings_file):
    from gpucompare.core.catalog.loading import load_catalog_file
    from gpucompare.core.state import AppState

    first_state = AppState(load_catalog_file(small_catalog_path, strict=True))
    window = _new_window(qtbot, first_state)
    window.resize(760, 560)  # the offscreen screen is 800×600
    first_state.set_precision("FP8")
    first_state.set_currency("EUR")
    first_state.set_visible_columns(["name", "memory_gb", "power_w"])
    chosen = Filters(
        kinds=frozenset({"GPU"}), memory_gb=Range(24, None), search="acme", only_priced=True
    )
    first_state.set_filters(chosen)
    first_state.update_chart(x="memory_gb", y="tflops_per_w", x_log=False, pareto=True)
    window.splitter.setSizes([500, 200])
    sizes = window.splitter.sizes()
    window.close()
    assert settings_file.exists()

    second_state = AppState(load_catalog_file(small_catalog_path, strict=True))
    settings = Settings()
    settings.restore_state(second_state)
    again = _new_window(qtbot, second_state)
    settings.restore_window(again, again.splitters())
    assert second_state.precision == "FP8"
    assert second_state.currency.code == "EUR"
    assert second_state.visible_columns == ("name", "memory_gb", "power_w")
    assert second_state.filters == chosen
    assert second_state.chart.x == "memory_gb"
    assert second_state.chart.y == "tflops_per_w"
    assert second_state.chart.pareto is True
    assert second_state.chart.x_log is False
    assert again.size().width() == 760
    assert again.splitter.sizes() == sizes
    assert again.filters.search.text() == "acme"
    assert again.precision_combo.currentData() == "FP8"


def test_corrupt_settings_file_falls_back_to_defaults(qtbot, small_state, settings_file):
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_bytes(
        b"\x00\xff garbage [state\nprecision=FP99\nfilters={not json\n"
        b"[window]\ngeometry=@ByteArray(\\x1\\x2)\n"
    )
    settings = Settings()
    settings.restore_state(small_state)
    window = _new_window(qtbot, small_state)
    settings.restore_window(window, window.splitters())
    assert small_state.precision == "BF16"
    assert small_state.filters == Filters()
    window.show()
    assert window.isVisible()


def test_foreign_values_of_the_wrong_type_are_ignored(qtbot, small_state):
    store = QSettings()
    store.setValue("state/filters", '{"kinds": "GPU", "memory_gb": ["a", -1], "search": 5}')
    store.setValue("state/chart", '{"x": "no_such_field", "x_log": "yes", "ranking_count": 9999}')
    store.setValue("state/columns", '["memory_gb", 3, "bogus"]')
    store.setValue("state/currency", "XXX")
    store.setValue("window/geometry", "not bytes")
    store.sync()
    settings = Settings()
    settings.restore_state(small_state)
    window = _new_window(qtbot, small_state)
    settings.restore_window(window, window.splitters())
    assert small_state.filters == Filters()
    assert small_state.chart.x == ChartSettings().x
    assert small_state.chart.ranking_count == 25
    assert small_state.visible_columns == ("memory_gb",)
    assert small_state.currency.code == "USD"


def test_settings_from_a_newer_version_are_ignored(small_state):
    store = QSettings()
    store.setValue("meta/version", 99)
    store.setValue("state/precision", "FP8")
    store.sync()
    Settings().restore_state(small_state)
    assert small_state.precision == "BF16"
