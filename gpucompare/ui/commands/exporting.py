"""Writing what the user sees: the table and compare view as CSV, charts as PNG or SVG.

Every file is written atomically, so a failed export leaves no half file behind and
never clobbers an existing one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from gpucompare.core.atomic import atomic_write_bytes
from gpucompare.core.catalog.compare import Comparison, comparison_table
from gpucompare.core.catalog.export import write_csv
from gpucompare.core.catalog.fields import export_headers
from gpucompare.core.state import AppState
from gpucompare.ui.models.catalog_table import CatalogTableModel

if TYPE_CHECKING:  # the models load with their pages, not at start-up
    from gpucompare.core.inference import Ranking as InferenceRanking
    from gpucompare.core.training import Ranking, TrainingResult

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


def _money_header(key: str, state: AppState) -> str:
    return key.replace("_usd", f"_{state.currency.code.lower()}")


def export_training_result(
    path: Path | str, result: TrainingResult, state: AppState, *, bom: bool
) -> None:
    """One row per output: key (currency in the name), value, and the formula behind it."""
    from gpucompare.core.training import MONEY_KEYS, explain

    formulas = explain(result, state.currency)
    record = result.to_record()
    keys, values, notes = [], [], []
    for key, value in record.items():
        if key in MONEY_KEYS and isinstance(value, float):
            value = state.currency.from_usd(value)
        if isinstance(value, list):
            value = "; ".join(value)
        if isinstance(value, dict):  # the unknown outputs and why
            value = "; ".join(f"{_money_header(k, state)}: {why}" for k, why in value.items())
        keys.append(_money_header(key, state))
        values.append(value)
        notes.append(formulas.get(key, ""))
    frame = pd.DataFrame(
        {"output": keys, "value": pd.Series(values, dtype=object), "formula": notes}
    )
    write_csv(path, frame, bom=bom)


def export_training_ranking(
    path: Path | str, ranking: Ranking, state: AppState, *, bom: bool
) -> None:
    """Every ranked device (money in the display currency), then the excluded ones with why."""
    from gpucompare.core.training import MONEY_KEYS

    results = ranking.results.copy()
    for key in MONEY_KEYS:
        results[key] = results[key] * state.currency.per_usd
    results["warnings"] = results["warnings"].map("; ".join)
    results["excluded_reason"] = ""
    excluded = ranking.excluded.rename(columns={"reason": "excluded_reason"})
    frame = pd.concat([results, excluded], ignore_index=True)
    write_csv(path, frame, [_money_header(c, state) for c in frame.columns], bom=bom)


def export_inference_ranking(
    path: Path | str, ranking: InferenceRanking, state: AppState, *, bom: bool
) -> None:
    """Devices that can serve the model (cost in the display currency), then the others."""
    served = ranking.served.copy()
    served["usd_per_million_tokens"] = served["usd_per_million_tokens"] * state.currency.per_usd
    served["excluded_reason"] = ""
    excluded = ranking.excluded.rename(columns={"reason": "excluded_reason"})
    frame = pd.concat([served, excluded], ignore_index=True)
    write_csv(path, frame, [_money_header(c, state) for c in frame.columns], bom=bom)


def chart_bytes(plot: pg.PlotWidget, fmt: str) -> bytes:
    """The chart rendered as PNG or SVG bytes."""
    if fmt == "svg":
        return _svg_bytes(plot)
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(plot.getPlotItem())
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
