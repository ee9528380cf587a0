"""The training-cost calculator: inputs, live results with their formulas, and a ranking.

The form lives in the state (``state.training_form``); this panel shows it, writes
edits back, and recomputes with the Qt-free core whenever the form, the filters or
the currency change. Money is typed and shown in the display currency.
"""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import QLocale, Qt
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

from gpucompare.core.issues import InputError
from gpucompare.core.quantities import format_count
from gpucompare.core.state import AppState
from gpucompare.core.training import (
    TRAINING_PRECISIONS,
    CloudPricing,
    Ranking,
    TrainingInputs,
    TrainingResult,
    estimate,
    explain,
    presets,
    rank,
)
from gpucompare.core.training.form import COMPUTE_OPTIMAL_WORDS, is_preset_name, parse_form
from gpucompare.ui.formatting import format_money
from gpucompare.ui.labels.calculators import optimizer_labels, sharding_labels, training_reasons
from gpucompare.ui.models.frame import FrameColumn
from gpucompare.ui.pages.calculator import (
    CalculatorPage,
    ChoiceField,
    DeviceField,
    ExplainDialog,
    TextField,
    mark,
    number_text,
)
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible
from gpucompare.ui.widgets.quiet import set_quietly

MONEY_FIELDS = ("price_per_hour", "purchase_price", "electricity_price")
CUSTOM = "__custom__"
PREFERRED_DEVICE = "nvidia-h100-sxm5-80gb"


class TrainingPanel(RefreshesWhenShown, CalculatorPage):
    """Inputs on the left, results and the catalog ranking on the right."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("trainingPanel")
        self.result: TrainingResult | None = None
        self.ranking: Ranking | None = None
        self.error: InputError | None = None
        self._currency = state.currency
        self.fields: dict[str, QWidget] = {}
        self._captions: dict[str, QLabel] = {}

        self.form_tabs = QTabWidget(self)
        self.form_tabs.setObjectName("trainingFormTabs")
        self._build_run_page()
        self._build_pricing_page()
        self._build_energy_page()
        self._build_memory_page()

        self.explain_button = QPushButton(self)
        self.explain_button.clicked.connect(self.show_explanation)
        self.export_result_button = QPushButton(self)
        self.assemble(self.form_tabs, [self.explain_button, self.export_result_button], [330, 330])

        for widget in self.fields.values():
            if hasattr(widget, "edited"):
                widget.edited.connect(self._edited)
        state.training_changed.connect(self.refresh)
        state.data_changed.connect(self.refresh)
        state.catalog_changed.connect(self._fill_devices)
        state.currency_changed.connect(self._currency_changed)
        self._fill_devices()
        self.retranslate()

    # Building the form ------------------------------------------------------------------------
    def _page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form_tabs.addTab(page, "")
        return page, form

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        caption = QLabel(form.parentWidget())
        self._captions[key] = caption
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
        self._row(form, "params", self._text("params", page))
        tokens_row = QWidget(page)
        tokens_layout = QHBoxLayout(tokens_row)
        tokens_layout.setContentsMargins(0, 0, 0, 0)
        tokens_layout.addWidget(self._text("tokens", tokens_row), 1)
        self.optimal_check = QCheckBox(tokens_row)
        self.optimal_check.toggled.connect(self._optimal_toggled)
        tokens_layout.addWidget(self.optimal_check)
        self._row(form, "tokens", tokens_row)
        self._row(form, "flops", self._text("flops", page))
        device_row = QWidget(page)
        device_layout = QHBoxLayout(device_row)
        device_layout.setContentsMargins(0, 0, 0, 0)
        self.device_field = DeviceField(device_row)
        self.fields["device"] = self.device_field
        self.use_selected_button = QPushButton(device_row)
        self.use_selected_button.clicked.connect(self.use_selected_device)
        device_layout.addWidget(self.device_field, 1)
        device_layout.addWidget(self.use_selected_button)
        self._row(form, "device", device_row)
        precision = self._choice("precision", page)
        precision.set_choices([(p, p) for p in TRAINING_PRECISIONS], "BF16")
        self._row(form, "precision", precision)
        count_row = QWidget(page)
        count_layout = QHBoxLayout(count_row)
        count_layout.setContentsMargins(0, 0, 0, 0)
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
        mfu_row = QWidget(page)
        mfu_layout = QHBoxLayout(mfu_row)
        mfu_layout.setContentsMargins(0, 0, 0, 0)
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
        mode_row = QWidget(page)
        mode_layout = QHBoxLayout(mode_row)
        mode_layout.setContentsMargins(0, 0, 0, 0)
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
        for name in (
            "price_per_hour",
            "purchase_price",
            "overhead",
            "lifetime_years",
            "utilization",
        ):
            self._row(form, name, self._text(name, page))

    def _build_energy_page(self) -> None:
        page, form = self._page()
        self._row(form, "power_draw", self._text("power_draw", page))
        for name, kind in (("pue", "pue"), ("carbon_intensity", "carbon")):
            row = QWidget(page)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            chooser = ChoiceField(f"{name}_preset", row)
            chooser.setProperty("preset_kind", kind)
            chooser.setProperty("target", name)
            chooser.edited.connect(self._preset_chosen)
            setattr(self, f"{name}_preset", chooser)
            row_layout.addWidget(chooser, 2)
            row_layout.addWidget(self._text(name, row), 1)
            self._row(form, name, row)
        self._row(form, "electricity_price", self._text("electricity_price", page))

    def _build_memory_page(self) -> None:
        page, form = self._page()
        self._row(form, "optimizer", self._choice("optimizer", page))
        self._row(form, "sharding", self._choice("sharding", page))
        for name in ("seq_len", "micro_batch"):
            self._row(form, name, self._text(name, page))
        self.recompute_check = QCheckBox(page)
        self.recompute_check.toggled.connect(lambda on: self._state.update_training(recompute=on))
        self._row(form, "recompute", self.recompute_check)
        for name in ("layers", "hidden"):
            self._row(form, name, self._text(name, page))

    # Texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text in the UI language."""
        for index, title in enumerate(
            (self.tr("Run"), self.tr("Pricing"), self.tr("Energy"), self.tr("Memory"))
        ):
            self.form_tabs.setTabText(index, title)
        code = self._state.currency.code
        captions = {
            "params": self.tr("Parameters"),
            "tokens": self.tr("Training tokens"),
            "flops": self.tr("Or FLOPs budget"),
            "device": self.tr("Device"),
            "precision": self.tr("Precision (dense)"),
            "devices": self.tr("Devices"),
            "mfu": self.tr("MFU"),
            "mfu_band": "",
            "pricing": self.tr("Pricing"),
            "price_per_hour": self.tr("Price per device-hour ({c})").format(c=code),
            "purchase_price": self.tr("Purchase price per device ({c})").format(c=code),
            "overhead": self.tr("Server and facility overhead"),
            "lifetime_years": self.tr("Useful life (years)"),
            "utilization": self.tr("Utilisation"),
            "power_draw": self.tr("Average draw (× rated power)"),
            "pue": self.tr("PUE"),
            "carbon_intensity": self.tr("Grid carbon (kg CO₂/kWh)"),
            "electricity_price": self.tr("Electricity ({c}/kWh)").format(c=code),
            "optimizer": self.tr("Optimizer"),
            "sharding": self.tr("Sharding"),
            "seq_len": self.tr("Sequence length"),
            "micro_batch": self.tr("Micro-batch"),
            "recompute": "",
            "layers": self.tr("Layers (optional)"),
            "hidden": self.tr("Hidden size (optional)"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        placeholders = {
            "params": self.tr("e.g. 7B, 70B, 1.3T"),
            "tokens": self.tr("e.g. 300B, 2T"),
            "flops": self.tr("optional, e.g. 8.4e23"),
            "count": self.tr("e.g. 1024"),
            "days": self.tr("e.g. 30"),
            "mfu": "0.4",
            "layers": self.tr("derived from parameters"),
            "hidden": self.tr("derived from parameters"),
        }
        for name, text in placeholders.items():
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
        self.recompute_check.setText(self.tr("Activation recomputation"))
        self.results_box.setTitle(self.tr("Result"))
        self.ranking_box.setTitle(self.tr("The same run on every filtered device"))
        self.explain_button.setText(self.tr("Explain…"))
        self.export_result_button.setText(self.tr("Export result CSV…"))
        self.ranking_view.export_button.setText(self.tr("Export ranking CSV…"))
        self.ranking_view.caption.setText(self.tr("Chart:"))
        self.ranking_view.set_excluded_headers(self.tr("Device"), self.tr("Why it is left out"))
        self._fill_choices()
        self.refresh()

    def _fill_choices(self) -> None:
        form = self._state.training_form
        self.fields["optimizer"].set_choices(
            [(label, key) for key, label in optimizer_labels().items()], form.optimizer
        )
        self.fields["sharding"].set_choices(
            [(label, key) for key, label in sharding_labels().items()], form.sharding
        )
        for chooser, kind in (
            (self.mfu_preset, "mfu"),
            (self.pue_preset, "pue"),
            (self.carbon_intensity_preset, "carbon"),
        ):
            choices = [(f"{p.label} — {p.value:g}", p.key) for p in presets(kind)]
            chooser.set_choices([*choices, (self.tr("Custom value"), CUSTOM)], "")
            for index, preset in enumerate(presets(kind)):
                chooser.setItemData(index, preset.describe(), Qt.ItemDataRole.ToolTipRole)

    def _fill_devices(self) -> None:
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
        changes = {name: value}
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

    def _currency_changed(self) -> None:
        old, new = self._currency, self._state.currency
        self._currency = new
        form = self._state.training_form
        converted = {}
        for name in MONEY_FIELDS:
            text = getattr(form, name).strip()
            try:
                amount = float(text.replace(",", ""))
            except ValueError:
                continue
            converted[name] = f"{new.from_usd(old.to_usd(amount)):.6g}"
        self.retranslate()
        if converted:
            self._state.update_training(**converted)

    # Showing the form -------------------------------------------------------------------------
    def _show_form(self) -> None:
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
        set_quietly(self.recompute_check, "setChecked", form.recompute)
        by_days = bool(form.days.strip()) and not form.count.strip()
        set_quietly(self.days_radio, "setChecked", by_days)
        set_quietly(self.count_radio, "setChecked", not by_days)
        self.fields["count"].setEnabled(not by_days)
        self.fields["days"].setEnabled(by_days)
        cloud = form.pricing != "owned"
        set_quietly(self.cloud_radio, "setChecked", cloud)
        set_quietly(self.owned_radio, "setChecked", not cloud)
        self.fields["price_per_hour"].setEnabled(cloud)
        for name in (
            "purchase_price",
            "overhead",
            "lifetime_years",
            "utilization",
            "electricity_price",
        ):
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
            cloud = row["cloud_usd_per_hour"].iloc[0]
            price = row["launch_price_usd"].iloc[0]
            self.fields["price_per_hour"].setPlaceholderText(
                self.tr("catalog: {v}").format(v=number_text(money.from_usd(cloud)))
                if not pd.isna(cloud)
                else self.tr("no catalog price: type one")
            )
            self.fields["purchase_price"].setPlaceholderText(
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
            self.fields[name].setToolTip(preset.describe())

    # Computing --------------------------------------------------------------------------------
    @when_visible
    def refresh(self) -> None:
        """Recompute result and ranking from the state; show errors next to their field."""
        self._show_form()
        state = self._state
        for widget in self.fields.values():
            mark(widget, False)
        try:
            inputs = parse_form(state.training_form, state.currency)
            self.error = None
        except InputError as error:
            self._show_error(error)
            return
        rows = state.catalog.loc[state.catalog["id"] == state.training_form.device]
        try:
            if rows.empty:
                raise InputError("device", self.tr("choose a device"))
            self.result = estimate(inputs, rows.iloc[0])
        except InputError as error:
            self.result = None
            self._show_error(error, keep_ranking=True)
            self._rank(inputs)
            return
        self.error_label.setVisible(False)
        self._show_result(self.result)
        self._rank(inputs)

    def _show_error(self, error: InputError, keep_ranking: bool = False) -> None:
        self.error = error
        widget = self.fields.get(_FIELD_WIDGETS.get(error.field, error.field))
        if widget is not None:
            mark(widget, True, error.message)
        self.error_label.setText(f"{self._caption_for(error.field)}: {error.message}")
        self.error_label.setVisible(True)
        self.result = None
        self.results.set_rows([])
        self.notes_label.setVisible(False)
        self.explain_button.setEnabled(False)
        self.export_result_button.setEnabled(False)
        if not keep_ranking:
            self.ranking = None
            self.ranking_view.show_ranking(
                pd.DataFrame(columns=["device", "name"]), [], _empty_excluded(), {}
            )

    def _caption_for(self, field: str) -> str:
        key = {"target_days": "devices", "mfu_band": "mfu", "carbon": "carbon_intensity"}.get(
            field, field
        )
        caption = self._captions.get(key) or self._captions.get(_FIELD_WIDGETS.get(field, ""), None)
        return caption.text() if caption is not None and caption.text() else field

    def _money(self, usd: float | None) -> str:
        if usd is None or (isinstance(usd, float) and math.isnan(usd)):
            return "—"
        money = self._state.currency
        units = self._state.chinese_units
        return f"{format_money(money.from_usd(usd), QLocale(), units)} {money.code}"

    def _show_result(self, result: TrainingResult) -> None:
        notes = explain(result, self._state.currency)
        days = result.wall_clock_days
        energy_cost = (
            self.tr("included in the cloud price")
            if result.energy_cost_usd is None and isinstance(result.inputs.pricing, CloudPricing)
            else self._money(result.energy_cost_usd)
        )
        fits = {True: self.tr("yes"), False: self.tr("no"), None: "—"}[result.fits]
        available = (
            "—" if result.memory_available_gb is None else number_text(result.memory_available_gb)
        )
        rows = [
            (
                "training_flops",
                self.tr("Training compute"),
                f"{result.training_flops:.3g} FLOP".replace("e+", "e"),
                notes["training_flops"],
            ),
            ("tokens", self.tr("Tokens"), format_count(result.tokens), notes["training_flops"]),
            ("devices", self.tr("Devices"), f"{result.devices:,}", notes["devices"]),
            ("mfu", self.tr("MFU"), f"{result.mfu:g}", self.tr("Model FLOPs utilisation")),
            (
                "wall_clock_hours",
                self.tr("Wall-clock time"),
                self.tr("{h} h ({d} days)").format(
                    h=number_text(result.wall_clock_hours), d=number_text(days)
                ),
                notes["wall_clock_hours"],
            ),
            (
                "device_hours",
                self.tr("Device-hours"),
                number_text(result.device_hours),
                notes["device_hours"],
            ),
            (
                "compute_cost_usd",
                self.tr("Compute cost"),
                self._money(result.compute_cost_usd),
                notes["compute_cost_usd"],
            ),
            (
                "energy_kwh",
                self.tr("Energy"),
                "—" if result.energy_kwh is None else f"{number_text(result.energy_kwh)} kWh",
                notes["energy_kwh"],
            ),
            ("energy_cost_usd", self.tr("Energy cost"), energy_cost, notes["energy_cost_usd"]),
            (
                "total_cost_usd",
                self.tr("Total cost"),
                self._money(result.total_cost_usd),
                notes["total_cost_usd"],
            ),
            (
                "co2_kg",
                self.tr("CO₂"),
                "—" if result.co2_kg is None else f"{number_text(result.co2_kg)} kg",
                notes["co2_kg"],
            ),
            (
                "memory_per_device_gb",
                self.tr("Memory per device"),
                self.tr("{need} of {have} GB").format(
                    need=number_text(result.memory_per_device_gb), have=available
                ),
                notes["memory_per_device_gb"],
            ),
            ("fits", self.tr("Fits in memory"), fits, notes["fits"]),
            (
                "min_devices",
                self.tr("Minimum devices that fit"),
                "—" if result.min_devices is None else f"{result.min_devices:,}",
                notes["min_devices"],
            ),
        ]
        if result.band is not None:
            low, high = result.band
            rows.append(
                (
                    "band",
                    self.tr("MFU {a:g}–{b:g}").format(a=low.mfu, b=high.mfu),
                    self.tr("{d1}–{d2} days, {c1}–{c2}").format(
                        d1=number_text(high.wall_clock_days),
                        d2=number_text(low.wall_clock_days),
                        c1=self._money(high.total_cost_usd),
                        c2=self._money(low.total_cost_usd),
                    ),
                    self.tr("The same run at the lowest and highest MFU preset"),
                )
            )
        self.results.set_rows(rows)
        self.notes_label.setText("\n".join(f"⚠ {w}" for w in result.warnings))
        self.notes_label.setVisible(bool(result.warnings))
        self.explain_button.setEnabled(True)
        self.export_result_button.setEnabled(True)

    def _rank(self, inputs: TrainingInputs) -> None:
        state = self._state
        filtered = state.catalog[state.mask]
        self.ranking = rank(inputs, filtered)
        money = state.currency
        results = self.ranking.results.copy()
        for key in ("compute_cost_usd", "energy_cost_usd", "total_cost_usd"):
            results[key] = results[key] * money.per_usd
        results["wall_clock_days"] = results["wall_clock_hours"] / 24.0
        code = money.code
        columns = [
            FrameColumn("name", self.tr("Device")),
            FrameColumn("devices", self.tr("Devices"), lambda v: f"{v:,.0f}"),
            FrameColumn("wall_clock_days", self.tr("Days"), number_text),
            FrameColumn("device_hours", self.tr("Device-hours"), number_text),
            FrameColumn("total_cost_usd", self.tr("Total ({c})").format(c=code), number_text),
            FrameColumn("compute_cost_usd", self.tr("Compute ({c})").format(c=code), number_text),
            FrameColumn("energy_kwh", self.tr("Energy (kWh)"), number_text),
            FrameColumn("co2_kg", self.tr("CO₂ (kg)"), number_text),
            FrameColumn("memory_per_device_gb", self.tr("Memory/device (GB)"), number_text),
            FrameColumn("min_devices", self.tr("Min. devices"), lambda v: f"{v:,.0f}"),
        ]
        kinds = dict(zip(state.catalog["id"], state.catalog["kind"], strict=True))
        excluded = self.ranking.excluded.copy()
        reasons = training_reasons(inputs)
        excluded["reason"] = excluded["reason"].map(lambda r: reasons.get(r, r))
        self.ranking_view.show_ranking(results, columns, excluded, kinds)
        self.ranking_view.set_bar_metrics(
            [
                ("total_cost_usd", self.tr("Total cost ({c})").format(c=code), number_text),
                ("wall_clock_days", self.tr("Wall-clock days"), number_text),
                ("co2_kg", self.tr("CO₂ (kg)"), number_text),
            ]
        )
        self.ranking_view.excluded_label.setText(
            self.tr("{n} of {total} filtered devices cannot be priced or cannot run it:").format(
                n=len(self.ranking.excluded), total=len(filtered)
            )
        )
        self.ranking_view.set_tab_titles(
            self.tr("Chart"), self.tr("Left out ({n})").format(n=len(self.ranking.excluded))
        )

    def show_explanation(self) -> None:
        """A dialog with every formula and its inputs."""
        if self.result is None:
            return
        lines = explain(self.result, self._state.currency)
        text = "\n\n".join(f"{key}\n  {line}" for key, line in lines.items())
        dialog = ExplainDialog(self.tr("How the result is computed"), text, self)
        self.last_explanation = dialog
        dialog.open()


_FIELD_WIDGETS = {
    "devices": "count",
    "target_days": "days",
    "carbon": "carbon_intensity",
    "mfu_band": "mfu",
}


def _empty_excluded() -> pd.DataFrame:
    return pd.DataFrame(columns=["device", "name", "reason"])
