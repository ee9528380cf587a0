"""Serving on a device that lacks a figure: every bound that does not need it is still given.

Prefill is bounded by compute, decode by memory bandwidth; the fit by memory. A device
without a bandwidth figure keeps its prefill bound, one without a memory figure keeps
all its bounds (those of a model that fits), its fit unknown.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from made_up_device import device

from gpucompare.core.inference import InferenceInputs, preset, size
from gpucompare.core.inference.explain import explain

WORKLOAD = replace(
    InferenceInputs(preset("llama-3.1-8b")), input_tokens=1000, output_tokens=200, batch=4
)
BOUNDS = (
    "decode_tokens_per_s_per_sequence",
    "decode_tokens_per_s_total",
    "prefill_tokens_per_s",
    "ttft_s",
    "tpot_s",
    "requests_per_s",
    "usd_per_million_tokens",
    "usd_per_million_input_tokens",
    "usd_per_million_output_tokens",
)


def _lines(result):
    return {e.key: e.formula for e in explain(result)}


def test_no_bandwidth_keeps_the_compute_bound_prefill():
    full = size(WORKLOAD, device())
    result = size(WORKLOAD, device(memory_bandwidth_gbps=np.nan))
    assert full.ttft_s > 5 * full.weights_read_gb / 2000  # prefill is compute-bound here
    assert result.prefill_tokens_per_s == pytest.approx(full.prefill_tokens_per_s)
    assert result.ttft_s == pytest.approx(full.ttft_s)
    assert result.usd_per_million_input_tokens == pytest.approx(full.usd_per_million_input_tokens)
    assert result.fits is True
    for key in ("decode_tokens_per_s_per_sequence", "tpot_s", "requests_per_s"):
        assert getattr(result, key) is None, key
    # A workload is mostly decode: without a bandwidth it has no bound, and no cost.
    assert result.usd_per_million_tokens is None
    assert result.bound is None
    assert any("prefill bound is its compute term alone" in note for note in result.notes)
    assert _lines(result)["decode_tokens_per_s_per_sequence"] == (
        "no bound: no memory-bandwidth figure"
    )


def test_no_memory_figure_keeps_every_bound_of_a_model_that_fits():
    full = size(WORKLOAD, device())
    result = size(WORKLOAD, device(memory_gb=np.nan))
    assert result.fits is None
    assert result.min_devices is None
    for key in BOUNDS:
        assert getattr(result, key) == pytest.approx(getattr(full, key)), key
    assert result.bound == full.bound == "memory"
    assert any("the throughput bounds are those of a model that fits" in n for n in result.notes)
    lines = _lines(result)
    assert lines["decode_tokens_per_s_per_sequence"].startswith("step ≥ max(")
    assert "tokens/s" in lines["prefill_tokens_per_s"]


def test_no_memory_figure_still_finds_the_batch_meeting_latency_targets():
    targets = replace(WORKLOAD, ttft_target_s=1.0, tpot_target_s=0.02)
    roomy = size(targets, device(memory_gb=1e6))  # no memory limit either
    result = size(targets, device(memory_gb=np.nan))
    assert result.latency_batch == roomy.latency_batch > 1
    assert result.latency_bound == roomy.latency_bound != "memory"
    assert result.tpot_s == pytest.approx(roomy.tpot_s)


def test_a_missing_figure_is_said_as_not_published_or_not_entered():
    entered = size(WORKLOAD, device(memory_gb=np.nan))
    assert entered.notes[0] == (
        "no memory figure entered in the catalog yet; cannot tell whether it fits, and the "
        "throughput bounds are those of a model that fits."
    )
    listed = size(
        WORKLOAD,
        device(memory_bandwidth_gbps=np.nan, not_published="fp8_tflops memory_bandwidth_gbps"),
    )
    assert (
        "no memory-bandwidth figure: not published (memory_bandwidth_gbps in not_published); "
        "no decode bound, and the prefill bound is its compute term alone."
    ) in listed.notes
