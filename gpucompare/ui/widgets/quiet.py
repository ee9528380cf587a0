"""Showing a value in a control without it echoing the change back to the state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox


def set_quietly(widget: QObject, setter: str, value: Any) -> None:
    """``widget.<setter>(value)`` with the widget's signals blocked."""
    was_blocked = widget.blockSignals(True)
    try:
        getattr(widget, setter)(value)
    finally:
        widget.blockSignals(was_blocked)


def select_data(combo: QComboBox, value: Any) -> None:
    """Select ``combo``'s item whose data is ``value``, quietly; nothing if there is none."""
    index = combo.findData(value)
    if index >= 0 and index != combo.currentIndex():
        set_quietly(combo, "setCurrentIndex", index)
