"""Safe CSV export: formulas neutralised, atomic writes, units in headers, optional BOM."""

from __future__ import annotations

import io
import os
import stat

import pandas as pd
import pytest

from gpucompare.core.atomic import WriteError, atomic_write_text
from gpucompare.core.catalog.export import neutralise, to_csv_text, write_csv


def test_formula_like_text_cells_are_neutralised():
    for risky in ("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(risky) == "'" + risky
    assert neutralise("A100") == "A100"


def test_numbers_stay_numbers_and_text_is_made_safe():
    frame = pd.DataFrame(
        {
            "name": pd.Series(['=HYPERLINK("x")', "H100", None], dtype="string"),
            "power_w": [-5.0, 700.0, float("nan")],
            "sparse": pd.Series([True, False, None], dtype="boolean"),
        }
    )
    text = to_csv_text(frame, ["name", "power_w", "sparsity"])
    back = pd.read_csv(io.StringIO(text))
    assert list(back.columns) == ["name", "power_w", "sparsity"]
    assert back["name"].tolist()[:2] == ['\'=HYPERLINK("x")', "H100"]
    assert back["power_w"].tolist()[:2] == [-5.0, 700.0]  # a number is not neutralised
    assert back["sparsity"].tolist()[:2] == ["yes", "no"]
    assert back.iloc[2].isna().all()  # unknown stays empty


def test_bom_option(tmp_path):
    frame = pd.DataFrame({"name": pd.Series(["昇腾 910B"], dtype="string")})
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    write_csv(plain, frame)
    write_csv(excel, frame, bom=True)
    assert plain.read_bytes().startswith(b"name\n")
    assert excel.read_bytes().startswith(b"\xef\xbb\xbfname\n")
    assert "昇腾 910B" in excel.read_text(encoding="utf-8-sig")


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    target.write_text("precious", encoding="utf-8")

    def explode(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", explode)
    with pytest.raises(WriteError, match="No space left on device"):
        atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_permission_denied_gives_a_clear_error(tmp_path, monkeypatch):
    import tempfile

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", deny)
    with pytest.raises(WriteError, match=r"cannot write .*x.csv: permission denied"):
        atomic_write_text(tmp_path / "x.csv", "data")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_folder_gives_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(WriteError, match="permission denied"):
            atomic_write_text(folder / "x.csv", "data")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_missing_folder_and_folder_target_are_named(tmp_path):
    with pytest.raises(WriteError, match="does not exist"):
        atomic_write_text(tmp_path / "nope" / "x.csv", "data")
    with pytest.raises(WriteError, match="it is a folder"):
        atomic_write_text(tmp_path, "data")


def test_new_file_gets_normal_permissions(tmp_path):
    target = tmp_path / "new.csv"
    atomic_write_text(target, "x")
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode & stat.S_IRUSR
    assert mode & stat.S_IWUSR
    assert target.read_text() == "x"
