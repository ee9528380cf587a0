"""File › Save scenario, Open scenario, Recent, Export decision brief. Errors become dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gpucompare.core.atomic import WriteError
from gpucompare.core.scenario import SUFFIX, ScenarioError, recent_paths, save_scenario
from gpucompare.core.scenario_open import apply_scenario, open_scenario
from gpucompare.ui.commands.files import show_message
from gpucompare.ui.commands.host import CommandHost
from gpucompare.ui.labels.messages import message_text

RECENT_KEY = "ui/recent_scenarios"
RECENT_LIMIT = 8


def recent(window: CommandHost) -> list[str]:
    """Recently used scenario files that still exist, newest first."""
    return recent_paths(window.settings.json_value(RECENT_KEY), RECENT_LIMIT)


def _remember(window: CommandHost, path: str) -> None:
    absolute = str(Path(path).resolve())
    window.settings.set_value(RECENT_KEY, [absolute, *recent(window)][:RECENT_LIMIT])
    window.settings.set_value("ui/last_folder", str(Path(absolute).parent))


def _folder(window: CommandHost) -> str:
    return window.settings.text_value("ui/last_folder", str(Path.home()))


def _title(window: CommandHost, path: str) -> str:
    title = getattr(window, "scenario_title", "")
    return title or Path(path).name.removesuffix(SUFFIX)


def save_scenario_as(window: CommandHost) -> None:
    """File › Save scenario…"""
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ScenarioCommands", "Save scenario"),
        str(Path(_folder(window)) / f"comparison{SUFFIX}"),
        QCoreApplication.translate("ScenarioCommands", "gpucompare scenarios (*.gpucompare.json)"),
    )
    if not path:
        return
    if not path.lower().endswith(SUFFIX):
        path = path.removesuffix(".json") + SUFFIX
    title = _title(window, path)
    try:
        save_scenario(path, window.state, title)
    except WriteError as error:
        show_message(
            window,
            QCoreApplication.translate("ScenarioCommands", "Scenario not saved"),
            QCoreApplication.translate(
                "ScenarioCommands", "Nothing was written.\n\n{error}"
            ).format(error=error),
        )
        return
    window.scenario_title = title  # type: ignore[attr-defined]
    _remember(window, path)
    window.statusBar().showMessage(
        QCoreApplication.translate("ScenarioCommands", "Scenario saved to {path}").format(
            path=path
        ),
        8000,
    )


def open_scenario_dialog(window: CommandHost) -> None:
    """File › Open scenario…"""
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("ScenarioCommands", "Open scenario"),
        _folder(window),
        QCoreApplication.translate(
            "ScenarioCommands", "gpucompare scenarios (*.gpucompare.json);;All files (*)"
        ),
    )
    if path:
        open_scenario_file(window, path)


def open_scenario_file(window: CommandHost, path: str) -> bool:
    """Open ``path``: all of it, or (with every problem listed) nothing at all."""
    try:
        opened = open_scenario(path, window.state)
    except ScenarioError as error:
        listed = "\n".join(f"• {message_text(p)}" for p in error.problems[:30])
        show_message(
            window,
            QCoreApplication.translate("ScenarioCommands", "Cannot open the scenario"),
            QCoreApplication.translate(
                "ScenarioCommands", "{path} was not opened; nothing changed.\n\n{problems}"
            ).format(path=path, problems=listed),
        )
        return False
    apply_scenario(window.state, opened)
    window.scenario_title = opened.scenario.title  # type: ignore[attr-defined]
    _remember(window, path)
    if opened.warnings:
        listed = "\n".join(f"• {message_text(w)}" for w in opened.warnings)
        show_message(
            window,
            QCoreApplication.translate("ScenarioCommands", "Scenario opened with notes"),
            QCoreApplication.translate(
                "ScenarioCommands",
                "{path} was opened; some of it could not be restored as saved:\n\n{notes}",
            ).format(path=path, notes=listed),
            QMessageBox.Icon.Information,
        )
    else:
        window.statusBar().showMessage(
            QCoreApplication.translate("ScenarioCommands", "Opened scenario {path}").format(
                path=path
            ),
            8000,
        )
    return True


def export_brief(window: CommandHost) -> None:
    """File › Export decision brief… (PDF or self-contained HTML)."""
    from gpucompare.ui.report.document import write_brief

    path, chosen = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ScenarioCommands", "Export decision brief"),
        str(Path(_folder(window)) / "decision-brief.pdf"),
        QCoreApplication.translate(
            "ScenarioCommands", "PDF documents (*.pdf);;HTML pages (*.html)"
        ),
    )
    if not path:
        return
    if Path(path).suffix.lower() not in (".pdf", ".html", ".htm"):
        path += ".html" if "html" in chosen else ".pdf"
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        write_brief(path, window.state, getattr(window, "scenario_title", ""))
    except WriteError as error:
        show_message(
            window,
            QCoreApplication.translate("ScenarioCommands", "Brief not written"),
            QCoreApplication.translate(
                "ScenarioCommands", "Nothing was written.\n\n{error}"
            ).format(error=error),
        )
        return
    finally:
        QApplication.restoreOverrideCursor()
    window.settings.set_value("ui/last_folder", str(Path(path).parent))
    window.statusBar().showMessage(
        QCoreApplication.translate("ScenarioCommands", "Decision brief saved to {path}").format(
            path=path
        ),
        8000,
    )
