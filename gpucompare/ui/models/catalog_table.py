"""The catalog table model: a thin QAbstractTableModel over the filtered view.

Cells are formatted on demand (only visible cells are asked for); numbers stay numbers
under ``SORT_ROLE`` so sorting is numeric. Sorting permutes row order with numpy and
never touches the data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from gpucompare.core.catalog.fields import field
from gpucompare.core.catalog.loading import source_urls
from gpucompare.core.catalog.published import listed_tokens, not_published_mask, tokens_of
from gpucompare.core.state import AppState
from gpucompare.ui.formatting import format_value, is_missing
from gpucompare.ui.labels.catalog import choice_label, field_description, field_label
from gpucompare.ui.labels.published import not_published_text, not_published_tooltip

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
# Plain ints: data() runs for every visible cell and role, and enum comparisons are slow.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_HANDLED_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, _TOOLTIP, SORT_ROLE, ID_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_MISSING_COLOUR = QBrush(QColor("#8a8f98"))
_CHOICE_FIELDS = frozenset(
    {"kind", "segment", "launch_price_kind", "pytorch_support", "vllm_support"}
)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def sort_order(values: np.ndarray, numeric: bool, descending: bool) -> np.ndarray:
    """Stable permutation sorting ``values``; unknown values last in both directions."""
    if numeric:
        numbers = np.asarray(values, dtype="float64")
        missing = np.isnan(numbers)
        keys = -numbers if descending else numbers
        return np.lexsort((np.where(missing, 0.0, keys), missing))
    series = pd.Series(values, dtype="object")
    missing_mask = series.isna().to_numpy()
    text = series.fillna("").astype(str).str.casefold()
    order = text.sort_values(kind="stable", ascending=not descending).index.to_numpy()
    return np.concatenate([order[~missing_mask[order]], order[missing_mask[order]]])


class CatalogTableModel(QAbstractTableModel):
    """Rows: the filtered devices; columns: the state's visible fields."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self._frame = state.filtered
        self._columns: tuple[str, ...] = state.visible_columns
        self._values: dict[str, np.ndarray] = {}
        self._order = np.arange(len(self._frame))
        self._sort: tuple[str, bool] | None = None
        self._load()
        state.data_changed.connect(self.refresh)
        state.columns_changed.connect(self.refresh)

    # Loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the state (filters, precision, currency or columns changed)."""
        self.beginResetModel()
        self._frame = self._state.filtered
        self._columns = self._state.visible_columns
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        columns = set(self._columns) | {"id", "name", "sources", "notes", "not_published"}
        self._values = {c: self._frame[c].to_numpy() for c in columns}
        self._not_published = not_published_mask(self._frame, self._columns, self._state.precision)
        self._np_text = not_published_text()
        self._specs = [field(c) for c in self._columns]
        self._alignments = [_RIGHT if spec.numeric else _LEFT for spec in self._specs]
        self._locale = QLocale()
        state = self._state
        self._headers = [
            field_label(c, state.precision, state.currency.code) for c in self._columns
        ]
        self._order = np.arange(len(self._frame))
        if self._sort is not None and self._sort[0] in self._values:
            self._order = self._sorted(*self._sort)
        elif self._sort is not None:
            self._sort = None

    # Shape -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    @property
    def columns(self) -> tuple[str, ...]:
        """Field id of each column."""
        return self._columns

    def column_of(self, field_id: str) -> int:
        """Column number of ``field_id``, or -1."""
        return self._columns.index(field_id) if field_id in self._columns else -1

    def id_at(self, row: int) -> str:
        """Device id shown in ``row``."""
        return str(self._values["id"][self._order[row]])

    def rows_of(self, ids: set[str]) -> list[int]:
        """Display rows of the devices ``ids`` (vectorized)."""
        shown = self._values["id"][self._order]
        return np.flatnonzero(np.isin(shown, list(ids))).tolist()

    def shown_frame(self) -> pd.DataFrame:
        """The rows as displayed (filtered and sorted) with the visible columns."""
        return self._frame.iloc[self._order][list(self._columns)]

    # Cells -------------------------------------------------------------------------------
    def data(self, index: Index, role: int = _DISPLAY):
        if role not in _HANDLED_ROLES or not index.isValid():
            return None
        column = index.column()
        field_id = self._columns[column]
        row = self._order[index.row()]
        value = self._values[field_id][row]
        if role == _DISPLAY:
            if self._not_published[field_id][row]:
                return self._np_text
            if field_id in _CHOICE_FIELDS and not is_missing(value):
                return choice_label(str(value))
            return format_value(
                value, self._specs[column], self._locale, chinese_units=self._state.chinese_units
            )
        if role == _ALIGNMENT:
            return self._alignments[column]
        if role == _FOREGROUND:
            return _MISSING_COLOUR if is_missing(value) else None
        if role == SORT_ROLE:
            return None if is_missing(value) else value.item() if hasattr(value, "item") else value
        if role == ID_ROLE:
            return str(self._values["id"][row])
        if self._not_published[field_id][row]:
            return self._np_tooltip(field_id, row)
        return self._tooltip(row)

    def _np_tooltip(self, field_id: str, row: int) -> str:
        state = self._state
        listed = listed_tokens(self._values["not_published"][row])
        tokens = [t for t in tokens_of(field_id, state.precision) if t in listed]
        return not_published_tooltip(tokens, state.precision, state.currency.code)

    def _tooltip(self, row: int) -> str:
        name = self._values["name"][row]
        urls = source_urls(self._values["sources"][row])
        lines = [f"<b>{name}</b>", self.tr("Sources:")]
        lines += [f"&nbsp;&nbsp;{url}" for url in urls] or [self.tr("none")]
        notes = self._values["notes"][row]
        if not is_missing(notes):
            lines.append(f"<i>{notes}</i>")
        return "<br>".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if role != _DISPLAY and role != _TOOLTIP:
            return None
        if orientation == Qt.Orientation.Vertical or section >= len(self._columns):
            return None
        if role == _DISPLAY:
            return self._headers[section]
        return field_description(self._columns[section])

    # Sorting --------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old_order = self._order
        self._sort = (self._columns[column], descending)
        self._order = self._sorted(*self._sort)
        self._move_persistent_indexes(old_order)
        self.layoutChanged.emit()

    def _sorted(self, field_id: str, descending: bool) -> np.ndarray:
        return sort_order(self._values[field_id], field(field_id).numeric, descending)

    def _move_persistent_indexes(self, old_order: np.ndarray) -> None:
        new_row_of = np.empty_like(self._order)
        new_row_of[self._order] = np.arange(len(self._order))
        old = self.persistentIndexList()
        new = [self.index(int(new_row_of[old_order[i.row()]]), i.column()) for i in old]
        self.changePersistentIndexList(old, new)
