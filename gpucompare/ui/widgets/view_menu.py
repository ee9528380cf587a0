"""The View menu: columns, panels, currency, prices, exchange rates, language, 万/亿."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from gpucompare.ui.commands.deferred import file_command
from gpucompare.ui.i18n import LANGUAGES, current_language
from gpucompare.ui.widgets.price_menu import PricePolicyMenu


class ViewMenu(QMenu):
    """Everything about how the window shows the catalog; it writes only to the state.

    ``window`` is the main window (its state, docks, table and ``set_language``); it is
    not imported here, so the window can import this module.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        state = window.state
        self.columns_menu = QMenu(self)
        self.columns_menu.aboutToShow.connect(lambda: self._fill_columns(window))
        self.addMenu(self.columns_menu)
        self.addAction(window.filters_dock.toggleViewAction())
        self.addAction(window.details_dock.toggleViewAction())
        self.currency_menu = QMenu(self)
        self.currency_group = QActionGroup(self)
        for code in state.currencies:
            action = QAction(code, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: state.set_currency(c))
            self.currency_group.addAction(action)
            self.currency_menu.addAction(action)
        self.addMenu(self.currency_menu)
        self.prices_menu = PricePolicyMenu(state, window)
        self.addMenu(self.prices_menu)
        self.rates_action = QAction(self)
        self.rates_action.triggered.connect(file_command(window, "edit_rates"))
        self.addAction(self.rates_action)
        self.language_menu = QMenu(self)
        self.language_group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _=False, c=code: window.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.addMenu(self.language_menu)
        self.units_action = QAction(self, checkable=True)
        self.units_action.toggled.connect(state.set_chinese_units)
        self.addAction(self.units_action)

    def _fill_columns(self, window: Any) -> None:
        self.columns_menu.clear()
        for action in window.table.column_menu().actions():
            self.columns_menu.addAction(action)

    def retranslate(self) -> None:
        """Texts in the UI language."""
        self.setTitle(self.tr("&View"))
        self.columns_menu.setTitle(self.tr("&Columns"))
        self.currency_menu.setTitle(self.tr("C&urrency"))
        self.rates_action.setText(self.tr("Exchange &rates…"))
        self.prices_menu.retranslate()
        self.language_menu.setTitle(self.tr("&Language"))
        self.units_action.setText(self.tr("Large amounts in 万 / 亿 (Chinese)"))
