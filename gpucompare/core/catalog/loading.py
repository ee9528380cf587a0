"""Loading the bundled catalog and merging users' catalog files over it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from gpucompare import paths
from gpucompare.core.catalog.cache import cached
from gpucompare.core.catalog.price_policy import PricePolicy, apply_price_policy
from gpucompare.core.catalog.prices import (
    is_prices_header,
    load_bundled_prices,
    merge_prices,
    parse_prices_text,
)
from gpucompare.core.catalog.reading import decode_catalog_bytes, read_catalog_bytes
from gpucompare.core.catalog.schema import COLUMN_BY_ID, COLUMN_IDS
from gpucompare.core.catalog.validation import parse_catalog_text, storage_dtype
from gpucompare.core.currency import Currency, load_currencies
from gpucompare.core.issues import CatalogError, Issue
from gpucompare.core.messages import Message


def load_catalog_file(
    path: Path | str, *, strict: bool = False, known_ids: Iterable[str] = ()
) -> pd.DataFrame:
    """Read and validate one catalog CSV; raise :class:`CatalogError` with every problem."""
    path = Path(path)
    data = read_catalog_bytes(path)
    text = decode_catalog_bytes(data, str(path))
    return parse_catalog_text(
        text, str(path), strict=strict, known_ids=frozenset(known_ids), encoded=data
    )


def load_bundled_catalog(
    files: Sequence[Path] | None = None, policy: PricePolicy | None = None
) -> pd.DataFrame:
    """The catalog shipped with gpucompare, priced by ``policy`` from the bundled prices."""
    if files is None:
        devices, prices = load_bundled_frames()
    else:
        devices, prices = load_bundled_devices(files), load_bundled_prices()
    return apply_price_policy(devices, prices, policy or PricePolicy(), load_currencies())


CACHE_FILE_NAME = "bundled-catalog.pickle"
PRICED_CACHE_FILE_NAME = "bundled-priced.pickle"


def load_bundled_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The bundled devices and prices, validated; from the cache while the files are unchanged.

    See :mod:`gpucompare.core.catalog.cache`; the frames are the same as a fresh load's.
    """
    sources = [*paths.bundled_catalog_files(), paths.bundled_prices_file()]
    return cached(CACHE_FILE_NAME, sources, _validated_bundled, _are_frames)


def load_bundled_priced(
    policy: PricePolicy, currencies: Mapping[str, Currency]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The bundled devices and prices, and the devices priced by ``policy`` at the rates of
    ``currencies``: what a start without the user's own files shows.

    Cached like :func:`load_bundled_frames`, keyed also by the policy and the rates, so a
    start skips the pricing as well; the result is the same as pricing afresh.
    """
    sources = [*paths.bundled_catalog_files(), paths.bundled_prices_file()]
    rates = " ".join(f"{code}={c.per_usd!r}" for code, c in sorted(currencies.items()))

    def build() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        devices, prices = load_bundled_frames()
        return devices, prices, apply_price_policy(devices, prices, policy, currencies)

    return cached(
        PRICED_CACHE_FILE_NAME,
        sources,
        build,
        lambda value: _are_frames(value, 3),
        extra=f"{policy.describe()}\0{rates}",
    )


def _validated_bundled() -> tuple[pd.DataFrame, pd.DataFrame]:
    devices = load_bundled_devices()
    return devices, load_bundled_prices(devices["id"])


def _are_frames(value: object, count: int = 2) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == count
        and all(isinstance(frame, pd.DataFrame) for frame in value)
    )


def load_bundled_devices(files: Sequence[Path] | None = None) -> pd.DataFrame:
    """The bundled device files, every file checked strictly; price cells left empty."""
    files = paths.bundled_catalog_files() if files is None else list(files)
    if not files:
        raise CatalogError([Issue(str(paths.catalog_dir()), Message("no catalog CSV files found"))])
    joined = _joined_text(files)
    if joined is not None:
        try:
            return conform(parse_catalog_text(joined, "bundled catalog", strict=True))
        except CatalogError:
            pass  # check file by file below, so each problem names its own file and line
    frames: list[pd.DataFrame] = []
    issues: list[Issue] = []
    first_file: dict[str, str] = {}
    for path in files:
        try:
            frame = load_catalog_file(path, strict=True)
        except CatalogError as error:
            issues.extend(error.issues)
            continue
        for device_id in frame["id"]:
            if device_id in first_file:
                issues.append(
                    Issue(
                        str(path),
                        Message("duplicate id (also in {file})", file=first_file[device_id]),
                        column="id",
                        value=device_id,
                    )
                )
            first_file.setdefault(device_id, path.name)
        frames.append(frame)
    if issues:
        raise CatalogError(issues)
    return conform(pd.concat(frames, ignore_index=True))


def _joined_text(files: Sequence[Path]) -> str | None:
    """The files as one CSV text: one header, then every file's rows.

    One parse of it takes a fifth of the time of five (start-up pays it). None unless
    every file is readable, starts with the same header line and has rows.
    """
    header = ""
    bodies = []
    for path in files:
        try:
            text = decode_catalog_bytes(read_catalog_bytes(path), str(path))
        except CatalogError:
            return None
        first, _, body = text.partition("\n")
        header = header or first
        if first != header or not first.strip() or not body.strip():
            return None
        bodies.append(body if body.endswith("\n") else body + "\n")
    return header + "\n" + "".join(bodies)


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Give ``frame`` every schema column, in schema order, with schema dtypes."""
    columns = {}
    for column_id in COLUMN_IDS:
        dtype = storage_dtype(COLUMN_BY_ID[column_id])
        if column_id in frame.columns:
            columns[column_id] = frame[column_id].astype(dtype)
        else:
            missing = float("nan") if dtype == "float64" else pd.NA
            columns[column_id] = pd.Series(missing, index=frame.index, dtype=dtype)
    return pd.DataFrame(columns, index=frame.index)


def merge_catalogs(base: pd.DataFrame, extra: pd.DataFrame) -> pd.DataFrame:
    """Merge ``extra`` over ``base``.

    For an id in both, ``extra``'s non-empty cells win and its sources are added to
    the base row's; new ids are appended in ``extra``'s order.
    """
    base_rows = conform(base).set_index("id", drop=False)
    extra_rows = conform(extra).set_index("id", drop=False)
    shared = extra_rows.index.intersection(base_rows.index)
    merged = base_rows.copy()
    if len(shared):
        overrides = extra_rows.loc[shared]
        for column_id in COLUMN_IDS:
            if column_id in ("id", "sources"):
                continue
            values = overrides[column_id]
            present = values.notna()
            if present.any():
                merged.loc[values.index[present], column_id] = values[present]
        merged.loc[shared, "sources"] = _join_sources(
            base_rows.loc[shared, "sources"], overrides["sources"]
        )
    new_rows = extra_rows.loc[~extra_rows.index.isin(base_rows.index)]
    return pd.concat([merged, new_rows]).reset_index(drop=True)


def _join_sources(first: pd.Series, second: pd.Series) -> list[str]:
    joined = []
    for a, b in zip(first.fillna(""), second.fillna(""), strict=True):
        urls = list(dict.fromkeys((a + " " + b).split()))
        joined.append(" ".join(urls))
    return joined


def load_catalog(
    extra_files: Sequence[Path | str] = (), policy: PricePolicy | None = None
) -> pd.DataFrame:
    """The bundled catalog with each of ``extra_files`` merged over it, in order, priced.

    An extra file is a device file or a prices table (told apart by its header); a
    prices table's rows add to the bundled observations before the policy picks.
    """
    devices, prices = load_devices_and_prices(extra_files)
    return apply_price_policy(devices, prices, policy or PricePolicy(), load_currencies())


def load_devices_and_prices(
    extra_files: Sequence[Path | str] = (),
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The bundled devices and prices with the user's files merged in, not yet priced."""
    devices, prices = load_bundled_frames()
    for path in extra_files:
        merged = merge_user_file(path, devices, prices)
        devices, prices = merged.devices, merged.prices
    return devices, prices


@dataclass(frozen=True)
class Merged:
    """Devices and prices after merging one user file, and what that file held."""

    devices: pd.DataFrame
    prices: pd.DataFrame
    rows: int
    held_prices: bool


def merge_user_file(path: Path | str, devices: pd.DataFrame, prices: pd.DataFrame) -> Merged:
    """Merge one user file (a device file or a prices table) into ``devices`` and ``prices``.

    Raises :class:`CatalogError` with every problem; nothing is merged then.
    """
    path = Path(path)
    text = decode_catalog_bytes(read_catalog_bytes(path), str(path))
    if is_prices_header(text):
        extra_prices = parse_prices_text(text, str(path), devices["id"])
        return Merged(devices, merge_prices(prices, extra_prices), len(extra_prices), True)
    extra = parse_catalog_text(text, str(path), known_ids=frozenset(devices["id"]))
    return Merged(merge_catalogs(devices, extra), prices, len(extra), False)


def source_urls(cell: object) -> list[str]:
    """The URLs of a sources cell (empty for a missing cell)."""
    if not isinstance(cell, str):
        return []
    return cell.split()
