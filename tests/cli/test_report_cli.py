"""``gpucompare report`` as a real subprocess, headless: PDF and HTML, errors, timing."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

EXAMPLE = (
    Path(__file__).parents[2] / "docs" / "examples" / "70b-training-and-serving.gpucompare.json"
)


def report(*arguments: str) -> tuple[subprocess.CompletedProcess[str], float]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("DISPLAY", None)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "gpucompare", "report", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=environment,
    )
    return done, time.perf_counter() - started


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_report_writes_a_pdf_of_the_six_device_example(tmp_path, language):
    assert len(json.loads(EXAMPLE.read_text(encoding="utf-8"))["compare"]["devices"]) == 6
    out = tmp_path / "brief.pdf"
    done, seconds = report(str(EXAMPLE), "-o", str(out), "--language", language)
    assert done.returncode == 0, done.stderr
    print(f"\ngpucompare report (6 devices, {language}, PDF): {seconds:.2f} s wall")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) >= 4
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "H100 SXM5 80GB" in text
    assert "https://" in text
    assert f"wrote {out}" in done.stderr


def test_report_writes_self_contained_html(tmp_path):
    out = tmp_path / "brief.html"
    done, seconds = report(str(EXAMPLE), "-o", str(out))
    assert done.returncode == 0, done.stderr
    print(f"\ngpucompare report (6 devices, en, HTML): {seconds:.2f} s wall")
    html = out.read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") == 4
    assert "70B model: train on 1,024 accelerators" in html


def test_a_bad_scenario_fails_with_the_field_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.gpucompare.json"
    bad.write_text(json.dumps({"format": "gpucompare-scenario", "version": 1, "currency": 5}))
    out = tmp_path / "brief.pdf"
    done, _ = report(str(bad), "-o", str(out))
    assert done.returncode == 1
    assert "currency: expected text, got a number" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_the_output_must_be_pdf_or_html(tmp_path):
    done, _ = report(str(EXAMPLE), "-o", str(tmp_path / "brief.docx"))
    assert done.returncode == 2
    assert "--output must end in .pdf or .html" in done.stderr


def test_a_lone_scenario_argument_opens_it_in_the_app():
    from gpucompare.cli.main import main

    seen = []
    code = main(["my.gpucompare.json"], start_gui=lambda args: seen.append(args.scenario) or 0)
    assert code == 0
    assert seen == ["my.gpucompare.json"]
