"""Drop-downs show every choice whole, and a preset's value field leaves its chooser room."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from gpucompare.ui.i18n import CHINESE, ENGLISH
from gpucompare.ui.pages.calculator import ChoiceField

PRESETS = ("mfu", "pue", "carbon_intensity")


def _widest_text(combo: ChoiceField) -> int:
    metrics = combo.view().fontMetrics()
    return max(metrics.horizontalAdvance(combo.popup_text(i)) for i in range(combo.count()))


def test_every_choice_popup_is_wide_enough_for_its_longest_choice_in_both_languages(window):
    window.pages.setCurrentWidget(window.training_page)
    for language in (ENGLISH, CHINESE):
        window.set_language(language)
        try:
            fields = window.training.form.findChildren(ChoiceField)
            assert len(fields) >= 5
            for field in fields:
                assert field.view().minimumWidth() > _widest_text(field), (language, field.name)
        finally:
            window.set_language(ENGLISH)


def test_preset_value_fields_are_narrower_than_their_choosers(window, qtbot):
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.pages.setCurrentWidget(window.training_page)
    form = window.training.form
    for name in PRESETS:
        chooser = form.findChild(QComboBox, f"field_{name}_preset")
        value = form.fields[name]
        row = chooser.parentWidget()
        spacing = row.layout().spacing()
        assert value.width() <= value.maximumWidth() < 130, name
        assert value.width() >= value.fontMetrics().horizontalAdvance("0.000388"), name
        assert chooser.width() >= row.width() - value.width() - spacing - 1, name


def test_a_preset_box_shows_its_label_and_the_drop_down_adds_the_value(window):
    window.pages.setCurrentWidget(window.training_page)
    chooser = window.training.form.findChild(QComboBox, "field_mfu_preset")
    shown = chooser.currentText()
    assert shown == "Typical (Llama 3 405B: 38-43%)"  # the value is in the field beside it
    assert chooser.popup_text(chooser.currentIndex()) == f"{shown} — 0.4"
    option = QStyleOptionViewItem()
    chooser.view().itemDelegate().initStyleOption(option, chooser.model().index(1, 0))
    assert option.text == f"{shown} — 0.4"  # what the drop-down draws


def test_each_preset_value_field_shows_the_chosen_presets_value(window):
    from gpucompare.core.training import presets

    window.pages.setCurrentWidget(window.training_page)
    form = window.training.form
    for target, kind in (("mfu", "mfu"), ("pue", "pue"), ("carbon_intensity", "carbon")):
        default = next(p for p in presets(kind) if p.default)
        assert form.fields[target].placeholderText() == f"{default.value:g}", target
    other = next(p for p in presets("pue") if not p.default)
    window.state.update_training(pue=other.key)
    assert form.fields["pue"].placeholderText() == f"{other.value:g}"


def test_a_language_switch_keeps_the_chosen_presets_value_in_its_field(window):
    from gpucompare.core.training import presets

    window.pages.setCurrentWidget(window.training_page)
    form = window.training.form
    conservative = next(p for p in presets("mfu") if not p.default)
    window.state.update_training(mfu=conservative.key)
    window.set_language(CHINESE)
    try:
        chooser = form.findChild(QComboBox, "field_mfu_preset")
        assert chooser.currentData() == conservative.key
        assert form.fields["mfu"].placeholderText() == f"{conservative.value:g}"
    finally:
        window.set_language(ENGLISH)
    assert form.fields["mfu"].placeholderText() == f"{conservative.value:g}"
