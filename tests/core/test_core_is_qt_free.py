"""The core and the non-GUI CLI never load Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import gpucompare.cli
import gpucompare.core


def _modules(package) -> list[str]:
    prefix = f"{package.__name__}."
    return sorted(m.name for m in pkgutil.walk_packages(package.__path__, prefix))


NON_GUI_MODULES = _modules(gpucompare.core) + _modules(gpucompare.cli)


def test_modules_were_found():
    assert "gpucompare.core.catalog.loading" in NON_GUI_MODULES
    assert "gpucompare.cli.main" in NON_GUI_MODULES


@pytest.mark.parametrize("module", NON_GUI_MODULES)
def test_importing_does_not_load_qt(module):
    code = (
        f"import sys, {module}\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken'))]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
