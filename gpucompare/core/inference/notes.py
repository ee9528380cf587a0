"""Plain-language notes on a sizing result: precision rules, missing figures, what a bound omits."""

from __future__ import annotations

from collections.abc import Mapping

from gpucompare.core.catalog.published import figure_gap
from gpucompare.core.formatting import format_number
from gpucompare.core.inference.arithmetic import experts_touched
from gpucompare.core.inference.formats import weight_format
from gpucompare.core.inference.result import InferenceResult
from gpucompare.core.messages import Message


def notes_for(result: InferenceResult, row: Mapping[str, object]) -> tuple[Message, ...]:
    """Every note that applies to ``result`` on the catalog ``row``, most important first.

    A missing memory or bandwidth figure is said as not published or not entered yet.
    """
    notes = [
        *_memory_notes(result, row),
        *_model_notes(result),
        *_precision_notes(result),
        *_engine_notes(result),
    ]
    if result.fits is not False and result.memory_bandwidth_gbps is None:
        gap = figure_gap(Message("no memory-bandwidth figure"), ["memory_bandwidth_gbps"], row)
        notes.append(
            Message(
                "{gap}; no decode bound, and the prefill bound is its compute term alone.",
                gap=gap,
            )
        )
    if result.fits is not False and result.decode_tokens_per_s_total is not None:
        if result.cloud_usd_per_hour is None:
            notes.append(
                Message("The catalog has no cloud price for this device: no cost per token.")
            )
        else:
            notes.append(
                Message(
                    "Cost per million tokens is a bound, not a forecast: it assumes every step "
                    "runs at its roofline bound with every device busy."
                )
            )
            if result.inputs.has_workload:
                notes.append(
                    Message(
                        "Input and output prices each cost their phase run on its own; the "
                        "cost per generated token lets prefill and decode overlap (chunked "
                        "prefill), so it can be less than their sum."
                    )
                )
    return tuple(notes)


def _memory_notes(result: InferenceResult, row: Mapping[str, object]) -> list[Message]:
    if result.fits is None:
        gap = figure_gap(Message("no memory figure"), ["memory_gb"], row)
        return [
            Message(
                "{gap}; cannot tell whether it fits, and the throughput bounds are those of "
                "a model that fits.",
                gap=gap,
            )
        ]
    if result.fits:
        return []
    needed = (
        Message("at least {n} devices are needed", n=f"{result.min_devices}")
        if result.min_devices is not None
        else Message(
            "no device count holds it (its replicated KV cache alone outgrows each device)"
        )
    )
    return [
        Message(
            "Does not fit: needs {total} GB (weights, KV cache and overhead) but {devices} × "
            "{memory} GiB = {capacity} GB is available; {needed}. No throughput bound is given.",
            total=format_number(result.total_gb),
            devices=f"{result.devices}",
            memory=format_number(result.memory_gb),
            capacity=format_number(result.capacity_gb),
            needed=needed,
        )
    ]


def _model_notes(result: InferenceResult) -> list[Message]:
    model = result.inputs.model
    notes = []
    if not model.kv_modelled:
        notes.append(
            Message(
                "KV cache not modelled: the model's layers and heads are unknown (give layers, "
                "hidden size and heads). Memory counts weights and overhead only, so the real "
                "need is larger."
            )
        )
    else:
        notes += _kv_notes(result)
    if model.routed:
        experts, chosen = model.experts, model.experts_per_token
        touched = experts_touched(experts, chosen, result.inputs.batch)  # type: ignore[arg-type]
        notes.append(
            Message(
                "Mixture of experts: all {params}B parameters are held in memory and a token "
                "uses {active}B. At batch {batch} each layer touches about {experts} × (1 − (1 − "
                "{chosen}/{experts})^{batch}) = {touched} of its {experts} experts (if tokens "
                "route evenly), so a decode step reads {read} GB of weights.",
                params=format_number(model.params / 1e9),
                active=format_number(model.params_per_token / 1e9),
                batch=f"{result.inputs.batch:,}",
                experts=f"{experts}",
                chosen=f"{chosen}",
                touched=format_number(touched),
                read=format_number(result.weights_read_gb),
            )
        )
    elif model.is_moe:
        notes.append(
            Message(
                "Mixture of experts: all {params}B parameters are held in memory, but a token "
                "uses {active}B. Without the expert count and experts per token, decode counts "
                "only those; at batches above 1 sequences route to different experts and read "
                "more weights, so the decode bound is optimistic.",
                params=format_number(model.params / 1e9),
                active=format_number(model.params_per_token / 1e9),
            )
        )
    return notes


def _kv_notes(result: InferenceResult) -> list[Message]:
    model = result.inputs.model
    engine = result.inputs.serving_engine
    devices = f"{result.devices}"
    notes = []
    if model.kv_latent_dim is not None:
        notes.append(
            Message(
                "Multi-head latent attention: the KV cache holds {latent} latent elements per "
                "token per layer, far less than the grouped-query formula 2 × KV heads × head "
                "size would give.",
                latent=f"{model.kv_latent_dim}",
            )
        )
        if result.devices > 1 and not engine.layer_split:
            notes.append(
                Message(
                    "The latent is one head: each of the {devices} tensor-parallel devices "
                    "holds all of it, so the KV cache is stored {devices} times.",
                    devices=devices,
                )
            )
    elif (
        model.kv_heads is not None
        and result.devices > 1
        and not engine.layer_split
        and model.kv_heads % result.devices
    ):
        notes.append(
            Message(
                "The {heads} KV heads do not split evenly over {devices} devices: each device "
                "holds ceil(KV heads / devices) of them, so some are replicated and the KV "
                "cache takes more memory in total.",
                heads=f"{model.kv_heads}",
                devices=devices,
            )
        )
    if model.sliding_window is not None:
        notes.append(
            Message(
                "Sliding-window attention: a sequence caches and attends to at most {window} "
                "tokens.",
                window=f"{model.sliding_window:,}",
            )
        )
    return notes


def _engine_notes(result: InferenceResult) -> list[Message]:
    engine = result.inputs.serving_engine
    devices = f"{result.devices}"
    notes = [
        Message(
            "{engine}: {rule} ({source}). Device memory is read as GiB (2³⁰ bytes), as "
            'vendors\' "GB" of HBM and GDDR are.',
            engine=engine.name,
            rule=engine.rule,
            source=engine.sources[0],
        )
    ]
    if result.devices > 1 and engine.layer_split:
        notes.append(
            Message(
                "Layers split over {devices} devices: one works at a time, so decode and "
                "prefill are bounded by one device's bandwidth and peak.",
                devices=devices,
            )
        )
    elif result.devices > 1:
        notes.append(
            Message(
                "Tensor parallel over {devices} devices: the bounds assume weights and KV "
                "cache split evenly and ignore communication between the devices.",
                devices=devices,
            )
        )
    return notes


def _precision_notes(result: InferenceResult) -> list[Message]:
    weights = result.inputs.weight_precision
    compute = result.compute_precision
    if compute is None:
        return [
            Message(
                "The catalog has no dense peak at any precision {weights} can compute in "
                "({choices}) for this device: no prefill bound, and decode is bounded by "
                "memory bandwidth alone.",
                weights=weights,
                choices=", ".join(weight_format(weights).compute),
            )
        ]
    fmt = weight_format(weights)
    if fmt.weight_only:
        return [
            Message(
                "{weights} weights ({bits} bits per weight with scales) are always weight-only: "
                "they are dequantised to {compute} for compute, so compute bounds use the "
                "{compute} peak.",
                weights=weights,
                bits=format_number(fmt.body_bits),
                compute=compute,
            )
        ]
    if result.weight_only:
        return [
            Message(
                "{weights} weights run weight-only on this device (dequantised to {compute}, "
                "its fastest path for them), so compute bounds use the {compute} peak. Memory "
                "and decode still gain from the smaller weights.",
                weights=weights,
                compute=compute,
            )
        ]
    if compute != weights:
        return [
            Message(
                "{weights} weights compute at {compute} on this device (its fastest path for "
                "them): compute bounds use its {compute} peak.",
                weights=weights,
                compute=compute,
            )
        ]
    return []
