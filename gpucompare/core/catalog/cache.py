"""A cache of the validated bundled catalog in the user's cache folder.

Parsing and validating the bundled CSVs costs a good part of start-up, and their result
only changes when the files do. The result is pickled into the user's own cache folder
(``GPUCOMPARE_CACHE_DIR`` overrides it), keyed by a hash of the files' bytes and of
the gpucompare, pandas, numpy, Python and cache format versions. A missing, stale,
unreadable or corrupt cache is rebuilt silently; one that cannot be written is skipped.
Users' own catalog files are never cached: they are validated on every load.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from gpucompare import __version__
from gpucompare.core.atomic import atomic_write_bytes

FORMAT_VERSION = "1"
CACHE_DIR_VARIABLE = "GPUCOMPARE_CACHE_DIR"
_MAGIC = b"gpucompare-catalog-cache\n"

T = TypeVar("T")


def cache_dir() -> Path:
    """The user's cache folder for gpucompare (``GPUCOMPARE_CACHE_DIR`` wins)."""
    override = os.environ.get(CACHE_DIR_VARIABLE)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "gpucompare" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "gpucompare"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gpucompare"


def sources_key(sources: Sequence[Path], extra: str = "") -> bytes:
    """A hash of every source file's name and bytes, of the versions that read them and of
    ``extra`` (any other input the cached value depends on)."""
    digest = hashlib.sha256()
    for part in (FORMAT_VERSION, __version__, pd.__version__, np.__version__, sys.version, extra):
        digest.update(part.encode() + b"\0")
    for path in sources:
        data = path.read_bytes() if path.exists() else b""
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest().encode()


def cached(
    name: str,
    sources: Sequence[Path],
    build: Callable[[], T],
    accept: Callable[[object], bool],
    extra: str = "",
) -> T:
    """``build()``'s result, read from the cache file ``name`` while ``sources`` (and
    ``extra``) are unchanged.

    A cached value that ``accept`` refuses is rebuilt. Errors of
    ``build`` propagate (and nothing is cached); errors of the cache itself are ignored.
    """
    try:
        key = sources_key(sources, extra)
    except OSError:
        return build()
    path = cache_dir() / name
    value = _read(path, key, accept)
    if value is None:
        value = build()
        _write(path, key, value)
    return value


def _read(path: Path, key: bytes, accept: Callable[[object], bool]) -> Any:
    try:
        with path.open("rb") as file:
            if file.readline() != _MAGIC or file.readline() != key + b"\n":
                return None
            value = pickle.load(file)
    except Exception:  # a stale or corrupt cache is rebuilt, whatever it holds
        return None
    return value if accept(value) else None


def _write(path: Path, key: bytes, value: object) -> None:
    try:
        data = _MAGIC + key + b"\n" + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
    except Exception:  # an unwritable cache folder only costs the next start its time
        return
