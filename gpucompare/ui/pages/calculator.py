"""Widgets shared by the training and inference calculators.

Form fields that write one text field of a form; a grid of results whose tooltips
show each formula; a ranking view (sortable table, bar chart, excluded devices).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import ClassVar

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gpucompare.ui.charts.style import (
    KIND_COLOURS,
    OTHER_COLOUR,
    brush,
    make_plot,
    short_name,
)
from gpucompare.ui.formatting import format_number
from gpucompare.ui.models.frame import FrameColumn, FrameModel
from gpucompare.ui.widgets.quiet import select_data

EDIT_DELAY_MS = 150
NAME_ROOM_PX = 208  # the widest a bar's device name is written
BAR_COUNT = 10  # at most; fewer when the chart is too low for each label to be read
ROW_GAP_PX = 4  # between two bar labels, so neighbours never touch
CHOICE_CHARACTERS = 10
FORM_MAX_WIDTH = 760
FORM_SCROLL_PX = 20  # the form's scroll bar beside its capped width
SCROLL_MIN_HEIGHT = 80
RESULT_MIN_HEIGHT = 48  # two result rows; the rest scrolls
STACKED_TOP_SHARE = 0.62  # form and result one above the other take this much of the page
SIDE_BY_SIDE_MIN_WIDTH = 960  # form and result need about this much side by side
FORM_SHARE = 0.55  # the form's part of the height when form and result are stacked
WIDE_FORM_PX = 480  # the form's least width side by side; the result takes the rest
WIDE_FORM_SHARE = 0.35  # on a big screen the form grows to this share, up to its cap


def wide_form_width(length: int) -> int:
    """The form's width beside the result on a page ``length`` pixels wide."""
    return max(WIDE_FORM_PX, min(FORM_MAX_WIDTH + FORM_SCROLL_PX, round(length * WIDE_FORM_SHARE)))


def number_text(value: float) -> str:
    """A number in the UI locale, 3 significant digits for small values."""
    return format_number(value, QLocale())


# Where a marked field keeps the tooltip it had before its error replaced it.
TIP_BEFORE_ERROR = "tipBeforeError"


def mark(widget: QWidget, invalid: bool, why: str = "") -> None:
    """Show (or clear) an input's error state, with the reason as its tooltip; clearing it
    gives the field back the tooltip it had before."""
    was_invalid = bool(widget.property("invalid"))
    if was_invalid == invalid and not invalid:
        return
    if invalid and not was_invalid:
        widget.setProperty(TIP_BEFORE_ERROR, widget.toolTip())
    widget.setProperty("invalid", invalid)
    widget.setToolTip(why if invalid else str(widget.property(TIP_BEFORE_ERROR) or ""))
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class MarkedFields:
    """Marking a calculator form's fields invalid. ``fields`` maps names to widgets;
    ``field_widgets`` maps the core's field names to those names where they differ."""

    fields: dict[str, QWidget]
    field_widgets: ClassVar[Mapping[str, str]] = MappingProxyType({})

    def clear_marks(self) -> None:
        """No field is marked invalid."""
        for widget in self.fields.values():
            mark(widget, False)

    def mark_error(self, field: str, message: str) -> None:
        """Mark the widget that ``field`` (a core field name) is typed into."""
        widget = self.fields.get(self.field_widgets.get(field, field))
        if widget is not None:
            mark(widget, True, message)


class TextField(QLineEdit):
    """A line edit for one text field of a form; emits ``edited(name, text)`` after a pause.

    Signals:
        edited(str, str): field name and its new text.
    """

    edited = Signal(str, str)

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"field_{name}")
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=EDIT_DELAY_MS)
        self._shown = ""
        self._timer.timeout.connect(self._send)
        self.textEdited.connect(lambda _: self._timer.start())
        self.editingFinished.connect(self.flush)

    def _send(self) -> None:
        self._shown = self.text()
        self.edited.emit(self.name, self.text())

    def flush(self) -> None:
        """Send a pending (or programmatic) edit now."""
        if self._timer.isActive() or self.text() != self._shown:
            self._timer.stop()
            self._send()

    def show_text(self, text: str) -> None:
        """Display ``text`` (from the state) without echoing it back."""
        if not self._timer.isActive():
            self._shown = text
            if self.text() != text:
                self.setText(text)


# Room for the drop-down's check mark, padding, frame and scroll bar beside its widest choice.
POPUP_MARGIN = 64
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # a choice's detail, shown in the drop-down only


def with_detail(text: str, detail: object) -> str:
    """``text — detail``, or ``text`` when there is no detail."""
    return f"{text} — {detail}" if detail else text


class DetailDelegate(QStyledItemDelegate):
    """Draws each drop-down item as its label followed by its detail (DETAIL_ROLE)."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.text = with_detail(option.text, index.data(DETAIL_ROLE))


class ChoiceField(QComboBox):
    """A combo box whose item data are the form values of one field.

    Signals:
        edited(str, str): field name and the chosen value.
    """

    edited = Signal(str, str)

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"field_{name}")
        # As narrow as a short choice allows: a long one must not widen the whole form.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(CHOICE_CHARACTERS)
        self.currentIndexChanged.connect(self._chosen)

    def set_choices(
        self, choices: Sequence[tuple[str, str]], current: str, details: Sequence[str] = ()
    ) -> None:
        """(label, value) pairs; select ``current``. ``details`` (one per choice, optional)
        follow their label in the drop-down only: the closed box shows the label alone."""
        self.blockSignals(True)
        self.clear()
        for label, value in choices:
            self.addItem(label, value)
        for index, detail in enumerate(details):
            self.setItemData(index, detail, DETAIL_ROLE)
        if details and not isinstance(self.view().itemDelegate(), DetailDelegate):
            self.view().setItemDelegate(DetailDelegate(self.view()))
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)
        # The drop-down shows every choice whole, however narrow the box itself is.
        metrics = self.view().fontMetrics()
        texts = [self.popup_text(index) for index in range(self.count())]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        self.view().setMinimumWidth(widest + POPUP_MARGIN)

    def popup_text(self, index: int) -> str:
        """What the drop-down shows for choice ``index``: its label, then its detail."""
        return with_detail(self.itemText(index), self.itemData(index, DETAIL_ROLE))

    def show_value(self, value: str) -> None:
        """Select ``value`` without emitting."""
        select_data(self, value)

    def _chosen(self) -> None:
        value = self.currentData()
        if value is not None:
            self.edited.emit(self.name, str(value))


class DeviceField(QComboBox):
    """Pick a device by name (type to search); emits ``edited("device", id)``.

    Signals:
        edited(str, str): "device" and the chosen device id.
    """

    edited = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.name = "device"
        self.setObjectName("field_device")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(22)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.activated.connect(self._chosen)

    def set_devices(self, ids: Sequence[str], names: Sequence[str], current: str) -> None:
        """List the devices; select ``current``."""
        self.blockSignals(True)
        self.clear()
        for device_id, name in zip(ids, names, strict=True):
            self.addItem(str(name), str(device_id))
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def show_value(self, device_id: str) -> None:
        """Select ``device_id`` without emitting."""
        select_data(self, device_id)

    def _chosen(self, index: int) -> None:
        value = self.itemData(index)
        if value is not None:
            self.edited.emit(self.name, str(value))


class ResultGrid(QWidget):
    """Label–value rows; each value's tooltip explains how it was computed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(3)
        self.values: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}

    def set_rows(self, rows: Sequence[tuple[str, str, str, str]]) -> None:
        """(key, label, value text, tooltip) per row, in order."""
        keys = [row[0] for row in rows]
        if keys != list(self.values):
            self._rebuild(keys)
        for key, label, text, tooltip in rows:
            self._labels[key].setText(label)
            self.values[key].setText(text)
            self.values[key].setToolTip(tooltip)
            self._labels[key].setToolTip(tooltip)

    def _rebuild(self, keys: list[str]) -> None:
        for widget in [*self.values.values(), *self._labels.values()]:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.values, self._labels = {}, {}
        for row, key in enumerate(keys):
            label, value = QLabel(self), QLabel(self)
            label.setObjectName(f"label_{key}")
            value.setObjectName(f"result_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(value, row, 1)
            self.values[key], self._labels[key] = value, label
        # Spare width goes after the values, so each stays beside its label on a wide screen.
        self.grid.setColumnStretch(2, 1)

    def text(self, key: str) -> str:
        """The shown value of ``key``."""
        return self.values[key].text()


class ExplainDialog(QDialog):
    """The arithmetic behind a result, as copyable text."""

    def __init__(self, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 420)
        self.text = QPlainTextEdit(text, self)
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class RankingView(QWidget):
    """A ranking: sortable table, bar chart of one metric, and the excluded devices.

    With no bar to draw, the chart's place holds a centred message instead of empty axes:
    the one :meth:`show_message` gave (an input error), else :attr:`empty_text` (nothing
    ranked), else a note that no ranked device has the chosen metric.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = FrameModel(self)
        self._sized_for: list[str] = []
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(96)
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.metric_combo = QComboBox(self)
        self.metric_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.metric_combo.currentIndexChanged.connect(self._draw_bars)
        self.caption = QLabel(self)
        self.plot = make_plot(self)
        self.plot.getPlotItem().invertY(True)
        self.plot.getPlotItem().showGrid(x=True, y=False, alpha=0.25)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7)
        self.plot.addItem(self.bars)
        self._fits = 0
        self._name_room = 0
        self.plot.getPlotItem().getViewBox().sigResized.connect(self._resized)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("rankingPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.chart_stack = QStackedWidget(self)
        self.chart_stack.addWidget(self.plot)
        self.chart_stack.addWidget(self.placeholder)
        self.empty_text = ""
        self._message = ""
        self.excluded_model = FrameModel(self)
        self.excluded = QTableView(self)
        self.excluded.setModel(self.excluded_model)
        self.excluded.setAlternatingRowColors(True)
        self.excluded.verticalHeader().setVisible(False)
        self.excluded.verticalHeader().setDefaultSectionSize(22)
        self.excluded.horizontalHeader().setStretchLastSection(True)
        self.excluded.horizontalHeader().setDefaultSectionSize(180)
        self._excluded_headers = ("Device", "Reason")
        self.excluded_label = QLabel(self)
        self.export_button = QPushButton(self)
        self.bar_ids: list[str] = []
        self.bar_values = np.empty(0)
        self._kinds: dict[str, str] = {}

        chart_box = QWidget(self)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(4, 4, 4, 4)
        controls = QHBoxLayout()
        controls.addWidget(self.caption)
        controls.addWidget(self.metric_combo)
        controls.addStretch(1)
        chart_layout.addLayout(controls)
        chart_layout.addWidget(self.chart_stack, 1)
        excluded_box = QWidget(self)
        excluded_layout = QVBoxLayout(excluded_box)
        excluded_layout.setContentsMargins(4, 4, 4, 4)
        excluded_layout.addWidget(self.excluded_label)
        excluded_layout.addWidget(self.excluded, 1)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(chart_box, "")
        self.side_tabs.addTab(excluded_box, "")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def show_ranking(
        self,
        results: pd.DataFrame,
        columns: Sequence[FrameColumn],
        excluded: pd.DataFrame,
        kinds: dict[str, str],
    ) -> None:
        """Show the ranked devices, and the excluded ones with their reasons."""
        self._message = ""
        self.export_button.setEnabled(True)
        self._kinds = kinds
        self.model.set_frame(results, columns)
        headers = [column.header for column in columns]
        if headers != self._sized_for:
            # Measuring every cell is most of a refresh: size once per set of columns.
            self._sized_for = headers
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for number in range(len(columns)):
                header.resizeSection(number, min(max(header.sectionSize(number), 64), 190))
        device, reason = self._excluded_headers
        self.excluded_model.set_frame(
            excluded, [FrameColumn("name", device), FrameColumn("reason", reason)]
        )
        self._draw_bars()

    def show_message(self, text: str) -> None:
        """Nothing ranked, and ``text`` centred where the chart was (e.g. an input error)."""
        empty = pd.DataFrame(columns=["device", "name", "reason"])
        self.show_ranking(pd.DataFrame(columns=["device", "name"]), [], empty, {})
        self._message = text
        self.export_button.setEnabled(False)  # nothing to export
        self.excluded_label.clear()
        self._draw_bars()

    def set_excluded_headers(self, device: str, reason: str) -> None:
        """Column titles of the excluded-devices table."""
        self._excluded_headers = (device, reason)

    def set_tab_titles(self, chart: str, excluded: str) -> None:
        """Titles of the chart tab and the excluded-devices tab."""
        self.side_tabs.setTabText(0, chart)
        self.side_tabs.setTabText(1, excluded)

    def set_bar_metrics(self, metrics: Sequence[tuple[str, str, Callable[[float], str]]]) -> None:
        """(frame key, label, formatter) of the metrics the bar chart can show."""
        current = self.metric_combo.currentData()
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        for key, label, _ in metrics:
            self.metric_combo.addItem(label, key)
        self.metric_combo.setCurrentIndex(max(0, self.metric_combo.findData(current)))
        self.metric_combo.blockSignals(False)
        self._draw_bars()

    def _draw_bars(self) -> None:
        key = self.metric_combo.currentData()
        frame = self.model.frame
        values = frame[key].to_numpy(dtype="float64") if key in frame else np.empty(0)
        # Show the plot (or the message) first: that can resize the plot, which redraws it
        # from inside this call, and the bars must be counted for the final height.
        self._show_placeholder(frame.empty, key is None or bool(np.isnan(values).all()))
        self._fits = self.fitting_count()
        best = np.argsort(np.where(np.isnan(values), np.inf, values), kind="stable")
        order = best[: min(BAR_COUNT, self._fits)]
        order = order[~np.isnan(values[order])]
        if key is None or not len(order):
            self.bars.setOpts(x0=[], y=[], width=[], height=0.7)
            self.bar_ids, self.bar_values = [], np.empty(0)
            self.plot.getPlotItem().getAxis("left").setTicks([[]])
            return
        self.bar_ids = frame["device"].iloc[order].tolist()
        self.bar_values = values[order]
        self._name_room = self.name_room()
        metrics = self.fontMetrics()
        names = [
            metrics.elidedText(short_name(str(n)), Qt.TextElideMode.ElideRight, self._name_room)
            for n in frame["name"].iloc[order]
        ]
        positions = np.arange(len(order), dtype=float)
        colours = [KIND_COLOURS.get(self._kinds.get(d, ""), OTHER_COLOUR) for d in self.bar_ids]
        brushes = [brush(colour) for colour in colours]
        self.bars.setOpts(
            x0=np.zeros(len(order)), y=positions, width=self.bar_values, height=0.7, brushes=brushes
        )
        left = self.plot.getPlotItem().getAxis("left")
        left.setTicks([list(zip(positions.tolist(), names, strict=True)), []])
        widest = max((metrics.horizontalAdvance(n) for n in names), default=40)
        left.setWidth(widest + 12)
        item = self.plot.getPlotItem()
        item.setYRange(-0.6, max(len(order), 1) - 0.4, padding=0)
        item.setXRange(0, float(self.bar_values.max()) if len(order) else 1.0, padding=0.04)

    def fitting_count(self) -> int:
        """How many bars fit the plot's height with every label readable (at least one)."""
        view = self.plot.getPlotItem().getViewBox()
        height = view.height() if view.height() > 0 else self.plot.height() - 60
        return max(1, int(height // (self.fontMetrics().height() + ROW_GAP_PX)))

    def name_room(self) -> int:
        """Pixels a device name may take: at most 208, and never more than half the plot."""
        return min(NAME_ROOM_PX, self.plot.width() // 2)

    def _resized(self) -> None:
        if self.fitting_count() != self._fits or self.name_room() != self._name_room:
            self._draw_bars()

    def _show_placeholder(self, nothing_ranked: bool, no_bars: bool) -> None:
        """The message instead of the chart when there is no bar, the chart otherwise."""
        if not no_bars:
            self.chart_stack.setCurrentWidget(self.plot)
            return
        if self._message:
            text = self._message
        elif nothing_ranked:
            text = self.empty_text or self.tr("No device to rank")
        else:
            text = self.tr("No ranked device has a value for “{m}”").format(
                m=self.metric_combo.currentText()
            )
        self.placeholder.setText(text)
        self.chart_stack.setCurrentWidget(self.placeholder)

    def excluded_rows(self) -> list[tuple[str, str]]:
        """(name, reason) of each excluded device."""
        return list(
            zip(
                self.excluded_model.column_values("name"),
                self.excluded_model.column_values("reason"),
                strict=True,
            )
        )


class VerticalScroll(QScrollArea):
    """A frameless scroll area that resizes its widget and scrolls only up and down.

    It is never narrower than the widget needs, so nothing is cut at the side; it may be
    lower than the widget, which then scrolls.
    """

    def __init__(self, parent: QWidget, min_height: int = SCROLL_MIN_HEIGHT) -> None:
        super().__init__(parent)
        self._min_height = min_height

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint() if self.widget() is not None else QSize()
        scrollbar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + scrollbar + 2 * self.frameWidth(), self._min_height)


class ReflowSplitter(QSplitter):
    """Side by side on a wide page, one above the other on a narrow one (a small window).

    Signals:
        reflowed(bool): the direction changed; True when now side by side.
    """

    reflowed = Signal(bool)

    def __init__(self, orientation: Qt.Orientation, parent: QWidget) -> None:
        super().__init__(orientation, parent)
        self._share_pending = True  # the first real size shares the page out

    def minimumSizeHint(self) -> QSize:
        hints = [self.widget(i).minimumSizeHint() for i in range(self.count())]
        width = max((h.width() for h in hints), default=0)
        height = sum(h.height() for h in hints) + self.handleWidth() * max(0, len(hints) - 1)
        return QSize(width, height)

    def resizeEvent(self, event) -> None:
        size = event.size()
        wide = size.width() >= SIDE_BY_SIDE_MIN_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.orientation() != orientation:
            self.setOrientation(orientation)
            # Side by side, spare width goes to the results (the form is capped); one above
            # the other, spare height is shared, so the form never shrinks to a row or two.
            self.setStretchFactor(0, 0 if wide else 1)
            self.setStretchFactor(1, 1)
            self._share_pending = True  # the old sizes were lengths in the other direction
            self.reflowed.emit(wide)
        super().resizeEvent(event)
        if self._share_pending:
            first = wide_form_width if wide else lambda length: round(length * FORM_SHARE)
            self._share_pending = not share_out(self, first)


def share_out(splitter: QSplitter, first: Callable[[int], int]) -> bool:
    """Give a two-widget splitter's first widget ``first(length)`` pixels and the second the
    rest, once the splitter is long enough for both widgets' minimum sizes; whether it did.
    """
    hint = splitter.minimumSizeHint()
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    length = sum(splitter.sizes())
    if length < (hint.width() if horizontal else hint.height()):
        return False
    size = first(length)
    splitter.setSizes([size, length - size])
    return True


def scrolled(widget: QWidget, parent: QWidget, min_height: int = SCROLL_MIN_HEIGHT) -> QScrollArea:
    """``widget`` in a :class:`VerticalScroll` at least ``min_height`` high."""
    area = VerticalScroll(parent, min_height)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class CalculatorPage(QWidget):
    """What both calculators share: the form beside the result, the ranking below.

    Subclasses build their form and buttons, then call :meth:`assemble`, which makes
    ``error_label``, ``results``, ``notes_label``, ``results_box``, ``ranking_view``,
    ``ranking_box`` and ``splitter``.
    """

    def assemble(self, form: QWidget, buttons: Sequence[QPushButton], sizes: Sequence[int]) -> None:
        """Lay out ``form``, the result box with ``buttons``, and the ranking."""
        self.error_label = QLabel(self)
        self.error_label.setObjectName("inputError")
        self.error_label.setWordWrap(True)
        self.results = ResultGrid(self)
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("resultWarning")
        self.notes_label.setWordWrap(True)
        self.results_box = QGroupBox(self)
        content = QWidget(self.results_box)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        # Never squeezed below what the rows need: the scroll area scrolls instead.
        content_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        content_layout.addWidget(self.error_label)
        content_layout.addWidget(self.results)
        content_layout.addWidget(self.notes_label)
        content_layout.addStretch(1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        results_layout = QVBoxLayout(self.results_box)
        results_layout.addWidget(scrolled(content, self.results_box, RESULT_MIN_HEIGHT), 1)
        results_layout.addLayout(row)  # below the scrolled rows: always in view
        self.ranking_view = RankingView(self)
        self.ranking_box = QGroupBox(self)
        ranking_layout = QVBoxLayout(self.ranking_box)
        ranking_layout.setContentsMargins(6, 6, 6, 6)
        ranking_layout.addWidget(self.ranking_view)
        top = ReflowSplitter(Qt.Orientation.Horizontal, self)
        inner = form.widget() if isinstance(form, QScrollArea) else form
        inner.setMaximumWidth(FORM_MAX_WIDTH)  # a 4K screen would spread it out of reading
        top.addWidget(form)
        top.addWidget(self.results_box)
        top.setStretchFactor(1, 1)  # spare width goes to the results (see ReflowSplitter)
        top.setSizes([WIDE_FORM_PX, 420])
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.ranking_box)
        self.splitter.setSizes(list(sizes))
        self._split = list(sizes)
        self._top_share: float | None = None
        top.reflowed.connect(self._reflowed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    def _reflowed(self, wide: bool) -> None:
        """Give form and result more of the page while they stand one above the other."""
        self._top_share = self._split[0] / sum(self._split) if wide else STACKED_TOP_SHARE
        self._share_page()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share_page()

    def _share_page(self) -> None:
        """Apply a pending share once the page is laid out (it reflows before it is)."""
        share = self._top_share
        if share is not None and share_out(self.splitter, lambda length: round(length * share)):
            self._top_share = None
