"""Strict checks of scenario data against the shape of what the app itself writes.

A scenario section is checked against a *template*: the data the app writes for its
default value (``Filters().to_data()`` and the like). So a field added to a form or to
the filters is checked without this module changing. Every problem names its field
path (``filters.memory_gb[1]``); keys the template lacks are reported, not fatal.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from gpucompare.core.messages import Message

MAX_NUMBER = 1e15
MAX_TEXT = 2000
MAX_ITEMS = 1000


@dataclass
class Findings:
    """Errors (the scenario is refused) and warnings (reported, the rest is restored)."""

    errors: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)

    def error(self, path: str, message: Message) -> None:
        """Record that ``path`` is wrong."""
        self.errors.append(Message("{path}: {message}", path=path, message=message))

    def warn(self, path: str, message: Message) -> None:
        """Record something that cannot be restored."""
        self.warnings.append(Message("{path}: {message}", path=path, message=message))


def kind_of(value: object) -> Message | str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return Message("a number")
    if isinstance(value, str):
        return Message("text")
    if isinstance(value, list):
        return Message("a list")
    if isinstance(value, dict):
        return Message("an object")
    return type(value).__name__


def check_number(value: object, path: str, found: Findings) -> bool:
    """A finite JSON number no larger than :data:`MAX_NUMBER` in size."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        found.error(path, Message("expected a number, got {value}", value=kind_of(value)))
        return False
    if isinstance(value, float) and not math.isfinite(value):
        found.error(path, Message("the number is too large or not finite"))
        return False
    if abs(value) > MAX_NUMBER:
        found.error(
            path,
            Message("the number is too large (at most {max_number})", max_number=f"{MAX_NUMBER:g}"),
        )
        return False
    return True


def check_text(value: object, path: str, found: Findings) -> bool:
    """Text of at most :data:`MAX_TEXT` characters."""
    if not isinstance(value, str):
        found.error(path, Message("expected text, got {value}", value=kind_of(value)))
        return False
    if len(value) > MAX_TEXT:
        found.error(
            path,
            Message(
                "the text is too long ({count} characters, at most {max_text})",
                count=f"{len(value):,}",
                max_text=MAX_TEXT,
            ),
        )
        return False
    return True


def check_text_list(value: object, path: str, found: Findings, limit: int = MAX_ITEMS) -> bool:
    """A list of texts."""
    if not isinstance(value, list):
        found.error(path, Message("expected a list of texts, got {value}", value=kind_of(value)))
        return False
    if len(value) > limit:
        found.error(
            path,
            Message(
                "too many entries ({count}, at most {limit})", count=f"{len(value):,}", limit=limit
            ),
        )
        return False
    return all([check_text(item, f"{path}[{i}]", found) for i, item in enumerate(value)])  # noqa: C419 (report every item)


def _check_item(value: object, template: object, path: str, found: Findings) -> bool:
    if isinstance(template, bool):
        if not isinstance(value, bool):
            found.error(path, Message("expected true or false, got {value}", value=kind_of(value)))
            return False
        return True
    if isinstance(template, int | float):
        return check_number(value, path, found)
    if isinstance(template, str):
        return check_text(value, path, found)
    if isinstance(template, list):
        return _check_list(value, template, path, found)
    if template is None:  # an open bound: a number or null
        return value is None or check_number(value, path, found)
    found.error(path, Message("cannot be restored"))
    return False


def _check_list(value: object, template: list[Any], path: str, found: Findings) -> bool:
    if not template:
        return check_text_list(value, path, found)
    if not isinstance(value, list):
        found.error(
            path,
            Message(
                "expected a list of {count} values, got {value}",
                count=len(template),
                value=kind_of(value),
            ),
        )
        return False
    if len(value) != len(template):
        found.error(
            path,
            Message("expected {count} values, got {found}", count=len(template), found=len(value)),
        )
        return False
    checks = [
        _check_item(item, shape, f"{path}[{i}]", found)
        for i, (item, shape) in enumerate(zip(value, template, strict=True))
    ]
    return all(checks)


def check_section(
    value: object,
    template: dict[str, Any],
    path: str,
    found: Findings,
    normalise: Callable[[dict[str, Any]], dict[str, Any]],
) -> bool:
    """Check ``value`` key by key against ``template``; then that ``normalise`` keeps it.

    ``normalise`` reads the data the way the app does and writes it back; a known key
    whose value does not survive (an unknown kind, a range whose low end is above its
    high end, an axis that is not a numeric column) is an error naming that key.
    """
    if not isinstance(value, dict):
        found.error(path, Message("expected an object, got {value}", value=kind_of(value)))
        return False
    ok = True
    known: dict[str, Any] = {}
    for key, item in value.items():
        if key not in template:
            found.warn(f"{path}.{key}", Message("not known to this version of gpucompare; ignored"))
            continue
        if _check_item(item, template[key], f"{path}.{key}", found):
            known[key] = item
        else:
            ok = False
    if not ok:
        return False
    kept = normalise(known)
    for key, item in known.items():
        if not _same(kept.get(key), item):
            found.error(
                f"{path}.{key}", Message("{value} is not an allowed value", value=_shown(item))
            )
            ok = False
    return ok


def _same(kept: object, given: object) -> bool:
    if (
        isinstance(kept, list)
        and isinstance(given, list)
        and not any(isinstance(v, int | float | type(None)) for v in given)
    ):
        return sorted(map(str, kept)) == sorted(map(str, given))
    return kept == given


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
