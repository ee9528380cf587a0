"""User-visible sentences the core writes, kept translatable.

A :class:`Message` is the English text itself (a ``str``, so the CLI, JSON and tests
use it unchanged) that also remembers its English template and named arguments, so
the GUI can look the template up in its translations and fill the same arguments in.

To add a sentence: in the core write ``Message("needs {n} devices", n=f"{count:,}")``
with a literal template and arguments already formatted as text (numbers keep their
formatting; an argument may itself be a Message). Then add the same template to
``gpucompare/ui/labels/messages.py`` and translate it (``tests/ui/test_messages.py``
fails for a core template the UI table lacks).
"""

from __future__ import annotations

from typing import Self


class Message(str):
    """English text made from ``template`` and ``args``; ``str()`` is the English."""

    template: str
    args: dict[str, object]

    def __new__(cls, template: str, /, **args: object) -> Self:
        """The English sentence ``template.format(**args)``."""
        text = super().__new__(cls, template.format(**args))
        text.template = template
        text.args = args
        return text

    def __reduce__(self) -> tuple[object, ...]:
        """Copy and pickle by template and arguments (the English text may hold braces)."""
        return (_rebuild, (self.template, self.args))


def _rebuild(template: str, args: dict[str, object]) -> Message:
    return Message(template, **args)


class DataLabel(str):
    """A label from a bundled data file: its English text, and the ``kind`` and ``key``
    of its row, by which the GUI looks up its translation."""

    kind: str
    key: str

    def __new__(cls, text: str, kind: str, key: str) -> Self:
        """The English ``text`` of the row ``kind``/``key``."""
        label = super().__new__(cls, text)
        label.kind = kind
        label.key = key
        return label

    def __reduce__(self) -> tuple[object, ...]:
        """Copy and pickle with the row's kind and key."""
        return (DataLabel, (str(self), self.kind, self.key))
