"""The explanation of a result's parallel layout and its effective-MFU breakdown."""

from __future__ import annotations

from gpucompare.core.messages import Message
from gpucompare.core.training.network import OWN_LINK_NETWORKS
from gpucompare.core.training.presets import default, find
from gpucompare.core.training.results import TrainingResult

PART_LABELS: dict[str, Message] = {
    "compute": Message("compute"),
    "recompute": Message("recomputation"),
    "tensor": Message("TP all-reduces"),
    "expert": Message("EP all-to-alls"),
    "bubble": Message("pipeline bubble"),
    "data_exposed": Message("DP sync not hidden"),
}


def layout_sizes(text: str) -> tuple[int, int, int, int]:
    """(TP, PP, DP, EP) from a result's ``8×4×16`` layout text."""
    sizes = [int(part.replace(",", "")) for part in text.split("×")]
    return sizes[0], sizes[1], sizes[2], sizes[3] if len(sizes) > 3 else 1


def _links(result: TrainingResult) -> Message:
    network = find("network", result.inputs.layout.network, "network")
    own = result.interconnect_gbps
    link = (
        Message(
            "{half} GB/s each way (the catalog's {own} GB/s, both ways)",
            half=f"{own / 2:g}",
            own=f"{own:g}",
        )
        if own
        else Message(
            "{value} GB/s each way ({label})",
            value=f"{default('link').value:g}",
            label=default("link").label,
        )
    )
    if network.key in OWN_LINK_NETWORKS:
        scale_out = Message("the same link")
    else:
        scale_out = Message("{value} GB/s per device each way", value=f"{network.value:g}")
    return Message(
        "in-node link {link}; network {network}: {scale_out}",
        link=link,
        network=network.label,
        scale_out=scale_out,
    )


def explain_layout(result: TrainingResult) -> Message:
    """Which layout, why, and the links it runs over."""
    layout = result.inputs.layout
    tp, pp, dp, ep = layout_sizes(result.layout)
    memory = result.inputs.memory
    return Message(
        "TP {tp} × PP {pp} × DP {dp} × EP {ep} (experts split inside DP) ({how}); node of "
        "{node}; global batch {batch} sequences = DP {dp} × micro-batch {micro} × m = {m} "
        "micro-batches of {length} tokens; {links}"
        if ep > 1
        else "TP {tp} × PP {pp} × DP {dp} ({how}); node of {node}; global batch {batch} "
        "sequences = DP {dp} × micro-batch {micro} × m = {m} micro-batches of {length} tokens; "
        "{links}",
        tp=f"{tp:,}",
        pp=f"{pp:,}",
        dp=f"{dp:,}",
        ep=f"{ep:,}",
        how=Message("pinned")
        if layout.pinned
        else Message("searched: the fastest that fits memory and the batch"),
        node=f"{layout.node_size:,}",
        batch=f"{result.micro_batches * dp * memory.micro_batch:,}",
        micro=f"{memory.micro_batch:,}",
        m=f"{result.micro_batches:,}",
        length=f"{memory.sequence_length:,}",
        links=_links(result),
    )


def _step_parts(shares: dict[str, float]) -> Message | str:
    """``compute 89.0%, TP all-reduces 6.0%, …``: every part above 0.05% of the step."""
    parts = [
        Message("{part} {share}", part=PART_LABELS[name], share=f"{share:.1%}")
        for name, share in shares.items()
        if share > 0.0005
    ]
    if not parts:
        return ""
    listed: Message = parts[-1]
    for part in reversed(parts[:-1]):
        listed = Message("{first}, {rest}", first=part, rest=listed)
    return listed


def explain_effective_mfu(result: TrainingResult) -> Message:
    """MFU_eff = MFU × the compute share of a step, with every part of the step."""
    shares = result.step_shares
    pp = layout_sizes(result.layout)[1]
    return Message(
        "MFU_eff = MFU × compute share = {mfu} × {compute} = {effective}; a step is {parts}; "
        "bubble (PP − 1)/m = {stages}/{m} of the busy time"
        if pp > 1
        else "MFU_eff = MFU × compute share = {mfu} × {compute} = {effective}; a step is {parts}",
        mfu=f"{result.mfu:.3g}",
        compute=f"{shares['compute']:.1%}",
        effective=f"{result.effective_mfu:.3g}",
        parts=_step_parts(shares),
        stages=f"{pp - 1:,}",
        m=f"{result.micro_batches:,}",
    )
