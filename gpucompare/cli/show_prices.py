"""``show``'s price section: every observed price of a device and which the policy picked."""

from __future__ import annotations

import pandas as pd

from gpucompare.cli.output import render_table
from gpucompare.cli.price_options import PricedCatalog
from gpucompare.core.catalog.price_policy import picked_rows, price_rows_for, priced_rows
from gpucompare.core.catalog.prices import PURCHASE_KINDS
from gpucompare.core.catalog.published import not_published_columns
from gpucompare.core.currency import Currency, load_currencies
from gpucompare.core.formatting import format_number

UNIT_LABELS = {"device": "per device", "device_hour": "per device-hour"}


def _rows(priced: PricedCatalog, device_id: str) -> tuple[pd.DataFrame, dict[object, str]]:
    """The device's price rows (with ``usd`` per device or device-hour) and the picks."""
    currencies = load_currencies()
    rows = priced_rows(price_rows_for(priced.prices, device_id), currencies)
    picks = picked_rows(rows, priced.policy, currencies)
    own = priced.devices.loc[priced.devices["id"] == device_id]
    chosen: dict[object, str] = {}
    for role, column in (("purchase", "launch_price_usd"), ("cloud", "cloud_usd_per_hour")):
        if own[column].notna().any():
            continue  # the device's own cell (a user's catalog file) wins over every row
        for label in picks[role]:
            chosen[label] = role
    return rows, chosen


def _unit(row: pd.Series) -> str:
    if row["unit"] == "instance_hour":
        count = float(row["instance_devices"])
        devices = f"{format_number(count)} device{'' if count == 1 else 's'}"
        return f"per hour of {row['instance']} ({devices})"
    text = UNIT_LABELS.get(str(row["unit"]), str(row["unit"]))
    if row["price_kind"] in PURCHASE_KINDS and pd.notna(row["instance_devices"]):
        text += f" (system of {format_number(row['instance_devices'])})"
    return text


def _quoted(row: pd.Series) -> str:
    text = f"{format_number(row['amount'])} {row['currency']}"
    if pd.notna(row["amount_low"]) or pd.notna(row["amount_high"]):
        low, high = format_number(row["amount_low"]), format_number(row["amount_high"])
        text += f" ({low}–{high})"
    return text


def _converted(row: pd.Series, money: Currency) -> float | None:
    return None if pd.isna(row["usd"]) else money.from_usd(float(row["usd"]))


def price_records(priced: PricedCatalog, device_id: str, money: Currency) -> list[dict]:
    """Every price row of the device as JSON-ready records, newest first."""
    rows, chosen = _rows(priced, device_id)
    code = money.code.lower()
    records = []
    for label, row in rows.iterrows():
        converted = _converted(row, money)
        records.append(
            {
                "price_kind": row["price_kind"],
                "provider": row["provider"] or None,
                "region": row["region"] or None,
                "amount": float(row["amount"]),
                "currency": row["currency"],
                "amount_low": None if pd.isna(row["amount_low"]) else float(row["amount_low"]),
                "amount_high": None if pd.isna(row["amount_high"]) else float(row["amount_high"]),
                "unit": row["unit"],
                "instance": row["instance"] or None,
                "instance_devices": (
                    None if pd.isna(row["instance_devices"]) else float(row["instance_devices"])
                ),
                f"per_device_{code}": converted,
                "date": row["date"],
                "source": row["source"],
                "note": row["note"] or None,
                "picked": chosen.get(label),
            }
        )
    return records


def price_section(priced: PricedCatalog, device_id: str, money: Currency) -> str:
    """The text block listing every price row, and which the policy uses."""
    rows, chosen = _rows(priced, device_id)
    policy = priced.policy
    lines = [f"\nPrices ({len(rows)} observed; policy: {policy.describe()}):"]
    device = priced.devices.loc[priced.devices["id"] == device_id].iloc[0]
    tokens = not_published_columns(device)
    for token, text in (("purchase_price", "not sold"), ("cloud_price", "not rented")):
        if token in tokens:
            lines.append(f"  {text} (not_published lists {token})")
    for column, what in (("launch_price_usd", "purchase"), ("cloud_usd_per_hour", "cloud")):
        if pd.notna(device[column]):
            lines.append(f"  the {what} price comes from your catalog file, not from these rows")
    if rows.empty:
        lines.append("  no price rows")
        return "\n".join(lines) + "\n"
    table = pd.DataFrame(
        {
            "used": [_role(chosen.get(label), policy.cloud) for label in rows.index],
            "kind": rows["price_kind"].tolist(),
            "provider": rows["provider"].replace("", None).tolist(),
            "region": rows["region"].replace("", None).tolist(),
            "quoted": [_quoted(row) for _, row in rows.iterrows()],
            "unit": [_unit(row) for _, row in rows.iterrows()],
            "converted": [_converted_text(row, money) for _, row in rows.iterrows()],
            "date": rows["date"].tolist(),
            "source": rows["source"].tolist(),
        }
    )
    headers = [
        "Used",
        "Kind",
        "Provider",
        "Region",
        "Amount as quoted",
        "Unit",
        f"Per device ({money.code})",
        "Date",
        "Source",
    ]
    body = render_table(table, headers)
    lines.extend("  " + line for line in body.rstrip("\n").split("\n"))
    return "\n".join(lines) + "\n"


def _role(role: str | None, cloud_policy: str) -> str:
    if role == "cloud" and cloud_policy == "median":
        return "<- cloud (in median)"
    return f"<- {role}" if role else ""


def _converted_text(row: pd.Series, money: Currency) -> str:
    converted = _converted(row, money)
    if converted is None:
        return f"no {row['currency']} rate"
    return format_number(converted)
