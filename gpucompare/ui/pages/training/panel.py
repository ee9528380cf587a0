"""The training-cost calculator: inputs, live results with their formulas, and a ranking.

The form lives in the state (``state.training_form``); the page shows it
(:class:`TrainingForm`), and recomputes with the Qt-free core whenever the form, the
filters or the currency change. Money is typed and shown in the display currency.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from gpucompare.core.issues import InputError
from gpucompare.core.state import AppState
from gpucompare.core.training import Ranking, TrainingResult, estimate
from gpucompare.core.training.form import parse_form
from gpucompare.ui.labels.messages import message_text
from gpucompare.ui.pages.calculator import CalculatorPage, ExplainDialog, scrolled
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible
from gpucompare.ui.pages.training.form import TrainingForm
from gpucompare.ui.pages.training.ranking import TrainingRanking
from gpucompare.ui.pages.training.results import TrainingResultText

MONEY_FIELDS = ("price_per_hour", "purchase_price", "electricity_price")


class TrainingPanel(RefreshesWhenShown, CalculatorPage):
    """Inputs on the left, results and the catalog ranking on the right."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("trainingPanel")
        self.result: TrainingResult | None = None
        self.ranking: Ranking | None = None
        self.error: InputError | None = None
        self._currency = state.currency

        self.form = TrainingForm(state, self)
        # The form's widgets, by the names tests and the window use.
        self.fields: dict[str, QWidget] = self.form.fields
        self._captions: dict[str, QLabel] = self.form.captions
        self.device_field = self.form.device_field
        self.use_selected_button = self.form.use_selected_button
        self.optimal_check, self.band_check = self.form.optimal_check, self.form.band_check
        self.count_radio, self.days_radio = self.form.count_radio, self.form.days_radio
        self.cloud_radio, self.owned_radio = self.form.cloud_radio, self.form.owned_radio
        self.explain_button = QPushButton(self)
        self.explain_button.clicked.connect(self.show_explanation)
        self.export_result_button = QPushButton(self)
        buttons = [self.explain_button, self.export_result_button]
        self.assemble(scrolled(self.form, self), buttons, [330, 330])  # scrolls on a low screen
        self._text = TrainingResultText(state, self)
        self._ranking = TrainingRanking(state, self.ranking_view, self)

        state.training_changed.connect(self.refresh)
        state.data_changed.connect(self.refresh)
        state.catalog_changed.connect(self.form.fill_devices)
        state.currency_changed.connect(self._currency_changed)
        self.form.fill_devices()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the UI language."""
        self.form.retranslate()
        self.results_box.setTitle(self.tr("Result"))
        self.ranking_box.setTitle(self.tr("The same run on every filtered device"))
        self.explain_button.setText(self.tr("Explain…"))
        self.export_result_button.setText(self.tr("Export result CSV…"))
        self.ranking_view.export_button.setText(self.tr("Export ranking CSV…"))
        self.ranking_view.caption.setText(self.tr("Chart:"))
        self.ranking_view.set_excluded_headers(self.tr("Device"), self.tr("Why it is left out"))
        self.refresh()

    def use_selected_device(self) -> None:
        """Price the run on the device selected in the table."""
        self.form.use_selected_device()

    def _currency_changed(self) -> None:
        old, new = self._currency, self._state.currency
        self._currency = new
        form = self._state.training_form
        converted = {}
        for name in MONEY_FIELDS:
            text = getattr(form, name).strip()
            try:
                amount = float(text.replace(",", ""))
            except ValueError:
                continue
            converted[name] = f"{new.from_usd(old.to_usd(amount)):.6g}"
        self.retranslate()
        if converted:
            self._state.update_training(**converted)

    @when_visible
    def refresh(self) -> None:
        """Recompute result and ranking from the state; show errors next to their field."""
        self.form.show_form()
        state = self._state
        self.form.clear_marks()
        try:
            inputs = parse_form(state.training_form, state.currency)
            self.error = None
        except InputError as error:
            self._show_error(error)
            return
        rows = state.catalog.loc[state.catalog["id"] == state.training_form.device]
        try:
            if rows.empty:
                raise InputError("device", self.tr("choose a device"))
            self.result = estimate(inputs, rows.iloc[0])
        except InputError as error:
            self.result = None
            self._show_error(error, keep_ranking=True)
            self.ranking = self._ranking.show(inputs)
            return
        self.error_label.setVisible(False)
        self._show_result(self.result)
        self.ranking = self._ranking.show(inputs)

    def _show_error(self, error: InputError, keep_ranking: bool = False) -> None:
        self.error = error
        message = message_text(error.message)
        self.form.mark_error(error.field, message)
        self.error_label.setText(f"{self.form.caption_for(error.field)}: {message}")
        self.error_label.setVisible(True)
        self.result = None
        self.results.set_rows([])
        self.notes_label.setVisible(False)
        self.explain_button.setEnabled(False)
        self.export_result_button.setEnabled(False)
        if not keep_ranking:
            self.ranking = None
            self._ranking.clear()

    def _show_result(self, result: TrainingResult) -> None:
        self.results.set_rows(self._text.rows(result))
        self.notes_label.setText("\n".join(f"⚠ {message_text(w)}" for w in result.warnings))
        self.notes_label.setVisible(bool(result.warnings))
        self.explain_button.setEnabled(True)
        self.export_result_button.setEnabled(True)

    def show_explanation(self) -> None:
        """A dialog with every formula and its inputs."""
        if self.result is None:
            return
        text = "\n\n".join(
            self.tr("{label}: {value}").format(label=label, value=value) + f"\n  {formula}"
            for key, label, value, formula in self._text.rows(self.result)
            if key != "tokens"  # the training-compute formula again
        )
        dialog = ExplainDialog(self.tr("How the result is computed"), text, self)
        self.last_explanation = dialog
        dialog.open()
