"""Run the real command line in a subprocess, as a user's shell would."""

from __future__ import annotations

import subprocess
import sys


def run(*args: str, cwd=None) -> subprocess.CompletedProcess[str]:
    """``gpucompare ARGS`` with this interpreter; UTF-8 output, two minutes at most."""
    return subprocess.run(
        [sys.executable, "-m", "gpucompare", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
    )
