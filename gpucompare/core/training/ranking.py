"""The same training run priced on every device of a catalog, in one vectorized pass."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from gpucompare.core.messages import Message
from gpucompare.core.training.compute import (
    CostGap,
    DeviceColumns,
    Problem,
    compute,
    missing_precisions,
)
from gpucompare.core.training.inputs import MAX_DEVICES, TRAINING_PRECISIONS, TrainingInputs
from gpucompare.core.training.results import RESULT_KEYS, cost_note, warning_texts
from gpucompare.core.training.search import layout_texts

RANKING_COLUMNS: tuple[str, ...] = ("device", "name", *RESULT_KEYS[1:])
EXCLUDED_COLUMNS: tuple[str, ...] = ("device", "name", "reason")


@dataclass(frozen=True)
class Ranking:
    """Devices that can run the job, cheapest first, and those that cannot, with why.

    ``results`` has the columns :data:`RANKING_COLUMNS` (the result keys plus ``name``),
    sorted by total cost, then wall-clock time, then catalog order; devices whose cost
    is unknown (``cost_note`` says why) come after those with a cost, by time. ``excluded`` has
    ``device``, ``name`` and ``reason``, in catalog order.
    """

    results: pd.DataFrame
    excluded: pd.DataFrame


def exclusion_reasons(inputs: TrainingInputs) -> dict[Problem, str]:
    """The reason shown for each problem."""
    count = f"{inputs.devices:,}" if inputs.devices is not None else "the solved number of"
    return {
        Problem.NO_PEAK: missing_precisions(inputs.precision),
        Problem.NO_MEMORY: "no memory figure (cannot check that it fits)",
        Problem.NEVER_FITS: "does not fit at any device count with this sharding",
        Problem.TOO_MANY: f"needs more than {MAX_DEVICES:,} devices",
        Problem.NOT_FIT_AT_COUNT: f"does not fit in memory on {count} devices",
        Problem.NO_LAYOUT: no_layout_reason(inputs),
    }


def no_layout_reason(inputs: TrainingInputs) -> Message:
    """Why no layout works although the run fits in memory: the batch does not split."""
    layout, memory = inputs.layout, inputs.memory
    sequences = max(1, int(layout.batch_tokens // memory.sequence_length))
    count = (
        Message("{n} devices", n=f"{inputs.devices:,}")
        if inputs.devices is not None
        else Message("the devices needed")
    )
    return Message(
        "no layout of {count} splits the global batch ({sequences} sequences of {length}) "
        "over data-parallel ranks × micro-batches of {micro}; use fewer devices or a larger "
        "global batch",
        count=count,
        sequences=f"{sequences:,}",
        length=f"{memory.sequence_length:,}",
        micro=f"{memory.micro_batch:,}",
    )


def rank(inputs: TrainingInputs, catalog: pd.DataFrame) -> Ranking:
    """Price ``inputs`` on every row of ``catalog``; InputError for invalid inputs."""
    inputs.validate()
    columns = DeviceColumns.from_frame(catalog)
    run = compute(inputs, columns)
    ids = catalog["id"].array
    names = catalog["name"].array
    ok = run.problem == Problem.NONE
    rows = np.flatnonzero(ok)
    cost = run.total_cost_usd[rows]
    order = rows[np.lexsort((run.wall_clock_hours[rows], cost))]  # NaN costs sort last
    used = run.precision_used[order]
    notes = [cost_note(inputs, gap) or "" for gap in range(1, len(CostGap))]
    results = pd.DataFrame(
        {
            "device": ids.take(order),
            "name": names.take(order),
            "precision": inputs.precision,
            "precision_used": pd.Categorical.from_codes(used, TRAINING_PRECISIONS),
            "training_flops": run.training_flops,
            "devices": run.devices[order].astype("int64"),
            "layout": layout_texts(run.layout, order),
            "mfu": run.mfu[order],
            "effective_mfu": run.layout.effective_mfu[order],
            "wall_clock_hours": run.wall_clock_hours[order],
            "device_hours": run.device_hours[order],
            "compute_cost_usd": run.compute_cost_usd[order],
            "energy_kwh": run.energy_kwh[order],
            "energy_cost_usd": run.energy_cost_usd[order],
            "total_cost_usd": run.total_cost_usd[order],
            "cost_note": pd.Categorical.from_codes(run.cost_gap[order] - 1, notes),
            "co2_kg": run.co2_kg[order],
            "memory_per_device_gb": run.memory_per_device_gb[order],
            "memory_available_gb": columns.memory_gb[order],
            "fits": run.fits[order],
            "min_devices": run.min_devices[order].astype("int64"),
            "warnings": _warning_column(inputs, run.warnings[order], used),
        },
        columns=list(RANKING_COLUMNS),
    )
    excluded_rows = np.flatnonzero(~ok)
    reasons = exclusion_reasons(inputs)
    lookup = np.array([""] + [reasons[Problem(code)] for code in range(1, len(Problem))], object)
    excluded = pd.DataFrame(
        {
            "device": ids.take(excluded_rows),
            "name": names.take(excluded_rows),
            "reason": lookup[run.problem[excluded_rows]],
        },
        columns=list(EXCLUDED_COLUMNS),
    )
    return Ranking(results=results, excluded=excluded)


def _warning_column(inputs: TrainingInputs, flags: np.ndarray, used: np.ndarray) -> np.ndarray:
    """Tuples of warning texts, built once per distinct flag set and precision."""
    keys = flags.astype("int64") * len(TRAINING_PRECISIONS) + used
    distinct, where = np.unique(keys, return_inverse=True)
    texts = np.empty(len(distinct), dtype=object)
    for index, key in enumerate(distinct.tolist()):
        flag, precision = divmod(key, len(TRAINING_PRECISIONS))
        texts[index] = warning_texts(inputs, flag, np.nan, np.nan, TRAINING_PRECISIONS[precision])
    return texts[where.reshape(-1)]
