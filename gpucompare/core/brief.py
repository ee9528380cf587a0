"""What a decision brief says, gathered from the app state (no Qt, no wording).

The brief covers the *chosen* devices: those in the compare view, else the selected
ones, else the calculators' own devices. For them it holds the comparison, the
training run and the inference case priced on each (with the devices that cannot run
them and why, in the core's English reason words), and every source URL behind the
numbers. The UI turns this into words in the UI language, charts and a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pandas as pd

from gpucompare.core.catalog.compare import MAX_DEVICES, MIN_DEVICES, Comparison, compare
from gpucompare.core.catalog.loading import source_urls
from gpucompare.core.inference import InferenceInputs, InferenceResult, size
from gpucompare.core.inference import rank as rank_inference
from gpucompare.core.inference.form import parse_form as parse_inference
from gpucompare.core.issues import InputError
from gpucompare.core.state import AppState
from gpucompare.core.training import TrainingInputs, TrainingResult, estimate
from gpucompare.core.training import rank as rank_training
from gpucompare.core.training.form import parse_form as parse_training

LINK_SCHEMES = ("http://", "https://")
PRICE_SOURCE_COLUMNS = ("launch_price_source", "cloud_price_source")


@dataclass(frozen=True)
class Excluded:
    """A chosen device that cannot run the case, and the core's reason."""

    device: str
    name: str
    reason: str


@dataclass(frozen=True)
class TrainingCase:
    """The training form priced on each chosen device."""

    inputs: TrainingInputs | None
    results: tuple[TrainingResult, ...] = ()
    excluded: tuple[Excluded, ...] = ()
    error: InputError | None = None


@dataclass(frozen=True)
class InferenceCase:
    """The inference form sized on each chosen device."""

    inputs: InferenceInputs | None
    max_count: int = 0
    results: tuple[InferenceResult, ...] = ()
    excluded: tuple[Excluded, ...] = ()
    error: InputError | None = None


@dataclass(frozen=True)
class DeviceSources:
    """The http(s) sources behind one device's numbers: specs and prices."""

    device: str
    name: str
    specs: tuple[str, ...]
    prices: tuple[str, ...]
    checked: str


@dataclass(frozen=True)
class BriefData:
    """Everything a brief shows, before wording."""

    ids: tuple[str, ...]
    rows: pd.DataFrame
    comparison: Comparison | None
    training: TrainingCase
    inference: InferenceCase
    sources: tuple[DeviceSources, ...] = field(default_factory=tuple)
    catalog_date: str = ""


def chosen_ids(state: AppState) -> tuple[str, ...]:
    """The devices a brief is about (at most :data:`MAX_DEVICES`), in order."""
    known = set(state.catalog["id"])
    for ids in (state.compare_ids, state.selected_ids):
        kept = tuple(i for i in ids if i in known)
        if kept:
            return kept[:MAX_DEVICES]
    own = (state.training_form.device, state.inference_form.device)
    return tuple(dict.fromkeys(i for i in own if i in known))


def gather(state: AppState) -> BriefData:
    """The brief's content for the state as it is now."""
    ids = chosen_ids(state)
    rows = state.catalog.set_index("id", drop=False).loc[list(ids)].reset_index(drop=True)
    comparison = (
        compare(state.view, ids, state.compare_baseline) if len(ids) >= MIN_DEVICES else None
    )
    return BriefData(
        ids=ids,
        rows=rows,
        comparison=comparison,
        training=training_case(state, rows),
        inference=inference_case(state, rows),
        sources=tuple(device_sources(row) for _, row in rows.iterrows()),
        catalog_date=catalog_date(state.catalog),
    )


def training_case(state: AppState, rows: pd.DataFrame) -> TrainingCase:
    """The training form priced on every row (cheapest first), and the rows it cannot use."""
    try:
        inputs = parse_training(state.training_form, state.currency)
        ranking = rank_training(inputs, rows)
    except InputError as error:
        return TrainingCase(None, error=error)
    by_id = rows.set_index("id", drop=False)
    results = tuple(estimate(inputs, by_id.loc[device]) for device in ranking.results["device"])
    return TrainingCase(inputs, results, _excluded(ranking.excluded, "device"))


def inference_case(state: AppState, rows: pd.DataFrame) -> InferenceCase:
    """The inference form sized on every row at its fewest devices, and the rows that fail."""
    try:
        inputs, max_count = parse_inference(state.inference_form)
        ranking = rank_inference(rows, inputs, max_count)
        by_id = rows.set_index("id", drop=False)
        results = tuple(
            size(_with_devices(inputs, int(count)), by_id.loc[device])
            for device, count in zip(ranking.served["id"], ranking.served["devices"], strict=True)
        )
    except InputError as error:
        return InferenceCase(None, error=error)
    return InferenceCase(inputs, max_count, results, _excluded(ranking.excluded, "id"))


def _with_devices(inputs: InferenceInputs, count: int) -> InferenceInputs:
    return replace(inputs, devices=count)


def _excluded(frame: pd.DataFrame, id_column: str) -> tuple[Excluded, ...]:
    return tuple(
        Excluded(str(r[id_column]), str(r["name"]), str(r["reason"])) for _, r in frame.iterrows()
    )


def links(cell: object) -> tuple[str, ...]:
    """The http(s) URLs of a cell; anything else (file:, javascript:) is left out."""
    return tuple(u for u in source_urls(cell) if u.lower().startswith(LINK_SCHEMES))


def device_sources(row: pd.Series) -> DeviceSources:
    """The sources of one catalog row."""
    prices = tuple(dict.fromkeys(u for c in PRICE_SOURCE_COLUMNS for u in links(row.get(c))))
    checked = row.get("sources_date")
    return DeviceSources(
        str(row["id"]),
        str(row["name"]),
        links(row.get("sources")),
        prices,
        "" if not isinstance(checked, str) else checked,
    )


def catalog_date(catalog: pd.DataFrame) -> str:
    """The newest date on which the catalog's specs were checked."""
    dates = catalog["sources_date"].dropna().astype(str)
    return max(dates) if len(dates) else ""
