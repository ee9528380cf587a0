"""Price policy options, the price rows of ``show``, n/p cells and prices files, as run."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from gpucompare_process import run

DEVICES = (
    "id,name,vendor,kind,memory_gb,fp16_tflops,bf16_tflops,fp8_tflops,power_w,"
    "not_published,sources\n"
    "acme-rentable,Acme Rentable,Acme,GPU,80,400,400,,500,fp8_tflops,https://acme.example/r\n"
    "acme-unrented,Acme Unrented,Acme,GPU,80,400,400,,500,cloud_price,https://acme.example/u\n"
    "acme-unpriced,Acme Unpriced,Acme,GPU,80,400,400,,500,,https://acme.example/p\n"
)
PRICES = (
    "device_id,price_kind,provider,region,currency,amount,amount_low,amount_high,unit,"
    "instance,instance_devices,date,source,note\n"
    "acme-rentable,msrp,,,USD,20000,,,device,,,2024-01,https://acme.example/msrp,\n"
    "acme-rentable,street,JD.com,,CNY,71057,,,device,,,2025-06,https://jd.example/r,\n"
    "acme-rentable,cloud_on_demand,CloudA,,USD,3,,,device_hour,,,2025-05,https://a.example,\n"
    "acme-rentable,cloud_on_demand,CloudB,us,USD,16,,,instance_hour,b8,8,2025-05,"
    "https://b.example,\n"
    "acme-unrented,msrp,,,USD,15000,,,device,,,2024-01,https://acme.example/msrp,\n"
)


@pytest.fixture
def files(tmp_path) -> list[str]:
    devices = tmp_path / "devices.csv"
    devices.write_text(DEVICES, encoding="utf-8")
    prices = tmp_path / "prices.csv"
    prices.write_text(PRICES, encoding="utf-8")
    return ["--catalog", str(devices), "--catalog", str(prices)]


def _listing(files: list[str], *options: str) -> pd.DataFrame:
    columns = "id,launch_price_usd,launch_price_kind,cloud_usd_per_hour,cloud_provider"
    result = run(
        "list", *files, *options, "--search", "acme-", "--columns", columns, "--format", "csv"
    )
    assert result.returncode == 0, result.stderr
    return pd.read_csv(io.StringIO(result.stdout)).set_index("id")


def test_purchase_and_cloud_policies_pick_different_prices(files):
    default = _listing(files)
    assert default.loc["acme-rentable", "launch_price_usd"] == 20000
    assert default.loc["acme-rentable", "launch_price_kind"] == "msrp"
    assert default.loc["acme-rentable", "cloud_usd_per_hour"] == 2.0  # 16 / 8 devices
    assert default.loc["acme-rentable", "cloud_provider"] == "CloudB"
    street = _listing(files, "--purchase-policy", "street-first")
    assert street.loc["acme-rentable", "launch_price_usd"] == pytest.approx(10_000)  # CNY
    assert street.loc["acme-rentable", "launch_price_kind"] == "street"
    median = _listing(files, "--cloud-policy", "median")
    assert median.loc["acme-rentable", "cloud_usd_per_hour"] == pytest.approx(2.5)
    chosen = _listing(files, "--cloud-policy", "provider:clouda")
    assert chosen.loc["acme-rentable", "cloud_usd_per_hour"] == 3.0
    assert pd.isna(chosen.loc["acme-unpriced", "cloud_usd_per_hour"])


@pytest.mark.parametrize(
    ("command", "option", "value", "message"),
    [
        ("list", "--purchase-policy", "cheap", "argument --purchase-policy: unknown purchase"),
        ("show", "--cloud-policy", "fastest", "argument --cloud-policy: unknown cloud policy"),
        ("serve", "--cloud-policy", "provider:", "argument --cloud-policy"),
        ("list", "--cloud-policy", "provider:Nowhere", "--cloud-policy: no price row names"),
    ],
)
def test_bad_policy_is_a_usage_error_naming_the_option(command, option, value, message):
    extra = {
        "show": ["nvidia-h100-sxm5-80gb"],
        "serve": ["--model", "7B", "--device", "nvidia-h100-sxm5-80gb"],
    }.get(command, [])
    result = run(command, *extra, option, value)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_cost_takes_the_policy(files):
    base = ["cost", *files, "--params", "1B", "--tokens", "20B", "--device", "acme-rentable"]
    cheapest = json.loads(run(*base, "--count", "8", "--format", "json").stdout)
    median = run(*base, "--count", "8", "--format", "json", "--cloud-policy", "median")
    assert median.returncode == 0, median.stderr
    ratio = json.loads(median.stdout)["compute_cost_usd"] / cheapest["compute_cost_usd"]
    assert ratio == pytest.approx(2.5 / 2.0)


def _price_line(text: str, source: str) -> str:
    section = text[text.index("\nPrices (") :]
    (line,) = [line.strip() for line in section.splitlines() if line.endswith(source)]
    return line


def test_show_lists_every_price_row_and_the_ones_used(files):
    result = run("show", "acme-rentable", *files, "--currency", "CNY")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Prices (4 observed; policy: purchase: msrp-first; cloud: cheapest" in text
    msrp = _price_line(text, "https://acme.example/msrp")
    assert msrp.split()[:3] == ["<-", "purchase", "msrp"]
    assert "20,000 USD" in msrp
    assert "142,114" in msrp  # 20,000 USD at 7.1057 CNY per USD
    street = _price_line(text, "https://jd.example/r")
    assert street.split()[:2] == ["street", "JD.com"]
    assert "71,057 CNY" in street
    cloud_b = _price_line(text, "https://b.example")
    assert cloud_b.startswith("<- cloud")
    assert "per hour of b8 (8 devices)" in cloud_b
    assert _price_line(text, "https://a.example").split()[:2] == ["cloud_on_demand", "CloudA"]


def test_show_json_carries_the_price_rows(files):
    result = run("show", "acme-rentable", *files, "--format", "json", "--purchase-policy", "lowest")
    assert result.returncode == 0, result.stderr
    prices = json.loads(result.stdout)["prices"]
    assert len(prices) == 4
    by_source = {p["source"]: p for p in prices}
    street = by_source["https://jd.example/r"]
    assert (street["amount"], street["currency"], street["picked"]) == (71057, "CNY", "purchase")
    assert street["per_device_usd"] == pytest.approx(10_000)
    assert by_source["https://acme.example/msrp"]["picked"] is None
    assert by_source["https://b.example"]["per_device_usd"] == 2.0


def test_show_says_a_device_is_not_rented(files):
    result = run("show", "acme-unrented", *files)
    assert "not rented (not_published lists cloud_price)" in result.stdout


def test_list_and_show_print_np_for_cells_nobody_publishes(files):
    result = run(
        "list", *files, "--search", "acme-", "--columns", "id,fp8_tflops,cloud_usd_per_hour"
    )
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()[2:]}
    assert rows["acme-rentable"] == ["n/p", "2"]
    assert rows["acme-unrented"] == ["—", "n/p"]
    assert rows["acme-unpriced"] == ["—", "—"]
    show = run("show", "acme-rentable", *files, "--precision", "FP8").stdout
    assert any(line.startswith("FP8 dense") and line.endswith("n/p") for line in show.splitlines())
    assert any(line.startswith("FP8 peak") and line.endswith("n/p") for line in show.splitlines())
    csv = run("list", *files, "--search", "acme-r", "--columns", "id,fp8_tflops", "--format", "csv")
    assert csv.stdout.splitlines()[1] == "acme-rentable,"


def test_list_columns_help_names_the_new_columns():
    result = run("list", "--columns", "help")
    assert result.returncode == 0
    names = {line.split()[0] for line in result.stdout.splitlines()[1:]}
    new = {"brand", "software_stack", "compute_capability", "pytorch_support", "vllm_support"}
    assert new | {"not_published"} <= names


def test_validate_reads_a_prices_file(tmp_path, data_dir, files):
    good = run("validate", files[1], files[3])
    assert good.returncode == 0, good.stderr
    assert good.stdout.splitlines()[1].endswith("OK (5 prices)")
    bad_path = data_dir / "malformed_prices" / "unknown_currency.csv"
    bad = run("validate", str(bad_path))
    assert bad.returncode == 1
    assert f"{bad_path}, line 3, column currency: 'XYZ': must be an ISO 4217" in bad.stderr


def test_cost_ranking_tells_not_rented_from_not_entered(files):
    result = run(
        "cost",
        *files,
        "--params",
        "1B",
        "--tokens",
        "20B",
        "--count",
        "8",
        "--all",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    notes = {row["device"]: row["cost_note"] for row in document["results"]}
    assert notes["acme-unrented"] == "not rented by any cloud (cloud_price in not_published)"
    assert notes["acme-unpriced"].startswith("no cloud price in the catalog")
    assert not notes["acme-rentable"]
    owned = run(
        "cost",
        *files,
        "--params",
        "1B",
        "--tokens",
        "20B",
        "--count",
        "8",
        "--all",
        "--pricing",
        "owned",
        "--format",
        "json",
    )
    owned_notes = {row["device"]: row["cost_note"] for row in json.loads(owned.stdout)["results"]}
    assert owned_notes["acme-unpriced"].startswith("no launch price in the catalog")
    assert "not sold" not in (owned_notes["acme-unrented"] or "")


def test_cost_on_one_unrented_device_says_so(files):
    base = ["cost", *files, "--params", "1B", "--tokens", "20B", "--count", "8"]
    result = run(*base, "--device", "acme-unrented")
    assert result.returncode == 0, result.stderr
    assert "not rented by any cloud (cloud_price in not_published)" in result.stdout
    unpriced = run(*base, "--device", "acme-unpriced")
    assert unpriced.returncode == 0, unpriced.stderr
    assert "no cloud price in the catalog" in unpriced.stdout
    assert "not rented" not in unpriced.stdout


def test_show_says_when_the_devices_own_price_wins(files, tmp_path):
    own = tmp_path / "own.csv"
    own.write_text(
        "id,launch_price_usd,sources\nacme-rentable,12345,https://acme.example/own\n",
        encoding="utf-8",
    )
    result = run("show", "acme-rentable", *files, "--catalog", str(own))
    assert result.returncode == 0, result.stderr
    assert "the purchase price comes from your catalog file, not from these rows" in result.stdout
    assert not _price_line(result.stdout, "https://acme.example/msrp").startswith("<-")
    assert _price_line(result.stdout, "https://b.example").startswith("<- cloud")
