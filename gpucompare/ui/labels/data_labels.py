"""Labels from the bundled data files (presets, networks, currencies) in the UI language.

The core reads each label as a :class:`~gpucompare.core.messages.DataLabel`: its English
text and the ``kind`` and ``key`` of its row. ``LABELS`` holds the same English text per
(kind, key) for ``pyside6-lupdate`` (context "DataLabel"); ``tests/ui/test_data_labels.py``
fails when a row of the data files is missing here or its text differs, so a new or
reworded preset gets a translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gpucompare.core.messages import DataLabel
from gpucompare.core.training.presets import Preset

LABELS: dict[tuple[str, str], str] = {
    ("mfu", "conservative"): QT_TRANSLATE_NOOP("DataLabel", "Conservative (estimator convention)"),
    ("mfu", "typical"): QT_TRANSLATE_NOOP("DataLabel", "Typical (Llama 3 405B: 38-43%)"),
    ("mfu", "best"): QT_TRANSLATE_NOOP("DataLabel", "Best published (Megatron 530B: 54.2%)"),
    ("carbon", "world"): QT_TRANSLATE_NOOP("DataLabel", "World average (Ember)"),
    ("carbon", "world-iea"): QT_TRANSLATE_NOOP("DataLabel", "World average (IEA)"),
    ("carbon", "china"): QT_TRANSLATE_NOOP("DataLabel", "China"),
    ("carbon", "india"): QT_TRANSLATE_NOOP("DataLabel", "India"),
    ("carbon", "usa"): QT_TRANSLATE_NOOP("DataLabel", "United States"),
    ("carbon", "germany"): QT_TRANSLATE_NOOP("DataLabel", "Germany"),
    ("carbon", "canada"): QT_TRANSLATE_NOOP("DataLabel", "Canada"),
    ("carbon", "france"): QT_TRANSLATE_NOOP("DataLabel", "France"),
    ("carbon", "norway"): QT_TRANSLATE_NOOP("DataLabel", "Norway"),
    ("pue", "hyperscale"): QT_TRANSLATE_NOOP("DataLabel", "Hyperscale (Google fleet)"),
    ("pue", "industry"): QT_TRANSLATE_NOOP("DataLabel", "Industry average (Uptime Institute)"),
    ("draw", "rated"): QT_TRANSLATE_NOOP("DataLabel", "Rated power (Meta's convention)"),
    ("electricity", "us-industrial"): QT_TRANSLATE_NOOP("DataLabel", "US industrial average (EIA)"),
    ("lifetime", "4-years"): QT_TRANSLATE_NOOP("DataLabel", "4 years (hyperscalers before 2022)"),
    ("lifetime", "5-years"): QT_TRANSLATE_NOOP("DataLabel", "5 years (Meta and Amazon servers)"),
    ("lifetime", "6-years"): QT_TRANSLATE_NOOP("DataLabel", "6 years (Microsoft and Google)"),
    ("overhead", "server"): QT_TRANSLATE_NOOP("DataLabel", "Server around the GPU (derived)"),
    ("overhead", "cluster"): QT_TRANSLATE_NOOP(
        "DataLabel", "Server, network and facility (derived)"
    ),
    ("utilization", "always-busy"): QT_TRANSLATE_NOOP(
        "DataLabel", "Busy its whole life (assumption)"
    ),
    ("tokens_per_param", "chinchilla"): QT_TRANSLATE_NOOP(
        "DataLabel", "Compute-optimal (Chinchilla)"
    ),
    ("mfu_fp8", "typical"): QT_TRANSLATE_NOOP(
        "DataLabel", "Typical FP8 (Llama 4 Behemoth: 390 TFLOPS per GPU)"
    ),
    ("mfu_fp4", "unproven"): QT_TRANSLATE_NOOP(
        "DataLabel", "FP4 (unproven: assumed no faster than FP8)"
    ),
    ("host", "node"): QT_TRANSLATE_NOOP("DataLabel", "By node class (DGX system power)"),
    ("host", "none"): QT_TRANSLATE_NOOP(
        "DataLabel", "GPU power only (the Llama and BLOOM model cards' convention)"
    ),
    ("node_size", "dgx"): QT_TRANSLATE_NOOP("DataLabel", "8 devices per node (DGX/HGX)"),
    ("cost_of_capital", "gpu-loan"): QT_TRANSLATE_NOOP(
        "DataLabel", "GPU-backed loans (low end of 10-17%)"
    ),
    ("cost_of_capital", "none"): QT_TRANSLATE_NOOP("DataLabel", "No cost of capital (cash at 0%)"),
    ("colocation", "cbre-2024"): QT_TRANSLATE_NOOP(
        "DataLabel", "Wholesale colocation (CBRE H2 2024)"
    ),
    ("colocation", "none"): QT_TRANSLATE_NOOP("DataLabel", "Own facility (no rent)"),
    ("resale", "none"): QT_TRANSLATE_NOOP("DataLabel", "No resale value"),
    ("network", "ib-ndr"): QT_TRANSLATE_NOOP("DataLabel", "InfiniBand NDR (400 Gb/s per device)"),
    ("network", "ib-xdr"): QT_TRANSLATE_NOOP("DataLabel", "InfiniBand XDR (800 Gb/s per device)"),
    ("network", "roce-400g"): QT_TRANSLATE_NOOP("DataLabel", "RoCE 400 GbE (400 Gb/s per device)"),
    ("network", "ethernet-100g"): QT_TRANSLATE_NOOP(
        "DataLabel", "100 Gigabit Ethernet (one port per device)"
    ),
    ("network", "pcie-box"): QT_TRANSLATE_NOOP(
        "DataLabel", "PCIe boxes, one 100 GbE port per box of 8"
    ),
    ("network", "nvlink-domain"): QT_TRANSLATE_NOOP(
        "DataLabel", "NVLink / NVSwitch domain (the device's own link)"
    ),
    ("network", "tpu-ici"): QT_TRANSLATE_NOOP("DataLabel", "TPU ICI (the chip's own links)"),
    ("link", "pcie4-x16"): QT_TRANSLATE_NOOP(
        "DataLabel", "PCIe 4.0 x16 (no device-to-device link in the catalog)"
    ),
    ("node_size", "hgx-8"): QT_TRANSLATE_NOOP("DataLabel", "8 devices per node (HGX / DGX)"),
    ("global_batch", "llama-2"): QT_TRANSLATE_NOOP("DataLabel", "4M tokens (Llama 2)"),
    ("vocab", "llama-2"): QT_TRANSLATE_NOOP("DataLabel", "32,000 tokens (Llama 2)"),
    ("headroom", "vllm-10"): QT_TRANSLATE_NOOP(
        "DataLabel", "10% of device memory kept free (modelling choice)"
    ),
    ("currency", "USD"): QT_TRANSLATE_NOOP("DataLabel", "US dollar"),
    ("currency", "CNY"): QT_TRANSLATE_NOOP("DataLabel", "Chinese yuan"),
    ("currency", "EUR"): QT_TRANSLATE_NOOP("DataLabel", "Euro"),
}
UNITS: dict[str, str] = {
    "fraction of dense peak": QT_TRANSLATE_NOOP("DataLabel", "fraction of dense peak"),
    "kg CO2/kWh": QT_TRANSLATE_NOOP("DataLabel", "kg CO2/kWh"),
    "kg CO2e/kWh": QT_TRANSLATE_NOOP("DataLabel", "kg CO2e/kWh"),
    "ratio": QT_TRANSLATE_NOOP("DataLabel", "ratio"),
    "fraction of rated power": QT_TRANSLATE_NOOP("DataLabel", "fraction of rated power"),
    "USD/kWh": QT_TRANSLATE_NOOP("DataLabel", "USD/kWh"),
    "years": QT_TRANSLATE_NOOP("DataLabel", "years"),
    "fraction of GPU price": QT_TRANSLATE_NOOP("DataLabel", "fraction of GPU price"),
    "fraction of hours": QT_TRANSLATE_NOOP("DataLabel", "fraction of hours"),
    "tokens per parameter": QT_TRANSLATE_NOOP("DataLabel", "tokens per parameter"),
    "fraction of dense FP8 peak": QT_TRANSLATE_NOOP("DataLabel", "fraction of dense FP8 peak"),
    "fraction of dense FP4 peak": QT_TRANSLATE_NOOP("DataLabel", "fraction of dense FP4 peak"),
    "fraction of device power": QT_TRANSLATE_NOOP("DataLabel", "fraction of device power"),
    "devices": QT_TRANSLATE_NOOP("DataLabel", "devices"),
    "per year": QT_TRANSLATE_NOOP("DataLabel", "per year"),
    "USD per kW-month": QT_TRANSLATE_NOOP("DataLabel", "USD per kW-month"),
    "fraction of capital": QT_TRANSLATE_NOOP("DataLabel", "fraction of capital"),
    "GB/s per device each way": QT_TRANSLATE_NOOP("DataLabel", "GB/s per device each way"),
    "GB/s each way": QT_TRANSLATE_NOOP("DataLabel", "GB/s each way"),
    "tokens": QT_TRANSLATE_NOOP("DataLabel", "tokens"),
    "fraction of device memory": QT_TRANSLATE_NOOP("DataLabel", "fraction of device memory"),
}


def data_label(label: str) -> str:
    """``label`` in the UI language when it is a bundled row's DataLabel; otherwise as it is."""
    if not isinstance(label, DataLabel) or LABELS.get((label.kind, label.key)) != label:
        return str(label)
    return QCoreApplication.translate("DataLabel", str(label))


def preset_tooltip(preset: Preset) -> str:
    """Label, value, unit, year and source of ``preset``, in the UI language."""
    unit = preset.unit
    if UNITS.get(unit) == unit:
        unit = QCoreApplication.translate("DataLabel", unit)
    year = f", {preset.year}" if preset.year else ""
    return f"{data_label(preset.label)}: {preset.value:g} {unit}{year} ({preset.source})"
