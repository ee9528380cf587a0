"""Every malformed file is rejected with a message that names where and why."""

from __future__ import annotations

import pytest

from gpucompare.core.catalog.loading import load_catalog_file
from gpucompare.core.catalog.reading import read_catalog_text
from gpucompare.core.issues import CatalogError

# file -> (line, column, fragment of the reason) of one issue the loader must report
EXPECTED: dict[str, tuple[int | None, str | None, str]] = {
    "empty.csv": (None, None, "file is empty"),
    "whitespace_only.csv": (None, None, "file is empty"),
    "binary.csv": (3, None, "NUL bytes"),
    "gbk_encoded.csv": (2, None, "GBK"),
    "utf16.csv": (None, None, "UTF-16"),
    "unknown_column.csv": (1, "memroy_gb", "did you mean 'memory_gb'"),
    "missing_id_column.csv": (1, "id", "required column is missing"),
    "missing_sources_column.csv": (1, "sources", "required column is missing"),
    "duplicate_header.csv": (1, "name", "appears twice"),
    "duplicate_id.csv": (3, "id", "duplicate id (first used on line 2)"),
    "unknown_kind.csv": (3, "kind", "must be one of GPU, TPU, NPU, FPGA, ASIC"),
    "non_numeric.csv": (3, "memory_gb", "not a number"),
    "negative_power.csv": (3, "power_w", "must not be negative"),
    "nan_value.csv": (3, "memory_bandwidth_gbps", "NaN or infinity"),
    "infinity.csv": (3, "fp16_tflops", "NaN or infinity"),
    "implausible_bandwidth.csv": (3, "memory_bandwidth_gbps", "implausible for one device"),
    "fp8_below_fp16.csv": (3, "fp8_tflops", "FP8 dense is below FP16 dense"),
    "bf16_fp16_apart.csv": (3, "bf16_tflops", "differ by more than 2x"),
    "no_source.csv": (3, "sources", "at least one http(s) source"),
    "ftp_source.csv": (3, "sources", "http:// or https:// URL"),
    "bad_date.csv": (3, "sources_date", "must be a date"),
    "fractional_year.csv": (3, "release_year", "whole number"),
    "bad_boolean.csv": (3, "sparsity_2to4", "yes or no"),
    "ragged_row.csv": (3, None, "row has 15 cells but the header has 14"),
    "unclosed_quote.csv": (3, None, "never closed"),
    "header_only.csv": (None, None, "no device rows"),
    "bad_id_slug.csv": (3, "id", "lower-case"),
    "new_device_without_name.csv": (3, "name", "a new device needs a name"),
    "empty_column_name.csv": (1, None, "empty column name"),
    "year_out_of_range.csv": (3, "release_year", "implausible: below 1990"),
    "not_published_unknown_token.csv": (
        3,
        "not_published",
        "not a column that can be 'not published' (did you mean 'fp8_tflops'?",
    ),
    "not_published_filled_column.csv": (
        3,
        "not_published",
        "the row gives fp8_tflops yet lists it as not published",
    ),
    "not_published_but_priced.csv": (
        3,
        "not_published",
        "the row gives launch_price_usd yet lists it as not published",
    ),
}


def test_corpus_is_complete(data_dir):
    on_disk = {p.name for p in (data_dir / "malformed").iterdir()}
    assert on_disk == set(EXPECTED)
    assert len(on_disk) >= 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_malformed_file_is_rejected_with_a_located_reason(data_dir, name):
    path = data_dir / "malformed" / name
    line, column, fragment = EXPECTED[name]
    with pytest.raises(CatalogError) as caught:
        load_catalog_file(path)
    matching = [i for i in caught.value.issues if fragment in i.reason]
    assert matching, f"no issue mentions {fragment!r}: {caught.value.summary()}"
    issue = matching[0]
    assert issue.file == str(path)
    assert issue.line == line
    assert issue.column == column
    assert str(path) in str(issue)


def test_all_problems_of_a_file_are_listed_not_just_the_first(tmp_path):
    path = tmp_path / "many.csv"
    path.write_text(
        "id,name,vendor,kind,memory_gb,power_w,sources\n"
        "a,A,V,GPU,abc,10,https://x.example\n"
        "b,B,V,XPU,1,-3,https://x.example\n"
        "c,C,V,GPU,1,1,\n",
        encoding="utf-8",
    )
    with pytest.raises(CatalogError) as caught:
        load_catalog_file(path)
    found = {(i.line, i.column) for i in caught.value.issues}
    assert {(2, "memory_gb"), (3, "kind"), (3, "power_w"), (4, "sources")} <= found
    assert [i.line for i in caught.value.issues] == sorted(i.line for i in caught.value.issues)


def test_a_utf8_bom_is_accepted(tmp_path, small_catalog_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + small_catalog_path.read_bytes())
    frame = load_catalog_file(path)
    assert frame["id"].iloc[0] == "acme-a100"


def test_windows_line_endings_are_accepted(tmp_path, small_catalog_path):
    path = tmp_path / "crlf.csv"
    path.write_bytes(small_catalog_path.read_bytes().replace(b"\n", b"\r\n"))
    assert len(load_catalog_file(path)) == 7


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"id,sources\n" + b"x" * 2000)
    with pytest.raises(CatalogError, match="the limit is 1,000 bytes"):
        read_catalog_text(path, max_bytes=1000)


def test_a_missing_file_and_a_folder_are_named(tmp_path):
    with pytest.raises(CatalogError, match="no such file"):
        load_catalog_file(tmp_path / "absent.csv")
    with pytest.raises(CatalogError, match="is a folder"):
        load_catalog_file(tmp_path)


def test_long_files_report_a_bounded_number_of_issues_per_rule(tmp_path):
    rows = "".join(f"d{i},D,V,GPU,oops,https://x.example\n" for i in range(500))
    path = tmp_path / "long.csv"
    path.write_text("id,name,vendor,kind,memory_gb,sources\n" + rows, encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog_file(path)
    assert len(caught.value.issues) == 51
    assert "450 more rows with the same problem" in caught.value.issues[-1].reason


def test_old_mac_line_endings_give_located_errors_not_a_crash(tmp_path):
    path = tmp_path / "cr.csv"
    path.write_bytes(b"id,name,vendor,kind,memory_gb,sources\rx,X,V,GPU,lots,https://a.example\r")
    with pytest.raises(CatalogError) as caught:
        load_catalog_file(path)
    issue = caught.value.issues[0]
    assert (issue.line, issue.column, issue.value) == (2, "memory_gb", "lots")
