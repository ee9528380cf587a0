"""The main window: table over charts, filters on the left, details on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from gpucompare.core.catalog.schema import PRECISION_COLUMNS
from gpucompare.core.state import AppState
from gpucompare.ui.charts.ranking import RankingPanel
from gpucompare.ui.charts.scatter import ScatterPanel
from gpucompare.ui.charts.trend import TrendPanel
from gpucompare.ui.commands import files as file_commands
from gpucompare.ui.commands.scenario_menu import ScenarioMenu
from gpucompare.ui.i18n import set_language
from gpucompare.ui.pages.hardware.compare_panel import ComparePanel
from gpucompare.ui.pages.hardware.details_panel import DetailsPanel
from gpucompare.ui.pages.hardware.filter_panel import FilterPanel
from gpucompare.ui.pages.hardware.table_panel import CatalogTable
from gpucompare.ui.pages.lazy import LazyPage
from gpucompare.ui.settings import Settings
from gpucompare.ui.widgets.quiet import select_data
from gpucompare.ui.widgets.view_menu import ViewMenu

if TYPE_CHECKING:  # the calculator pages are imported when first opened
    from gpucompare.ui.pages.inference.panel import InferencePanel
    from gpucompare.ui.pages.training.panel import TrainingPanel

DEFAULT_SIZE = QSize(1300, 720)  # fits a 1366×768 screen with its taskbar
CHART_PRECISIONS = ("FP32", "TF32", "FP16", "BF16", "FP8", "FP4", "INT8", "FP64")


class MainWindow(QMainWindow):
    """Holds the panels; every panel talks only to the state."""

    def __init__(self, state: AppState, settings: Settings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings or Settings()
        self.setObjectName("mainWindow")
        self.resize(DEFAULT_SIZE)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )

        self.table = CatalogTable(state, self)
        self.scatter = ScatterPanel(state, self)
        self.ranking = RankingPanel(state, self)
        self.trend = TrendPanel(state, self)
        self.compare = ComparePanel(state, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("chartTabs")
        self.tabs.setDocumentMode(True)
        for panel in (self.scatter, self.ranking, self.trend, self.compare):
            self.tabs.addTab(panel, "")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([330, 420])
        self.training_page = LazyPage(self._build_training, self)
        self.inference_page = LazyPage(self._build_inference, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addTab(self.splitter, "")
        self.pages.addTab(self.training_page, "")
        self.pages.addTab(self.inference_page, "")
        self.setCentralWidget(self.pages)
        self._details_wanted = True
        self._on_hardware = True
        self.pages.currentChanged.connect(self._page_changed)

        self.filters = FilterPanel(state, self)
        self.filters.setMinimumWidth(250)
        self.filters_dock = self._dock(
            "filtersDock", self.filters, Qt.DockWidgetArea.LeftDockWidgetArea, 250
        )
        self.details = DetailsPanel(state, self)
        self.details.setMinimumWidth(230)
        self.details_dock = self._dock(
            "detailsDock", self.details, Qt.DockWidgetArea.RightDockWidgetArea, 290
        )

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_toolbar()
        self._build_menus()
        self.compare.export_button.clicked.connect(lambda: file_commands.export_comparison(self))

        state.data_changed.connect(self._update_count)
        state.selection_changed.connect(self._update_count)
        state.precision_changed.connect(self._sync_toolbar)
        state.currency_changed.connect(self._sync_toolbar)
        state.compare_changed.connect(self._show_compare)
        self.retranslate()

    # Layout ------------------------------------------------------------------------------------
    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea, width: int) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        return dock

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

        self.open_action = self._action(
            QKeySequence.StandardKey.Open, lambda: file_commands.open_catalog(self)
        )
        self.revert_action = self._action(None, lambda: file_commands.revert_catalog(self))
        self.export_table_action = self._action("Ctrl+E", lambda: file_commands.export_table(self))
        self.export_png_action = self._action(None, lambda: file_commands.export_chart(self, "png"))
        self.export_svg_action = self._action(None, lambda: file_commands.export_chart(self, "svg"))
        self.export_compare_action = self._action(
            None, lambda: file_commands.export_comparison(self)
        )
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
        self.compare_action = self._action("Ctrl+D", self.compare.compare_selection)
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
        self.about_action = self._action(None, lambda: file_commands.show_about(self))
        self.help_menu.addAction(self.about_action)

    @property
    def training(self) -> TrainingPanel:
        """The training calculator (built on first use)."""
        return self.training_page.panel()  # type: ignore[return-value]

    @property
    def inference(self) -> InferencePanel:
        """The inference panel (built on first use)."""
        return self.inference_page.panel()  # type: ignore[return-value]

    def _build_training(self) -> TrainingPanel:
        from gpucompare.ui.pages.training.panel import TrainingPanel

        panel = TrainingPanel(self.state, self)
        panel.export_result_button.clicked.connect(
            lambda: file_commands.export_training_result(self)
        )
        panel.ranking_view.export_button.clicked.connect(
            lambda: file_commands.export_training_ranking(self)
        )
        self.settings.restore_splitter("training", panel.splitter)
        return panel

    def _build_inference(self) -> InferencePanel:
        from gpucompare.ui.pages.inference.panel import InferencePanel

        panel = InferencePanel(self.state, self)
        panel.ranking_view.export_button.clicked.connect(
            lambda: file_commands.export_inference_ranking(self)
        )
        self.settings.restore_splitter("inference", panel.splitter)
        return panel

    def _action(self, shortcut, slot, checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setCheckable(checkable)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    # Texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text of the window in the current UI language."""
        self.setWindowTitle(self.tr("gpucompare — AI accelerator comparison"))
        self.tabs.setTabText(0, self.tr("Scatter"))
        self.tabs.setTabText(1, self.tr("Ranking"))
        self.tabs.setTabText(2, self.tr("Trend"))
        self.tabs.setTabText(3, self.tr("Compare"))
        self.pages.setTabText(0, self.tr("Compare hardware"))
        self.pages.setTabText(1, self.tr("Training cost"))
        self.pages.setTabText(2, self.tr("Inference"))
        self.filters_dock.setWindowTitle(self.tr("Filters"))
        self.details_dock.setWindowTitle(self.tr("Details"))
        self.precision_caption.setText(self.tr(" Precision (dense): "))
        self.precision_combo.setToolTip(
            self.tr("Every FLOPS column, metric and chart uses the dense peak at this precision.")
        )
        self.currency_caption.setText(self.tr(" Currency: "))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.retranslate()
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_action.setText(self.tr("&Open catalog file…"))
        self.revert_action.setText(self.tr("&Remove my catalog files"))
        self.export_table_action.setText(self.tr("&Export table as CSV…"))
        self.export_png_action.setText(self.tr("Export chart as &PNG…"))
        self.export_svg_action.setText(self.tr("Export chart as &SVG…"))
        self.export_compare_action.setText(self.tr("Export &comparison as CSV…"))
        self.bom_action.setText(self.tr("CSV for E&xcel (UTF-8 with BOM)"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find…"))
        self.compare_action.setText(self.tr("Co&mpare selected"))
        self.reset_filters_action.setText(self.tr("&Reset filters"))
        self.about_action.setText(self.tr("&About gpucompare"))
        self.scenario_menu.retranslate()
        built = [page.panel() for page in (self.training_page, self.inference_page) if page.built]
        for panel in (self.filters, self.scatter, self.ranking, self.trend, self.compare, *built):
            panel.retranslate()
        self.table.model_.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(0, self.table.model_.columnCount() - 1)
        )
        self.details.refresh()
        self.table.model_.refresh()
        self._update_count()

    # State followers ---------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch the UI language live and remember it."""
        code = set_language(code)
        for action in self.language_group.actions():
            action.setChecked(action.data() == code)
        self.settings.set_value("ui/language", code)
        self.retranslate()

    def _sync_toolbar(self) -> None:
        for combo, value in (
            (self.precision_combo, self.state.precision),
            (self.currency_combo, self.state.currency.code),
        ):
            select_data(combo, value)
        if hasattr(self, "currency_group"):
            for action in self.currency_group.actions():
                action.setChecked(action.data() == self.state.currency.code)

    def _update_count(self) -> None:
        shown, total = int(self.state.mask.sum()), len(self.state.catalog)
        text = self.tr("Showing {shown} of {total} devices").format(shown=shown, total=total)
        selected = len(self.state.selected_ids)
        if selected:
            text += " · " + self.tr("{n} selected").format(n=selected)
        if self.state.extra_files:
            text += " · " + self.tr("{n} user file(s) merged").format(n=len(self.state.extra_files))
        self.count_label.setText(text)

    def _page_changed(self, index: int) -> None:
        """Details describe a catalog device: shown on the hardware page only."""
        entering_hardware = self.pages.widget(index) is self.splitter
        if entering_hardware:
            self.details_dock.setVisible(self._details_wanted)
        elif self._on_hardware:
            self._details_wanted = self.details_dock.isVisible()
            self.details_dock.setVisible(False)
        self._on_hardware = entering_hardware

    def _show_compare(self) -> None:
        if self.state.compare_ids:
            self.pages.setCurrentWidget(self.splitter)
            self.tabs.setCurrentWidget(self.compare)

    def current_chart_plot(self):
        """The pyqtgraph plot of the chart tab on show (the scatter if none)."""
        panel = self.tabs.currentWidget()
        return getattr(panel, "plot", self.scatter.plot)

    # Persistence -------------------------------------------------------------------------------
    def splitters(self) -> dict[str, QSplitter]:
        """Splitters whose positions persist."""
        splitters = {"main": self.splitter}
        for name, page in (("training", self.training_page), ("inference", self.inference_page)):
            if page.built:
                splitters[name] = page.panel().splitter
        return splitters

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_state(self.state)
        self.settings.save_window(self, self.splitters())
        self.settings.set_value("ui/csv_bom", self.bom_action.isChecked())
        self.settings.set_value("ui/chinese_units", self.units_action.isChecked())
        self.settings.set_value("state/extra_files", list(self.state.extra_files))
        self.settings.sync()
        super().closeEvent(event)
