"""Owned hardware: up-front capital, its annual cost, colocation rent, whole nodes.

    K = purchase × (1 + overhead)                       capital per device
    a = r / (1 − (1 + r)^−Y)   (1 / Y when r = 0)       capital recovery factor
    capital per used hour = (K − R·K·(1 + r)^−Y) × a / (8,760 × u)
    colocation per used hour = c × 12 × kW / (8,760 × u),  kW = power × (1 + host) / 1000
    bought = ceil(n / s) × s                            whole nodes of s devices
    cost = bought × T × (capital + colocation per used hour)

r: annual cost of capital; Y: years of amortisation; R: resale value as a fraction of
K at the end; u: fraction of the hours in use; c: colocation rent per kW of IT power and
month; T: wall-clock hours of the run. With r = R = c = 0 and s = 1 this is the straight
line purchase × (1 + overhead) / (Y × 8,760 × u) per device-hour.
"""

from __future__ import annotations

import numpy as np

HOURS_PER_YEAR = 8760.0


def recovery_factor(rate: float, years: float) -> float:
    """a = r / (1 − (1 + r)^−Y): the share of a loan repaid each year, interest included."""
    if rate == 0:
        return 1.0 / years
    return rate / (1.0 - (1.0 + rate) ** -years)


def capital_per_hour_factor(
    overhead: float, years: float, rate: float, utilization: float, resale: float
) -> float:
    """Capital cost per used device-hour as a multiple of the purchase price."""
    kept = 1.0 - resale * (1.0 + rate) ** -years
    annual = (1.0 + overhead) * kept * recovery_factor(rate, years)
    return annual / (HOURS_PER_YEAR * utilization)


def colocation_per_hour(
    rent_per_kw_month: float, power_w: np.ndarray, host: np.ndarray, utilization: float
) -> np.ndarray:
    """Colocation rent per used device-hour for each device's IT power (host included)."""
    kw = power_w * (1.0 + host) / 1000.0
    return rent_per_kw_month * 12.0 * kw / (HOURS_PER_YEAR * utilization)


def bought_devices(devices: np.ndarray, node_size: int) -> np.ndarray:
    """Devices bought: the run's count rounded up to whole nodes."""
    return np.ceil(np.asarray(devices, dtype="float64") / node_size) * node_size
