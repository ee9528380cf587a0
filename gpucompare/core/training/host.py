"""Host power: what a node draws besides its accelerators (CPUs, memory, NICs, fans).

Per node class, the node's maximum system power (the vendor's user guide) over the
power of the devices it holds, from ``resources/data/node_power.csv``:

    host fraction = system power / devices per node / device power − 1

A device of no listed node class gets the ``host/node`` preset's ratio (the DGX H100's).
Energy then counts device power × (1 + host fraction).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from gpucompare import paths
from gpucompare.core.training.presets import default


@dataclass(frozen=True)
class NodeClass:
    """A node design with its published maximum system power."""

    node: str
    devices: tuple[str, ...]
    devices_per_node: int
    system_max_w: float
    source: str
    note: str


def node_file() -> Path:
    """The bundled node power file."""
    return paths.resource("data", "node_power.csv")


@cache
def node_classes() -> tuple[NodeClass, ...]:
    """Every node class in the bundled file."""
    rows = csv.DictReader(io.StringIO(node_file().read_text(encoding="utf-8")))
    return tuple(
        NodeClass(
            node=row["node"],
            devices=tuple(row["devices"].split()),
            devices_per_node=int(row["devices_per_node"]),
            system_max_w=float(row["system_max_w"]),
            source=row["source"],
            note=row["note"],
        )
        for row in rows
    )


def node_class(device: str) -> NodeClass | None:
    """The node class a device id belongs to, if one is listed."""
    return next((node for node in node_classes() if device in node.devices), None)


def host_fractions(
    ids: pd.Series, power_w: np.ndarray, override: float | None = None
) -> np.ndarray:
    """Host power as a fraction of device power, per device (``override`` for all)."""
    if override is not None:
        return np.full(len(power_w), float(override))
    share = np.full(len(power_w), np.nan)
    per_device = {
        device: node.system_max_w / node.devices_per_node
        for node in node_classes()
        for device in node.devices
    }
    # One pass over the ids (a merged catalog may hold 100,000), then the few that match.
    listed = np.flatnonzero(ids.isin(list(per_device)).to_numpy(dtype=bool))
    share[listed] = [per_device[device] for device in ids.iloc[listed]]
    with np.errstate(divide="ignore", invalid="ignore"):
        by_node = np.maximum(share / power_w - 1.0, 0.0)
    known = (share > 0) & (power_w > 0)
    return np.where(known, by_node, default("host").value)
