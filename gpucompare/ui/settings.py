"""Persisting the user's choices and the window layout with QSettings.

Every read is typed and checked; a corrupt or foreign settings file gives defaults.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from gpucompare.core.catalog.price_policy import PricePolicy
from gpucompare.core.catalog.schema import PRECISION_COLUMNS
from gpucompare.core.forms import InferenceForm, TrainingForm
from gpucompare.core.issues import InputError
from gpucompare.core.persistence import (
    chart_from_data,
    chart_to_data,
    columns_from_data,
    filters_from_data,
    filters_to_data,
)
from gpucompare.core.state import AppState

VERSION = 1


class Settings:
    """Typed access to the app's QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()
        self.usable = self.store.status() == QSettings.Status.NoError
        if self.usable and self.store.value("meta/version") not in (None, VERSION, str(VERSION)):
            self.usable = False  # written by an incompatible version: ignore it

    # Low-level typed reads ------------------------------------------------------------
    def _json(self, key: str) -> Any:
        if not self.usable:
            return None
        raw = self.store.value(key)
        if not isinstance(raw, str):
            return None
        try:
            return json.loads(raw)
        except ValueError:
            return None

    def _text(self, key: str, default: str) -> str:
        raw = self.store.value(key) if self.usable else None
        return raw if isinstance(raw, str) and raw else default

    def _bytes(self, key: str) -> QByteArray | None:
        raw = self.store.value(key) if self.usable else None
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def bool_value(self, key: str, default: bool) -> bool:
        """A yes/no setting."""
        raw = self.store.value(key) if self.usable else None
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in ("true", "false"):
            return raw.lower() == "true"
        return default

    def set_value(self, key: str, value: Any) -> None:
        """Write one value (JSON for lists and dicts)."""
        self.store.setValue(key, json.dumps(value) if isinstance(value, dict | list) else value)

    def json_value(self, key: str) -> Any:
        """A JSON setting, or None when missing or unreadable."""
        return self._json(key)

    def text_value(self, key: str, default: str) -> str:
        """A text setting."""
        return self._text(key, default)

    # The state ----------------------------------------------------------------------------
    def restore_state(self, state: AppState) -> None:
        """Apply saved choices to ``state``; unusable values keep the defaults."""
        precision = self._text("state/precision", state.precision).upper()
        if precision in PRECISION_COLUMNS:
            state.set_precision(precision)
        currency = self._text("state/currency", state.currency.code).upper()
        if currency in state.currencies:
            state.set_currency(currency)
        columns = columns_from_data(self._json("state/columns"))
        if columns:
            state.set_visible_columns(columns)
        state.set_filters(filters_from_data(self._json("state/filters")))
        state.set_price_policy(self.price_policy())
        chart = chart_from_data(self._json("state/chart"))
        state.update_chart(**chart_to_data(chart))
        training = TrainingForm.from_data(self._json("state/training"))
        state.update_training(**training.to_data())
        inference = InferenceForm.from_data(self._json("state/inference"))
        state.update_inference(**inference.to_data())

    def price_policy(self) -> PricePolicy:
        """The saved price policy, or the default one when none usable was saved."""
        data = self._json("state/price_policy")
        if not isinstance(data, dict):
            return PricePolicy()
        purchase, cloud = data.get("purchase"), data.get("cloud")
        if not isinstance(purchase, str) or not isinstance(cloud, str):
            return PricePolicy()
        try:
            return PricePolicy(purchase, cloud)
        except InputError:
            return PricePolicy()

    def save_state(self, state: AppState) -> None:
        """Write the state's choices."""
        self.store.setValue("meta/version", VERSION)
        self.store.setValue("state/precision", state.precision)
        self.store.setValue("state/currency", state.currency.code)
        self.set_value("state/columns", list(state.visible_columns))
        self.set_value("state/filters", filters_to_data(state.filters))
        policy = state.price_policy
        self.set_value("state/price_policy", {"purchase": policy.purchase, "cloud": policy.cloud})
        self.set_value("state/chart", chart_to_data(state.chart))
        self.set_value("state/training", state.training_form.to_data())
        self.set_value("state/inference", state.inference_form.to_data())

    # The window ------------------------------------------------------------------------------
    def restore_window(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> bool:
        """Restore geometry, docks and splitters; False when nothing usable was saved."""
        geometry = self._bytes("window/geometry")
        restored = bool(geometry is not None and window.restoreGeometry(geometry))
        layout = self._bytes("window/state")
        if layout is not None:
            window.restoreState(layout)
        for name, splitter in splitters.items():
            self.restore_splitter(name, splitter)
        return restored

    def restore_splitter(self, name: str, splitter: QSplitter) -> None:
        """Give ``splitter`` its saved positions, if any were saved."""
        sizes = self._bytes(f"window/splitter_{name}")
        if sizes is not None:
            splitter.restoreState(sizes)

    def save_window(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        """Write geometry, docks and splitters."""
        self.store.setValue("window/geometry", window.saveGeometry())
        self.store.setValue("window/state", window.saveState())
        for name, splitter in splitters.items():
            self.store.setValue(f"window/splitter_{name}", splitter.saveState())

    def sync(self) -> None:
        """Flush to disk."""
        self.store.sync()
