"""The model served on every filtered device, shown in the shared ranking view."""

from __future__ import annotations

from PySide6.QtCore import QObject

from gpucompare.core.inference import Ranking
from gpucompare.core.state import AppState
from gpucompare.ui.labels.calculators import inference_reasons
from gpucompare.ui.pages.calculator import RankingView, number_text
from gpucompare.ui.pages.inference.labels import bound_names, ranking_columns


class InferenceRanking(QObject):
    """Fills ``view`` (table, bars, devices that cannot serve) from a ranking."""

    def __init__(self, state: AppState, view: RankingView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._view = view

    def retranslate(self) -> None:
        """The view's texts and bar metrics in the UI language and currency."""
        view = self._view
        view.export_button.setText(self.tr("Export ranking CSV…"))
        view.caption.setText(self.tr("Chart:"))
        view.set_excluded_headers(self.tr("Device"), self.tr("Why it cannot"))
        # Set once per language or currency: setting them redraws the bars.
        view.set_bar_metrics(
            [
                (
                    "usd_per_million_tokens",
                    self.tr("Cost per 1M tokens ({c})").format(c=self._state.currency.code),
                    number_text,
                ),
                ("devices", self.tr("Devices needed"), number_text),
                ("total_gb", self.tr("Memory used (GB)"), number_text),
            ]
        )

    def clear(self) -> None:
        """No ranking, and a message saying why (while the inputs are invalid)."""
        self._view.show_message(
            self.tr("No ranking while an input is invalid: correct the field marked in red.")
        )
        self._view.set_tab_titles(self.tr("Chart"), self.tr("Cannot serve ({n})").format(n=0))

    def show(self, ranking: Ranking, total: int, max_count: int) -> None:
        """The served devices with money in the display currency, and why the rest cannot."""
        money = self._state.currency
        served = ranking.served.rename(columns={"id": "device"}).copy()
        served["usd_per_million_tokens"] = served["usd_per_million_tokens"] * money.per_usd
        served["bound"] = served["bound"].map(lambda b: bound_names().get(b, "—"))
        excluded = ranking.excluded.rename(columns={"id": "device"})
        reasons = inference_reasons(max_count)
        excluded["reason"] = excluded["reason"].map(lambda r: reasons.get(r, r))
        columns = ranking_columns(money.code)
        kinds = dict(zip(self._state.catalog["id"], self._state.catalog["kind"], strict=True))
        view = self._view
        view.empty_text = (
            self.tr("No filtered device can serve it: the “Cannot serve” tab says why.")
            if len(excluded)
            else self.tr("No devices match the filters")
        )
        view.show_ranking(served, columns, excluded, kinds)
        view.excluded_label.setText(
            self.tr("{n} of {total} filtered devices cannot serve it:").format(
                n=len(excluded), total=total
            )
        )
        view.set_tab_titles(self.tr("Chart"), self.tr("Cannot serve ({n})").format(n=len(excluded)))
