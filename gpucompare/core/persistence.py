"""Turning user choices into plain JSON-able data and back, forgiving bad input.

Reading never raises: a value of the wrong type or out of range falls back to its
default, so a corrupt or foreign settings file can never stop the app.
"""

from __future__ import annotations

import math
from dataclasses import asdict, fields
from typing import Any

from gpucompare.core.catalog.fields import FIELDS
from gpucompare.core.catalog.filters import Filters, Range
from gpucompare.core.catalog.schema import KINDS, PYTORCH_SUPPORT, SEGMENTS, VLLM_SUPPORT
from gpucompare.core.state import ChartSettings

_RANGES = ("memory_gb", "price", "power_w", "release_year")


def filters_to_data(filters: Filters) -> dict[str, Any]:
    """Filters as JSON-able data."""
    return {
        "kinds": sorted(filters.kinds),
        "vendors": sorted(filters.vendors),
        "segments": sorted(filters.segments),
        **{name: [getattr(filters, name).low, getattr(filters, name).high] for name in _RANGES},
        "search": filters.search,
        "only_priced": filters.only_priced,
        "only_rentable": filters.only_rentable,
        "pytorch_support": sorted(filters.pytorch_support),
        "vllm_support": sorted(filters.vllm_support),
    }


def _strings(value: object, allowed: tuple[str, ...] | None = None) -> frozenset[str]:
    if not isinstance(value, list):
        return frozenset()
    items = {v for v in value if isinstance(v, str)}
    return frozenset(items & set(allowed)) if allowed is not None else frozenset(items)


def _bound(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and number >= 0 else None


def _range(value: object) -> Range:
    if not isinstance(value, list) or len(value) != 2:
        return Range()
    low, high = _bound(value[0]), _bound(value[1])
    if low is not None and high is not None and low > high:
        return Range()
    return Range(low, high)


def filters_from_data(data: object) -> Filters:
    """Filters from data written by :func:`filters_to_data`; anything odd becomes the default."""
    if not isinstance(data, dict):
        return Filters()
    search = data.get("search")
    return Filters(
        kinds=_strings(data.get("kinds"), KINDS),
        vendors=_strings(data.get("vendors")),
        segments=_strings(data.get("segments"), SEGMENTS),
        **{name: _range(data.get(name)) for name in _RANGES},
        search=search if isinstance(search, str) else "",
        only_priced=data.get("only_priced") is True,
        only_rentable=data.get("only_rentable") is True,
        pytorch_support=_strings(data.get("pytorch_support"), PYTORCH_SUPPORT),
        vllm_support=_strings(data.get("vllm_support"), VLLM_SUPPORT),
    )


def chart_to_data(chart: ChartSettings) -> dict[str, Any]:
    """Chart settings as JSON-able data."""
    return asdict(chart)


def chart_from_data(data: object) -> ChartSettings:
    """Chart settings from data; each bad value falls back to its default."""
    default = ChartSettings()
    if not isinstance(data, dict):
        return default
    values: dict[str, Any] = {}
    for spec in fields(ChartSettings):
        value = data.get(spec.name)
        fallback = getattr(default, spec.name)
        if isinstance(fallback, bool):
            ok = isinstance(value, bool)
        elif isinstance(fallback, int):
            ok = isinstance(value, int) and not isinstance(value, bool) and 3 <= value <= 200
        else:
            ok = isinstance(value, str) and value in FIELDS and FIELDS[value].numeric
        values[spec.name] = value if ok else fallback
    return ChartSettings(**values)


def columns_from_data(data: object) -> tuple[str, ...] | None:
    """Visible columns from data, or None when nothing usable is there."""
    if not isinstance(data, list):
        return None
    columns = tuple(c for c in data if isinstance(c, str) and c in FIELDS)
    return columns or None
