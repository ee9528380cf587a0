"""The training calculator's inputs: four tabs of fields that edit ``state.training_form``.

The form never computes anything: it shows the state's form, writes each edit back to
the state, and marks the field an error belongs to.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QWidget,
)

from gpucompare.core.state import AppState
from gpucompare.core.training import TRAINING_PRECISIONS, presets
from gpucompare.core.training.form import COMPUTE_OPTIMAL_WORDS, is_preset_name
from gpucompare.ui.labels.calculators import optimizer_labels, sharding_labels
from gpucompare.ui.labels.data_labels import data_label, preset_tooltip
from gpucompare.ui.pages.calculator import ChoiceField, DeviceField, TextField, mark, number_text
from gpucompare.ui.pages.training import extra_fields
from gpucompare.ui.pages.training.layout_page import LayoutPage, recompute_labels
from gpucompare.ui.pages.training.texts import caption_texts, placeholder_texts, tab_titles
from gpucompare.ui.widgets.quiet import set_quietly

CUSTOM = "__custom__"
PREFERRED_DEVICE = "nvidia-h100-sxm5-80gb"
OWNED_ONLY_FIELDS = (
    "purchase_price",
    "overhead",
    "lifetime_years",
    "utilization",
    "electricity_price",
    *extra_fields.OWNERSHIP_FIELDS,
)
# Error fields of the core that are typed into another widget.
FIELD_WIDGETS = {
    "devices": "count",
    "target_days": "days",
    "carbon": "carbon_intensity",
    "mfu_band": "mfu",
}


def _row_widget(parent: QWidget) -> tuple[QWidget, QHBoxLayout]:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    return row, layout


class TrainingForm(QTabWidget):
    """Run, Pricing, Energy and Memory tabs; ``fields`` maps each form field to its widget."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("trainingFormTabs")
        self.fields: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self._build_run_page()
        self._build_pricing_page()
        self._build_energy_page()
        self._build_memory_page()
        self.layout_page = LayoutPage(self.fields, self.captions, self)
        self.addTab(self.layout_page, "")
        for widget in self.fields.values():
            if hasattr(widget, "edited"):
                widget.edited.connect(self._edited)

    # Building ---------------------------------------------------------------------------------
    def _page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.addTab(page, "")
        return page, form

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        caption = QLabel(form.parentWidget())
        self.captions[key] = caption
        form.addRow(caption, widget)

    def _text(self, name: str, parent: QWidget) -> TextField:
        field = TextField(name, parent)
        self.fields[name] = field
        return field

    def _choice(self, name: str, parent: QWidget) -> ChoiceField:
        field = ChoiceField(name, parent)
        self.fields[name] = field
        return field

    def _build_run_page(self) -> None:
        page, form = self._page()
        extra_fields.add_model_row(self, form, page)
        self._row(form, "params", self._text("params", page))
        tokens_row, tokens_layout = _row_widget(page)
        tokens_layout.addWidget(self._text("tokens", tokens_row), 1)
        self.optimal_check = QCheckBox(tokens_row)
        self.optimal_check.toggled.connect(self._optimal_toggled)
        tokens_layout.addWidget(self.optimal_check)
        self._row(form, "tokens", tokens_row)
        self._row(form, "flops", self._text("flops", page))
        device_row, device_layout = _row_widget(page)
        self.device_field = DeviceField(device_row)
        self.fields["device"] = self.device_field
        self.use_selected_button = QPushButton(device_row)
        self.use_selected_button.clicked.connect(self.use_selected_device)
        device_layout.addWidget(self.device_field, 1)
        device_layout.addWidget(self.use_selected_button)
        self._row(form, "device", device_row)
        self._row(form, "precision", self._choice("precision", page))
        count_row, count_layout = _row_widget(page)
        self.count_radio, self.days_radio = QRadioButton(count_row), QRadioButton(count_row)
        self._count_group = QButtonGroup(self)
        for radio in (self.count_radio, self.days_radio):
            self._count_group.addButton(radio)
        self._count_group.buttonClicked.connect(self._count_mode_changed)
        count_layout.addWidget(self.count_radio)
        count_layout.addWidget(self._text("count", count_row), 1)
        count_layout.addWidget(self.days_radio)
        count_layout.addWidget(self._text("days", count_row), 1)
        self._row(form, "devices", count_row)
        mfu_row, mfu_layout = _row_widget(page)
        self.mfu_preset = ChoiceField("mfu_preset", mfu_row)
        self.mfu_preset.edited.connect(self._preset_chosen)
        mfu_layout.addWidget(self.mfu_preset, 2)
        mfu_layout.addWidget(self._text("mfu", mfu_row), 1)
        self._row(form, "mfu", mfu_row)
        self.band_check = QCheckBox(page)
        self.band_check.toggled.connect(lambda on: self._state.update_training(mfu_band=on))
        self._row(form, "mfu_band", self.band_check)

    def _build_pricing_page(self) -> None:
        page, form = self._page()
        mode_row, mode_layout = _row_widget(page)
        self.cloud_radio, self.owned_radio = QRadioButton(mode_row), QRadioButton(mode_row)
        self._pricing_group = QButtonGroup(self)
        for radio in (self.cloud_radio, self.owned_radio):
            self._pricing_group.addButton(radio)
            mode_layout.addWidget(radio)
        mode_layout.addStretch(1)
        self._pricing_group.buttonClicked.connect(
            lambda _: self._state.update_training(
                pricing="cloud" if self.cloud_radio.isChecked() else "owned"
            )
        )
        self._row(form, "pricing", mode_row)
        for name in ("price_per_hour", "purchase_price", "overhead", "lifetime_years"):
            self._row(form, name, self._text(name, page))
        self._row(form, "utilization", self._text("utilization", page))
        extra_fields.add_ownership_rows(self, form, page)

    def _build_energy_page(self) -> None:
        page, form = self._page()
        self._row(form, "power_draw", self._text("power_draw", page))
        for name, kind in (("pue", "pue"), ("carbon_intensity", "carbon")):
            row, row_layout = _row_widget(page)
            chooser = ChoiceField(f"{name}_preset", row)
            chooser.setProperty("preset_kind", kind)
            chooser.setProperty("target", name)
            chooser.edited.connect(self._preset_chosen)
            setattr(self, f"{name}_preset", chooser)
            row_layout.addWidget(chooser, 2)
            row_layout.addWidget(self._text(name, row), 1)
            self._row(form, name, row)
        self._row(form, "electricity_price", self._text("electricity_price", page))
        extra_fields.add_host_row(self, form, page)

    def _build_memory_page(self) -> None:
        page, form = self._page()
        self._row(form, "optimizer", self._choice("optimizer", page))
        self._row(form, "sharding", self._choice("sharding", page))
        for name in ("seq_len", "micro_batch"):
            self._row(form, name, self._text(name, page))
        self._row(form, "recompute", self._choice("recompute", page))
        for name in ("layers", "hidden"):
            self._row(form, name, self._text(name, page))

    # Texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Tab titles, captions, placeholders and choices in the UI language."""
        for index, title in enumerate(tab_titles()):
            self.setTabText(index, title)
        code = self._state.currency.code
        captions = {**caption_texts(code), **extra_fields.caption_texts(code)}
        for key, text in captions.items():
            self.captions[key].setText(text)
        for name, text in {**placeholder_texts(), **extra_fields.placeholder_texts()}.items():
            self.fields[name].setPlaceholderText(text)
        self.optimal_check.setText(self.tr("Compute-optimal (20 per parameter)"))
        self.optimal_check.setToolTip(self.tr("Chinchilla: D = 20 × N (Hoffmann et al. 2022)"))
        self.use_selected_button.setText(self.tr("Use selected"))
        self.use_selected_button.setToolTip(self.tr("Take the device selected in the table"))
        self.count_radio.setText(self.tr("Count"))
        self.days_radio.setText(self.tr("Finish in days"))
        self.band_check.setText(self.tr("Show the low–high band of the MFU presets"))
        self.cloud_radio.setText(self.tr("Cloud (rent)"))
        self.owned_radio.setText(self.tr("Owned (buy)"))
        self.layout_page.retranslate(self._state.training_form.network)
        self._fill_choices()

    def _fill_choices(self) -> None:
        form = self._state.training_form
        extra_fields.fill_model_choices(self.fields["model"], form.model)
        unproven = self.tr("FP4 (unproven for training: no published run)")
        self.fields["precision"].set_choices(
            [(unproven if p == "FP4" else p, p) for p in TRAINING_PRECISIONS], form.precision
        )
        self.fields["optimizer"].set_choices(
            [(label, key) for key, label in optimizer_labels().items()], form.optimizer
        )
        self.fields["sharding"].set_choices(
            [(label, key) for key, label in sharding_labels().items()], form.sharding
        )
        self.fields["recompute"].set_choices(
            [(label, key) for key, label in recompute_labels().items()], form.recompute
        )
        for chooser, kind in (
            (self.mfu_preset, "mfu"),
            (self.pue_preset, "pue"),
            (self.carbon_intensity_preset, "carbon"),
        ):
            choices = [(f"{data_label(p.label)} — {p.value:g}", p.key) for p in presets(kind)]
            chooser.set_choices([*choices, (self.tr("Custom value"), CUSTOM)], "")
            for index, preset in enumerate(presets(kind)):
                chooser.setItemData(index, preset_tooltip(preset), Qt.ItemDataRole.ToolTipRole)

    def fill_devices(self) -> None:
        """Offer every catalog device; keep the chosen one, else prefer the H100 SXM."""
        catalog = self._state.catalog.sort_values("name", key=lambda s: s.str.casefold())
        device = self._state.training_form.device
        self.device_field.set_devices(catalog["id"].tolist(), catalog["name"].tolist(), device)
        if device not in set(catalog["id"]):
            chosen = (
                PREFERRED_DEVICE
                if PREFERRED_DEVICE in set(catalog["id"])
                else catalog["id"].iloc[0]
            )
            self._state.update_training(device=chosen)

    # Reacting to edits ------------------------------------------------------------------------
    def _edited(self, name: str, value: str) -> None:
        changes = extra_fields.model_changes(value) if name == "model" else {name: value}
        if name == "tokens" and value.strip():
            changes["flops"] = ""
        if name == "count" and value.strip():
            changes["days"] = ""
        if name == "days" and value.strip():
            changes["count"] = ""
        self._state.update_training(**changes)

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

    def _preset_chosen(self, name: str, key: str) -> None:
        target = name.removesuffix("_preset")
        if key == CUSTOM:
            self.fields[target].setFocus()
            return
        self._state.update_training(**{target: key})

    def use_selected_device(self) -> None:
        """Price the run on the device selected in the table."""
        if self._state.current_id is not None:
            self._state.update_training(device=self._state.current_id)

    # Showing the state ------------------------------------------------------------------------
    def show_form(self) -> None:
        """Show the state's form in the widgets without writing anything back."""
        form = self._state.training_form
        for name, widget in self.fields.items():
            value = getattr(form, name, None)
            if isinstance(widget, TextField) and isinstance(value, str):
                text = value
                if name in ("mfu", "pue", "carbon_intensity") and is_preset_name(value):
                    text = ""
                widget.show_text(text)
            elif isinstance(widget, ChoiceField | DeviceField) and isinstance(value, str):
                widget.show_value(value)
        optimal = form.tokens.strip().lower() in COMPUTE_OPTIMAL_WORDS
        self.fields["tokens"].setEnabled(not optimal)
        if optimal:
            self.fields["tokens"].show_text("")
        set_quietly(self.optimal_check, "setChecked", optimal)
        set_quietly(self.band_check, "setChecked", form.mfu_band)
        by_days = bool(form.days.strip()) and not form.count.strip()
        set_quietly(self.days_radio, "setChecked", by_days)
        set_quietly(self.count_radio, "setChecked", not by_days)
        self.fields["count"].setEnabled(not by_days)
        self.fields["days"].setEnabled(by_days)
        cloud = form.pricing != "owned"
        set_quietly(self.cloud_radio, "setChecked", cloud)
        set_quietly(self.owned_radio, "setChecked", not cloud)
        self.fields["price_per_hour"].setEnabled(cloud)
        for name in OWNED_ONLY_FIELDS:
            self.fields[name].setEnabled(not cloud)
        for chooser, value in (
            (self.mfu_preset, form.mfu),
            (self.pue_preset, form.pue),
            (self.carbon_intensity_preset, form.carbon_intensity),
        ):
            chooser.show_value(value if is_preset_name(value) and value else CUSTOM)
            if not value.strip():
                chooser.show_value(self._default_key(chooser))
        self._show_placeholders()

    def _default_key(self, chooser: ChoiceField) -> str:
        kind = {"mfu_preset": "mfu", "pue_preset": "pue"}.get(chooser.name, "carbon")
        return next(p.key for p in presets(kind) if p.default)

    def _show_placeholders(self) -> None:
        state = self._state
        row = state.catalog.loc[state.catalog["id"] == state.training_form.device]
        money = state.currency
        if not row.empty:
            for name, column in (
                ("price_per_hour", "cloud_usd_per_hour"),
                ("purchase_price", "launch_price_usd"),
            ):
                price = row[column].iloc[0]
                self.fields[name].setPlaceholderText(
                    self.tr("catalog: {v}").format(v=number_text(money.from_usd(price)))
                    if not pd.isna(price)
                    else self.tr("no catalog price: type one")
                )
        defaults = {
            "overhead": "overhead",
            "lifetime_years": "lifetime",
            "utilization": "utilization",
            "power_draw": "draw",
            "electricity_price": "electricity",
        }
        for name, kind in defaults.items():
            preset = next(p for p in presets(kind) if p.default)
            value = money.from_usd(preset.value) if name == "electricity_price" else preset.value
            self.fields[name].setPlaceholderText(self.tr("default {v}").format(v=f"{value:.4g}"))
            self.fields[name].setToolTip(preset_tooltip(preset))

    # Errors -----------------------------------------------------------------------------------
    def clear_marks(self) -> None:
        """No field is marked invalid."""
        for widget in self.fields.values():
            mark(widget, False)

    def mark_error(self, field: str, message: str) -> None:
        """Mark the widget that ``field`` (a core field name) is typed into."""
        widget = self.fields.get(FIELD_WIDGETS.get(field, field))
        if widget is not None:
            mark(widget, True, message)

    def caption_for(self, field: str) -> str:
        """The caption a user sees for a core field name (the name itself if none)."""
        key = {"target_days": "devices", "mfu_band": "mfu", "carbon": "carbon_intensity"}.get(
            field, field
        )
        caption = self.captions.get(key) or self.captions.get(FIELD_WIDGETS.get(field, ""), None)
        return caption.text() if caption is not None and caption.text() else field
