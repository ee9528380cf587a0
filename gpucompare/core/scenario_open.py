"""Opening a scenario: read it, merge its catalog files, and only then change the state.

All or nothing: every problem (a refused file, a missing or invalid catalog file) is
raised before :func:`apply_scenario` touches the state; what cannot be restored but
does no harm (a changed catalog file, devices the catalog lacks) comes back as notes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from gpucompare.core.catalog.loading import load_bundled_frames, merge_user_file
from gpucompare.core.issues import CatalogError
from gpucompare.core.messages import Message
from gpucompare.core.persistence import chart_to_data
from gpucompare.core.scenario import Scenario, ScenarioError, file_sha256, read_scenario
from gpucompare.core.state import AppState


@dataclass(frozen=True)
class Opened:
    """A checked scenario with its catalog merged, ready to apply; and what it reported."""

    scenario: Scenario
    devices: pd.DataFrame | None
    prices: pd.DataFrame | None
    catalog_paths: tuple[str, ...]
    warnings: tuple[Message, ...]


BaseCatalog = Callable[[], tuple[pd.DataFrame, pd.DataFrame]]


def bundled_base() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The bundled devices and prices, the base a scenario's files merge over."""
    return load_bundled_frames()


def open_scenario(path: Path | str, state: AppState, base: BaseCatalog = bundled_base) -> Opened:
    """Read ``path`` and merge its catalog files; nothing in ``state`` changes yet."""
    scenario, warnings = read_scenario(path, state.currencies)
    folder = Path(path).resolve().parent
    problems: list[Message] = []
    resolved: list[str] = []
    for number, ref in enumerate(scenario.catalogs):
        file = Path(ref.path).expanduser()
        file = file if file.is_absolute() else folder / file
        if not file.is_file():
            problems.append(
                Message("catalogs[{number}].path: file not found: {file}", number=number, file=file)
            )
            continue
        if ref.sha256 and file_sha256(file) != ref.sha256:
            warnings.append(
                Message(
                    "catalogs[{number}].path: {file} has changed since the scenario was saved",
                    number=number,
                    file=file,
                )
            )
        resolved.append(str(file))
    if problems:
        raise ScenarioError(str(path), problems)
    devices = prices = None
    if tuple(resolved) != tuple(state.extra_files):
        devices, prices = base()
        for file in resolved:
            try:
                merged = merge_user_file(file, devices, prices)
            except CatalogError as error:
                problem = Message("catalogs: {summary}", summary=error.summary(10))
                raise ScenarioError(str(path), [problem]) from None
            devices, prices = merged.devices, merged.prices
    known = set(devices["id"] if devices is not None else state.catalog["id"])
    for label, ids in (
        ("selection.devices", scenario.selected),
        ("compare.devices", scenario.compare),
    ):
        missing = [i for i in ids if i not in known]
        if missing:
            warnings.append(
                Message(
                    "{label}: not in the catalog, left out: {ids}",
                    label=label,
                    ids=", ".join(missing),
                )
            )
    return Opened(scenario, devices, prices, tuple(resolved), tuple(warnings))


def apply_scenario(state: AppState, opened: Opened) -> None:
    """Put an opened scenario into ``state`` (catalog first, then every choice)."""
    scenario = opened.scenario
    if opened.devices is not None:
        state.replace_catalog(opened.devices, opened.catalog_paths, opened.prices)
    state.set_price_policy(scenario.policy)
    state.set_precision(scenario.precision)
    state.set_currency(scenario.currency)
    state.set_filters(scenario.filters)
    if scenario.columns:
        state.set_visible_columns(scenario.columns)
    known = set(state.catalog["id"])
    selected = [i for i in scenario.selected if i in known]
    current = scenario.current if scenario.current in known else None
    state.set_selection(selected, current)
    state.set_compare([i for i in scenario.compare if i in known], scenario.baseline)
    state.update_chart(**chart_to_data(scenario.chart))
    state.update_training(**scenario.training.to_data())
    state.update_inference(**scenario.inference.to_data())
