"""The inference calculator's inputs: one box of fields that edit ``state.inference_form``.

The form never computes anything: it shows the state's form, writes each edit back to
the state, and marks the field an error belongs to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from gpucompare.core.inference import ENGINES, KV_PRECISIONS, WEIGHT_PRECISIONS
from gpucompare.core.inference.form import is_parameter_count
from gpucompare.core.state import AppState
from gpucompare.ui.pages.calculator import ChoiceField, DeviceField, MarkedFields, TextField
from gpucompare.ui.pages.inference.labels import kv_follow_label, sort_names
from gpucompare.ui.pages.inference.model_field import ModelField
from gpucompare.ui.pages.inference.texts import caption_texts, placeholder_texts

PREFERRED_DEVICE = "nvidia-h100-sxm5-80gb"
FOLLOW_WEIGHTS = ""
TEXT_FIELDS = (
    "layers",
    "hidden",
    "heads",
    "kv_heads",
    "active_params",
    "experts",
    "experts_per_token",
    "context",
    "batch",
    "count",
    "input_tokens",
    "output_tokens",
    "max_count",
    "ttft_ms",
    "tpot_ms",
)
CUSTOM_FIELDS = ("layers", "hidden", "heads", "kv_heads", "active_params", "experts")
# Error fields of the core that are typed into another widget.
FIELD_WIDGETS = {"devices": "count", "max_devices": "max_count"}


def _row_widget(parent: QWidget) -> tuple[QWidget, QHBoxLayout]:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    return row, layout


class InferenceForm(MarkedFields, QGroupBox):
    """Model, shape, device, precision, load, workload, targets, engine and ranking rows."""

    field_widgets = FIELD_WIDGETS

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.fields: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.model_field = ModelField(self)
        self.fields["model"] = self.model_field
        self._row(form, "model", self.model_field)
        self._texts_row(form, "shape", ("layers", "hidden", "heads", "kv_heads"), stretch=0)
        self._texts_row(form, "moe", ("active_params", "experts", "experts_per_token"), stretch=0)
        device_row, device_layout = _row_widget(self)
        self.device_field = DeviceField(device_row)
        self.fields["device"] = self.device_field
        self.use_selected_button = QPushButton(device_row)
        self.use_selected_button.clicked.connect(self.use_selected_device)
        device_layout.addWidget(self.device_field, 1)
        device_layout.addWidget(self.use_selected_button)
        self._row(form, "device", device_row)
        precision_row, precision_layout = _row_widget(self)
        self.precision_field = ChoiceField("precision", precision_row)
        self.precision_field.set_choices([(p, p) for p in WEIGHT_PRECISIONS], "BF16")
        self.kv_field = ChoiceField("kv_precision", precision_row)
        self.fields["precision"], self.fields["kv_precision"] = self.precision_field, self.kv_field
        self.kv_caption = QLabel(precision_row)
        precision_layout.addWidget(self.precision_field, 1)
        precision_layout.addWidget(self.kv_caption)
        precision_layout.addWidget(self.kv_field, 2)  # its first choice is a long sentence
        self._row(form, "precision", precision_row)
        load_row, load_layout = _row_widget(self)
        self.load_captions: dict[str, QLabel] = {}
        for name in ("context", "batch", "count"):
            caption = QLabel(load_row)
            self.load_captions[name] = caption
            if name != "context":
                load_layout.addWidget(caption)
            load_layout.addWidget(self._text(name, load_row), 1)
        self._row(form, "context", load_row)
        workload_row, workload_layout = _row_widget(self)
        workload_layout.addWidget(self._text("input_tokens", workload_row), 1)
        self.output_caption = QLabel(workload_row)
        workload_layout.addWidget(self.output_caption)
        workload_layout.addWidget(self._text("output_tokens", workload_row), 1)
        self._row(form, "workload", workload_row)
        self._texts_row(form, "targets", ("ttft_ms", "tpot_ms"), stretch=1)
        self.engine_field = ChoiceField("engine", self)
        self.engine_field.set_choices([(e.name, key) for key, e in ENGINES.items()], "vllm")
        self.fields["engine"] = self.engine_field
        self._row(form, "engine", self.engine_field)
        ranking_row, ranking_layout = _row_widget(self)
        ranking_layout.addWidget(self._text("max_count", ranking_row), 1)
        self.sort_caption = QLabel(ranking_row)
        self.sort_field = ChoiceField("sort", ranking_row)
        self.fields["sort"] = self.sort_field
        ranking_layout.addWidget(self.sort_caption)
        ranking_layout.addWidget(self.sort_field, 1)
        self._row(form, "max_count", ranking_row)
        for widget in self.fields.values():
            widget.edited.connect(self._edited)

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        caption = QLabel(self)
        self.captions[key] = caption
        form.addRow(caption, widget)

    def _text(self, name: str, parent: QWidget) -> TextField:
        field = TextField(name, parent)
        self.fields[name] = field
        return field

    def _texts_row(self, form: QFormLayout, key: str, names: tuple[str, ...], stretch: int) -> None:
        row, layout = _row_widget(self)
        for name in names:
            layout.addWidget(self._text(name, row), stretch)
        self._row(form, key, row)

    # Texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Title, captions, placeholders and choices in the UI language."""
        for key, text in caption_texts().items():
            self.captions[key].setText(text)
        self.kv_caption.setText(self.tr("KV cache"))
        self.load_captions["batch"].setText(self.tr("Batch"))
        self.load_captions["count"].setText(self.tr("Devices"))
        self.output_caption.setText(self.tr("out"))
        self.sort_caption.setText(self.tr("sorted by"))
        self.sort_field.set_choices(sort_names(), self._state.inference_form.sort)
        for name, text in placeholder_texts().items():
            self.fields[name].setPlaceholderText(text)
        self.model_field.setToolTip(
            self.tr("A preset (shapes from the model cards) or a parameter count such as 70B")
        )
        self.kv_field.set_choices(
            [(kv_follow_label(), FOLLOW_WEIGHTS), *((p, p) for p in KV_PRECISIONS)],
            self._state.inference_form.kv_precision,
        )
        self.use_selected_button.setText(self.tr("Use selected"))
        self.setTitle(self.tr("Model and hardware"))

    def fill_devices(self) -> None:
        """Offer every catalog device; keep the chosen one, else prefer the H100 SXM."""
        catalog = self._state.catalog.sort_values("name", key=lambda s: s.str.casefold())
        device = self._state.inference_form.device
        self.device_field.set_devices(catalog["id"].tolist(), catalog["name"].tolist(), device)
        if device not in set(catalog["id"]):
            ids = set(catalog["id"])
            self._state.update_inference(
                device=PREFERRED_DEVICE if PREFERRED_DEVICE in ids else catalog["id"].iloc[0]
            )

    # Edits ------------------------------------------------------------------------------------
    def _edited(self, name: str, value: str) -> None:
        changes = {name: value}
        if name == "model" and not is_parameter_count(value):
            changes.update(dict.fromkeys((*CUSTOM_FIELDS, "experts_per_token"), ""))
        self._state.update_inference(**changes)

    def use_selected_device(self) -> None:
        """Size the model on the device selected in the table."""
        if self._state.current_id is not None:
            self._state.update_inference(device=self._state.current_id)

    def show_form(self) -> None:
        """Show the state's form in the widgets without writing anything back."""
        form = self._state.inference_form
        self.model_field.show_value(form.model)
        self.device_field.show_value(form.device)
        self.precision_field.show_value(form.precision)
        self.kv_field.show_value(form.kv_precision)
        self.kv_field.setToolTip(self.kv_field.currentText())  # in full, where the box cuts it
        self.engine_field.show_value(form.engine)
        self.sort_field.show_value(form.sort)
        custom = is_parameter_count(form.model)
        for name in TEXT_FIELDS:
            self.fields[name].show_text(getattr(form, name))
        for name in (*CUSTOM_FIELDS, "experts_per_token"):
            self.fields[name].setEnabled(custom)
