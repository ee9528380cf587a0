"""The catalog table: sortable, multi-select, with a column chooser on its header."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from gpucompare.core.catalog.fields import FIELDS, field
from gpucompare.core.state import DEFAULT_COLUMNS, AppState
from gpucompare.ui.labels.catalog import field_label
from gpucompare.ui.models.catalog_table import CatalogTableModel
from gpucompare.ui.widgets.header_fit import bold_metrics, header_width, set_wrapping

NOTES_WIDTH_PX = 170
NAME_MAX_PX = 240  # a longer name ends in "…"
TEXT_COLUMN_MAX_PX = 140  # vendor, kind, form factor…: the same for longer values
CELL_PADDING_PX = 14
LONGEST_SAMPLE = 12


class CatalogTable(QTableView):
    """Shows the filtered catalog and keeps the state's selection in step with its own."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self._syncing = False
        self._sized_for: tuple[object, ...] | None = None
        self._widths_of: pd.DataFrame | None = None  # the catalog _widths were measured on
        self._widths: dict[str, int] = {}
        self.setObjectName("catalogTable")
        rows = self.verticalHeader()
        rows.setDefaultSectionSize(24)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.hide()  # a row's position says nothing; sizing 4 roles × every row cost start-up
        self.model_ = CatalogTableModel(state, self)
        self.setModel(self.model_)
        self.horizontalHeader().setSortIndicatorShown(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionsMovable(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setStretchLastSection(False)
        header.setDefaultSectionSize(110)
        self.selectionModel().selectionChanged.connect(self._selection_from_view)
        self.model_.modelReset.connect(self._after_reset)
        state.selection_changed.connect(self._selection_from_state)
        self._after_reset()  # fits the columns, and remembers the headers it fitted them to

    # Columns ---------------------------------------------------------------------------
    def _header_menu(self, position: QPoint) -> None:
        self.column_menu().exec(self.horizontalHeader().mapToGlobal(position))

    def column_menu(self) -> QMenu:
        """A menu with one checkable action per field, and a reset action."""
        menu = QMenu(self.tr("Columns"), self)
        visible = set(self._state.visible_columns)
        state = self._state
        for field_id, spec in FIELDS.items():
            if field_id in ("id",):
                continue
            label = field_label(field_id, state.precision, state.currency.code)
            action = QAction(label, menu, checkable=True, checked=field_id in visible)
            action.setData(field_id)
            action.setToolTip(spec.description)
            action.toggled.connect(lambda on, f=field_id: self.set_column_visible(f, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset to default columns"))
        reset.triggered.connect(lambda: state.set_visible_columns(DEFAULT_COLUMNS))
        return menu

    def set_column_visible(self, field_id: str, visible: bool) -> None:
        """Show or hide one field, keeping the schema's column order."""
        shown = set(self._state.visible_columns)
        shown = shown | {field_id} if visible else shown - {field_id}
        ordered = [f for f in FIELDS if f in shown]
        self._state.set_visible_columns(ordered)

    def _size_columns(self) -> None:
        """Every header in full (bold, wrapped onto two lines when long); text columns wide
        enough for their longest values, up to a limit."""
        header, model = self.horizontalHeader(), self.model_
        metrics = bold_metrics(header)
        wraps = False
        for column, field_id in enumerate(model.columns):
            text = str(model.headerData(column, Qt.Orientation.Horizontal))
            width, wrapped = header_width(text, metrics)
            wraps = wraps or wrapped
            if field_id == "notes":
                width = NOTES_WIDTH_PX
            elif not field(field_id).numeric:
                limit = NAME_MAX_PX if field_id == "name" else TEXT_COLUMN_MAX_PX
                width = max(width, min(limit, self._widest_value(field_id)))
            header.resizeSection(column, width)
        set_wrapping(header, 2 if wraps else 1)

    def _widest_value(self, field_id: str) -> int:
        """Width of the longest values of a text column (the longest few by length).

        Measured on the distinct values only (a merged price list may hold 100,000 rows),
        and once per catalog: a precision or language change renames the headers only.
        """
        catalog = self._state.catalog
        if catalog is not self._widths_of:
            self._widths_of, self._widths = catalog, {}
        if field_id not in self._widths:
            column = catalog[field_id].to_numpy(dtype=object, na_value="")  # no dropna(): slow
            values = [str(v) for v in pd.unique(column)]
            lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
            longest = [values[i] for i in np.argsort(lengths)[-LONGEST_SAMPLE:]]
            metrics = self.fontMetrics()
            widest = max((metrics.horizontalAdvance(v) for v in longest), default=0)
            self._widths[field_id] = widest + CELL_PADDING_PX
        return self._widths[field_id]

    def _after_reset(self) -> None:
        model = self.model_
        key = tuple(
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        )
        if key != self._sized_for:
            self._sized_for = key
            self._size_columns()
        self._selection_from_state()

    # Selection ---------------------------------------------------------------------------
    def _selection_from_view(self, *_: object) -> None:
        if self._syncing:
            return
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        ids = [self.model_.id_at(r) for r in rows]
        current = self.currentIndex()
        current_id = self.model_.id_at(current.row()) if current.isValid() and ids else None
        self._syncing = True
        try:
            self._state.set_selection(ids, current_id if current_id in ids else None)
        finally:
            self._syncing = False

    def _selection_from_state(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            selection = QItemSelection()
            last = self.model_.columnCount() - 1
            rows = self.model_.rows_of(set(self._state.selected_ids))
            for row in rows:
                selection.select(self.model_.index(row, 0), self.model_.index(row, last))
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.selectionModel().select(selection, flags)
            current = self._state.current_id
            if current is not None:
                current_rows = self.model_.rows_of({current})
                if current_rows:
                    index = self.model_.index(current_rows[0], 0)
                    self.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.NoUpdate
                    )
                    self.scrollTo(index)
        finally:
            self._syncing = False
