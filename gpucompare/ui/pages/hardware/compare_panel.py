"""Compare 2–6 devices side by side: every metric, best highlighted, ratios, normalised bars."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gpucompare.core.catalog.compare import MAX_DEVICES, MIN_DEVICES, Comparison, compare
from gpucompare.core.state import AppState
from gpucompare.ui.charts.style import VENDOR_PALETTE, brush, make_plot, set_axis_titles
from gpucompare.ui.labels.catalog import field_label
from gpucompare.ui.models.compare import CompareModel
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible

LEGEND_ROOM = 1.45  # the x range ends past 1 so the legend sits beside the bars

BAR_FIELDS = (
    "memory_gb",
    "memory_bandwidth_gbps",
    "peak_tflops",
    "power_w",
    "launch_price_usd",
    "cloud_usd_per_hour",
    "tflops_per_kusd",
    "tflops_per_w",
)


class ComparePanel(RefreshesWhenShown, QWidget):
    """The compare view; it reads the devices from the state's compare list."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("comparePanel")
        self.comparison: Comparison | None = None
        self.compare_button = QPushButton(self)
        self.compare_button.clicked.connect(self.compare_selection)
        self._baseline_caption = QLabel(self)
        self.baseline_combo = QComboBox(self)
        self.baseline_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.baseline_combo.setMinimumContentsLength(18)
        self.baseline_combo.currentIndexChanged.connect(self._baseline_chosen)
        self.export_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setObjectName("compareMessage")
        self.message.setWordWrap(True)
        controls = QGridLayout()  # two rows: fits beside both docks in a 1024 px window
        controls.addWidget(self.compare_button, 0, 0, 1, 2)
        controls.addWidget(self.export_button, 0, 3)
        controls.addWidget(self._baseline_caption, 1, 0)
        controls.addWidget(self.baseline_combo, 1, 1)
        controls.setColumnStretch(2, 1)
        self.model = CompareModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.plot = make_plot(self)
        self.plot.getPlotItem().showGrid(x=True, y=False, alpha=0.25)
        self.plot.getPlotItem().invertY(True)
        self.legend = self.plot.getPlotItem().addLegend(offset=(-10, 10), labelTextColor="#2b2f36")
        self.bar_items: list[pg.BarGraphItem] = []
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.addTab(self.table, "")
        self.views.addTab(self.plot, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(self.views, 1)
        state.compare_changed.connect(self.refresh)
        state.data_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the UI language."""
        self.compare_button.setText(self.tr("Compare selected devices"))
        self.compare_button.setToolTip(self.tr("Select 2–6 devices in the table, then press here."))
        self._baseline_caption.setText(self.tr("Baseline:"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.views.setTabText(0, self.tr("Table"))
        self.views.setTabText(1, self.tr("Normalised bars"))
        self.refresh()

    def compare_selection(self) -> None:
        """Compare the devices selected in the table."""
        selected = self._state.selected_ids
        if not MIN_DEVICES <= len(selected) <= MAX_DEVICES:
            self.message.setText(
                self.tr(
                    "Select {low} to {high} devices in the table to compare them ({n} selected)."
                ).format(low=MIN_DEVICES, high=MAX_DEVICES, n=len(selected))
            )
            self.message.setVisible(True)
            return
        self._state.set_compare(selected, self._state.compare_baseline)

    def _baseline_chosen(self) -> None:
        baseline = self.baseline_combo.currentData()
        self._state.set_compare(self._state.compare_ids, baseline)

    @when_visible
    def refresh(self) -> None:
        """Rebuild from the state's compare list."""
        state = self._state
        ids = [i for i in state.compare_ids if i in set(state.view["id"])]
        self.comparison = None
        if len(ids) >= MIN_DEVICES:
            self.comparison = compare(state.view, ids, state.compare_baseline)
            self.message.setVisible(False)
        else:
            self.message.setText(
                self.tr("Select {low} to {high} devices in the table, then compare them.").format(
                    low=MIN_DEVICES, high=MAX_DEVICES
                )
            )
            self.message.setVisible(True)
        devices = state.view[state.view["id"].isin(ids)].set_index("id")
        self.model.set_comparison(self.comparison, state.precision, state.currency.code, devices)
        self._fill_baselines()
        self._draw_bars()
        self.export_button.setEnabled(self.comparison is not None)

    def _fill_baselines(self) -> None:
        self.baseline_combo.blockSignals(True)
        self.baseline_combo.clear()
        self.baseline_combo.addItem(self.tr("none"), None)
        if self.comparison is not None:
            for device_id, name in zip(self.comparison.ids, self.comparison.names, strict=True):
                self.baseline_combo.addItem(name, device_id)
        index = self.baseline_combo.findData(self._state.compare_baseline)
        self.baseline_combo.setCurrentIndex(max(0, index))
        self.baseline_combo.blockSignals(False)

    def _draw_bars(self) -> None:
        for item in self.bar_items:
            self.plot.removeItem(item)
        self.bar_items = []
        self.legend.clear()
        if self.comparison is None:
            self.plot.getPlotItem().getAxis("left").setTicks([[]])
            return
        normalised = self.comparison.normalised(BAR_FIELDS)
        count = len(self.comparison.ids)
        height = 0.8 / count
        positions = np.arange(len(BAR_FIELDS), dtype=float)
        for number, (device_id, name) in enumerate(
            zip(self.comparison.ids, self.comparison.names, strict=True)
        ):
            widths = np.nan_to_num(normalised[device_id].to_numpy(dtype="float64"), nan=0.0)
            item = pg.BarGraphItem(
                x0=np.zeros(len(BAR_FIELDS)),
                y=positions - 0.4 + height * (number + 0.5),
                width=widths,
                height=height * 0.9,
                brush=brush(VENDOR_PALETTE[number % len(VENDOR_PALETTE)]),
                pen=None,
                name=name,
            )
            self.plot.addItem(item)
            self.bar_items.append(item)
        state = self._state
        labels = [
            field_label(f, state.precision, state.currency.code, unit=False) for f in BAR_FIELDS
        ]
        left = self.plot.getPlotItem().getAxis("left")
        left.setTicks([list(zip(positions.tolist(), labels, strict=True)), []])
        widest = max(self.fontMetrics().horizontalAdvance(label) for label in labels)
        left.setWidth(min(260, widest + 16))
        set_axis_titles(self.plot, self.tr("Value ÷ largest value in its group"), "")
        self.plot.getPlotItem().setXRange(0, LEGEND_ROOM, padding=0)
        self.plot.getPlotItem().setYRange(-0.6, len(BAR_FIELDS) - 0.4, padding=0)
