"""Which empty cells are "not published" (n/p) and which are merely not entered yet."""

from __future__ import annotations

import pandas as pd

from gpucompare.core.catalog.fields import build_view
from gpucompare.core.catalog.loading import load_catalog_file
from gpucompare.core.catalog.metrics import METRICS
from gpucompare.core.catalog.published import (
    METRIC_INPUTS,
    missing_inputs,
    not_published_mask,
    tokens_of,
)


def _view(small_catalog_path, precision):
    frame = load_catalog_file(small_catalog_path, strict=True)
    listed = {"acme-a100": "fp8_tflops fp4_tflops", "tera-t5": "purchase_price power_w"}
    frame["not_published"] = frame["id"].map(listed).astype("string")
    return build_view(frame, precision).set_index("id", drop=False)


def test_every_metric_names_its_inputs():
    assert set(METRIC_INPUTS) == {metric.id for metric in METRICS}


def test_tokens_follow_the_precision_and_the_price_columns():
    assert tokens_of("peak_tflops", "FP8") == ("fp8_tflops",)
    assert tokens_of("tflops_per_kusd", "BF16") == ("bf16_tflops", "purchase_price")
    assert tokens_of("cloud_provider", "BF16") == ("cloud_price",)
    assert tokens_of("memory_gb", "BF16") == ("memory_gb",)


def test_mask_marks_only_empty_cells_whose_input_is_listed(small_catalog_path):
    view = _view(small_catalog_path, "FP8")
    fields = ["peak_tflops", "fp8_tflops", "tflops_per_w", "launch_price_usd", "power_w"]
    masks = pd.DataFrame(not_published_mask(view, fields, "FP8"), index=view.index)
    assert masks.loc["acme-a100", ["peak_tflops", "fp8_tflops", "tflops_per_w"]].all()
    assert not masks.loc["sino-n910"].any()  # empty FP8, yet nobody said it is unpublished
    assert masks.loc["tera-t5", "launch_price_usd"]
    assert masks.loc["tera-t5", "tflops_per_w"] == pd.isna(view.loc["tera-t5", "tflops_per_w"])
    assert masks.to_numpy().sum() == 6
    at_bf16 = not_published_mask(_view(small_catalog_path, "BF16"), ["peak_tflops"], "BF16")
    assert not at_bf16["peak_tflops"].any()  # the A100's BF16 figure is published


def test_missing_inputs_of_one_row(small_catalog_path):
    view = _view(small_catalog_path, "FP8")
    assert missing_inputs(view.loc["acme-a100"], "tflops_per_kusd", "FP8") == ("fp8_tflops",)
    assert missing_inputs(view.loc["acme-h100"], "tflops_per_kusd", "FP8") == ()
    assert missing_inputs(view.loc["tera-t5"], "launch_price_usd", "FP8") == ("purchase_price",)
