"""What the menu commands need from the window they act for (so they never import it)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from gpucompare.core.state import AppState
from gpucompare.ui.settings import Settings


class CommandHost(Protocol):
    """The main window as the file commands see it: a widget with state, settings and panels."""

    state: AppState
    settings: Settings
    bom_action: QAction
    table: Any
    compare: Any
    last_message: QMessageBox | None
    last_errors_dialog: QWidget | None
    last_rates_dialog: QWidget | None

    @property
    def training(self) -> Any: ...

    @property
    def inference(self) -> Any: ...

    def statusBar(self) -> QStatusBar: ...

    def current_chart_plot(self) -> Any: ...
