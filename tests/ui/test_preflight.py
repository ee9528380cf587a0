"""Before Qt starts, the app says in one line what is missing instead of aborting."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from gpucompare.ui.preflight import XCB_LIBRARIES, can_load, display_problem

EVERYTHING = {"DISPLAY": ":0"}


def test_headless_platforms_need_no_display():
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda _: False) is None
    assert display_problem({"QT_QPA_PLATFORM": "minimal:x=1"}, "linux", lambda _: False) is None


def test_no_display_is_one_clear_line():
    problem = display_problem({}, "linux", lambda _: True)
    assert problem is not None
    assert "\n" not in problem
    assert "no display" in problem
    assert "DISPLAY" in problem


def test_missing_xcb_libraries_are_named_with_the_apt_command():
    absent = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    problem = display_problem(EVERYTHING, "linux", lambda name: name not in absent)
    assert problem is not None
    assert "\n" not in problem
    for name in absent:
        assert name in problem
    assert problem.endswith("sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")


def test_a_complete_system_passes():
    assert display_problem(EVERYTHING, "linux", lambda _: True) is None
    assert display_problem({}, "win32", lambda _: False) is None


def test_wayland_session_is_not_checked_for_xcb():
    env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert display_problem(env, "linux", lambda _: False) is None
    problem = display_problem({"QT_QPA_PLATFORM": "wayland"}, "linux", lambda _: True)
    assert problem is not None
    assert "WAYLAND_DISPLAY" in problem


def test_every_library_maps_to_a_package_and_the_loader_is_real():
    assert all(package for package in XCB_LIBRARIES.values())
    assert can_load("libc.so.6")
    assert not can_load("libgpucompare-not-there.so.9")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 check is Linux-only")
def test_entry_point_without_display_exits_1_with_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "gpucompare"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "no display" in lines[0]
