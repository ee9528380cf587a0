"""The details text: HTML that opens only web links (http and https), in the browser."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser

SAFE_SCHEMES = frozenset({"http", "https"})


def opens_safely(url: QUrl) -> bool:
    """Only web links open; file:, javascript: and the like never do."""
    return url.isValid() and url.scheme().lower() in SAFE_SCHEMES and bool(url.host())


class DeviceText(QTextBrowser):
    """Read-only rich text whose links open in the system browser when they are web links."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsText")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.open_link)
        self.refused_links: list[str] = []

    def open_link(self, url: QUrl) -> None:
        """Open a web link in the system browser; refuse anything else."""
        if opens_safely(url):
            QDesktopServices.openUrl(url)
        else:
            self.refused_links.append(url.toString())
