"""Repeating a measurement and summarising it robustly (median and spread)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Stats:
    """Repeated samples of one quantity (seconds, or any unit the caller chose)."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return float(np.median(self.samples))

    @property
    def q1(self) -> float:
        return float(np.percentile(self.samples, 25))

    @property
    def q3(self) -> float:
        return float(np.percentile(self.samples, 75))

    @property
    def minimum(self) -> float:
        return float(min(self.samples))

    @property
    def maximum(self) -> float:
        return float(max(self.samples))

    def to_dict(self, scale: float = 1.0) -> dict[str, object]:
        """JSON-ready summary, every value multiplied by ``scale``."""
        return {
            "median": self.median * scale,
            "q1": self.q1 * scale,
            "q3": self.q3 * scale,
            "min": self.minimum * scale,
            "max": self.maximum * scale,
            "n": len(self.samples),
            "samples": [s * scale for s in self.samples],
        }


def repeat(
    action: Callable[[], object],
    repeats: int,
    *,
    warmup: int = 1,
    before: Callable[[int], object] | None = None,
) -> Stats:
    """Time ``action`` ``repeats`` times after ``warmup`` untimed runs.

    ``before(i)``, if given, runs untimed before the i-th call (i counts warm-up runs too).
    """
    samples = []
    for index in range(warmup + repeats):
        if before is not None:
            before(index)
        start = time.perf_counter()
        action()
        elapsed = time.perf_counter() - start
        if index >= warmup:
            samples.append(elapsed)
    return Stats(tuple(samples))


def python_command(*arguments: str) -> list[str]:
    """This interpreter running ``arguments``, unbuffered and without user site hooks."""
    return [sys.executable, "-u", *arguments]


def run_child(
    command: Sequence[str], env: Mapping[str, str], cwd: str | None = None
) -> tuple[float, str]:
    """Run ``command`` to completion; its wall-clock seconds and stdout. Fails loudly."""
    start = time.perf_counter()
    result = subprocess.run(
        list(command), env=dict(env), cwd=cwd, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited {result.returncode}:\n{result.stderr[-2000:]}"
        )
    return elapsed, result.stdout


def interleaved(
    commands: Mapping[str, Sequence[str]],
    repeats: int,
    env: Mapping[str, str],
    *,
    warmup: int = 1,
    cwd: str | None = None,
) -> tuple[dict[str, Stats], dict[str, list[str]]]:
    """Time each command ``repeats`` times, taking turns so load drifts hit all alike.

    Returns each command's wall-clock Stats and its outputs (one per timed run).
    """
    times: dict[str, list[float]] = {name: [] for name in commands}
    outputs: dict[str, list[str]] = {name: [] for name in commands}
    for index in range(warmup + repeats):
        for name, command in commands.items():
            elapsed, out = run_child(command, env, cwd)
            if index >= warmup:
                times[name].append(elapsed)
                outputs[name].append(out)
    return {name: Stats(tuple(t)) for name, t in times.items()}, outputs


def child_environment(home: str) -> dict[str, str]:
    """The current environment, headless, with HOME and config under ``home``.

    Bytecode writing is switched back on: an installed app runs from compiled modules (pip
    compiles them), so timing it from source would charge it for compiling itself.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "PYQTGRAPH_QT_LIB": "PySide6",
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
        }
    )
    return env
