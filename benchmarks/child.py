"""What a benchmark child process runs: a window shown and painted, then its peak memory.

    python benchmarks/child.py baseline            # PySide6 + pandas + pyqtgraph, empty window
    python benchmarks/child.py app [CATALOG.csv]   # gpucompare's main window (+ a user file)

Both pause the cycle collector before importing anything, as the launcher does for the app
(the fastest way to import the stack; it costs the import ~70 ms otherwise). Both print one
JSON line, ``{"rows": ..., "peak_rss_kb": ...}``, once the window has
been painted and no further paint is pending, and leave at once (``os._exit``), so
interpreter teardown is timed in neither. Run it with QT_QPA_PLATFORM=offscreen and a
throw-away HOME (the parent does).

The window is painted by the event loop, as on a screen; it is not grabbed into a pixmap
afterwards, which would paint the whole window a second time (for the app, 30-50 ms of
painting that nobody sees; for the empty baseline window, almost nothing).
"""

from __future__ import annotations

import gc
import json
import os
import sys

# Passes of the event loop after the first paint that may still bring paints (a widget
# updated by a handler of the first); the loop stops at the first pass without one.
MAX_SETTLE_PASSES = 50


def peak_rss_kb() -> int:
    """This process's peak resident set size (VmHWM) in KiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def paint_until_settled(app, window) -> None:
    """Run the event loop until ``window`` has been painted and a pass paints nothing more.

    Any widget's repaint reaches its top-level window as an update request (or, the first
    time, a paint), so watching the window alone sees them all without slowing every event.
    """
    from PySide6.QtCore import QEvent, QObject

    paints = (QEvent.Type.Paint, QEvent.Type.UpdateRequest)

    class PaintCounter(QObject):
        painted = 0

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
            if event.type() in paints:
                self.painted += 1
            return False

    counter = PaintCounter()
    window.installEventFilter(counter)
    window.show()
    app.processEvents()
    for _ in range(MAX_SETTLE_PASSES):
        before = counter.painted
        app.processEvents()
        if counter.painted and counter.painted == before:
            break
    window.removeEventFilter(counter)
    if not counter.painted:
        raise SystemExit("the window was never painted")


def baseline() -> int:
    """Import the toolkit and data stack, show and paint an empty main window."""
    gc.disable()  # the fastest way: the launcher starts the app with the collector paused
    import pandas  # noqa: F401
    import pyqtgraph  # noqa: F401
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1300, 720)
    paint_until_settled(app, window)
    return 0


def app(extra: list[str]) -> int:
    """gpucompare's start-up path: application, state, window, shown and painted."""
    gc.disable()  # as the launcher does before it imports the app
    from gpucompare.ui.app import build_window, make_application

    application = make_application(sys.argv[:1], style_sheet=False)  # as run_app does
    window = build_window(extra)
    paint_until_settled(application, window)
    return len(window.state.catalog)


def main() -> None:
    mode, extra = sys.argv[1], sys.argv[2:]
    rows = baseline() if mode == "baseline" else app(extra)
    sys.stdout.write(json.dumps({"rows": rows, "peak_rss_kb": peak_rss_kb()}) + "\n")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
