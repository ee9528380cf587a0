"""HTML of one device's fields for the details panel: values, n/p, notes and sources."""

from __future__ import annotations

import html

import pandas as pd
from PySide6.QtCore import QCoreApplication

from gpucompare.core.catalog.fields import FIELDS, field
from gpucompare.core.catalog.loading import source_urls
from gpucompare.core.catalog.published import missing_inputs
from gpucompare.core.state import AppState
from gpucompare.ui.formatting import format_value, is_missing
from gpucompare.ui.labels.catalog import choice_label, field_label
from gpucompare.ui.labels.published import not_published_text, not_published_tooltip

LINK_FIELDS = ("sources", "launch_price_source", "cloud_price_source")
SKIPPED = frozenset({"id", "name", "notes", "not_published", *LINK_FIELDS})
CHOICE_FIELDS = frozenset(
    {"kind", "segment", "launch_price_kind", "pytorch_support", "vllm_support"}
)
GREY, DARK, LABEL = "#9aa0a6", "#111827", "#4b5563"


def link(url: str) -> str:
    """An anchor showing its own address."""
    return f"<a href='{html.escape(url, quote=True)}'>{html.escape(url)}</a>"


def _cell(row: pd.Series, field_id: str, state: AppState) -> str:
    value = row[field_id]
    tokens = missing_inputs(row, field_id, state.precision)
    if tokens:
        why = not_published_tooltip(tokens, state.precision, state.currency.code)
        return (
            f"<td style='color:{GREY}' title='{html.escape(why, quote=True)}'>"
            f"{html.escape(not_published_text())}</td>"
        )
    if field_id in CHOICE_FIELDS and not is_missing(value):
        shown = choice_label(str(value))
    else:
        shown = format_value(value, field(field_id))
    colour = GREY if is_missing(value) else DARK
    return f"<td style='color:{colour}'>{html.escape(shown)}</td>"


def device_html(row: pd.Series, state: AppState) -> str:
    """Name, every field (n/p where nobody publishes it), notes and source links."""
    parts = [
        f"<h3>{html.escape(str(row['name']))}</h3>",
        f"<p style='color:#6b7280'>{html.escape(str(row['id']))}</p>",
        "<table cellspacing='0' cellpadding='2'>",
    ]
    for field_id in FIELDS:
        if field_id in SKIPPED:
            continue
        label = field_label(field_id, state.precision, state.currency.code)
        parts.append(
            f"<tr><td style='color:{LABEL};padding-right:10px'>{html.escape(label)}</td>"
            f"{_cell(row, field_id, state)}</tr>"
        )
    parts.append("</table>")
    if not is_missing(row["notes"]):
        notes = QCoreApplication.translate("DetailsPanel", "Notes")
        parts.append(f"<p><b>{html.escape(notes)}</b><br>{html.escape(str(row['notes']))}</p>")
    for field_id in LINK_FIELDS:
        urls = source_urls(row[field_id])
        if urls:
            label = field_label(field_id, state.precision, state.currency.code)
            links = "<br>".join(link(u) for u in urls)
            parts.append(f"<p><b>{html.escape(label)}</b><br>{links}</p>")
    return "".join(parts)
