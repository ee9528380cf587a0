"""The real entry point starts headless, renders the window to a PNG and exits cleanly."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# A 1366×768 screen for Qt's offscreen platform (its own default is 800×800).
SCREEN = {"width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}


def test_entry_point_renders_the_main_window(tmp_path):
    png = tmp_path / "main.png"
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, **SCREEN}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "gpucompare", "gui", "--screenshot", str(png)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n")
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert (image.width(), image.height()) == (1300, 720)  # the default size fits 1366×768
    assert (tmp_path / "gpucompare" / "gpucompare.conf").exists()  # settings were saved on close
