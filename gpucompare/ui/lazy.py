"""Panels that skip work while hidden and catch up when shown.

Every panel listens to the state, but only the ones on screen need to redraw: with a
100,000-row catalog a hidden calculator would otherwise cost a second per change.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

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
