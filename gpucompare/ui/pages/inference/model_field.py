"""The inference page's model field: a preset, or a typed parameter count such as ``70B``."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from gpucompare.core.models.presets import bundled_presets
from gpucompare.ui.pages.calculator import EDIT_DELAY_MS


class ModelField(QComboBox):
    """A preset model, or a typed parameter count; sends edits as they are typed.

    Completion matches anywhere in a preset's name (as the device field does).

    Signals:
        edited(str, str): "model" and the preset id or the typed text.
    """

    edited = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.name = "model"
        self.setObjectName("field_model")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key, spec in bundled_presets().items():
            self.addItem(spec.name, key)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._timer = QTimer(self, singleShot=True, interval=EDIT_DELAY_MS)
        self._timer.timeout.connect(self._typed)
        self.activated.connect(lambda index: self.edited.emit("model", str(self.itemData(index))))
        self.lineEdit().textEdited.connect(lambda _: self._timer.start())
        self.lineEdit().editingFinished.connect(self._typed)

    def _typed(self) -> None:
        self._timer.stop()
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        value = str(self.itemData(index)) if index >= 0 else text
        self.edited.emit("model", value)

    def show_value(self, value: str) -> None:
        """Show a preset id (as its name) or a typed count, unless an edit is pending."""
        if self._timer.isActive():
            return
        index = self.findData(value)
        self.blockSignals(True)
        if index >= 0:
            if self.currentIndex() != index or self.currentText() != self.itemText(index):
                self.setCurrentIndex(index)
        elif self.currentText() != value:
            self.setEditText(value)
        self.blockSignals(False)
