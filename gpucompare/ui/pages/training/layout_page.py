"""The training form's Layout tab: parallel layout (auto or pinned), network, node, batch.

Its fields join the form's ``fields`` and ``captions``, so the form wires, shows and
marks them like any other; this module only builds them and gives them their texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from gpucompare.core.training import presets
from gpucompare.ui.labels.data_labels import data_label, preset_tooltip
from gpucompare.ui.pages.calculator import ChoiceField, TextField

LAYOUT_FIELDS = ("layout", "network", "node_size", "global_batch")


def recompute_labels() -> dict[str, str]:
    """Recomputation choices and their names."""
    return {
        "none": QCoreApplication.translate("Calculator", "none (keep every activation)"),
        "selective": QCoreApplication.translate(
            "Calculator", "selective (FlashAttention; default)"
        ),
        "full": QCoreApplication.translate("Calculator", "full (+33% compute, least memory)"),
    }


def step_part_labels() -> dict[str, str]:
    """Names of the parts of a training step, for the effective-MFU breakdown."""
    return {
        "compute": QCoreApplication.translate("Calculator", "compute"),
        "recompute": QCoreApplication.translate("Calculator", "recomputation"),
        "tensor": QCoreApplication.translate("Calculator", "TP all-reduces"),
        "expert": QCoreApplication.translate("Calculator", "EP all-to-alls"),
        "bubble": QCoreApplication.translate("Calculator", "pipeline bubble"),
        "data_exposed": QCoreApplication.translate("Calculator", "DP sync not hidden"),
    }


class LayoutPage(QWidget):
    """Layout text (empty: searched), network preset, node size and global batch."""

    def __init__(
        self, fields: dict[str, QWidget], captions: dict[str, QLabel], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingLayoutPage")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._fields = fields
        self._captions = captions
        for name in LAYOUT_FIELDS:
            widget = ChoiceField(name, self) if name == "network" else TextField(name, self)
            fields[name] = widget
            caption = QLabel(self)
            captions[name] = caption
            form.addRow(caption, widget)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form.addRow(self.note)

    def retranslate(self, network: str) -> None:
        """Captions, hints and the network choices (``network``: the form's value)."""
        texts = {
            "layout": self.tr("Layout (TP×PP×DP)"),
            "network": self.tr("Network between nodes"),
            "node_size": self.tr("Devices per node"),
            "global_batch": self.tr("Global batch (tokens)"),
        }
        for name, text in texts.items():
            self._captions[name].setText(text)
        self._fields["layout"].setPlaceholderText(
            self.tr("auto: the fastest that fits; or pin, e.g. 8x4x16")
        )
        self._fields["node_size"].setPlaceholderText(self.tr("default 8"))
        self._fields["global_batch"].setPlaceholderText(
            self.tr("default 4M, one sequence per node at least")
        )
        choices = [(f"{data_label(p.label)} — {p.value:g} GB/s", p.key) for p in presets("network")]
        default = next(p.key for p in presets("network") if p.default)
        chooser = self._fields["network"]
        chooser.set_choices(choices, network or default)
        for index, preset in enumerate(presets("network")):
            chooser.setItemData(index, preset_tooltip(preset), Qt.ItemDataRole.ToolTipRole)
        self.note.setText(
            self.tr(
                "Tensor parallelism stays within a node, over the device's own link (PCIe "
                "where the catalog has none); data parallelism crosses the network. The "
                "result shows the layout chosen and what communication and the pipeline "
                "bubble cost."
            )
        )
