"""Large synthetic catalogs drawn from the bundled catalog's own value distributions.

Each synthetic device picks a kind with the bundled catalog's kind frequencies; every
other column is drawn, independently, from the values that column takes among real
devices of that kind (an unknown cell as often as the real column leaves it unknown).
Columns that the validator checks against each other travel together from one real
device: the figures with the not_published list that names the missing ones (and the
throughput columns: FP8 ≥ FP16, BF16 ≈ FP16), the purchase price with its
kind, date and source, and the cloud price with its provider, date and source. Ids and
names are unique; sources stay the real http(s) URLs.

The result is written as a user catalog CSV, to be loaded through the normal path.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from gpucompare import paths
from gpucompare.core.catalog.loading import load_bundled_catalog
from gpucompare.core.catalog.schema import COLUMN_BY_ID, COLUMN_IDS, COLUMNS

# A device's figures travel with its not_published list (which names the empty ones).
SPEC_GROUP: tuple[str, ...] = (
    *(c.id for c in COLUMNS if c.numeric and not c.derived and c.id != "release_year"),
    "memory_type",
    "not_published",
)
LINKED_GROUPS: tuple[tuple[str, ...], ...] = (
    SPEC_GROUP,
    ("launch_price_usd", "launch_price_kind", "launch_price_date", "launch_price_source"),
    ("cloud_usd_per_hour", "cloud_provider", "cloud_price_date", "cloud_price_source"),
)
UNIQUE_COLUMNS = ("id", "name")


def bundled_cells() -> pd.DataFrame:
    """The bundled catalog as text cells: its CSV files' cells, and the policy's prices."""
    frames = [
        pd.read_csv(path, dtype=str, keep_default_na=False)
        for path in paths.bundled_catalog_files()
    ]
    cells = pd.concat(frames, ignore_index=True)
    priced = load_bundled_catalog().set_index("id")
    for column in COLUMN_IDS:
        if COLUMN_BY_ID[column].derived:
            values = cells["id"].map(priced[column])
            cells[column] = values.map(lambda v: "" if pd.isna(v) else str(v))
    return cells


def synthetic_cells(rows: int, seed: int = 0) -> pd.DataFrame:
    """``rows`` synthetic devices as text cells, every schema column, in schema order."""
    real = bundled_cells()
    rng = np.random.default_rng(seed)
    kinds = real["kind"].to_numpy()
    distinct, counts = np.unique(kinds, return_counts=True)
    chosen = rng.choice(distinct, size=rows, p=counts / counts.sum())
    columns: dict[str, np.ndarray] = {c: np.empty(rows, dtype=object) for c in COLUMN_IDS}
    grouped = {c for group in LINKED_GROUPS for c in group}
    for kind in distinct:
        where = np.flatnonzero(chosen == kind)
        donors = real[kinds == kind].reset_index(drop=True)
        for column in COLUMN_IDS:
            if column in grouped or column in UNIQUE_COLUMNS:
                continue
            columns[column][where] = donors[column].to_numpy()[
                rng.integers(0, len(donors), where.size)
            ]
        for group in (*LINKED_GROUPS, UNIQUE_COLUMNS):
            picks = rng.integers(0, len(donors), where.size)
            for column in group:
                columns[column][where] = donors[column].to_numpy()[picks]
    _drop_contradicted_price_tokens(columns)
    serial = np.char.zfill(np.arange(rows).astype(str), 6).astype(object)
    columns["id"] = columns["id"] + "-syn-" + serial
    columns["name"] = columns["name"] + " #" + serial
    return pd.DataFrame(columns, columns=list(COLUMN_IDS))


def write_synthetic_catalog(path: Path, rows: int, seed: int = 0) -> Path:
    """Write ``rows`` synthetic devices to ``path`` as a catalog CSV; return ``path``."""
    synthetic_cells(rows, seed).to_csv(path, index=False, lineterminator="\n")
    return path


def _drop_contradicted_price_tokens(columns: dict[str, np.ndarray]) -> None:
    """Drop "not sold"/"not rented" from not_published where the drawn row has that price.

    The tokens travel with the specs, the prices with their own donor; the validator
    rejects a row that gives a price it says does not exist.
    """
    for token, price in (
        ("purchase_price", "launch_price_usd"),
        ("cloud_price", "cloud_usd_per_hour"),
    ):
        priced = columns[price] != ""
        columns["not_published"][priced] = [
            " ".join(t for t in cell.split() if t != token)
            for cell in columns["not_published"][priced]
        ]
