"""What is typed into a filter range box stays visible (no clear button hiding it)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle, QStyleOptionFrame, QToolButton

from gpucompare.ui.widgets.range_edit import RangeEdit


def visible_text_width(edit) -> int:
    """Width of the text area, less any button drawn over its right end."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    area = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    area = area.marginsRemoved(edit.textMargins())
    right = area.right()
    for button in edit.findChildren(QToolButton):
        if button.isVisible():
            right = min(right, button.geometry().left() - 1)
    return right - area.left() + 1


@pytest.mark.parametrize("size", [(1300, 720), (1366, 768), (1024, 640)])
@pytest.mark.parametrize("typed", ["80", "10000", "25000"])
def test_typed_numbers_fit_in_every_range_box(qtbot, window, size, typed):
    window.resize(*size)
    qtbot.wait(30)
    boxes = window.filters.findChildren(RangeEdit)
    assert boxes
    for box in boxes:
        for edit in (box.low, box.high):
            edit.setText(typed)
            qtbot.wait(5)
            needed = edit.fontMetrics().horizontalAdvance(typed) + 2  # and the cursor
            assert visible_text_width(edit) >= needed, (box.objectName(), edit.width(), typed)
