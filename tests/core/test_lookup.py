"""Finding a device id from what a user types."""

from __future__ import annotations

from gpucompare.core.catalog.lookup import matching_ids, suggestions

IDS = ["nvidia-h100-sxm5-80gb", "nvidia-h100-pcie-80gb", "nvidia-h200-nvl-141gb", "nvidia-b100"]


def test_an_exact_id_wins():
    assert matching_ids(IDS, "nvidia-b100") == ["nvidia-b100"]


def test_whole_words_then_word_prefixes():
    assert matching_ids(IDS, "h100") == IDS[:2]
    assert matching_ids(IDS, "nvidia-h100") == IDS[:2]
    assert matching_ids(IDS, "h200-nvl") == ["nvidia-h200-nvl-141gb"]
    assert matching_ids(IDS, "h20") == ["nvidia-h200-nvl-141gb"]


def test_no_match_falls_back_to_close_spellings():
    assert matching_ids(IDS, "nvidia-b1000") == []
    assert suggestions(IDS, "nvidia-b1000")[0] == "nvidia-b100"
