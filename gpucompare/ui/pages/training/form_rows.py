"""Building the training form's tabs: a page per tab, a captioned row per field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QTabWidget, QWidget

from gpucompare.ui.pages.calculator import ChoiceField, TextField


def row_widget(parent: QWidget) -> tuple[QWidget, QHBoxLayout]:
    """A margin-free row that holds several widgets in one form row."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    return row, layout


class FormRows:
    """Adds pages to ``tabs`` and captioned rows to them; records every field and caption."""

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self.fields: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}

    def page(self) -> tuple[QWidget, QFormLayout]:
        """A new tab (titled later) with its form layout."""
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tabs.addTab(page, "")
        return page, form

    def row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        """``widget`` in ``form`` beside a caption recorded under ``key``."""
        caption = QLabel(form.parentWidget())
        self.captions[key] = caption
        form.addRow(caption, widget)

    def text(self, name: str, parent: QWidget) -> TextField:
        """A text field for the form field ``name``."""
        field = TextField(name, parent)
        self.fields[name] = field
        return field

    def choice(self, name: str, parent: QWidget) -> ChoiceField:
        """A choice field for the form field ``name``."""
        field = ChoiceField(name, parent)
        self.fields[name] = field
        return field
