"""Charts show exactly the filtered data, on the chosen axes and precision."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gpucompare.core.catalog.schema import Better


def _expected(state, x, y):
    frame = state.filtered
    keep = frame[x].notna() & frame[y].notna()
    return frame.loc[keep, ["id", x, y]].rename(columns={x: "x", y: "y"})


def _plotted(panel):
    return panel.plotted().sort_values("id").reset_index(drop=True)


def test_scatter_data_equals_the_filtered_frame(window):
    state, panel = window.state, window.scatter
    state.update_chart(x="memory_bandwidth_gbps", y="peak_tflops", x_log=False, y_log=False)
    expected = (
        _expected(state, "memory_bandwidth_gbps", "peak_tflops")
        .sort_values("id")
        .reset_index(drop=True)
    )
    plotted = _plotted(panel)
    pd.testing.assert_frame_equal(plotted[["id", "x", "y"]], expected, check_dtype=False)
    # getData() of each kind's item holds the same numbers
    gpu_x, gpu_y = panel.items["GPU"].getData()
    gpus = expected[expected["id"].isin(["acme-a100", "acme-h100", "bolt-r4090"])]
    assert sorted(gpu_x) == sorted(gpus["x"])
    assert sorted(gpu_y) == sorted(gpus["y"])
    assert "hidden" in panel.hidden_label.text()


def test_precision_switch_moves_the_points(window):
    state, panel = window.state, window.scatter
    state.update_chart(x="launch_price_usd", y="peak_tflops", x_log=False, y_log=False)
    state.set_precision("FP8")
    plotted = _plotted(panel)
    assert plotted.set_index("id").loc["acme-h100", "y"] == pytest.approx(1978.9)
    assert "acme-a100" not in set(plotted["id"])  # no FP8 figure
    assert "no FP8 peak (dense)" in panel.hidden_label.text()


def test_log_axes_plot_log10_of_the_data(window):
    state, panel = window.state, window.scatter
    state.update_chart(x="launch_price_usd", y="peak_tflops", x_log=True, y_log=True)
    expected = _expected(state, "launch_price_usd", "peak_tflops")
    xs, ys = [], []
    for item in panel.items.values():
        x, y = item.getData()
        if x is not None:
            xs += list(x)
            ys += list(y)
    assert sorted(xs) == pytest.approx(sorted(np.log10(expected["x"])))
    assert sorted(ys) == pytest.approx(sorted(np.log10(expected["y"])))
    assert panel.plot.getPlotItem().getAxis("bottom").logMode


def test_filter_change_updates_the_chart(window):
    window.state.update_filters(kinds=frozenset({"GPU"}))
    assert set(window.scatter.plotted()["kind"]) == {"GPU"}


def test_clicking_a_point_selects_its_row_and_selection_highlights(window):
    state, panel = window.state, window.scatter
    state.update_chart(x="memory_gb", y="peak_tflops", x_log=False, y_log=False)
    item = panel.items["GPU"]
    point = next(p for p in item.points() if p.data() == "bolt-r4090")
    item.sigClicked.emit(item, [point], None)
    assert state.selected_ids == ("bolt-r4090",)
    rows = window.table.selectionModel().selectedRows()
    assert [window.table.model_.id_at(r.row()) for r in rows] == ["bolt-r4090"]
    assert "Bolt R4090" in window.details.text.toPlainText()
    # selecting rows in the table highlights their points
    model = window.table.model_
    window.table.selectRow(model.rows_of({"acme-h100"})[0])
    highlighted = list(panel.selected_item.data["data"])
    assert highlighted == ["acme-h100"]
    x, y = panel.selected_item.getData()
    assert (x[0], y[0]) == (80.0, pytest.approx(989.4))


def test_pareto_frontier_on_the_small_catalog(window):
    state, panel = window.state, window.scatter
    state.update_chart(x="launch_price_usd", y="peak_tflops", x_log=False, y_log=False, pareto=True)
    # price (lower better) vs BF16 peak (higher better): R4090 is cheapest; A100 beats it
    # for 15k; H100 is fastest. N910 (12k, no BF16) is hidden; U280 has no BF16 either.
    assert panel.pareto_ids == ["bolt-r4090", "acme-a100", "acme-h100"]
    x, _ = panel.pareto_item.getData()
    assert list(x) == [1599.0, 15000.0, 30000.0]
    state.update_chart(pareto=False)
    assert panel.pareto_ids == []


def test_labels_toggle_adds_one_label_per_point(window):
    state, panel = window.state, window.scatter
    state.update_chart(x="memory_gb", y="peak_tflops", labels=True)
    assert len(panel._label_items) == len(panel.plotted())
    assert {item.toPlainText() for item in panel._label_items} >= {"Acme H100"}


def test_ranking_is_sorted_best_first(window):
    state, panel = window.state, window.ranking
    window.tabs.setCurrentWidget(panel)
    state.update_chart(ranking_metric="launch_price_usd")  # lower is better
    assert panel.ranked_values.tolist() == sorted(panel.ranked_values.tolist())
    state.update_chart(ranking_metric="memory_gb")
    assert panel.ranked_values.tolist() == sorted(panel.ranked_values.tolist(), reverse=True)
    assert panel.ranked_ids[:2] in (["acme-a100", "acme-h100"], ["acme-h100", "acme-a100"])
    state.update_chart(ranking_count=3)
    assert len(panel.ranked_ids) == 3


def test_trend_groups_by_vendor(window):
    window.tabs.setCurrentWidget(window.trend)
    window.state.update_chart(trend_metric="memory_gb")
    series = window.trend.series
    assert set(series) == {"Acme", "Bolt", "Tera", "Sino", "Fab", "Wafer"}
    years, values = series["Acme"]
    assert sorted(zip(years, values, strict=True)) == [(2020, 80), (2022, 80)]


def test_better_direction_is_respected():
    from gpucompare.core.catalog.fields import field

    assert field("launch_price_usd").better is Better.LOWER
    assert field("peak_tflops").better is Better.HIGHER


def test_currency_switch_moves_price_axis_and_labels_it(window):
    state, panel = window.state, window.scatter
    state.update_chart(x="launch_price_usd", y="peak_tflops", x_log=False, y_log=False)
    state.set_currency("CNY")
    rate = state.currency.per_usd
    plotted = panel.plotted().set_index("id")
    assert plotted.loc["bolt-r4090", "x"] == pytest.approx(1599 * rate)
    label = panel.plot.getPlotItem().getAxis("bottom").labelText
    assert "¥ CNY" in label


def test_hidden_panels_wait_and_catch_up_when_shown(window):
    state = window.state
    window.tabs.setCurrentWidget(window.scatter)
    assert not window.ranking.isVisible()
    state.update_chart(ranking_metric="memory_gb")
    before = list(window.ranking.ranked_ids)
    state.update_filters(kinds=frozenset({"TPU"}))
    assert window.ranking.ranked_ids == before  # hidden: no work done yet
    window.tabs.setCurrentWidget(window.ranking)
    assert window.ranking.ranked_ids == ["tera-t5"]


def test_a_big_catalog_draws_each_position_once_and_the_tip_counts_the_rest(qtbot):
    from gpucompare.core.catalog.loading import conform
    from gpucompare.core.state import AppState
    from gpucompare.ui.charts.scatter import COLLAPSE_ABOVE, ScatterPanel

    rows = COLLAPSE_ABOVE + 1_000
    frame = conform(
        pd.DataFrame(
            {
                "id": [f"gpu-{i}" for i in range(rows)] + ["tpu-0", "tpu-1"],
                "name": [f"GPU {i}" for i in range(rows)] + ["TPU 0", "TPU 1"],
                "vendor": "Acme",
                "kind": ["GPU"] * rows + ["TPU", "TPU"],
                "memory_gb": [16.0 + 16.0 * (i % 3) for i in range(rows)] + [32.0, 32.0],
                "memory_bandwidth_gbps": [1000.0] * rows + [800.0, 800.0],
            }
        )
    )
    state = AppState(frame)
    panel = ScatterPanel(state)
    qtbot.addWidget(panel)
    panel.show()
    state.update_chart(x="memory_gb", y="memory_bandwidth_gbps", x_log=False, y_log=False)
    plotted = panel.plotted()
    gpus = plotted[plotted["kind"] == "GPU"]
    assert sorted(gpus["x"]) == [16.0, 32.0, 48.0]  # three positions, drawn once each
    assert len(plotted[plotted["kind"] == "TPU"]) == 2  # a small kind keeps every point
    first = gpus.sort_values("x").iloc[0]
    tip = panel._tip(first["x"], first["y"], first["id"])
    assert f"and {len(range(0, rows, 3)) - 1:,} more devices at this point" in tip
    assert "more devices" not in panel._tip(32.0, 800.0, "tpu-0")
