"""Finding a device by what a user types: its id, or words of it."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

MAX_SUGGESTIONS = 8


def matching_ids(ids: Sequence[str], typed: str) -> list[str]:
    """Ids that are ``typed``, else those holding it as whole words or a word prefix.

    ``h100`` finds every id with the word ``h100`` (``nvidia-h100-sxm5-80gb``, …);
    ``nvidia-h100`` the ids that start with those words. Exact first, then in order.
    """
    query = typed.strip().lower()
    if query in ids:
        return [query]
    words = [i for i in ids if f"-{query}-" in f"-{i}-"]
    if words:
        return words
    return [i for i in ids if any(part.startswith(query) for part in _word_runs(i))]


def suggestions(ids: Sequence[str], typed: str) -> list[str]:
    """What to offer when ``typed`` matches no id or several."""
    found = matching_ids(ids, typed)
    if found:
        return found[:MAX_SUGGESTIONS]
    return difflib.get_close_matches(typed.strip().lower(), list(ids), n=3, cutoff=0.5)


def _word_runs(device_id: str) -> list[str]:
    parts = device_id.split("-")
    return ["-".join(parts[i:]) for i in range(len(parts))]
