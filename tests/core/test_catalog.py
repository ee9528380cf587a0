"""Loading the bundled catalog and merging user files over it."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from gpucompare.core.catalog.loading import (
    load_bundled_catalog,
    load_catalog,
    load_catalog_file,
    merge_catalogs,
)
from gpucompare.core.catalog.schema import COLUMN_IDS, KINDS
from gpucompare.core.issues import CatalogError


def test_small_catalog_is_typed(small_catalog_path):
    frame = load_catalog_file(small_catalog_path, strict=True)
    assert list(frame.columns) == list(COLUMN_IDS)
    assert str(frame["memory_gb"].dtype) == "float64"
    assert str(frame["release_year"].dtype) == "Int64"
    assert str(frame["sparsity_2to4"].dtype) == "boolean"
    h100 = frame.set_index("id").loc["acme-h100"]
    assert h100["bf16_tflops"] == pytest.approx(989.4)
    assert h100["sparsity_2to4"]
    tpu = frame.set_index("id").loc["tera-t5"]
    assert math.isnan(tpu["fp16_tflops"])
    assert pd.isna(tpu["launch_price_usd"])
    assert frame.set_index("id").loc["wafer-w3", "name"] == "Wafer W3, scale engine"


def test_strict_mode_demands_every_column(tmp_path):
    path = tmp_path / "partial.csv"
    path.write_text("id,name,vendor,kind,sources\na,A,V,GPU,https://x.example\n", encoding="utf-8")
    assert len(load_catalog_file(path)) == 1
    with pytest.raises(CatalogError) as caught:
        load_catalog_file(path, strict=True)
    missing = {i.column for i in caught.value.issues}
    assert {"memory_gb", "notes", "segment"} <= missing


def test_bundled_catalog_loads_with_80_devices_of_all_kinds():
    catalog = load_bundled_catalog()
    assert len(catalog) >= 80
    assert set(KINDS) <= set(catalog["kind"])
    assert catalog["id"].is_unique
    assert catalog["sources"].str.contains("https?://", regex=True).all()


def test_bundled_catalog_rejects_an_id_repeated_across_files(tmp_path, small_catalog_path):
    first = tmp_path / "a.csv"
    second = tmp_path / "b.csv"
    first.write_bytes(small_catalog_path.read_bytes())
    second.write_bytes(small_catalog_path.read_bytes())
    with pytest.raises(CatalogError, match=r"also in a\.csv"):
        load_bundled_catalog([first, second])


def test_merge_overrides_non_empty_fields_and_adds_new_ids(tmp_path, small_catalog_path):
    base = load_catalog_file(small_catalog_path, strict=True)
    extra_path = tmp_path / "mine.csv"
    extra_path.write_text(
        "id,name,vendor,kind,launch_price_usd,memory_gb,sources\n"
        "acme-h100,,,,25000,,https://quote.example/h100\n"
        "my-chip,My Chip,Me,ASIC,999,32,https://me.example/chip\n",
        encoding="utf-8",
    )
    extra = load_catalog_file(extra_path, known_ids=base["id"])
    merged = merge_catalogs(base, extra).set_index("id")
    assert len(merged) == len(base) + 1
    assert merged.loc["acme-h100", "launch_price_usd"] == 25000
    assert merged.loc["acme-h100", "memory_gb"] == 80  # empty cell did not override
    assert merged.loc["acme-h100", "name"] == "Acme H100"
    assert merged.loc["acme-h100", "sources"].split() == [
        "https://acme.example/h100",
        "https://paper.example/h100",
        "https://quote.example/h100",
    ]
    assert merged.loc["my-chip", "kind"] == "ASIC"
    assert pd.isna(merged.loc["my-chip", "power_w"])
    assert list(merged.index[: len(base)]) == list(base["id"])
    assert str(merged["memory_gb"].dtype) == "float64"


def test_an_override_of_a_known_id_needs_no_name(tmp_path, small_catalog_path):
    path = tmp_path / "price.csv"
    path.write_text("id,cloud_usd_per_hour,sources\nacme-a100,1.5,https://q.example\n", "utf-8")
    with pytest.raises(CatalogError, match="a new device needs"):
        load_catalog_file(path)
    assert len(load_catalog_file(path, known_ids={"acme-a100"})) == 1


def test_load_catalog_with_a_bad_extra_file_raises_and_names_it(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,sources\nNOT OK,https://x.example\n", encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog([bad])
    assert caught.value.issues[0].file == str(bad)
    assert len(load_bundled_catalog()) >= 80  # the bundled catalog stays usable
