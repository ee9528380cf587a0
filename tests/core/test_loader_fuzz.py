"""Property-based fuzzing: any bytes in, a clean error or a valid frame out."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpucompare.core.catalog.reading import decode_catalog_bytes
from gpucompare.core.catalog.schema import COLUMN_BY_ID, COLUMN_IDS
from gpucompare.core.catalog.validation import parse_catalog_text
from gpucompare.core.issues import CatalogError

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _load(data: bytes) -> pd.DataFrame | None:
    try:
        return parse_catalog_text(decode_catalog_bytes(data, "fuzz.csv"), "fuzz.csv")
    except CatalogError as error:
        _assert_clean_error(error)
        return None


def _assert_clean_error(error: CatalogError) -> None:
    assert error.issues
    assert all(issue.file == "fuzz.csv" and issue.reason for issue in error.issues)


def _assert_valid(frame: pd.DataFrame) -> None:
    assert len(frame) > 0
    assert set(frame.columns) <= set(COLUMN_IDS)
    assert frame["id"].is_unique
    assert frame["id"].notna().all()
    for column_id in frame.columns:
        column = COLUMN_BY_ID[column_id]
        if column.numeric:
            values = frame[column_id].astype("float64").dropna()
            assert (values >= 0).all()
            assert (values <= column.maximum).all()


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_give_a_clean_error_or_a_valid_frame(data):
    frame = _load(data)
    if frame is not None:
        _assert_valid(frame)


CELL = st.one_of(
    st.sampled_from(
        ["", "80", "-1", "nan", "inf", "1e308", "GPU", "tpu", "yes", "2024-02-30", "x"]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
)


@FUZZ
@given(
    header=st.lists(st.sampled_from([*COLUMN_IDS, "bogus"]), min_size=1, max_size=8, unique=True),
    rows=st.lists(st.lists(CELL, min_size=1, max_size=9), min_size=0, max_size=6),
)
def test_csv_shaped_input_gives_a_clean_error_or_a_valid_frame(header, rows):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    frame = _load(buffer.getvalue().encode("utf-8"))
    if frame is not None:
        _assert_valid(frame)
