"""Copy for chat and docs: a table as tab-separated text and as a Markdown table at once."""

from __future__ import annotations

import atexit
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView

MARKDOWN_MIME = "text/markdown"


def view_grid(view: QTableView, row_headers: bool = False) -> tuple[list[str], list[list[str]]]:
    """Headers and display texts of a view's selected rows (all rows when none are).

    Hidden columns are left out; with ``row_headers`` the vertical header becomes the
    first column (the compare view's metric names).
    """
    model = view.model()
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    columns.sort(key=view.horizontalHeader().visualIndex)
    selected = sorted({index.row() for index in view.selectionModel().selectedIndexes()})
    rows = selected or list(range(model.rowCount()))
    headers = [str(model.headerData(c, horizontal) or "") for c in columns]
    grid = []
    for r in rows:
        cells = [str(model.index(r, c).data() or "") for c in columns]
        if row_headers:
            cells.insert(0, str(model.headerData(r, vertical) or ""))
        grid.append(cells)
    if row_headers:
        headers.insert(0, "")
    return headers, grid


def _clean(text: str) -> str:
    return " ".join(text.split())


def tab_separated(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated lines: spreadsheets paste them into cells."""
    lines = ["\t".join(_clean(c) for c in line) for line in [headers, *rows]]
    return "\n".join(lines) + "\n"


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured Markdown table (pipes in cells escaped)."""

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(_clean(c).replace("|", "\\|") for c in cells) + " |"

    rule = "|" + "|".join("---" for _ in headers) + "|"
    return "\n".join([line(headers), rule, *(line(r) for r in rows)]) + "\n"


def grid_mime(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> QMimeData:
    """Mime data with text/plain (tab-separated) and text/markdown."""
    mime = QMimeData()
    mime.setText(tab_separated(headers, rows))
    mime.setData(MARKDOWN_MIME, markdown_table(headers, rows).encode("utf-8"))
    return mime


def _plain_before_exit() -> None:
    """Leave only plain text on the clipboard at exit.

    Qt deletes mime data set from Python during its own teardown, after Python has
    gone: the process would crash on quitting. Plain text set here is Qt's own.
    """
    if QGuiApplication.instance() is None:
        return
    board = QGuiApplication.clipboard()
    data = board.mimeData()
    if data is not None and data.hasFormat(MARKDOWN_MIME):
        board.setText(data.text())


atexit.register(_plain_before_exit)


def put_on_clipboard(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Set the clipboard to the grid as tab-separated text and a Markdown table."""
    QGuiApplication.clipboard().setMimeData(grid_mime(headers, rows))


def copy_view(view: QTableView, row_headers: bool = False) -> int:
    """Put the view's selection (or all of it) on the clipboard; return the rows copied."""
    headers, rows = view_grid(view, row_headers)
    put_on_clipboard(headers, rows)
    return len(rows)


def copy_current(window) -> int:
    """Edit › Copy: the compare table when it has focus or is on show, else the catalog table."""
    compare = window.compare
    on_compare = window.tabs.currentWidget() is compare and compare.table.isVisible()
    if compare.table.hasFocus() or (on_compare and not window.table.hasFocus()):
        compare.ensure_fresh()
        return copy_view(compare.table, row_headers=True)
    return copy_view(window.table)
