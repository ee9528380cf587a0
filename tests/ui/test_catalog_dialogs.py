"""The catalog error dialog and "Remove my catalog files" as a new user meets them."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gpucompare.core.issues import CatalogError, Issue
from gpucompare.ui.dialogs.catalog_errors import CatalogErrorsDialog


def _open(monkeypatch, window, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.open_action.trigger()


def test_a_missing_sources_cell_shows_an_empty_value_not_the_row_id(window, data_dir, monkeypatch):
    _open(monkeypatch, window, data_dir / "malformed" / "no_source.csv")
    rows = [row for row in window.last_errors_dialog.rows() if row[1] == "sources"]
    assert rows
    assert all(value == "" for _, _, value, _ in rows), rows


def test_problem_count_uses_singular_and_plural(qtbot):
    one = CatalogErrorsDialog("a.csv", CatalogError([Issue("a.csv", "every row needs an id", 2)]))
    seven = CatalogErrorsDialog("a.csv", CatalogError([Issue("a.csv", "x", n) for n in range(7)]))
    qtbot.addWidget(one)
    qtbot.addWidget(seven)
    assert "1 problem found" in one.summary_text("a.csv", 1)
    assert "7 problems found" in seven.summary_text("a.csv", 7)
    assert "(s)" not in one.summary_text("a.csv", 1) + seven.summary_text("a.csv", 7)


def test_long_problems_wrap_instead_of_being_cut(qtbot):
    reason = "a very long explanation of what is wrong with this cell " * 4
    dialog = CatalogErrorsDialog("a.csv", CatalogError([Issue("a.csv", reason, 3, "memory_gb")]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.issues
    width = view.columnWidth(3)
    needed = view.fontMetrics().boundingRect(
        QRect(0, 0, width - 12, 10_000), Qt.TextFlag.TextWordWrap, reason.strip()
    )
    assert needed.height() > view.fontMetrics().height()  # it does need several lines
    assert view.rowHeight(0) >= needed.height()
    assert view.textElideMode() == Qt.TextElideMode.ElideNone


def test_remove_my_catalog_files_asks_first(window, tmp_path, monkeypatch):
    mine = tmp_path / "mine.csv"
    mine.write_text("id,name,vendor,kind,sources\nmy-npu,My NPU,Me,NPU,https://me.example\n")
    _open(monkeypatch, window, mine)
    state = window.state
    assert state.extra_files == (str(mine),)
    window.revert_action.trigger()
    box = window.last_message
    assert box.isVisible()
    assert str(mine) in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert state.extra_files == (str(mine),)
    window.revert_action.trigger()
    box = window.last_message
    accept = QMessageBox.ButtonRole.AcceptRole
    remove = next(b for b in box.buttons() if box.buttonRole(b) == accept)
    remove.click()
    assert state.extra_files == ()
    assert "my-npu" not in set(state.catalog["id"])


def test_problem_count_in_chinese(qtbot):
    from gpucompare.ui.i18n import CHINESE, ENGLISH, set_language

    set_language(CHINESE)
    try:
        dialog = CatalogErrorsDialog("a.csv", CatalogError([Issue("a.csv", "x", 2)]))
        qtbot.addWidget(dialog)
        assert "发现 1 个问题" in dialog.summary_text("a.csv", 1)
        assert "发现 7 个问题" in dialog.summary_text("a.csv", 7)
    finally:
        set_language(ENGLISH)
