"""``report``: a scenario file to a decision brief (PDF or self-contained HTML).

The brief is drawn with Qt (charts, PDF writer), which this package never imports: the
launcher hands in the renderer (``args.render_brief``), as it does the desktop app.
The scenario is read and checked here first, so a bad file fails fast and clearly.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from gpucompare.cli.errors import UsageError
from gpucompare.core.scenario import ScenarioError, read_scenario

LANGUAGES = ("en", "zh_CN")
FORMATS = (".pdf", ".html", ".htm")
BriefRenderer = Callable[[str, str, str], list[str]]


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``report`` command to the parser."""
    report = commands.add_parser(
        "report",
        help="write a scenario's decision brief as PDF or HTML (no window needed)",
        description="Write the decision brief of a scenario file (*.gpucompare.json): the "
        "compared devices side by side, the charts, the training and inference results with "
        "their formulas and assumptions, and every source URL. Runs headless.",
    )
    report.add_argument("scenario", metavar="SCENARIO", help="a *.gpucompare.json file")
    report.add_argument(
        "-o", "--output", required=True, metavar="BRIEF", help="brief.pdf or brief.html"
    )
    report.add_argument(
        "--language", choices=LANGUAGES, default="en", help="language of the brief (default en)"
    )
    report.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check the scenario, then have the renderer write the brief; 1 for a refused file."""
    if Path(args.output).suffix.lower() not in FORMATS:
        raise UsageError(f"--output must end in .pdf or .html, got {args.output!r}")
    render: BriefRenderer | None = getattr(args, "render_brief", None)
    if render is None:
        raise UsageError("the report command runs from the 'gpucompare' command")
    started = time.perf_counter()
    try:
        read_scenario(args.scenario)
        warnings = render(args.scenario, args.output, args.language)
    except ScenarioError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    took = time.perf_counter() - started
    print(f"wrote {args.output} in {took:.1f} s", file=sys.stderr)
    return 0
