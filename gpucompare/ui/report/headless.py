"""``gpucompare report``: a scenario file to a brief, with no window (works offscreen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from gpucompare.core.catalog.loading import load_bundled_frames
from gpucompare.core.scenario_open import apply_scenario, open_scenario
from gpucompare.core.state import AppState


def _quiet_offscreen_warnings() -> None:
    """Drop the offscreen platform's "does not support propagateSizeHints" chatter."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def render_brief(scenario: Path | str, output: Path | str, language: str) -> list[str]:
    """Write the brief of ``scenario`` to ``output``; return the scenario's warnings.

    Raises ScenarioError for a refused scenario and WriteError when nothing could be
    written.
    """
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from gpucompare.ui.app import make_application
    from gpucompare.ui.i18n import set_language
    from gpucompare.ui.report.document import write_brief

    make_application()
    _quiet_offscreen_warnings()
    set_language(language)
    devices, prices = load_bundled_frames()
    state = AppState(devices, prices=prices)
    opened = open_scenario(scenario, state)
    apply_scenario(state, opened)
    write_brief(output, state, opened.scenario.title)
    return list(opened.warnings)
