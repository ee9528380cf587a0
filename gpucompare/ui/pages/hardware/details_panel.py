"""Details of the current device: every field, its observed prices, a price history."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from gpucompare.core.catalog.price_rows import device_prices, price_history
from gpucompare.core.state import AppState
from gpucompare.ui.pages.hardware.device_html import device_html
from gpucompare.ui.pages.hardware.device_text import DeviceText
from gpucompare.ui.pages.hardware.price_history import PriceHistoryChart
from gpucompare.ui.pages.hardware.price_html import prices_html
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible


class DetailsPanel(RefreshesWhenShown, QWidget):
    """Shows the state's current device."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("detailsPanel")
        self.text = DeviceText(self)
        self.history = PriceHistoryChart(self)
        self.history.setVisible(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.text)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.price_rows = None
        for signal in (
            state.selection_changed,
            state.precision_changed,
            state.currency_changed,
            state.catalog_changed,
            state.prices_changed,
        ):
            signal.connect(self.refresh)
        self.refresh()

    @when_visible
    def refresh(self) -> None:
        """Render the current device (or a hint when there is none)."""
        state = self._state
        device = state.current_id
        view = state.view
        rows = view.loc[view["id"] == device] if device else view.iloc[:0]
        if rows.empty:
            self.price_rows = None
            hint = html.escape(self.tr("Select a device to see its details and sources."))
            self.text.setHtml(f"<p style='color:#6b7280'>{hint}</p>")
            self.history.setVisible(False)
            return
        row = rows.iloc[0]
        priced = state.catalog.loc[state.catalog["id"] == device].iloc[0]
        self.price_rows = device_prices(
            state.prices, priced, state.price_policy, state.currencies, state.currency
        )
        self.text.setHtml(device_html(row, state) + prices_html(self.price_rows, state))
        code = state.currency.code
        self.history.show_history(
            price_history(self.price_rows, cloud=False),
            price_history(self.price_rows, cloud=True),
            {
                "year": self.tr("Date of the price"),
                "purchase": self.tr("Purchase ({currency})").format(currency=code),
                "cloud": self.tr("Cloud ({currency}/h)").format(currency=code),
            },
        )
