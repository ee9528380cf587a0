"""The training run priced on every filtered device, shown in the shared ranking view."""

from __future__ import annotations

from PySide6.QtCore import QObject

from gpucompare.core.state import AppState
from gpucompare.core.training import Ranking, TrainingInputs, rank
from gpucompare.ui.labels.calculators import training_cost_notes, training_exclusions
from gpucompare.ui.models.frame import FrameColumn
from gpucompare.ui.pages.calculator import RankingView, number_text

MONEY_RESULT_KEYS = ("compute_cost_usd", "energy_cost_usd", "total_cost_usd")


class TrainingRanking(QObject):
    """Ranks the run over the filtered catalog and fills ``view`` (table, bars, left out)."""

    def __init__(self, state: AppState, view: RankingView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._view = view

    def clear(self) -> None:
        """No ranking, and a message saying why (while the inputs are invalid)."""
        self._view.show_message(
            self.tr("No ranking while an input is invalid: correct the field marked in red.")
        )
        self._view.set_tab_titles(self.tr("Chart"), self.tr("Left out ({n})").format(n=0))

    def show(self, inputs: TrainingInputs) -> Ranking:
        """Rank ``inputs`` over the filtered devices, show it, and return it."""
        state = self._state
        filtered = state.catalog[state.mask]
        ranking = rank(inputs, filtered)
        money = state.currency
        results = ranking.results.copy()
        for key in MONEY_RESULT_KEYS:
            results[key] = results[key] * money.per_usd
        results["wall_clock_days"] = results["wall_clock_hours"] / 24.0
        code = money.code
        notes = training_cost_notes(inputs)
        results["cost_note"] = results["cost_note"].map(
            lambda note: notes.get(note, note) if isinstance(note, str) else ""
        )
        columns = [
            FrameColumn("name", self.tr("Device")),
            FrameColumn("precision_used", self.tr("Precision")),
            FrameColumn("devices", self.tr("Devices"), lambda v: f"{v:,.0f}"),
            FrameColumn("layout", self.tr("Layout (TP×PP×DP)")),
            FrameColumn("effective_mfu", self.tr("Effective MFU"), lambda v: f"{v:.3g}"),
            FrameColumn("wall_clock_days", self.tr("Days"), number_text),
            FrameColumn("device_hours", self.tr("Device-hours"), number_text),
            FrameColumn("total_cost_usd", self.tr("Total ({c})").format(c=code), number_text),
            FrameColumn("compute_cost_usd", self.tr("Compute ({c})").format(c=code), number_text),
            FrameColumn("cost_note", self.tr("Why no cost")),
            FrameColumn("energy_kwh", self.tr("Energy (kWh)"), number_text),
            FrameColumn("co2_kg", self.tr("CO₂ (kg)"), number_text),
            FrameColumn("memory_per_device_gb", self.tr("Memory/device (GB)"), number_text),
            FrameColumn("min_devices", self.tr("Min. devices"), lambda v: f"{v:,.0f}"),
        ]
        kinds = dict(zip(state.catalog["id"], state.catalog["kind"], strict=True))
        excluded = ranking.excluded.copy()
        excluded["reason"] = training_exclusions(ranking.excluded, state.catalog, inputs)
        view = self._view
        view.empty_text = (
            self.tr("No filtered device can run it: the “Left out” tab says why.")
            if len(excluded)
            else self.tr("No devices match the filters")
        )
        view.show_ranking(results, columns, excluded, kinds)
        view.set_bar_metrics(
            [
                ("total_cost_usd", self.tr("Total cost ({c})").format(c=code), number_text),
                ("wall_clock_days", self.tr("Wall-clock days"), number_text),
                ("co2_kg", self.tr("CO₂ (kg)"), number_text),
            ]
        )
        view.excluded_label.setText(
            self.tr("{n} of {total} filtered devices cannot be priced or cannot run it:").format(
                n=len(ranking.excluded), total=len(filtered)
            )
        )
        view.set_tab_titles(
            self.tr("Chart"), self.tr("Left out ({n})").format(n=len(ranking.excluded))
        )
        return ranking
