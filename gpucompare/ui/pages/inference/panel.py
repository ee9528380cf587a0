"""Inference sizing: will a model serve on a device, and how fast at best?

The form lives in the state (``state.inference_form``); the page shows it
(:class:`InferenceForm`), and recomputes with the Qt-free core whenever the form, the
filters or the currency change. Each result carries its formula as a tooltip; the
ranking covers the filtered catalog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from gpucompare.core.inference import InferenceResult, Ranking, rank, size
from gpucompare.core.inference.form import parse_form
from gpucompare.core.issues import InputError
from gpucompare.core.state import AppState
from gpucompare.ui.labels.messages import message_text
from gpucompare.ui.pages.calculator import CalculatorPage, ExplainDialog, scrolled
from gpucompare.ui.pages.inference.form import InferenceForm
from gpucompare.ui.pages.inference.ranking import InferenceRanking
from gpucompare.ui.pages.inference.results import InferenceResultText
from gpucompare.ui.pages.lazy import RefreshesWhenShown, when_visible


class InferencePanel(RefreshesWhenShown, CalculatorPage):
    """Inputs and results on top, the ranking of the filtered catalog below."""

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("inferencePanel")
        self.result: InferenceResult | None = None
        self.ranking: Ranking | None = None
        self.error: InputError | None = None

        self.form_box = InferenceForm(state, self)
        # The form's widgets, by the names tests and the window use.
        self.fields: dict[str, QWidget] = self.form_box.fields
        self._captions: dict[str, QLabel] = self.form_box.captions
        self.model_field, self.device_field = self.form_box.model_field, self.form_box.device_field
        self.precision_field, self.kv_field = self.form_box.precision_field, self.form_box.kv_field
        self.engine_field, self.sort_field = self.form_box.engine_field, self.form_box.sort_field
        self.use_selected_button = self.form_box.use_selected_button
        self.explain_button = QPushButton(self)
        self.explain_button.clicked.connect(self.show_explanation)
        self.assemble(scrolled(self.form_box, self), [self.explain_button], [340, 320])
        self._text = InferenceResultText(state, self)
        self._ranking = InferenceRanking(state, self.ranking_view, self)

        state.inference_changed.connect(self.refresh)
        state.data_changed.connect(self.refresh)
        state.catalog_changed.connect(self.form_box.fill_devices)
        state.currency_changed.connect(self.retranslate)
        self.form_box.fill_devices()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the UI language."""
        self.form_box.retranslate()
        self.results_box.setTitle(self.tr("Result (upper bounds, not forecasts)"))
        self.ranking_box.setTitle(self.tr("Which filtered devices can serve it"))
        self.explain_button.setText(self.tr("Explain…"))
        self._ranking.retranslate()
        self.refresh()

    def use_selected_device(self) -> None:
        """Size the model on the device selected in the table."""
        self.form_box.use_selected_device()

    @when_visible
    def refresh(self) -> None:
        """Recompute from the state; show an error next to its field."""
        self.form_box.show_form()
        state = self._state
        self.form_box.clear_marks()
        try:
            inputs, max_count = parse_form(state.inference_form)
        except InputError as error:
            self._show_error(error)
            self.ranking = None
            self._ranking.clear()
            return
        self.error_label.setVisible(False)
        rows = state.catalog.loc[state.catalog["id"] == state.inference_form.device]
        if rows.empty:
            self._show_error(InputError("device", self.tr("choose a device")))
        else:
            self.result = size(inputs, rows.iloc[0])
            self._show_result(self.result)
        filtered = state.catalog[state.mask]
        self.ranking = rank(filtered, inputs, max_count, sort=state.inference_form.sort)
        self._ranking.show(self.ranking, len(filtered), max_count)

    def _show_error(self, error: InputError) -> None:
        self.error = error
        self.form_box.mark_error(error.field, message_text(error.message))
        self.error_label.setText(f"{error.field}: {message_text(error.message)}")
        self.error_label.setVisible(True)
        self.result = None
        self.results.set_rows([])
        self.notes_label.setVisible(False)
        self.explain_button.setEnabled(False)

    def _show_result(self, result: InferenceResult) -> None:
        self.error = None
        self.results.set_rows(self._text.rows(result))
        self.notes_label.setText(self._text.notes(result))
        self.notes_label.setVisible(bool(result.notes))
        self.explain_button.setEnabled(True)

    def show_explanation(self) -> None:
        """A dialog with every formula and its inputs."""
        if self.result is None:
            return
        text = self._text.explanation(self.result)
        dialog = ExplainDialog(self.tr("How the result is computed"), text, self)
        self.last_explanation = dialog
        dialog.open()
