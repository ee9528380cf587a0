"""Turning what a user typed after --device (or show) into a device id."""

from __future__ import annotations

import pandas as pd

from gpucompare.cli.errors import UsageError
from gpucompare.core.catalog.lookup import matching_ids, suggestions


def device_id_or_usage_error(catalog: pd.DataFrame, typed: str) -> str:
    """The device id ``typed`` names: itself, or the one id holding it as words.

    Several or no matches raise :class:`UsageError` with suggestions.
    """
    ids = catalog["id"].tolist()
    found = matching_ids(ids, typed)
    if len(found) == 1:
        return found[0]
    close = suggestions(ids, typed)
    hint = f"; did you mean {', '.join(close)}?" if close else "; see 'gpucompare list'"
    raise UsageError(f"no device with id {typed!r}{hint}")
