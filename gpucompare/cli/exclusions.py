"""Why ``cost --all`` leaves a device out, told as a fact about the device.

The ranking says which figure a device lacks; this says whether nobody publishes it
(the row's ``not_published``: the vendor gives no such figure, the device is not sold
or not rented) or it has simply not been entered yet.
"""

from __future__ import annotations

import pandas as pd

from gpucompare.core.catalog.published import not_published_columns
from gpucompare.core.catalog.schema import PRECISION_COLUMNS
from gpucompare.core.training import CloudPricing, Problem, TrainingInputs, exclusion_reasons


def device_reasons(
    excluded: pd.DataFrame, catalog: pd.DataFrame, inputs: TrainingInputs
) -> pd.DataFrame:
    """``excluded`` with each reason saying "not published" or "not entered" where it can."""
    problems = {text: problem for problem, text in exclusion_reasons(inputs).items()}
    rows = catalog.drop_duplicates("id", keep="last").set_index("id")
    reasons = [
        _reason(problems.get(reason), reason, rows.loc[device], inputs)
        if device in rows.index
        else reason
        for device, reason in zip(excluded["device"], excluded["reason"], strict=True)
    ]
    return excluded.assign(reason=reasons)


def _reason(problem: Problem | None, reason: str, row: pd.Series, inputs: TrainingInputs) -> str:
    listed = not_published_columns(row)
    precision = inputs.precision
    if problem is Problem.NO_PEAK:
        column = PRECISION_COLUMNS[precision]
        if column in listed:
            text = f"no {precision} figure: not published ({column} in not_published)"
        else:
            text = f"no {precision} figure entered yet"
        others = [
            name
            for name in ("BF16", "FP16")
            if name != precision and pd.notna(row.get(PRECISION_COLUMNS[name]))
        ]
        return text + (f"; it has {others[0]} (--precision {others[0]})" if others else "")
    if problem is Problem.NO_PRICE:
        if isinstance(inputs.pricing, CloudPricing):
            if "cloud_price" in listed:
                return "not rented by any cloud (cloud_price in not_published)"
            hint = "; it has a purchase price (--pricing owned)"
            owned = pd.notna(row.get("launch_price_usd"))
            return "no cloud price entered" + (hint if owned else "")
        if "purchase_price" in listed:
            return "not sold (purchase_price in not_published)"
        hint = "; it has a cloud price (--pricing cloud)"
        return "no purchase price entered" + (
            hint if pd.notna(row.get("cloud_usd_per_hour")) else ""
        )
    for expected, column in ((Problem.NO_POWER, "power_w"), (Problem.NO_MEMORY, "memory_gb")):
        if problem is expected and column in listed:
            return f"{reason}; not published ({column} in not_published)"
    return reason


def price_note(field: str, row: pd.Series) -> str:
    """For a missing price on one device: whether it is not rented or not sold at all."""
    listed = not_published_columns(row)
    if field == "price_per_hour" and "cloud_price" in listed:
        return " (it is not rented by any cloud: cloud_price in not_published)"
    if field == "purchase_price" and "purchase_price" in listed:
        return " (it is not sold: purchase_price in not_published)"
    return ""
