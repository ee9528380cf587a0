"""Whether the figure a left-out device lacks is not published or just not entered yet.

The ranking says which figure a device lacks; the device's row says whether nobody
publishes it (its ``not_published`` lists every column the figure could come from) or it
has simply not been entered yet.
"""

from __future__ import annotations

import pandas as pd

from gpucompare.core.catalog.published import lists_all
from gpucompare.core.catalog.schema import PRECISION_COLUMNS
from gpucompare.core.messages import Message
from gpucompare.core.training.compute import FALLBACK_PRECISIONS, Problem
from gpucompare.core.training.inputs import TrainingInputs
from gpucompare.core.training.ranking import exclusion_reasons

# The columns each missing-figure problem could be solved from.
FIGURE_COLUMNS: dict[Problem, tuple[str, ...]] = {
    Problem.NO_PEAK: tuple(PRECISION_COLUMNS[name] for name in FALLBACK_PRECISIONS),
    Problem.NO_MEMORY: ("memory_gb",),
}


def unpublished_columns(problem: Problem | None, row: pd.Series) -> tuple[str, ...] | None:
    """The columns of ``problem``'s figure when ``row`` marks every one not published;
    None when the problem is not a missing figure or some column is not entered yet."""
    columns = FIGURE_COLUMNS.get(problem) if problem is not None else None
    return columns if columns is not None and lists_all(row, columns) else None


def figure_status(problem: Problem | None, row: pd.Series) -> Message | None:
    """ "not published (…)" or "not entered yet" for a missing figure, else None."""
    if problem not in FIGURE_COLUMNS:
        return None
    columns = unpublished_columns(problem, row)
    if columns is None:
        return Message("not entered yet")
    return Message("not published ({columns} in not_published)", columns=", ".join(columns))


def excluded_problems(excluded: pd.DataFrame, inputs: TrainingInputs) -> list[Problem | None]:
    """The problem behind each English reason of a ranking's ``excluded`` rows."""
    problems = {text: problem for problem, text in exclusion_reasons(inputs).items()}
    return [problems.get(reason) for reason in excluded["reason"]]


def excluded_statuses(
    excluded: pd.DataFrame, catalog: pd.DataFrame, inputs: TrainingInputs
) -> list[Message | None]:
    """For each ``excluded`` row: whether its missing figure is not published or not
    entered yet (None for a device left out for another reason)."""
    rows = catalog.drop_duplicates("id", keep="last").set_index("id")
    return [
        figure_status(problem, rows.loc[device]) if device in rows.index else None
        for device, problem in zip(
            excluded["device"], excluded_problems(excluded, inputs), strict=True
        )
    ]
