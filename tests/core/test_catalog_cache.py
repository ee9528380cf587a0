"""The cache of the validated bundled catalog: same frames, rebuilt whenever in doubt."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pandas as pd
import pytest

from gpucompare import paths
from gpucompare.core.catalog import cache, loading
from gpucompare.core.catalog.loading import (
    CACHE_FILE_NAME,
    PRICED_CACHE_FILE_NAME,
    load_bundled_frames,
    load_bundled_priced,
)
from gpucompare.core.catalog.price_policy import PricePolicy, apply_price_policy
from gpucompare.core.currency import load_currencies, with_rate
from gpucompare.core.issues import CatalogError


@pytest.fixture
def cache_folder(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture
def catalog_copy(tmp_path, monkeypatch) -> Path:
    """A copy of the bundled catalog folder that the loader reads instead."""
    folder = tmp_path / "catalog"
    shutil.copytree(paths.catalog_dir(), folder)
    monkeypatch.setattr(paths, "catalog_dir", lambda: folder)
    return folder


def fresh() -> tuple[pd.DataFrame, pd.DataFrame]:
    devices = loading.load_bundled_devices()
    return devices, loading.load_bundled_prices(devices["id"])


def forbid_validation(monkeypatch) -> None:
    """Make any fresh load fail, so that a result can only have come from the cache."""

    def refuse(*args, **kwargs):
        raise AssertionError("the bundled catalog was validated again")

    monkeypatch.setattr(loading, "load_bundled_devices", refuse)


def assert_same(got, expected) -> None:
    for frame, want in zip(got, expected, strict=True):
        pd.testing.assert_frame_equal(frame, want)


def test_a_hit_returns_what_a_fresh_load_returns(cache_folder, monkeypatch):
    expected = fresh()
    assert_same(load_bundled_frames(), expected)
    assert (cache_folder / CACHE_FILE_NAME).is_file()
    forbid_validation(monkeypatch)
    assert_same(load_bundled_frames(), expected)


def test_changed_bundled_bytes_invalidate_the_cache(cache_folder, catalog_copy):
    _, prices = load_bundled_frames()
    prices_file = catalog_copy / paths.PRICES_FILE_NAME
    lines = prices_file.read_text(encoding="utf-8").splitlines(keepends=True)
    prices_file.write_text("".join(lines[:-1]), encoding="utf-8")
    new_devices, new_prices = load_bundled_frames()
    assert len(new_prices) == len(prices) - 1
    assert_same((new_devices, new_prices), fresh())


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong object", "empty"])
def test_a_corrupt_cache_is_ignored_and_replaced(cache_folder, monkeypatch, damage):
    expected = load_bundled_frames()
    cache_file = cache_folder / CACHE_FILE_NAME
    data = cache_file.read_bytes()
    header = b"".join(data.splitlines(keepends=True)[:2])
    damaged = {
        "garbage": b"\x80\x05not a pickle at all",
        "truncated": data[: len(data) // 2],
        "wrong object": header + pickle.dumps(["not", "frames"]),
        "empty": b"",
    }[damage]
    cache_file.write_bytes(damaged)
    assert_same(load_bundled_frames(), expected)
    assert cache_file.read_bytes() == data
    forbid_validation(monkeypatch)
    assert_same(load_bundled_frames(), expected)


def test_an_unwritable_cache_folder_still_loads(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(cache.CACHE_DIR_VARIABLE, str(blocker / "cache"))
    assert_same(load_bundled_frames(), fresh())
    assert blocker.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_cache_folder_still_loads(cache_folder):
    cache_folder.mkdir()
    cache_folder.chmod(0o500)
    try:
        assert_same(load_bundled_frames(), fresh())
        assert list(cache_folder.iterdir()) == []
    finally:
        cache_folder.chmod(0o700)


def test_invalid_bundled_files_still_raise_and_are_not_cached(cache_folder, catalog_copy):
    device_file = next(p for p in catalog_copy.glob("*.csv") if p.name != paths.PRICES_FILE_NAME)
    with device_file.open("a", encoding="utf-8") as stream:
        stream.write("broken-row,with,too,few,cells\n")
    with pytest.raises(CatalogError) as caught:
        load_bundled_frames()
    assert device_file.name in caught.value.summary()
    assert not (cache_folder / CACHE_FILE_NAME).exists()


def test_cache_folder_follows_the_override_and_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_DIR_VARIABLE, str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv(cache.CACHE_DIR_VARIABLE)
    monkeypatch.setattr(cache.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "gpucompare"


def priced_afresh(policy: PricePolicy, currencies) -> pd.DataFrame:
    devices, prices = fresh()
    return apply_price_policy(devices, prices, policy, currencies)


def test_the_priced_catalog_is_cached_per_policy_and_rates(cache_folder, monkeypatch):
    currencies = load_currencies()
    street = PricePolicy("street-first", "median")
    for policy in (PricePolicy(), street):
        expected = priced_afresh(policy, currencies)
        _, _, priced = load_bundled_priced(policy, currencies)
        pd.testing.assert_frame_equal(priced, expected)
    assert (cache_folder / PRICED_CACHE_FILE_NAME).is_file()

    def refuse(*args, **kwargs):
        raise AssertionError("the catalog was priced again")

    with monkeypatch.context() as patch:
        patch.setattr(loading, "apply_price_policy", refuse)
        forbid_validation(patch)
        _, _, hit = load_bundled_priced(street, currencies)
    pd.testing.assert_frame_equal(hit, priced_afresh(street, currencies))

    dearer_yuan = {**currencies, "CNY": with_rate(currencies["CNY"], 10.0)}
    _, _, repriced = load_bundled_priced(street, dearer_yuan)
    pd.testing.assert_frame_equal(repriced, priced_afresh(street, dearer_yuan))
    assert not repriced["launch_price_usd"].equals(hit["launch_price_usd"])
