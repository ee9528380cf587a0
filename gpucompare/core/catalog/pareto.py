"""The Pareto frontier of two metrics, each with its own better direction."""

from __future__ import annotations

import numpy as np

from gpucompare.core.catalog.schema import Better


def pareto_front(x: np.ndarray, y: np.ndarray, x_better: Better, y_better: Better) -> np.ndarray:
    """Indices of the points no other point beats on both axes, ordered along x.

    A point is on the frontier when no other point is at least as good on both axes
    and strictly better on one. NaN points never are. ``Better.NEITHER`` counts as
    higher-is-better. Vectorized, O(n log n).
    """
    x = np.asarray(x, dtype="float64")
    y = np.asarray(y, dtype="float64")
    valid = np.flatnonzero(~(np.isnan(x) | np.isnan(y)))
    if valid.size == 0:
        return valid
    # Flip signs so that "higher is better" holds on both axes.
    xs = x[valid] * (-1.0 if x_better is Better.LOWER else 1.0)
    ys = y[valid] * (-1.0 if y_better is Better.LOWER else 1.0)
    # Best x first; among equal x, best y first.
    order = np.lexsort((-ys, -xs))
    ordered = ys[order]
    best_before = np.concatenate(([-np.inf], np.maximum.accumulate(ordered)[:-1]))
    result = valid[order[ordered > best_before]]
    return result[np.argsort(x[result], kind="stable")]
