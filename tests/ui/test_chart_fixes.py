"""Chart defects a first-time user met: year axis, scatter legend and empty plot, ranking."""

from __future__ import annotations

import re


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
