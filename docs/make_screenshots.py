"""Render the README screenshots from the real app (headless).

    python docs/make_screenshots.py

Writes docs/screenshots/main-window.png, main-window-zh.png, training-cost.png and
inference.png at 1366×768, with settings kept in a temporary folder. Chinese needs a
CJK font on the machine (Debian: fonts-noto-cjk). With poppler's ``pdftoppm`` on the
PATH it also renders the first page of the example scenario's decision brief
(docs/examples/) as decision-brief.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt

from gpucompare.ui.app import build_window, make_application
from gpucompare.ui.i18n import CHINESE, ENGLISH

OUT = Path(__file__).resolve().parent / "screenshots"
EXAMPLE = Path(__file__).resolve().parent / "examples" / "70b-training-and-serving.gpucompare.json"
SIZE = (1366, 768)


def main() -> int:
    """Build the window, set up a typical session, save the pictures."""
    app = make_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    window = build_window()
    window.set_language(ENGLISH)
    window.resize(*SIZE)
    window.show()
    state = window.state
    state.update_filters(kinds=frozenset({"GPU", "TPU", "NPU", "ASIC"}), only_priced=True)
    state.update_chart(x="launch_price_usd", y="peak_tflops", x_log=True, y_log=True, pareto=True)
    model = window.table.model_
    model.sort(model.column_of("peak_tflops"), Qt.SortOrder.DescendingOrder)
    window.table.horizontalHeader().setSortIndicator(
        model.column_of("peak_tflops"), Qt.SortOrder.DescendingOrder
    )
    state.set_selection(["nvidia-h100-sxm5-80gb"])
    OUT.mkdir(parents=True, exist_ok=True)
    shots = [("main-window.png", ENGLISH, window.splitter)]
    shots += [("training-cost.png", ENGLISH, window.training_page)]
    shots += [("inference.png", ENGLISH, window.inference_page)]
    shots += [("main-window-zh.png", CHINESE, window.splitter)]
    state.update_training(params="70B", tokens="2T", count="1024")
    state.update_inference(model="llama-3.1-70b", precision="FP8", count="2")
    for name, language, page in shots:
        window.set_language(language)
        window.pages.setCurrentWidget(page)
        for _ in range(10):
            app.processEvents()
        window.grab().save(str(OUT / name))
        print(OUT / name)
    window.set_language(ENGLISH)
    brief_page(window)
    return 0


def brief_page(window) -> None:
    """The example scenario's brief, page 1, as decision-brief.png (needs pdftoppm)."""
    from gpucompare.core.scenario_open import apply_scenario, open_scenario
    from gpucompare.ui.report.document import write_brief

    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: decision-brief.png not rendered")
        return
    opened = open_scenario(EXAMPLE, window.state)
    apply_scenario(window.state, opened)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "brief.pdf"
        write_brief(pdf, window.state, opened.scenario.title)
        prefix = OUT / "decision-brief"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "90",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(prefix),
            ],
            check=True,
        )
    print(f"{prefix}.png")


if __name__ == "__main__":
    sys.exit(main())
