"""No UI class over the ~300-line guideline: a bigger one is split into modules with one job."""

from __future__ import annotations

import ast
from pathlib import Path

import gpucompare.ui

MAX_CLASS_LINES = 300
UI = Path(gpucompare.ui.__file__).parent


def class_lengths() -> dict[str, int]:
    """Lines of every class under gpucompare/ui, by "path:Class"."""
    lengths = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                name = f"{path.relative_to(UI)}:{node.name}"
                lengths[name] = node.end_lineno - node.lineno + 1
    return lengths


def test_the_calculator_pages_are_measured():
    lengths = class_lengths()
    assert "pages/training/form.py:TrainingForm" in lengths
    assert "pages/inference/panel.py:InferencePanel" in lengths


def test_no_ui_class_is_over_300_lines():
    too_long = {name: n for name, n in class_lengths().items() if n > MAX_CLASS_LINES}
    assert not too_long, too_long
