"""The decision brief in English and Chinese: PDF pages and text, HTML tables, images, links."""

from __future__ import annotations

import base64
import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from gpucompare.core.catalog.compare import compare
from gpucompare.ui.i18n import CHINESE, ENGLISH, set_language
from gpucompare.ui.report.document import brief_format, html_bytes, pdf_bytes, write_brief

CHOSEN = ["acme-a100", "acme-h100", "bolt-r4090"]


@pytest.fixture
def briefed(window):
    state = window.state
    state.set_compare(CHOSEN, "acme-a100")
    state.update_training(params="7B", tokens="140B", count="64", device="acme-h100")
    state.update_inference(model="llama-3.1-8b", batch="4")
    yield state
    set_language(ENGLISH)


def _pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), unicodedata.normalize("NFKC", text)  # CJK radicals as characters


def test_pdf_brief_in_english_has_every_section(briefed):
    data = pdf_bytes(briefed, "Pick a GPU")
    assert data.startswith(b"%PDF")
    pages, text = _pdf_text(data)
    assert pages >= 3
    flat = " ".join(text.split())
    for expected in (
        "Pick a GPU",
        "The devices side by side",
        "Charts",
        "Training cost",
        "Inference",
        "Sources",
        "Acme H100",
        "Bolt R4090",
        "MFU",
        "https://acme.example/h100",
    ):
        assert expected in flat, expected


def test_pdf_brief_in_chinese(briefed):
    set_language(CHINESE)
    pages, text = _pdf_text(pdf_bytes(briefed))
    flat = "".join(text.split())
    assert pages >= 3
    for expected in ("决策简报", "训练成本", "推理", "来源", "AcmeH100"):
        assert expected in flat, expected


def test_html_brief_is_self_contained_with_tables_images_and_links(briefed):
    html = html_bytes(briefed, "Pick a GPU")
    assert html.startswith("<!DOCTYPE html>")
    assert 'lang="en"' in html
    assert html.count("<table") >= 3  # compare, training, inference
    images = re.findall(r'<img src="data:image/png;base64,([^"]+)"', html)
    assert len(images) == 4  # scatter, ranking, trend, compared bars
    assert all(base64.b64decode(image).startswith(b"\x89PNG") for image in images)
    assert 'src="http' not in html
    assert "<script" not in html.lower()
    links = re.findall(r'href="([^"]+)"', html)
    assert "https://acme.example/h100" in links
    assert all(link.startswith(("http://", "https://")) for link in links)


def test_html_marks_the_best_value_of_each_row(briefed):
    html = html_bytes(briefed)
    comparison = compare(briefed.view, CHOSEN, "acme-a100")
    best_cells = html.count('class="num best"')
    assert best_cells == int(
        comparison.best.loc[comparison.values.notna().any(axis=1)].to_numpy().sum()
    )
    assert "★" in html


def test_a_device_without_a_price_is_listed_with_why_its_cost_is_unknown(briefed):
    briefed.set_compare([*CHOSEN, "tera-t5"])
    briefed.update_training(pricing="owned")
    html = html_bytes(briefed)
    results = html[html.index("Results, cheapest first") :]
    row = results[results.index("Tera T5") :]
    assert row[: row.index("</tr>")].count("no launch price in the catalog") == 1


def test_html_brief_in_chinese_has_the_language_set(briefed):
    set_language(CHINESE)
    html = html_bytes(briefed)
    assert 'lang="zh-CN"' in html
    assert "决策简报" in html


def test_write_brief_picks_the_format_by_suffix(briefed, tmp_path):
    write_brief(tmp_path / "b.html", briefed)
    assert (tmp_path / "b.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(ValueError, match=r"\.pdf or \.html"):
        brief_format("b.docx")


def test_a_brief_with_nothing_chosen_or_bad_inputs_still_writes(window):
    state = window.state
    html = html_bytes(state)
    assert "No devices are chosen." in html
    assert "nothing to compare" in html
    state.set_selection(["acme-a100"])
    state.update_training(params="lots")
    html = html_bytes(state)
    assert "The training inputs are incomplete: params:" in html
    assert "Acme A100" in html


def test_owned_brief_states_the_finance_terms_and_host_power(briefed):
    briefed.update_training(
        pricing="owned", cost_of_capital="8%", node_size="4", resale="0.25", host_overhead="0.5"
    )
    html = html_bytes(briefed)
    assert "Host power: 0.5 × device power" in html
    assert "cost of capital 8% a year; whole nodes of 4; colocation 184.1 USD/kW-month" in html
    assert "resale 25%" in html
    briefed.update_training(pricing="cloud", host_overhead="")
    html = html_bytes(briefed)
    assert "Host power: by node class (DGX system power)" in html
    assert "Ownership:" not in html
