"""Scenario files (``*.gpucompare.json``): a whole comparison, saved and reopened.

A scenario holds the filters, precision, currency, price policy, selected and compared
devices, chart settings, both calculator forms and the user catalog files (by path,
with a SHA-256 so a changed file is noticed). This module holds the schema, saving and
strict reading; :mod:`gpucompare.core.scenario_open` merges a read scenario's catalog
files and applies it, all or nothing. A scenario is data only; nothing in it is ever
executed.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gpucompare import __version__
from gpucompare.core.atomic import atomic_write_text
from gpucompare.core.catalog.filters import Filters
from gpucompare.core.catalog.price_policy import PricePolicy
from gpucompare.core.catalog.schema import PRECISION_COLUMNS
from gpucompare.core.forms import InferenceForm, TrainingForm, upgrade_training_data
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message
from gpucompare.core.persistence import (
    chart_from_data,
    chart_to_data,
    filters_from_data,
    filters_to_data,
)
from gpucompare.core.scenario_checks import (
    Findings,
    check_section,
    check_text,
    check_text_list,
    kind_of,
)
from gpucompare.core.state import AppState, ChartSettings

FORMAT = "gpucompare-scenario"
VERSION = 1
SUFFIX = ".gpucompare.json"
MAX_BYTES = 1_000_000
MAX_CATALOGS = 20
TOP_KEYS = (
    "format",
    "version",
    "app_version",
    "saved_at",
    "title",
    "precision",
    "currency",
    "price_policy",
    "filters",
    "columns",
    "selection",
    "compare",
    "chart",
    "training",
    "inference",
    "catalogs",
)


class ScenarioError(Exception):
    """A scenario file was refused; ``problems`` names each wrong field."""

    def __init__(self, path: str, problems: list[Message]) -> None:
        self.path = path
        self.problems = problems
        lines = "\n".join(problems[:30])
        more = f"\n... and {len(problems) - 30} more" if len(problems) > 30 else ""
        super().__init__(f"{path}: cannot open this scenario:\n{lines}{more}")


@dataclass(frozen=True)
class CatalogRef:
    """A user catalog file the scenario merges, and its SHA-256 when saved."""

    path: str
    sha256: str


@dataclass(frozen=True)
class Scenario:
    """Everything a scenario file restores."""

    title: str = ""
    precision: str = "BF16"
    currency: str = "USD"
    policy: PricePolicy = field(default_factory=PricePolicy)
    filters: Filters = field(default_factory=Filters)
    columns: tuple[str, ...] = ()
    selected: tuple[str, ...] = ()
    current: str | None = None
    compare: tuple[str, ...] = ()
    baseline: str | None = None
    chart: ChartSettings = field(default_factory=ChartSettings)
    training: TrainingForm = field(default_factory=TrainingForm)
    inference: InferenceForm = field(default_factory=InferenceForm)
    catalogs: tuple[CatalogRef, ...] = ()
    saved_at: str = ""
    app_version: str = ""


def file_sha256(path: Path | str) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# Saving ---------------------------------------------------------------------------------
def scenario_data(state: AppState, title: str = "", folder: Path | None = None) -> dict[str, Any]:
    """The state as scenario data; catalog paths relative to ``folder`` when inside it."""
    catalogs = []
    for path in state.extra_files:
        try:
            digest = file_sha256(path)
        except OSError:
            digest = ""
        catalogs.append({"path": _portable(Path(path), folder), "sha256": digest})
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "saved_at": _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat(),
        "title": title,
        "precision": state.precision,
        "currency": state.currency.code,
        "price_policy": {
            "purchase": state.price_policy.purchase,
            "cloud": state.price_policy.cloud,
        },
        "filters": filters_to_data(state.filters),
        "columns": list(state.visible_columns),
        "selection": {"devices": list(state.selected_ids), "current": state.current_id},
        "compare": {"devices": list(state.compare_ids), "baseline": state.compare_baseline},
        "chart": chart_to_data(state.chart),
        "training": state.training_form.to_data(),
        "inference": state.inference_form.to_data(),
        "catalogs": catalogs,
    }


def _portable(path: Path, folder: Path | None) -> str:
    absolute = path.resolve()
    if folder is not None:
        try:
            return absolute.relative_to(folder.resolve()).as_posix()
        except ValueError:
            pass
    return str(absolute)


def save_scenario(path: Path | str, state: AppState, title: str = "") -> None:
    """Write the state to ``path`` atomically (WriteError names the file on failure)."""
    target = Path(path)
    data = scenario_data(state, title, target.parent)
    atomic_write_text(target, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


# Reading ----------------------------------------------------------------------------------
def read_scenario(path: Path | str, currencies: Any = None) -> tuple[Scenario, list[Message]]:
    """Read and check a scenario file; ScenarioError lists every wrong field."""
    name = str(path)
    try:
        with open(path, "rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise ScenarioError(
            name, [Message("file: {error}", error=str(error.strerror or error))]
        ) from None
    if len(raw) > MAX_BYTES:
        raise ScenarioError(
            name,
            [Message("file: larger than {limit} bytes; not a scenario", limit=f"{MAX_BYTES:,}")],
        )
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise ScenarioError(name, [Message("file: not UTF-8 text")]) from None
    except (ValueError, RecursionError) as error:
        raise ScenarioError(
            name, [Message("file: not valid JSON ({error})", error=str(error))]
        ) from None
    return parse_scenario(data, name, currencies)


def _no_constant(word: str) -> float:
    raise ValueError(f"{word} is not a number JSON allows")


def parse_scenario(
    data: object, name: str = "scenario", currencies: Any = None
) -> tuple[Scenario, list[Message]]:
    """A :class:`Scenario` from parsed JSON, and the warnings; ScenarioError otherwise."""
    found = Findings()
    if not isinstance(data, dict):
        raise ScenarioError(
            name, [Message("file: expected a JSON object, got {value}", value=kind_of(data))]
        )
    if data.get("format") != FORMAT:
        raise ScenarioError(
            name,
            [
                Message(
                    "format: expected {format}; this is not a scenario file", format=repr(FORMAT)
                )
            ],
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ScenarioError(
            name,
            [Message("version: expected a whole number ≥ 1, got {value}", value=repr(version))],
        )
    if version > VERSION:
        found.warn(
            "version",
            Message(
                "written by a newer gpucompare (scenario version {version}, this one reads "
                "{reads}); settings it does not know are listed here and not restored",
                version=version,
                reads=VERSION,
            ),
        )
    for key in data:
        if key not in TOP_KEYS:
            found.warn(key, Message("not known to this version of gpucompare; ignored"))
    scenario = _build(data, found, currencies)
    if found.errors:
        raise ScenarioError(name, found.errors)
    return scenario, found.warnings


def _build(data: dict[str, Any], found: Findings, currencies: Any) -> Scenario:
    default = Scenario()
    values: dict[str, Any] = {}
    for key in ("title", "saved_at", "app_version"):
        if key in data and check_text(data[key], key, found):
            values[key] = data[key]
    if "precision" in data and check_text(data["precision"], "precision", found):
        if data["precision"].upper() in PRECISION_COLUMNS:
            values["precision"] = data["precision"].upper()
        else:
            found.error(
                "precision",
                Message(
                    "{value} is not one of {choices}",
                    value=f"{data['precision']!r}",
                    choices=_list(PRECISION_COLUMNS),
                ),
            )
    if "currency" in data and check_text(data["currency"], "currency", found):
        code = data["currency"].upper()
        if currencies is not None and code not in currencies:
            found.error(
                "currency",
                Message(
                    "{value} is not one of {choices}",
                    value=f"{data['currency']!r}",
                    choices=_list(currencies),
                ),
            )
        else:
            values["currency"] = code
    values.update(_sections(data, found))
    values.update(_devices(data, found))
    if "columns" in data and check_text_list(data["columns"], "columns", found):
        values["columns"] = tuple(data["columns"])
    if "catalogs" in data:
        values["catalogs"] = _catalog_refs(data["catalogs"], found)
    return default if found.errors else Scenario(**values)


def _list(items: Any) -> str:
    return ", ".join(str(i) for i in items)


def _sections(data: dict[str, Any], found: Findings) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if "price_policy" in data:
        policy = data["price_policy"]
        template = {"purchase": "", "cloud": ""}
        if check_section(policy, template, "price_policy", found, lambda d: d):
            try:
                chosen = {k: v for k, v in policy.items() if k in template}
                values["policy"] = PricePolicy(**chosen)
            except InputError as error:
                key = "purchase" if error.field == "purchase_policy" else "cloud"
                found.error(f"price_policy.{key}", error.message)
    sections: dict[str, tuple[str, Callable[[Any], Any], Callable[[Any], dict[str, Any]]]] = {
        "filters": ("filters", filters_from_data, filters_to_data),
        "chart": ("chart", chart_from_data, chart_to_data),
        "training": ("training", TrainingForm.from_data, lambda form: form.to_data()),
        "inference": ("inference", InferenceForm.from_data, lambda form: form.to_data()),
    }
    training = data.get("training")
    if isinstance(training, dict) and isinstance(training.get("recompute"), bool):
        data = {**data, "training": upgrade_training_data(training)}
        found.warn(
            "training.recompute",
            f"true/false from an older version, read as {data['training']['recompute']!r}",
        )
    for key, (attribute, read, write) in sections.items():
        if key not in data:
            continue
        template = write(read({}))
        if check_section(data[key], template, key, found, lambda d, r=read, w=write: w(r(d))):
            values[attribute] = read(data[key])
    return values


def _optional_id(value: object, path: str, found: Findings) -> str | None:
    if value is None:
        return None
    return value if check_text(value, path, found) else None


def _devices(data: dict[str, Any], found: Findings) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, ids_key, one_key, one_name in (
        ("selection", "selected", "current", "current"),
        ("compare", "compare", "baseline", "baseline"),
    ):
        if key not in data:
            continue
        section = data[key]
        if not isinstance(section, dict):
            found.error(key, Message("expected an object, got {value}", value=kind_of(section)))
            continue
        for extra in set(section) - {"devices", one_name}:
            found.warn(
                f"{key}.{extra}", Message("not known to this version of gpucompare; ignored")
            )
        limit = 6 if key == "compare" else 1000
        if check_text_list(section.get("devices", []), f"{key}.devices", found, limit):
            values[ids_key] = tuple(section.get("devices", []))
        values[one_key] = _optional_id(section.get(one_name), f"{key}.{one_name}", found)
    return values


def _catalog_refs(value: object, found: Findings) -> tuple[CatalogRef, ...]:
    if not isinstance(value, list):
        found.error("catalogs", Message("expected a list, got {value}", value=kind_of(value)))
        return ()
    if len(value) > MAX_CATALOGS:
        found.error(
            "catalogs",
            Message(
                "too many files ({count}, at most {max_catalogs})",
                count=len(value),
                max_catalogs=MAX_CATALOGS,
            ),
        )
        return ()
    refs = []
    for number, item in enumerate(value):
        path = f"catalogs[{number}]"
        if not isinstance(item, dict):
            found.error(
                path,
                Message(
                    "expected an object with path and sha256, got {value}", value=kind_of(item)
                ),
            )
            continue
        for extra in set(item) - {"path", "sha256"}:
            found.warn(
                f"{path}.{extra}", Message("not known to this version of gpucompare; ignored")
            )
        file_ok = check_text(item.get("path"), f"{path}.path", found)
        digest = item.get("sha256", "")
        if check_text(digest, f"{path}.sha256", found) and file_ok:
            if digest and (len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest)):
                found.error(f"{path}.sha256", Message("expected 64 lowercase hex digits"))
            else:
                refs.append(CatalogRef(item["path"], digest))
    return tuple(refs)


def is_scenario_path(argument: str) -> bool:
    """True for a command-line argument naming a scenario file."""
    return argument.lower().endswith(SUFFIX) and not argument.startswith("-")


def recent_paths(saved: object, limit: int = 8) -> list[str]:
    """The recent-scenarios list from settings: existing files, newest first."""
    if not isinstance(saved, list):
        return []
    paths = [p for p in dict.fromkeys(saved) if isinstance(p, str) and os.path.isfile(p)]
    return paths[:limit]
