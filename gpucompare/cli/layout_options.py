"""``cost`` options for the parallel layout: pin sizes, pick the network, explain the choice."""

from __future__ import annotations

import argparse

import pandas as pd

from gpucompare.core.training import presets

SIZE_OPTIONS: tuple[tuple[str, str], ...] = (
    ("--tp", "tensor-parallel size"),
    ("--pp", "pipeline-parallel size"),
    ("--dp", "data-parallel size (needs --count = TP × PP × DP)"),
    ("--ep", "expert-parallel size (mixture of experts; divides DP)"),
)


def add_layout_options(cost: argparse.ArgumentParser) -> None:
    """Add --layout, --tp/--pp/--dp/--ep, --network, --node-size, --global-batch, --explain."""
    group = cost.add_argument_group(
        "parallel layout",
        "By default each device gets the fastest layout that fits memory and splits the "
        "global batch; pin any size to fix it.",
    )
    group.add_argument(
        "--layout",
        metavar="TPxPPxDP",
        help="pin a layout, e.g. 8x4x16 (TP × PP × DP), 8x4 or 8x4x16x2 (× EP)",
    )
    for option, text in SIZE_OPTIONS:
        group.add_argument(option, metavar="N", help=f"pin the {text}")
    networks = presets("network")
    group.add_argument(
        "--network",
        choices=[p.key for p in networks],
        help="scale-out network between nodes (default "
        f"{next(p.key for p in networks if p.default)}); see docs/methodology.md",
    )
    group.add_argument(
        "--node-size",
        metavar="N",
        help="devices per node: tensor parallelism stays within a node, and owned devices "
        "are bought in whole nodes (default 8)",
    )
    group.add_argument(
        "--global-batch",
        metavar="TOKENS",
        help="global batch in tokens, e.g. 4M (default 4M, grown to a sequence per node)",
    )
    group.add_argument(
        "--explain",
        action="store_true",
        help="with --all: each device's layout and effective-MFU breakdown",
    )


def layout_fields(args: argparse.Namespace) -> dict[str, str]:
    """The form's layout fields from the options (empty text: searched or default)."""
    return {
        "layout": args.layout or "",
        "tp": args.tp or "",
        "pp": args.pp or "",
        "dp": args.dp or "",
        "ep": args.ep or "",
        "network": args.network or "",
        "node_size": args.node_size or "",
        "global_batch": args.global_batch or "",
    }


def explain_ranking(results: pd.DataFrame, explanations: dict[str, str]) -> str:
    """The ``--explain`` section: one block per ranked device, in ranking order."""
    if not explanations:
        return ""
    lines = ["", "Layouts and effective MFU:"]
    for device in results["device"]:
        lines.append(f"  {device}: {explanations[device]}")
    return "\n".join(lines) + "\n"
