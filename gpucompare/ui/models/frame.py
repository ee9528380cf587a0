"""A read-only, numerically sortable table model over a pandas DataFrame.

Used for the calculators' rankings and exclusion lists. Each column has a key, a
header and a formatter; sorting permutes rows with numpy and leaves the frame alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from gpucompare.core.formatting import MISSING
from gpucompare.ui.formatting import is_missing
from gpucompare.ui.models.catalog_table import SORT_ROLE, sort_order

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FrameColumn:
    """A column of a FrameModel: frame key, header text, number formatter (None: text)."""

    key: str
    header: str
    formatter: Callable[[float], str] | None = None
    tooltip: str = ""


class FrameModel(QAbstractTableModel):
    """Shows ``frame[columns]``; numbers right-aligned and sorted as numbers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.frame = pd.DataFrame()
        self.columns: tuple[FrameColumn, ...] = ()
        self._values: list[np.ndarray] = []
        self._order = np.arange(0)

    def set_frame(self, frame: pd.DataFrame, columns: Sequence[FrameColumn]) -> None:
        """Show ``frame`` with ``columns`` (in frame order until sorted)."""
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        self.columns = tuple(columns)
        self._values = [self.frame[c.key].to_numpy() for c in self.columns]
        self._order = np.arange(len(self.frame))
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self._values[index.column()][self._order[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            if is_missing(value):
                return MISSING
            if column.formatter is not None:
                return column.formatter(float(value))
            return str(value)
        if role == SORT_ROLE:
            return None if is_missing(value) else value.item() if hasattr(value, "item") else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.formatter else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column.formatter is None
            and not is_missing(value)
        ):
            return str(value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if section >= len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tooltip or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        numeric = self.columns[column].formatter is not None
        descending = order == Qt.SortOrder.DescendingOrder
        self._order = sort_order(self._values[column], numeric, descending)
        self.layoutChanged.emit()

    def shown_frame(self) -> pd.DataFrame:
        """The rows in display order, the model's columns only."""
        return self.frame.iloc[self._order][[c.key for c in self.columns]]

    def column_values(self, key: str) -> list[object]:
        """One column's raw values in display order."""
        position = [c.key for c in self.columns].index(key)
        return [self._values[position][row] for row in self._order]
