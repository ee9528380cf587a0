"""The main window's toolbar, menus and actions, with their texts.

A mixin for :class:`~gpucompare.ui.main_window.MainWindow`: it needs the window's
``state``, ``settings``, ``filters`` and ``close``, and sets the actions as window
attributes (``open_action``, ``compare_action``…) that tests and the settings code use.
The File commands are imported when first run, not at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar

from gpucompare.core.catalog.schema import PRECISION_COLUMNS
from gpucompare.ui.commands.deferred import file_command
from gpucompare.ui.commands.scenario_menu import ScenarioMenu
from gpucompare.ui.widgets.quiet import select_data
from gpucompare.ui.widgets.view_menu import ViewMenu

CHART_PRECISIONS = ("FP32", "TF32", "FP16", "BF16", "FP8", "FP4", "INT8", "FP64")


class MainMenus:
    """Toolbar (precision, currency, compare, export) and the File, Edit, View, Help menus."""

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.precision_caption = QLabel(self)
        self.precision_combo = QComboBox(self)
        self.precision_combo.setObjectName("precisionCombo")
        for precision in CHART_PRECISIONS:
            if precision in PRECISION_COLUMNS:
                self.precision_combo.addItem(precision, precision)
        self.precision_combo.currentIndexChanged.connect(
            lambda: self.state.set_precision(self.precision_combo.currentData())
        )
        self.currency_caption = QLabel(self)
        self.currency_combo = QComboBox(self)
        self.currency_combo.setObjectName("currencyCombo")
        for code, currency in self.state.currencies.items():
            self.currency_combo.addItem(f"{code} {currency.symbol}", code)
        self.currency_combo.currentIndexChanged.connect(
            lambda: self.state.set_currency(self.currency_combo.currentData())
        )
        for widget in (self.precision_caption, self.precision_combo):
            bar.addWidget(widget)
        bar.addSeparator()
        for widget in (self.currency_caption, self.currency_combo):
            bar.addWidget(widget)
        bar.addSeparator()
        self.toolbar = bar
        self._sync_toolbar()

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.edit_menu = QMenu(self)
        self.view_menu = ViewMenu(self)
        self.help_menu = QMenu(self)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            menu_bar.addMenu(menu)

        run = file_command
        self.open_action = self._action(QKeySequence.StandardKey.Open, run(self, "open_catalog"))
        self.revert_action = self._action(None, run(self, "revert_catalog"))
        self.export_table_action = self._action("Ctrl+E", run(self, "export_table"))
        self.export_png_action = self._action(None, run(self, "export_chart", "png"))
        self.export_svg_action = self._action(None, run(self, "export_chart", "svg"))
        self.export_compare_action = self._action(None, run(self, "export_comparison"))
        self.bom_action = self._action(None, None, checkable=True)
        self.bom_action.setChecked(self.settings.bool_value("ui/csv_bom", False))
        self.quit_action = self._action("Ctrl+Q", self.close)
        self.file_menu.addActions([self.open_action, self.revert_action])
        self.file_menu.addSeparator()
        self.scenario_menu = ScenarioMenu(self, self.file_menu, self.edit_menu, self.open_action)
        self.file_menu.addActions(
            [
                self.export_table_action,
                self.export_png_action,
                self.export_svg_action,
                self.export_compare_action,
            ]
        )
        self.file_menu.addAction(self.bom_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.find_action = self._action(QKeySequence.StandardKey.Find, self.filters.focus_search)
        self.compare_action = self._action("Ctrl+D", lambda: self.compare.compare_selection())
        self.reset_filters_action = self._action(
            None, lambda: self.state.set_filters(type(self.state.filters)())
        )
        self.edit_menu.addActions(
            [self.find_action, self.compare_action, self.reset_filters_action]
        )
        self.toolbar.addAction(self.compare_action)
        self.toolbar.addAction(self.export_table_action)

        # The View menu's parts, by the names tests and the settings code use.
        self.columns_menu = self.view_menu.columns_menu
        self.currency_group = self.view_menu.currency_group
        self.prices_menu = self.view_menu.prices_menu
        self.rates_action = self.view_menu.rates_action
        self.language_group = self.view_menu.language_group
        self.units_action = self.view_menu.units_action
        self.about_action = self._action(None, run(self, "show_about"))
        self.help_menu.addAction(self.about_action)

    def _action(self, shortcut, slot, checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setCheckable(checkable)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _retranslate_menus(self) -> None:
        # The texts keep the MainWindow context they had before this split.
        self.precision_caption.setText(
            QCoreApplication.translate("MainWindow", " Precision (dense): ")
        )
        self.precision_combo.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "Every FLOPS column, metric and chart uses the dense peak at this precision.",
            )
        )
        self.currency_caption.setText(QCoreApplication.translate("MainWindow", " Currency: "))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.view_menu.retranslate()
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.open_action.setText(QCoreApplication.translate("MainWindow", "&Open catalog file…"))
        self.revert_action.setText(
            QCoreApplication.translate("MainWindow", "&Remove my catalog files")
        )
        self.export_table_action.setText(
            QCoreApplication.translate("MainWindow", "&Export table as CSV…")
        )
        self.export_png_action.setText(
            QCoreApplication.translate("MainWindow", "Export chart as &PNG…")
        )
        self.export_svg_action.setText(
            QCoreApplication.translate("MainWindow", "Export chart as &SVG…")
        )
        self.export_compare_action.setText(
            QCoreApplication.translate("MainWindow", "Export &comparison as CSV…")
        )
        self.bom_action.setText(
            QCoreApplication.translate("MainWindow", "CSV for E&xcel (UTF-8 with BOM)")
        )
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.find_action.setText(QCoreApplication.translate("MainWindow", "&Find…"))
        self.compare_action.setText(QCoreApplication.translate("MainWindow", "Co&mpare selected"))
        self.reset_filters_action.setText(
            QCoreApplication.translate("MainWindow", "&Reset filters")
        )
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About gpucompare"))
        self.scenario_menu.retranslate()

    def _sync_toolbar(self) -> None:
        for combo, value in (
            (self.precision_combo, self.state.precision),
            (self.currency_combo, self.state.currency.code),
        ):
            select_data(combo, value)
        if hasattr(self, "currency_group"):
            for action in self.currency_group.actions():
                action.setChecked(action.data() == self.state.currency.code)
