"""Every label of the bundled data files (presets, networks, currencies) has a Chinese text."""

from __future__ import annotations

import csv
import re

from gpucompare import paths
from gpucompare.core.currency import load_currencies
from gpucompare.core.messages import DataLabel
from gpucompare.core.training.presets import presets
from gpucompare.ui.i18n import CHINESE, ENGLISH, set_language
from gpucompare.ui.labels.data_labels import LABELS, UNITS, data_label, preset_tooltip

HAN = re.compile(r"[\u4e00-\u9fff]")
PRESET_FILES = ("training_presets.csv", "layout_presets.csv")


def _rows(name: str) -> list[dict[str, str]]:
    text = paths.resource("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _bundled_labels() -> dict[tuple[str, str], str]:
    labels = {(r["kind"], r["key"]): r["label"] for f in PRESET_FILES for r in _rows(f)}
    labels |= {("currency", r["code"]): r["name"] for r in _rows("exchange_rates.csv")}
    return labels


def test_every_data_file_label_is_in_the_ui_table_in_the_same_words():
    bundled = _bundled_labels()
    assert len(bundled) > 40
    missing = {key: label for key, label in bundled.items() if LABELS.get(key) != label}
    assert not missing, "add to gpucompare/ui/labels/data_labels.py and translate:\n" + "\n".join(
        f"    {key}: {label!r}" for key, label in missing.items()
    )
    assert not set(LABELS) - set(bundled), "labels of rows the data files no longer have"
    units = {r["unit"] for f in PRESET_FILES for r in _rows(f)}
    assert units == set(UNITS)
    assert all(UNITS[unit] == unit for unit in units)


def test_every_data_file_label_reads_chinese(qapp):
    set_language(CHINESE)
    try:
        shown = {key: data_label(DataLabel(text, *key)) for key, text in LABELS.items()}
        tooltip = preset_tooltip(presets("carbon")[0])
    finally:
        set_language(ENGLISH)
    untranslated = [text for text in shown.values() if not HAN.search(text)]
    assert not untranslated, untranslated
    assert shown[("carbon", "china")] == "中国"
    assert shown[("currency", "CNY")] == "人民币"
    assert tooltip.startswith("全球平均（Ember）: 0.481 kg CO2/kWh, 2023 (https://")


def test_the_core_reads_labels_with_their_row():
    mfu = presets("mfu")[0]
    assert isinstance(mfu.label, DataLabel)
    assert (mfu.label.kind, mfu.label.key) == ("mfu", mfu.key)
    yuan = load_currencies()["CNY"].name
    assert (yuan, yuan.kind, yuan.key) == ("Chinese yuan", "currency", "CNY")


def test_a_label_the_table_does_not_know_stays_as_written(qapp):
    set_language(CHINESE)
    try:
        # A user's own rate file, or a bundled row reworded since: shown as written.
        assert data_label(DataLabel("Swiss franc", "currency", "CHF")) == "Swiss franc"
        assert data_label(DataLabel("Chinese renminbi", "currency", "CNY")) == "Chinese renminbi"
        assert data_label("China") == "China"  # plain text is never looked up
    finally:
        set_language(ENGLISH)
