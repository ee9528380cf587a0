"""The formula explanations and the data files' preset labels reach the Chinese UI in
Chinese, with the same numbers as in English."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtWidgets import QComboBox

from gpucompare.ui.i18n import CHINESE, ENGLISH, set_language
from gpucompare.ui.report.document import html_bytes

# Three English words in a row: a sentence left untranslated. Units (GB/s, kWh), formula
# symbols (MFU_eff, TP × PP), device and model names and URLs do not match it.
ENGLISH_RUN = re.compile(r"\b[a-z]{2,}(?:[ ,;:]+[a-z]{2,}){2,}\b")
# A number as the core formats it: 1,024 or 0.355 or 8.4e23 or 38-43%.
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?(?:e-?\d+)?")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _numbers(text: str) -> list[str]:
    return sorted(NUMBER.findall(text))


def _explained(window, panel, language: str) -> str:
    window.set_language(language)
    panel.explain_button.click()
    text = panel.last_explanation.text.toPlainText()
    panel.last_explanation.close()
    return text


def _check(window, panel) -> str:
    english = _explained(window, panel, ENGLISH)
    chinese = _explained(window, panel, CHINESE)
    window.set_language(ENGLISH)
    assert ENGLISH_RUN.search(english)  # the check below can see English
    assert not ENGLISH_RUN.findall(chinese), ENGLISH_RUN.findall(chinese)
    assert len(HAN.findall(chinese)) > 200
    assert _numbers(chinese) == _numbers(english)
    return chinese


TRAINING_CASES = {
    "cloud, a mixture of experts on a count": {
        "device": "acme-h100",
        "model": "mixtral-8x7b",
        "params": "",
        "count": "64",
        "days": "",
    },
    "owned, a target time, FP8 at a preset MFU": {
        "device": "acme-h100",
        "model": "",
        "params": "70B",
        "tokens": "2T",
        "count": "",
        "days": "60",
        "pricing": "owned",
        "precision": "FP8",
    },
    "no cloud price, no power figure, a fallback precision": {
        "device": "sino-n910",
        "model": "",
        "params": "7B",
        "precision": "BF16",
        "count": "8",
        "days": "",
    },
    "a FLOPs budget, a pinned layout and a typed MFU": {
        "device": "acme-a100",
        "model": "",
        "params": "13B",
        "tokens": "",
        "flops": "1e22",
        "count": "32",
        "layout": "2x2x8",
        "mfu": "0.35",
    },
}


@pytest.mark.parametrize("case", TRAINING_CASES)
def test_training_explanation_is_chinese_with_the_same_numbers(window, case):
    window.pages.setCurrentWidget(window.training_page)
    window.state.update_training(**TRAINING_CASES[case])
    panel = window.training
    assert panel.result is not None, panel.error_label.text()
    chinese = _check(window, panel)
    assert "训练计算量" in chinese  # the row labels are translated too


INFERENCE_CASES = {
    "a mixture of experts with a workload and latency targets": {
        "device": "acme-h100",
        "model": "mixtral-8x7b",
        "count": "2",
        "precision": "INT4",
        "input_tokens": "2000",
        "output_tokens": "300",
        "ttft_ms": "500",
        "tpot_ms": "40",
    },
    "a dense model that does not fit": {
        "device": "bolt-r4090",
        "model": "llama-3.1-70b",
        "count": "2",
        "precision": "BF16",
    },
    "a layer split on llama.cpp": {
        "device": "bolt-r4090",
        "model": "llama-3.1-8b",
        "count": "2",
        "precision": "Q4_K_M",
        "engine": "llama.cpp",
    },
}


@pytest.mark.parametrize("case", INFERENCE_CASES)
def test_inference_explanation_is_chinese_with_the_same_numbers(window, case):
    window.pages.setCurrentWidget(window.inference_page)
    window.state.update_inference(**INFERENCE_CASES[case])
    panel = window.inference
    assert panel.result is not None, panel.error_label.text()
    chinese = _check(window, panel)
    assert "权重" in chinese


def test_result_tooltips_show_the_chinese_formula(window):
    window.pages.setCurrentWidget(window.training_page)
    window.set_language(CHINESE)
    try:
        tooltip = window.training.results.values["wall_clock_hours"].toolTip()
        assert tooltip.startswith("T = C / (n × 峰值 × MFU_eff)"), tooltip
    finally:
        window.set_language(ENGLISH)


def _choices(chooser) -> list[str]:
    """What the drop-down shows: each label with its value."""
    return [chooser.popup_text(i) for i in range(chooser.count())]


def _tooltips(chooser) -> list[str]:
    return [chooser.itemData(i, 3) or "" for i in range(chooser.count())]  # 3: ToolTipRole


def test_preset_choices_are_chinese(window):
    window.pages.setCurrentWidget(window.training_page)
    form = window.training.form
    names = ("mfu_preset", "pue_preset", "carbon_intensity_preset")
    choosers = [form.findChild(QComboBox, f"field_{name}") for name in names]
    choosers.append(form.fields["network"])
    english = [text for chooser in choosers for text in _choices(chooser)]
    assert "Typical (Llama 3 405B: 38-43%) — 0.4" in english
    window.set_language(CHINESE)
    try:
        chinese = [text for chooser in choosers for text in _choices(chooser)]
        tips = [text for chooser in choosers for text in _tooltips(chooser)]
    finally:
        window.set_language(ENGLISH)
    assert "典型（Llama 3 405B：38-43%） — 0.4" in chinese
    assert "InfiniBand NDR（每台设备 400 Gb/s） — 50 GB/s" in chinese
    assert len(chinese) == len(english)
    assert all(HAN.search(text) for text in chinese), chinese
    assert [_numbers(text) for text in chinese] == [_numbers(text) for text in english]
    tips = [tip for tip in tips if tip]  # "Custom value" has none
    assert len(tips) == len(chinese) - 3
    assert all(HAN.search(tip) for tip in tips), tips
    assert not [tip for tip in tips if ENGLISH_RUN.search(tip.split("(https")[0])], tips


def _html_lines(markup: str) -> list[str]:
    """The text lines of an HTML page, without its style sheet and embedded images."""
    markup = re.sub(r"<style[^>]*>.*?</style>", "", markup, flags=re.DOTALL)
    markup = re.sub(r"data:[^\"']+", "", markup)
    return html.unescape(re.sub(r"<[^>]+>", "\n", markup)).splitlines()


def test_the_chinese_brief_has_its_formulas_and_price_policy_in_chinese(window):
    state = window.state
    state.set_compare(["acme-a100", "acme-h100", "bolt-r4090"], "acme-a100")
    state.update_training(params="7B", tokens="140B", count="64", device="acme-h100")
    state.update_inference(model="llama-3.1-8b", batch="4")
    english = _html_lines(html_bytes(state))
    assert any(line.startswith("T = C / (n × peak × MFU_eff)") for line in english)
    set_language(CHINESE)
    try:
        chinese = _html_lines(html_bytes(state))
    finally:
        set_language(ENGLISH)
    assert any(line.startswith("T = C / (n × 峰值 × MFU_eff)") for line in chinese)
    assert "价格：购买价：msrp-first；云价格：cheapest（按需）" in chinese
    assert not [line for line in chinese if ENGLISH_RUN.search(line)]
