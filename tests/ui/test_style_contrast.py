"""The style sheet keeps every drop-down's highlighted item readable (WCAG contrast ≥ 4.5)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor

MIN_CONTRAST = 4.5


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 (same) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21, rel=1e-3)
    assert contrast(QColor("#ffffff"), QColor("#ffffff")) == 1


def highlighted_row_contrast(qtbot, combo, row: int) -> tuple[QColor, int]:
    """(background, number of pixels readable on it) of ``row`` highlighted in the popup."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    qtbot.wait(20)
    row = view.visualRect(index).intersected(view.viewport().rect())
    image = view.viewport().grab(row).toImage()
    combo.hidePopup()
    pixels = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(image.pixel(1, image.height() // 2))
    readable = sum(
        count for rgb, count in pixels.items() if contrast(QColor.fromRgb(rgb), background) >= 4.5
    )
    return background, readable


@pytest.mark.parametrize("combo_name", ["precision_combo", "currency_combo", "scatter_x"])
def test_highlighted_drop_down_item_is_readable(qtbot, window, combo_name):
    combo = window.scatter.x_combo if combo_name == "scatter_x" else getattr(window, combo_name)
    background, readable = highlighted_row_contrast(qtbot, combo, 1)
    assert readable >= 15, f"text on {background.name()} has contrast below {MIN_CONTRAST}"
    assert background.name() != "#ffffff", "the highlighted item looks like the others"
