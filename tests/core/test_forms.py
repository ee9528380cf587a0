"""The calculators' text forms parse like the CLI and survive odd saved data."""

from __future__ import annotations

import pytest

from gpucompare.core.currency import load_currencies
from gpucompare.core.inference.form import InferenceForm
from gpucompare.core.inference.form import parse_form as parse_inference
from gpucompare.core.issues import InputError
from gpucompare.core.training.form import TrainingForm, parse_form

USD, CNY = load_currencies()["USD"], load_currencies()["CNY"]


def test_default_training_form_is_valid_and_compute_optimal():
    inputs = parse_form(TrainingForm(), USD)
    assert inputs.params == 7e9
    assert inputs.compute_optimal
    assert inputs.training_tokens == 140e9
    assert inputs.devices == 8


def test_money_is_typed_in_the_display_currency():
    form = TrainingForm(price_per_hour=f"{7.1057 * 2:.6f}")
    assert parse_form(form, CNY).pricing.price_per_hour_usd == pytest.approx(2.0)


def test_flops_budget_wins_over_tokens_and_presets_by_name():
    inputs = parse_form(TrainingForm(flops="8.4e23", mfu="best", pue="hyperscale"), USD)
    assert inputs.flops == 8.4e23
    assert inputs.tokens is None
    assert inputs.mfu == pytest.approx(0.542)
    assert inputs.energy.pue == pytest.approx(1.1)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"params": "70X"}, "params"),
        ({"tokens": "", "flops": ""}, "tokens"),
        ({"count": "", "days": ""}, "devices"),
        ({"count": "2.5"}, "devices"),
        ({"mfu": "1.5"}, "mfu"),
        ({"mfu": "heroic"}, "mfu"),
        ({"pricing": "lease"}, "pricing"),
        ({"pricing": "owned", "utilization": "0"}, "utilization"),
        ({"carbon_intensity": "mars"}, "carbon_intensity"),
        ({"seq_len": "0"}, "seq_len"),
    ],
)
def test_bad_text_names_its_field(changes, field):
    with pytest.raises(InputError) as caught:
        parse_form(TrainingForm(**changes), USD)
    assert caught.value.field == field


def test_forms_from_saved_data_drop_wrong_types():
    form = TrainingForm.from_data({"params": "13B", "recompute": 3, "bogus": 1, "count": 8})
    assert form.params == "13B"
    assert form.recompute == "selective"  # default kept: 3 is not a choice
    assert form.count == "8"  # default kept: 8 is not text
    assert TrainingForm.from_data(None) == TrainingForm()
    assert InferenceForm.from_data({"model": "llama-2-7b", "batch": 3}).batch == "1"


def test_inference_form():
    inputs, max_count = parse_inference(InferenceForm(model="llama-3.1-70b", precision="fp8"))
    assert inputs.model.params == 70e9
    assert inputs.kv_precision == "BF16"
    assert max_count == 8
    custom, _ = parse_inference(InferenceForm(model="13B", layers="40", hidden="5120", heads="40"))
    assert custom.model.params == 13e9
    with pytest.raises(InputError) as caught:
        parse_inference(InferenceForm(model="llama-3.1-8b", layers="40"))
    assert caught.value.field == "model"


def test_old_true_false_recomputation_is_read_as_a_choice():
    assert TrainingForm.from_data({"recompute": True}).recompute == "full"
    assert TrainingForm.from_data({"recompute": False}).recompute == "none"
