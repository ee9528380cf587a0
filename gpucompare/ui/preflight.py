"""Checks made before Qt starts: is there a display, and can Qt's xcb platform load?

Without them Qt aborts (SIGABRT) with a long, misleading text ("reinstalling the
application may fix this problem"). This module imports no Qt, so the check is cheap
and runs before PySide6 loads.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# Platforms that need no display server.
HEADLESS_PLATFORMS = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
)

# What Qt 6's xcb platform plugin links (``objdump -p libqxcb.so libQt6XcbQpa.so.6``),
# with the Debian/Ubuntu package that ships each library.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def can_load(soname: str) -> bool:
    """Whether the dynamic loader finds and loads ``soname`` (what Qt's plugin will need)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def platform_name(env: Mapping[str, str]) -> str:
    """The Qt platform asked for in ``QT_QPA_PLATFORM`` ("" when none), without options."""
    first = env.get("QT_QPA_PLATFORM", "").split(";")[0]
    return first.split(":")[0].strip().lower()


def _uses_xcb(platform: str, env: Mapping[str, str]) -> bool:
    if platform:
        return platform == "xcb"
    wayland = env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland


def display_problem(
    env: Mapping[str, str] | None = None,
    system: str = sys.platform,
    loads: Callable[[str], bool] = can_load,
) -> str | None:
    """One line saying why Qt cannot open a window here, or None when it can.

    Only Linux (and other X11/Wayland systems) is checked; Windows and macOS always pass.
    """
    env = os.environ if env is None else env
    if system.startswith(("win", "darwin", "cygwin")):
        return None
    platform = platform_name(env)
    if platform in HEADLESS_PLATFORMS:
        return None
    if platform == "wayland" and not env.get("WAYLAND_DISPLAY"):
        return (
            "gpucompare: cannot open a window: QT_QPA_PLATFORM=wayland but WAYLAND_DISPLAY "
            "is not set; start it from a desktop session."
        )
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and platform != "wayland":
        return (
            "gpucompare: cannot open a window: no display (DISPLAY and WAYLAND_DISPLAY are "
            "not set); start it from a desktop session, or use the command line "
            "(gpucompare --help)."
        )
    if not _uses_xcb(platform, env):
        return None
    missing = [name for name in XCB_LIBRARIES if not loads(name)]
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[name] for name in missing))
    return (
        f"gpucompare: cannot open a window: Qt's xcb platform needs {', '.join(missing)}; "
        f"on Debian/Ubuntu install them with: sudo apt install {packages}"
    )
