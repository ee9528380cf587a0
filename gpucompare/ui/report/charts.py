"""The current charts as PNG images, drawn from the state by panels built off screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from gpucompare.core.state import AppState
from gpucompare.ui.charts.ranking import RankingPanel
from gpucompare.ui.charts.scatter import ScatterPanel
from gpucompare.ui.charts.trend import TrendPanel
from gpucompare.ui.pages.hardware.compare_panel import ComparePanel

CHART_SIZE = (960, 540)
BARS_SIZE = (960, 760)  # room for every bar group's label beside the controls


@dataclass(frozen=True)
class ChartImage:
    """One chart: a file-like name, its caption and its PNG bytes."""

    name: str
    caption: str
    png: bytes


def _png(pixmap: QPixmap) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(QByteArray(buffer.data()))


def _render(panel: QWidget, size: tuple[int, int] = CHART_SIZE) -> bytes:
    """The panel's plot as PNG; the panel is laid out off screen, never on the display."""
    panel.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    panel.resize(*size)
    panel.show()  # lays the plot out; a shown panel draws (hidden ones defer it)
    panel.ensure_fresh()  # type: ignore[attr-defined]
    QCoreApplication.processEvents()  # pending layout requests size the axes and labels
    try:
        return _png(panel.plot.grab())  # type: ignore[attr-defined]  # as drawn on screen
    finally:
        panel.deleteLater()


def chart_images(state: AppState, with_compare: bool) -> list[ChartImage]:
    """Scatter, ranking and trend as set in the state; the compare bars when asked for."""
    panels: list[tuple[str, str, type]] = [
        ("chart-scatter.png", QCoreApplication.translate("Brief", "Scatter"), ScatterPanel),
        ("chart-ranking.png", QCoreApplication.translate("Brief", "Ranking"), RankingPanel),
        ("chart-trend.png", QCoreApplication.translate("Brief", "Trend"), TrendPanel),
    ]
    if with_compare:
        panels.append(
            (
                "chart-compare.png",
                QCoreApplication.translate("Brief", "Compared devices, normalised"),
                None,
            )
        )
    images = []
    for name, caption, kind in panels:
        if kind is None:
            panel = ComparePanel(state)
            panel.views.setCurrentIndex(1)
            png = _render(panel, BARS_SIZE)
        else:
            png = _render(kind(state))
        images.append(ChartImage(name, caption, png))
    return images
