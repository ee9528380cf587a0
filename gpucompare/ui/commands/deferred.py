"""Menu slots that import their command module when first run, not at start-up."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def command(module: str, name: str, window: object, *args: object) -> Callable[[], None]:
    """A slot running ``gpucompare.ui.commands.<module>.<name>(window, *args)``."""

    def run(*_: object) -> None:  # a signal may pass its own arguments
        found = importlib.import_module(f"gpucompare.ui.commands.{module}")
        getattr(found, name)(window, *args)

    return run


def file_command(window: object, name: str, *args: object) -> Callable[[], None]:
    """A slot running a File command of :mod:`gpucompare.ui.commands.files`."""
    return command("files", name, window, *args)
