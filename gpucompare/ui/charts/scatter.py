"""Scatter chart: any two numeric fields, per-kind colours and symbols, Pareto frontier."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gpucompare.core.catalog.fields import NUMERIC_FIELD_IDS, field
from gpucompare.core.catalog.pareto import pareto_front
from gpucompare.core.catalog.schema import KINDS
from gpucompare.core.state import AppState
from gpucompare.ui.charts.style import (
    KIND_COLOURS,
    KIND_SYMBOLS,
    SELECTED_COLOUR,
    add_data_item,
    axis_label,
    brush,
    hidden_reason,
    make_plot,
    plottable,
    set_axis_titles,
)
from gpucompare.ui.formatting import format_value
from gpucompare.ui.labels.catalog import choice_label, field_label
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible
from gpucompare.ui.widgets.quiet import select_data, set_quietly

MAX_LABELS = 150
# Points of one kind beyond which devices at exactly the same position are drawn once: a
# merged price list of 100,000 rows holds few distinct (x, y) pairs, and drawing the rest
# on top of them costs pyqtgraph a Python step per point without changing a pixel.
COLLAPSE_ABOVE = 2_000
POINT_SIZE = 10
LABEL_FLIP_AT = 0.6  # labels of points right of this share of the x span go to their left
# The legend's cell in the plot item's grid: the row of the view box, right of the right axis.
LEGEND_CELL = (2, 3)


def distinct_positions(xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """True for the first point at each distinct (x, y), False for the points on top of it."""
    return ~pd.DataFrame({"x": xs, "y": ys}).duplicated().to_numpy()


class SideLegend(pg.LegendItem):
    """A legend beside the plot area, never over it, so it hides no point; not draggable."""

    def __init__(self) -> None:
        super().__init__(labelTextColor="#2b2f36")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def place(self, plot: pg.PlotWidget) -> None:
        """Put the legend in its own column of ``plot``'s layout, at the top."""
        layout = plot.getPlotItem().layout
        layout.addItem(self, *LEGEND_CELL)
        layout.setAlignment(self, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def mouseDragEvent(self, ev) -> None:
        ev.ignore()


class FieldCombo(QComboBox):
    """A combo box of numeric fields whose item data is the field id."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)

    def fill(self, state: AppState, current: str) -> None:
        """(Re)list every numeric field, labelled for the state's precision and currency."""
        self.blockSignals(True)
        self.clear()
        for field_id in NUMERIC_FIELD_IDS:
            self.addItem(field_label(field_id, state.precision, state.currency.code), field_id)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def field_id(self) -> str:
        """The chosen field id."""
        return str(self.currentData())

    def show_field(self, field_id: str) -> None:
        """Select ``field_id`` without emitting."""
        select_data(self, field_id)


class ScatterPanel(RefreshesWhenShown, QWidget):
    """The scatter chart and its controls."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("scatterPanel")
        self.x_combo, self.y_combo = FieldCombo(self), FieldCombo(self)
        self.x_log, self.y_log = QCheckBox(self), QCheckBox(self)
        self.labels_check, self.pareto_check = QCheckBox(self), QCheckBox(self)
        self.hidden_label = QLabel(self)
        self.hidden_label.setObjectName("hiddenLabel")
        self.hidden_label.setWordWrap(True)  # a long reason list must not widen the window
        self._x_caption, self._y_caption = QLabel(self), QLabel(self)
        controls = QGridLayout()  # one axis a row: fits a narrow window
        for row, widgets in enumerate(
            (
                (self._x_caption, self.x_combo, self.x_log, self.labels_check),
                (self._y_caption, self.y_combo, self.y_log, self.pareto_check),
            )
        ):
            for column, widget in enumerate(widgets):
                controls.addWidget(widget, row, column)
        controls.setColumnStretch(4, 1)
        self.plot = make_plot(self)
        self.legend = SideLegend()
        self.legend.place(self.plot)
        # Plain scatter and curve items, fed log10 values on a log axis (as the selection
        # ring and the labels are): PlotDataItem's log and curve handling cost start-up time.
        self.items: dict[str, pg.ScatterPlotItem] = {}
        self._data_units: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for kind in KINDS:
            item = pg.ScatterPlotItem(
                symbol=KIND_SYMBOLS[kind],
                size=POINT_SIZE,
                brush=brush(KIND_COLOURS[kind]),
                pen=pg.mkPen("w", width=0.8),
                name=choice_label(kind),
            )
            item.opts["hoverable"] = True
            item.opts["tip"] = self._tip
            item.sigClicked.connect(self._clicked)
            add_data_item(self.plot, item)
            self.items[kind] = item
        self.pareto_item = pg.PlotCurveItem(
            pen=pg.mkPen("#444", width=1.5, style=Qt.PenStyle.DashLine)
        )
        add_data_item(self.plot, self.pareto_item)
        self.selected_item = pg.ScatterPlotItem(
            size=POINT_SIZE + 8, pen=pg.mkPen(SELECTED_COLOUR, width=2.5), brush=None, pxMode=True
        )
        self.plot.addItem(self.selected_item)
        self._label_items: list[pg.TextItem] = []
        self.empty_label = pg.TextItem(color="#6b7280", anchor=(0.5, 0.5))
        self.empty_label.setVisible(False)
        self.plot.addItem(self.empty_label, ignoreBounds=True)
        self._shown = state.filtered.iloc[:0]
        self._collapsed: set[str] = set()  # kinds whose identical points are drawn once
        self._legend_key: tuple[str, ...] | None = None
        self.pareto_ids: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.hidden_label)
        layout.addWidget(self.plot, 1)

        self.x_combo.currentIndexChanged.connect(
            lambda: state.update_chart(x=self.x_combo.field_id())
        )
        self.y_combo.currentIndexChanged.connect(
            lambda: state.update_chart(y=self.y_combo.field_id())
        )
        self.x_log.toggled.connect(lambda on: state.update_chart(x_log=on))
        self.y_log.toggled.connect(lambda on: state.update_chart(y_log=on))
        self.labels_check.toggled.connect(lambda on: state.update_chart(labels=on))
        self.pareto_check.toggled.connect(lambda on: state.update_chart(pareto=on))
        state.data_changed.connect(self.refresh)
        state.chart_changed.connect(self.refresh)
        state.selection_changed.connect(self._highlight)
        state.precision_changed.connect(self._relabel)
        state.currency_changed.connect(self._relabel)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the UI language."""
        self._x_caption.setText(self.tr("X:"))
        self._y_caption.setText(self.tr("Y:"))
        for check in (self.x_log, self.y_log):
            check.setText(self.tr("log"))
        self.labels_check.setText(self.tr("Labels"))
        self.pareto_check.setText(self.tr("Pareto frontier"))
        self.pareto_check.setToolTip(
            self.tr("Devices no other device beats on both axes (in the better direction of each).")
        )
        for kind, item in self.items.items():
            item.opts["name"] = choice_label(kind)
        self._legend_key = None
        self._relabel()
        self.refresh()

    def _relabel(self) -> None:
        """New axis choices for a new precision or currency (data_changed then redraws)."""
        self.x_combo.fill(self._state, self._state.chart.x)
        self.y_combo.fill(self._state, self._state.chart.y)

    # Drawing ---------------------------------------------------------------------------------
    @when_visible
    def refresh(self) -> None:
        """Plot the filtered devices on the chosen axes."""
        state, chart = self._state, self._state.chart
        self._sync_controls()
        frame = state.filtered
        axes, logs = [chart.x, chart.y], [chart.x_log, chart.y_log]
        keep = plottable(frame, axes, logs)
        self.hidden_label.setText(hidden_reason(frame, state, axes, logs))
        self.hidden_label.setVisible(bool(self.hidden_label.text()))
        shown = frame[keep]
        self._shown = shown
        xs = shown[chart.x].to_numpy(dtype="float64")
        ys = shown[chart.y].to_numpy(dtype="float64")
        ids = shown["id"].to_numpy(dtype=object)
        kinds = shown["kind"].to_numpy(dtype=object)
        px, py = self._on_axes(xs, ys)
        plot_item = self.plot.getPlotItem()
        plot_item.setLogMode(chart.x_log, chart.y_log)
        self._collapsed = set()
        for kind, item in self.items.items():
            chosen = np.flatnonzero(kinds == kind)
            if len(chosen) > COLLAPSE_ABOVE:
                chosen = chosen[distinct_positions(xs[chosen], ys[chosen])]
                self._collapsed.add(kind)
            item.setData(x=px[chosen], y=py[chosen], data=ids[chosen])
            self._data_units[kind] = (xs[chosen], ys[chosen])
        self._rebuild_legend(tuple(k for k in self.items if (kinds == k).any()))
        set_axis_titles(self.plot, axis_label(state, chart.x), axis_label(state, chart.y))
        self._draw_pareto(xs, ys, px, py)
        self._draw_labels(shown, px, py)
        self._highlight()
        self._show_empty(len(shown) == 0)

    def _on_axes(self, xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Data values as positions on the plot: log10 of the values on a log axis."""
        chart = self._state.chart
        return (np.log10(xs) if chart.x_log else xs, np.log10(ys) if chart.y_log else ys)

    def _show_empty(self, empty: bool) -> None:
        """No points: a bare plot saying so, instead of the last axes and legend."""
        plot_item = self.plot.getPlotItem()
        for side in ("left", "bottom"):
            plot_item.showAxis(side, not empty)
        self.empty_label.setVisible(empty)
        if not empty:
            plot_item.enableAutoRange()
            return
        self.empty_label.setText(self.tr("No devices match the filters"))
        plot_item.disableAutoRange()
        plot_item.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
        self.empty_label.setPos(0.5, 0.5)

    def _rebuild_legend(self, kinds: tuple[str, ...]) -> None:
        """The legend lists the kinds that have points on the chart, and no others."""
        if kinds == self._legend_key:
            return
        self._legend_key = kinds
        self.legend.clear()
        for kind in kinds:
            self.legend.addItem(self.items[kind], choice_label(kind))
        self.legend.updateGeometry()  # its column of the plot's layout fits the new entries

    def _sync_controls(self) -> None:
        chart = self._state.chart
        self.x_combo.show_field(chart.x)
        self.y_combo.show_field(chart.y)
        for check, value in (
            (self.x_log, chart.x_log),
            (self.y_log, chart.y_log),
            (self.labels_check, chart.labels),
            (self.pareto_check, chart.pareto),
        ):
            set_quietly(check, "setChecked", value)

    def _draw_pareto(self, xs: np.ndarray, ys: np.ndarray, px: np.ndarray, py: np.ndarray) -> None:
        """The frontier of the data values ``xs``, ``ys``, drawn at positions ``px``, ``py``."""
        chart = self._state.chart
        if not chart.pareto or len(xs) == 0:
            self.pareto_item.setData([], [])
            self.pareto_ids = []
            return
        front = pareto_front(xs, ys, field(chart.x).better, field(chart.y).better)
        self.pareto_ids = self._shown["id"].iloc[front].tolist()
        self.pareto_item.setData(px[front], py[front])

    def _draw_labels(self, shown: pd.DataFrame, px: np.ndarray, py: np.ndarray) -> None:
        """One label per point, at the plot positions ``px``, ``py``."""
        for item in self._label_items:
            self.plot.removeItem(item)
        self._label_items = []
        chart = self._state.chart
        if not chart.labels:
            return
        if len(shown) > MAX_LABELS:
            note = self.tr("labels off: {n} points (at most {m})").format(
                n=len(shown), m=MAX_LABELS
            )
            self.hidden_label.setText(" · ".join(t for t in (self.hidden_label.text(), note) if t))
            self.hidden_label.setVisible(True)
            return
        flip_at = px.min() + LABEL_FLIP_AT * (px.max() - px.min()) if len(px) else 0.0
        for name, x, y in zip(shown["name"], px, py, strict=True):
            # Right-hand points get their label on the left, so none runs off the plot.
            anchor = (1, 1) if x > flip_at else (0, 1)
            label = pg.TextItem(str(name), color="#2b2f36", anchor=anchor)
            label.setPos(float(x), float(y))
            self.plot.addItem(label)
            self._label_items.append(label)

    def _highlight(self) -> None:
        chart = self._state.chart
        shown = self._shown
        chosen = shown["id"].isin(self._state.selected_ids).to_numpy()
        xs, ys = self._on_axes(
            shown[chart.x].to_numpy(dtype="float64")[chosen],
            shown[chart.y].to_numpy(dtype="float64")[chosen],
        )
        self.selected_item.setData(xs, ys, data=shown["id"].to_numpy(dtype=object)[chosen])

    # Interaction -------------------------------------------------------------------------------
    def _tip(self, x: float, y: float, data: object) -> str:
        state, chart = self._state, self._state.chart
        row = state.filtered.loc[state.filtered["id"] == data]
        if row.empty:
            return str(data)
        row = row.iloc[0]
        lines = [f"{row['name']} ({row['vendor']})"]
        for field_id in (chart.x, chart.y):
            value = format_value(row[field_id], field(field_id))
            lines.append(f"{field_label(field_id, state.precision, state.currency.code)}: {value}")
        if row["kind"] in self._collapsed:
            shown = self._shown
            same = (
                (shown["kind"] == row["kind"])
                & (shown[chart.x] == row[chart.x])
                & (shown[chart.y] == row[chart.y])
            )
            others = int(same.sum()) - 1
            if others:
                lines.append(self.tr("and {n} more devices at this point").format(n=f"{others:,}"))
        return "\n".join(lines)

    def _clicked(self, item: pg.ScatterPlotItem, points, event) -> None:
        ids = [str(p.data()) for p in points[:1]]
        if not ids:
            return
        modifiers = QApplication.keyboardModifiers()
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            ids = [*self._state.selected_ids, *ids]
        self._state.set_selection(ids, ids[-1])

    def plotted(self) -> pd.DataFrame:
        """Every plotted point as (id, kind, x, y) in data units: what the chart shows."""
        parts = []
        for kind, item in self.items.items():
            x, y = self._data_units.get(kind, ((), ()))
            if not len(x):
                continue
            ids = item.data["data"]
            parts.append(pd.DataFrame({"id": list(ids), "kind": kind, "x": x, "y": y}))
        if not parts:
            return pd.DataFrame(columns=["id", "kind", "x", "y"])
        return pd.concat(parts, ignore_index=True)
