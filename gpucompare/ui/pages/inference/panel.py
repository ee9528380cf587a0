"""Inference sizing: will a model serve on a device, and how fast at best?

The form lives in the state (``state.inference_form``); results come from the Qt-free
core, each with its formula as a tooltip; the ranking covers the filtered catalog.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from gpucompare.core.inference import (
    ENGINES,
    KV_PRECISIONS,
    WEIGHT_PRECISIONS,
    InferenceResult,
    Ranking,
    rank,
    size,
)
from gpucompare.core.inference.explain import explain
from gpucompare.core.inference.form import is_parameter_count, parse_form
from gpucompare.core.issues import InputError
from gpucompare.core.state import AppState
from gpucompare.ui.formatting import format_money
from gpucompare.ui.labels.calculators import inference_reasons
from gpucompare.ui.labels.messages import message_text
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
from gpucompare.ui.pages.inference.labels import (
    bound_names,
    kv_follow_label,
    latency_names,
    ranking_columns,
    result_labels,
    sort_names,
)
from gpucompare.ui.pages.inference.model_field import ModelField
from gpucompare.ui.pages.inference.texts import caption_texts, placeholder_texts
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible

PREFERRED_DEVICE = "nvidia-h100-sxm5-80gb"
FOLLOW_WEIGHTS = ""
MONEY_KEYS = (
    "usd_per_million_tokens",
    "usd_per_million_input_tokens",
    "usd_per_million_output_tokens",
)
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
        moe_row = QWidget(self.form_box)
        moe_layout = QHBoxLayout(moe_row)
        moe_layout.setContentsMargins(0, 0, 0, 0)
        for name in ("active_params", "experts", "experts_per_token"):
            moe_layout.addWidget(self._text(name, moe_row))
        self._row(form, "moe", moe_row)
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
        workload_row = QWidget(self.form_box)
        workload_layout = QHBoxLayout(workload_row)
        workload_layout.setContentsMargins(0, 0, 0, 0)
        workload_layout.addWidget(self._text("input_tokens", workload_row), 1)
        self.output_caption = QLabel(workload_row)
        workload_layout.addWidget(self.output_caption)
        workload_layout.addWidget(self._text("output_tokens", workload_row), 1)
        self._row(form, "workload", workload_row)
        targets_row = QWidget(self.form_box)
        targets_layout = QHBoxLayout(targets_row)
        targets_layout.setContentsMargins(0, 0, 0, 0)
        for name in ("ttft_ms", "tpot_ms"):
            targets_layout.addWidget(self._text(name, targets_row), 1)
        self._row(form, "targets", targets_row)
        self.engine_field = ChoiceField("engine", self.form_box)
        self.engine_field.set_choices([(e.name, key) for key, e in ENGINES.items()], "vllm")
        self.fields["engine"] = self.engine_field
        self._row(form, "engine", self.engine_field)
        ranking_row = QWidget(self.form_box)
        ranking_layout = QHBoxLayout(ranking_row)
        ranking_layout.setContentsMargins(0, 0, 0, 0)
        ranking_layout.addWidget(self._text("max_count", ranking_row), 1)
        self.sort_caption = QLabel(ranking_row)
        self.sort_field = ChoiceField("sort", ranking_row)
        self.fields["sort"] = self.sort_field
        ranking_layout.addWidget(self.sort_caption)
        ranking_layout.addWidget(self.sort_field, 1)
        self._row(form, "max_count", ranking_row)

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
        captions = caption_texts()
        for key, text in captions.items():
            self._captions[key].setText(text)
        self.kv_caption.setText(self.tr("KV cache"))
        self._load_captions["batch"].setText(self.tr("Batch"))
        self._load_captions["count"].setText(self.tr("Devices"))
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
        self.form_box.setTitle(self.tr("Model and hardware"))
        self.results_box.setTitle(self.tr("Result (upper bounds, not forecasts)"))
        self.ranking_box.setTitle(self.tr("Which filtered devices can serve it"))
        self.explain_button.setText(self.tr("Explain…"))
        self.ranking_view.export_button.setText(self.tr("Export ranking CSV…"))
        self.ranking_view.caption.setText(self.tr("Chart:"))
        self.ranking_view.set_excluded_headers(self.tr("Device"), self.tr("Why it cannot"))
        # Set once per language or currency: setting them redraws the bars.
        self.ranking_view.set_bar_metrics(
            [
                (
                    "usd_per_million_tokens",
                    self.tr("Cost per 1M tokens ({c})").format(c=self._state.currency.code),
                    number_text,
                ),
                ("devices", self.tr("Devices needed"), number_text),
                ("total_gb", self.tr("Memory used (GB)"), number_text),
            ]
        )
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
            changes.update(dict.fromkeys((*CUSTOM_FIELDS, "experts_per_token"), ""))
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
        self.engine_field.show_value(form.engine)
        self.sort_field.show_value(form.sort)
        custom = is_parameter_count(form.model)
        for name in TEXT_FIELDS:
            self.fields[name].show_text(getattr(form, name))
        for name in (*CUSTOM_FIELDS, "experts_per_token"):
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
        self.ranking = rank(filtered, inputs, max_count, sort=state.inference_form.sort)
        self._show_ranking(self.ranking, len(filtered), max_count)

    def _show_error(self, error: InputError) -> None:
        self.error = error
        widget = self.fields.get(
            {"devices": "count", "max_devices": "max_count"}.get(error.field, error.field)
        )
        if widget is not None:
            mark(widget, True, message_text(error.message))
        self.error_label.setText(f"{error.field}: {message_text(error.message)}")
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
            elif explanation.key == "latency_batch":
                limit = latency_names().get(result.latency_bound or "", "—")
                text = f"{int(value):,} ({limit})"
            elif explanation.key in MONEY_KEYS:
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
                    message_text(explanation.formula),
                )
            )
        fits = {True: self.tr("yes"), False: self.tr("no"), None: "—"}[result.fits]
        rows.insert(2, ("fits", self.tr("Fits"), fits, ""))
        bound = bound_names().get(result.bound or "", "—")
        how = self.tr("The larger of memory time (bytes / bandwidth) and compute time")
        rows.insert(3, ("bound", self.tr("Bound by"), bound, how))
        self.results.set_rows(rows)
        self.notes_label.setText("\n".join(f"• {message_text(note)}" for note in result.notes))
        self.notes_label.setVisible(bool(result.notes))
        self.explain_button.setEnabled(True)

    def _show_ranking(self, ranking: Ranking, total: int, max_count: int) -> None:
        money = self._state.currency
        served = ranking.served.rename(columns={"id": "device"}).copy()
        served["usd_per_million_tokens"] = served["usd_per_million_tokens"] * money.per_usd
        served["bound"] = served["bound"].map(lambda b: bound_names().get(b, "—"))
        excluded = ranking.excluded.rename(columns={"id": "device"})
        reasons = inference_reasons(max_count)
        excluded["reason"] = excluded["reason"].map(lambda r: reasons.get(r, r))
        columns = ranking_columns(money.code)
        kinds = dict(zip(self._state.catalog["id"], self._state.catalog["kind"], strict=True))
        self.ranking_view.show_ranking(served, columns, excluded, kinds)
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
        money, labels = self._state.currency, result_labels()
        text = "\n\n".join(
            f"{labels.get(e.key, e.label)}\n  {message_text(e.formula)}"
            for e in explain(self.result, money.per_usd, money.code)
        )
        notes = "\n".join(f"• {message_text(n)}" for n in self.result.notes)
        dialog = ExplainDialog(
            self.tr("How the result is computed"), f"{text}\n\n{notes}".strip(), self
        )
        self.last_explanation = dialog
        dialog.open()
