"""Panels that skip work while hidden and catch up when shown.

Every panel listens to the state, but only the ones on screen need to redraw: with a
100,000-row catalog a hidden calculator would otherwise cost a second per change.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QSizePolicy, QTabWidget, QVBoxLayout, QWidget

Method = TypeVar("Method", bound=Callable[..., Any])


def when_visible(method: Method) -> Method:
    """Run ``method`` now if the widget is visible, else once it is next shown."""

    @functools.wraps(method)
    def wrapper(self, *args: Any) -> Any:
        if self.isVisible():
            self._stale = False
            return method(self)
        self._stale = True
        return None

    wrapper.__wrapped_refresh__ = method  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


class RefreshesWhenShown:
    """Mixin for a QWidget whose ``refresh`` is decorated with :func:`when_visible`."""

    _stale = False

    def showEvent(self, event) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.ensure_fresh()

    def ensure_fresh(self) -> None:
        """Bring the panel up to date now, even while hidden (before an export)."""
        if self._stale:
            self._stale = False
            type(self).refresh.__wrapped_refresh__(self)  # type: ignore[attr-defined]


class LazyPage(QWidget):
    """A tab page that builds its panel the first time it is shown or asked for.

    Keeps start-up light: the calculators cost ~130 ms to build and most sessions open
    them later, if at all.
    """

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._panel: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """True once the panel exists."""
        return self._panel is not None

    def panel(self) -> QWidget:
        """The panel, built now if needed."""
        if self._panel is None:
            self._panel = self._build()
            self.layout().addWidget(self._panel)
            self._panel.show()  # a layout shows late children only on the next event loop turn
        return self._panel

    def showEvent(self, event) -> None:
        self.panel()
        super().showEvent(event)


class LazyTabs(QTabWidget):
    """Tabs whose pages may be :class:`LazyPage` s; callers see the built panels.

    ``currentWidget`` returns the panel (built if needed) and ``setCurrentWidget``
    accepts a panel or its page, so code that asks for a chart need not know it is lazy.
    Only the page on show counts for the tabs' minimum size, so a wide hidden page never
    makes the window grow or forbids a small one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._size_by_current)

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self._size_by_current(self.currentIndex())

    def _size_by_current(self, current: int) -> None:
        shown, hidden = QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored
        for index in range(self.count()):
            policy = shown if index == current else hidden
            self.widget(index).setSizePolicy(policy, policy)

    def add_lazy(self, name: str, build: Callable[[], QWidget]) -> LazyPage:
        """A tab whose panel ``build`` makes when first shown; ``name`` is its object name."""
        page = LazyPage(build, self)
        page.setObjectName(name)
        self.addTab(page, "")
        return page

    def currentWidget(self) -> QWidget | None:
        page = super().currentWidget()
        return page.panel() if isinstance(page, LazyPage) else page

    def setCurrentWidget(self, widget: QWidget) -> None:
        for index in range(self.count()):
            page = self.widget(index)
            if page is widget or (
                isinstance(page, LazyPage) and page.built and page.panel() is widget
            ):
                self.setCurrentIndex(index)
                return
        super().setCurrentWidget(widget)
