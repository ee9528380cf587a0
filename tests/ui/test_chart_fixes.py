"""Chart defects a first-time user met: year axis, scatter legend and empty plot, ranking."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF


def axis_labels(plot, side: str) -> list[str]:
    """The tick labels an axis draws for its current range and size."""
    axis = plot.getPlotItem().getAxis(side)
    low, high = axis.range
    size = axis.width() if side in ("left", "right") else axis.width() or 400
    labels = []
    for spacing, values in axis.tickValues(low, high, size):
        labels += axis.tickStrings(values, axis.scale, spacing)
    return labels


def test_trend_year_axis_reads_plain_years(window, qtbot):
    window.tabs.setCurrentWidget(window.trend)
    window.state.update_chart(trend_metric="memory_gb")
    qtbot.wait(50)
    labels = axis_labels(window.trend.plot, "bottom")
    assert labels
    assert all(re.fullmatch(r"20\d\d", label) for label in labels), labels


def legend_texts(panel) -> list[str]:
    """The legend's entries as shown."""
    return [label.text for _, label in panel.legend.items]


def test_scatter_legend_lists_only_kinds_on_the_chart(window, qtbot):
    state, panel = window.state, window.scatter
    state.update_chart(x="memory_gb", y="power_w", x_log=False, y_log=False)
    assert len(legend_texts(panel)) > 1
    state.update_filters(kinds=frozenset({"GPU"}))
    assert legend_texts(panel) == ["GPU"]
    assert set(panel.plotted()["kind"]) == {"GPU"}


def test_scatter_without_points_says_so_and_drops_old_legend(window, qtbot):
    state, panel = window.state, window.scatter
    state.update_filters(search="no such device anywhere")
    assert panel.plotted().empty
    assert legend_texts(panel) == []
    assert panel.empty_label.isVisible()
    assert "No devices match" in panel.empty_label.textItem.toPlainText()
    assert not panel.plot.getPlotItem().getAxis("bottom").isVisible()
    state.update_filters(search="")
    assert not panel.empty_label.isVisible()
    assert panel.plot.getPlotItem().getAxis("bottom").isVisible()
    assert legend_texts(panel)


def test_scatter_point_labels_stay_inside_the_plot(window, qtbot):
    window.resize(1366, 768)
    state, panel = window.state, window.scatter
    state.update_chart(x="memory_gb", y="power_w", x_log=False, y_log=False, labels=True)
    qtbot.wait(100)
    view = panel.plot.getPlotItem().getViewBox().sceneBoundingRect()
    assert panel._label_items
    for label in panel._label_items:
        box = label.sceneBoundingRect()
        assert box.right() <= view.right() + 1, label.textItem.toPlainText()


@pytest.fixture
def bundled_window(qtbot):
    """The main window over the bundled catalog (178 devices), English, 1366×768."""
    from gpucompare.core.catalog.loading import load_bundled_devices
    from gpucompare.core.state import AppState
    from gpucompare.ui.app import make_application
    from gpucompare.ui.i18n import ENGLISH, set_language
    from gpucompare.ui.main_window import MainWindow
    from gpucompare.ui.settings import Settings

    make_application()
    set_language(ENGLISH)
    main = MainWindow(AppState(load_bundled_devices()), Settings())
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_ranking_labels_never_overlap_at_1366x768(bundled_window, qtbot):
    window = bundled_window
    window.tabs.setCurrentWidget(window.ranking)
    window.state.update_chart(ranking_metric="memory_gb", ranking_count=25)
    qtbot.wait(100)
    panel = window.ranking
    view = panel.plot.getPlotItem().getViewBox()
    rows = len(panel.ranked_ids)
    assert rows >= 3
    first = view.mapViewToScene(QPointF(0, 0)).y()
    second = view.mapViewToScene(QPointF(0, 1)).y()
    assert abs(second - first) >= panel.fontMetrics().height(), (rows, abs(second - first))
    if rows < 25:
        assert "taller" in panel.hidden_label.text()
    window.resize(1366, 1400)
    qtbot.wait(100)
    assert len(panel.ranked_ids) > rows  # more room, more bars


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_scatter_axes_and_titles_are_whole_in_a_1024x640_window(bundled_window, qtbot, language):
    from gpucompare.ui.i18n import ENGLISH

    window = bundled_window
    window.set_language(language)
    try:
        window.resize(1024, 640)
        window.state.update_chart(x="memory_gb", y="memory_bandwidth_gbps", y_log=True)
        qtbot.wait(50)
        plot = window.scatter.plot
        item = plot.getPlotItem()
        bottom = item.getAxis("bottom").sceneBoundingRect()
        assert bottom.bottom() <= plot.viewport().height() + 1
        title = item.getAxis("left").label.boundingRect().width()  # rotated: its length
        assert title > 100  # a long title
        assert title <= item.getAxis("left").height() + 1  # and whole beside the plot
        assert item.sceneBoundingRect().height() <= plot.viewport().height() + 1
    finally:
        window.set_language(ENGLISH)
