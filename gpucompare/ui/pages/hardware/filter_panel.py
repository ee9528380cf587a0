"""The filter panel: every control writes the state's Filters and follows them back."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gpucompare.core.catalog.filters import PYTORCH_CHOICES, VLLM_CHOICES, Filters
from gpucompare.core.catalog.schema import KINDS, SEGMENTS
from gpucompare.core.state import AppState
from gpucompare.ui.labels.catalog import choice_label
from gpucompare.ui.widgets.quiet import select_data
from gpucompare.ui.widgets.range_edit import RangeEdit

SEARCH_DELAY_MS = 120


class FilterPanel(QScrollArea):
    """Kind, vendor, segment, ranges, search and availability filters."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self._updating = False
        self.setObjectName("filterPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)

        self.search = QLineEdit(body)
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply)
        self.search.textChanged.connect(lambda _: self._search_timer.start())

        self.kind_box = QGroupBox(body)
        kind_grid = QGridLayout(self.kind_box)
        self.kind_checks: dict[str, QCheckBox] = {}
        for position, kind in enumerate(KINDS):  # two a row: fits the narrowest dock
            check = QCheckBox(self.kind_box, checked=True)
            check.toggled.connect(self._apply)
            self.kind_checks[kind] = check
            kind_grid.addWidget(check, position // 2, position % 2)
        layout.addWidget(self.kind_box)

        self.segment_box = QGroupBox(body)
        segment_column = QVBoxLayout(self.segment_box)
        self.segment_checks: dict[str, QCheckBox] = {}
        for segment in SEGMENTS:  # one a row: "workstation" beside "datacenter" is too wide
            check = QCheckBox(self.segment_box, checked=True)
            check.toggled.connect(self._apply)
            self.segment_checks[segment] = check
            segment_column.addWidget(check)
        layout.addWidget(self.segment_box)

        self.vendor_box = QGroupBox(body)
        vendor_layout = QVBoxLayout(self.vendor_box)
        self.vendors = QListWidget(self.vendor_box)
        self.vendors.setObjectName("vendorList")
        self.vendors.setMinimumHeight(110)
        self.vendors.itemChanged.connect(self._apply)
        vendor_layout.addWidget(self.vendors)
        layout.addWidget(self.vendor_box)

        self.range_box = QGroupBox(body)
        ranges = QFormLayout(self.range_box)
        ranges.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        ranges.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow dock: fields below
        self.memory = RangeEdit("GB", self.range_box)
        self.price = RangeEdit(state.currency.code, self.range_box)
        self.power = RangeEdit("W", self.range_box)
        self.year = RangeEdit("", self.range_box)
        self._range_rows: list[QLabel] = []
        for edit in (self.memory, self.price, self.power, self.year):
            edit.rangeChanged.connect(self._apply)
            label = QLabel(self.range_box)
            ranges.addRow(label, edit)
            self._range_rows.append(label)
        layout.addWidget(self.range_box)

        self.software_box = QGroupBox(body)
        software = QFormLayout(self.software_box)
        software.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pytorch_combo, self.vllm_combo = (
            QComboBox(self.software_box),
            QComboBox(self.software_box),
        )
        self._software_rows = [QLabel(self.software_box), QLabel(self.software_box)]
        for label, combo, choices in zip(
            self._software_rows,
            (self.pytorch_combo, self.vllm_combo),
            (PYTORCH_CHOICES, VLLM_CHOICES),
            strict=True,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)  # the dock's width, not the longest choice
            for choice in choices:
                combo.addItem(choice, choice)
            combo.currentIndexChanged.connect(self._apply)
            software.addRow(label, combo)
        layout.addWidget(self.software_box)

        self.only_priced = QCheckBox(body)
        self.only_rentable = QCheckBox(body)
        for check in (self.only_priced, self.only_rentable):
            check.toggled.connect(self._apply)
            layout.addWidget(check)
        self.reset_button = QPushButton(body)
        self.reset_button.clicked.connect(lambda: state.set_filters(Filters()))
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        self.setWidget(body)

        state.filters_changed.connect(self.show_filters)
        state.catalog_changed.connect(self._fill_vendors)
        state.currency_changed.connect(lambda: self.price.set_unit(state.currency.code))
        self.retranslate()  # also lists the vendors
        self.show_filters()

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.search.setPlaceholderText(self.tr("Search name, vendor, form factor… (Ctrl+F)"))
        self.kind_box.setTitle(self.tr("Kind"))
        self.segment_box.setTitle(self.tr("Segment"))
        self.vendor_box.setTitle(self.tr("Vendor (none ticked = all)"))
        self.range_box.setTitle(self.tr("Ranges"))
        self.software_box.setTitle(self.tr("Software support"))
        self._software_rows[0].setText(self.tr("PyTorch"))
        self._software_rows[1].setText(self.tr("vLLM"))
        choice_texts = {
            "any": self.tr("any"),
            "upstream": self.tr("upstream"),
            "upstream-or-plugin": self.tr("upstream or vendor plugin"),
            "upstream-plugin-or-fork": self.tr("upstream, plugin or vendor fork"),
        }
        for combo in (self.pytorch_combo, self.vllm_combo):
            for index in range(combo.count()):
                combo.setItemText(index, choice_texts[combo.itemData(index)])
        self.pytorch_combo.setToolTip(
            self.tr("Upstream: official PyTorch builds; plugin: a vendor extension.")
        )
        self.vllm_combo.setToolTip(
            self.tr("Upstream: vLLM itself; plugin: a hardware plugin; fork: a vendor's fork.")
        )
        for kind, check in self.kind_checks.items():
            check.setText(choice_label(kind))
        for segment, check in self.segment_checks.items():
            check.setText(choice_label(segment))
        labels = (self.tr("Memory"), self.tr("Price"), self.tr("Power"), self.tr("Released"))
        for label, text in zip(self._range_rows, labels, strict=True):
            label.setText(text)
        for edit in (self.memory, self.price, self.power, self.year):
            edit.set_placeholders(self.tr("min"), self.tr("max"))
        self.only_priced.setText(self.tr("Only devices with a price"))
        self.only_rentable.setText(self.tr("Only devices I can rent"))
        self.only_rentable.setToolTip(
            self.tr("Devices with an on-demand cloud price in the catalog.")
        )
        self.reset_button.setText(self.tr("Reset filters"))
        self._fill_vendors()

    def _fill_vendors(self) -> None:
        chosen = self._state.filters.vendors
        self._updating = True
        self.vendors.clear()
        catalog = self._state.catalog
        vendors = catalog["vendor"].tolist()
        counts = Counter(vendors)  # plain Python: a first pandas group-by costs start-up time
        brands: dict[str, set[str]] = {}
        for vendor, brand in zip(vendors, catalog["brand"].tolist(), strict=True):
            if isinstance(brand, str) and brand and brand != vendor:
                brands.setdefault(vendor, set()).add(brand)
        for vendor in sorted(counts, key=str.casefold):
            item = QListWidgetItem(f"{vendor} ({counts[vendor]})", self.vendors)
            if vendor in brands:
                names = ", ".join(sorted(brands[vendor]))
                item.setToolTip(self.tr("Includes {brands}").format(brands=names))
            item.setData(Qt.ItemDataRole.UserRole, vendor)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if vendor in chosen else Qt.CheckState.Unchecked
            )
        self._updating = False

    def _apply(self, *_: object) -> None:
        if self._updating:
            return
        self._state.set_filters(self.current_filters())

    def current_filters(self) -> Filters:
        """The Filters the controls describe."""
        kinds = {k for k, c in self.kind_checks.items() if c.isChecked()}
        segments = {s for s, c in self.segment_checks.items() if c.isChecked()}
        vendors = {
            self.vendors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.vendors.count())
            if self.vendors.item(i).checkState() == Qt.CheckState.Checked
        }
        return Filters(
            kinds=frozenset() if len(kinds) == len(KINDS) else frozenset(kinds),
            vendors=frozenset(vendors),
            segments=frozenset() if len(segments) == len(SEGMENTS) else frozenset(segments),
            memory_gb=self.memory.value(),
            price=self.price.value(),
            power_w=self.power.value(),
            release_year=self.year.value(),
            search=self.search.text().strip(),
            only_priced=self.only_priced.isChecked(),
            only_rentable=self.only_rentable.isChecked(),
            pytorch_support=PYTORCH_CHOICES[self.pytorch_combo.currentData()],
            vllm_support=VLLM_CHOICES[self.vllm_combo.currentData()],
        )

    def show_filters(self) -> None:
        """Make the controls show the state's filters (after a reset or a restore)."""
        filters = self._state.filters
        if filters == self.current_filters():
            return
        self._updating = True
        try:
            for kind, check in self.kind_checks.items():
                check.setChecked(not filters.kinds or kind in filters.kinds)
            for segment, check in self.segment_checks.items():
                check.setChecked(not filters.segments or segment in filters.segments)
            for i in range(self.vendors.count()):
                item = self.vendors.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in filters.vendors
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.memory.set_value(filters.memory_gb)
            self.price.set_value(filters.price)
            self.power.set_value(filters.power_w)
            self.year.set_value(filters.release_year)
            if self.search.text().strip() != filters.search:
                self.search.setText(filters.search)
            self.only_priced.setChecked(filters.only_priced)
            self.only_rentable.setChecked(filters.only_rentable)
            for combo, choices, chosen in (
                (self.pytorch_combo, PYTORCH_CHOICES, filters.pytorch_support),
                (self.vllm_combo, VLLM_CHOICES, filters.vllm_support),
            ):
                name = next((n for n, levels in choices.items() if levels == chosen), "any")
                select_data(combo, name)
        finally:
            self._updating = False
        self._search_timer.stop()

    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
