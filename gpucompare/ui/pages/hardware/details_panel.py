"""Details of the current device: every field, its observed prices, a price history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as TextQt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from gpucompare.core.state import AppState
from gpucompare.ui.pages.hardware.device_text import DeviceText
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible

if TYPE_CHECKING:  # built with the first price history
    from gpucompare.ui.pages.hardware.price_history import PriceHistoryChart


class DetailsPanel(RefreshesWhenShown, QWidget):
    """Shows the state's current device."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("detailsPanel")
        self.text = DeviceText(self)
        self._history: PriceHistoryChart | None = None
        self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        self._splitter.addWidget(self.text)
        self._splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._splitter)
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

    @property
    def history(self) -> PriceHistoryChart:
        """The price-history chart, built the first time a device has a history."""
        if self._history is None:
            from gpucompare.ui.pages.hardware.price_history import PriceHistoryChart

            self._history = PriceHistoryChart(self)
            self._history.setVisible(False)
            self._splitter.addWidget(self._history)
            self._splitter.setStretchFactor(0, 3)
        return self._history

    @when_visible
    def refresh(self) -> None:
        """Render the current device (or a hint when there is none)."""
        state = self._state
        device = state.current_id
        view = state.view
        rows = view.loc[view["id"] == device] if device else view.iloc[:0]
        if rows.empty:
            self.price_rows = None
            hint = TextQt.convertFromPlainText(
                self.tr("Select a device to see its details and sources."),
                TextQt.WhiteSpaceMode.WhiteSpaceNormal,
            )
            self.text.setHtml(f"<div style='color:#6b7280'>{hint}</div>")
            if self._history is not None:
                self._history.setVisible(False)
            return
        # The renderers load with the first device shown: a start shows the hint above.
        from gpucompare.core.catalog.price_rows import device_prices, price_history
        from gpucompare.ui.pages.hardware.device_html import device_html
        from gpucompare.ui.pages.hardware.price_html import prices_html

        row = rows.iloc[0]
        priced = state.catalog.loc[state.catalog["id"] == device].iloc[0]
        self.price_rows = device_prices(
            state.prices, priced, state.price_policy, state.currencies, state.currency
        )
        self.text.setHtml(device_html(row, state) + prices_html(self.price_rows, state))
        code = state.currency.code
        purchase = price_history(self.price_rows, cloud=False)
        cloud = price_history(self.price_rows, cloud=True)
        if self._history is None and purchase.empty and cloud.empty:
            return
        self.history.show_history(
            purchase,
            cloud,
            {
                "purchase": self.tr("Purchase ({currency})").format(currency=code),
                "cloud": self.tr("Cloud ({currency}/h)").format(currency=code),
            },
            {"purchase": code, "cloud": f"{code}/h"},
        )
