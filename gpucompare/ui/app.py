"""Starting the desktop app: QApplication, theme, icon, state, settings and the window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

# pandas and the Qt-free core before PySide6: once PySide6 is imported, its import hook
# reads the source of every module imported after it (looking for "PySide6"), which makes
# each later import slower (see benchmarks/).
import pandas  # noqa: F401

from gpucompare import __version__, paths
from gpucompare.core.catalog.loading import load_bundled_priced
from gpucompare.core.currency import Currency, load_currencies, with_rate
from gpucompare.core.issues import CatalogError, InputError
from gpucompare.core.state import AppState

# isort: split
import pyqtgraph  # noqa: F401
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from gpucompare.ui.i18n import set_language, system_language
from gpucompare.ui.main_window import MainWindow
from gpucompare.ui.settings import Settings

SCREENSHOT_DELAY_MS = 400


def light_palette() -> QPalette:
    """A light palette, so the app looks the same whatever the desktop's theme."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f6f7f9",
        QPalette.ColorRole.WindowText: "#1f2937",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f7f9fc",
        QPalette.ColorRole.Text: "#111827",
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1f2937",
        QPalette.ColorRole.Highlight: "#0f4c81",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#111827",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#0f4c81",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def make_application(
    argv: Sequence[str] | None = None, *, style_sheet: bool = True
) -> QApplication:
    """The QApplication with name, style, palette, icon and (unless ``style_sheet`` is
    False, as when :func:`build_window` follows) the theme's style sheet set."""
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setOrganizationName("gpucompare")
    app.setApplicationName("gpucompare")
    app.setApplicationVersion(__version__)
    if not app.property("gpucompareStyled"):  # styling again re-polishes every live widget
        app.setStyle("Fusion")
        app.setPalette(light_palette())
        app.setWindowIcon(QIcon(str(paths.resource("icons", "gpucompare.svg"))))
        app.setProperty("gpucompareStyled", True)
    if style_sheet:
        set_style_sheet(app)
    return app


def set_style_sheet(app: QApplication) -> None:
    """The theme's style sheet, once.

    The app sets it after building its window: while a sheet is in force, Qt polishes a
    widget again, with all its children, each time it is put into another widget, which
    building the window does panel by panel (about a tenth of the window's start-up).
    """
    if not app.styleSheet():
        app.setStyleSheet(paths.resource("styles", "light.qss").read_text(encoding="utf-8"))


def user_currencies(saved: object) -> dict[str, Currency]:
    """The bundled currencies with the user's saved rates applied (bad entries ignored)."""
    currencies = load_currencies()
    if isinstance(saved, dict):
        for code, rate in saved.items():
            if code in currencies and isinstance(rate, int | float) and not isinstance(rate, bool):
                try:
                    currencies[code] = with_rate(currencies[code], float(rate))
                except InputError:
                    continue
    return currencies


def show_on_screen(window: QMainWindow) -> None:
    """Show ``window`` no larger than its screen's free area: the default 1300×720 must not
    open beyond a 1024×640 screen, off its edges (a saved geometry Qt already fits)."""
    window.resize(window.size().boundedTo(window.screen().availableGeometry().size()))
    window.show()


def build_window(
    extra_catalogs: Sequence[str] = (), settings: Settings | None = None
) -> MainWindow:
    """State and window, with saved choices and the user's catalog files applied."""
    settings = settings or Settings()
    set_language(settings.text_value("ui/language", system_language()))
    currencies = user_currencies(settings.json_value("state/rates"))
    policy = settings.price_policy()
    devices, prices, priced = load_bundled_priced(policy, currencies)
    state = AppState(devices, currencies, prices=prices, policy=policy, priced=priced)
    settings.restore_state(state)
    state.set_chinese_units(settings.bool_value("ui/chinese_units", False))
    window = MainWindow(state, settings)
    window.units_action.setChecked(state.chinese_units)
    settings.restore_window(window, window.splitters())
    set_style_sheet(QApplication.instance())  # once the window is built: see set_style_sheet
    saved = settings.json_value("state/extra_files")
    saved = [p for p in saved if isinstance(p, str)] if isinstance(saved, list) else []
    paths = list(dict.fromkeys([*saved, *extra_catalogs]))
    if paths:
        from gpucompare.ui.commands.files import merge_user_catalog

        for path in paths:
            merge_user_catalog(window, path)
    return window


def resume_garbage_collection() -> None:
    """Turn the cycle collector back on (the launcher pauses it while the app starts),
    keeping every object start-up made out of its future passes."""
    gc.freeze()
    gc.enable()


def run_app(
    extra_catalogs: Sequence[str] = (),
    screenshot: str | None = None,
    tour: str | None = None,
    scenario: str | None = None,
) -> int:
    """Start the GUI (with ``scenario`` opened); with ``screenshot``, save the first painted
    window to that PNG and quit.

    With ``tour``, visit every page and chart tab, save a picture of each in that folder
    and quit (see :mod:`gpucompare.ui.tour`).
    """
    app = make_application(style_sheet=False)
    try:
        window = build_window(extra_catalogs)
    except CatalogError as error:
        text = QCoreApplication.translate("App", "The bundled catalog cannot be read:")
        QMessageBox.critical(None, "gpucompare", f"{text}\n\n{error.summary()}")
        return 1
    show_on_screen(window)
    QTimer.singleShot(0, resume_garbage_collection)
    if scenario:
        from gpucompare.ui.commands.scenario import open_scenario_file

        open_scenario_file(window, scenario)
    if screenshot:

        def capture() -> None:
            window.grab().save(screenshot, "PNG")
            app.quit()

        QTimer.singleShot(SCREENSHOT_DELAY_MS, capture)
    if tour:
        from gpucompare.ui.tour import start_tour

        start_tour(app, window, tour)
    return app.exec()
