"""Details of the current device: every field, sources as links (http and https only)."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser

from gpucompare.core.catalog.fields import FIELDS, field
from gpucompare.core.catalog.loading import source_urls
from gpucompare.core.state import AppState
from gpucompare.ui.formatting import format_value, is_missing
from gpucompare.ui.labels.catalog import choice_label, field_label
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible

SAFE_SCHEMES = frozenset({"http", "https"})
LINK_FIELDS = ("sources", "launch_price_source", "cloud_price_source")
SKIPPED = frozenset({"id", "name", "notes", *LINK_FIELDS})


def opens_safely(url: QUrl) -> bool:
    """Only web links open; file:, javascript: and the like never do."""
    return url.isValid() and url.scheme().lower() in SAFE_SCHEMES and bool(url.host())


class DetailsPanel(RefreshesWhenShown, QTextBrowser):
    """Shows the state's current device."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("detailsPanel")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.open_link)
        self.refused_links: list[str] = []
        for signal in (
            state.selection_changed,
            state.precision_changed,
            state.currency_changed,
            state.catalog_changed,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def open_link(self, url: QUrl) -> None:
        """Open a web link in the system browser; refuse anything else."""
        if opens_safely(url):
            QDesktopServices.openUrl(url)
        else:
            self.refused_links.append(url.toString())

    @when_visible
    def refresh(self) -> None:
        """Render the current device (or a hint when there is none)."""
        state = self._state
        device = state.current_id
        rows = state.view.loc[state.view["id"] == device] if device else state.view.iloc[:0]
        if rows.empty:
            hint = html.escape(self.tr("Select a device to see its details and sources."))
            self.setHtml(f"<p style='color:#6b7280'>{hint}</p>")
            return
        self.setHtml(self.render_device(rows.iloc[0]))

    def render_device(self, row) -> str:
        """HTML for one device."""
        state = self._state
        parts = [
            f"<h3>{html.escape(str(row['name']))}</h3>",
            f"<p style='color:#6b7280'>{html.escape(str(row['id']))}</p>",
            "<table cellspacing='0' cellpadding='2'>",
        ]
        for field_id in FIELDS:
            if field_id in SKIPPED:
                continue
            value = row[field_id]
            if field_id in ("kind", "segment", "launch_price_kind") and not is_missing(value):
                shown = choice_label(str(value))
            else:
                shown = format_value(value, field(field_id))
            label = field_label(field_id, state.precision, state.currency.code)
            colour = "#9aa0a6" if is_missing(value) else "#111827"
            parts.append(
                f"<tr><td style='color:#4b5563;padding-right:10px'>{html.escape(label)}</td>"
                f"<td style='color:{colour}'>{html.escape(shown)}</td></tr>"
            )
        parts.append("</table>")
        if not is_missing(row["notes"]):
            parts.append(
                f"<p><b>{html.escape(self.tr('Notes'))}</b><br>{html.escape(str(row['notes']))}</p>"
            )
        for field_id in LINK_FIELDS:
            urls = source_urls(row[field_id])
            if not urls:
                continue
            label = field_label(field_id, state.precision, state.currency.code)
            links = "<br>".join(
                f"<a href='{html.escape(u, quote=True)}'>{html.escape(u)}</a>" for u in urls
            )
            parts.append(f"<p><b>{html.escape(label)}</b><br>{links}</p>")
        return "".join(parts)
