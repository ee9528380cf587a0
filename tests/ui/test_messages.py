"""The core's sentences reach the Chinese UI in Chinese, with their values filled in."""

from __future__ import annotations

import ast
import copy
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from gpucompare.core.messages import Message
from gpucompare.ui.i18n import CHINESE, ENGLISH, set_language
from gpucompare.ui.labels.messages import TEMPLATES, message_text

CORE = Path(__file__).resolve().parents[2] / "gpucompare" / "core"
# Three English words in a row: a sentence the translation missed. Names (Acme H100),
# ids and units are capitalised, hyphenated or single words, so they do not match.
ENGLISH_RUN = re.compile(r"\b[a-z]{2,}(?:[ ,;:]+[a-z]{2,}){2,}\b")
# A lower-case word: a template with none (a formula such as "6 × {n}") needs no change.
WORD = re.compile(r"\b[a-z]{3,}\b")


def _core_templates() -> tuple[set[str], list[str]]:
    """Every template literal given to Message() in the core, and calls without one."""
    found: set[str] = set()
    not_literal: list[str] = []
    for path in CORE.rglob("*.py"):
        if path.name == "messages.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message"):
                continue
            first = node.args[0]
            options = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            for option in options:
                if isinstance(option, ast.Constant) and isinstance(option.value, str):
                    found.add(option.value)
                else:
                    not_literal.append(f"{path.name}:{node.lineno}")
    return found, not_literal


def test_every_core_message_has_a_template_in_the_ui_table():
    found, not_literal = _core_templates()
    assert not not_literal, f"Message() needs a literal template: {not_literal}"
    assert len(found) > 150  # the scan sees the core's messages
    missing = sorted(found - set(TEMPLATES))
    assert not missing, "add to gpucompare/ui/labels/messages.py:\n" + "\n".join(missing)
    assert not set(TEMPLATES) - found, "templates the core no longer writes"


def test_every_template_is_translated_with_the_same_placeholders(qapp):
    set_language(CHINESE)
    try:
        for template in TEMPLATES:
            values = dict.fromkeys(re.findall(r"{(\w+)}", template), "<x>")
            english, shown = template.format(**values), message_text(Message(template, **values))
            assert shown != english or not WORD.search(re.sub(r"{\w+}", "", template)), template
            assert shown.count("<x>") == english.count("<x>"), (template, shown)
            assert not ENGLISH_RUN.search(shown.replace("<x>", "")), (template, shown)
    finally:
        set_language(ENGLISH)


def test_a_message_is_english_text_that_keeps_its_template():
    note = Message("needs {n} devices", n="1,024")
    assert note == "needs 1,024 devices"
    assert isinstance(note, str)
    assert (note.template, note.args) == ("needs {n} devices", {"n": "1,024"})
    braces = Message("{value} is not an allowed value", value="{'a': 1}")
    copied = copy.deepcopy(braces)
    assert (copied, copied.template, copied.args) == (braces, braces.template, braces.args)


@pytest.fixture
def chinese(window):
    window.set_language(CHINESE)
    yield window
    window.set_language(ENGLISH)


def _english(texts: list[str]) -> list[str]:
    return [text for text in texts if ENGLISH_RUN.search(text)]


def test_training_notes_warnings_and_errors_are_chinese(chinese):
    window = chinese
    window.pages.setCurrentWidget(window.training_page)
    panel, state = window.training, window.state
    shown: list[str] = []
    # BF16 on a device with only an FP16 figure: the precision fallback warning.
    state.update_training(device="sino-n910", precision="BF16", params="70B", count="8")
    assert panel.result.precision_used == "FP16"
    shown.append(panel.notes_label.text())
    assert "没有 BF16 数据：按 FP16（该设备最佳训练精度）计价" in panel.notes_label.text()
    # FP4 is unproven; a mixture of experts; a device without a cloud price in the ranking.
    devices = state.devices.copy()
    devices.loc[devices["id"] == "acme-h100", "fp4_tflops"] = 3958.0
    state.replace_catalog(devices, state.extra_files)
    state.update_training(
        device="acme-h100", precision="FP4", model="mixtral-8x7b", params="", count="64"
    )
    assert panel.result.precision_used == "FP4"
    assert "FP4 训练尚未经验证" in panel.notes_label.text()
    shown.append(panel.notes_label.text())
    cost_notes = panel.ranking_view.model.column_values("cost_note")
    assert any("云价格" in str(note) for note in cost_notes)
    shown += [str(note) for note in cost_notes if note]
    shown += [reason for _, reason in panel.ranking_view.excluded_rows()]
    # A doubtful MFU and a bad device count: a warning and an error with their values.
    state.update_training(model="", params="70B", precision="BF16", mfu="0.9")
    assert "MFU 0.9 高于 0.7；" in panel.notes_label.text()
    shown.append(panel.notes_label.text())
    state.update_training(count="0")
    assert "必须是不小于 1 的整数（如 8、512 或 4k），而不是 '0'" in panel.error_label.text()
    shown.append(panel.error_label.text())
    assert not _english(shown), _english(shown)


def test_inference_notes_and_errors_are_chinese(chinese):
    window = chinese
    window.pages.setCurrentWidget(window.inference_page)
    panel, state = window.inference, window.state
    shown: list[str] = []
    state.update_inference(device="acme-h100", model="mixtral-8x7b", count="1", precision="FP8")
    notes = panel.notes_label.text()
    assert "混合专家：全部 46.7B 参数都驻留在显存中" in notes
    shown.append(notes)
    state.update_inference(device="bolt-r4090", model="llama-3.1-70b", count="2", precision="BF16")
    notes = panel.notes_label.text()
    assert "放不下：需要" in notes
    assert "但可用的只有 2 × 24 GiB = 51.54 GB；至少需要 7 台设备" in notes
    shown.append(notes)
    state.update_inference(device="tera-t5", model="llama-3.1-8b", count="1", precision="FP8")
    shown.append(panel.notes_label.text())
    state.update_inference(heads="7", model="70B", layers="80", hidden="8192")
    assert "必须能整除隐藏维度（8192），而这里是 7" in panel.error_label.text()
    shown.append(panel.error_label.text())
    assert not _english(shown), _english(shown)


@pytest.mark.parametrize(
    "name",
    [
        "negative_power",
        "duplicate_id",
        "bf16_fp16_apart",
        "implausible_bandwidth",
        "unknown_kind",
        "unknown_column",
        "gbk_encoded",
        "ragged_row",
        "not_published_unknown_token",
        "not_published_filled_column",
    ],
)
def test_catalog_errors_are_chinese(chinese, data_dir, monkeypatch, name):
    bad = data_dir / "malformed" / f"{name}.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    chinese.open_action.trigger()
    reasons = [row[3] for row in chinese.last_errors_dialog.rows()]
    assert reasons
    assert not _english(reasons), reasons
    if name == "duplicate_id":
        assert any(re.fullmatch(r"id 重复（首次出现在第 \d+ 行）", r) for r in reasons), reasons


def test_qt_own_texts_are_chinese(chinese):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
