"""Guards against the PySide6 6.12.0 bug that aborts the app at exit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(bool)


def test_bool_signals_keep_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.changed.emit(True)
    received.clear()
    assert sys.getrefcount(True) >= before - 5
