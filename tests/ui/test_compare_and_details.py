"""The compare view's best markers and ratios; the details panel's links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from gpucompare.ui.models.compare import BEST_ROLE, RATIO_ROLE


def _cell(model, field_id, device, role):
    row = model.rows.index(field_id)
    column = model.comparison.ids.index(device)
    return model.data(model.index(row, column), role)


def test_compare_selected_devices_marks_best_and_ratios(window, qtmodeltester):
    state = window.state
    state.set_selection(["acme-a100", "acme-h100", "bolt-r4090"])
    window.compare_action.trigger()
    assert window.tabs.currentWidget() is window.compare
    model = window.compare.model
    qtmodeltester.check(model, force_py=True)
    assert _cell(model, "memory_gb", "acme-a100", BEST_ROLE) is True  # tie: both 80 GB
    assert _cell(model, "memory_gb", "acme-h100", BEST_ROLE) is True
    assert _cell(model, "memory_gb", "bolt-r4090", BEST_ROLE) is False
    assert _cell(model, "launch_price_usd", "bolt-r4090", BEST_ROLE) is True  # lower is better
    assert _cell(model, "power_w", "acme-a100", BEST_ROLE) is True
    assert "fp4_tflops" not in model.rows  # nobody has a value
    window.compare.baseline_combo.setCurrentIndex(
        window.compare.baseline_combo.findData("acme-a100")
    )
    assert state.compare_baseline == "acme-a100"
    assert _cell(model, "peak_tflops", "acme-h100", RATIO_ROLE) == pytest.approx(989.4 / 312)
    assert _cell(model, "peak_tflops", "acme-a100", RATIO_ROLE) == pytest.approx(1.0)
    text = _cell(model, "peak_tflops", "acme-h100", 0)
    assert text.startswith("989.4")
    assert "×" in text
    bars = window.compare.comparison.normalised(["memory_gb"]).loc["memory_gb"]
    assert bars.to_dict() == {"acme-a100": 1.0, "acme-h100": 1.0, "bolt-r4090": 0.3}


def test_compare_needs_two_to_six_devices(window):
    window.state.set_selection(["acme-a100"])
    window.compare.compare_selection()
    assert "1 selected" in window.compare.message.text()
    assert window.state.compare_ids == ()


def test_details_show_every_field_and_open_only_web_links(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.state.set_selection(["acme-h100"])
    text = window.details.text.toPlainText()
    assert "Acme H100" in text
    assert "Memory bandwidth (GB/s)" in text
    assert "https://paper.example/h100" in text
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "mailto:x@example.com"):
        window.details.text.anchorClicked.emit(QUrl(bad))
    window.details.text.anchorClicked.emit(QUrl("https://acme.example/h100"))
    assert opened == ["https://acme.example/h100"]
    assert len(window.details.text.refused_links) == 3


def test_compare_shows_no_ratio_for_the_release_year(window):
    window.state.set_compare(["acme-a100", "acme-h100"], baseline="acme-a100")
    window.compare.ensure_fresh()
    model = window.compare.model
    assert _cell(model, "release_year", "acme-h100", RATIO_ROLE) is None
    assert "×" not in _cell(model, "release_year", "acme-h100", 0)
    assert _cell(model, "memory_gb", "acme-h100", RATIO_ROLE) == pytest.approx(1.0)
