"""Exchange rates: the user's own rate applies everywhere and persists."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from gpucompare.ui.app import user_currencies
from gpucompare.ui.commands import files as file_commands
from gpucompare.ui.models.catalog_table import SORT_ROLE
from gpucompare.ui.settings import Settings


def _rate_item(dialog, code):
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).text() == code:
            return dialog.table.item(row, dialog.RATE_COLUMN)
    raise AssertionError(code)


def test_editing_a_rate_converts_prices_and_is_saved(window):
    state = window.state
    state.set_currency("CNY")
    state.set_visible_columns(["name", "launch_price_usd"])
    dialog = file_commands.edit_rates(window)
    assert (
        "menafn.com" in dialog.table.item(0, 4).text() or "euro2" in dialog.table.item(0, 4).text()
    )
    _rate_item(dialog, "CNY").setText("7.5")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert state.currency.per_usd == 7.5
    assert state.currency.source == "edited by the user"
    model = window.table.model_
    row = [model.data(model.index(r, 0)) for r in range(model.rowCount())].index("Bolt R4090")
    assert model.data(model.index(row, 1), SORT_ROLE) == pytest.approx(1599 * 7.5)
    assert Settings().json_value("state/rates") == {"CNY": 7.5}
    assert user_currencies({"CNY": 7.5})["CNY"].per_usd == 7.5


def test_a_typo_in_a_rate_is_refused(window):
    dialog = file_commands.edit_rates(window)
    _rate_item(dialog, "EUR").setText("abc")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "EUR" in dialog.error.text()
    dialog.reset()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_saved_rates_that_make_no_sense_are_ignored():
    currencies = user_currencies({"CNY": -3, "EUR": "x", "XXX": 2, "USD": 5})
    assert currencies["CNY"].per_usd == pytest.approx(7.1057)
    assert currencies["USD"].per_usd == 1
    assert user_currencies("not a dict")["EUR"].per_usd == pytest.approx(0.9556)
