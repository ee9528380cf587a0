"""A device left out for a missing figure says whether nobody publishes it or it is not entered."""

from __future__ import annotations

import pandas as pd

from gpucompare.core.catalog.loading import load_catalog_file
from gpucompare.core.training import TrainingInputs, rank
from gpucompare.core.training.exclusions import excluded_statuses

INPUTS = TrainingInputs(params=7e9, tokens=140e9, devices=8)
FIGURES = "bf16_tflops fp16_tflops tf32_tflops fp32_tflops"


def _statuses(catalog: pd.DataFrame) -> dict[str, str | None]:
    excluded = rank(INPUTS, catalog).excluded
    statuses = excluded_statuses(excluded, catalog, INPUTS)
    return {
        device: None if status is None else str(status)
        for device, status in zip(excluded["device"], statuses, strict=True)
    }


def test_a_missing_training_figure_is_not_entered_until_the_row_marks_it(small_catalog_path):
    catalog = load_catalog_file(small_catalog_path, strict=True)
    assert _statuses(catalog)["fab-u280"] == "not entered yet"
    marked = catalog.copy()
    marked.loc[marked["id"] == "fab-u280", "not_published"] = FIGURES
    assert _statuses(marked)["fab-u280"] == (
        "not published (bf16_tflops, fp16_tflops, tf32_tflops, fp32_tflops in not_published)"
    )


def test_some_columns_marked_is_still_not_entered(small_catalog_path):
    catalog = load_catalog_file(small_catalog_path, strict=True)
    catalog.loc[catalog["id"] == "fab-u280", "not_published"] = "bf16_tflops fp16_tflops"
    assert _statuses(catalog)["fab-u280"] == "not entered yet"


def test_devices_left_out_for_other_reasons_have_no_status(small_catalog_path):
    catalog = load_catalog_file(small_catalog_path, strict=True)
    tiny = TrainingInputs(params=400e9, tokens=1e12, devices=1)
    excluded = rank(tiny, catalog).excluded
    statuses = excluded_statuses(excluded, catalog, tiny)
    by_device = dict(zip(excluded["device"], statuses, strict=True))
    fits = excluded.set_index("device")["reason"].str.contains("does not fit")
    assert fits.any()
    assert all(by_device[device] is None for device in fits[fits].index)
