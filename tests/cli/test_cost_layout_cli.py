"""``gpucompare cost`` layout options: pinning, the network, ``--explain``, bad input."""

from __future__ import annotations

import json

import pytest
from gpucompare_process import run

A100 = "nvidia-a100-sxm4-80gb"
RUN = ("cost", "--params", "70B", "--tokens", "2T")


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (("--layout", "8xq"), "--layout: '8xq'"),
        (("--layout", "8"), "--layout: '8' is not a layout"),
        (("--layout", "8x4x3"), "--layout: TP × PP × DP = 96 devices, but the count is 64"),
        (("--tp", "two"), "--tp: must be a whole number"),
        (("--tp", "3"), "--layout: the pinned sizes multiply to 3"),
        (("--layout", "8x2", "--tp", "8"), "--layout: give a layout or single sizes"),
        (("--network", "carrier-pigeon"), "--network"),
        (("--node-size", "0"), "--node-size: must be a whole number"),
        (("--global-batch", "lots"), "--global-batch"),
        (("--recompute", "sometimes"), "--recompute"),
    ],
)
def test_bad_layout_options_name_the_option(extra, fragment):
    result = run(*RUN, "--device", A100, "--count", "64", *extra)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_pinned_layout_and_network_reach_the_result():
    result = run(
        *RUN,
        "--device",
        A100,
        "--count",
        "64",
        "--layout",
        "8x2x4",
        "--network",
        "roce-400g",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["layout"] == "8×2×4"
    assert 0 < record["effective_mfu"] < record["mfu"]


def test_explain_shows_each_devices_layout_and_breakdown():
    result = run(*RUN, "--days", "30", "--all", "--explain")
    assert result.returncode == 0, result.stderr
    assert "Layout (TP×PP×DP)" in result.stdout
    section = result.stdout.split("Layouts and effective MFU:")[1]
    rtx = section.split("nvidia-geforce-rtx-4090:")[1].split("\n  nvidia")[0]
    assert "PCIe 4.0 x16" in rtx
    assert "TP all-reduces" in rtx
    assert "MFU_eff = MFU × compute share" in rtx
