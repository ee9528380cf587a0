"""The price policy on a small hand-made prices table."""

from __future__ import annotations

import pandas as pd
import pytest

from gpucompare.core.catalog.loading import load_catalog, load_devices_and_prices
from gpucompare.core.catalog.price_policy import (
    PricePolicy,
    apply_price_policy,
    picked_rows,
)
from gpucompare.core.catalog.prices import parse_prices_text
from gpucompare.core.currency import Currency
from gpucompare.core.issues import InputError

RATES = {
    "USD": Currency("USD", "$", "US dollar", 1.0),
    "CNY": Currency("CNY", "¥", "Chinese yuan", 7.0),
    "EUR": Currency("EUR", "€", "Euro", 0.5),
}
HEADER = (
    "device_id,price_kind,provider,region,currency,amount,amount_low,amount_high,unit,"
    "instance,instance_devices,date,source,note\n"
)


def prices(*rows: str) -> pd.DataFrame:
    return parse_prices_text(HEADER + "".join(row + "\n" for row in rows), "test.csv")


def devices(*ids: str, **cells: list[object]) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "id": list(ids),
            "launch_price_usd": [float("nan")] * len(ids),
            "launch_price_kind": pd.array([None] * len(ids), dtype="string"),
            "launch_price_date": pd.array([None] * len(ids), dtype="string"),
            "launch_price_source": pd.array([None] * len(ids), dtype="string"),
            "cloud_usd_per_hour": [float("nan")] * len(ids),
            "cloud_provider": pd.array([None] * len(ids), dtype="string"),
            "cloud_price_date": pd.array([None] * len(ids), dtype="string"),
            "cloud_price_source": pd.array([None] * len(ids), dtype="string"),
        }
    )
    for column, values in cells.items():
        frame[column] = pd.Series(values, dtype=frame[column].dtype)
    return frame


def priced(table: pd.DataFrame, policy: PricePolicy, *ids: str) -> pd.DataFrame:
    return apply_price_policy(devices(*(ids or ("x",))), table, policy, RATES).set_index("id")


PURCHASES = prices(
    "x,msrp,,,USD,1000,,,device,,,2020,https://a.example/msrp-old,",
    "x,msrp,,,USD,1200,,,device,,,2022-05,https://a.example/msrp-new,",
    "x,street,Shop,,USD,700,,,device,,,2025-01,https://a.example/street,",
    "x,estimate,Analyst,,USD,900,,,device,,,2024,https://a.example/estimate,",
)


@pytest.mark.parametrize(
    ("policy", "amount", "kind", "source"),
    [
        ("msrp-first", 1200.0, "msrp", "https://a.example/msrp-new"),
        ("street-first", 700.0, "street", "https://a.example/street"),
        ("lowest", 700.0, "street", "https://a.example/street"),
    ],
)
def test_purchase_policies(policy, amount, kind, source):
    row = priced(PURCHASES, PricePolicy(purchase=policy)).loc["x"]
    assert row["launch_price_usd"] == amount
    assert row["launch_price_kind"] == kind
    assert row["launch_price_source"] == source


def test_msrp_first_falls_back_to_street_then_estimate():
    only_estimate = prices("x,estimate,Analyst,,USD,900,,,device,,,2024,https://a.example/e,")
    assert priced(only_estimate, PricePolicy()).loc["x", "launch_price_kind"] == "estimate"
    no_msrp = prices(
        *(
            f"x,{r}"
            for r in (
                "street,S,,USD,700,,,device,,,2025,https://s.example,",
                "estimate,A,,USD,900,,,device,,,2024,https://e.example,",
            )
        )
    )
    row = priced(no_msrp, PricePolicy()).loc["x"]
    assert (row["launch_price_usd"], row["launch_price_kind"]) == (700.0, "street")


def test_lowest_differs_from_street_first_when_the_msrp_is_lower():
    table = prices(
        "x,msrp,,,USD,500,,,device,,,2020,https://a.example/msrp,",
        "x,street,Shop,,USD,700,,,device,,,2025,https://a.example/street,",
    )
    assert priced(table, PricePolicy(purchase="lowest")).loc["x", "launch_price_usd"] == 500.0
    assert priced(table, PricePolicy(purchase="street-first")).loc["x", "launch_price_usd"] == 700.0


CLOUD = prices(
    "x,cloud_on_demand,A,,USD,4,,,device_hour,,,2025-01,https://a.example,",
    "x,cloud_on_demand,A,,USD,5,,,device_hour,,,2024-01,https://a.example/old,",
    "x,cloud_on_demand,B,,USD,2,,,device_hour,,,2025-01,https://b.example,",
    "x,cloud_on_demand,C,,USD,3,,,device_hour,,,2025-01,https://c.example,",
    "x,cloud_spot,B,,USD,0.5,,,device_hour,,,2025-01,https://b.example/spot,",
)


@pytest.mark.parametrize(
    ("policy", "amount", "provider"),
    [
        ("cheapest", 2.0, "B"),
        ("median", 3.0, "median of 3 providers"),
        ("provider:A", 4.0, "A"),
        ("provider:c", 3.0, "C"),
    ],
)
def test_cloud_policies_use_on_demand_newest_per_provider(policy, amount, provider):
    row = priced(CLOUD, PricePolicy(cloud=policy)).loc["x"]
    assert row["cloud_usd_per_hour"] == amount
    assert row["cloud_provider"] == provider


def test_a_provider_without_a_price_leaves_the_cloud_price_empty():
    row = priced(CLOUD, PricePolicy(cloud="provider:Z")).loc["x"]
    assert pd.isna(row["cloud_usd_per_hour"])


def test_a_cny_quote_is_converted_with_the_rates():
    table = prices("x,street,JD.com,,CNY,7000,,,device,,,2025,https://jd.example,")
    assert priced(table, PricePolicy()).loc["x", "launch_price_usd"] == pytest.approx(1000.0)
    euro = prices("x,cloud_on_demand,E,,EUR,1.5,,,device_hour,,,2025,https://e.example,")
    assert priced(euro, PricePolicy()).loc["x", "cloud_usd_per_hour"] == pytest.approx(3.0)


def test_an_instance_hour_is_divided_by_its_devices():
    table = prices(
        "x,cloud_on_demand,AWS,us-east-1,USD,32,,,instance_hour,p4d.24xlarge,8,2025,https://a.example,"
    )
    assert priced(table, PricePolicy()).loc["x", "cloud_usd_per_hour"] == pytest.approx(4.0)


def test_a_purchase_of_a_system_is_divided_by_its_devices():
    table = prices("x,msrp,NVIDIA,,USD,400000,,,device,DGX,8,2023,https://n.example,")
    assert priced(table, PricePolicy()).loc["x", "launch_price_usd"] == pytest.approx(50_000.0)


def test_a_currency_without_a_rate_is_ignored():
    table = prices(
        "x,msrp,,,GBP,100,,,device,,,2025,https://g.example,",
        "x,street,Shop,,USD,900,,,device,,,2020,https://s.example,",
    )
    row = priced(table, PricePolicy()).loc["x"]
    assert (row["launch_price_usd"], row["launch_price_kind"]) == (900.0, "street")
    only_gbp = prices("x,msrp,,,GBP,100,,,device,,,2025,https://g.example,")
    assert pd.isna(priced(only_gbp, PricePolicy()).loc["x", "launch_price_usd"])


def test_the_devices_own_cells_win():
    own = devices("x", launch_price_usd=[111.0], cloud_usd_per_hour=[9.0])
    row = apply_price_policy(own, PURCHASES, PricePolicy(), RATES).iloc[0]
    assert row["launch_price_usd"] == 111.0
    row = apply_price_policy(own, CLOUD, PricePolicy(), RATES).iloc[0]
    assert row["cloud_usd_per_hour"] == 9.0


def test_rows_of_other_devices_are_not_used():
    row = priced(PURCHASES, PricePolicy(), "y").loc["y"]
    assert pd.isna(row["launch_price_usd"])


def test_picked_rows_names_the_rows_the_policy_used():
    assert picked_rows(PURCHASES, PricePolicy(), RATES)["purchase"] == {1}
    picks = picked_rows(CLOUD, PricePolicy(cloud="median"), RATES)
    assert picks["cloud"] == {0, 2, 3}  # newest of A, B and C; not A's old quote nor spot


@pytest.mark.parametrize(
    ("purchase", "cloud", "field"),
    [
        ("cheapest", "cheapest", "purchase_policy"),
        ("lowest", "fastest", "cloud_policy"),
        ("lowest", "provider:", "cloud_policy"),
    ],
)
def test_a_bad_policy_names_its_field(purchase, cloud, field):
    with pytest.raises(InputError) as caught:
        PricePolicy(purchase=purchase, cloud=cloud)
    assert caught.value.field == field


def test_merging_a_user_prices_file_changes_the_picked_price(tmp_path):
    bundled = load_catalog().set_index("id")
    device = "nvidia-h100-sxm5-80gb"
    before = bundled.loc[device, "cloud_usd_per_hour"]
    cheaper = before / 2
    path = tmp_path / "my-prices.csv"
    path.write_text(
        HEADER + f"{device},cloud_on_demand,MyCloud,,USD,{cheaper},,,device_hour,,,2026-11,"
        "https://mycloud.example/pricing,\n",
        encoding="utf-8",
    )
    merged = load_catalog([path]).set_index("id")
    assert merged.loc[device, "cloud_usd_per_hour"] == pytest.approx(cheaper)
    assert merged.loc[device, "cloud_provider"] == "MyCloud"
    only_mine = load_catalog([path], PricePolicy(cloud="provider:MyCloud")).set_index("id")
    assert only_mine.loc[device, "cloud_usd_per_hour"] == pytest.approx(cheaper)
    others = only_mine.drop(index=device)["cloud_usd_per_hour"]
    assert others.isna().all()
    _, table = load_devices_and_prices([path])
    assert table["file"].iloc[-1] == str(path)
