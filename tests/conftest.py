"""Shared fixtures: a small hand-made catalog, and headless Qt for GUI tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """Folder of test data files."""
    return DATA


@pytest.fixture
def small_catalog_path() -> Path:
    """A small, hand-made, complete catalog file (every column)."""
    return DATA / "small_catalog.csv"
