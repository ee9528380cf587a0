"""The same training run priced on every device of a catalog, in one vectorized pass."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from gpucompare.core.training.compute import DeviceColumns, Problem, compute
from gpucompare.core.training.inputs import MAX_DEVICES, CloudPricing, TrainingInputs
from gpucompare.core.training.results import RESULT_KEYS, warning_texts

RANKING_COLUMNS: tuple[str, ...] = ("device", "name", *RESULT_KEYS[1:])
EXCLUDED_COLUMNS: tuple[str, ...] = ("device", "name", "reason")


@dataclass(frozen=True)
class Ranking:
    """Devices that can run the job, cheapest first, and those that cannot, with why.

    ``results`` has the columns :data:`RANKING_COLUMNS` (the result keys plus ``name``),
    sorted by total cost, then wall-clock time, then catalog order; ``excluded`` has
    ``device``, ``name`` and ``reason``, in catalog order.
    """

    results: pd.DataFrame
    excluded: pd.DataFrame


def exclusion_reasons(inputs: TrainingInputs) -> dict[Problem, str]:
    """The reason shown for each problem."""
    cloud = isinstance(inputs.pricing, CloudPricing)
    count = f"{inputs.devices:,}" if inputs.devices is not None else "the solved number of"
    return {
        Problem.NO_PEAK: f"no {inputs.precision} figure",
        Problem.NO_PRICE: "no cloud price" if cloud else "no launch price",
        Problem.NO_POWER: "no power figure (owned pricing needs it for the energy cost)",
        Problem.NO_MEMORY: "no memory figure (cannot check that it fits)",
        Problem.NEVER_FITS: "does not fit at any device count with this sharding",
        Problem.TOO_MANY: f"needs more than {MAX_DEVICES:,} devices",
        Problem.NOT_FIT_AT_COUNT: f"does not fit in memory on {count} devices",
    }


def rank(inputs: TrainingInputs, catalog: pd.DataFrame) -> Ranking:
    """Price ``inputs`` on every row of ``catalog``; InputError for invalid inputs."""
    inputs.validate()
    columns = DeviceColumns.from_frame(catalog, inputs.precision)
    run = compute(inputs, columns)
    ids = catalog["id"].to_numpy(dtype=object)
    names = catalog["name"].to_numpy(dtype=object)
    ok = run.problem == Problem.NONE
    rows = np.flatnonzero(ok)
    order = rows[np.lexsort((run.wall_clock_hours[rows], run.total_cost_usd[rows]))]
    results = pd.DataFrame(
        {
            "device": ids[order],
            "name": names[order],
            "precision": inputs.precision,
            "training_flops": run.training_flops,
            "devices": run.devices[order].astype("int64"),
            "mfu": float(inputs.mfu),
            "wall_clock_hours": run.wall_clock_hours[order],
            "device_hours": run.device_hours[order],
            "compute_cost_usd": run.compute_cost_usd[order],
            "energy_kwh": run.energy_kwh[order],
            "energy_cost_usd": run.energy_cost_usd[order],
            "total_cost_usd": run.total_cost_usd[order],
            "co2_kg": run.co2_kg[order],
            "memory_per_device_gb": run.memory_per_device_gb[order],
            "memory_available_gb": columns.memory_gb[order],
            "fits": run.fits[order],
            "min_devices": run.min_devices[order].astype("int64"),
            "warnings": _warning_column(inputs, run.warnings[order]),
        },
        columns=list(RANKING_COLUMNS),
    )
    excluded_rows = np.flatnonzero(~ok)
    reasons = exclusion_reasons(inputs)
    lookup = np.array([""] + [reasons[Problem(code)] for code in range(1, len(Problem))], object)
    excluded = pd.DataFrame(
        {
            "device": ids[excluded_rows],
            "name": names[excluded_rows],
            "reason": lookup[run.problem[excluded_rows]],
        },
        columns=list(EXCLUDED_COLUMNS),
    )
    return Ranking(results=results, excluded=excluded)


def _warning_column(inputs: TrainingInputs, flags: np.ndarray) -> np.ndarray:
    """Tuples of warning texts, built once per distinct flag set."""
    distinct, where = np.unique(flags, return_inverse=True)
    texts = np.empty(len(distinct), dtype=object)
    for index, flag in enumerate(distinct):
        texts[index] = warning_texts(inputs, int(flag), np.nan, np.nan)
    return texts[where.reshape(-1)]
