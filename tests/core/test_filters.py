"""Filtering gives exactly the rows a person asked for."""

from __future__ import annotations

import pandas as pd
import pytest

from gpucompare.core.catalog.filters import (
    PYTORCH_CHOICES,
    VLLM_CHOICES,
    FilterEngine,
    Filters,
    Range,
)
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


def test_search_text_is_built_on_the_first_search_only(engine_and_ids):
    engine, _ = engine_and_ids
    _ids(engine_and_ids, Filters(kinds=frozenset({"GPU"})))
    assert "_haystack" not in vars(engine)  # a start without a search never builds it
    assert _ids(engine_and_ids, Filters(search="h100")) == {"acme-h100"}
    assert "_haystack" in vars(engine)


def test_priced_and_rentable(engine_and_ids):
    assert "tera-t5" not in _ids(engine_and_ids, Filters(only_priced=True))
    assert _ids(engine_and_ids, Filters(only_rentable=True)) == {
        "acme-a100",
        "acme-h100",
        "tera-t5",
    }


@pytest.fixture
def software_engine(small_catalog_path):
    """The small catalog with varied software support (the file has upstream everywhere)."""
    catalog = load_catalog_file(small_catalog_path, strict=True)
    support = {
        "acme-a100": ("upstream", "upstream"),
        "acme-h100": ("upstream", "upstream"),
        "bolt-r4090": ("upstream", "none"),
        "tera-t5": ("plugin", "plugin"),
        "sino-n910": ("plugin", "fork"),
        "fab-u280": ("none", "none"),
        "wafer-w3": (pd.NA, pd.NA),
    }
    catalog["pytorch_support"] = catalog["id"].map(lambda i: support[i][0]).astype("string")
    catalog["vllm_support"] = catalog["id"].map(lambda i: support[i][1]).astype("string")
    catalog.loc[catalog["id"] == "sino-n910", "brand"] = "HiSilicon"
    return FilterEngine(catalog), catalog["id"].to_numpy()


def test_pytorch_choices(software_engine):
    upstream = PYTORCH_CHOICES["upstream"]
    with_plugin = PYTORCH_CHOICES["upstream-or-plugin"]
    assert _ids(software_engine, Filters(pytorch_support=PYTORCH_CHOICES["any"])) == set(
        software_engine[1]
    )
    assert _ids(software_engine, Filters(pytorch_support=upstream)) == {
        "acme-a100",
        "acme-h100",
        "bolt-r4090",
    }
    assert _ids(software_engine, Filters(pytorch_support=with_plugin)) == {
        "acme-a100",
        "acme-h100",
        "bolt-r4090",
        "tera-t5",
        "sino-n910",
    }


def test_vllm_choices_and_unknown_support_never_passes(software_engine):
    assert _ids(software_engine, Filters(vllm_support=VLLM_CHOICES["upstream"])) == {
        "acme-a100",
        "acme-h100",
    }
    assert _ids(software_engine, Filters(vllm_support=VLLM_CHOICES["upstream-plugin-or-fork"])) == {
        "acme-a100",
        "acme-h100",
        "tera-t5",
        "sino-n910",
    }
    both = Filters(
        pytorch_support=PYTORCH_CHOICES["upstream"], vllm_support=VLLM_CHOICES["upstream"]
    )
    assert _ids(software_engine, both) == {"acme-a100", "acme-h100"}


def test_search_finds_brand_and_software_stack(software_engine):
    assert _ids(software_engine, Filters(search="hisilicon")) == {"sino-n910"}
    assert "acme-a100" in _ids(software_engine, Filters(search="cuda"))
