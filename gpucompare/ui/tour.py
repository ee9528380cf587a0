"""A scripted walk through the window: every page and chart tab, one picture each.

``gpucompare gui --tour FOLDER`` runs it: the smoke test starts the real entry point on
a real (virtual) X display this way, and the pictures show what a user would see.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gpucompare.ui.main_window import MainWindow

STEP_MS = 150


def stops(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    """(picture name, how to get there) for every page and chart tab."""
    result = []
    for index in range(window.tabs.count()):
        name = window.tabs.widget(index).objectName() or f"chart-{index}"

        def show_chart(i: int = index) -> None:
            window.pages.setCurrentWidget(window.splitter)
            window.tabs.setCurrentIndex(i)

        result.append((name, show_chart))
    for name, page in (("training", window.training_page), ("inference", window.inference_page)):
        result.append((name, lambda p=page: window.pages.setCurrentWidget(p)))
    return result


def start_tour(app: QApplication, window: MainWindow, folder: str) -> None:
    """Visit every stop, save ``FOLDER/NN-name.png`` after each has painted, then quit."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    remaining = list(enumerate(stops(window), start=1))

    def step() -> None:
        if not remaining:
            window.close()
            app.quit()
            return
        number, (name, go) = remaining.pop(0)
        go()

        def capture() -> None:
            window.grab().save(str(out / f"{number:02d}-{name}.png"), "PNG")
            QTimer.singleShot(0, step)

        QTimer.singleShot(STEP_MS, capture)

    QTimer.singleShot(STEP_MS, step)
