"""Geometry checks for the layout tests: clipped, overlapping or out-of-view widgets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QWidget,
)

TOLERANCE_PX = 1
WIDEST_FIELD_PX = 720  # a form field wider than this only spreads a form across a big screen
LABEL_VALUE_GAP_PX = 400  # a result and its label stay within sight of each other


def _window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _in_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _view_box(widget: QWidget, window: QWidget) -> tuple[QRect, bool]:
    """The part of the window the widget's ancestors let it show in (by their left and
    right edges only, once a scroll area lies between: it may be scrolled out of view
    vertically, not sideways); True when a scroll area lies between."""
    ancestors, parent = [], widget.parentWidget()
    while parent is not None and parent is not window:
        ancestors.append(parent)
        parent = parent.parentWidget()
    scrolled = any(isinstance(a, QScrollArea) for a in ancestors)
    box = window.rect()
    for ancestor in ancestors:
        rect = _window_rect(ancestor, window)
        if scrolled:
            rect = QRect(rect.left(), box.top(), rect.width(), box.height())
        box = box.intersected(rect)
    return box, scrolled


def _texts(window: QMainWindow) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton)
        and w.isVisible()
        and not w.objectName().startswith("qt_")
        and not _in_item_view(w)
    ]


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__}({widget.objectName() or text[:40]!r})"


def clipped(window: QMainWindow) -> list[str]:
    """Labels and buttons out of the window, cut by a parent, or narrower than their text."""
    problems = []
    for widget in _texts(window):
        rect = _window_rect(widget, window)
        box, scrolled = _view_box(widget, window)
        if scrolled:
            out = rect.left() < box.left() - TOLERANCE_PX or rect.right() > box.right() + 1
        else:
            out = not box.adjusted(-1, -1, 1, 1).contains(rect)
        if out:
            problems.append(f"{_name(widget)} at {rect.getRect()} outside {box.getRect()}")
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            short = widget.height() + TOLERANCE_PX < widget.heightForWidth(widget.width())
        else:
            short = widget.width() + TOLERANCE_PX < widget.sizeHint().width()
        if short and (widget.text() if hasattr(widget, "text") else ""):
            problems.append(
                f"{_name(widget)} cut: {widget.width()}×{widget.height()} px, "
                f"needs {widget.sizeHint().width()}×{widget.sizeHint().height()}"
            )
    return problems


def _managed(layout: QLayout) -> list[QWidget]:
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets += _managed(item.layout())
    return widgets


def overlapping(window: QMainWindow) -> list[str]:
    """Pairs of visible widgets placed by the same layout that cover each other."""
    problems = []
    for parent in [window, *window.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not parent.isVisible() or _in_item_view(parent):
            continue
        shown = [w for w in _managed(layout) if w.isVisible() and not w.isWindow()]
        for i, first in enumerate(shown):
            for second in shown[i + 1 :]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > TOLERANCE_PX and common.height() > TOLERANCE_PX:
                    problems.append(f"{_name(first)} overlaps {_name(second)} in {_name(parent)}")
    return problems


def too_wide(window: QMainWindow) -> list[str]:
    """Form fields stretched wider than anyone reads, and result values far from labels."""
    problems = []
    for field in window.findChildren(QLineEdit) + window.findChildren(QComboBox):
        if (
            field.isVisible()
            and not _in_item_view(field)
            and field.width() > WIDEST_FIELD_PX
            and not isinstance(field.parentWidget(), QComboBox)
        ):
            problems.append(f"{_name(field)} is {field.width()} px wide")
    for label in _texts(window):
        key = label.objectName().removeprefix("label_")
        if not label.objectName().startswith("label_"):
            continue
        value = label.parentWidget().findChild(QLabel, f"result_{key}")
        if value is None or not value.isVisible():
            continue
        label_end = label.x() + label.fontMetrics().horizontalAdvance(label.text())
        value_width = value.fontMetrics().horizontalAdvance(value.text())
        value_start = value.x() + value.width() - value_width
        if value_start - label_end > LABEL_VALUE_GAP_PX:
            problems.append(f"{_name(label)} is {value_start - label_end} px from its value")
    return problems
