"""The explanation of a result's parallel layout and its effective-MFU breakdown."""

from __future__ import annotations

from gpucompare.core.training.network import OWN_LINK_NETWORKS
from gpucompare.core.training.presets import default, find
from gpucompare.core.training.results import TrainingResult

PART_LABELS: dict[str, str] = {
    "compute": "compute",
    "recompute": "recomputation",
    "tensor": "TP all-reduces",
    "expert": "EP all-to-alls",
    "bubble": "pipeline bubble",
    "data_exposed": "DP sync not hidden",
}


def layout_sizes(text: str) -> tuple[int, int, int, int]:
    """(TP, PP, DP, EP) from a result's ``8×4×16`` layout text."""
    sizes = [int(part.replace(",", "")) for part in text.split("×")]
    return sizes[0], sizes[1], sizes[2], sizes[3] if len(sizes) > 3 else 1


def _links(result: TrainingResult) -> str:
    network = find("network", result.inputs.layout.network, "network")
    own = result.interconnect_gbps
    link = (
        f"{own / 2:g} GB/s each way (the catalog's {own:g} GB/s, both ways)"
        if own
        else f"{default('link').value:g} GB/s each way ({default('link').label})"
    )
    if network.key in OWN_LINK_NETWORKS:
        scale_out = "the same link"
    else:
        scale_out = f"{network.value:g} GB/s per device each way"
    return f"in-node link {link}; network {network.label}: {scale_out}"


def explain_layout(result: TrainingResult) -> str:
    """Which layout, why, and the links it runs over."""
    layout = result.inputs.layout
    tp, pp, dp, ep = layout_sizes(result.layout)
    memory = result.inputs.memory
    how = "pinned" if layout.pinned else "searched: the fastest that fits memory and the batch"
    experts = f" × EP {ep:,} (experts split inside DP)" if ep > 1 else ""
    batch = result.micro_batches * dp * memory.micro_batch
    return (
        f"TP {tp:,} × PP {pp:,} × DP {dp:,}{experts} ({how}); node of {layout.node_size:,}; "
        f"global batch {batch:,} sequences = DP {dp:,} × micro-batch {memory.micro_batch:,} × "
        f"m = {result.micro_batches:,} micro-batches of {memory.sequence_length:,} tokens; "
        f"{_links(result)}"
    )


def explain_effective_mfu(result: TrainingResult) -> str:
    """MFU_eff = MFU × the compute share of a step, with every part of the step."""
    shares = result.step_shares
    pp = layout_sizes(result.layout)[1]
    parts = ", ".join(
        f"{PART_LABELS[name]} {share:.1%}" for name, share in shares.items() if share > 0.0005
    )
    bubble = ""
    if pp > 1:
        bubble = f"; bubble (PP − 1)/m = {pp - 1:,}/{result.micro_batches:,} of the busy time"
    return (
        f"MFU_eff = MFU × compute share = {result.mfu:.3g} × {shares['compute']:.1%} = "
        f"{result.effective_mfu:.3g}; a step is {parts}{bubble}"
    )
