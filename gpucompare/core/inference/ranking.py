"""Which devices of the catalog can serve a model, how many of each, and their bounds.

Vectorized: no per-row Python, so 100,000 rows take milliseconds. Each device is
sized at its own minimum count (``InferenceInputs.devices`` is not used), with the same
arithmetic as :func:`~gpucompare.core.inference.model.size`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from gpucompare.core.inference.arithmetic import demand, evaluate, minimum_devices
from gpucompare.core.inference.columns import column
from gpucompare.core.inference.inputs import InferenceInputs
from gpucompare.core.issues import InputError

DEFAULT_MAX_DEVICES = 8
NO_MEMORY = "no memory figure"
NO_BANDWIDTH = "no memory-bandwidth figure (no decode bound)"


@dataclass(frozen=True)
class Ranking:
    """Devices that can serve the model (``served``) and those that cannot (``excluded``).

    ``served`` has the columns of :func:`~gpucompare.core.inference.arithmetic.evaluate`,
    fewest devices first, then fastest decode per sequence. ``excluded`` has ``id``,
    ``name``, ``reason`` and ``min_devices`` (NaN where memory is unknown).
    """

    served: pd.DataFrame
    excluded: pd.DataFrame


def too_many(max_devices: int) -> str:
    """The exclusion reason for a model that needs more than ``max_devices`` devices."""
    return f"does not fit on {max_devices} devices"


def rank(
    catalog: pd.DataFrame, inputs: InferenceInputs, max_devices: int = DEFAULT_MAX_DEVICES
) -> Ranking:
    """Size ``inputs`` on every device of ``catalog`` at its minimum device count."""
    inputs.validate()
    if isinstance(max_devices, bool) or not isinstance(max_devices, int) or max_devices < 1:
        raise InputError(
            "max_devices", f"must be a whole number of at least 1, got {max_devices!r}"
        )
    needed = minimum_devices(catalog, demand(inputs))
    count = np.where(np.isfinite(needed), np.minimum(needed, max_devices), 1.0)
    table = evaluate(catalog, inputs, count)
    no_memory = ~np.isfinite(needed)
    no_bandwidth = ~(column(catalog, "memory_bandwidth_gbps") > 0)
    too_big = needed > max_devices
    cannot = no_memory | no_bandwidth | too_big
    reason = np.select(
        [no_memory, no_bandwidth, too_big],
        [NO_MEMORY, NO_BANDWIDTH, too_many(max_devices)],
        default="",
    )
    served = table.loc[~cannot].sort_values(
        ["devices", "decode_tokens_per_s_per_sequence"],
        ascending=[True, False],
        kind="mergesort",
        na_position="last",
    )
    excluded = pd.DataFrame(
        {
            "id": table["id"].to_numpy()[cannot],
            "name": table["name"].to_numpy()[cannot],
            "reason": reason[cannot],
            "min_devices": table["min_devices"].to_numpy()[cannot],
        },
        index=table.index[cannot],
    )
    return Ranking(served=served, excluded=excluded)
