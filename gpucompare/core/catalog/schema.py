"""The catalog schema: one table that drives validation, headers, CLI and GUI columns.

Every catalog column is described once here: its id (the CSV header and the CLI
name), a human label, a unit, a data type, a plausible range and a description.
Nothing else in gpucompare hard-codes a column list.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DType(StrEnum):
    """How a column's cells are parsed and stored."""

    TEXT = "text"
    CHOICE = "choice"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"
    URLS = "urls"


class Better(StrEnum):
    """Which direction of a numeric column is better for a buyer."""

    HIGHER = "higher"
    LOWER = "lower"
    NEITHER = "neither"


@dataclass(frozen=True)
class Column:
    """One catalog column."""

    id: str
    label: str
    unit: str
    dtype: DType
    description: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    better: Better = Better.NEITHER
    money: bool = False
    grouping: bool = True
    derived: bool = False

    @property
    def numeric(self) -> bool:
        """True for columns stored as numbers."""
        return self.dtype in (DType.INT, DType.FLOAT)

    def header(self) -> str:
        """Label with its unit, e.g. ``Memory (GB)``."""
        return f"{self.label} ({self.unit})" if self.unit else self.label


KINDS: tuple[str, ...] = ("GPU", "TPU", "NPU", "FPGA", "ASIC")
SEGMENTS: tuple[str, ...] = ("datacenter", "workstation", "consumer", "edge", "cloud-only")
PRICE_KINDS: tuple[str, ...] = ("msrp", "street", "estimate")
PYTORCH_SUPPORT: tuple[str, ...] = ("upstream", "plugin", "none")
VLLM_SUPPORT: tuple[str, ...] = ("upstream", "plugin", "fork", "none")
# Tokens of ``not_published`` that are not columns: the device is not sold / not rented.
NOT_PUBLISHED_PRICES: tuple[str, ...] = ("purchase_price", "cloud_price")

# Precisions a user can choose; each maps to the dense-throughput column it reads.
PRECISION_COLUMNS: dict[str, str] = {
    "FP64": "fp64_tflops",
    "FP32": "fp32_tflops",
    "TF32": "tf32_tflops",
    "FP16": "fp16_tflops",
    "BF16": "bf16_tflops",
    "FP8": "fp8_tflops",
    "FP4": "fp4_tflops",
    "INT8": "int8_tops",
}
DEFAULT_PRECISION = "BF16"

_TFLOPS_MAX = 1_000_000.0  # a wafer-scale engine is ~125,000 dense FP16 TFLOPS


def _tflops(precision: str, what: str) -> Column:
    unit = "TOPS" if precision == "INT8" else "TFLOPS"
    return Column(
        id=PRECISION_COLUMNS[precision],
        label=f"{precision} dense",
        unit=unit,
        dtype=DType.FLOAT,
        description=f"Dense peak {what} throughput at {precision}, per device, without sparsity.",
        minimum=0.0,
        maximum=_TFLOPS_MAX,
        better=Better.HIGHER,
    )


COLUMNS: tuple[Column, ...] = (
    Column("id", "ID", "", DType.TEXT, "Stable slug: lower-case letters, digits and hyphens."),
    Column("name", "Name", "", DType.TEXT, "Product name as the vendor writes it."),
    Column("vendor", "Vendor", "", DType.TEXT, "Company that sells the device (one name each)."),
    Column("brand", "Brand", "", DType.TEXT, "Sub-brand or maker: HiSilicon, Xilinx, Altera, …"),
    Column("kind", "Kind", "", DType.CHOICE, "GPU, TPU, NPU, FPGA or ASIC.", choices=KINDS),
    Column(
        "segment",
        "Segment",
        "",
        DType.CHOICE,
        "Market: datacenter, workstation, consumer, edge or cloud-only.",
        choices=SEGMENTS,
    ),
    Column("form_factor", "Form factor", "", DType.TEXT, "SXM5, PCIe, OAM, module, chip, …"),
    Column(
        "release_year",
        "Released",
        "",
        DType.INT,
        "Year the device was launched or became available.",
        minimum=1990,
        maximum=2035,
        better=Better.HIGHER,
        grouping=False,
    ),
    Column(
        "memory_gb",
        "Memory",
        "GB",
        DType.FLOAT,
        "Device memory as the vendor states it (on-chip SRAM for SRAM-only chips).",
        minimum=0.0,
        maximum=100_000.0,
        better=Better.HIGHER,
    ),
    Column("memory_type", "Memory type", "", DType.TEXT, "HBM3, GDDR6X, LPDDR5, SRAM, …"),
    Column(
        "memory_bandwidth_gbps",
        "Memory bandwidth",
        "GB/s",
        DType.FLOAT,
        "Peak bandwidth of the device memory.",
        minimum=0.0,
        maximum=100_000_000.0,
        better=Better.HIGHER,
    ),
    _tflops("FP64", "FP64"),
    _tflops("FP32", "FP32"),
    _tflops("TF32", "TF32 tensor"),
    _tflops("FP16", "FP16 tensor (FP32 accumulate)"),
    _tflops("BF16", "BF16 tensor (FP32 accumulate)"),
    _tflops("FP8", "FP8 tensor"),
    _tflops("FP4", "FP4 tensor"),
    _tflops("INT8", "INT8 tensor"),
    Column(
        "sparsity_2to4",
        "2:4 sparsity",
        "",
        DType.BOOL,
        "Whether 2:4 structured sparsity doubles the tensor rate (yes/no).",
    ),
    Column(
        "power_w",
        "Power",
        "W",
        DType.FLOAT,
        "Board, module or chip power (TDP/TBP) as the vendor states it.",
        minimum=0.0,
        maximum=50_000.0,
        better=Better.LOWER,
    ),
    Column(
        "interconnect_gbps",
        "Interconnect",
        "GB/s",
        DType.FLOAT,
        "Device-to-device bandwidth (NVLink, Infinity Fabric, ICI, HCCS, …), total per device.",
        minimum=0.0,
        maximum=100_000.0,
        better=Better.HIGHER,
    ),
    Column(
        "launch_price_usd",
        "Purchase price",
        "USD",
        DType.FLOAT,
        "Purchase price of one device in USD, picked by the price policy (see launch_price_kind).",
        minimum=0.0,
        maximum=10_000_000.0,
        better=Better.LOWER,
        money=True,
        derived=True,
    ),
    Column(
        "launch_price_kind",
        "Price kind",
        "",
        DType.CHOICE,
        "msrp (vendor list price), street (reported selling price) or estimate (named analyst).",
        choices=PRICE_KINDS,
        derived=True,
    ),
    Column(
        "launch_price_date",
        "Price date",
        "",
        DType.DATE,
        "Date of the purchase price.",
        derived=True,
    ),
    Column(
        "launch_price_source",
        "Price source",
        "",
        DType.URLS,
        "Where the price comes from.",
        derived=True,
    ),
    Column(
        "cloud_usd_per_hour",
        "Cloud price",
        "USD/h",
        DType.FLOAT,
        "On-demand price of one device-hour at the named provider.",
        minimum=0.0,
        maximum=1_000.0,
        better=Better.LOWER,
        money=True,
        derived=True,
    ),
    Column(
        "cloud_provider",
        "Cloud provider",
        "",
        DType.TEXT,
        "Provider of the cloud price.",
        derived=True,
    ),
    Column(
        "cloud_price_date",
        "Cloud price date",
        "",
        DType.DATE,
        "Date of the cloud price.",
        derived=True,
    ),
    Column(
        "cloud_price_source",
        "Cloud source",
        "",
        DType.URLS,
        "Where the cloud price comes from.",
        derived=True,
    ),
    Column(
        "software_stack",
        "Software",
        "",
        DType.TEXT,
        "SDK or runtime: CUDA, ROCm, oneAPI, CANN, XLA/JAX, Neuron, SynapseAI, MUSA, …",
    ),
    Column(
        "compute_capability",
        "Compute capability",
        "",
        DType.TEXT,
        "CUDA compute capability (NVIDIA) or GPU target (AMD gfx…).",
    ),
    Column(
        "pytorch_support",
        "PyTorch",
        "",
        DType.CHOICE,
        "PyTorch support: upstream (official builds), plugin (vendor extension) or none.",
        choices=PYTORCH_SUPPORT,
    ),
    Column(
        "vllm_support",
        "vLLM",
        "",
        DType.CHOICE,
        "vLLM support: upstream, plugin (hardware plugin), fork (vendor fork) or none.",
        choices=VLLM_SUPPORT,
    ),
    Column(
        "not_published",
        "Not published",
        "",
        DType.TEXT,
        "Columns nobody publishes for this device (space-separated ids), shown as n/p; "
        "purchase_price / cloud_price when it is not sold / not rented.",
    ),
    Column("sources", "Sources", "", DType.URLS, "Spec sources (http/https), space-separated."),
    Column("sources_date", "Sources date", "", DType.DATE, "Date the specs were checked."),
    Column("notes", "Notes", "", DType.TEXT, "Caveats: sparse-only figures, per-module, …"),
)

COLUMN_BY_ID: dict[str, Column] = {column.id: column for column in COLUMNS}
COLUMN_IDS: tuple[str, ...] = tuple(COLUMN_BY_ID)
# Columns a device file holds; the derived ones come from the prices table (a user's
# catalog file may still give them, to override the price policy for its devices).
FILE_COLUMN_IDS: tuple[str, ...] = tuple(c.id for c in COLUMNS if not c.derived)
FLOPS_COLUMN_IDS: tuple[str, ...] = tuple(PRECISION_COLUMNS.values())

# A new device (an id the bundled catalog lacks) must fill these.
REQUIRED_FOR_NEW_DEVICE: tuple[str, ...] = ("id", "name", "vendor", "kind", "sources")


def precision_column(precision: str) -> str:
    """Column id of the dense throughput at ``precision`` (case-insensitive)."""
    key = precision.upper()
    if key not in PRECISION_COLUMNS:
        known = ", ".join(PRECISION_COLUMNS)
        raise ValueError(f"unknown precision {precision!r}; choose one of {known}")
    return PRECISION_COLUMNS[key]
