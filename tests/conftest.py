"""Shared fixtures: a small hand-made catalog, and headless Qt for GUI tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True, scope="session")
def _private_cache_folder(tmp_path_factory) -> Iterator[None]:
    """Keep the bundled catalog's cache out of the user's own cache folder."""
    saved = os.environ.get("GPUCOMPARE_CACHE_DIR")
    os.environ["GPUCOMPARE_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if saved is None:
        os.environ.pop("GPUCOMPARE_CACHE_DIR", None)
    else:
        os.environ["GPUCOMPARE_CACHE_DIR"] = saved


@pytest.fixture
def data_dir() -> Path:
    """Folder of test data files."""
    return DATA


@pytest.fixture
def small_catalog_path() -> Path:
    """A small, hand-made, complete catalog file (every column)."""
    return DATA / "small_catalog.csv"
