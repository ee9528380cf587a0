"""Side-by-side comparison of 2–6 devices: values, best per row, ratios to a baseline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from gpucompare.core.catalog.fields import NUMERIC_FIELD_IDS, field
from gpucompare.core.catalog.metrics import safe_ratio
from gpucompare.core.catalog.schema import Better
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message

MIN_DEVICES, MAX_DEVICES = 2, 6
COMPARE_FIELD_IDS: tuple[str, ...] = NUMERIC_FIELD_IDS

NO_RATIO_FIELDS = frozenset({"release_year"})  # 2024 ÷ 2022 means nothing


@dataclass(frozen=True)
class Comparison:
    """Devices in columns, numeric fields in rows."""

    ids: tuple[str, ...]
    names: tuple[str, ...]
    values: pd.DataFrame
    best: pd.DataFrame
    baseline: str | None
    ratios: pd.DataFrame | None

    def normalised(self, field_ids: Sequence[str]) -> pd.DataFrame:
        """Each row divided by its largest value (0–1, NaN for unknown), for bar charts."""
        rows = self.values.loc[list(field_ids)]
        peak = rows.max(axis=1, skipna=True).to_numpy()
        return pd.DataFrame(
            safe_ratio(rows.to_numpy(), peak[:, None]), index=rows.index, columns=rows.columns
        )


def compare(
    view: pd.DataFrame,
    ids: Sequence[str],
    baseline: str | None = None,
    field_ids: Sequence[str] = COMPARE_FIELD_IDS,
) -> Comparison:
    """Compare the devices ``ids`` of a catalog view (a frame from ``build_view``)."""
    ids = list(dict.fromkeys(ids))
    if not MIN_DEVICES <= len(ids) <= MAX_DEVICES:
        raise InputError(
            "devices",
            Message(
                "choose {min_devices} to {max_devices} devices to compare, not {value}",
                min_devices=str(MIN_DEVICES),
                max_devices=str(MAX_DEVICES),
                value=f"{len(ids)}",
            ),
        )
    rows = view.set_index("id").reindex(ids)
    missing = [i for i in ids if pd.isna(rows.loc[i, "name"])]
    if missing:
        raise InputError(
            "devices", Message("not in the catalog: {value}", value=f"{', '.join(missing)}")
        )
    values = rows[list(field_ids)].astype("float64").T
    best = pd.DataFrame(False, index=values.index, columns=values.columns)
    for field_id in values.index:
        direction = field(field_id).better
        row = values.loc[field_id]
        if direction is Better.NEITHER or row.notna().sum() < 2:
            continue
        target = row.max() if direction is Better.HIGHER else row.min()
        best.loc[field_id] = (row == target).to_numpy()
    ratios = None
    if baseline is not None:
        if baseline not in ids:
            raise InputError(
                "baseline",
                Message("{baseline} is not one of the compared devices", baseline=f"{baseline!r}"),
            )
        base = values[baseline].to_numpy()
        ratios = pd.DataFrame(
            safe_ratio(values.to_numpy(), base[:, None]), index=values.index, columns=values.columns
        )
        ratios.loc[ratios.index.isin(NO_RATIO_FIELDS)] = float("nan")
    return Comparison(
        tuple(ids),
        tuple(str(n) for n in rows["name"]),
        values,
        best,
        baseline,
        ratios,
    )


def comparison_table(
    comparison: Comparison, precision: str, currency: str = "USD"
) -> tuple[pd.DataFrame, list[str]]:
    """A flat frame for export: one row per field, value and ratio columns per device."""
    columns: dict[str, object] = {
        "field": [field(f).header_id(precision, currency) for f in comparison.values.index],
        "label": [field(f).label(precision, currency) for f in comparison.values.index],
    }
    headers = ["field", "label"]
    for device_id in comparison.ids:
        columns[device_id] = comparison.values[device_id].to_numpy()
        headers.append(device_id)
    if comparison.ratios is not None:
        for device_id in comparison.ids:
            key = f"{device_id}_vs_{comparison.baseline}"
            columns[key] = comparison.ratios[device_id].to_numpy()
            headers.append(key)
    for device_id in comparison.ids:
        key = f"{device_id}_is_best"
        columns[key] = np.where(comparison.best[device_id].to_numpy(), "yes", "")
        headers.append(key)
    return pd.DataFrame(columns), headers
