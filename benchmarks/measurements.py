"""The seven measurements of the benchmark, each against a baseline timed in the same run.

1. cold start to the first painted main window (a child process), against a child that
   imports PySide6, pandas and pyqtgraph and paints an empty QMainWindow (both with the
   cycle collector paused, as the launcher starts the app);
2. ``gpucompare list --format csv`` against ``python -c "import pandas"``;
3. a filter change until table and chart are painted, at every catalog size, against the
   bare pandas filter on the same frame (the core's share is reported on its own too);
4. a precision change and a chart-axis change at the largest size;
5. the training ranking against a per-row Python loop over ``estimate()``;
6. loading and validating a user catalog file against plain ``pandas.read_csv``;
7. the peak memory (VmHWM) of the app with the bundled catalog and the largest one;
8. ``gpucompare serve --all`` with a workload (target 1 s) and an inference-page refresh
   until painted (target 100 ms).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from results import MS, Result, Target
from timing import Stats, interleaved, python_command, repeat

from gpucompare.core.catalog.filters import Range
from gpucompare.core.catalog.loading import load_bundled_catalog, load_catalog_file, merge_catalogs
from gpucompare.core.issues import InputError
from gpucompare.core.state import AppState
from gpucompare.core.training import RESULT_KEYS, TrainingInputs, TrainingResult, estimate, rank

CHILD = str(Path(__file__).resolve().parent / "child.py")
TARGET_ROWS = 100_000  # the size the issue's interaction, ranking and loading targets are for
START_UP_RATIO = 1.25
FILTER_BUNDLED_S = 16 * MS
FILTER_LARGE_S = 150 * MS
RANKING_S = 50 * MS
RANKING_SPEEDUP = 50.0
LOADING_RATIO = 3.0
SERVE_ALL_S = 1.0
INFERENCE_REFRESH_S = 100 * MS
RANKING_INPUTS = TrainingInputs(params=7e9, tokens=140e9, target_days=10.0)
BARE_FILTER = "bare pandas filter on the same frame (frame[frame.memory_gb >= x])"


@dataclass(frozen=True)
class Config:
    """How big and how often."""

    sizes: tuple[int, ...]  # synthetic catalog sizes, smallest first
    repeats: int  # in-process interactions
    load_repeats: int
    process_repeats: int  # child processes per command
    memory_repeats: int
    loop_rows: int  # rows of the per-row estimate loop
    loop_repeats: int


FULL = Config(
    sizes=(10_000, 100_000),
    repeats=15,
    load_repeats=7,
    process_repeats=9,
    memory_repeats=3,
    loop_rows=2_000,
    loop_repeats=3,
)
QUICK = Config(
    sizes=(300, 1_000),
    repeats=3,
    load_repeats=2,
    process_repeats=2,
    memory_repeats=1,
    loop_rows=40,
    loop_repeats=1,
)


@dataclass
class Bench:
    """Everything the measurements share: configuration, files, frames, child environment."""

    config: Config
    workdir: Path
    env: dict[str, str]
    bundled: pd.DataFrame = field(default_factory=load_bundled_catalog)
    files: dict[int, Path] = field(default_factory=dict)
    catalogs: dict[int, pd.DataFrame] = field(default_factory=dict)

    @property
    def largest(self) -> int:
        return self.config.sizes[-1]

    def catalog(self, size: int) -> pd.DataFrame:
        """The bundled catalog with ``size`` synthetic devices merged over it (normal path)."""
        if size not in self.catalogs:
            extra = load_catalog_file(self.files[size], known_ids=self.bundled["id"])
            self.catalogs[size] = merge_catalogs(self.bundled, extra)
        return self.catalogs[size]


def _rows(frame: pd.DataFrame) -> str:
    return f"{len(frame):,} rows"


# 1, 2 and 7: child processes --------------------------------------------------------------
def cold_start(bench: Bench) -> list[Result]:
    """Start-up to the first painted main window, against an empty window."""
    stats, _ = interleaved(
        {
            "baseline": python_command(CHILD, "baseline"),
            "app": python_command(CHILD, "app"),
        },
        bench.config.process_repeats,
        bench.env,
        cwd=str(bench.workdir),
    )
    return [
        Result(
            "cold start to first painted window (bundled catalog)",
            stats["app"],
            baseline=stats["baseline"],
            baseline_name="process importing PySide6 + pandas + pyqtgraph (cycle collector "
            "paused), painting an empty QMainWindow",
            targets=(Target(START_UP_RATIO, "ratio"),),
            note="whole child process, from spawn until it exits right after the first paint",
        )
    ]


def against_pandas_import(
    bench: Bench, title: str, arguments: tuple[str, ...], targets: tuple[Target, ...] = ()
) -> Result:
    """``gpucompare ARGUMENTS`` as a process, timed in turns with ``python -c "import pandas"``."""
    stats, _ = interleaved(
        {
            "baseline": python_command("-c", "import pandas"),
            "command": python_command("-m", "gpucompare", *arguments),
        },
        bench.config.process_repeats,
        bench.env,
        cwd=str(bench.workdir),
    )
    return Result(
        title,
        stats["command"],
        baseline=stats["baseline"],
        baseline_name='python -c "import pandas"',
        targets=targets,
    )


def cli_list(bench: Bench) -> list[Result]:
    """``gpucompare list --format csv`` against importing pandas."""
    return [
        against_pandas_import(
            bench, "`gpucompare list --format csv` (bundled catalog)", ("list", "--format", "csv")
        )
    ]


def peak_memory(bench: Bench) -> list[Result]:
    """Peak RSS of the app with the bundled catalog and with the largest catalog merged."""
    import json

    commands = {
        "baseline": python_command(CHILD, "baseline"),
        "bundled": python_command(CHILD, "app"),
        "largest": python_command(CHILD, "app", str(bench.files[bench.largest])),
    }
    _, outputs = interleaved(
        commands, bench.config.memory_repeats, bench.env, warmup=0, cwd=str(bench.workdir)
    )
    peaks = {
        name: Stats(tuple(float(json.loads(out)["peak_rss_kb"]) for out in runs))
        for name, runs in outputs.items()
    }
    rows = json.loads(outputs["largest"][0])["rows"]
    baseline_name = "empty QMainWindow process (PySide6 + pandas + pyqtgraph)"
    return [
        Result(
            "peak RSS, app with the bundled catalog",
            peaks["bundled"],
            unit="KiB",
            baseline=peaks["baseline"],
            baseline_name=baseline_name,
        ),
        Result(
            f"peak RSS, app with {rows:,} rows (file merged at start)",
            peaks["largest"],
            unit="KiB",
            baseline=peaks["baseline"],
            baseline_name=baseline_name,
        ),
    ]


# 3 and 4: interactions in the running app ----------------------------------------------------
@contextmanager
def main_window(
    frame: pd.DataFrame, settings_file: Path, page: str = ""
) -> Iterator[tuple[AppState, Callable[[], None]]]:
    """A shown MainWindow over ``frame`` (offscreen), settings kept in ``settings_file``;
    ``page="inference"`` (or ``"training"``) opens that page instead of the hardware page.

    Yields the state and ``until_painted()``: deliver pending events (Qt paints what
    changed while doing so), then paint the table or the scatter chart right away if
    that did not, so every timed change ends with both on screen.
    """
    from PySide6.QtCore import QEvent, QObject, QSettings

    from gpucompare.ui.app import make_application
    from gpucompare.ui.main_window import MainWindow
    from gpucompare.ui.settings import Settings

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    app = make_application([])
    state = AppState(frame)
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(state, Settings(store))
    window.show()
    window.tabs.setCurrentWidget(window.scatter)
    app.processEvents()
    watched = [window.table.viewport(), window.scatter.plot.viewport()]
    if page == "inference":
        window.pages.setCurrentWidget(window.inference_page)
        app.processEvents()
        watched = [window.inference.ranking_view.table.viewport()]
    if page == "training":
        window.pages.setCurrentWidget(window.training_page)
        app.processEvents()
        watched = [window.training.ranking_view.table.viewport()]
    counters = [PaintCounter() for _ in watched]
    for widget, counter in zip(watched, counters, strict=True):
        widget.installEventFilter(counter)

    def until_painted() -> None:
        before = [counter.count for counter in counters]
        app.processEvents()
        for widget, counter, seen in zip(watched, counters, before, strict=True):
            if counter.count == seen:
                widget.repaint()

    try:
        yield state, until_painted
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def _alternating(
    change: Callable[[int], object], after: Callable[[], object], repeats: int
) -> Stats:
    """Time ``change(i)`` then ``after()``; even and odd i must give different settings."""
    counter = iter(range(1_000_000))

    def step() -> None:
        change(next(counter))
        after()

    return repeat(step, repeats)


def _memory_filter(state: AppState) -> Callable[[int], None]:
    return lambda i: state.update_filters(memory_gb=Range(low=32.0 if i % 2 == 0 else 16.0))


def _bare_filter(frame: pd.DataFrame, repeats: int) -> Stats:
    return _alternating(
        lambda i: frame[frame["memory_gb"] >= (32.0 if i % 2 == 0 else 16.0)],
        lambda: None,
        repeats,
    )


def _filter_target(size: int | None) -> tuple[Target, ...]:
    if size is None:
        return (Target(FILTER_BUNDLED_S, "value"),)
    if size == TARGET_ROWS:
        return (Target(FILTER_LARGE_S, "value"),)
    return ()


def interactions(bench: Bench) -> list[Result]:
    """Filter changes at every size; precision and chart-axis changes at the largest."""
    results: list[Result] = []
    repeats = bench.config.repeats
    settings_file = bench.workdir / "benchmark-settings.ini"
    for size in (None, *bench.config.sizes):
        frame = bench.bundled if size is None else bench.catalog(size)
        label = _rows(frame)
        core_state = AppState(frame)
        bare = _bare_filter(core_state.view, repeats)
        core = _alternating(_memory_filter(core_state), lambda s=core_state: s.filtered, repeats)
        results.append(
            Result(
                f"filter change, core only: state + filtered frame ({label})",
                core,
                baseline=bare,
                baseline_name=BARE_FILTER,
            )
        )
        with main_window(frame, settings_file) as (state, until_painted):
            gui = _alternating(_memory_filter(state), until_painted, repeats)
            results.append(
                Result(
                    f"filter change until table + chart painted ({label})",
                    gui,
                    baseline=bare,
                    baseline_name=BARE_FILTER,
                    targets=_filter_target(size),
                )
            )
            if size == bench.largest:
                results += _view_changes(bench, state, until_painted, bare, label)
    return results


def _view_changes(
    bench: Bench, state: AppState, until_painted: Callable[[], None], bare: Stats, label: str
) -> list[Result]:
    repeats = bench.config.repeats
    targets = (Target(FILTER_LARGE_S, "value"),) if bench.largest == TARGET_ROWS else ()
    precision = _alternating(
        lambda i: state.set_precision("FP16" if i % 2 == 0 else "BF16"),
        until_painted,
        repeats,
    )
    axis = _alternating(
        lambda i: state.update_chart(x="power_w" if i % 2 == 0 else "launch_price_usd"),
        until_painted,
        repeats,
    )
    note = "target: the 150 ms filter target, applied to every interaction"
    return [
        Result(
            f"precision change until painted ({label})",
            precision,
            baseline=bare,
            baseline_name=BARE_FILTER,
            targets=targets,
            note=note,
        ),
        Result(
            f"chart x-axis change until painted ({label})",
            axis,
            baseline=bare,
            baseline_name=BARE_FILTER,
            targets=targets,
            note=note,
        ),
    ]


# 5: the training ranking ----------------------------------------------------------------------
def loop_ranking(inputs: TrainingInputs, frame: pd.DataFrame) -> list[TrainingResult]:
    """The ranking the slow way: ``estimate()`` on each row, then sorted like ``rank()``.

    A device is kept when it can run the job (it has a training throughput figure) and
    fits in memory (what ``rank()`` keeps); order: known costs first, total cost, then
    wall-clock time, then catalog order.
    """
    kept: list[tuple[bool, float, float, int, TrainingResult]] = []
    for position, row in enumerate(frame.to_dict("records")):
        try:
            result = estimate(inputs, row)
        except InputError:
            continue
        if result.fits and result.precision_used is not None:
            cost = result.total_cost_usd
            unknown = cost is None
            kept.append((unknown, cost or 0.0, result.wall_clock_hours, position, result))
    kept.sort(key=lambda item: item[:4])
    return [item[4] for item in kept]


def ranking_disagreements(inputs: TrainingInputs, frame: pd.DataFrame) -> list[str]:
    """Every difference between ``rank()`` and :func:`loop_ranking` on ``frame`` (none: agree)."""
    fast = rank(inputs, frame).results
    slow = loop_ranking(inputs, frame)
    problems = []
    if list(fast["device"]) != [r.device for r in slow]:
        problems.append(f"device order differs: {len(fast)} ranked vs {len(slow)} in the loop")
        return problems
    for record, result in zip(fast.to_dict("records"), slow, strict=True):
        expected = result.to_record()
        for key in RESULT_KEYS:
            got, want = record[key], expected[key]
            if key == "warnings":
                same = tuple(got) == result.warnings
            elif want is None:
                same = isinstance(got, float) and math.isnan(got)
            else:
                same = got == want
            if not same:
                problems.append(f"{result.device} {key}: rank {got!r}, estimate {want!r}")
    return problems


def training_ranking(bench: Bench) -> list[Result]:
    """``rank()`` over the largest catalog against the per-row loop (scaled from a subset)."""
    frame = bench.catalog(bench.largest)
    subset = frame.iloc[: bench.config.loop_rows].reset_index(drop=True)
    problems = ranking_disagreements(RANKING_INPUTS, subset)
    if problems:
        raise AssertionError("rank() and the estimate() loop disagree:\n" + "\n".join(problems))
    fast = repeat(lambda: rank(RANKING_INPUTS, frame), bench.config.repeats)
    loop = repeat(lambda: loop_ranking(RANKING_INPUTS, subset), bench.config.loop_repeats, warmup=0)
    scale = len(frame) / len(subset)
    scaled = Stats(tuple(sample * scale for sample in loop.samples))
    large = len(frame) >= TARGET_ROWS
    return [
        Result(
            f"training ranking, rank() over {len(frame):,} devices",
            fast,
            baseline=scaled,
            baseline_name=f"per-row loop over estimate(), timed on {len(subset):,} rows and "
            f"scaled linearly to {len(frame):,} (the two agree exactly on those rows)",
            targets=(Target(RANKING_S, "value"), Target(RANKING_SPEEDUP, "speedup"))
            if large
            else (),
        )
    ]


# 6: loading a user catalog --------------------------------------------------------------------
def loading(bench: Bench) -> list[Result]:
    """Load + validate (+ merge) the largest file against plain read_csv, taking turns."""
    path = bench.files[bench.largest]
    known = bench.bundled["id"]
    samples: dict[str, list[float]] = {"read_csv": [], "load": [], "merge": []}

    def read_csv() -> None:
        pd.read_csv(path)

    def load() -> None:
        load_catalog_file(path, known_ids=known)

    def load_and_merge() -> None:
        merge_catalogs(bench.bundled, load_catalog_file(path, known_ids=known))

    for _ in range(bench.config.load_repeats):
        for name, action in (("read_csv", read_csv), ("load", load), ("merge", load_and_merge)):
            samples[name] += repeat(action, 1, warmup=0).samples
    stats = {name: Stats(tuple(values)) for name, values in samples.items()}
    rows = len(bench.catalog(bench.largest)) - len(bench.bundled)
    targets = (Target(LOADING_RATIO, "ratio"),) if rows >= TARGET_ROWS else ()
    baseline_name = "pandas.read_csv of the same file"
    return [
        Result(
            f"load + validate a {rows:,}-row user catalog",
            stats["load"],
            baseline=stats["read_csv"],
            baseline_name=baseline_name,
            targets=targets,
        ),
        Result(
            f"load + validate + merge over the bundled catalog ({rows:,} rows)",
            stats["merge"],
            baseline=stats["read_csv"],
            baseline_name=baseline_name,
            targets=targets,
        ),
    ]


def serving(bench: Bench) -> list[Result]:
    """``serve --all`` over the bundled catalog, and an inference-page refresh until painted."""
    command = ("serve", "--model", "llama-3.1-70b", "--all", "--input-tokens", "2048")
    results = [
        against_pandas_import(
            bench,
            "`gpucompare serve --all` (bundled catalog, a workload)",
            (*command, "--format", "csv"),
            (Target(SERVE_ALL_S, "value"),),
        )
    ]
    settings_file = bench.workdir / "benchmark-settings.ini"
    with main_window(bench.bundled, settings_file, page="inference") as (state, until_painted):
        refresh = _alternating(
            lambda i: state.update_inference(batch="8" if i % 2 == 0 else "16"),
            until_painted,
            bench.config.repeats,
        )
    results.append(
        Result(
            "inference page refresh until painted (bundled catalog)",
            refresh,
            targets=(Target(INFERENCE_REFRESH_S, "value"),),
            note="a batch change: one device sized and the filtered catalog ranked",
        )
    )
    return results


MEASUREMENTS: tuple[tuple[str, Callable[[Bench], list[Result]]], ...] = (
    ("cold start", cold_start),
    ("gpucompare list", cli_list),
    ("serving", serving),
    ("filter, precision and axis changes", interactions),
    ("training ranking", training_ranking),
    ("loading a user catalog", loading),
    ("peak memory", peak_memory),
)
