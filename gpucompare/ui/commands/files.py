"""File menu commands: open a user catalog, export, about. Errors become dialogs, never crashes."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gpucompare import __version__
from gpucompare.core.atomic import WriteError
from gpucompare.core.catalog.loading import (
    load_bundled_frames,
    merge_user_file,
)
from gpucompare.core.issues import CatalogError
from gpucompare.ui.commands import exporting
from gpucompare.ui.commands.exporting import export_chart as write_chart
from gpucompare.ui.commands.exporting import export_comparison as write_comparison
from gpucompare.ui.commands.exporting import export_table as write_table
from gpucompare.ui.commands.host import CommandHost
from gpucompare.ui.dialogs.catalog_errors import CatalogErrorsDialog
from gpucompare.ui.dialogs.rates import RatesDialog


def _start_folder(window: CommandHost) -> str:
    return window.settings.text_value("ui/last_folder", str(Path.home()))


def _remember_folder(window: CommandHost, path: str) -> None:
    window.settings.set_value("ui/last_folder", str(Path(path).parent))


def show_message(
    window: CommandHost, title: str, text: str, icon=QMessageBox.Icon.Warning
) -> QMessageBox:
    """A non-blocking message box (kept on the window so tests can read it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("messageBox")
    window.last_message = box
    box.open()
    return box


def merge_user_catalog(window: CommandHost, path: str) -> bool:
    """Merge ``path`` over the current catalog; on any problem show them all and change nothing."""
    state = window.state
    try:
        merged = merge_user_file(path, state.devices, state.prices)
    except CatalogError as error:
        dialog = CatalogErrorsDialog(path, error, window)
        window.last_errors_dialog = dialog
        dialog.open()
        return False
    state.replace_catalog(merged.devices, [*state.extra_files, path], merged.prices)
    if merged.held_prices:
        text = QCoreApplication.translate("FileCommands", "Merged {n} prices from {path}")
    else:
        text = QCoreApplication.translate("FileCommands", "Merged {n} device rows from {path}")
    window.statusBar().showMessage(text.format(n=merged.rows, path=path), 8000)
    return True


def open_catalog(window: CommandHost) -> None:
    """File > Open catalog file…"""
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("FileCommands", "Open catalog file"),
        _start_folder(window),
        QCoreApplication.translate("FileCommands", "CSV files (*.csv);;All files (*)"),
    )
    if path:
        _remember_folder(window, path)
        merge_user_catalog(window, path)


def revert_catalog(window: CommandHost) -> QMessageBox | None:
    """File > Remove my catalog files: asks first, then goes back to the bundled catalog."""
    files = window.state.extra_files
    if not files:
        window.statusBar().showMessage(
            QCoreApplication.translate("FileCommands", "No catalog files of yours are merged"),
            5000,
        )
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FileCommands", "Remove my catalog files"),
        QCoreApplication.translate(
            "FileCommands",
            "Stop using these files and show the bundled catalog only?\n\n{files}\n\n"
            "The files themselves stay on disk; you can open them again.",
        ).format(files="\n".join(files)),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setObjectName("confirmRevert")
    remove = box.addButton(
        QCoreApplication.translate("FileCommands", "Remove"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _: box.clickedButton() is remove and _revert(window))
    window.last_message = box
    box.open()
    return box


def _revert(window: CommandHost) -> None:
    devices, prices = load_bundled_frames()
    window.state.replace_catalog(devices, [], prices)
    window.statusBar().showMessage(
        QCoreApplication.translate("FileCommands", "Showing the bundled catalog only"), 5000
    )


def _save_path(window: CommandHost, title: str, suggested: str, filters: str) -> str:
    start = os.path.join(_start_folder(window), suggested)
    path, _ = QFileDialog.getSaveFileName(window, title, start, filters)
    if path:
        _remember_folder(window, path)
    return path


def _write_failed(window: CommandHost, error: Exception) -> None:
    show_message(
        window,
        QCoreApplication.translate("FileCommands", "Export failed"),
        QCoreApplication.translate("FileCommands", "Nothing was written.\n\n{error}").format(
            error=error
        ),
    )


def export_table(window: CommandHost) -> None:
    """File > Export table as CSV…"""
    path = _save_path(
        window,
        QCoreApplication.translate("FileCommands", "Export table as CSV"),
        "gpucompare.csv",
        QCoreApplication.translate("FileCommands", "CSV files (*.csv)"),
    )
    if not path:
        return
    if not path.lower().endswith(".csv"):
        path += ".csv"
    try:
        rows = write_table(
            path, window.table.model_, window.state, bom=window.bom_action.isChecked()
        )
    except WriteError as error:
        _write_failed(window, error)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("FileCommands", "Exported {n} rows to {path}").format(
            n=rows, path=path
        ),
        8000,
    )


def export_chart(window: CommandHost, fmt: str) -> None:
    """File > Export chart as PNG/SVG…"""
    filters = (
        QCoreApplication.translate("FileCommands", "PNG images (*.png)")
        if fmt == "png"
        else QCoreApplication.translate("FileCommands", "SVG images (*.svg)")
    )
    path = _save_path(
        window,
        QCoreApplication.translate("FileCommands", "Export chart"),
        f"gpucompare-chart.{fmt}",
        filters,
    )
    if not path:
        return
    if not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    try:
        write_chart(path, window.current_chart_plot())
    except (WriteError, ValueError) as error:
        _write_failed(window, error)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("FileCommands", "Chart saved to {path}").format(path=path), 8000
    )


def export_comparison(window: CommandHost) -> None:
    """File > Export comparison as CSV…"""
    window.compare.ensure_fresh()
    comparison = window.compare.comparison
    if comparison is None:
        show_message(
            window,
            QCoreApplication.translate("FileCommands", "Nothing to export"),
            QCoreApplication.translate(
                "FileCommands",
                "Compare 2–6 devices first: select them in the table and press Compare.",
            ),
            QMessageBox.Icon.Information,
        )
        return
    path = _save_path(
        window,
        QCoreApplication.translate("FileCommands", "Export comparison as CSV"),
        "gpucompare-compare.csv",
        QCoreApplication.translate("FileCommands", "CSV files (*.csv)"),
    )
    if not path:
        return
    try:
        write_comparison(path, comparison, window.state, bom=window.bom_action.isChecked())
    except WriteError as error:
        _write_failed(window, error)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("FileCommands", "Comparison saved to {path}").format(path=path),
        8000,
    )


def _export_csv(window: CommandHost, title: str, suggested: str, write) -> None:
    path = _save_path(
        window, title, suggested, QCoreApplication.translate("FileCommands", "CSV files (*.csv)")
    )
    if not path:
        return
    if not path.lower().endswith(".csv"):
        path += ".csv"
    try:
        write(path)
    except WriteError as error:
        _write_failed(window, error)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("FileCommands", "Saved {path}").format(path=path), 8000
    )


def _export_panel(window: CommandHost, panel, attribute: str, title: str, name: str, write) -> None:
    """Export ``panel.<attribute>`` (brought up to date first) with ``write(path, value, ...)``."""
    panel.ensure_fresh()
    value, state, bom = getattr(panel, attribute), window.state, window.bom_action.isChecked()
    if value is not None:
        _export_csv(window, title, name, lambda path: write(path, value, state, bom=bom))


def export_training_result(window: CommandHost) -> None:
    """Training calculator > Export result CSV…"""
    title = QCoreApplication.translate("FileCommands", "Export training result")
    _export_panel(
        window,
        window.training,
        "result",
        title,
        "gpucompare-training.csv",
        exporting.export_training_result,
    )


def export_training_ranking(window: CommandHost) -> None:
    """Training calculator > Export ranking CSV…"""
    title = QCoreApplication.translate("FileCommands", "Export training ranking")
    _export_panel(
        window,
        window.training,
        "ranking",
        title,
        "gpucompare-training-ranking.csv",
        exporting.export_training_ranking,
    )


def export_inference_ranking(window: CommandHost) -> None:
    """Inference panel > Export ranking CSV…"""
    title = QCoreApplication.translate("FileCommands", "Export inference ranking")
    _export_panel(
        window,
        window.inference,
        "ranking",
        title,
        "gpucompare-inference-ranking.csv",
        exporting.export_inference_ranking,
    )


def edit_rates(window: CommandHost) -> RatesDialog:
    """View > Exchange rates…: edits apply when the dialog is accepted."""
    dialog = RatesDialog(window.state.currencies, window)
    window.last_rates_dialog = dialog

    def apply() -> None:
        window.state.set_currencies(dialog.currencies)
        window.settings.set_value("state/rates", dialog.user_rates())

    dialog.accepted.connect(apply)
    dialog.open()
    return dialog


def show_about(window: CommandHost) -> None:
    """Help > About."""
    catalog = window.state.catalog
    counts = ", ".join(f"{k} {v}" for k, v in catalog["kind"].value_counts().sort_index().items())
    text = QCoreApplication.translate(
        "FileCommands",
        "<h3>gpucompare {version}</h3>"
        "<p>Compare AI accelerators — GPUs, TPUs, NPUs, FPGAs and other AI chips — and price "
        "training runs, offline, with a source behind every number.</p>"
        "<p>Catalog: {total} devices ({counts}). Empty cells mean unknown; throughput is dense "
        "(no sparsity).</p>"
        "<p>Qt for Python {qt}. MIT licence.</p>",
    ).format(version=__version__, total=len(catalog), counts=counts, qt=pyside_version)
    QMessageBox.about(window, QCoreApplication.translate("FileCommands", "About gpucompare"), text)
