"""What keeps start-up near the toolkit's floor, checked in a fresh process (the test
session's QApplication already has its style sheet and every module imported)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from gpucompare import paths

PROBE = r"""
import json, sys

order = []


class Recorder:
    def find_spec(self, name, path=None, target=None):
        order.append(name)
        return None


sys.meta_path.insert(0, Recorder())
from gpucompare.ui.app import build_window, make_application

app = make_application(style_sheet=False)
sheet_before = app.styleSheet()
window = build_window()
bar = window.toolbar.layout()
margins = bar.contentsMargins()
print(json.dumps({
    "order": order,
    "sheet_before": sheet_before,
    "sheet_after": app.styleSheet(),
    "toolbar": [bar.spacing(), margins.left(), margins.top()],
}))
"""


def run_probe(tmp_path) -> dict:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        GPUCOMPARE_CACHE_DIR=str(tmp_path / "cache"),
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=tmp_path,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_core_loads_before_qt_and_the_sheet_after_the_window(tmp_path):
    probe = run_probe(tmp_path)
    order = probe["order"]
    first_qt = order.index("PySide6")
    # PySide6's import hook reads the source of every module imported after it
    for module in ("gpucompare.core.state", "gpucompare.core.catalog.loading"):
        assert order.index(module) < first_qt, f"{module} imported after PySide6"
    # the sheet goes on once the window is built (not before), and it is the theme's
    theme = paths.resource("styles", "light.qss").read_text(encoding="utf-8")
    assert probe["sheet_before"] == ""
    assert probe["sheet_after"] == theme
    # the toolbar's spacing and padding are the ones its rule names, whenever it applies
    assert probe["toolbar"] == [1, 4, 4]


def test_collector_resumes_with_start_up_objects_frozen():
    import gc

    from gpucompare.ui.app import resume_garbage_collection

    gc.disable()
    try:
        resume_garbage_collection()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # what start-up made is out of the collector's way
    finally:
        gc.unfreeze()
        gc.enable()
