"""The training result as rows of the result grid: label, value and the formula behind it."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QObject

from gpucompare.core.quantities import format_count
from gpucompare.core.state import AppState
from gpucompare.core.training import CloudPricing, TrainingResult, explain
from gpucompare.ui.formatting import format_money
from gpucompare.ui.labels.messages import message_text
from gpucompare.ui.pages.calculator import number_text
from gpucompare.ui.pages.training.layout_page import step_part_labels

ResultRow = tuple[str, str, str, str]


class TrainingResultText(QObject):
    """Formats a :class:`TrainingResult` in the UI language and display currency.

    An output a missing catalog figure leaves unknown reads "unknown"; its tooltip says
    which figure, and whether it is not published or not entered yet.
    """

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state

    def money(self, usd: float | None) -> str:
        """``usd`` in the display currency with its code; a dash when unknown."""
        if usd is None or (isinstance(usd, float) and math.isnan(usd)):
            return "—"
        money = self._state.currency
        units = self._state.chinese_units
        return f"{format_money(money.from_usd(usd), QLocale(), units)} {money.code}"

    def number(self, value: float | None) -> str:
        """``value`` in the UI locale; "unknown" when a missing figure leaves it unknown."""
        return self.tr("unknown") if value is None else number_text(value)

    def rows(self, result: TrainingResult) -> list[ResultRow]:
        """(key, label, value, formula) for every output, and the MFU band when asked for."""
        notes = {
            key: message_text(line) for key, line in explain(result, self._state.currency).items()
        }
        energy_cost = (
            self.tr("included in the cloud price")
            if result.energy_cost_usd is None and isinstance(result.inputs.pricing, CloudPricing)
            else self.money(result.energy_cost_usd)
        )
        fits = {True: self.tr("yes"), False: self.tr("no"), None: "—"}[result.fits]
        available = (
            "—" if result.memory_available_gb is None else number_text(result.memory_available_gb)
        )
        unknown = self.tr("unknown")

        def known(key: str, text: str) -> str:
            return unknown if key in result.unknown else text

        rows = [
            (
                "training_flops",
                self.tr("Training compute"),
                f"{result.training_flops:.3g} FLOP".replace("e+", "e"),
                notes["training_flops"],
            ),
            ("tokens", self.tr("Tokens"), format_count(result.tokens), notes["training_flops"]),
            (
                "precision_used",
                self.tr("Precision used"),
                self._precision(result),
                notes["precision_used"],
            ),
            (
                "devices",
                self.tr("Devices"),
                unknown if result.devices is None else f"{result.devices:,}",
                notes["devices"],
            ),
            ("mfu", self.tr("MFU"), f"{result.mfu:.3g}", notes["mfu"]),
            (
                "layout",
                self.tr("Parallel layout"),
                unknown
                if result.layout is None
                else self.tr("{layout} (TP × PP × DP)").format(layout=result.layout),
                notes["layout"],
            ),
            (
                "effective_mfu",
                self.tr("Effective MFU"),
                self._breakdown(result),
                notes["effective_mfu"],
            ),
            (
                "wall_clock_hours",
                self.tr("Wall-clock time"),
                unknown
                if result.wall_clock_hours is None
                else self.tr("{h} h ({d} days)").format(
                    h=self.number(result.wall_clock_hours), d=self.number(result.wall_clock_days)
                ),
                notes["wall_clock_hours"],
            ),
            (
                "device_hours",
                self.tr("Device-hours"),
                self.number(result.device_hours),
                notes["device_hours"],
            ),
            (
                "compute_cost_usd",
                self.tr("Compute cost"),
                known("compute_cost_usd", self.money(result.compute_cost_usd)),
                notes["compute_cost_usd"],
            ),
            (
                "energy_kwh",
                self.tr("Energy"),
                known(
                    "energy_kwh",
                    "—" if result.energy_kwh is None else f"{number_text(result.energy_kwh)} kWh",
                ),
                notes["energy_kwh"],
            ),
            (
                "energy_cost_usd",
                self.tr("Energy cost"),
                known("energy_cost_usd", energy_cost),
                notes["energy_cost_usd"],
            ),
            (
                "total_cost_usd",
                self.tr("Total cost"),
                known("total_cost_usd", self.money(result.total_cost_usd)),
                notes["total_cost_usd"],
            ),
            (
                "co2_kg",
                self.tr("CO₂"),
                known(
                    "co2_kg", "—" if result.co2_kg is None else f"{number_text(result.co2_kg)} kg"
                ),
                notes["co2_kg"],
            ),
            (
                "memory_per_device_gb",
                self.tr("Memory per device"),
                self.tr("{need} of {have} GB").format(
                    need=self.number(result.memory_per_device_gb), have=available
                ),
                notes["memory_per_device_gb"],
            ),
            ("fits", self.tr("Fits in memory"), known("fits", fits), notes["fits"]),
            (
                "min_devices",
                self.tr("Minimum devices that fit"),
                known(
                    "min_devices", "—" if result.min_devices is None else f"{result.min_devices:,}"
                ),
                notes["min_devices"],
            ),
        ]
        if result.band is not None:
            rows.append(self._band_row(result.band))
        return rows

    def _breakdown(self, result: TrainingResult) -> str:
        """``0.355 (compute 89%, TP all-reduces 6%, …)``: the step's parts that count."""
        if result.effective_mfu is None:
            return self.tr("unknown")
        labels = step_part_labels()
        parts = ", ".join(
            f"{labels[name]} {share:.0%}"
            for name, share in result.step_shares.items()
            if share >= 0.005
        )
        return f"{result.effective_mfu:.3g} ({parts})"

    def _precision(self, result: TrainingResult) -> str:
        if result.precision_used is None:
            return self.tr("unknown")
        if result.precision_used == result.precision:
            return result.precision_used
        return self.tr("{used} (no {chosen} figure: its best training precision)").format(
            used=result.precision_used, chosen=result.precision
        )

    def _band_row(self, band: tuple[TrainingResult, TrainingResult]) -> ResultRow:
        low, high = band
        return (
            "band",
            self.tr("MFU {a:g}–{b:g}").format(
                a=float(f"{low.mfu:.3g}"), b=float(f"{high.mfu:.3g}")
            ),
            self.tr("{d1}–{d2} days, {c1}–{c2}").format(
                d1=number_text(high.wall_clock_days),
                d2=number_text(low.wall_clock_days),
                c1=self.money(high.total_cost_usd),
                c2=self.money(low.total_cost_usd),
            ),
            self.tr("The same run at the lowest and highest MFU preset"),
        )
