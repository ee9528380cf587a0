"""A min–max pair of number fields; empty means open, bad input is pointed at, not fatal."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from gpucompare.core.catalog.filters import Range

WIDEST_TYPICAL = "10000"  # five digits: a price in USD, a bandwidth, a power
FRAME_AND_PADDING_PX = 14  # the style sheet's border and padding (12), and the cursor


def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """A number typed by a person (locale or C format, spaces and separators allowed).

    Returns None for empty text; raises ValueError for anything else that is not a
    finite, non-negative number.
    """
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    locale = locale or QLocale()
    value, ok = locale.toDouble(text)
    if not ok:
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            raise ValueError(text) from None
    if not math.isfinite(value) or value < 0:
        raise ValueError(text)
    return value


class RangeEdit(QWidget):
    """Two fields, "min" and "max". Emits ``rangeChanged`` with a valid :class:`Range`.

    While a field holds something that is not a number, it is marked invalid with a
    tooltip saying why, and the last valid range stays in force.

    Signals:
        rangeChanged(object): the new Range.
    """

    rangeChanged = Signal(object)

    def __init__(self, unit: str = "", parent=None) -> None:
        super().__init__(parent)
        self.low = QLineEdit(self)
        self.high = QLineEdit(self)
        self._unit = QLabel(unit, self)
        self._range = Range()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # No clear button: in a box this narrow it covers what is typed ("10000" read "0").
        widest = self.fontMetrics().horizontalAdvance(WIDEST_TYPICAL)
        for edit, placeholder in ((self.low, self.tr("min")), (self.high, self.tr("max"))):
            edit.setPlaceholderText(placeholder)
            edit.setMinimumWidth(widest + FRAME_AND_PADDING_PX)
            edit.textChanged.connect(self._edited)
        dash = QLabel("–", self)
        layout.addWidget(self.low, 1)
        layout.addWidget(dash)
        layout.addWidget(self.high, 1)
        layout.addWidget(self._unit)

    def set_unit(self, unit: str) -> None:
        """Change the unit shown after the fields."""
        self._unit.setText(unit)

    def set_placeholders(self, low: str, high: str) -> None:
        """Retitle the empty fields (e.g. after a language change)."""
        self.low.setPlaceholderText(low)
        self.high.setPlaceholderText(high)

    def value(self) -> Range:
        """The last valid range."""
        return self._range

    def set_value(self, value: Range) -> None:
        """Show ``value`` without emitting."""
        self.blockSignals(True)
        for edit, number in ((self.low, value.low), (self.high, value.high)):
            edit.setText("" if number is None else f"{number:g}")
        self.blockSignals(False)
        self._range = value
        self._mark(self.low, True)
        self._mark(self.high, True)

    def _edited(self) -> None:
        values = []
        valid = True
        for edit in (self.low, self.high):
            try:
                values.append(parse_number(edit.text()))
                self._mark(edit, True)
            except ValueError:
                valid = False
                values.append(None)
                self._mark(edit, False)
        if not valid:
            return
        low, high = values
        if low is not None and high is not None and low > high:
            self._mark(self.high, False, self.tr("The maximum is below the minimum."))
            return
        new = Range(low, high)
        if new != self._range:
            self._range = new
            self.rangeChanged.emit(new)

    def _mark(self, edit: QLineEdit, ok: bool, why: str = "") -> None:
        edit.setToolTip(
            "" if ok else why or self.tr("Type a number such as 80 or 1500.5, or leave empty.")
        )
        if bool(edit.property("invalid")) != (not ok):
            edit.setProperty("invalid", not ok)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def is_valid(self) -> bool:
        """False while either field holds something that is not a number."""
        return not (self.low.property("invalid") or self.high.property("invalid"))
