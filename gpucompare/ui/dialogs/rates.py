"""Preferences: exchange rates, with their date and source, editable by the user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gpucompare.core.currency import BASE, Currency, load_currencies, with_rate
from gpucompare.core.issues import InputError
from gpucompare.ui.labels.data_labels import data_label
from gpucompare.ui.widgets.range_edit import parse_number


class RatesDialog(QDialog):
    """Edit how many units of each currency one US dollar buys."""

    RATE_COLUMN = 2

    def __init__(self, currencies: dict[str, Currency], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ratesDialog")
        self.setWindowTitle(self.tr("Exchange rates"))
        self.resize(720, 260)
        self._bundled = load_currencies()
        self.currencies = dict(currencies)
        intro = QLabel(
            self.tr(
                "The catalog stays in USD; prices are converted for display at these rates. "
                "Edit a rate to use your own."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Currency"),
                self.tr("Name"),
                self.tr("Per 1 USD"),
                self.tr("Date"),
                self.tr("Source"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.error = QLabel(self)
        self.error.setObjectName("inputError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        reset = QPushButton(self.tr("Reset to the bundled rates"), self)
        reset.clicked.connect(self.reset)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self._fill()
        self.table.itemChanged.connect(self._edited)

    def _fill(self) -> None:
        self.table.blockSignals(True)
        rows = [c for code, c in self.currencies.items() if code != BASE]
        self.table.setRowCount(len(rows))
        for row, money in enumerate(rows):
            name = data_label(money.name)
            cells = [money.code, name, f"{money.per_usd:g}", money.date, money.source]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != self.RATE_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, money.code)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() != self.RATE_COLUMN:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        try:
            rate = parse_number(item.text())
            if rate is None:
                raise ValueError(item.text())
            self.currencies[code] = with_rate(self._bundled[code], rate)
        except (ValueError, InputError):
            self.error.setText(
                self.tr("{code}: type a positive number, e.g. 7.1").format(code=code)
            )
            self.error.setVisible(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.error.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._fill()

    def reset(self) -> None:
        """Back to the rates shipped with gpucompare."""
        self.currencies = dict(self._bundled)
        self.error.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._fill()

    def user_rates(self) -> dict[str, float]:
        """The rates that differ from the bundled ones (what settings keep)."""
        return {
            code: money.per_usd
            for code, money in self.currencies.items()
            if code in self._bundled and money.per_usd != self._bundled[code].per_usd
        }
