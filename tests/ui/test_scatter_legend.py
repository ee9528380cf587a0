"""The scatter's legend never hides a plotted point, at laptop window sizes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF

AXES = (
    # The opening chart: Groq's 0.23 GB, 80 TB/s point sits at its top left.
    ("BF16", {"x": "memory_gb", "y": "memory_bandwidth_gbps", "x_log": True, "y_log": True}),
    # Price × performance (FP16 plots Groq's $20k, 188 TFLOPS card).
    ("FP16", {"x": "launch_price_usd", "y": "peak_tflops", "x_log": True, "y_log": True}),
    ("FP16", {"x": "launch_price_usd", "y": "peak_tflops", "x_log": False, "y_log": False}),
    ("BF16", {"x": "cloud_usd_per_hour", "y": "peak_tflops", "x_log": False, "y_log": False}),
    ("BF16", {"x": "power_w", "y": "memory_gb", "x_log": False, "y_log": False}),
)


def point_scene_positions(panel) -> np.ndarray:
    """Every plotted point's centre in scene coordinates."""
    view = panel.plot.getPlotItem().getViewBox()
    chart = panel._state.chart
    positions = []
    for x, y in panel.plotted()[["x", "y"]].to_numpy(dtype="float64"):
        px = np.log10(x) if chart.x_log else x
        py = np.log10(y) if chart.y_log else y
        scene = view.mapViewToScene(QPointF(float(px), float(py)))
        positions.append((scene.x(), scene.y()))
    return np.array(positions)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
@pytest.mark.parametrize(("precision", "axes"), AXES)
def test_no_point_sits_under_the_legend(priced_window, qtbot, size, precision, axes):
    window = priced_window
    window.tabs.setCurrentWidget(window.scatter)
    window.resize(*size)
    window.state.set_precision(precision)
    window.state.update_chart(**axes)
    qtbot.wait(100)
    panel = window.scatter
    legend = panel.legend
    assert legend.isVisible()
    assert len(legend.items) >= 2  # several kinds are on every one of these charts
    box = legend.sceneBoundingRect()
    plot_box = panel.plot.getPlotItem().sceneBoundingRect()
    assert box.width() > 20
    assert box.height() > 20
    assert plot_box.contains(box), (plot_box, box)  # all of it in view, none cut off
    points = point_scene_positions(panel)
    assert len(points) > 20
    under = [
        (name, x, y)
        for name, (x, y) in zip(panel.plotted()["id"], points, strict=True)
        if box.contains(QPointF(x, y))
    ]
    assert not under, (box, under)
