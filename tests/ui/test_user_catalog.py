"""File > Open catalog file… merges good files and rejects bad ones without a change."""

from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import QFileDialog


def _open(monkeypatch, window, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.open_action.trigger()


def test_a_bad_user_catalog_lists_its_errors_and_changes_nothing(window, data_dir, monkeypatch):
    state = window.state
    state.update_filters(search="acme")
    before = state.catalog.copy()
    filters = state.filters
    bad = data_dir / "malformed" / "non_numeric.csv"
    _open(monkeypatch, window, bad)
    dialog = window.last_errors_dialog
    assert dialog.isVisible()
    rows = dialog.rows()
    assert (
        "3",
        "memory_gb",
        "80 GB",
        "not a number (write plain digits, e.g. 80 or 3350.5)",
    ) in rows
    pd.testing.assert_frame_equal(state.catalog, before)
    assert state.filters == filters
    assert state.extra_files == ()


def test_a_good_user_catalog_is_merged(window, tmp_path, monkeypatch):
    mine = tmp_path / "mine.csv"
    mine.write_text(
        "id,name,vendor,kind,memory_gb,sources\n"
        "my-npu,My NPU,Me,NPU,48,https://me.example\n"
        "acme-h100,,,,96,https://quote.example\n",
        encoding="utf-8",
    )
    _open(monkeypatch, window, mine)
    state = window.state
    assert len(state.catalog) == 8
    assert state.catalog.set_index("id").loc["acme-h100", "memory_gb"] == 96
    assert state.extra_files == (str(mine),)
    assert "Showing 8 of 8 devices" in window.count_label.text()
    vendors = [window.filters.vendors.item(i).text() for i in range(window.filters.vendors.count())]
    assert "Me (1)" in vendors
