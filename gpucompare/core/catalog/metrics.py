"""Derived metrics, computed vectorized for a chosen precision and currency.

A missing or zero input gives an empty (NaN) result, never 0 or infinity.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from gpucompare.core.catalog.schema import Better, precision_column


def safe_ratio(
    numerator: pd.Series | np.ndarray, denominator: pd.Series | np.ndarray
) -> np.ndarray:
    """``numerator / denominator``; NaN where an input is missing or the denominator <= 0."""
    top = np.asarray(numerator, dtype="float64")
    bottom = np.asarray(denominator, dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        result = top / bottom
    result[~(bottom > 0) | ~np.isfinite(result)] = np.nan
    return result


def peak(frame: pd.DataFrame, precision: str) -> np.ndarray:
    """Dense peak TFLOPS (TOPS for INT8) of every row at ``precision``."""
    return frame[precision_column(precision)].to_numpy(dtype="float64", na_value=np.nan)


def _column(frame: pd.DataFrame, column_id: str) -> np.ndarray:
    return frame[column_id].to_numpy(dtype="float64", na_value=np.nan)


@dataclass(frozen=True)
class Metric:
    """A metric derived from catalog columns.

    ``header`` is the machine-readable column name used in exports; it names the
    precision (``{p}``: bf16, int8…), the throughput unit (``{t}``: tflops or tops)
    and the currency (``{c}``: usd, cny…) so a CSV column says exactly what it holds.
    """

    id: str
    header: str
    label: str
    unit: str
    description: str
    better: Better
    compute: Callable[[pd.DataFrame, str, float], np.ndarray]
    money: bool = False

    def header_id(self, precision: str, currency: str = "USD") -> str:
        """Export column name, e.g. ``bf16_tflops_per_kusd``."""
        throughput = "tops" if precision.upper() == "INT8" else "tflops"
        return self.header.format(p=precision.lower(), t=throughput, c=currency.lower())

    def display_label(self, precision: str, currency: str = "USD") -> str:
        """Human label with unit, e.g. ``TFLOPS per 1,000 USD (BF16)``."""
        throughput = "TOPS" if precision.upper() == "INT8" else "TFLOPS"
        unit = self.unit.format(t=throughput, c=currency.upper())
        label = self.label.format(p=precision.upper(), t=throughput, c=currency.upper())
        return f"{label} ({unit})" if unit else label


def _tflops_per_kilo_money(frame: pd.DataFrame, precision: str, rate: float) -> np.ndarray:
    return safe_ratio(peak(frame, precision) * 1000.0, _column(frame, "launch_price_usd") * rate)


def _tflops_per_watt(frame: pd.DataFrame, precision: str, rate: float) -> np.ndarray:
    return safe_ratio(peak(frame, precision), _column(frame, "power_w"))


def _gb_per_kilo_money(frame: pd.DataFrame, precision: str, rate: float) -> np.ndarray:
    return safe_ratio(
        _column(frame, "memory_gb") * 1000.0, _column(frame, "launch_price_usd") * rate
    )


def _bytes_per_flop(frame: pd.DataFrame, precision: str, rate: float) -> np.ndarray:
    return safe_ratio(_column(frame, "memory_bandwidth_gbps") * 1e9, peak(frame, precision) * 1e12)


def _cloud_per_pflop_hour(frame: pd.DataFrame, precision: str, rate: float) -> np.ndarray:
    return safe_ratio(_column(frame, "cloud_usd_per_hour") * rate, peak(frame, precision) / 1000.0)


def _peak(frame: pd.DataFrame, precision: str, rate: float) -> np.ndarray:
    return peak(frame, precision)


METRICS: tuple[Metric, ...] = (
    Metric(
        "peak_tflops",
        "peak_{p}_{t}",
        "{p} peak (dense)",
        "{t}",
        "Dense peak throughput at the chosen precision.",
        Better.HIGHER,
        _peak,
    ),
    Metric(
        "tflops_per_kusd",
        "{p}_{t}_per_k{c}",
        "{p} {t} per 1,000 {c}",
        "{t}/k{c}",
        "Dense peak throughput per 1,000 of launch price.",
        Better.HIGHER,
        _tflops_per_kilo_money,
        money=True,
    ),
    Metric(
        "tflops_per_w",
        "{p}_{t}_per_w",
        "{p} {t} per watt",
        "{t}/W",
        "Dense peak throughput per watt of rated power.",
        Better.HIGHER,
        _tflops_per_watt,
    ),
    Metric(
        "gb_per_kusd",
        "gb_per_k{c}",
        "Memory per 1,000 {c}",
        "GB/k{c}",
        "Gigabytes of device memory per 1,000 of launch price.",
        Better.HIGHER,
        _gb_per_kilo_money,
        money=True,
    ),
    Metric(
        "bytes_per_flop",
        "bytes_per_{p}_flop",
        "Bandwidth per {p} FLOP",
        "B/FLOP",
        "Bytes of memory bandwidth per dense FLOP: higher means less memory-bound.",
        Better.HIGHER,
        _bytes_per_flop,
    ),
    Metric(
        "cloud_usd_per_pflop_hour",
        "cloud_{c}_per_{p}_pflop_hour",
        "Cloud cost per {p} PFLOP-hour",
        "{c}/PFLOP·h",
        "On-demand price of one hour of one dense PFLOP/s at the chosen precision.",
        Better.LOWER,
        _cloud_per_pflop_hour,
        money=True,
    ),
)

METRIC_BY_ID: dict[str, Metric] = {metric.id: metric for metric in METRICS}


def compute_metrics(frame: pd.DataFrame, precision: str, rate: float = 1.0) -> pd.DataFrame:
    """Every derived metric for every row, columns keyed by metric id.

    ``rate`` converts USD into the display currency (currency units per USD).
    """
    return pd.DataFrame(
        {metric.id: metric.compute(frame, precision, rate) for metric in METRICS},
        index=frame.index,
    )
