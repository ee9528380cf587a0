"""The training form's model preset, ownership and host-power inputs.

Kept apart from :mod:`.form` so that page stays small: these functions add rows to the
form's pages and fill the model chooser; the form still owns every widget in ``fields``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from gpucompare.core.models.presets import bundled_presets
from gpucompare.ui.pages.calculator import ChoiceField
from gpucompare.ui.pages.training.form_rows import FormRows

# Devices per node is on the Layout tab: the same node decides TP and whole-node purchases.
OWNERSHIP_FIELDS = ("cost_of_capital", "colocation", "resale")
# Choosing a model preset clears what the preset sets, so the preset's figures apply.
MODEL_SETS = ("params", "active_params", "layers", "hidden")


def add_model_row(owner: FormRows, form: QFormLayout, page: QWidget) -> None:
    """A model preset chooser (the presets ``cost --model`` takes), as the first row."""
    chooser = ChoiceField("model", page)
    owner.fields["model"] = chooser
    owner.row(form, "model", chooser)


def add_ownership_rows(owner: FormRows, form: QFormLayout, page: QWidget) -> None:
    """Cost of capital, colocation rent and resale value (owned pricing)."""
    for name in OWNERSHIP_FIELDS:
        owner.row(form, name, owner.text(name, page))


def add_host_row(owner: FormRows, form: QFormLayout, page: QWidget) -> None:
    """The node's power besides its devices, as a fraction of device power."""
    owner.row(form, "host_overhead", owner.text("host_overhead", page))


def fill_model_choices(chooser: ChoiceField, current: str) -> None:
    """No preset (type the parameters), then every bundled model preset."""
    none = QCoreApplication.translate("TrainingForm", "None: type the parameters")
    presets = [(spec.name, key) for key, spec in bundled_presets().items()]
    chooser.set_choices([(none, ""), *presets], current)


def model_changes(value: str) -> dict[str, str]:
    """The form edits a model choice makes: the preset, and its figures cleared."""
    if not value:
        return {"model": ""}
    return {"model": value, **dict.fromkeys(MODEL_SETS, "")}


def caption_texts(code: str) -> dict[str, str]:
    """Captions of the rows added here; money captions name the currency ``code``."""
    return {
        "model": QCoreApplication.translate("TrainingForm", "Model preset"),
        "cost_of_capital": QCoreApplication.translate("TrainingForm", "Cost of capital (per year)"),
        "colocation": QCoreApplication.translate(
            "TrainingForm", "Colocation ({c} per kW-month)"
        ).format(c=code),
        "resale": QCoreApplication.translate("TrainingForm", "Resale value (fraction)"),
        "host_overhead": QCoreApplication.translate("TrainingForm", "Host power (× device power)"),
    }


def placeholder_texts() -> dict[str, str]:
    """Hints in the added fields' empty state: what the default is."""
    return {
        "cost_of_capital": "0.10",
        "colocation": QCoreApplication.translate("TrainingForm", "CBRE 2024 average"),
        "resale": "0",
        "host_overhead": QCoreApplication.translate("TrainingForm", "by node class (DGX)"),
    }
