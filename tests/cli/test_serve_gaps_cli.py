"""``gpucompare serve --device`` on a device that lacks a figure: the bounds it can give."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from gpucompare_process import run

SERVE = ("serve", "--model", "llama-3.1-8b", "--input-tokens", "1000", "--output-tokens", "200")


@pytest.fixture
def extra(small_catalog_path, tmp_path):
    """Acme H100 twice more: without a memory figure, and without a bandwidth figure."""
    frame = pd.read_csv(small_catalog_path, dtype=str, keep_default_na=False)
    h100 = frame[frame["id"] == "acme-h100"]
    no_memory = h100.assign(id="acme-h100-nomem", memory_gb="")
    no_bandwidth = h100.assign(id="acme-h100-nobw", memory_bandwidth_gbps="")
    path = tmp_path / "devices.csv"
    pd.concat([h100, no_memory, no_bandwidth]).to_csv(path, index=False)
    return path


def _record(extra, device):
    done = run(*SERVE, "--device", device, "--catalog", str(extra), "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_no_memory_figure_still_gives_the_bounds(extra):
    full, result = _record(extra, "acme-h100"), _record(extra, "acme-h100-nomem")
    assert result["fits"] is None
    for key in ("decode_tokens_per_s_per_sequence", "prefill_tokens_per_s", "requests_per_s"):
        assert result[key] == pytest.approx(full[key]), key
    assert result["explanations"]["decode_tokens_per_s_per_sequence"].startswith("step ≥ max(")
    assert any("bounds are those of a model that fits" in note for note in result["notes"])


def test_no_bandwidth_still_gives_the_prefill_bound(extra):
    full, result = _record(extra, "acme-h100"), _record(extra, "acme-h100-nobw")
    assert result["fits"] is True
    assert result["prefill_tokens_per_s"] == pytest.approx(full["prefill_tokens_per_s"])
    assert result["decode_tokens_per_s_per_sequence"] is None
    assert result["requests_per_s"] is None
    table = run(*SERVE, "--device", "acme-h100-nobw", "--catalog", str(extra))
    assert table.returncode == 0, table.stderr
    assert "no bound: no memory-bandwidth figure" in table.stdout
