"""The state's signal primitive and the shared number formatting."""

from __future__ import annotations

import math

import pandas as pd

from gpucompare.core.events import Signal
from gpucompare.core.formatting import format_number


def test_signal_calls_slots_in_order_once_each_until_disconnected():
    heard = []
    signal = Signal()
    first, second = (
        (lambda *a: heard.append(("first", a))),
        (lambda *a: heard.append(("second", a))),
    )
    signal.connect(first)
    signal.connect(second)
    signal.connect(first)
    signal.emit(1)
    assert heard == [("first", (1,)), ("second", (1,))]
    signal.disconnect(first)
    signal.disconnect(first)  # unknown slots are ignored
    signal.emit(2)
    assert heard[-1] == ("second", (2,))
    assert len(heard) == 3


def test_format_number_rules():
    assert format_number(3350) == "3,350"
    assert format_number(989.4) == "989.4"
    assert format_number(0.00602) == "0.00602"
    assert format_number(0.000217) == "0.000217"
    assert format_number(1.93e-10) == "1.93e-10"  # a 70-parameter model's hours, not 0.000…
    assert format_number(-3e-7) == "-3e-07"
    assert format_number(2023, grouping=False) == "2023"
    assert format_number(math.nan) == "—"
    assert format_number(pd.NA) == "—"
    assert format_number(None) == "—"
    assert format_number(math.inf) == "∞"
