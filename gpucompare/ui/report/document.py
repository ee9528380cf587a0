"""The whole brief as HTML, and written as a PDF (Qt's own writer) or self-contained HTML."""

from __future__ import annotations

import base64
import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from gpucompare import __version__
from gpucompare.core.atomic import atomic_write_bytes, atomic_write_text
from gpucompare.core.brief import BriefData, gather
from gpucompare.core.state import AppState
from gpucompare.ui.i18n import current_language
from gpucompare.ui.report import markup
from gpucompare.ui.report.calculators import inference_section, training_section
from gpucompare.ui.report.charts import ChartImage, chart_images
from gpucompare.ui.report.sections import (
    comparison_section,
    sources_section,
)

FORMATS = ("pdf", "html")
IMAGE_WIDTH = 640
PDF_DPI = 96


def brief_html(
    state: AppState,
    data: BriefData,
    images: list[ChartImage],
    source: Callable[[ChartImage], str],
    title: str = "",
) -> str:
    """The brief as one HTML document; ``source`` gives each image's ``src``."""
    title = title or QCoreApplication.translate("Brief", "Decision brief")
    today = _dt.date.today().isoformat()
    meta = QCoreApplication.translate(
        "Brief",
        "{date} · gpucompare {version} · catalog checked up to {catalog} · "
        "precision {precision} (dense) · money in {currency}",
    ).format(
        date=today,
        version=__version__,
        catalog=data.catalog_date or "—",
        precision=state.precision,
        currency=state.currency.code,
    )
    names = ", ".join(str(n) for n in data.rows["name"]) if len(data.rows) else "—"
    body = [
        markup.heading(1, title),
        markup.paragraph(meta, "meta"),
        markup.paragraph(
            QCoreApplication.translate("Brief", "Devices: {names}").format(names=names)
        ),
        markup.heading(2, QCoreApplication.translate("Brief", "The devices side by side")),
        comparison_section(state, data),
        markup.heading(2, QCoreApplication.translate("Brief", "Charts")),
        *(markup.image(source(image), image.caption, IMAGE_WIDTH) for image in images),
        markup.heading(2, QCoreApplication.translate("Brief", "Training cost")),
        training_section(state, data),
        markup.heading(2, QCoreApplication.translate("Brief", "Inference")),
        inference_section(state, data),
        markup.heading(2, QCoreApplication.translate("Brief", "Sources")),
        markup.paragraph(
            QCoreApplication.translate(
                "Brief", "Every number above comes from these sources; unknown values show as —."
            ),
            "note",
        ),
        sources_section(data),
    ]
    return markup.document(title, "".join(body), current_language())


def _data_uri(image: ChartImage) -> str:
    return "data:image/png;base64," + base64.b64encode(image.png).decode("ascii")


def html_bytes(state: AppState, title: str = "") -> str:
    """A self-contained HTML brief (images inlined as data: URIs)."""
    data = gather(state)
    images = chart_images(state, data.comparison is not None)
    return brief_html(state, data, images, _data_uri, title)


def pdf_bytes(state: AppState, title: str = "") -> bytes:
    """The brief as an A4 PDF, laid out by QTextDocument and written by QPdfWriter."""
    data = gather(state)
    images = chart_images(state, data.comparison is not None)
    document = QTextDocument()
    for image in images:
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(image.name),
            QImage.fromData(image.png, "PNG"),
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title or QCoreApplication.translate("Brief", "Decision brief"))
    writer.setCreator(f"gpucompare {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(PDF_DPI)
    # Lay the text out in the writer's own metrics, so points and pixels mean the same.
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(PDF_DPI).size()))
    document.setHtml(brief_html(state, data, images, lambda image: image.name, title))
    document.print_(writer)
    buffer.close()
    return bytes(QByteArray(buffer.data()))


def brief_format(path: Path | str) -> str:
    """``pdf`` or ``html`` from the file name; ValueError for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    suffix = "html" if suffix == "htm" else suffix
    if suffix not in FORMATS:
        raise ValueError(f"a brief is written as .pdf or .html, not {suffix or 'no extension'}")
    return suffix


def write_brief(path: Path | str, state: AppState, title: str = "") -> None:
    """Write the brief to ``path`` (PDF or HTML by its suffix), atomically."""
    if brief_format(path) == "pdf":
        atomic_write_bytes(path, pdf_bytes(state, title))
    else:
        atomic_write_text(path, html_bytes(state, title))
