"""The File menu's scenario entries and Edit › Copy, built for the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from gpucompare.ui.commands.deferred import command


class ScenarioMenu(QObject):
    """Save / Open / Recent scenario and Export decision brief, plus Copy (Ctrl+C)."""

    def __init__(self, window, file_menu: QMenu, edit_menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self._window = window
        self.open_action = self._action("Ctrl+Shift+O", "scenario", "open_scenario_dialog")
        self.save_action = self._action(
            QKeySequence.StandardKey.Save, "scenario", "save_scenario_as"
        )
        self.brief_action = self._action(None, "scenario", "export_brief")
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.insertActions(before, [self.open_action, self.save_action])
        file_menu.insertMenu(before, self.recent_menu)
        file_menu.insertAction(before, self.brief_action)
        file_menu.insertSeparator(before)
        self.copy_action = self._action(QKeySequence.StandardKey.Copy, "clipboard", "copy_current")
        edit_menu.insertAction(
            edit_menu.actions()[0] if edit_menu.actions() else None, self.copy_action
        )

    def _action(self, shortcut, module: str, name: str) -> QAction:
        action = QAction(self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(command(module, name, self._window))
        self._window.addAction(action)
        return action

    def _fill_recent(self) -> None:
        from gpucompare.ui.commands import scenario as commands

        self.recent_menu.clear()
        paths = commands.recent(self._window)
        for path in paths:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(
                lambda _=False, p=path: commands.open_scenario_file(self._window, p)
            )
        if not paths:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def retranslate(self) -> None:
        """Texts in the UI language."""
        self.open_action.setText(self.tr("Open &scenario…"))
        self.save_action.setText(self.tr("Sa&ve scenario…"))
        self.recent_menu.setTitle(self.tr("Recent scenarios"))
        self.brief_action.setText(self.tr("Export decision &brief (PDF/HTML)…"))
        self.copy_action.setText(self.tr("&Copy (text and Markdown table)"))
