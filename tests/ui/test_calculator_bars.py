"""The calculators' bar charts draw only as many bars as leave every device name readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from gpucompare.ui.pages.calculator import BAR_COUNT


def label_gap(view) -> float:
    """Pixels between two neighbouring bars' centres, where their names are written."""
    box = view.plot.getPlotItem().getViewBox()
    first = box.mapViewToScene(QPointF(0, 0)).y()
    second = box.mapViewToScene(QPointF(0, 1)).y()
    return abs(second - first)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
@pytest.mark.parametrize("name", ["training", "inference"])
def test_bar_names_never_overlap_on_a_laptop_screen(priced_window, qtbot, name, size):
    window = priced_window
    window.resize(*size)
    window.pages.setCurrentWidget(getattr(window, f"{name}_page"))
    qtbot.wait(100)
    view = getattr(window, name).ranking_view
    assert len(view.model.frame) > BAR_COUNT  # more ranked devices than bars
    assert 1 <= len(view.bar_ids) == min(BAR_COUNT, view.fitting_count())
    assert label_gap(view) >= view.fontMetrics().height()
    names = view.plot.getPlotItem().getAxis("left")._tickLevels[0]
    widest = max(view.fontMetrics().horizontalAdvance(name) for _, name in names)
    assert widest <= view.plot.width() // 2  # the bars keep half the chart
    shown = len(view.bar_ids)
    window.resize(1366, 1400)
    qtbot.wait(100)
    assert len(view.bar_ids) == min(BAR_COUNT, view.fitting_count())
    assert len(view.bar_ids) > shown  # more room, more bars
    assert label_gap(view) >= view.fontMetrics().height()
