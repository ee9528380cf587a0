"""Trend chart: release year against a metric on a log axis, coloured by vendor."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gpucompare.core.state import AppState
from gpucompare.ui.charts.scatter import FieldCombo
from gpucompare.ui.charts.style import (
    OTHER_COLOUR,
    VENDOR_PALETTE,
    YearAxis,
    axis_label,
    brush,
    hidden_reason,
    make_plot,
    plottable,
    set_axis_titles,
)
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible

TOP_VENDORS = len(VENDOR_PALETTE)


class TrendPanel(RefreshesWhenShown, QWidget):
    """Each filtered device at its release year; the biggest vendors get their own colour."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("trendPanel")
        self.metric_combo = FieldCombo(self)
        self._caption = QLabel(self)
        self.hidden_label = QLabel(self)
        self.hidden_label.setWordWrap(True)  # a long reason list must not widen the window
        controls = QHBoxLayout()
        controls.addWidget(self._caption)
        controls.addWidget(self.metric_combo)
        controls.addStretch(1)
        self.plot = make_plot(self, bottom=YearAxis("bottom"))
        self.legend = self.plot.getPlotItem().addLegend(
            offset=(10, 10), colCount=2, labelTextColor="#2b2f36"
        )
        self.items: list[pg.PlotDataItem] = []
        self.series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.hidden_label)
        layout.addWidget(self.plot, 1)
        self.metric_combo.currentIndexChanged.connect(
            lambda: state.update_chart(trend_metric=self.metric_combo.field_id())
        )
        state.data_changed.connect(self.refresh)
        state.chart_changed.connect(self.refresh)
        state.precision_changed.connect(self._relabel)
        state.currency_changed.connect(self._relabel)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the UI language."""
        self._caption.setText(self.tr("Metric:"))
        self._relabel()
        self.refresh()

    def _relabel(self) -> None:
        """New metric choices for a new precision or currency (data_changed then redraws)."""
        self.metric_combo.fill(self._state, self._state.chart.trend_metric)

    @when_visible
    def refresh(self) -> None:
        """One coloured series per large vendor, the rest grey."""
        state = self._state
        metric = state.chart.trend_metric
        self.metric_combo.show_field(metric)
        frame = state.filtered
        axes, logs = ["release_year", metric], [False, True]
        keep = plottable(frame, axes, logs)
        self.hidden_label.setText(hidden_reason(frame, state, axes, logs))
        self.hidden_label.setVisible(bool(self.hidden_label.text()))
        shown = frame[keep]
        for item in self.items:
            self.plot.removeItem(item)
        self.items = []
        self.series = {}
        self.legend.clear()
        vendors = shown["vendor"].value_counts().index[:TOP_VENDORS].tolist()
        years = shown["release_year"].to_numpy(dtype="float64")
        values = shown[metric].to_numpy(dtype="float64")
        vendor_of = shown["vendor"].to_numpy(dtype=object)
        other = ~np.isin(vendor_of, vendors)
        groups = [(v, vendor_of == v, VENDOR_PALETTE[i]) for i, v in enumerate(vendors)]
        if other.any():
            groups.append((self.tr("Other"), other, OTHER_COLOUR))
        plot_item = self.plot.getPlotItem()
        plot_item.setLogMode(False, True)
        for name, chosen, colour in groups:
            item = pg.PlotDataItem(
                years[chosen],
                values[chosen],
                pen=None,
                symbol="o",
                symbolSize=9,
                symbolBrush=brush(colour),
                symbolPen=pg.mkPen("w", width=0.8),
                name=str(name),
            )
            self.plot.addItem(item)
            self.items.append(item)
            self.series[str(name)] = (years[chosen], values[chosen])
        set_axis_titles(self.plot, axis_label(state, "release_year"), axis_label(state, metric))
        plot_item.getAxis("bottom").setTickSpacing(major=2, minor=1)
        plot_item.enableAutoRange()
