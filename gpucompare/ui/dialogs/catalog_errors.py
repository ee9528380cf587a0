"""A dialog listing every problem of a rejected catalog file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from gpucompare.core.issues import CatalogError
from gpucompare.ui.labels.validation import reason_text


class CatalogErrorsDialog(QDialog):
    """Shows file, line, column, value and reason of each problem; changes nothing."""

    def __init__(self, path: str, error: CatalogError, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogErrorsDialog")
        self.setWindowTitle(self.tr("Catalog file not loaded"))
        self.resize(820, 420)
        count = len(error.issues)
        summary = QLabel(
            self.tr(
                "{path} was not loaded: {n} problem(s) found. Nothing was changed. "
                "Fix the file and open it again."
            ).format(path=path, n=count),
            self,
        )
        summary.setWordWrap(True)
        self.issues = QTreeWidget(self)
        self.issues.setRootIsDecorated(False)
        self.issues.setAlternatingRowColors(True)
        self.issues.setHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        )
        for issue in error.issues:
            item = QTreeWidgetItem(
                [
                    "" if issue.line is None else str(issue.line),
                    issue.column or "",
                    issue.value or "",
                    reason_text(issue.reason),
                ]
            )
            item.setToolTip(3, str(issue))
            self.issues.addTopLevelItem(item)
        for column, width in enumerate((60, 170, 150)):
            self.issues.setColumnWidth(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.issues, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """The listed problems as text (line, column, value, reason)."""
        result = []
        for index in range(self.issues.topLevelItemCount()):
            item = self.issues.topLevelItem(index)
            result.append(tuple(item.text(c) for c in range(4)))
        return result
