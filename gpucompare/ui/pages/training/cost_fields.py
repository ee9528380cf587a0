"""The training form's Pricing and Energy tabs, and the hints their empty fields show.

Cloud pricing enables the hourly price, owned pricing the purchase fields; an empty
price field shows the catalog's price, other empty fields the default they fall back to.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QButtonGroup, QRadioButton

from gpucompare.core.forms import TrainingForm as FormValues
from gpucompare.core.state import AppState
from gpucompare.core.training import presets
from gpucompare.ui.labels.data_labels import preset_tooltip
from gpucompare.ui.pages.calculator import number_text
from gpucompare.ui.pages.training import extra_fields
from gpucompare.ui.pages.training.form_rows import FormRows, row_widget
from gpucompare.ui.pages.training.preset_choosers import PresetChoosers
from gpucompare.ui.widgets.quiet import set_quietly

OWNED_ONLY_FIELDS = (
    "purchase_price",
    "overhead",
    "lifetime_years",
    "utilization",
    "electricity_price",
    *extra_fields.OWNERSHIP_FIELDS,
)
# Fields whose empty state falls back to the default preset of this kind.
DEFAULT_KINDS = {
    "overhead": "overhead",
    "lifetime_years": "lifetime",
    "utilization": "utilization",
    "power_draw": "draw",
    "electricity_price": "electricity",
}
CATALOG_PRICES = (("price_per_hour", "cloud_usd_per_hour"), ("purchase_price", "launch_price_usd"))


class CostFields(QObject):
    """Builds the Pricing and Energy tabs; shows the pricing mode and the fields' hints."""

    def __init__(self, state: AppState, rows: FormRows, choosers: PresetChoosers) -> None:
        super().__init__(rows.tabs)
        self._state = state
        self._fields = rows.fields
        self._build_pricing_page(rows)
        self._build_energy_page(rows, choosers)

    def _build_pricing_page(self, rows: FormRows) -> None:
        page, form = rows.page()
        mode_row, mode_layout = row_widget(page)
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
        rows.row(form, "pricing", mode_row)
        for name in ("price_per_hour", "purchase_price", "overhead", "lifetime_years"):
            rows.row(form, name, rows.text(name, page))
        rows.row(form, "utilization", rows.text("utilization", page))
        extra_fields.add_ownership_rows(rows, form, page)

    def _build_energy_page(self, rows: FormRows, choosers: PresetChoosers) -> None:
        page, form = rows.page()
        rows.row(form, "power_draw", rows.text("power_draw", page))
        for name in ("pue", "carbon_intensity"):
            rows.preset_row(form, name, choosers)
        rows.row(form, "electricity_price", rows.text("electricity_price", page))
        extra_fields.add_host_row(rows, form, page)

    def retranslate(self) -> None:
        """The pricing mode's radio buttons."""
        self.cloud_radio.setText(self.tr("Cloud (rent)"))
        self.owned_radio.setText(self.tr("Owned (buy)"))

    def show(self, form: FormValues) -> None:
        """The pricing mode of ``form``, with only its fields enabled, and every hint."""
        cloud = form.pricing != "owned"
        set_quietly(self.cloud_radio, "setChecked", cloud)
        set_quietly(self.owned_radio, "setChecked", not cloud)
        self._fields["price_per_hour"].setEnabled(cloud)
        for name in OWNED_ONLY_FIELDS:
            self._fields[name].setEnabled(not cloud)
        self._show_placeholders()

    def _show_placeholders(self) -> None:
        state = self._state
        row = state.catalog.loc[state.catalog["id"] == state.training_form.device]
        money = state.currency
        if not row.empty:
            for name, column in CATALOG_PRICES:
                price = row[column].iloc[0]
                self._fields[name].setPlaceholderText(
                    self.tr("catalog: {v}").format(v=number_text(money.from_usd(price)))
                    if not pd.isna(price)
                    else self.tr("no catalog price: type one")
                )
        for name, kind in DEFAULT_KINDS.items():
            preset = next(p for p in presets(kind) if p.default)
            value = money.from_usd(preset.value) if name == "electricity_price" else preset.value
            self._fields[name].setPlaceholderText(self.tr("default {v}").format(v=f"{value:.4g}"))
            self._fields[name].setToolTip(preset_tooltip(preset))
