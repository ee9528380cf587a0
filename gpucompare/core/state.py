"""AppState: the single source of truth for what the user has chosen.

Panels read it and write it through its setters; they listen to its signals and
never call each other. It holds no Qt object, so it is tested without a GUI.

Signals:
    catalog_changed: the device list itself changed (a user file was merged).
    prices_changed: the price policy or the observed prices changed (the catalog's
        purchase and cloud prices were picked anew).
    data_changed: the filtered view changed (catalog, filters, precision or currency).
    precision_changed, currency_changed, filters_changed: that setting changed.
    selection_changed: the selected devices or the current device changed.
    columns_changed: the table's visible columns changed.
    chart_changed: a chart setting changed.
    compare_changed: the compared devices or the baseline changed.
    training_changed: the training calculator's form changed.
    inference_changed: the inference panel's form changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from gpucompare.core.catalog.fields import FIELDS, build_view
from gpucompare.core.catalog.filters import FilterEngine, Filters
from gpucompare.core.catalog.price_policy import PricePolicy, apply_price_policy
from gpucompare.core.catalog.prices import empty_prices
from gpucompare.core.catalog.schema import DEFAULT_PRECISION, PRECISION_COLUMNS
from gpucompare.core.currency import BASE, Currency, load_currencies
from gpucompare.core.events import Signal
from gpucompare.core.forms import InferenceForm, TrainingForm

DEFAULT_COLUMNS: tuple[str, ...] = (
    "name",
    "vendor",
    "kind",
    "form_factor",
    "release_year",
    "memory_gb",
    "memory_bandwidth_gbps",
    "peak_tflops",
    "power_w",
    "launch_price_usd",
    "cloud_usd_per_hour",
    "tflops_per_kusd",
    "tflops_per_w",
)


@dataclass(frozen=True)
class ChartSettings:
    """Axes and options of the three charts.

    The scatter opens on memory × memory bandwidth: what a model needs to fit and how
    fast it decodes, and the two figures nearly every vendor publishes, so a fresh start
    plots most of the catalog (price × FLOPS is one click away; few devices have both).
    """

    x: str = "memory_gb"
    y: str = "memory_bandwidth_gbps"
    x_log: bool = True
    y_log: bool = True
    labels: bool = False
    pareto: bool = False
    ranking_metric: str = "peak_tflops"
    ranking_count: int = 25
    trend_metric: str = "peak_tflops"


class AppState:
    """What the user has chosen, and the catalog view that follows from it."""

    def __init__(
        self,
        catalog: pd.DataFrame,
        currencies: dict[str, Currency] | None = None,
        extra_files: Sequence[str] = (),
        prices: pd.DataFrame | None = None,
        policy: PricePolicy | None = None,
        priced: pd.DataFrame | None = None,
    ) -> None:
        """``catalog`` holds the devices; ``prices`` the observed prices that ``policy``
        turns into each device's purchase and cloud price (cells ``catalog`` already
        fills are kept). ``priced``, when given, is that result already computed (see
        :func:`~gpucompare.core.catalog.loading.load_bundled_priced`)."""
        self.catalog_changed = Signal()
        self.prices_changed = Signal()
        self.data_changed = Signal()
        self.precision_changed = Signal()
        self.currency_changed = Signal()
        self.filters_changed = Signal()
        self.selection_changed = Signal()
        self.columns_changed = Signal()
        self.chart_changed = Signal()
        self.compare_changed = Signal()
        self.training_changed = Signal()
        self.inference_changed = Signal()
        self.currencies = currencies if currencies is not None else load_currencies()
        self._devices = catalog.reset_index(drop=True)
        self._prices = prices if prices is not None else empty_prices()
        self._policy = policy or PricePolicy()
        self._catalog = self._priced() if priced is None else priced.reset_index(drop=True)
        self._extra_files = tuple(extra_files)
        self._engine = FilterEngine(self._catalog)
        self._precision = DEFAULT_PRECISION
        self._currency = self.currencies[BASE]
        self._filters = Filters()
        self._columns = DEFAULT_COLUMNS
        self._selected: tuple[str, ...] = ()
        self._current: str | None = None
        self._chart = ChartSettings()
        self._compare: tuple[str, ...] = ()
        self._baseline: str | None = None
        self._chinese_units = False
        self._training = TrainingForm()
        self._inference = InferenceForm()
        self._view: pd.DataFrame | None = None
        self._mask: np.ndarray | None = None
        self._filtered: pd.DataFrame | None = None

    # The catalog -------------------------------------------------------------
    @property
    def catalog(self) -> pd.DataFrame:
        """Every device: the bundled catalog with the user's files merged over it."""
        return self._catalog

    @property
    def devices(self) -> pd.DataFrame:
        """The devices before pricing: only the price cells a catalog file gave itself."""
        return self._devices

    @property
    def prices(self) -> pd.DataFrame:
        """Every observed price (bundled and the user's), in the currency quoted."""
        return self._prices

    @property
    def price_policy(self) -> PricePolicy:
        """How one purchase and one cloud price are picked per device."""
        return self._policy

    def set_price_policy(self, policy: PricePolicy) -> None:
        """Pick the devices' prices anew by ``policy``."""
        if policy != self._policy:
            self._policy = policy
            self._reprice()

    def _priced(self) -> pd.DataFrame:
        return apply_price_policy(self._devices, self._prices, self._policy, self.currencies)

    def _reprice(self) -> None:
        self._catalog = self._priced().reset_index(drop=True)
        self._engine = FilterEngine(self._catalog)
        self._invalidate(view=True)
        self.prices_changed.emit()
        self.data_changed.emit()

    @property
    def extra_files(self) -> tuple[str, ...]:
        """The user's catalog files merged into :attr:`catalog`, in order."""
        return self._extra_files

    def replace_catalog(
        self,
        catalog: pd.DataFrame,
        extra_files: Sequence[str],
        prices: pd.DataFrame | None = None,
    ) -> None:
        """Swap in new devices (and prices); choices that no longer apply are dropped."""
        self._devices = catalog.reset_index(drop=True)
        if prices is not None:
            self._prices = prices
        self._catalog = self._priced().reset_index(drop=True)
        self._extra_files = tuple(extra_files)
        self._engine = FilterEngine(self._catalog)
        self._invalidate(view=True)
        known = set(self._catalog["id"])
        self._selected = tuple(i for i in self._selected if i in known)
        self._current = self._current if self._current in known else None
        self._compare = tuple(i for i in self._compare if i in known)
        self.catalog_changed.emit()
        self.prices_changed.emit()
        self.data_changed.emit()
        self.selection_changed.emit()

    # Settings that change the view ---------------------------------------------
    @property
    def precision(self) -> str:
        """The precision every FLOPS column and derived metric uses."""
        return self._precision

    def set_precision(self, precision: str) -> None:
        """Choose the precision (FP32, TF32, FP16, BF16, FP8, FP4, INT8, FP64)."""
        precision = precision.upper()
        if precision not in PRECISION_COLUMNS:
            raise ValueError(f"unknown precision {precision!r}")
        if precision != self._precision:
            self._precision = precision
            self._invalidate(view=True)
            self.precision_changed.emit()
            self.data_changed.emit()

    @property
    def currency(self) -> Currency:
        """The display currency; the catalog itself stays in USD."""
        return self._currency

    def set_currency(self, code: str) -> None:
        """Choose the display currency by code."""
        chosen = self.currencies[code.upper()]
        if chosen != self._currency:
            self._currency = chosen
            self._invalidate(view=True)
            self.currency_changed.emit()
            self.data_changed.emit()

    def set_currencies(self, currencies: dict[str, Currency]) -> None:
        """Replace the exchange rates (the user edited them)."""
        self.currencies = currencies
        code = self._currency.code if self._currency.code in currencies else BASE
        self._currency = currencies[code]
        self._catalog = self._priced().reset_index(drop=True)  # quotes in other currencies
        self._engine = FilterEngine(self._catalog)
        self._invalidate(view=True)
        self.currency_changed.emit()
        self.prices_changed.emit()
        self.data_changed.emit()

    @property
    def filters(self) -> Filters:
        """The active filters."""
        return self._filters

    def set_filters(self, filters: Filters) -> None:
        """Replace the filters."""
        if filters != self._filters:
            self._filters = filters
            self._invalidate(view=False)
            self.filters_changed.emit()
            self.data_changed.emit()

    def update_filters(self, **changes: Any) -> None:
        """Change some filter fields, keeping the others."""
        self.set_filters(replace(self._filters, **changes))

    # Derived data ----------------------------------------------------------------
    @property
    def view(self) -> pd.DataFrame:
        """Every device with money in the display currency and all derived metrics."""
        if self._view is None:
            self._view = build_view(self._catalog, self._precision, self._currency.per_usd)
        return self._view

    @property
    def mask(self) -> np.ndarray:
        """Which rows of :attr:`view` pass the filters."""
        if self._mask is None:
            self._mask = self._engine.mask(self._filters, self._currency.per_usd)
        return self._mask

    @property
    def filtered(self) -> pd.DataFrame:
        """The rows of :attr:`view` that pass the filters, in catalog order."""
        if self._filtered is None:
            self._filtered = self.view[self.mask]
        return self._filtered

    def _invalidate(self, view: bool) -> None:
        if view:
            self._view = None
        self._mask = None  # price ranges depend on the currency too
        self._filtered = None

    # Selection -------------------------------------------------------------------
    @property
    def selected_ids(self) -> tuple[str, ...]:
        """Devices selected in the table or the chart."""
        return self._selected

    @property
    def current_id(self) -> str | None:
        """The device whose details are shown."""
        return self._current

    def set_selection(self, ids: Sequence[str], current: str | None = None) -> None:
        """Select ``ids``; ``current`` defaults to the last of them."""
        ids = tuple(dict.fromkeys(ids))
        current = current if current is not None else (ids[-1] if ids else self._current)
        if ids != self._selected or current != self._current:
            self._selected = ids
            self._current = current
            self.selection_changed.emit()

    # Table columns -------------------------------------------------------------------
    @property
    def visible_columns(self) -> tuple[str, ...]:
        """Field ids shown in the table, in order."""
        return self._columns

    def set_visible_columns(self, columns: Sequence[str]) -> None:
        """Show these fields (unknown ids are ignored; at least the name stays)."""
        kept = tuple(c for c in dict.fromkeys(columns) if c in FIELDS) or ("name",)
        if kept != self._columns:
            self._columns = kept
            self.columns_changed.emit()

    # Charts ---------------------------------------------------------------------------
    @property
    def chart(self) -> ChartSettings:
        """Axes and options of the charts."""
        return self._chart

    def update_chart(self, **changes: Any) -> None:
        """Change some chart settings."""
        for key in ("x", "y", "ranking_metric", "trend_metric"):
            if key in changes and not FIELDS.get(changes[key], None):
                raise ValueError(f"unknown field {changes[key]!r}")
        chart = replace(self._chart, **changes)
        if chart != self._chart:
            self._chart = chart
            self.chart_changed.emit()

    # Compare ----------------------------------------------------------------------------
    @property
    def compare_ids(self) -> tuple[str, ...]:
        """Devices in the compare view."""
        return self._compare

    @property
    def compare_baseline(self) -> str | None:
        """The device the compare view's ratios are against."""
        return self._baseline

    def set_compare(self, ids: Sequence[str], baseline: str | None = None) -> None:
        """Compare ``ids`` against ``baseline`` (None: no ratios)."""
        ids = tuple(dict.fromkeys(ids))
        baseline = baseline if baseline in ids else None
        if ids != self._compare or baseline != self._baseline:
            self._compare = ids
            self._baseline = baseline
            self.compare_changed.emit()

    @property
    def chinese_units(self) -> bool:
        """Show large money amounts in 万 / 亿 when the UI is Chinese."""
        return self._chinese_units

    def set_chinese_units(self, on: bool) -> None:
        """Turn 万 / 亿 money display on or off."""
        if on != self._chinese_units:
            self._chinese_units = on
            self.data_changed.emit()

    # Calculators ------------------------------------------------------------------------
    @property
    def training_form(self) -> TrainingForm:
        """The training calculator's inputs, as typed."""
        return self._training

    def update_training(self, **changes: Any) -> None:
        """Change some training inputs."""
        form = replace(self._training, **changes)
        if form != self._training:
            self._training = form
            self.training_changed.emit()

    @property
    def inference_form(self) -> InferenceForm:
        """The inference panel's inputs, as typed."""
        return self._inference

    def update_inference(self, **changes: Any) -> None:
        """Change some inference inputs."""
        form = replace(self._inference, **changes)
        if form != self._inference:
            self._inference = form
            self.inference_changed.emit()
