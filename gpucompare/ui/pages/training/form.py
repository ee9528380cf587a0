"""The training calculator's inputs: tabs of fields that edit ``state.training_form``.

The form never computes anything: it shows the state's form, writes each edit back to
the state, and marks the field an error belongs to. Each tab's rows are built by their
own module (:mod:`.run_fields`, :mod:`.cost_fields`, :mod:`.layout_page`); this class
puts them together and handles what every field shares.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from gpucompare.core.state import AppState
from gpucompare.core.training import TRAINING_PRECISIONS
from gpucompare.core.training.form import is_preset_name
from gpucompare.ui.labels.calculators import optimizer_labels, sharding_labels
from gpucompare.ui.pages.calculator import ChoiceField, DeviceField, MarkedFields, TextField
from gpucompare.ui.pages.training import extra_fields
from gpucompare.ui.pages.training.cost_fields import CostFields
from gpucompare.ui.pages.training.form_rows import FormRows
from gpucompare.ui.pages.training.layout_page import LayoutPage, recompute_labels
from gpucompare.ui.pages.training.preset_choosers import PresetChoosers
from gpucompare.ui.pages.training.run_fields import RunFields
from gpucompare.ui.pages.training.texts import caption_texts, placeholder_texts, tab_titles

PREFERRED_DEVICE = "nvidia-h100-sxm5-80gb"
# Error fields of the core that are typed into another widget.
FIELD_WIDGETS = {
    "devices": "count",
    "target_days": "days",
    "carbon": "carbon_intensity",
    "mfu_band": "mfu",
}


class TrainingForm(MarkedFields, QTabWidget):
    """Run, Pricing, Energy, Memory and Layout tabs; ``fields`` maps form fields to widgets."""

    field_widgets = FIELD_WIDGETS

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("trainingFormTabs")
        rows = FormRows(self)
        self.fields: dict[str, QWidget] = rows.fields
        self.captions: dict[str, QLabel] = rows.captions
        self._presets = PresetChoosers(state, self.fields)
        self.run = RunFields(state, rows, self._presets)
        self.cost = CostFields(state, rows, self._presets)
        self._build_memory_page(rows)
        self.layout_page = LayoutPage(self.fields, self.captions, self)
        self.addTab(self.layout_page, "")
        # The widgets by the names the page, the window and the tests use.
        self.device_field = self.run.device_field
        self.use_selected_button = self.run.use_selected_button
        self.optimal_check, self.band_check = self.run.optimal_check, self.run.band_check
        self.count_radio, self.days_radio = self.run.count_radio, self.run.days_radio
        self.cloud_radio, self.owned_radio = self.cost.cloud_radio, self.cost.owned_radio
        for widget in self.fields.values():
            if hasattr(widget, "edited"):
                widget.edited.connect(self._edited)

    def _build_memory_page(self, rows: FormRows) -> None:
        page, form = rows.page()
        rows.row(form, "optimizer", rows.choice("optimizer", page))
        rows.row(form, "sharding", rows.choice("sharding", page))
        for name in ("seq_len", "micro_batch"):
            rows.row(form, name, rows.text(name, page))
        rows.row(form, "recompute", rows.choice("recompute", page))
        for name in ("layers", "hidden"):
            rows.row(form, name, rows.text(name, page))

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
        self.run.retranslate()
        self.cost.retranslate()
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
        self._presets.fill()

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

    def use_selected_device(self) -> None:
        """Price the run on the device selected in the table."""
        self.run.use_selected_device()

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
        self.run.show(form)
        self._presets.show(form)
        self.cost.show(form)

    def caption_for(self, field: str) -> str:
        """The caption a user sees for a core field name (the name itself if none)."""
        key = {"target_days": "devices", "mfu_band": "mfu", "carbon": "carbon_intensity"}.get(
            field, field
        )
        caption = self.captions.get(key) or self.captions.get(FIELD_WIDGETS.get(field, ""), None)
        return caption.text() if caption is not None and caption.text() else field
