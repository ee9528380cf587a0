"""Layout-search measurements (issue 11): ``cost --all`` and a training-page refresh.

9. ``gpucompare cost --all`` for 70B on 2T tokens in 30 days, which searches every
   device's layout, against ``python -c "import pandas"`` (target 1 s); the core ranking
   alone against the same ranking with the layout pinned to plain data parallelism and
   no communication (what the search adds);
10. a training-page refresh until painted: one device priced and the filtered catalog
    ranked, each with its layout searched (target 100 ms).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from measurements import Bench, _alternating, against_pandas_import, main_window
from results import MS, Result, Target
from timing import repeat

from gpucompare.core.training import TrainingInputs, rank
from gpucompare.core.training.layout import LayoutInputs

COST_ALL_S = 1.0
TRAINING_REFRESH_S = 100 * MS
SEARCHED = TrainingInputs(params=70e9, tokens=2e12, target_days=30.0)
PINNED = replace(SEARCHED, layout=LayoutInputs(tp=1, pp=1, communication=False))
COMMAND = ("cost", "--params", "70B", "--tokens", "2T", "--days", "30", "--all")


def cost_all(bench: Bench) -> list[Result]:
    """``cost --all`` as a process, and the core ranking with and without the search."""
    searched = repeat(lambda: rank(SEARCHED, bench.bundled), bench.config.repeats)
    pinned = repeat(lambda: rank(PINNED, bench.bundled), bench.config.repeats)
    return [
        against_pandas_import(
            bench,
            "`gpucompare cost --all` with the layout search (bundled catalog)",
            (*COMMAND, "--format", "csv"),
            (Target(COST_ALL_S, "value"),),
        ),
        Result(
            "training ranking with the layout search, core only (bundled catalog)",
            searched,
            baseline=pinned,
            baseline_name="the same ranking, layout pinned to plain DP without communication",
        ),
    ]


def training_refresh(bench: Bench) -> list[Result]:
    """A sequence-length change on the training page until its ranking is painted."""
    settings_file = bench.workdir / "benchmark-training-settings.ini"
    with main_window(bench.bundled, settings_file, page="training") as (state, until_painted):

        def change(i: int) -> None:
            state.update_training(seq_len="2048" if i % 2 == 0 else "4096", count="", days="30")

        refresh = _alternating(change, until_painted, bench.config.repeats)
    return [
        Result(
            "training page refresh until painted (bundled catalog)",
            refresh,
            targets=(Target(TRAINING_REFRESH_S, "value"),),
            note="a sequence-length change: one device priced and the catalog ranked, "
            "each with its layout searched",
        )
    ]


LAYOUT_MEASUREMENTS: tuple[tuple[str, Callable[[Bench], list[Result]]], ...] = (
    ("cost --all with the layout search", cost_all),
    ("training page refresh", training_refresh),
)
