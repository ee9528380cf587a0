"""Table model of a Comparison: fields in rows, devices in columns, best cells marked."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from gpucompare.core.catalog.compare import NO_RATIO_FIELDS, Comparison
from gpucompare.core.catalog.fields import field
from gpucompare.core.catalog.published import missing_inputs
from gpucompare.core.formatting import MISSING
from gpucompare.ui.formatting import format_number, format_value, is_missing
from gpucompare.ui.labels.catalog import field_description, field_label
from gpucompare.ui.labels.published import not_published_text, not_published_tooltip

BEST_ROLE = Qt.ItemDataRole.UserRole + 1
RATIO_ROLE = Qt.ItemDataRole.UserRole + 2
_BEST_BACKGROUND = QBrush(QColor("#dcfce7"))
_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


class CompareModel(QAbstractTableModel):
    """Shows a Comparison; rows where no device has a value are left out."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.rows: list[str] = []
        self.precision = "BF16"
        self.currency = "USD"
        self.devices = pd.DataFrame()

    def set_comparison(
        self,
        comparison: Comparison | None,
        precision: str,
        currency: str,
        devices: pd.DataFrame | None = None,
    ) -> None:
        """Show ``comparison`` (None: nothing); ``devices``, the compared rows of the catalog
        view indexed by id, tell which empty cells are not published (n/p)."""
        self.beginResetModel()
        self.comparison = comparison
        self.devices = devices if devices is not None else pd.DataFrame()
        self.precision, self.currency = precision, currency
        if comparison is None:
            self.rows = []
        else:
            known = comparison.values.notna().any(axis=1)
            self.rows = [f for f in comparison.values.index if known[f]]
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.comparison is None:
            return None
        field_id = self.rows[index.row()]
        device = self.comparison.ids[index.column()]
        value = self.comparison.values.at[field_id, device]
        best = bool(self.comparison.best.at[field_id, device])
        ratio = None
        if self.comparison.ratios is not None and field_id not in NO_RATIO_FIELDS:
            ratio = self.comparison.ratios.at[field_id, device]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and is_missing(value):
            tokens = self.not_published(field_id, device)
            if tokens:
                if role == Qt.ItemDataRole.DisplayRole:
                    return not_published_text()
                return not_published_tooltip(tokens, self.precision, self.currency)
        if role == Qt.ItemDataRole.DisplayRole:
            text = format_value(value, field(field_id))
            if ratio is not None and not is_missing(value):
                shown = MISSING if is_missing(ratio) else format_number(float(ratio), QLocale())
                text = f"{text}  ({shown}×)"
            return text
        if role == BEST_ROLE:
            return best
        if role == RATIO_ROLE:
            return None if ratio is None or is_missing(ratio) else float(ratio)
        if role == Qt.ItemDataRole.BackgroundRole and best:
            return _BEST_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and best:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def not_published(self, field_id: str, device: str) -> tuple[str, ...]:
        """Why ``device``'s empty ``field_id`` is n/p (empty when it is merely unknown)."""
        if device not in self.devices.index:
            return ()
        return missing_inputs(self.devices.loc[device], field_id, self.precision)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if self.comparison is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.comparison.names):
                name = self.comparison.names[section]
                if self.comparison.ids[section] == self.comparison.baseline:
                    return self.tr("{name} (baseline)").format(name=name)
                return name
            return None
        if section >= len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return field_label(self.rows[section], self.precision, self.currency)
        if role == Qt.ItemDataRole.ToolTipRole:
            return field_description(self.rows[section])
        return None
