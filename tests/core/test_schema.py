"""The schema is the single description of the catalog's columns."""

from __future__ import annotations

import csv

import pytest

from gpucompare import paths
from gpucompare.core.catalog.schema import (
    COLUMN_IDS,
    COLUMNS,
    FILE_COLUMN_IDS,
    FLOPS_COLUMN_IDS,
    PRECISION_COLUMNS,
    DType,
    precision_column,
)


def test_ids_are_unique_snake_case_and_carry_units():
    assert len(set(COLUMN_IDS)) == len(COLUMN_IDS)
    for column in COLUMNS:
        assert column.id == column.id.lower().replace(" ", "_")
        if column.unit in ("GB", "GB/s", "W", "USD"):
            assert column.id.split("_")[-1] in {"gb", "gbps", "w", "usd"}, column.id


def test_every_numeric_column_has_a_plausible_range_and_description():
    for column in COLUMNS:
        assert column.description
        if column.numeric:
            assert column.minimum is not None
            assert column.maximum is not None
            assert column.minimum < column.maximum


def test_every_precision_maps_to_a_flops_column():
    assert set(PRECISION_COLUMNS.values()) == set(FLOPS_COLUMN_IDS)
    assert precision_column("bf16") == "bf16_tflops"
    assert precision_column("INT8") == "int8_tops"
    with pytest.raises(ValueError, match="unknown precision 'fp12'"):
        precision_column("fp12")


def test_header_shows_the_unit():
    by_id = {c.id: c for c in COLUMNS}
    assert by_id["memory_bandwidth_gbps"].header() == "Memory bandwidth (GB/s)"
    assert by_id["name"].header() == "Name"
    assert by_id["kind"].dtype is DType.CHOICE


def test_bundled_files_use_exactly_the_schema_header():
    files = paths.bundled_catalog_files()
    assert files, "the bundled catalog has no CSV file"
    for path in files:
        with path.open(encoding="utf-8", newline="") as stream:
            assert next(csv.reader(stream)) == list(FILE_COLUMN_IDS), path.name
