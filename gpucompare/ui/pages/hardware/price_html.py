"""HTML table of one device's observed prices, the rows the price policy used marked."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from gpucompare.core.catalog.loading import source_urls
from gpucompare.core.state import AppState
from gpucompare.ui.formatting import format_money, format_number, is_missing

PICKED_MARK = "✓"
PRICE_KIND_LABELS: dict[str, str] = {
    "msrp": QT_TRANSLATE_NOOP("PriceKind", "MSRP"),
    "street": QT_TRANSLATE_NOOP("PriceKind", "street"),
    "estimate": QT_TRANSLATE_NOOP("PriceKind", "estimate"),
    "cloud_on_demand": QT_TRANSLATE_NOOP("PriceKind", "cloud on-demand"),
    "cloud_spot": QT_TRANSLATE_NOOP("PriceKind", "cloud spot"),
    "cloud_reserved_1y": QT_TRANSLATE_NOOP("PriceKind", "cloud 1-year reserved"),
    "cloud_reserved_3y": QT_TRANSLATE_NOOP("PriceKind", "cloud 3-year reserved"),
}


def _text(value: object) -> str:
    return "" if is_missing(value) else str(value)


def _quoted(row: pd.Series, locale: QLocale) -> str:
    text = f"{format_number(float(row['amount']), locale)} {row['currency']}"
    if not is_missing(row["amount_low"]) and not is_missing(row["amount_high"]):
        low = format_number(float(row["amount_low"]), locale)
        high = format_number(float(row["amount_high"]), locale)
        text += f" ({low}–{high})"
    return text


def _unit(row: pd.Series) -> str:
    if row["unit"] == "device":
        if not is_missing(row["instance_devices"]):
            return QCoreApplication.translate("PriceTable", "per system of {n}").format(
                n=int(row["instance_devices"])
            )
        return QCoreApplication.translate("PriceTable", "per device")
    if row["unit"] == "device_hour":
        return QCoreApplication.translate("PriceTable", "per device-hour")
    devices = "" if is_missing(row["instance_devices"]) else int(row["instance_devices"])
    return QCoreApplication.translate("PriceTable", "per hour of {instance} ({n} devices)").format(
        instance=_text(row["instance"]) or "?", n=devices
    )


def _sources(value: object) -> str:
    urls = [u for u in source_urls(value) if urlsplit(u).scheme.lower() in ("http", "https")]
    return " ".join(
        f"<a href='{html.escape(u, quote=True)}'>{html.escape(urlsplit(u).hostname or u)}</a>"
        for u in urls
    )


def prices_html(rows: pd.DataFrame, state: AppState) -> str:
    """Every price row: kind, provider, region, as quoted, converted, unit, date, source."""
    if rows.empty:
        none = QCoreApplication.translate("PriceTable", "No observed prices.")
        return f"<p style='color:#6b7280'>{html.escape(none)}</p>"
    locale = QLocale()
    code = state.currency.code
    headers = (
        "",
        QCoreApplication.translate("PriceTable", "Kind"),
        QCoreApplication.translate("PriceTable", "Provider"),
        QCoreApplication.translate("PriceTable", "Region"),
        QCoreApplication.translate("PriceTable", "As quoted"),
        QCoreApplication.translate("PriceTable", "In {currency}").format(currency=code),
        QCoreApplication.translate("PriceTable", "Unit"),
        QCoreApplication.translate("PriceTable", "Date"),
        QCoreApplication.translate("PriceTable", "Source"),
    )
    title = QCoreApplication.translate("PriceTable", "Observed prices")
    parts = [
        f"<h4>{html.escape(title)}</h4>",
        "<table cellspacing='0' cellpadding='2'><tr>",
        *(f"<th align='left'>{html.escape(h)}</th>" for h in headers),
        "</tr>",
    ]
    for _, row in rows.iterrows():
        converted = row["display_amount"]
        shown = (
            QCoreApplication.translate("PriceTable", "no rate")
            if is_missing(converted)
            else format_money(float(converted), locale, state.chinese_units)
        )
        kind = QCoreApplication.translate("PriceKind", PRICE_KIND_LABELS.get(row["price_kind"], ""))
        cells = (
            PICKED_MARK if row["picked"] else "",
            kind or str(row["price_kind"]),
            _text(row["provider"]),
            _text(row["region"]),
            _quoted(row, locale),
            shown,
            _unit(row),
            _text(row["date"]),
        )
        weight = "bold" if row["picked"] else "normal"
        parts.append(f"<tr style='font-weight:{weight}'>")
        parts += [f"<td>{html.escape(c)}</td>" for c in cells]
        parts.append(f"<td>{_sources(row['source'])}</td></tr>")
    parts.append("</table>")
    legend = QCoreApplication.translate(
        "PriceTable", "{mark} the price that tables, charts and calculators use (View › Prices)."
    ).format(mark=PICKED_MARK)
    parts.append(f"<p style='color:#6b7280'>{html.escape(legend)}</p>")
    return "".join(parts)
