"""Ranking chart: horizontal bars of one metric, best first, names readable."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from gpucompare.core.catalog.fields import field
from gpucompare.core.catalog.schema import Better
from gpucompare.core.state import AppState
from gpucompare.ui.charts.scatter import FieldCombo
from gpucompare.ui.charts.style import (
    KIND_COLOURS,
    OTHER_COLOUR,
    axis_label,
    brush,
    hidden_reason,
    make_plot,
    plottable,
    set_axis_titles,
    short_name,
)
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible
from gpucompare.ui.widgets.quiet import set_quietly

BAR_HEIGHT = 0.72
ROW_GAP_PX = 4  # between two bar labels, so neighbours never touch


def ranked(values: np.ndarray, better: Better) -> np.ndarray:
    """Positions of ``values`` best first (NaN excluded by the caller); stable for ties."""
    keys = values if better is Better.LOWER else -values
    return np.argsort(keys, kind="stable")


class RankingPanel(RefreshesWhenShown, QWidget):
    """Bars of the chosen metric for the best N filtered devices."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("rankingPanel")
        self.metric_combo = FieldCombo(self)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(3, 200)
        self.count_spin.setValue(state.chart.ranking_count)
        self._metric_caption, self._count_caption = QLabel(self), QLabel(self)
        self.hidden_label = QLabel(self)
        self.hidden_label.setWordWrap(True)  # a long reason list must not widen the window
        controls = QHBoxLayout()
        for widget in (
            self._metric_caption,
            self.metric_combo,
            self._count_caption,
            self.count_spin,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.plot = make_plot(self)
        self.plot.getPlotItem().invertY(True)
        self.plot.getPlotItem().showGrid(x=True, y=False, alpha=0.25)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT)
        self.plot.addItem(self.bars)
        self.ranked_ids: list[str] = []
        self._fits = 0
        self.ranked_values = np.empty(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.hidden_label)
        layout.addWidget(self.plot, 1)
        self.metric_combo.currentIndexChanged.connect(
            lambda: state.update_chart(ranking_metric=self.metric_combo.field_id())
        )
        self.count_spin.valueChanged.connect(lambda n: state.update_chart(ranking_count=n))
        state.data_changed.connect(self.refresh)
        state.chart_changed.connect(self.refresh)
        state.precision_changed.connect(self._relabel)
        state.currency_changed.connect(self._relabel)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the UI language."""
        self._metric_caption.setText(self.tr("Metric:"))
        self._count_caption.setText(self.tr("Show best:"))
        self._relabel()
        self.refresh()

    def _relabel(self) -> None:
        """New metric choices for a new precision or currency (data_changed then redraws)."""
        self.metric_combo.fill(self._state, self._state.chart.ranking_metric)

    @when_visible
    def refresh(self) -> None:
        """Bars for the best ``ranking_count`` devices on the chosen metric."""
        state, chart = self._state, self._state.chart
        self.metric_combo.show_field(chart.ranking_metric)
        set_quietly(self.count_spin, "setValue", chart.ranking_count)
        frame = state.filtered
        metric = chart.ranking_metric
        keep = plottable(frame, [metric], [False])
        self.hidden_label.setText(hidden_reason(frame, state, [metric], [False]))
        self.hidden_label.setVisible(bool(self.hidden_label.text()))
        shown = frame[keep]
        values = shown[metric].to_numpy(dtype="float64")
        self._fits = self.fitting_count()
        order = ranked(values, field(metric).better)[: min(chart.ranking_count, self._fits)]
        wanted = min(chart.ranking_count, len(values))
        if len(order) < wanted:
            note = self.tr("best {n} of {m} shown: make the chart taller to see more").format(
                n=len(order), m=wanted
            )
            self.hidden_label.setText(" · ".join(t for t in (self.hidden_label.text(), note) if t))
            self.hidden_label.setVisible(True)
        top = shown.iloc[order]
        self.ranked_ids = top["id"].tolist()
        self.ranked_values = values[order]
        positions = np.arange(len(order), dtype=float)
        brushes = [brush(KIND_COLOURS.get(k, OTHER_COLOUR)) for k in top["kind"]]
        self.bars.setOpts(
            x0=np.zeros(len(order)),
            y=positions,
            width=self.ranked_values,
            height=BAR_HEIGHT,
            brushes=brushes,
            pen=None,
        )
        names = [short_name(str(n)) for n in top["name"]]
        left = self.plot.getPlotItem().getAxis("left")
        left.setTicks([list(zip(positions.tolist(), names, strict=True)), []])
        widest = max((self.fontMetrics().horizontalAdvance(n) for n in names), default=40)
        left.setWidth(min(320, widest + 16))
        plot_item = self.plot.getPlotItem()
        set_axis_titles(self.plot, axis_label(state, metric), "")
        plot_item.setYRange(-0.6, max(len(order), 1) - 0.4, padding=0)
        plot_item.setXRange(0, float(self.ranked_values.max()) if len(order) else 1.0, padding=0.04)

    def fitting_count(self) -> int:
        """How many bars fit the plot's height with every label readable (at least 3)."""
        view = self.plot.getPlotItem().getViewBox()
        height = view.height() if view.height() > 0 else self.plot.height() - 60
        return max(3, int(height // (self.fontMetrics().height() + ROW_GAP_PX)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible() and self.fitting_count() != self._fits:
            self.refresh()
