"""The layout part of the training form: pinned sizes, network, node size and batch.

``layout`` (``8x4x16``) and the single sizes ``tp``, ``pp``, ``dp``, ``ep`` are two ways to
pin; an empty text leaves that size to the search. Errors name the form field.
"""

from __future__ import annotations

from gpucompare.core.forms import TrainingForm
from gpucompare.core.issues import InputError
from gpucompare.core.messages import Message
from gpucompare.core.quantities import parse_count
from gpucompare.core.training.layout import DIMENSIONS, LayoutInputs, parse_layout
from gpucompare.core.training.presets import default

AUTO_WORDS = frozenset({"", "auto", "search"})


def _whole(text: str, field: str) -> int:
    stripped = text.strip()
    if not stripped.isdigit() or int(stripped) < 1:
        raise InputError(
            field, Message("must be a whole number of 1 or more, got {value}", value=repr(stripped))
        )
    return int(stripped)


def _sizes(form: TrainingForm) -> dict[str, int]:
    """The pinned sizes, from ``layout`` or from the single fields, not both."""
    single = {name: getattr(form, name).strip() for name in DIMENSIONS}
    given = {name: text for name, text in single.items() if text}
    if form.layout.strip().lower() not in AUTO_WORDS:
        if given:
            raise InputError(
                "layout", Message("give a layout or single sizes (TP, PP, DP, EP), not both")
            )
        return parse_layout(form.layout, "layout")
    return {name: _whole(text, name) for name, text in given.items()}


def parse_layout_form(form: TrainingForm) -> LayoutInputs:
    """Validated :class:`LayoutInputs` from the form's layout fields."""
    network = form.network.strip().lower() or None
    node_size = _whole(form.node_size, "node_size") if form.node_size.strip() else None
    batch = parse_count(form.global_batch, "global_batch") if form.global_batch.strip() else None
    layout = LayoutInputs(
        **_sizes(form),
        network=network or default("network").key,
        node_size=node_size or int(default("node_size").value),
        global_batch_tokens=batch,
    )
    layout.validate()
    return layout
