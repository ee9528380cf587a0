"""``gpucompare`` command line: the GUI by default, and list/show/validate/stats/cost/serve.

Exit codes: 0 success, 1 data error, 2 usage error. Errors go to stderr as one clear
message, never a traceback. Non-GUI commands never import Qt, and this package never
imports the UI: the launcher (:mod:`gpucompare.launcher`) hands in how to start it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from gpucompare import __version__
from gpucompare.cli.errors import UsageError

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors raise :class:`UsageError` instead of exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


# Which module registers each command: a run imports only its own command's module.
COMMAND_MODULES = {
    "list": "catalog_commands",
    "show": "catalog_commands",
    "validate": "catalog_commands",
    "cost": "cost_command",
    "serve": "serve_command",
    "stats": "stats_command",
    "report": "report_command",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or only ``command``'s part of it when it is a known command."""
    names = (COMMAND_MODULES[command],) if command in COMMAND_MODULES else COMMAND_MODULES.values()
    modules = [importlib.import_module(f"gpucompare.cli.{name}") for name in dict.fromkeys(names)]
    parser = _Parser(
        prog="gpucompare",
        description="Compare AI accelerators and price training runs. "
        "Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"gpucompare {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    gui = commands.add_parser("gui", help="start the desktop app (the default)")
    gui.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="EXTRA.csv",
        help="merge a catalog file over the bundled one (repeatable)",
    )
    gui.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    gui.add_argument("--tour", metavar="FOLDER", help=argparse.SUPPRESS)
    gui.add_argument("--scenario", metavar="FILE.gpucompare.json", help="open a scenario file")
    for module in modules:
        module.register(commands)
    return parser


GuiStarter = Callable[[argparse.Namespace], int]


def main(
    argv: Sequence[str] | None = None,
    start_gui: GuiStarter | None = None,
    render_brief: Callable[[str, str, str], list[str]] | None = None,
) -> int:
    """Run the command line; return the exit code.

    ``start_gui`` starts the desktop app for the ``gui`` command (and for no command);
    ``render_brief`` writes a brief for ``report``. Without them those print a usage error.
    A lone ``*.gpucompare.json`` argument opens that scenario in the app.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) == 1:
        from gpucompare.core.scenario import is_scenario_path

        if is_scenario_path(arguments[0]):
            arguments = ["gui", "--scenario", arguments[0]]
    try:
        parser = build_parser(arguments[0] if arguments else None)
        args = parser.parse_args(arguments)
        if args.command in (None, "gui"):
            if start_gui is None:
                raise UsageError("the desktop app starts from the 'gpucompare' command")
            return start_gui(args)
        args.render_brief = render_brief
        return int(args.handler(args))
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        return _report_data_error(error)


def _report_data_error(error: Exception) -> int:
    from gpucompare.core.atomic import WriteError
    from gpucompare.core.issues import CatalogError, InputError

    if isinstance(error, CatalogError):
        count = len(error.issues)
        print(f"error: {count} problem{'s' if count != 1 else ''} in the catalog:", file=sys.stderr)
        print(error.summary(limit=200), file=sys.stderr)
        return EXIT_DATA
    if isinstance(error, InputError):
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(error, WriteError):
        print(f"error: {error}", file=sys.stderr)
        return EXIT_DATA
    if isinstance(error, BrokenPipeError):
        return EXIT_OK
    raise error
