"""Every page holds its layout from a small laptop screen to a 4K one (issue 14, item 11).

The bundled catalog (real, long device names) in English and Chinese, at 1024×640,
1366×768 and 3840×2160: on every page and chart tab, no label or button is out of the
window, cut by a parent or narrower than its text; no two widgets of one layout cover
each other; fields and result values do not spread across a big screen; and the window
keeps the size it was given whatever page is opened.
"""

from __future__ import annotations

import pytest
from layout_checks import clipped, overlapping, too_wide
from PySide6.QtCore import QCoreApplication, QEvent, QMargins

from gpucompare.ui.i18n import CHINESE, ENGLISH

SIZES = ((1024, 640), (1366, 768), (3840, 2160))


def stops(window):
    """(name, how to get there) for every page and chart tab."""
    result = []
    for index in range(window.tabs.count()):

        def chart(i: int = index) -> None:
            window.pages.setCurrentWidget(window.splitter)
            window.tabs.setCurrentIndex(i)

        result.append((window.tabs.widget(index).objectName(), chart))
    for name, page in (("training", window.training_page), ("inference", window.inference_page)):
        result.append((name, lambda p=page: window.pages.setCurrentWidget(p)))
    return result


@pytest.fixture
def big_window(qtbot, request):
    """The real window over the bundled catalog, in a language, at a size; deleted after."""
    from gpucompare.ui.app import build_window, make_application
    from gpucompare.ui.settings import Settings

    language, (width, height) = request.param
    make_application()
    settings = Settings()
    settings.set_value("ui/language", language)
    window = build_window(settings=settings)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    ids = list(window.state.catalog["id"][:3])
    window.state.set_selection(ids[:1])
    yield window, (width, height), ids
    # Deleted now, not at some later event loop turn: four windows of this size add up.
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize(
    "big_window",
    [(language, size) for size in SIZES for language in (ENGLISH, CHINESE)],
    indirect=True,
    ids=lambda p: f"{p[0]}-{p[1][0]}x{p[1][1]}",
)
def test_every_page_fits_the_window(big_window, qtbot):
    window, size, ids = big_window
    problems = []
    for name, go in stops(window):
        if name == "comparePanel":
            window.state.set_compare(ids)
        go()
        qtbot.wait(20)
        if (window.width(), window.height()) != size:
            problems.append(f"{name}: the window became {window.width()}×{window.height()}")
        found = clipped(window) + overlapping(window)
        if size[0] >= 3840:
            found += too_wide(window)
        problems += [f"{name}: {p}" for p in found]
    assert not problems, "\n".join(problems)


def test_the_window_opens_within_a_small_screen(qtbot):
    from gpucompare.ui.app import build_window, make_application, show_on_screen

    make_application()
    window = build_window()
    qtbot.addWidget(window)
    free = window.screen().availableGeometry().size()
    window.resize(free.width() + 500, free.height() + 300)  # as the 1300×720 default on 1024×640
    show_on_screen(window)
    assert window.isVisible()
    assert window.size() == free.expandedTo(window.minimumSizeHint())  # no larger than it must
    smaller = window.size().shrunkBy(QMargins(0, 0, 0, 100))
    window.resize(smaller)
    show_on_screen(window)
    assert window.size() == smaller  # a window that fits keeps its size


@pytest.mark.parametrize("big_window", [(CHINESE, (1024, 640))], indirect=True, ids=["zh-1024x640"])
def test_a_stacked_calculator_form_shows_several_rows(big_window, qtbot):
    """Form above result on a small screen: the form keeps room for four rows or more."""
    window, _, _ = big_window
    for name in ("training", "inference"):
        window.pages.setCurrentWidget(getattr(window, f"{name}_page"))
        qtbot.wait(50)
        page = getattr(window, name)
        top = page.splitter.widget(0)
        assert top.orientation().name == "Vertical", name
        form_height, result_height = top.sizes()
        row = page.fontMetrics().height() + 12
        assert form_height >= 4 * row, (name, top.sizes(), page.splitter.sizes())
        assert result_height >= 2 * row, (name, top.sizes())


def test_long_result_values_are_whole_beside_the_form(qtbot):
    """A 1,024-device run's layout and effective-MFU texts fit the result column, also
    right after the page is first opened."""
    from PySide6.QtWidgets import QScrollArea

    from gpucompare.ui.app import build_window, make_application
    from gpucompare.ui.settings import Settings

    make_application()
    settings = Settings()
    settings.set_value("ui/language", ENGLISH)
    window = build_window(settings=settings)
    qtbot.addWidget(window)
    window.set_language(ENGLISH)
    window.resize(1366, 768)
    window.show()
    window.state.update_training(params="70B", tokens="2T", count="1024", days="")
    window.pages.setCurrentWidget(window.training_page)  # built now, as the page opens
    for _ in range(10):
        QCoreApplication.processEvents()
    page = window.training
    grid = page.results
    scroll = grid.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    viewport = scroll.viewport()  # what the result column shows
    assert page.splitter.widget(0).orientation().name == "Horizontal"
    for key, value in grid.values.items():
        if value.text():
            right = value.mapTo(viewport, value.rect().topRight()).x()
            needed = value.fontMetrics().horizontalAdvance(value.text())
            assert right <= viewport.width() + 1, key
            assert value.width() >= needed, (key, value.text())


def test_on_a_narrow_screen_the_details_start_at_their_minimum(window, qtbot):
    from gpucompare.ui.main_window import DEFAULT_SIZE, DETAILS_MIN_WIDTH

    assert window.screen().availableGeometry().width() < DEFAULT_SIZE.width()  # 800 px
    window.resize(window.screen().availableGeometry().size())
    window.show()
    qtbot.waitExposed(window)
    assert window.details_dock.width() <= DETAILS_MIN_WIDTH + 12


@pytest.mark.parametrize("big_window", [(ENGLISH, (3840, 2160))], indirect=True, ids=["en-4k"])
def test_on_a_big_screen_the_form_grows_to_its_cap(big_window, qtbot):
    from gpucompare.ui.pages.calculator import FORM_MAX_WIDTH, WIDE_FORM_PX

    window, _, _ = big_window
    window.pages.setCurrentWidget(window.training_page)
    qtbot.wait(50)
    form_width, result_width = window.training.splitter.widget(0).sizes()
    assert form_width >= FORM_MAX_WIDTH > WIDE_FORM_PX  # not the laptop's 480 px
    assert result_width > form_width  # the rest goes to the result
