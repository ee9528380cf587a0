"""Parallel layouts: the search, the communication model, recomputation and the batch check."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from gpucompare.core.catalog.loading import load_catalog
from gpucompare.core.issues import InputError
from gpucompare.core.training import TrainingInputs, estimate, explain, rank
from gpucompare.core.training.communication import Workload, step_times
from gpucompare.core.training.inputs import MemoryInputs
from gpucompare.core.training.layout import LayoutInputs, parse_layout
from gpucompare.core.training.network import links
from gpucompare.core.training.shape import architecture

H100 = "nvidia-h100-sxm5-80gb"
RTX_4090 = "nvidia-geforce-rtx-4090"
# A made-up device: H100-like figures, with or without a device-to-device link.
NVLINK = {"id": "nv", "name": "NV", "bf16_tflops": 1000.0, "memory_gb": 80.0}
NVLINK = {**NVLINK, "interconnect_gbps": 900.0, "cloud_usd_per_hour": 2.0}
PCIE = {**NVLINK, "id": "pcie", "name": "PCIe", "interconnect_gbps": np.nan}


@pytest.fixture(scope="module")
def catalog() -> pd.DataFrame:
    return load_catalog().set_index("id", drop=False)


def _sizes(result) -> list[int]:
    return [int(part.replace(",", "")) for part in result.layout.split("×")]


def test_search_keeps_tensor_parallelism_within_a_node():
    inputs = TrainingInputs(params=70e9, tokens=2e12, devices=512)
    tp = _sizes(estimate(inputs, NVLINK))[0]
    assert 1 < tp <= 8  # a 70B model wants TP, and the default node holds 8
    small_nodes = replace(inputs, layout=LayoutInputs(node_size=4))
    assert _sizes(estimate(small_nodes, NVLINK))[0] <= 4


def test_bubble_is_p_minus_1_over_m():
    inputs = TrainingInputs(params=7e9, tokens=1e12, devices=32)
    work = Workload.from_inputs(inputs, architecture(7e9))
    tp, pp, dp, ep = (np.array([[value]], dtype=float) for value in (1, 4, 8, 1))
    link = links(np.array([900.0]), "ib-ndr")
    times = step_times(work, (tp, pp, dp, ep), np.array([[400e12]]), link)
    micro = times.micro_batches[0, 0]
    assert micro == 2048 // 8  # 4M tokens / 2,048 = 2,048 sequences over 8 ranks
    busy = times.compute + times.recompute + times.tensor + times.expert
    assert times.bubble[0, 0] / busy[0, 0] == pytest.approx(3 / micro)


def test_tensor_parallelism_over_pcie_is_much_slower_than_over_nvlink():
    inputs = TrainingInputs(params=70e9, tokens=2e12, devices=64, layout=LayoutInputs(tp=8))
    nvlink, pcie = estimate(inputs, NVLINK), estimate(inputs, PCIE)
    assert nvlink.step_shares["tensor"] > 0
    # the same all-reduces at 31.5 GB/s (PCIe 4.0 x16) instead of 450 GB/s each way
    nv_time = nvlink.step_shares["tensor"] / nvlink.step_shares["compute"]
    pcie_time = pcie.step_shares["tensor"] / pcie.step_shares["compute"]
    assert pcie_time / nv_time == pytest.approx(450 / 31.5, rel=1e-6)
    assert pcie.effective_mfu < nvlink.effective_mfu
    assert any("PCIe 4.0 x16" in text for text in pcie.warnings)
    assert "PCIe 4.0 x16" in explain(pcie)["layout"]


def test_batch_check_rejects_a_layout_that_cannot_split_the_batch():
    # 4,096 devices of plain data parallelism need 4,096 sequences; 1M tokens at 2,048
    # are 512.
    inputs = TrainingInputs(
        params=1e9,
        tokens=1e11,
        devices=4096,
        layout=LayoutInputs(tp=1, pp=1, global_batch_tokens=2**20),
    )
    with pytest.raises(InputError) as raised:
        estimate(inputs, NVLINK)
    assert raised.value.field == "layout"
    assert "512 sequences" in raised.value.message
    # searched, the layout uses TP × PP to bring DP down to what the batch allows
    searched = estimate(replace(inputs, layout=LayoutInputs(global_batch_tokens=2**20)), NVLINK)
    tp, pp, dp = _sizes(searched)[:3]
    assert dp * searched.micro_batches <= 512
    assert tp * pp >= 8


def test_pinned_layout_is_honoured():
    inputs = TrainingInputs(params=13e9, tokens=1e12, devices=64, layout=LayoutInputs(tp=2, pp=4))
    result = estimate(inputs, NVLINK)
    assert result.layout == "2×4×8"
    assert "pinned" in explain(result)["layout"]
    with pytest.raises(InputError) as raised:
        estimate(replace(inputs, layout=LayoutInputs(tp=3)), NVLINK)
    assert raised.value.field == "layout"
    with pytest.raises(InputError, match="count is 64"):
        estimate(replace(inputs, layout=LayoutInputs(tp=2, pp=4, dp=4)), NVLINK)


def test_memory_per_device_shrinks_with_tensor_and_pipeline_parallelism():
    base = TrainingInputs(params=13e9, tokens=1e12, devices=64)

    def memory(**sizes: int) -> float:
        return estimate(replace(base, layout=LayoutInputs(**sizes)), NVLINK).memory_per_device_gb

    plain = memory(tp=1, pp=1)
    assert memory(tp=8, pp=1) < plain / 4  # states and activations both divide by TP
    assert memory(tp=1, pp=8) < plain / 2  # ZeRO-1's unsplit states divide by PP


def test_full_recomputation_costs_a_third_more_compute():
    alone = LayoutInputs(tp=1, pp=1, communication=False)
    selective = TrainingInputs(params=7e9, tokens=1e12, devices=8, layout=alone)
    full = replace(selective, memory=MemoryInputs(recompute="full"))
    a, b = estimate(selective, NVLINK), estimate(full, NVLINK)
    assert b.wall_clock_hours == pytest.approx(a.wall_clock_hours * 4 / 3)
    assert b.effective_mfu == pytest.approx(a.mfu * 3 / 4)  # HFU stays at the MFU preset
    assert b.memory_per_device_gb < a.memory_per_device_gb


def test_parse_layout_names_the_option():
    assert parse_layout("8x4x16") == {"tp": 8, "pp": 4, "dp": 16}
    assert parse_layout("8×1×2×2") == {"tp": 8, "pp": 1, "dp": 2, "ep": 2}
    for bad in ("8", "8x", "8x0", "axb", "1x2x3x4x5"):
        with pytest.raises(InputError) as raised:
            parse_layout(bad, "layout")
        assert raised.value.field == "layout"


def test_70b_in_30_days_prefers_h100_over_thousands_of_pcie_cards(catalog):
    inputs = TrainingInputs(params=70e9, tokens=2e12, target_days=30)
    order = list(rank(inputs, catalog.reset_index(drop=True)).results["device"])
    assert order.index(H100) < order.index(RTX_4090)
    h100, rtx = estimate(inputs, catalog.loc[H100]), estimate(inputs, catalog.loc[RTX_4090])
    assert rtx.devices > 5 * h100.devices
    assert rtx.total_cost_usd > 2 * h100.total_cost_usd
    # why: the 4090's TP all-reduces cross PCIe and its pipeline idles
    assert rtx.effective_mfu < 0.6 * h100.effective_mfu
    assert rtx.step_shares["tensor"] > 3 * h100.step_shares["tensor"]
    assert "PCIe" in explain(rtx)["layout"]


def test_ranking_agrees_with_estimate_on_layout_and_effective_mfu(catalog):
    inputs = TrainingInputs(params=70e9, tokens=2e12, target_days=30)
    results = rank(inputs, catalog.reset_index(drop=True)).results.set_index("device")
    for device in (H100, RTX_4090, "google-tpu-v5p"):
        single = estimate(inputs, catalog.loc[device])
        assert results.loc[device, "layout"] == single.layout
        assert results.loc[device, "effective_mfu"] == single.effective_mfu
        assert sum(single.step_shares.values()) == pytest.approx(1.0)
