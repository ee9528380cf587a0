"""Column widths that show every table header in full: one line, or two for long ones.

The style sheet draws headers bold, so the widths are measured in the bold font; a
header wider than :data:`WRAP_OVER_PX` wraps at a space onto a second line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView

WRAP_OVER_PX = 150
HEADER_PADDING_PX = 40  # the style sheet's 6 px padding each side, border, sort arrow
HEADER_V_PADDING_PX = 13  # 4 px padding above and below, border, as the style sheet draws
SAFETY_PX = 2


def bold_metrics(header: QHeaderView) -> QFontMetrics:
    """Metrics of the header's font at the style sheet's weight (600)."""
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    return QFontMetrics(font)


def two_line_width(text: str, metrics: QFontMetrics) -> int:
    """The narrowest width that holds ``text`` in two lines broken at a space."""
    words = text.split(" ")
    best = metrics.horizontalAdvance(text)
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        best = min(best, max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)))
    return best


def header_width(text: str, metrics: QFontMetrics) -> tuple[int, bool]:
    """(section width, wraps) for a header ``text``."""
    full = metrics.horizontalAdvance(text)
    if full <= WRAP_OVER_PX:
        return full + HEADER_PADDING_PX + SAFETY_PX, False
    return two_line_width(text, metrics) + HEADER_PADDING_PX + SAFETY_PX, True


def set_wrapping(header: QHeaderView, lines: int) -> None:
    """Let header labels wrap, and make the header tall enough for ``lines`` lines."""
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    metrics = bold_metrics(header)
    height = metrics.height() + (lines - 1) * metrics.lineSpacing() + HEADER_V_PADDING_PX
    header.setMinimumHeight(height)
