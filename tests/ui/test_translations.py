"""Every GUI string has a finished zh_CN translation, and the language switches live."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from gpucompare import paths
from gpucompare.ui.i18n import CHINESE, ENGLISH, set_language

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = paths.resource("translations", "gpucompare_zh_CN.ts")
QM_FILE = paths.resource("translations", "gpucompare_zh_CN.qm")
PLACEHOLDER = re.compile(r"\{[^}]*\}")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    assert Path(found).exists(), f"{name} is part of PySide6-Essentials"
    return found


def _messages(ts_file: Path):
    tree = ElementTree.parse(ts_file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            yield name, message.findtext("source"), translation


def test_lupdate_finds_no_untranslated_string(tmp_path):
    scratch = tmp_path / "gpucompare_zh_CN.ts"
    shutil.copy(TS_FILE, scratch)
    sources = sorted(str(p) for p in (ROOT / "gpucompare" / "ui").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(scratch)], check=True, capture_output=True
    )
    missing = [
        f"{context}: {source!r}"
        for context, source, translation in _messages(scratch)
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]
    assert not missing, "untranslated GUI strings:\n" + "\n".join(missing)


def test_translations_keep_every_placeholder():
    for context, source, translation in _messages(TS_FILE):
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text or "")
        ), (
            context,
            source,
        )


def test_shipped_qm_is_compiled_from_the_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert QM_FILE.read_bytes() == fresh.read_bytes(), (
        "run pyside6-lrelease on the .ts and commit the .qm"
    )


@pytest.fixture
def chinese(window):
    window.set_language(CHINESE)
    yield window
    set_language(ENGLISH)


def test_language_switches_live(chinese):
    window = chinese
    assert window.file_menu.title() == "文件(&F)"
    assert window.view_menu.title().startswith("视图")
    assert window.pages.tabText(1) == "训练成本"
    assert window.tabs.tabText(0) == "散点图"
    model = window.table.model_
    headers = [model.headerData(c, 1) for c in range(model.columnCount())]
    assert "显存 (GB)" in headers
    assert window.training._captions["params"].text() == "参数量"
    assert window.inference._captions["model"].text() == "模型"
    kinds = {
        model.data(model.index(r, model.column_of("segment")))
        for r in range(model.rowCount())
        if model.column_of("segment") >= 0
    }
    assert not kinds or "datacenter" not in kinds
    window.set_language(ENGLISH)
    assert window.file_menu.title() == "&File"
    assert "Memory (GB)" in [model.headerData(c, 1) for c in range(model.columnCount())]
    assert window.training._captions["params"].text() == "Parameters"
    assert window.inference._captions["model"].text() == "Model"


def test_chinese_numbers_and_wan_yi(chinese):
    from PySide6.QtCore import QLocale

    from gpucompare.ui.formatting import format_money

    locale = QLocale()
    assert locale.language() == QLocale.Language.Chinese
    assert format_money(1_234_567.0, locale, True) == "123.5万"
    assert format_money(250_000_000.0, locale, True) == "2.5亿"
    assert format_money(1_234_567.0, locale, False) == "1,234,567"
    from gpucompare.ui.formatting import format_number

    assert format_number(1.93e-10, QLocale(QLocale.Language.German)) == "1,93e-10"
    assert format_number(0.000217, QLocale(QLocale.Language.German)) == "0,000217"
    state = chinese.state
    state.set_visible_columns(["name", "launch_price_usd"])
    state.set_currency("CNY")
    chinese.units_action.setChecked(True)
    model = chinese.table.model_
    row = [model.data(model.index(r, 0)) for r in range(model.rowCount())].index("Acme H100")
    shown = model.data(model.index(row, 1))
    assert shown == format_money(30000 * state.currency.per_usd, locale, True)
    assert shown.endswith("万")


def test_catalog_errors_dialog_speaks_chinese(chinese, data_dir, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    bad = data_dir / "malformed" / "negative_power.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    chinese.open_action.trigger()
    rows = chinese.last_errors_dialog.rows()
    assert ("3", "power_w", "-400", "不能为负数") in rows


def test_a_number_error_lists_its_examples_in_chinese(chinese):
    window = chinese
    window.pages.setCurrentWidget(window.training_page)
    window.state.update_training(params="abc")
    text = window.training.error_label.text()
    assert text.startswith("参数量")
    assert "7e9 或 7,000,000" in text
    assert " or " not in text


def test_chart_hidden_note_joins_its_reasons_the_chinese_way(chinese):
    window = chinese
    window.state.update_chart(x="launch_price_usd", y="peak_tflops")
    note = window.scatter.hidden_label.text()
    assert note.startswith("已隐藏")
    assert "，" in note
    assert ", " not in note
