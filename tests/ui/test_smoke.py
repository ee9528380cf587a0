"""The real entry point starts headless, renders the window to a PNG and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys


def test_entry_point_renders_the_main_window(tmp_path):
    png = tmp_path / "main.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
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
    assert image.width() >= 1000
    assert image.height() >= 600
    assert (tmp_path / "gpucompare" / "gpucompare.conf").exists()  # settings were saved on close
