"""Writing what the user sees: the table and compare view as CSV, charts as PNG or SVG.

Every file is written atomically, so a failed export leaves no half file behind and
never clobbers an existing one.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as exporters
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from gpucompare.core.atomic import atomic_write_bytes
from gpucompare.core.compare import Comparison, comparison_table
from gpucompare.core.export import write_csv
from gpucompare.core.fields import export_headers
from gpucompare.core.state import AppState
from gpucompare.ui.table_model import CatalogTableModel

CHART_FORMATS = ("png", "svg")
PNG_WIDTH = 1600


def export_table(path: Path | str, model: CatalogTableModel, state: AppState, *, bom: bool) -> int:
    """Write the table as shown (filtered, sorted, visible columns); return the row count."""
    frame = model.shown_frame()
    headers = export_headers(model.columns, state.precision, state.currency.code)
    write_csv(path, frame, headers, bom=bom)
    return len(frame)


def export_comparison(
    path: Path | str, comparison: Comparison, state: AppState, *, bom: bool
) -> None:
    """Write the compare view: one row per field, values, ratios and best markers per device."""
    frame, headers = comparison_table(comparison, state.precision, state.currency.code)
    write_csv(path, frame, headers, bom=bom)


def _svg_bytes(plot: pg.PlotWidget) -> bytes:
    # pyqtgraph's SVGExporter fails on this Qt's SVG output; QSvgGenerator draws the
    # same scene as vectors.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(plot.size())
    generator.setViewBox(QRect(0, 0, plot.width(), plot.height()))
    generator.setTitle("gpucompare chart")
    painter = QPainter(generator)
    plot.render(painter)
    painter.end()
    return bytes(QByteArray(buffer.data()))


def chart_bytes(plot: pg.PlotWidget, fmt: str) -> bytes:
    """The chart rendered as PNG or SVG bytes."""
    if fmt == "svg":
        return _svg_bytes(plot)
    exporter = exporters.ImageExporter(plot.getPlotItem())
    exporter.parameters()["width"] = PNG_WIDTH
    image = exporter.export(toBytes=True)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(QByteArray(buffer.data()))


def export_chart(path: Path | str, plot: pg.PlotWidget) -> None:
    """Write the chart to ``path``; the suffix (.png or .svg) picks the format."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in CHART_FORMATS:
        raise ValueError(f"charts export as PNG or SVG, not {fmt or 'a file without extension'}")
    atomic_write_bytes(path, chart_bytes(plot, fmt))
