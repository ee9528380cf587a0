"""How an n/p ("not published") cell reads in the UI language, and why it is n/p."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from gpucompare.core.catalog.schema import COLUMN_BY_ID, NOT_PUBLISHED_PRICES
from gpucompare.ui.labels.catalog import field_label


def not_published_text() -> str:
    """The cell text of a figure nobody publishes (distinct from "—", not entered yet)."""
    return QCoreApplication.translate("Value", "n/p")


def not_published_tooltip(tokens: Iterable[str], precision: str, currency: str = "USD") -> str:
    """Why a cell is n/p, one sentence per not-published input."""
    lines = []
    for token in tokens:
        if token == NOT_PUBLISHED_PRICES[0]:
            lines.append(
                QCoreApplication.translate("Value", "Not sold: there is no purchase price.")
            )
        elif token == NOT_PUBLISHED_PRICES[1]:
            lines.append(QCoreApplication.translate("Value", "Not rented by any cloud."))
        elif token in COLUMN_BY_ID:
            what = field_label(token, precision, currency, unit=False)
            lines.append(
                QCoreApplication.translate(
                    "Value", "n/p: the vendor does not publish {what} for this device."
                ).format(what=what)
            )
    lines.append(QCoreApplication.translate("Value", "(“—” means not entered yet.)"))
    return "\n".join(lines)
