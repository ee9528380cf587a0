"""What a benchmark child process runs: a window shown and painted, then its peak memory.

    python benchmarks/child.py baseline            # PySide6 + pandas + pyqtgraph, empty window
    python benchmarks/child.py app [CATALOG.csv]   # gpucompare's main window (+ a user file)

Both print one JSON line, ``{"rows": ..., "peak_rss_kb": ...}``, after the first paint
and leave at once (``os._exit``), so interpreter teardown is timed in neither. Run it
with QT_QPA_PLATFORM=offscreen and a throw-away HOME (the parent does).
"""

from __future__ import annotations

import json
import os
import sys


def peak_rss_kb() -> int:
    """This process's peak resident set size (VmHWM) in KiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def baseline() -> int:
    """Import the toolkit and data stack, show and paint an empty main window."""
    import pandas  # noqa: F401
    import pyqtgraph  # noqa: F401
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1300, 720)
    window.show()
    app.processEvents()
    window.grab()
    return 0


def app(extra: list[str]) -> int:
    """gpucompare's start-up path: application, state, window, shown and painted."""
    from gpucompare.ui.app import build_window, make_application

    application = make_application(sys.argv[:1])
    window = build_window(extra)
    window.show()
    application.processEvents()
    window.grab()
    return len(window.state.catalog)


def main() -> None:
    mode, extra = sys.argv[1], sys.argv[2:]
    rows = baseline() if mode == "baseline" else app(extra)
    sys.stdout.write(json.dumps({"rows": rows, "peak_rss_kb": peak_rss_kb()}) + "\n")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
