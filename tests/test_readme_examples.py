"""Every command-line example in the README runs (exit 0) against the bundled catalog."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def _examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
    commands = []
    for block in blocks:
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith("gpucompare ") and "my-" not in line:
                commands.append(line)
    return commands


def test_the_readme_has_examples():
    assert len(_examples()) >= 10


@pytest.mark.parametrize("command", _examples())
def test_readme_example_runs(command, tmp_path):
    root = README.parent
    args = [str(root / a) if a.startswith("docs/") else a for a in shlex.split(command)[1:]]
    result = subprocess.run(
        [sys.executable, "-m", "gpucompare", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, f"{command}\n{result.stderr}"
    assert "Traceback" not in result.stderr
