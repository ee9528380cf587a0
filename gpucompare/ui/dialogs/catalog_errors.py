"""A dialog listing every problem of a rejected catalog file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gpucompare.core.issues import CatalogError
from gpucompare.ui.labels.messages import message_text

COLUMN_WIDTHS = (60, 170, 150)  # line, column, value; the problem takes the rest


class CatalogErrorsDialog(QDialog):
    """Shows file, line, column, value and reason of each problem; changes nothing.

    Long reasons wrap (the rows grow) instead of being cut with "…".
    """

    def __init__(self, path: str, error: CatalogError, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogErrorsDialog")
        self.setWindowTitle(self.tr("Catalog file not loaded"))
        self.resize(820, 420)
        summary = QLabel(self.summary_text(path, len(error.issues)), self)
        summary.setWordWrap(True)
        self.issues = QTableWidget(len(error.issues), 4, self)
        self.issues.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        )
        self.issues.verticalHeader().hide()
        self.issues.setAlternatingRowColors(True)
        self.issues.setWordWrap(True)
        self.issues.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.issues.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.issues.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            self.issues.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.issues.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, issue in enumerate(error.issues):
            cells = (
                "" if issue.line is None else str(issue.line),
                issue.column or "",
                issue.value or "",
                message_text(issue.reason),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(cells[3])
                self.issues.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.issues, 1)
        layout.addWidget(buttons)

    def summary_text(self, path: str, count: int) -> str:
        """The sentence above the list, in the singular or plural."""
        if count == 1:
            text = self.tr(
                "{path} was not loaded: 1 problem found. Nothing was changed. "
                "Fix the file and open it again."
            )
        else:
            text = self.tr(
                "{path} was not loaded: {n} problems found. Nothing was changed. "
                "Fix the file and open it again."
            )
        return text.format(path=path, n=count)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """The listed problems as text (line, column, value, reason)."""
        return [
            tuple(self.issues.item(row, column).text() for column in range(4))
            for row in range(self.issues.rowCount())
        ]
