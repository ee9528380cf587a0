"""The brief's comparison and sources sections in the UI language."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt

from gpucompare.core.brief import BriefData
from gpucompare.core.state import AppState
from gpucompare.ui.models.compare import CompareModel
from gpucompare.ui.pages.calculator import number_text
from gpucompare.ui.report import markup


def _dash(value: float | None, unit: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{number_text(float(value))} {unit}".strip()


def comparison_grid(
    state: AppState, data: BriefData
) -> tuple[list[str], list[list[str]], list[list[bool]]]:
    """The compare view as headers, rows of text and best flags (the compare model's own)."""
    model = CompareModel()
    model.set_comparison(data.comparison, state.precision, state.currency.code)
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    headers = [QCoreApplication.translate("Brief", "Metric")] + [
        str(model.headerData(c, horizontal)) for c in range(model.columnCount())
    ]
    rows, best = [], []
    for r in range(model.rowCount()):
        cells = [model.data(model.index(r, c)) for c in range(model.columnCount())]
        rows.append([str(model.headerData(r, vertical)), *map(str, cells)])
        best.append([False, *(bool(f) for f in data.comparison.best.loc[model.rows[r]])])
    return headers, rows, best


def comparison_section(state: AppState, data: BriefData) -> str:
    """The compared devices side by side, best values marked."""
    if data.comparison is None:
        return markup.paragraph(
            QCoreApplication.translate(
                "Brief", "Fewer than two devices are chosen: nothing to compare."
            )
        )
    headers, rows, best = comparison_grid(state, data)
    return markup.table(headers, rows, best) + markup.paragraph(
        QCoreApplication.translate(
            "Brief", "★ marks the best value of each row (highest or lowest, as the metric wants)."
        ),
        "note",
    )


def sources_section(data: BriefData) -> str:
    """Every source URL behind the devices' numbers and prices."""
    parts = []
    for source in data.sources:
        items = [markup.link(u) for u in source.specs]
        items += [
            QCoreApplication.translate("Brief", "Price: {link}").format(link=markup.link(u))
            for u in source.prices
        ]
        checked = (
            QCoreApplication.translate("Brief", "specs checked {date}").format(date=source.checked)
            if source.checked
            else ""
        )
        parts.append(
            f"<p><b>{markup.text(source.name)}</b> <i>{markup.text(checked)}</i></p>"
            + markup.bullet_list(items, raw=True)
        )
    return "".join(parts) or markup.paragraph(
        QCoreApplication.translate("Brief", "No devices are chosen.")
    )
