"""n/p cells, the price rows and history in the details, and the price policy menu."""

from __future__ import annotations

import pandas as pd
import pytest

from gpucompare.core.catalog.loading import load_catalog_file
from gpucompare.core.catalog.price_policy import CLOUD_COLUMNS, PURCHASE_COLUMNS, PricePolicy
from gpucompare.core.catalog.prices import parse_prices_text
from gpucompare.core.state import AppState
from gpucompare.ui.i18n import CHINESE, ENGLISH
from gpucompare.ui.main_window import MainWindow
from gpucompare.ui.settings import Settings

HEADER = "device_id,price_kind,provider,region,currency,amount,amount_low,amount_high,unit,"
PRICES = f"""{HEADER}instance,instance_devices,date,source,note
acme-h100,msrp,Acme,,USD,30000,,,device,,,2023-03,https://acme.example/h100-price,
acme-h100,street,Shop,,USD,25000,24000,27000,device,,,2025-01,https://shop.example/h100,
acme-h100,cloud_on_demand,ProvA,us-east,USD,3,,,device_hour,,,2025-06,https://prova.example/p,
acme-h100,cloud_on_demand,ProvB,cn-north,CNY,160,,,instance_hour,b8.big,8,2025-09,https://provb.example/p,
"""


@pytest.fixture
def state(small_catalog_path):
    """The small catalog with not-published columns and acme-h100 priced by a prices table."""
    devices = load_catalog_file(small_catalog_path, strict=True)
    listed = {"acme-a100": "fp8_tflops fp4_tflops", "tera-t5": "purchase_price"}
    devices["not_published"] = devices["id"].map(listed).astype("string")
    h100 = devices["id"] == "acme-h100"
    for column in (*PURCHASE_COLUMNS, *CLOUD_COLUMNS):
        devices.loc[h100, column] = pd.NA
    prices = parse_prices_text(PRICES, "prices.csv", devices["id"])
    return AppState(devices, prices=prices)


@pytest.fixture
def main(qtbot, state):
    from gpucompare.ui.app import make_application
    from gpucompare.ui.i18n import ENGLISH, set_language

    make_application()
    set_language(ENGLISH)
    window = MainWindow(state, Settings())
    qtbot.addWidget(window)
    window.show()
    return window


def _cell(window, device, field_id, role=0):
    model = window.table.model_
    row = model.rows_of({device})[0]
    return model.data(model.index(row, model.column_of(field_id)), role)


def test_table_tells_not_published_from_not_entered(main):
    state = main.state
    state.set_visible_columns(["name", "peak_tflops", "launch_price_usd", "tflops_per_kusd"])
    state.set_precision("FP8")
    assert _cell(main, "acme-a100", "peak_tflops") == "n/p"
    assert _cell(main, "acme-a100", "tflops_per_kusd") == "n/p"  # its input is n/p
    assert "does not publish FP8" in _cell(main, "acme-a100", "peak_tflops", role=3)
    assert _cell(main, "sino-n910", "peak_tflops") == "—"  # missing, not declared n/p
    assert _cell(main, "tera-t5", "launch_price_usd") == "n/p"  # not sold
    assert "Not sold" in _cell(main, "tera-t5", "launch_price_usd", role=3)
    main.set_language(CHINESE)
    try:
        assert _cell(main, "acme-a100", "peak_tflops") == "未公布"
        assert "厂商未公布" in _cell(main, "acme-a100", "peak_tflops", role=3)
    finally:
        main.set_language(ENGLISH)
    state.set_precision("BF16")
    assert _cell(main, "acme-a100", "peak_tflops") == "312"  # BF16 is published


def test_compare_and_details_show_n_p(main):
    state = main.state
    state.set_precision("FP8")
    state.set_selection(["acme-a100", "acme-h100"])
    main.compare_action.trigger()
    model = main.compare.model
    row = model.rows.index("peak_tflops")
    column = model.comparison.ids.index("acme-a100")
    assert model.data(model.index(row, column)) == "n/p"
    assert model.data(model.index(row, 1 - column)) == "1,979"
    state.set_selection(["acme-a100"])
    text = main.details.text.toPlainText()
    assert "n/p" in text
    assert "Memory bandwidth (GB/s)" in text


def test_details_list_every_price_row_and_mark_the_picked_ones(main):
    state = main.state
    state.set_selection(["acme-h100"])
    rows = main.details.price_rows
    assert rows["provider"].tolist() == ["ProvB", "ProvA", "Shop", "Acme"]  # newest first
    picked = rows.set_index("provider")["picked"].to_dict()
    cny = state.currencies["CNY"].per_usd
    cheapest_is_b = 160 / 8 / cny < 3
    assert picked == {
        "Acme": True,
        "Shop": False,
        "ProvA": not cheapest_is_b,
        "ProvB": cheapest_is_b,
    }
    text = main.details.text.toPlainText()
    for expected in ("ProvA", "us-east", "160 CNY", "per hour of b8.big (8 devices)", "2025-09"):
        assert expected in text
    html = main.details.text.toHtml()
    assert "https://shop.example/h100" in html
    state.set_currency("CNY")
    rows = main.details.price_rows
    assert rows.set_index("provider").loc["ProvB", "display_amount"] == pytest.approx(20.0)


def test_price_history_plots_purchase_and_cloud_separately(main):
    from gpucompare.ui.pages.hardware.price_history import PLOT_HEIGHT

    main.state.set_selection(["acme-h100"])
    history = main.details.history
    assert history.isVisible()
    xs, ys = history.series["purchase"]
    assert list(ys) == [30000, 25000]
    assert 2023 < xs[0] < 2023.3 < 2025 < xs[1] < 2025.1
    assert len(history.series["cloud"][0]) == 2
    for plot, title in ((history.purchase_plot, "Purchase (USD)"), (history.cloud_plot, "Cloud")):
        item = plot.getPlotItem()
        assert item.titleLabel.text.startswith(title)
        assert plot.minimumHeight() >= PLOT_HEIGHT  # titles never shrink the small plots
        unit = item.getAxis("left").label.boundingRect().width()  # rotated: its length
        assert unit <= item.getViewBox().height()  # the value axis title is whole
    main.state.set_selection(["bolt-r4090"])  # no price rows at all
    assert not history.isVisible()


def test_price_menu_changes_the_table_and_persists(main, qtbot):
    state = main.state
    state.set_visible_columns(["name", "launch_price_usd", "cloud_usd_per_hour"])
    menu = main.prices_menu
    assert _cell(main, "acme-h100", "launch_price_usd") == "30,000"  # MSRP first
    menu.purchase_actions["street-first"].trigger()
    assert state.price_policy.purchase == "street-first"
    assert _cell(main, "acme-h100", "launch_price_usd") == "25,000"
    assert [c for c in menu.cloud_actions if c.startswith("provider:")] == [
        "provider:ProvA",
        "provider:ProvB",
    ]
    menu.cloud_actions["provider:ProvA"].trigger()
    assert state.price_policy == PricePolicy("street-first", "provider:ProvA")
    assert _cell(main, "acme-h100", "cloud_usd_per_hour") == "3"
    assert menu.cloud_actions["provider:ProvA"].isChecked()
    main.close()
    again = AppState(state.devices, prices=state.prices)
    Settings().restore_state(again)
    assert again.price_policy == PricePolicy("street-first", "provider:ProvA")


def test_unusable_saved_policy_gives_the_default(state):
    settings = Settings()
    settings.set_value("state/price_policy", {"purchase": "cheapest-ever", "cloud": 3})
    settings.restore_state(state)
    assert state.price_policy == PricePolicy()


def test_a_start_prices_the_bundled_catalog_by_the_saved_policy(qtbot):
    from gpucompare.core.catalog.loading import load_bundled_frames
    from gpucompare.core.catalog.price_policy import apply_price_policy
    from gpucompare.ui.app import build_window, make_application

    make_application()
    street = PricePolicy("street-first", "median")
    Settings().set_value("state/price_policy", {"purchase": "street-first", "cloud": "median"})
    window = build_window()
    qtbot.addWidget(window)
    devices, prices = load_bundled_frames()
    expected = apply_price_policy(devices, prices, street, window.state.currencies)
    assert window.state.price_policy == street
    pd.testing.assert_frame_equal(window.state.catalog, expected)
    default = apply_price_policy(devices, prices, PricePolicy(), window.state.currencies)
    assert not default["launch_price_usd"].equals(expected["launch_price_usd"])
