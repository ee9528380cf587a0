"""Translatable labels for the core's schema, metrics and choices.

The core is Qt-free and English; these tables list its strings literally so that
``pyside6-lupdate`` extracts them, and translate them at display time. A test checks
that they cover every schema column, metric and choice.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gpucompare.core.catalog.fields import field

COLUMN_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("Column", "ID"),
    "name": QT_TRANSLATE_NOOP("Column", "Name"),
    "vendor": QT_TRANSLATE_NOOP("Column", "Vendor"),
    "brand": QT_TRANSLATE_NOOP("Column", "Brand"),
    "kind": QT_TRANSLATE_NOOP("Column", "Kind"),
    "segment": QT_TRANSLATE_NOOP("Column", "Segment"),
    "form_factor": QT_TRANSLATE_NOOP("Column", "Form factor"),
    "release_year": QT_TRANSLATE_NOOP("Column", "Released"),
    "memory_gb": QT_TRANSLATE_NOOP("Column", "Memory"),
    "memory_type": QT_TRANSLATE_NOOP("Column", "Memory type"),
    "memory_bandwidth_gbps": QT_TRANSLATE_NOOP("Column", "Memory bandwidth"),
    "fp64_tflops": QT_TRANSLATE_NOOP("Column", "FP64 dense"),
    "fp32_tflops": QT_TRANSLATE_NOOP("Column", "FP32 dense"),
    "tf32_tflops": QT_TRANSLATE_NOOP("Column", "TF32 dense"),
    "fp16_tflops": QT_TRANSLATE_NOOP("Column", "FP16 dense"),
    "bf16_tflops": QT_TRANSLATE_NOOP("Column", "BF16 dense"),
    "fp8_tflops": QT_TRANSLATE_NOOP("Column", "FP8 dense"),
    "fp4_tflops": QT_TRANSLATE_NOOP("Column", "FP4 dense"),
    "int8_tops": QT_TRANSLATE_NOOP("Column", "INT8 dense"),
    "sparsity_2to4": QT_TRANSLATE_NOOP("Column", "2:4 sparsity"),
    "power_w": QT_TRANSLATE_NOOP("Column", "Power"),
    "interconnect_gbps": QT_TRANSLATE_NOOP("Column", "Interconnect"),
    "launch_price_usd": QT_TRANSLATE_NOOP("Column", "Purchase price"),
    "launch_price_kind": QT_TRANSLATE_NOOP("Column", "Price kind"),
    "launch_price_date": QT_TRANSLATE_NOOP("Column", "Price date"),
    "launch_price_source": QT_TRANSLATE_NOOP("Column", "Price source"),
    "cloud_usd_per_hour": QT_TRANSLATE_NOOP("Column", "Cloud price"),
    "cloud_provider": QT_TRANSLATE_NOOP("Column", "Cloud provider"),
    "cloud_price_date": QT_TRANSLATE_NOOP("Column", "Cloud price date"),
    "cloud_price_source": QT_TRANSLATE_NOOP("Column", "Cloud source"),
    "software_stack": QT_TRANSLATE_NOOP("Column", "Software"),
    "compute_capability": QT_TRANSLATE_NOOP("Column", "Compute capability"),
    "pytorch_support": QT_TRANSLATE_NOOP("Column", "PyTorch"),
    "vllm_support": QT_TRANSLATE_NOOP("Column", "vLLM"),
    "not_published": QT_TRANSLATE_NOOP("Column", "Not published"),
    "sources": QT_TRANSLATE_NOOP("Column", "Sources"),
    "sources_date": QT_TRANSLATE_NOOP("Column", "Sources date"),
    "notes": QT_TRANSLATE_NOOP("Column", "Notes"),
}

COLUMN_DESCRIPTIONS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("Column", "Stable slug: lower-case letters, digits and hyphens."),
    "name": QT_TRANSLATE_NOOP("Column", "Product name as the vendor writes it."),
    "vendor": QT_TRANSLATE_NOOP("Column", "Company that sells the device (one name each)."),
    "brand": QT_TRANSLATE_NOOP("Column", "Sub-brand or maker: HiSilicon, Xilinx, Altera, …"),
    "kind": QT_TRANSLATE_NOOP("Column", "GPU, TPU, NPU, FPGA or ASIC."),
    "segment": QT_TRANSLATE_NOOP(
        "Column", "Market: datacenter, workstation, consumer, edge or cloud-only."
    ),
    "form_factor": QT_TRANSLATE_NOOP("Column", "SXM5, PCIe, OAM, module, chip, …"),
    "release_year": QT_TRANSLATE_NOOP(
        "Column", "Year the device was launched or became available."
    ),
    "memory_gb": QT_TRANSLATE_NOOP(
        "Column", "Device memory as the vendor states it (on-chip SRAM for SRAM-only chips)."
    ),
    "memory_type": QT_TRANSLATE_NOOP("Column", "HBM3, GDDR6X, LPDDR5, SRAM, …"),
    "memory_bandwidth_gbps": QT_TRANSLATE_NOOP("Column", "Peak bandwidth of the device memory."),
    "fp64_tflops": QT_TRANSLATE_NOOP(
        "Column", "Dense peak FP64 throughput at FP64, per device, without sparsity."
    ),
    "fp32_tflops": QT_TRANSLATE_NOOP(
        "Column", "Dense peak FP32 throughput at FP32, per device, without sparsity."
    ),
    "tf32_tflops": QT_TRANSLATE_NOOP(
        "Column", "Dense peak TF32 tensor throughput at TF32, per device, without sparsity."
    ),
    "fp16_tflops": QT_TRANSLATE_NOOP(
        "Column",
        "Dense peak FP16 tensor (FP32 accumulate) throughput at FP16, per device, without sparsity.",
    ),
    "bf16_tflops": QT_TRANSLATE_NOOP(
        "Column",
        "Dense peak BF16 tensor (FP32 accumulate) throughput at BF16, per device, without sparsity.",
    ),
    "fp8_tflops": QT_TRANSLATE_NOOP(
        "Column", "Dense peak FP8 tensor throughput at FP8, per device, without sparsity."
    ),
    "fp4_tflops": QT_TRANSLATE_NOOP(
        "Column", "Dense peak FP4 tensor throughput at FP4, per device, without sparsity."
    ),
    "int8_tops": QT_TRANSLATE_NOOP(
        "Column", "Dense peak INT8 tensor throughput at INT8, per device, without sparsity."
    ),
    "sparsity_2to4": QT_TRANSLATE_NOOP(
        "Column", "Whether 2:4 structured sparsity doubles the tensor rate (yes/no)."
    ),
    "power_w": QT_TRANSLATE_NOOP(
        "Column", "Board, module or chip power (TDP/TBP) as the vendor states it."
    ),
    "interconnect_gbps": QT_TRANSLATE_NOOP(
        "Column",
        "Device-to-device bandwidth (NVLink, Infinity Fabric, ICI, HCCS, …), total per device.",
    ),
    "launch_price_usd": QT_TRANSLATE_NOOP(
        "Column",
        "Purchase price of one device in USD, picked by the price policy (see launch_price_kind).",
    ),
    "launch_price_kind": QT_TRANSLATE_NOOP(
        "Column",
        "msrp (vendor list price), street (reported selling price) or estimate (named analyst).",
    ),
    "launch_price_date": QT_TRANSLATE_NOOP("Column", "Date of the purchase price."),
    "launch_price_source": QT_TRANSLATE_NOOP("Column", "Where the price comes from."),
    "cloud_usd_per_hour": QT_TRANSLATE_NOOP(
        "Column", "On-demand price of one device-hour at the named provider."
    ),
    "cloud_provider": QT_TRANSLATE_NOOP("Column", "Provider of the cloud price."),
    "cloud_price_date": QT_TRANSLATE_NOOP("Column", "Date of the cloud price."),
    "cloud_price_source": QT_TRANSLATE_NOOP("Column", "Where the cloud price comes from."),
    "software_stack": QT_TRANSLATE_NOOP(
        "Column", "SDK or runtime: CUDA, ROCm, oneAPI, CANN, XLA/JAX, Neuron, SynapseAI, MUSA, …"
    ),
    "compute_capability": QT_TRANSLATE_NOOP(
        "Column", "CUDA compute capability (NVIDIA) or GPU target (AMD gfx…)."
    ),
    "pytorch_support": QT_TRANSLATE_NOOP(
        "Column",
        "PyTorch support: upstream (official builds), plugin (vendor extension) or none.",
    ),
    "vllm_support": QT_TRANSLATE_NOOP(
        "Column", "vLLM support: upstream, plugin (hardware plugin), fork (vendor fork) or none."
    ),
    "not_published": QT_TRANSLATE_NOOP(
        "Column",
        "Columns nobody publishes for this device (space-separated ids), shown as n/p; "
        "purchase_price / cloud_price when it is not sold / not rented.",
    ),
    "sources": QT_TRANSLATE_NOOP("Column", "Spec sources (http/https), space-separated."),
    "sources_date": QT_TRANSLATE_NOOP("Column", "Date the specs were checked."),
    "notes": QT_TRANSLATE_NOOP("Column", "Caveats: sparse-only figures, per-module, …"),
}

METRIC_LABELS: dict[str, str] = {
    "peak_tflops": QT_TRANSLATE_NOOP("Metric", "{p} peak (dense)"),
    "tflops_per_kusd": QT_TRANSLATE_NOOP("Metric", "{p} {t} per 1,000 {c}"),
    "tflops_per_w": QT_TRANSLATE_NOOP("Metric", "{p} {t} per watt"),
    "gb_per_kusd": QT_TRANSLATE_NOOP("Metric", "Memory per 1,000 {c}"),
    "bytes_per_flop": QT_TRANSLATE_NOOP("Metric", "Bandwidth per {p} FLOP"),
    "cloud_usd_per_pflop_hour": QT_TRANSLATE_NOOP("Metric", "Cloud cost per {p} PFLOP-hour"),
}

METRIC_DESCRIPTIONS: dict[str, str] = {
    "peak_tflops": QT_TRANSLATE_NOOP("Metric", "Dense peak throughput at the chosen precision."),
    "tflops_per_kusd": QT_TRANSLATE_NOOP(
        "Metric", "Dense peak throughput per 1,000 of launch price."
    ),
    "tflops_per_w": QT_TRANSLATE_NOOP("Metric", "Dense peak throughput per watt of rated power."),
    "gb_per_kusd": QT_TRANSLATE_NOOP(
        "Metric", "Gigabytes of device memory per 1,000 of launch price."
    ),
    "bytes_per_flop": QT_TRANSLATE_NOOP(
        "Metric", "Bytes of memory bandwidth per dense FLOP: higher means less memory-bound."
    ),
    "cloud_usd_per_pflop_hour": QT_TRANSLATE_NOOP(
        "Metric", "On-demand price of one hour of one dense PFLOP/s at the chosen precision."
    ),
}

CHOICE_LABELS: dict[str, str] = {
    "GPU": QT_TRANSLATE_NOOP("Choice", "GPU"),
    "TPU": QT_TRANSLATE_NOOP("Choice", "TPU"),
    "NPU": QT_TRANSLATE_NOOP("Choice", "NPU"),
    "FPGA": QT_TRANSLATE_NOOP("Choice", "FPGA"),
    "ASIC": QT_TRANSLATE_NOOP("Choice", "ASIC"),
    "datacenter": QT_TRANSLATE_NOOP("Choice", "datacenter"),
    "workstation": QT_TRANSLATE_NOOP("Choice", "workstation"),
    "consumer": QT_TRANSLATE_NOOP("Choice", "consumer"),
    "edge": QT_TRANSLATE_NOOP("Choice", "edge"),
    "cloud-only": QT_TRANSLATE_NOOP("Choice", "cloud-only"),
    "msrp": QT_TRANSLATE_NOOP("Choice", "msrp"),
    "street": QT_TRANSLATE_NOOP("Choice", "street"),
    "estimate": QT_TRANSLATE_NOOP("Choice", "estimate"),
    "upstream": QT_TRANSLATE_NOOP("Choice", "upstream"),
    "plugin": QT_TRANSLATE_NOOP("Choice", "plugin"),
    "fork": QT_TRANSLATE_NOOP("Choice", "fork"),
    "none": QT_TRANSLATE_NOOP("Choice", "none"),
}


def choice_label(value: str) -> str:
    """A kind, segment or price kind in the UI language."""
    return QCoreApplication.translate("Choice", CHOICE_LABELS.get(value, value))


def field_label(field_id: str, precision: str, currency: str = "USD", *, unit: bool = True) -> str:
    """A column or metric label in the UI language, with its unit."""
    spec = field(field_id)
    throughput = "TOPS" if precision.upper() == "INT8" else "TFLOPS"
    if spec.metric is not None:
        template = QCoreApplication.translate("Metric", METRIC_LABELS[field_id])
        label = template.format(p=precision.upper(), t=throughput, c=currency.upper())
        unit_text = spec.metric.unit.format(t=throughput, c=currency.upper())
    else:
        assert spec.column is not None
        label = QCoreApplication.translate("Column", COLUMN_LABELS[field_id])
        unit_text = spec.column.unit.replace("USD", currency.upper())
    return f"{label} ({unit_text})" if unit and unit_text else label


def field_description(field_id: str) -> str:
    """One-sentence description of a column or metric in the UI language."""
    if field_id in METRIC_DESCRIPTIONS:
        return QCoreApplication.translate("Metric", METRIC_DESCRIPTIONS[field_id])
    return QCoreApplication.translate("Column", COLUMN_DESCRIPTIONS[field_id])
