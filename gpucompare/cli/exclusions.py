"""Why ``cost --all`` leaves a device out, told as a fact about the device.

The ranking says which figure a device lacks (and, for a device it prices without a
cost, why the cost is unknown); this says whether nobody publishes it (the row's
``not_published``: the vendor gives no such figure, the device is not sold or not
rented) or it has simply not been entered yet.
"""

from __future__ import annotations

import pandas as pd

from gpucompare.core.catalog.published import not_published_columns
from gpucompare.core.training import CloudPricing, Problem, TrainingInputs
from gpucompare.core.training.exclusions import excluded_problems, unpublished_columns


def device_reasons(
    excluded: pd.DataFrame, catalog: pd.DataFrame, inputs: TrainingInputs
) -> pd.DataFrame:
    """``excluded`` with each reason saying "not published" or "not entered" where it can."""
    rows = catalog.drop_duplicates("id", keep="last").set_index("id")
    reasons = [
        _reason(problem, reason, rows.loc[device]) if device in rows.index else reason
        for device, reason, problem in zip(
            excluded["device"], excluded["reason"], excluded_problems(excluded, inputs), strict=True
        )
    ]
    return excluded.assign(reason=reasons)


def _reason(problem: Problem | None, reason: str, row: pd.Series) -> str:
    columns = unpublished_columns(problem, row)
    if problem is Problem.NO_PEAK:
        if columns:
            return f"{reason}: not published ({', '.join(columns)} in not_published)"
        return f"{reason} entered yet"
    if problem is Problem.NO_MEMORY and columns:
        return f"{reason}; not published ({', '.join(columns)} in not_published)"
    return reason


def device_cost_note(note: str | None, row: pd.Series, inputs: TrainingInputs) -> str | None:
    """An unknown cost's note, saying when the device is not rented or not sold at all."""
    if not note:
        return note
    listed = not_published_columns(row)
    if isinstance(inputs.pricing, CloudPricing):
        if "cloud_price" in listed:
            return "not rented by any cloud (cloud_price in not_published)"
    elif "purchase_price" in listed:
        return "not sold (purchase_price in not_published)"
    return note


def device_cost_notes(
    results: pd.DataFrame, catalog: pd.DataFrame, inputs: TrainingInputs
) -> pd.DataFrame:
    """``results`` whose unknown costs say when the device is not rented or not sold at all."""
    if results.empty or "cost_note" not in results:
        return results
    rows = catalog.drop_duplicates("id", keep="last").set_index("id")
    notes = [
        device_cost_note(note, rows.loc[device], inputs)
        if isinstance(note, str) and device in rows.index
        else note
        for device, note in zip(results["device"], results["cost_note"], strict=True)
    ]
    return results.assign(cost_note=pd.Series(notes, index=results.index, dtype=object))
