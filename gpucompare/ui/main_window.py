"""The main window: table over charts, filters on the left, details on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QWidget

from gpucompare.core.state import AppState
from gpucompare.ui.charts.scatter import ScatterPanel
from gpucompare.ui.commands.deferred import file_command
from gpucompare.ui.i18n import set_language
from gpucompare.ui.pages.hardware.details_panel import DetailsPanel
from gpucompare.ui.pages.hardware.filter_panel import FilterPanel
from gpucompare.ui.pages.hardware.table_panel import CatalogTable
from gpucompare.ui.pages.lazy import LazyPage, LazyTabs
from gpucompare.ui.settings import Settings
from gpucompare.ui.widgets.main_menus import MainMenus

if TYPE_CHECKING:  # the other charts and the calculator pages are built when first opened
    from gpucompare.ui.charts.ranking import RankingPanel
    from gpucompare.ui.charts.trend import TrendPanel
    from gpucompare.ui.pages.hardware.compare_panel import ComparePanel
    from gpucompare.ui.pages.inference.panel import InferencePanel
    from gpucompare.ui.pages.training.panel import TrainingPanel

DEFAULT_SIZE = QSize(1300, 720)  # fits a 1366×768 screen with its taskbar
DETAILS_WIDTH, DETAILS_MIN_WIDTH = 290, 230


class MainWindow(MainMenus, QMainWindow):
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
        self.tabs = LazyTabs(self)
        self.tabs.setObjectName("chartTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scatter, "")
        self.ranking_page = self.tabs.add_lazy("rankingPanel", self._build_ranking)
        self.trend_page = self.tabs.add_lazy("trendPanel", self._build_trend)
        self.compare_page = self.tabs.add_lazy("comparePanel", self._build_compare)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([330, 420])
        self.training_page = LazyPage(self._build_training, self)
        self.inference_page = LazyPage(self._build_inference, self)
        self.pages = LazyTabs(self)
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
        self.details.setMinimumWidth(DETAILS_MIN_WIDTH)
        # On a screen narrower than the default window, the details start at their minimum
        # so the table and charts keep the width (a saved layout still wins).
        small = self.screen().availableGeometry().width() < DEFAULT_SIZE.width()
        self.details_dock = self._dock(
            "detailsDock",
            self.details,
            Qt.DockWidgetArea.RightDockWidgetArea,
            DETAILS_MIN_WIDTH if small else DETAILS_WIDTH,
        )

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_toolbar()
        self._build_menus()

        state.data_changed.connect(self._update_count)
        state.selection_changed.connect(self._update_count)
        state.precision_changed.connect(self._sync_toolbar)
        state.currency_changed.connect(self._sync_toolbar)
        state.compare_changed.connect(self._show_compare)
        self._retranslate_window()  # the panels have set their own texts
        self._update_count()

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

    @property
    def ranking(self) -> RankingPanel:
        """The ranking chart (built on first use)."""
        return self.ranking_page.panel()  # type: ignore[return-value]

    @property
    def trend(self) -> TrendPanel:
        """The trend chart (built on first use)."""
        return self.trend_page.panel()  # type: ignore[return-value]

    @property
    def compare(self) -> ComparePanel:
        """The compare view (built on first use)."""
        return self.compare_page.panel()  # type: ignore[return-value]

    def _build_ranking(self) -> RankingPanel:
        from gpucompare.ui.charts.ranking import RankingPanel

        return RankingPanel(self.state, self)

    def _build_trend(self) -> TrendPanel:
        from gpucompare.ui.charts.trend import TrendPanel

        return TrendPanel(self.state, self)

    def _build_compare(self) -> ComparePanel:
        from gpucompare.ui.pages.hardware.compare_panel import ComparePanel

        panel = ComparePanel(self.state, self)
        panel.export_button.clicked.connect(file_command(self, "export_comparison"))
        return panel

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
        panel.export_result_button.clicked.connect(file_command(self, "export_training_result"))
        panel.ranking_view.export_button.clicked.connect(
            file_command(self, "export_training_ranking")
        )
        self.settings.restore_splitter("training", panel.splitter)
        return panel

    def _build_inference(self) -> InferencePanel:
        from gpucompare.ui.pages.inference.panel import InferencePanel

        panel = InferencePanel(self.state, self)
        panel.ranking_view.export_button.clicked.connect(
            file_command(self, "export_inference_ranking")
        )
        self.settings.restore_splitter("inference", panel.splitter)
        return panel

    # Texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text of the window in the current UI language."""
        self._retranslate_window()
        lazy = (self.ranking_page, self.trend_page, self.compare_page)
        pages = (*lazy, self.training_page, self.inference_page)
        built = [page.panel() for page in pages if page.built]
        for panel in (self.filters, self.scatter, *built):
            panel.retranslate()
        self.table.model_.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(0, self.table.model_.columnCount() - 1)
        )
        self.details.refresh()
        self.table.model_.refresh()
        self._update_count()

    def _retranslate_window(self) -> None:
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
        self._retranslate_menus()

    # State followers ---------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch the UI language live and remember it."""
        code = set_language(code)
        for action in self.language_group.actions():
            action.setChecked(action.data() == code)
        self.settings.set_value("ui/language", code)
        self.retranslate()

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
