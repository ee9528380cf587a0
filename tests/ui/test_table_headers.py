"""At 1366×768 no default table header is cut: long ones wrap onto a second line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from gpucompare.core.catalog.loading import load_bundled_devices
from gpucompare.core.state import DEFAULT_COLUMNS, AppState

STYLE_PADDING_PX = 37  # what Qt's styled header adds to its bold text (measured)
STYLE_V_PADDING_PX = 13


@pytest.fixture
def bundled_table(qtbot):
    from gpucompare.ui.app import make_application
    from gpucompare.ui.i18n import ENGLISH, set_language
    from gpucompare.ui.main_window import MainWindow
    from gpucompare.ui.settings import Settings

    make_application()
    set_language(ENGLISH)
    window = MainWindow(AppState(load_bundled_devices()), Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window.table


def test_styled_header_padding_is_what_the_test_assumes(bundled_table):
    header = bundled_table.horizontalHeader()
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    text = str(bundled_table.model_.headerData(0, Qt.Orientation.Horizontal))
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    needed = header.sectionSizeFromContents(0).width()
    assert needed - QFontMetrics(font).horizontalAdvance(text) == STYLE_PADDING_PX


def test_no_default_header_is_cut_at_1366x768(bundled_table):
    table = bundled_table
    assert tuple(table.model_.columns) == DEFAULT_COLUMNS
    header = table.horizontalHeader()
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(font)
    room_height = header.height() - STYLE_V_PADDING_PX + 1
    for column in range(table.model_.columnCount()):
        text = str(table.model_.headerData(column, Qt.Orientation.Horizontal))
        room = header.sectionSize(column) - STYLE_PADDING_PX
        laid_out = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
        assert laid_out.width() <= room, (text, room, laid_out.width())
        assert laid_out.height() <= room_height, (text, room_height, laid_out.height())
        assert header.defaultAlignment() & Qt.TextFlag.TextWordWrap or laid_out.height() <= (
            metrics.height()
        )


def test_vendor_names_fit_their_column(bundled_table):
    table = bundled_table
    column = table.model_.columns.index("vendor")
    vendors = table._state.catalog["vendor"].dropna().astype(str)
    widest = max(table.fontMetrics().horizontalAdvance(v) for v in vendors)
    assert table.horizontalHeader().sectionSize(column) >= widest + 8
