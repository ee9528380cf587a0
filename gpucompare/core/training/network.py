"""Link bandwidths per device: the in-node link and the scale-out network, in bytes/s each way.

The in-node link is the catalog's ``interconnect_gbps`` (NVLink, Infinity Fabric, ICI,
…, a total of both directions, so halved), or PCIe 4.0 x16 where the catalog has no
figure. The scale-out network is a sourced preset per device (``layout_presets.csv``);
``nvlink-domain`` and ``tpu-ici`` use each device's own link instead. Collectives are
taken to run at the link's rated bandwidth: NCCL's bus bandwidth reaches it on
NVLink (nccl-tests, ``doc/PERFORMANCE.md``; docs/methodology.md has the figures).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gpucompare.core.training.presets import Preset, default, find

OWN_LINK_NETWORKS = frozenset({"nvlink-domain", "tpu-ici"})


@dataclass(frozen=True)
class Links:
    """Per device: in-node and scale-out bandwidth (bytes/s each way); PCIe assumed where True."""

    in_node: np.ndarray
    scale_out: np.ndarray
    assumed_pcie: np.ndarray
    network: Preset


def links(interconnect_gbps: np.ndarray, network: str) -> Links:
    """The two bandwidths of every device for the network preset called ``network``."""
    known = interconnect_gbps > 0
    pcie = default("link").value
    in_node = np.where(known, interconnect_gbps / 2.0, pcie) * 1e9
    preset = find("network", network, "network")
    if preset.key in OWN_LINK_NETWORKS:
        scale_out = in_node
    else:
        scale_out = np.full(len(in_node), preset.value * 1e9)
    return Links(in_node=in_node, scale_out=scale_out, assumed_pcie=~known, network=preset)
