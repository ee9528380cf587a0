"""The inference result as rows of the result grid, and as the Explain… text."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QObject

from gpucompare.core.inference import InferenceResult
from gpucompare.core.inference.explain import explain
from gpucompare.core.state import AppState
from gpucompare.ui.formatting import format_money
from gpucompare.ui.labels.messages import message_text
from gpucompare.ui.pages.calculator import number_text
from gpucompare.ui.pages.inference.labels import bound_names, latency_names, result_labels

MONEY_KEYS = (
    "usd_per_million_tokens",
    "usd_per_million_input_tokens",
    "usd_per_million_output_tokens",
)


class InferenceResultText(QObject):
    """(key, label, value, formula) rows of a result, in the UI language and currency."""

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state

    def rows(self, result: InferenceResult) -> list[tuple[str, str, str, str]]:
        """Devices, memory, fit and bound, then each explained figure with its formula."""
        money = self._state.currency
        rows = [
            ("devices", self.tr("Devices"), f"{result.devices:,}", ""),
            (
                "capacity_gb",
                self.tr("Memory available"),
                "—" if result.capacity_gb is None else f"{number_text(result.capacity_gb)} GB",
                "",
            ),
        ]
        labels = result_labels()
        units = {"tokens": self.tr("tokens"), "tokens/s": self.tr("tokens/s")}
        for explanation in explain(result, money.per_usd, money.code):
            value = explanation.value
            if value is None or (isinstance(value, float) and math.isnan(value)):
                text = "—"
            elif explanation.key == "latency_batch":
                limit = latency_names().get(result.latency_bound or "", "—")
                text = f"{int(value):,} ({limit})"
            elif explanation.key in MONEY_KEYS:
                units = self._state.chinese_units
                text = f"{format_money(float(value), QLocale(), units)} {money.code}"
            else:
                unit = units.get(explanation.unit, explanation.unit)
                text = f"{number_text(float(value))} {unit}".strip()
            rows.append(
                (
                    explanation.key,
                    labels.get(explanation.key, explanation.label),
                    text,
                    message_text(explanation.formula),
                )
            )
        fits = {True: self.tr("yes"), False: self.tr("no"), None: "—"}[result.fits]
        rows.insert(2, ("fits", self.tr("Fits"), fits, ""))
        bound = bound_names().get(result.bound or "", "—")
        how = self.tr("The larger of memory time (bytes / bandwidth) and compute time")
        rows.insert(3, ("bound", self.tr("Bound by"), bound, how))
        return rows

    def notes(self, result: InferenceResult) -> str:
        """The result's notes, one bullet a line."""
        return "\n".join(f"• {message_text(note)}" for note in result.notes)

    def explanation(self, result: InferenceResult) -> str:
        """Every formula with its inputs, then the notes: the Explain… dialog's text."""
        money, labels = self._state.currency, result_labels()
        text = "\n\n".join(
            f"{labels.get(e.key, e.label)}\n  {message_text(e.formula)}"
            for e in explain(result, money.per_usd, money.code)
        )
        return f"{text}\n\n{self.notes(result)}".strip()
