"""Shared chart look: colours and symbols per kind and vendor, axis labels, hidden counts."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from gpucompare.core.catalog.fields import field
from gpucompare.core.catalog.schema import KINDS
from gpucompare.core.state import AppState
from gpucompare.ui.formatting import format_number
from gpucompare.ui.labels.catalog import field_label

# Okabe–Ito colours: distinguishable with common colour-vision deficiencies.
KIND_COLOURS: dict[str, str] = {
    "GPU": "#0072B2",
    "TPU": "#E69F00",
    "NPU": "#009E73",
    "FPGA": "#CC79A7",
    "ASIC": "#D55E00",
}
KIND_SYMBOLS: dict[str, str] = {"GPU": "o", "TPU": "s", "NPU": "t", "FPGA": "d", "ASIC": "p"}
VENDOR_PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#8C564B",
    "#7F7F7F",
    "#BCBD22",
    "#17BECF",
)
OTHER_COLOUR = "#B0B0B0"
SELECTED_COLOUR = "#FF2D55"
GRID_ALPHA = 0.25

pg.setConfigOptions(antialias=True, background="w", foreground="#2b2f36")

assert set(KIND_COLOURS) == set(KINDS)


def compact_number(value: float) -> str:
    """A tick label: 0.05, 3, 250, 2,000, 20k, 1.5M."""
    magnitude = abs(value)
    if magnitude >= 1e6:
        return f"{value / 1e6:.3g}M"
    if magnitude >= 1e4:
        return f"{value / 1e3:.3g}k"
    return format_number(value, QLocale())


class NumberAxis(pg.AxisItem):
    """Axis with plain, readable tick labels, and 1–2–5 ticks on log scales."""

    MIN_LABEL_SPACING_PX = 42

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal: float, maxVal: float, size: float):
        if not self.logMode:
            return super().tickValues(minVal, maxVal, size)
        span = max(maxVal - minVal, 1e-9)
        per_decade = size / span
        multiples = (
            (1, 2, 5)
            if per_decade > 3.2 * self.MIN_LABEL_SPACING_PX
            else (1, 3)
            if (per_decade > 2.2 * self.MIN_LABEL_SPACING_PX)
            else (1,)
        )
        step = max(1, math.ceil(self.MIN_LABEL_SPACING_PX / per_decade))
        first, last = math.floor(minVal), math.ceil(maxVal)
        major = [
            decade + math.log10(m)
            for decade in range(first, last + 1)
            if (decade - first) % step == 0
            for m in multiples
            if minVal <= decade + math.log10(m) <= maxVal
        ]
        minor = []
        if per_decade > 2.5 * self.MIN_LABEL_SPACING_PX:
            minor = [
                decade + math.log10(m)
                for decade in range(first, last + 1)
                for m in range(2, 10)
                if m not in multiples and minVal <= decade + math.log10(m) <= maxVal
            ]
        return [(1.0, major), (0.1, minor)]

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return [compact_number(10.0**v) for v in values]
        return [compact_number(v * scale) for v in values]


class YearAxis(NumberAxis):
    """A calendar-year axis: 2017, not "2,017"; no ticks between years."""

    def tickValues(self, minVal: float, maxVal: float, size: float):
        return [
            (spacing, [v for v in values if float(v).is_integer()])
            for spacing, values in super().tickValues(minVal, maxVal, size)
        ]

    def tickStrings(self, values, scale, spacing):
        return [str(round(v * scale)) for v in values]


def make_plot(parent=None, bottom: NumberAxis | None = None) -> pg.PlotWidget:
    """A white plot with a light grid and readable number axes, ready for data."""
    plot = pg.PlotWidget(
        parent=parent,
        axisItems={"left": NumberAxis("left"), "bottom": bottom or NumberAxis("bottom")},
        enableMenu=False,  # no context menus: building the view box's costs start-up time
    )
    plot.setBackground("w")
    item = plot.getPlotItem()
    item.showGrid(x=True, y=True, alpha=GRID_ALPHA)
    for axis in ("left", "bottom"):
        item.getAxis(axis).setTextPen("#2b2f36")
        item.getAxis(axis).setPen("#9aa0a6")
    return plot


def add_data_item(plot: pg.PlotWidget, item: pg.GraphicsObject) -> None:
    """Add ``item`` to ``plot``'s view box and item list, so it is drawn, auto-ranged and
    follows the log mode, without what ``PlotItem.addItem`` also does for a data item:
    update the hidden Plot Options menu (alpha, FFT, decimation, the list of curves), which
    reprocesses every item's data once per item added and costs start-up time."""
    plot_item = plot.getPlotItem()
    plot_item.items.append(item)
    plot_item.vb.addItem(item)


LABEL_STYLE = {"color": "#374151", "font-size": "10pt"}
DESIGNED_MINIMUM = "designedMinimumHeight"  # a plot's own minimum, before titles raised it


def set_axis_titles(plot: pg.PlotWidget, bottom: str, left: str) -> None:
    """Axis titles in the theme's text colour; the plot is kept tall enough for them.

    A rotated left title needs its own length in height, above the bottom axis: a shorter
    plot would cut the title, or the bottom axis and its title, so the widget asks its
    layout for that much (never less than the height it was made with).
    """
    item = plot.getPlotItem()
    for side, text in (("bottom", bottom), ("left", left)):
        if item.getAxis(side).labelText != text:
            item.setLabel(side, text, **LABEL_STYLE)
    minimum = Qt.SizeHint.MinimumSize
    title = item.getAxis("left").label.boundingRect().width() if left else 0.0  # rotated
    below = item.getAxis("bottom").effectiveSizeHint(minimum).height()
    needed = math.ceil(max(item.effectiveSizeHint(minimum).height(), title + below))
    designed = plot.property(DESIGNED_MINIMUM)  # the height the plot was made with
    if designed is None:
        designed = plot.minimumHeight()
        plot.setProperty(DESIGNED_MINIMUM, designed)
    plot.setMinimumHeight(max(int(designed), needed + 2 * plot.frameWidth()))


def short_name(name: str, limit: int = 30) -> str:
    """A device name short enough for an axis label (long ones end in "…")."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def brush(colour: str, alpha: int = 210) -> QColor:
    """A fill colour with some transparency so overlapping points stay visible."""
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def axis_label(state: AppState, field_id: str) -> str:
    """Axis title with unit in the UI language; money units carry the currency symbol."""
    label = field_label(field_id, state.precision, state.currency.code)
    if field(field_id).money:
        code, symbol = state.currency.code, state.currency.symbol
        label = label.replace(f"({code}", f"({symbol} {code}").replace(
            f"k{code})", f"k{code}, {symbol})"
        )
    return label


def hidden_reason(
    frame: pd.DataFrame, state: AppState, field_ids: list[str], log: list[bool]
) -> str:
    """E.g. "9 hidden: no price" for the rows a chart cannot place."""
    hidden = np.zeros(len(frame), dtype=bool)
    reasons = []
    for field_id, is_log in zip(field_ids, log, strict=True):
        values = frame[field_id].to_numpy(dtype="float64", na_value=np.nan)
        missing = np.isnan(values)
        if missing.any():
            label = field_label(field_id, state.precision, state.currency.code, unit=False)
            reasons.append(
                QCoreApplication.translate("Chart", "{n} no {what}").format(
                    n=int(missing.sum()), what=label
                )
            )
        if is_log:
            with np.errstate(invalid="ignore"):
                zero = ~missing & (values <= 0)
            if zero.any():
                reasons.append(
                    QCoreApplication.translate("Chart", "{n} zero on a log axis").format(
                        n=int(zero.sum())
                    )
                )
            missing |= zero
        hidden |= missing
    count = int(hidden.sum())
    if not count:
        return ""
    return QCoreApplication.translate("Chart", "{n} hidden: {why}").format(
        n=count, why=QCoreApplication.translate("Chart", ", ").join(reasons)
    )


def plottable(frame: pd.DataFrame, field_ids: list[str], log: list[bool]) -> np.ndarray:
    """Mask of rows with a value on every axis (and > 0 on log axes)."""
    keep = np.ones(len(frame), dtype=bool)
    for field_id, is_log in zip(field_ids, log, strict=True):
        values = frame[field_id].to_numpy(dtype="float64", na_value=np.nan)
        keep &= ~np.isnan(values)
        if is_log:
            with np.errstate(invalid="ignore"):
                keep &= values > 0
    return keep
