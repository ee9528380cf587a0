"""Sourced presets for the training calculator: MFU, grid carbon, PUE, prices, lifetimes.

The numbers live in ``resources/data/training_presets.csv``, one row per preset, each
with its source URL (or the word ``assumption``), year and a note. Exactly one preset
per kind is the default.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from gpucompare import paths
from gpucompare.core.issues import InputError
from gpucompare.core.messages import DataLabel, Message

KINDS: tuple[str, ...] = (
    "mfu",
    "mfu_fp8",
    "mfu_fp4",
    "carbon",
    "pue",
    "draw",
    "electricity",
    "lifetime",
    "overhead",
    "utilization",
    "tokens_per_param",
    "host",
    "node_size",
    "cost_of_capital",
    "colocation",
    "resale",
)
# Kinds of the parallel-layout presets, kept in their own file (layout_presets.csv).
LAYOUT_KINDS: tuple[str, ...] = (
    "network",
    "link",
    "node_size",
    "global_batch",
    "vocab",
    "headroom",
)


@dataclass(frozen=True)
class Preset:
    """A named value with where it comes from."""

    kind: str
    key: str
    label: str
    value: float
    unit: str
    year: str
    default: bool
    source: str
    note: str

    def describe(self) -> str:
        """One line for tooltips and help: label, value, unit, year and source."""
        year = f", {self.year}" if self.year else ""
        return f"{self.label}: {self.value:g} {self.unit}{year} ({self.source})"


def presets_file() -> Path:
    """The bundled preset file."""
    return paths.resource("data", "training_presets.csv")


def layout_presets_file() -> Path:
    """The bundled parallel-layout preset file (networks, node size, batch, headroom)."""
    return paths.resource("data", "layout_presets.csv")


def load_presets(path: Path | None = None, kinds: tuple[str, ...] = KINDS) -> tuple[Preset, ...]:
    """Every preset in the file; ValueError if the file breaks its own rules."""
    path = presets_file() if path is None else path
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    loaded = tuple(
        Preset(
            kind=row["kind"],
            key=row["key"],
            label=DataLabel(row["label"], row["kind"], row["key"]),
            value=float(row["value"]),
            unit=row["unit"],
            year=row["year"],
            default=row["default"] == "yes",
            source=row["source"],
            note=row["note"],
        )
        for row in rows
    )
    _check(loaded, path, kinds)
    return loaded


def _check(loaded: tuple[Preset, ...], path: Path, kinds: tuple[str, ...]) -> None:
    for preset in loaded:
        if preset.kind not in kinds:
            raise ValueError(f"{path}: unknown preset kind {preset.kind!r}")
        if not math.isfinite(preset.value) or preset.value < 0:
            raise ValueError(f"{path}: {preset.kind}/{preset.key} has value {preset.value}")
        if not (preset.source.startswith("https://") or preset.source == "assumption"):
            raise ValueError(f"{path}: {preset.kind}/{preset.key} needs an https source")
    for kind in kinds:
        defaults = [p for p in loaded if p.kind == kind and p.default]
        if len(defaults) != 1:
            raise ValueError(f"{path}: kind {kind!r} needs exactly one default")


@cache
def _bundled() -> tuple[Preset, ...]:
    return load_presets() + load_presets(layout_presets_file(), LAYOUT_KINDS)


def presets(kind: str) -> tuple[Preset, ...]:
    """The bundled presets of one kind, in file order."""
    if kind not in KINDS + LAYOUT_KINDS:
        raise ValueError(f"unknown preset kind {kind!r}")
    return tuple(p for p in _bundled() if p.kind == kind)


def default(kind: str) -> Preset:
    """The default preset of one kind."""
    return next(p for p in presets(kind) if p.default)


def find(kind: str, key: str, field: str) -> Preset:
    """The preset called ``key`` (case-insensitive); InputError naming ``field`` otherwise."""
    for preset in presets(kind):
        if preset.key == key.strip().lower():
            return preset
    known = ", ".join(p.key for p in presets(kind))
    raise InputError(
        field,
        Message(
            "unknown preset {key}; give a number or one of {known}",
            key=f"{key!r}",
            known=str(known),
        ),
    )


def mfu_scale(precision: str) -> float:
    """How an MFU measured against the 16-bit peak carries to ``precision``'s peak.

    1 for FP16/BF16 (and TF32, FP32, FP64, which have no published runs of their own);
    for FP8 and FP4 the ratio of that precision's default preset to the 16-bit default,
    so ``typical`` at FP8 is the FP8 preset and the other presets keep their ratio.
    """
    kind = {"FP8": "mfu_fp8", "FP4": "mfu_fp4"}.get(precision.upper())
    return 1.0 if kind is None else default(kind).value / default("mfu").value


def mfu_preset_for(key: str, precision: str) -> Preset:
    """The preset behind MFU ``key`` at ``precision``: the FP8/FP4 row for its default."""
    kind = {"FP8": "mfu_fp8", "FP4": "mfu_fp4"}.get(precision.upper())
    chosen = find("mfu", key, "mfu")
    return default(kind) if kind is not None and chosen.default else chosen


def mfu_value(key: str, precision: str) -> float:
    """MFU preset ``key`` as a fraction of ``precision``'s dense peak."""
    return find("mfu", key, "mfu").value * mfu_scale(precision)


def mfu_band(precision: str = "BF16") -> tuple[float, float]:
    """The MFU range the presets span at ``precision``: (conservative, best published)."""
    values = [p.value * mfu_scale(precision) for p in presets("mfu")]
    return min(values), max(values)
