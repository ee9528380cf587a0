"""Well-known open models with their published shapes, from ``resources/data/model_presets.csv``.

Each row cites its model card or config.json in ``source`` (space-separated URLs) and
says in ``notes`` where a number is rounded or comes from a copy of the card.
"""

from __future__ import annotations

import csv
import difflib
import io
from functools import cache
from pathlib import Path

from gpucompare import paths
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message
from gpucompare.core.models.spec import INTEGER_FIELDS, ModelSpec


def presets_file() -> Path:
    """The bundled model-preset file."""
    return paths.resource("data", "model_presets.csv")


def load_presets(path: Path | None = None) -> dict[str, ModelSpec]:
    """Presets by id, in file order; a malformed row raises ValueError naming its line."""
    path = presets_file() if path is None else path
    text = path.read_text(encoding="utf-8")
    presets: dict[str, ModelSpec] = {}
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            spec = _spec(row)
            spec.validate()
        except (ValueError, KeyError) as error:
            raise ValueError(f"{path}, line {line}: {error}") from None
        if spec.id in presets:
            raise ValueError(f"{path}, line {line}: duplicate preset id {spec.id!r}")
        presets[spec.id] = spec
    return presets


@cache
def bundled_presets() -> dict[str, ModelSpec]:
    """The bundled presets (read once)."""
    return load_presets()


def preset(key: str, presets: dict[str, ModelSpec] | None = None) -> ModelSpec:
    """The preset whose id or name is ``key`` (case-insensitive); InputError suggests ids."""
    known = bundled_presets() if presets is None else presets
    wanted = key.strip().lower()
    for spec in known.values():
        if wanted in (spec.id.lower(), spec.name.lower()):
            return spec
    close = difflib.get_close_matches(wanted, list(known), n=3, cutoff=0.5)
    hint = Message("; did you mean {names}?", names=", ".join(close)) if close else ""
    raise InputError(
        "model",
        Message(
            "no preset {key}{hint} (known: {value})",
            key=f"{key!r}",
            hint=hint,
            value=f"{', '.join(known)}",
        ),
    )


def _spec(row: dict[str, str]) -> ModelSpec:
    integers = {name: _optional_int(row.get(name) or "") for name in INTEGER_FIELDS}
    active = row["active_params"].strip()
    return ModelSpec(
        id=row["id"].strip(),
        name=row["name"].strip(),
        params=float(row["params"]),
        active_params=float(active) if active else None,
        source=row["source"].strip(),
        notes=row["notes"].strip(),
        **integers,
    )


def _optional_int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text else None
