"""The calculators' ranking chart says why it is empty instead of showing bare axes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt


@pytest.fixture(params=["training", "inference"])
def page(request, window, qtbot):
    """The training or the inference page, shown at 1366×768 with its chart tab open."""
    window.resize(1366, 768)
    window.pages.setCurrentWidget(getattr(window, f"{request.param}_page"))
    panel = getattr(window, request.param)
    panel.ranking_view.side_tabs.setCurrentIndex(0)
    qtbot.wait(50)
    return request.param, panel


def update(window, name: str, **changes) -> None:
    getattr(window.state, f"update_{name}")(**changes)


def assert_centred_message(view, words: str) -> None:
    """The message fills the chart's place, centred, and no axes are shown."""
    assert not view.plot.isVisible()
    assert view.placeholder.isVisible()
    assert words in view.placeholder.text()
    assert view.placeholder.geometry() == view.chart_stack.rect()
    assert view.placeholder.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert view.placeholder.alignment() & Qt.AlignmentFlag.AlignVCenter
    centre = view.placeholder.mapTo(view, view.placeholder.rect().center())
    assert centre == view.chart_stack.mapTo(view, view.chart_stack.rect().center())


def assert_bars(view) -> None:
    assert view.plot.isVisible()
    assert not view.placeholder.isVisible()
    assert view.bar_ids
    assert view.plot.mapTo(view, QPoint(0, 0)) == view.chart_stack.mapTo(view, QPoint(0, 0))


def test_an_input_error_shows_a_message_then_the_bars_come_back(window, page, qtbot):
    name, panel = page
    view = panel.ranking_view
    assert_bars(view)
    count = getattr(window.state, f"{name}_form").count
    update(window, name, count="no number")
    assert panel.error is not None
    assert_centred_message(view, "input is invalid")
    assert view.model.frame.empty
    assert panel.ranking is None
    assert view.excluded_rows() == []
    assert view.side_tabs.tabText(1).endswith("(0)")  # no stale count of left-out devices
    assert not view.export_button.isEnabled()
    update(window, name, count=count)
    assert panel.error is None
    assert_bars(view)
    assert view.export_button.isEnabled()


def test_no_matching_device_says_so(window, page, qtbot):
    _, panel = page
    window.state.update_filters(search="no such device anywhere")
    assert_centred_message(panel.ranking_view, "No devices match the filters")
    window.state.update_filters(search="")
    assert_bars(panel.ranking_view)


def test_every_device_left_out_points_to_the_tab_that_says_why(window, qtbot):
    window.resize(1366, 768)
    window.pages.setCurrentWidget(window.inference_page)
    view = window.inference.ranking_view
    window.state.update_inference(model="2000B", count="1", max_count="1")
    assert window.inference.ranking.served.empty
    assert len(window.inference.ranking.excluded) > 0
    assert_centred_message(view, "“Cannot serve” tab")
