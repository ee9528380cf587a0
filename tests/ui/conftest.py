"""GUI test fixtures: headless Qt, settings in a temporary file, a small catalog."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest
from PySide6.QtCore import QSettings

from gpucompare.core.catalog.loading import load_catalog_file
from gpucompare.core.state import AppState


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Every test writes its settings under tmp_path, never the user's."""
    qapp.setOrganizationName("gpucompare-tests")
    qapp.setApplicationName("gpucompare-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    return tmp_path / "settings"


@pytest.fixture(autouse=True)
def empty_clipboard(qapp):
    """Leave the clipboard empty: Qt's offscreen platform crashes at exit over mime data
    still on it (PySide6 6.11; the xcb platform does not)."""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def settings_file(isolated_settings):
    """Path of the INI file QSettings() writes in this test."""
    return isolated_settings / "gpucompare-tests" / "gpucompare-tests.ini"


@pytest.fixture
def small_state(small_catalog_path):
    """AppState over the small hand-made catalog."""
    return AppState(load_catalog_file(small_catalog_path, strict=True))


@pytest.fixture
def window(qtbot, small_state):
    """A main window over the small catalog."""
    from gpucompare.ui.app import make_application
    from gpucompare.ui.i18n import ENGLISH, set_language
    from gpucompare.ui.main_window import MainWindow
    from gpucompare.ui.settings import Settings

    make_application()
    set_language(ENGLISH)
    main = MainWindow(small_state, Settings())
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def priced_window(qtbot):
    """A main window over the bundled catalog and its prices (as the app opens), English."""
    from gpucompare.core.catalog.loading import load_bundled_frames
    from gpucompare.ui.app import make_application
    from gpucompare.ui.i18n import ENGLISH, set_language
    from gpucompare.ui.main_window import MainWindow
    from gpucompare.ui.settings import Settings

    make_application()
    set_language(ENGLISH)
    devices, prices = load_bundled_frames()
    main = MainWindow(AppState(devices, prices=prices), Settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
