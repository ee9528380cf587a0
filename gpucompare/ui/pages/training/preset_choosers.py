"""The MFU, PUE and carbon-intensity preset choosers beside their typed value.

Choosing a preset writes its key into the field; "Custom value" moves the focus to the
typed value instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from gpucompare.core.forms import TrainingForm as FormValues
from gpucompare.core.state import AppState
from gpucompare.core.training import presets
from gpucompare.core.training.form import is_preset_name
from gpucompare.ui.labels.data_labels import data_label, preset_tooltip
from gpucompare.ui.pages.calculator import DETAIL_ROLE, ChoiceField

CUSTOM = "__custom__"
# Each chooser's field and the kind of preset it offers.
PRESET_KINDS = {"mfu": "mfu", "pue": "pue", "carbon_intensity": "carbon"}


class PresetChoosers:
    """One chooser per field of :data:`PRESET_KINDS`; ``choosers`` maps field to chooser."""

    def __init__(self, state: AppState, fields: dict[str, QWidget]) -> None:
        self._state = state
        self._fields = fields
        self.choosers: dict[str, ChoiceField] = {}

    def make(self, target: str, parent: QWidget) -> ChoiceField:
        """The chooser for ``target`` (a key of :data:`PRESET_KINDS`)."""
        chooser = ChoiceField(f"{target}_preset", parent)
        chooser.setProperty("preset_kind", PRESET_KINDS[target])
        chooser.setProperty("target", target)
        chooser.edited.connect(self._chosen)
        self.choosers[target] = chooser
        return chooser

    def fill(self) -> None:
        """Every preset with its value, then "Custom value"; each preset's source as tooltip."""
        custom = QCoreApplication.translate("TrainingForm", "Custom value")
        for target, chooser in self.choosers.items():
            kind = PRESET_KINDS[target]
            choices = [(data_label(p.label), p.key) for p in presets(kind)]
            # The value is in the field beside the box: the drop-down alone repeats it.
            values = [f"{p.value:g}" for p in presets(kind)]
            chooser.set_choices([*choices, (custom, CUSTOM)], "", [*values, ""])
            for index, preset in enumerate(presets(kind)):
                chooser.setItemData(index, preset_tooltip(preset), Qt.ItemDataRole.ToolTipRole)

    def show(self, form: FormValues) -> None:
        """Select the form's preset, the default one when empty, else "Custom value"; a
        chosen preset's value shows, greyed, in the field beside its box."""
        for target, chooser in self.choosers.items():
            value = getattr(form, target)
            if not value.strip():
                value = next(p.key for p in presets(PRESET_KINDS[target]) if p.default)
            chooser.show_value(value if is_preset_name(value) else CUSTOM)
            index = chooser.currentIndex()
            chooser.setToolTip(chooser.popup_text(index))
            preset_value = chooser.itemData(index, DETAIL_ROLE)  # "" for "Custom value"
            if preset_value:
                self._fields[target].setPlaceholderText(preset_value)

    def _chosen(self, name: str, key: str) -> None:
        target = name.removesuffix("_preset")
        if key == CUSTOM:
            self._fields[target].setFocus()
            return
        self._state.update_training(**{target: key})
