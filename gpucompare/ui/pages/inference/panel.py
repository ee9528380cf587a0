"""Inference sizing: will a model serve on a device, and how fast at best?

The form lives in the state (``state.inference_form``); results come from the Qt-free
core, each with its formula as a tooltip; the ranking covers the filtered catalog.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from gpucompare.core.inference import (
    KV_PRECISIONS,
    WEIGHT_PRECISIONS,
    InferenceResult,
    Ranking,
    bundled_presets,
    rank,
    size,
)
from gpucompare.core.inference.explain import explain
from gpucompare.core.inference.form import is_parameter_count, parse_form
from gpucompare.core.issues import InputError
from gpucompare.core.state import AppState
from gpucompare.ui.formatting import format_money
from gpucompare.ui.labels.calculators import inference_reasons
from gpucompare.ui.models.frame import FrameColumn
from gpucompare.ui.pages.calculator import (
    CalculatorPage,
    ChoiceField,
    DeviceField,
    ExplainDialog,
    TextField,
    mark,
    number_text,
    scrolled,
)
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible

PREFERRED_DEVICE = "nvidia-h100-sxm5-80gb"
FOLLOW_WEIGHTS = ""


class ModelField(QComboBox):
    """A preset model, or a typed parameter count such as ``70B``.

    Signals:
        edited(str, str): "model" and the preset id or the typed count.
    """

    edited = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.name = "model"
        self.setObjectName("field_model")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key, spec in bundled_presets().items():
            self.addItem(spec.name, key)
        self.activated.connect(lambda index: self.edited.emit("model", str(self.itemData(index))))
        self.lineEdit().editingFinished.connect(self._typed)

    def _typed(self) -> None:
        text = self.currentText().strip()
        index = self.findText(text)
        value = str(self.itemData(index)) if index >= 0 else text
        self.edited.emit("model", value)

    def show_value(self, value: str) -> None:
        """Show a preset id (as its name) or a typed count."""
        index = self.findData(value)
        self.blockSignals(True)
        if index >= 0:
            self.setCurrentIndex(index)
        elif self.currentText() != value:
            self.setEditText(value)
        self.blockSignals(False)


class InferencePanel(RefreshesWhenShown, CalculatorPage):
    """Inputs and results on top, the ranking of the filtered catalog below."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("inferencePanel")
        self.result: InferenceResult | None = None
        self.ranking: Ranking | None = None
        self.error: InputError | None = None
        self.fields: dict[str, QWidget] = {}
        self._captions: dict[str, QLabel] = {}

        self.form_box = QGroupBox(self)
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.model_field = ModelField(self.form_box)
        self.fields["model"] = self.model_field
        self._row(form, "model", self.model_field)
        shape_row = QWidget(self.form_box)
        shape_layout = QHBoxLayout(shape_row)
        shape_layout.setContentsMargins(0, 0, 0, 0)
        for name in ("layers", "hidden", "heads", "kv_heads"):
            shape_layout.addWidget(self._text(name, shape_row))
        self._row(form, "shape", shape_row)
        device_row = QWidget(self.form_box)
        device_layout = QHBoxLayout(device_row)
        device_layout.setContentsMargins(0, 0, 0, 0)
        self.device_field = DeviceField(device_row)
        self.fields["device"] = self.device_field
        self.use_selected_button = QPushButton(device_row)
        self.use_selected_button.clicked.connect(self.use_selected_device)
        device_layout.addWidget(self.device_field, 1)
        device_layout.addWidget(self.use_selected_button)
        self._row(form, "device", device_row)
        precision_row = QWidget(self.form_box)
        precision_layout = QHBoxLayout(precision_row)
        precision_layout.setContentsMargins(0, 0, 0, 0)
        self.precision_field = ChoiceField("precision", precision_row)
        self.precision_field.set_choices([(p, p) for p in WEIGHT_PRECISIONS], "BF16")
        self.kv_field = ChoiceField("kv_precision", precision_row)
        self.fields["precision"], self.fields["kv_precision"] = self.precision_field, self.kv_field
        self.kv_caption = QLabel(precision_row)
        precision_layout.addWidget(self.precision_field, 1)
        precision_layout.addWidget(self.kv_caption)
        precision_layout.addWidget(self.kv_field, 1)
        self._row(form, "precision", precision_row)
        load_row = QWidget(self.form_box)
        load_layout = QHBoxLayout(load_row)
        load_layout.setContentsMargins(0, 0, 0, 0)
        self._load_captions = {}
        for name in ("context", "batch", "count"):
            caption = QLabel(load_row)
            self._load_captions[name] = caption
            if name != "context":
                load_layout.addWidget(caption)
            load_layout.addWidget(self._text(name, load_row), 1)
        self._row(form, "context", load_row)
        self._row(form, "max_count", self._text("max_count", self.form_box))

        self.explain_button = QPushButton(self)
        self.explain_button.clicked.connect(self.show_explanation)
        self.assemble(scrolled(self.form_box, self), [self.explain_button], [340, 320])

        for widget in self.fields.values():
            widget.edited.connect(self._edited)
        state.inference_changed.connect(self.refresh)
        state.data_changed.connect(self.refresh)
        state.catalog_changed.connect(self._fill_devices)
        state.currency_changed.connect(self.retranslate)
        self._fill_devices()
        self.retranslate()

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        caption = QLabel(form.parentWidget())
        self._captions[key] = caption
        form.addRow(caption, widget)

    def _text(self, name: str, parent: QWidget) -> TextField:
        field = TextField(name, parent)
        self.fields[name] = field
        return field

    # Texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text in the UI language."""
        captions = {
            "model": self.tr("Model"),
            "shape": self.tr("Shape (custom model)"),
            "device": self.tr("Device"),
            "precision": self.tr("Weights"),
            "context": self.tr("Context (tokens)"),
            "max_count": self.tr("Ranking: at most devices"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        self.kv_caption.setText(self.tr("KV cache"))
        self._load_captions["batch"].setText(self.tr("Batch"))
        self._load_captions["count"].setText(self.tr("Devices"))
        placeholders = {
            "layers": self.tr("layers"),
            "hidden": self.tr("hidden"),
            "heads": self.tr("heads"),
            "kv_heads": self.tr("KV heads"),
            "context": self.tr("model default"),
            "batch": "1",
            "count": "1",
            "max_count": "8",
        }
        for name, text in placeholders.items():
            self.fields[name].setPlaceholderText(text)
        self.model_field.setToolTip(
            self.tr("A preset (shapes from the model cards) or a parameter count such as 70B")
        )
        self.kv_field.set_choices(
            [(self.tr("as weights"), FOLLOW_WEIGHTS), *((p, p) for p in KV_PRECISIONS)],
            self._state.inference_form.kv_precision,
        )
        self.use_selected_button.setText(self.tr("Use selected"))
        self.form_box.setTitle(self.tr("Model and hardware"))
        self.results_box.setTitle(self.tr("Result (upper bounds, not forecasts)"))
        self.ranking_box.setTitle(self.tr("Which filtered devices can serve it"))
        self.explain_button.setText(self.tr("Explain…"))
        self.ranking_view.export_button.setText(self.tr("Export ranking CSV…"))
        self.ranking_view.caption.setText(self.tr("Chart:"))
        self.ranking_view.set_excluded_headers(self.tr("Device"), self.tr("Why it cannot"))
        self.refresh()

    def _fill_devices(self) -> None:
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
            changes.update(layers="", hidden="", heads="", kv_heads="")
        self._state.update_inference(**changes)

    def use_selected_device(self) -> None:
        """Size the model on the device selected in the table."""
        if self._state.current_id is not None:
            self._state.update_inference(device=self._state.current_id)

    def _show_form(self) -> None:
        form = self._state.inference_form
        self.model_field.show_value(form.model)
        self.device_field.show_value(form.device)
        self.precision_field.show_value(form.precision)
        self.kv_field.show_value(form.kv_precision)
        custom = is_parameter_count(form.model)
        for name in (
            "layers",
            "hidden",
            "heads",
            "kv_heads",
            "context",
            "batch",
            "count",
            "max_count",
        ):
            self.fields[name].show_text(getattr(form, name))
        for name in ("layers", "hidden", "heads", "kv_heads"):
            self.fields[name].setEnabled(custom)

    # Computing --------------------------------------------------------------------------------
    @when_visible
    def refresh(self) -> None:
        """Recompute from the state; show an error next to its field."""
        self._show_form()
        state = self._state
        for widget in self.fields.values():
            mark(widget, False)
        try:
            inputs, max_count = parse_form(state.inference_form)
        except InputError as error:
            self._show_error(error)
            return
        self.error_label.setVisible(False)
        rows = state.catalog.loc[state.catalog["id"] == state.inference_form.device]
        if rows.empty:
            self._show_error(InputError("device", self.tr("choose a device")))
        else:
            self.result = size(inputs, rows.iloc[0])
            self._show_result(self.result)
        filtered = state.catalog[state.mask]
        self.ranking = rank(filtered, inputs, max_count)
        self._show_ranking(self.ranking, len(filtered), max_count)

    def _show_error(self, error: InputError) -> None:
        self.error = error
        widget = self.fields.get(
            {"devices": "count", "max_devices": "max_count"}.get(error.field, error.field)
        )
        if widget is not None:
            mark(widget, True, error.message)
        self.error_label.setText(f"{error.field}: {error.message}")
        self.error_label.setVisible(True)
        self.result = None
        self.results.set_rows([])
        self.notes_label.setVisible(False)
        self.explain_button.setEnabled(False)

    def _show_result(self, result: InferenceResult) -> None:
        self.error = None
        money = self._state.currency
        rows = [
            ("devices", self.tr("Devices"), f"{result.devices:,}", ""),
            (
                "capacity_gb",
                self.tr("Memory available"),
                "—" if result.capacity_gb is None else f"{number_text(result.capacity_gb)} GB",
                "",
            ),
        ]
        labels = result_labels()
        units = {"tokens": self.tr("tokens"), "tokens/s": self.tr("tokens/s")}
        for explanation in explain(result, money.per_usd, money.code):
            value = explanation.value
            if value is None or (isinstance(value, float) and math.isnan(value)):
                text = "—"
            elif explanation.key == "usd_per_million_tokens":
                units = self._state.chinese_units
                text = f"{format_money(float(value), QLocale(), units)} {money.code}"
            else:
                unit = units.get(explanation.unit, explanation.unit)
                text = f"{number_text(float(value))} {unit}".strip()
            rows.append(
                (
                    explanation.key,
                    labels.get(explanation.key, explanation.label),
                    text,
                    explanation.formula,
                )
            )
        fits = {True: self.tr("yes"), False: self.tr("no"), None: "—"}[result.fits]
        rows.insert(2, ("fits", self.tr("Fits"), fits, ""))
        self.results.set_rows(rows)
        self.notes_label.setText("\n".join(f"• {note}" for note in result.notes))
        self.notes_label.setVisible(bool(result.notes))
        self.explain_button.setEnabled(True)

    def _show_ranking(self, ranking: Ranking, total: int, max_count: int) -> None:
        money = self._state.currency
        served = ranking.served.rename(columns={"id": "device"}).copy()
        served["usd_per_million_tokens"] = served["usd_per_million_tokens"] * money.per_usd
        excluded = ranking.excluded.rename(columns={"id": "device"})
        reasons = inference_reasons(max_count)
        excluded["reason"] = excluded["reason"].map(lambda r: reasons.get(r, r))
        columns = [
            FrameColumn("name", self.tr("Device")),
            FrameColumn("devices", self.tr("Devices"), lambda v: f"{v:,.0f}"),
            FrameColumn("total_gb", self.tr("Memory used (GB)"), number_text),
            FrameColumn("max_batch", self.tr("Largest batch"), lambda v: f"{v:,.0f}"),
            FrameColumn(
                "decode_tokens_per_s_per_sequence", self.tr("Decode ≤ tok/s/seq"), number_text
            ),
            FrameColumn("prefill_tokens_per_s", self.tr("Prefill ≤ tok/s"), number_text),
            FrameColumn(
                "usd_per_million_tokens",
                self.tr("≥ {c} per 1M tokens").format(c=money.code),
                number_text,
            ),
        ]
        kinds = dict(zip(self._state.catalog["id"], self._state.catalog["kind"], strict=True))
        self.ranking_view.show_ranking(served, columns, excluded, kinds)
        self.ranking_view.set_bar_metrics(
            [
                (
                    "usd_per_million_tokens",
                    self.tr("Cost per 1M tokens ({c})").format(c=money.code),
                    number_text,
                ),
                ("devices", self.tr("Devices needed"), number_text),
                ("total_gb", self.tr("Memory used (GB)"), number_text),
            ]
        )
        self.ranking_view.excluded_label.setText(
            self.tr("{n} of {total} filtered devices cannot serve it:").format(
                n=len(excluded), total=total
            )
        )
        self.ranking_view.set_tab_titles(
            self.tr("Chart"), self.tr("Cannot serve ({n})").format(n=len(excluded))
        )

    def show_explanation(self) -> None:
        """A dialog with every formula and its inputs."""
        if self.result is None:
            return
        money = self._state.currency
        text = "\n\n".join(
            f"{e.label}\n  {e.formula}" for e in explain(self.result, money.per_usd, money.code)
        )
        notes = "\n".join(f"• {n}" for n in self.result.notes)
        dialog = ExplainDialog(
            self.tr("How the result is computed"), f"{text}\n\n{notes}".strip(), self
        )
        self.last_explanation = dialog
        dialog.open()


def result_labels() -> dict[str, str]:
    """Labels of the core's explanation keys, in the UI language."""

    return {
        "weight_gb": QCoreApplication.translate("InferencePanel", "Weights"),
        "kv_cache_gb": QCoreApplication.translate("InferencePanel", "KV cache"),
        "overhead_gb": QCoreApplication.translate("InferencePanel", "Overhead allowance"),
        "total_gb": QCoreApplication.translate("InferencePanel", "Total memory"),
        "min_devices": QCoreApplication.translate("InferencePanel", "Minimum devices"),
        "max_batch": QCoreApplication.translate("InferencePanel", "Largest batch at this context"),
        "max_context": QCoreApplication.translate(
            "InferencePanel", "Largest context at this batch"
        ),
        "decode_tokens_per_s_per_sequence": QCoreApplication.translate(
            "InferencePanel", "Decode bound per sequence"
        ),
        "decode_tokens_per_s_total": QCoreApplication.translate(
            "InferencePanel", "Decode bound, all sequences"
        ),
        "prefill_tokens_per_s": QCoreApplication.translate("InferencePanel", "Prefill bound"),
        "usd_per_million_tokens": QCoreApplication.translate(
            "InferencePanel", "Cost per million generated tokens"
        ),
    }
