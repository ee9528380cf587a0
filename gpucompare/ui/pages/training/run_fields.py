"""The training form's Run tab: model, size, tokens, device, precision, devices and MFU."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QPushButton, QRadioButton

from gpucompare.core.forms import TrainingForm as FormValues
from gpucompare.core.state import AppState
from gpucompare.core.training.form import COMPUTE_OPTIMAL_WORDS
from gpucompare.ui.pages.calculator import DeviceField
from gpucompare.ui.pages.training import extra_fields
from gpucompare.ui.pages.training.form_rows import FormRows, row_widget
from gpucompare.ui.pages.training.preset_choosers import PresetChoosers
from gpucompare.ui.widgets.quiet import set_quietly


class RunFields(QObject):
    """Builds the Run tab and keeps its check boxes and radio buttons in step with the form."""

    def __init__(self, state: AppState, rows: FormRows, choosers: PresetChoosers) -> None:
        super().__init__(rows.tabs)
        self._state = state
        page, form = rows.page()
        extra_fields.add_model_row(rows, form, page)
        rows.row(form, "params", rows.text("params", page))
        tokens_row, tokens_layout = row_widget(page)
        tokens_layout.addWidget(rows.text("tokens", tokens_row), 1)
        self.optimal_check = QCheckBox(tokens_row)
        self.optimal_check.toggled.connect(self._optimal_toggled)
        tokens_layout.addWidget(self.optimal_check)
        rows.row(form, "tokens", tokens_row)
        rows.row(form, "flops", rows.text("flops", page))
        device_row, device_layout = row_widget(page)
        self.device_field = DeviceField(device_row)
        rows.fields["device"] = self.device_field
        self.use_selected_button = QPushButton(device_row)
        self.use_selected_button.clicked.connect(self.use_selected_device)
        device_layout.addWidget(self.device_field, 1)
        device_layout.addWidget(self.use_selected_button)
        rows.row(form, "device", device_row)
        rows.row(form, "precision", rows.choice("precision", page))
        count_row, count_layout = row_widget(page)
        self.count_radio, self.days_radio = QRadioButton(count_row), QRadioButton(count_row)
        self._count_group = QButtonGroup(self)
        for radio in (self.count_radio, self.days_radio):
            self._count_group.addButton(radio)
        self._count_group.buttonClicked.connect(self._count_mode_changed)
        count_layout.addWidget(self.count_radio)
        count_layout.addWidget(rows.text("count", count_row), 1)
        count_layout.addWidget(self.days_radio)
        count_layout.addWidget(rows.text("days", count_row), 1)
        rows.row(form, "devices", count_row)
        rows.preset_row(form, "mfu", choosers)
        self.band_check = QCheckBox(page)
        self.band_check.toggled.connect(lambda on: state.update_training(mfu_band=on))
        rows.row(form, "mfu_band", self.band_check)
        self._fields = rows.fields

    def retranslate(self) -> None:
        """The check boxes', button's and radio buttons' texts."""
        self.optimal_check.setText(self.tr("Compute-optimal (20 per parameter)"))
        self.optimal_check.setToolTip(self.tr("Chinchilla: D = 20 × N (Hoffmann et al. 2022)"))
        self.use_selected_button.setText(self.tr("Use selected"))
        self.use_selected_button.setToolTip(self.tr("Take the device selected in the table"))
        self.count_radio.setText(self.tr("Count"))
        self.days_radio.setText(self.tr("Finish in days"))
        self.band_check.setText(self.tr("Show the low–high band of the MFU presets"))

    def show(self, form: FormValues) -> None:
        """Compute-optimal tokens, the MFU band, and devices by count or by days, as in ``form``."""
        fields = self._fields
        optimal = form.tokens.strip().lower() in COMPUTE_OPTIMAL_WORDS
        fields["tokens"].setEnabled(not optimal)
        if optimal:
            fields["tokens"].show_text("")
        set_quietly(self.optimal_check, "setChecked", optimal)
        set_quietly(self.band_check, "setChecked", form.mfu_band)
        by_days = bool(form.days.strip()) and not form.count.strip()
        set_quietly(self.days_radio, "setChecked", by_days)
        set_quietly(self.count_radio, "setChecked", not by_days)
        fields["count"].setEnabled(not by_days)
        fields["days"].setEnabled(by_days)

    def use_selected_device(self) -> None:
        """Price the run on the device selected in the table."""
        if self._state.current_id is not None:
            self._state.update_training(device=self._state.current_id)

    def _optimal_toggled(self, on: bool) -> None:
        form = self._state.training_form
        optimal = form.tokens.strip().lower() in COMPUTE_OPTIMAL_WORDS
        if on and not optimal:
            self._state.update_training(tokens="chinchilla", flops="")
        elif not on and optimal:
            self._state.update_training(tokens="")

    def _count_mode_changed(self) -> None:
        form = self._state.training_form
        if self.count_radio.isChecked() and not form.count.strip():
            self._state.update_training(count="8", days="")
        elif self.days_radio.isChecked() and not form.days.strip():
            self._state.update_training(days="30", count="")
