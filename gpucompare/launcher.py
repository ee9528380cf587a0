"""The ``gpucompare`` entry point: the command line, and the desktop app when asked for.

It sits above both the CLI and the UI so that neither imports the other; Qt loads only
when the desktop app starts.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from gpucompare.cli.main import main as cli_main


def start_gui(args: argparse.Namespace) -> int:
    """Start the desktop app with the ``gui`` command's options.

    Without a display or the libraries Qt's platform needs, says so in one line and
    returns 1 instead of letting Qt abort.
    """
    from gpucompare.ui.preflight import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    # Start-up creates about a million objects that live as long as the app, and the cycle
    # collector would walk them over and over while they are made (~70 ms); run_app turns
    # it back on, with them frozen out of its way, once the window is up.
    gc.disable()
    from gpucompare.ui.app import run_app

    return run_app(
        extra_catalogs=getattr(args, "catalog", []),
        screenshot=getattr(args, "screenshot", None),
        tour=getattr(args, "tour", None),
        scenario=getattr(args, "scenario", None),
    )


def render_brief(scenario: str, output: str, language: str) -> list[str]:
    """Write the brief of ``scenario`` to ``output`` (the ``report`` command)."""
    from gpucompare.ui.report.headless import render_brief as render

    return render(scenario, output, language)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``gpucompare``; return the exit code."""
    return cli_main(argv, start_gui=start_gui, render_brief=render_brief)
