"""Filtering gives exactly the rows a person asked for."""

from __future__ import annotations

import pytest

from gpucompare.core.catalog.filters import FilterEngine, Filters, Range
from gpucompare.core.catalog.loading import load_catalog_file


@pytest.fixture
def engine_and_ids(small_catalog_path):
    catalog = load_catalog_file(small_catalog_path, strict=True)
    return FilterEngine(catalog), catalog["id"].to_numpy()


def _ids(engine_and_ids, filters, rate=1.0):
    engine, ids = engine_and_ids
    return set(ids[engine.mask(filters, rate)])


def test_no_filter_keeps_everything(engine_and_ids):
    assert len(_ids(engine_and_ids, Filters())) == 7


def test_kind_vendor_segment(engine_and_ids):
    assert _ids(engine_and_ids, Filters(kinds=frozenset({"TPU", "NPU"}))) == {
        "tera-t5",
        "sino-n910",
    }
    assert _ids(engine_and_ids, Filters(vendors=frozenset({"Acme"}))) == {"acme-a100", "acme-h100"}
    assert _ids(engine_and_ids, Filters(segments=frozenset({"consumer"}))) == {"bolt-r4090"}


def test_ranges_exclude_unknown_values(engine_and_ids):
    assert _ids(engine_and_ids, Filters(memory_gb=Range(64, None))) == {
        "acme-a100",
        "acme-h100",
        "sino-n910",
    }
    assert _ids(engine_and_ids, Filters(price=Range(None, 10000))) == {"bolt-r4090", "fab-u280"}
    assert _ids(engine_and_ids, Filters(power_w=Range(400, 450))) == {
        "acme-a100",
        "bolt-r4090",
        "sino-n910",
    }
    assert _ids(engine_and_ids, Filters(release_year=Range(2023, 2023))) == {"tera-t5", "sino-n910"}


def test_price_range_is_in_the_display_currency(engine_and_ids):
    assert _ids(engine_and_ids, Filters(price=Range(None, 11200)), rate=7.0) == {"bolt-r4090"}


def test_search_is_case_insensitive_and_all_words_must_match(engine_and_ids):
    assert _ids(engine_and_ids, Filters(search="h100")) == {"acme-h100"}
    assert _ids(engine_and_ids, Filters(search="ACME sxm4")) == {"acme-a100"}
    assert _ids(engine_and_ids, Filters(search="hbm2e npu")) == {"sino-n910"}
    assert _ids(engine_and_ids, Filters(search="nothing-like-this")) == set()


def test_priced_and_rentable(engine_and_ids):
    assert "tera-t5" not in _ids(engine_and_ids, Filters(only_priced=True))
    assert _ids(engine_and_ids, Filters(only_rentable=True)) == {
        "acme-a100",
        "acme-h100",
        "tera-t5",
    }
