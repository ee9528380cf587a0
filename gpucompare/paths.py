"""Where the bundled catalog and resources live, in a source checkout or an install.

A wheel ships the repository's top-level ``catalog/`` and ``resources/`` folders as
``gpucompare/_data/catalog`` and ``gpucompare/_data/resources``; a source checkout or
an editable install reads them from the repository root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"gpucompare's {name}/ folder is missing; reinstall the package (pip install gpucompare)"
    )


def catalog_dir() -> Path:
    """Folder holding the bundled catalog CSV files."""
    return _data_dir("catalog")


def resources_dir() -> Path:
    """Folder holding icons, stylesheets, translations and data files."""
    return _data_dir("resources")


PRICES_FILE_NAME = "prices.csv"


def bundled_catalog_files() -> list[Path]:
    """The bundled catalog's device CSV files, in a stable order (not the prices table)."""
    # A suffix test, not glob("*.csv"): glob compiles a regular expression on every start.
    return sorted(
        p for p in catalog_dir().iterdir() if p.suffix == ".csv" and p.name != PRICES_FILE_NAME
    )


def bundled_prices_file() -> Path:
    """The bundled prices table: one row per observed price."""
    return catalog_dir() / PRICES_FILE_NAME


def resource(*parts: str) -> Path:
    """Path of one file under ``resources/``."""
    return resources_dir().joinpath(*parts)
