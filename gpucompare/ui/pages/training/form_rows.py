"""Building the training form's tabs: a page per tab, a captioned row per field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QTabWidget, QWidget

from gpucompare.ui.pages.calculator import ChoiceField, TextField
from gpucompare.ui.pages.training.preset_choosers import PresetChoosers

# Characters a preset's typed value needs ("0.000388" for a carbon intensity), and room
# for the field's clear button and padding.
VALUE_CHARACTERS = 8
VALUE_MARGIN_PX = 36


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

    def preset_row(self, form: QFormLayout, target: str, choosers: PresetChoosers) -> None:
        """A preset chooser for ``target`` with the typed value beside it, kept narrow.

        The chooser takes the row's width, so a long preset label (Chinese ones too) stays
        readable; the value field is only as wide as a number needs.
        """
        row, layout = row_widget(form.parentWidget())
        layout.addWidget(choosers.make(target, row), 1)
        value = self.text(target, row)
        value.setMaximumWidth(
            value.fontMetrics().horizontalAdvance("0" * VALUE_CHARACTERS) + VALUE_MARGIN_PX
        )
        layout.addWidget(value)
        self.row(form, target, row)

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
