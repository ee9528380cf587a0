"""The real entry point on a real X display (Xvfb, Qt's xcb platform): every page opens.

CI otherwise runs offscreen only, which cannot notice a missing xcb library. Skips when
Xvfb is not installed (``.ci/run`` installs it when root).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or not sys.platform.startswith("linux"),
    reason="needs Xvfb (apt install xvfb)",
)

QT_LIBRARY_WARNING = re.compile(
    r"qt\.qpa|could not load the qt platform plugin|is needed to load|"
    r"cannot open shared object|no qt platform plugin",
    re.IGNORECASE,
)
PAGES = ["scatterPanel", "rankingPanel", "trendPanel", "comparePanel", "training", "inference"]


@pytest.fixture
def xvfb_display():
    """A fresh Xvfb server at 1366×768; yields its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_every_page_opens_on_xcb_without_library_warnings(xvfb_display, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
    env.update(
        DISPLAY=xvfb_display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path),
    )
    pictures = tmp_path / "tour"
    result = subprocess.run(
        [sys.executable, "-m", "gpucompare", "gui", "--tour", str(pictures)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if QT_LIBRARY_WARNING.search(line)]
    assert not warnings, "\n".join(warnings)
    saved = sorted(p.name for p in pictures.glob("*.png"))
    assert [name[3:-4] for name in saved] == PAGES
    from PySide6.QtGui import QImage

    for name in saved:
        image = QImage(str(pictures / name))
        assert image.width() >= 1000, name
        assert image.height() >= 600, name
