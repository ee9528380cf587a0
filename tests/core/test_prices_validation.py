"""Every malformed prices file is rejected with its line, column and reason."""

from __future__ import annotations

import pytest

from gpucompare.core.catalog.loading import load_bundled_devices
from gpucompare.core.catalog.prices import is_prices_header, load_prices_file, parse_prices_text
from gpucompare.core.issues import CatalogError

# file -> (line, column, value, fragment of the reason) of the issue the reader must report
EXPECTED: dict[str, tuple[int, str, str | None, str]] = {
    "unknown_device.csv": (
        3,
        "device_id",
        "nvidia-h100-sxm5-80g",
        "no device has this id; did you mean 'nvidia-h100-sxm5-80gb'?",
    ),
    "unknown_currency.csv": (3, "currency", "XYZ", "ISO 4217 currency code"),
    "unknown_unit.csv": (
        3,
        "unit",
        "gpu_hour",
        "must be one of device, device_hour, instance_hour",
    ),
    "negative_amount.csv": (3, "amount", "-30000", "must be positive"),
    "absurd_amount.csv": (3, "amount", "250000", "implausibly large (over 100,000)"),
    "amount_outside_range.csv": (3, "amount", "45000", "outside amount_low–amount_high"),
    "bad_date.csv": (3, "date", "10/03/2023", "must be a date like 2024-03-18"),
    "non_http_source.csv": (3, "source", "ftp://example.com/h100", "http:// or https://"),
    "instance_without_devices.csv": (
        3,
        "instance",
        "p5.48xlarge",
        "needs the instance name and its instance_devices",
    ),
    "purchase_per_hour.csv": (3, "unit", "device_hour", "a purchase price is per device"),
    "cloud_without_provider.csv": (3, "provider", "", "a cloud price needs its provider"),
    "unknown_column.csv": (1, "discount", None, "unknown column"),
    "missing_currency_column.csv": (1, "currency", None, "required column is missing"),
    "missing_price_kind_column.csv": (1, "price_kind", None, "required column is missing"),
}


@pytest.fixture(scope="module")
def known_ids() -> frozenset[str]:
    return frozenset(load_bundled_devices()["id"])


def test_corpus_is_complete(data_dir):
    on_disk = {p.name for p in (data_dir / "malformed_prices").iterdir()}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_malformed_prices_file_is_rejected_with_a_located_reason(data_dir, known_ids, name):
    path = data_dir / "malformed_prices" / name
    line, column, value, fragment = EXPECTED[name]
    assert is_prices_header(path.read_text(encoding="utf-8"))
    with pytest.raises(CatalogError) as caught:
        load_prices_file(path, known_ids)
    issues = caught.value.issues
    assert len(issues) == 1, caught.value.summary()
    issue = issues[0]
    assert (issue.file, issue.line, issue.column) == (str(path), line, column)
    assert fragment in issue.reason
    assert issue.value == value
    assert f"line {line}, column {column}" in str(issue)


def test_the_good_rows_of_the_corpus_are_valid(data_dir, known_ids):
    text = (data_dir / "malformed_prices" / "bad_date.csv").read_text(encoding="utf-8")
    good = "\n".join(text.splitlines()[:2]) + "\n"
    frame = parse_prices_text(good, "good.csv", known_ids)
    assert frame["amount"].tolist() == [2.99]
    assert frame["line"].tolist() == [2]


def test_every_problem_of_a_prices_file_is_listed(known_ids):
    text = (
        "device_id,price_kind,provider,currency,amount,unit,date,source\n"
        "nvidia-h100-sxm5-80gb,msrp,,USD,abc,device,2023,https://a.example\n"
        "nvidia-h100-sxm5-80gb,cloud_on_demand,AWS,EUR,2,device,2023,https://a.example\n"
        "nvidia-h100-sxm5-80gb,rental,AWS,USD,2,device_hour,2023-13,https://a.example\n"
    )
    with pytest.raises(CatalogError) as caught:
        parse_prices_text(text, "many.csv", known_ids)
    found = {(i.line, i.column) for i in caught.value.issues}
    assert {(2, "amount"), (3, "unit"), (4, "price_kind"), (4, "date")} <= found


def test_a_device_file_is_not_taken_for_prices(small_catalog_path):
    assert not is_prices_header(small_catalog_path.read_text(encoding="utf-8"))
