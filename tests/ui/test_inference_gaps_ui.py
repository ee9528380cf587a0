"""The inference page on a device that lacks a figure: the bounds that do not need it."""

from __future__ import annotations

import pandas as pd
import pytest

from gpucompare.core.inference import size
from gpucompare.core.inference.form import parse_form


@pytest.fixture
def panel(window):
    window.pages.setCurrentWidget(window.inference_page)
    return window.inference


def _expected(state):
    inputs, _ = parse_form(state.inference_form)
    row = state.catalog.set_index("id", drop=False).loc[state.inference_form.device]
    return size(inputs, row)


def test_a_device_without_a_memory_figure_shows_its_bounds(panel):
    state = panel._state
    frame = state.catalog[state.catalog["id"] == "acme-h100"]
    state.replace_catalog(
        pd.concat([state.catalog, frame.assign(id="acme-h100-nomem", memory_gb=float("nan"))]),
        state.extra_files,
        state.prices,
    )
    panel.device_field.activated.emit(panel.device_field.findData("acme-h100-nomem"))
    result = _expected(state)
    assert panel.result == result
    assert panel.result.fits is None
    assert panel.results.text("fits") == "—"
    assert panel.result.decode_tokens_per_s_per_sequence is not None
    assert panel.results.text("decode_tokens_per_s_per_sequence") not in ("", "—")
