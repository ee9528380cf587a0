"""A small price-history chart: dated purchase and cloud prices of one device."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gpucompare.ui.charts.style import (
    KIND_COLOURS,
    LABEL_STYLE,
    YearAxis,
    brush,
    make_plot,
    set_axis_titles,
)

PLOT_HEIGHT = 120
TITLE_SIZE = "9pt"


def _small_plot(parent: QWidget) -> pg.PlotWidget:
    plot = make_plot(parent, bottom=YearAxis("bottom"))
    plot.setMinimumHeight(PLOT_HEIGHT)
    plot.setMaximumHeight(PLOT_HEIGHT + 40)
    return plot


class PriceHistoryChart(QWidget):
    """Two plots, purchase and cloud (different units), each shown when it has a history."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("priceHistory")
        self.purchase_plot = _small_plot(self)
        self.cloud_plot = _small_plot(self)
        self.series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._items = {
            "purchase": pg.PlotDataItem(
                pen=None,
                symbol="o",
                symbolSize=7,
                symbolBrush=brush(KIND_COLOURS["GPU"]),
            ),
            "cloud": pg.PlotDataItem(
                pen=None, symbol="s", symbolSize=7, symbolBrush=brush(KIND_COLOURS["TPU"])
            ),
        }
        self.purchase_plot.addItem(self._items["purchase"])
        self.cloud_plot.addItem(self._items["cloud"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.purchase_plot)
        layout.addWidget(self.cloud_plot)

    def show_history(
        self,
        purchase: pd.DataFrame,
        cloud: pd.DataFrame,
        titles: dict[str, str],
        units: dict[str, str],
    ) -> None:
        """Plot (year, amount) frames; an empty frame hides its plot. ``titles`` (above each
        plot) and ``units`` (its value axis) are keyed ``purchase`` and ``cloud``: a small
        plot has no room for a long rotated title, and its year axis needs none."""
        self.series = {}
        for name, frame, plot in (
            ("purchase", purchase, self.purchase_plot),
            ("cloud", cloud, self.cloud_plot),
        ):
            xs = frame["year"].to_numpy(dtype="float64")
            ys = frame["amount"].to_numpy(dtype="float64")
            self._items[name].setData(xs, ys)
            plot.setVisible(len(xs) > 0)
            if len(xs):
                self.series[name] = (xs, ys)
                plot.getPlotItem().setTitle(
                    titles[name], size=TITLE_SIZE, color=LABEL_STYLE["color"]
                )
                set_axis_titles(plot, "", units[name])
                plot.getPlotItem().enableAutoRange()
        self.setVisible(bool(self.series))
