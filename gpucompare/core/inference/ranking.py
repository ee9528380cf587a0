"""Which devices of the catalog can serve a model, how many of each, and their bounds.

Vectorized: no per-row Python, so 100,000 rows take milliseconds. Each device is
sized at its own minimum count, or at ``InferenceInputs.devices`` when ``at_count`` is
set, with the same arithmetic as :func:`~gpucompare.core.inference.model.size`. Sorted
by fewest devices, by cost per million tokens for the workload, or by tokens/s.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from gpucompare.core.inference.arithmetic import demand
from gpucompare.core.inference.columns import column
from gpucompare.core.inference.inputs import InferenceInputs
from gpucompare.core.inference.latency import LIMITS, largest_batch
from gpucompare.core.inference.roofline import evaluate, minimum_devices
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message

DEFAULT_MAX_DEVICES = 8
NO_MEMORY = "no memory figure"
NO_BANDWIDTH = "no memory-bandwidth figure (no decode bound)"
DOES_NOT_FIT = "does not fit at the given count"
NEVER_FITS = "does not fit on any number of devices (the replicated KV cache outgrows each one)"
MISSED = {
    "memory": "no batch fits at this count",
    "ttft": "misses the TTFT target (one prompt's prefill alone takes longer)",
    "tpot": "misses the TPOT target (one decode step at batch 1 takes longer)",
    "request": "misses the targets (one request's prefill and decode take longer than "
    "TTFT + (output tokens − 1) × TPOT)",
}
SORTS: dict[str, tuple[list[str], list[bool]]] = {
    "devices": (["devices", "decode_tokens_per_s_per_sequence"], [True, False]),
    "cost": (["usd_per_million_tokens", "devices"], [True, True]),
    "throughput": (["decode_tokens_per_s_total", "devices"], [False, True]),
}


@dataclass(frozen=True)
class Ranking:
    """Devices that can serve the model (``served``) and those that cannot (``excluded``).

    ``served`` has the columns of :func:`~gpucompare.core.inference.roofline.evaluate` and
    ``latency_bound`` (what stops the batch under latency targets; each row is then at its
    own largest batch meeting them), sorted by the ranking's key. ``excluded`` has ``id``,
    ``name``, ``reason`` and ``min_devices`` (NaN where memory is unknown).
    """

    served: pd.DataFrame
    excluded: pd.DataFrame
    inputs: InferenceInputs | None = None


def _missed_reason(limits: np.ndarray) -> np.ndarray:
    """Per row, why no batch meets the latency targets."""
    reasons = np.array([MISSED[limit] for limit in LIMITS], dtype=object)
    index = {limit: i for i, limit in enumerate(LIMITS)}
    return reasons[[index.get(limit, 0) for limit in limits]]


def too_many(max_devices: int) -> str:
    """The exclusion reason for a model that needs more than ``max_devices`` devices."""
    return f"does not fit on {max_devices} devices"


def rank(
    catalog: pd.DataFrame,
    inputs: InferenceInputs,
    max_devices: int = DEFAULT_MAX_DEVICES,
    *,
    sort: str = "devices",
    at_count: bool = False,
) -> Ranking:
    """Size ``inputs`` on every device of ``catalog``, at its minimum device count (or at
    ``inputs.devices`` with ``at_count``), sorted by ``sort`` (a key of ``SORTS``)."""
    inputs.validate()
    if isinstance(max_devices, bool) or not isinstance(max_devices, int) or max_devices < 1:
        raise InputError(
            "max_devices",
            Message(
                "must be a whole number of at least 1, got {max_devices}",
                max_devices=f"{max_devices!r}",
            ),
        )
    if sort not in SORTS:
        raise InputError(
            "sort",
            Message(
                "must be one of {value}, got {sort}", value=f"{', '.join(SORTS)}", sort=f"{sort!r}"
            ),
        )
    needed = minimum_devices(catalog, inputs, demand(inputs))
    if at_count:
        count = np.full(len(catalog), float(inputs.devices))
        too_big = np.isfinite(needed) & (needed > inputs.devices)
        big_reason = DOES_NOT_FIT
    else:
        count = np.where(np.isfinite(needed), np.minimum(needed, max_devices), 1.0)
        too_big = needed > max_devices
        big_reason = too_many(max_devices)
    never = np.isinf(needed)
    batch = np.full(len(catalog), float(inputs.batch))
    limits = np.full(len(catalog), "", dtype=object)
    if inputs.has_targets:
        batch, limits = largest_batch(catalog, inputs, count)
    missed = batch < 1
    table = evaluate(catalog, inputs, count, np.where(never, np.nan, needed), np.maximum(batch, 1))
    table["latency_bound"] = limits
    no_memory = np.isnan(needed)
    no_bandwidth = ~(column(catalog, "memory_bandwidth_gbps") > 0)
    cannot = no_memory | no_bandwidth | too_big | missed
    reason = np.select(
        [no_memory, no_bandwidth, never, too_big, missed],
        [NO_MEMORY, NO_BANDWIDTH, NEVER_FITS, big_reason, _missed_reason(limits)],
        default="",
    )
    keys, ascending = SORTS[sort]
    served = table.loc[~cannot].sort_values(
        keys,
        ascending=ascending,
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
    return Ranking(served=served, excluded=excluded, inputs=inputs)
