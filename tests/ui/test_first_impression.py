"""A fresh start (bundled catalog, default settings) charts most of the catalog."""

from __future__ import annotations

from gpucompare.core.state import ChartSettings

MIN_SHARE = 0.8


def test_fresh_window_scatter_plots_most_devices(qtbot):
    from gpucompare.ui.app import build_window, make_application

    make_application()
    window = build_window()
    qtbot.addWidget(window)
    window.show()
    state = window.state
    assert state.chart == ChartSettings()  # nothing saved: the defaults
    plotted = window.scatter.plotted()
    total = len(state.catalog)
    assert len(plotted) >= MIN_SHARE * total, f"{len(plotted)} of {total} plotted"
    assert plotted["id"].is_unique
    hidden = total - len(plotted)
    if hidden:
        assert f"{hidden} hidden" in window.scatter.hidden_label.text()
