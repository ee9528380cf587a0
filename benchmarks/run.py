"""Run gpucompare's benchmark: one command, a table on stdout, JSON on request.

    python benchmarks/run.py [--quick] [--json OUT.json]

Everything runs headless (QT_QPA_PLATFORM=offscreen) with HOME and the config folders
pointed at a temporary folder, so the user's settings are never read or written.
``--quick`` uses small catalogs and few repeats: it checks that the benchmark works,
its numbers mean little.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path


def _isolate(home: Path) -> dict[str, str]:
    """Point this process (and its children) at ``home``, headless; return the environment."""
    from timing import child_environment

    env = child_environment(str(home))
    for key in ("QT_QPA_PLATFORM", "PYQTGRAPH_QT_LIB", "HOME", "XDG_CONFIG_HOME"):
        os.environ[key] = env[key]
    for key in ("XDG_CACHE_HOME", "XDG_DATA_HOME"):
        os.environ[key] = env[key]
    return env


def machine() -> dict[str, object]:
    """The machine and the software stack the numbers were measured on."""
    import numpy
    import pandas
    import pyqtgraph
    import PySide6

    cpu, memory_kb = "unknown", 0
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in cpuinfo.splitlines()
            if line.startswith("model name")
        )
        meminfo = Path("/proc/meminfo").read_text(encoding="utf-8")
        memory_kb = int(
            next(line for line in meminfo.splitlines() if "MemTotal" in line).split()[1]
        )
    except (OSError, StopIteration, ValueError):
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gib": round(memory_kb / 1024**2, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "pandas": pandas.__version__,
        "numpy": numpy.__version__,
        "pyqtgraph": pyqtgraph.__version__,
    }


def machine_line(info: dict[str, object]) -> str:
    return (
        f"{info['cpus']} CPUs ({info['cpu_model']}), {info['memory_gib']} GiB RAM, "
        f"{info['platform']}; Python {info['python']}, PySide6 {info['pyside6']}, "
        f"pandas {info['pandas']}, numpy {info['numpy']}, pyqtgraph {info['pyqtgraph']}"
    )


WITHOUT_FILES = ("cold start", "gpucompare list")  # measurements that need no big file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, few repeats")
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    parser.add_argument(
        "--only",
        metavar="TITLE",
        action="append",
        help="run only the measurement(s) whose title starts with TITLE (e.g. 'cold start')",
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="gpucompare-bench-") as folder:
        workdir = Path(folder)
        env = _isolate(workdir / "home")
        (workdir / "home").mkdir()

        from layouts import LAYOUT_MEASUREMENTS
        from measurements import FULL, MEASUREMENTS, QUICK, Bench
        from results import baselines_legend, markdown_table, notes
        from synthetic import write_synthetic_catalog

        config = QUICK if args.quick else FULL
        bench = Bench(config, workdir, env)
        chosen = [
            (title, measure)
            for title, measure in MEASUREMENTS + LAYOUT_MEASUREMENTS
            if not args.only or any(title.startswith(o) for o in args.only)
        ]
        if not chosen:
            parser.error(
                "--only matches no measurement; titles: "
                + ", ".join(t for t, _ in MEASUREMENTS + LAYOUT_MEASUREMENTS)
            )
        if any(title not in WITHOUT_FILES for title, _ in chosen):
            for size in config.sizes:
                _progress(f"writing a {size:,}-device synthetic catalog")
                bench.files[size] = write_synthetic_catalog(workdir / f"synthetic-{size}.csv", size)
            if hasattr(os, "sync"):  # the files' write-back to disk must not overlap the timings
                os.sync()
        results = []
        started = time.perf_counter()
        for title, measure in chosen:
            _progress(f"measuring: {title}")
            results += measure(bench)
        elapsed = time.perf_counter() - started

    info = machine()
    print(f"gpucompare benchmark ({'quick' if args.quick else 'full'}), {elapsed:.0f} s")
    print(f"machine: {machine_line(info)}\n")
    print(markdown_table(results))
    print("\n" + baselines_legend(results))
    if notes(results):
        print(notes(results))
    if args.json:
        document = {
            "mode": "quick" if args.quick else "full",
            "machine": info,
            "config": dataclasses.asdict(config),
            "seconds": elapsed,
            "results": [result.to_dict() for result in results],
        }
        Path(args.json).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    failed = [r.name for r in results if r.passed is False]
    if failed:
        print(f"\n{len(failed)} target(s) missed: " + "; ".join(failed))
    return 0


def _progress(text: str) -> None:
    print(f"... {text}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
