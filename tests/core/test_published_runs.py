"""The model against published training runs (sources in /work/research/FACTS.md §1, §2).

Each run is given the paper's N, D, hardware (the bundled catalog's row, for its dense
BF16 peak) and device count, with the MFU the paper reports or implies; the model's
device-hours (or days) must land within the stated tolerance of the reported figure.
A second test records how close the default MFU (0.4) comes, within a wide band.

| run            | MFU used           | model       | reported    | gap    | at MFU 0.4 | gap    |
| Llama 2 70B    | 0.43 implied       | 1,739,217 h | 1,720,320 h | +1.1%  | 1,869,658 h | +8.7% |
| Llama 3.1 405B | 0.41 reported      | 25.96 M h   | 30.84 M h   | -15.8% | 26.61 M h  | -13.7% |
| MPT-7B         | 0.36 implied       | 9.41 days   | 9.5 days    | -0.9%  | 8.47 days  | -10.8% |
| BLOOM-176B     | 0.375 reported*    | 918,895 h   | 1,082,990 h | -15.2% | 861,464 h  | -20.5% |

* 156 TFLOPS per GPU = 50% of peak counting recomputation (8·N·D per token pair of
passes); on the 6·N·D basis that is 0.5 × 6/8 = 0.375.
The model leaves out restarts, failures, evaluation and any stages beyond the main
pre-training run, so reported device-hours sit above it when the MFU is measured.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import pandas as pd
import pytest

from gpucompare.core.catalog.loading import load_catalog
from gpucompare.core.currency import Currency
from gpucompare.core.forms import TrainingForm
from gpucompare.core.training import EnergyInputs, TrainingInputs, estimate
from gpucompare.core.training.form import parse_form
from gpucompare.core.training.layout import LayoutInputs

COMPUTE_ONLY = LayoutInputs(communication=False)


@dataclass(frozen=True)
class PublishedRun:
    name: str
    device: str
    params: float
    tokens: float
    devices: int
    mfu: float  # reported or implied, see the comment at each run
    reported: float
    unit: str  # "device_hours" or "days"
    tolerance: float  # relative


RUNS = (
    # Llama 2 (Touvron et al. 2023, arXiv 2307.09288), Table 2 "CO2 emissions during
    # pretraining" (also the Llama 2 model card): 70B, 1,720,320 A100-80GB GPU-hours;
    # Table 1: 2.0T tokens. The paper gives no GPU count for 70B (device-hours do not
    # depend on it) and no MFU: 0.43 is implied by these figures at 312 TFLOPS (FACTS §1.1).
    PublishedRun(
        "Llama 2 70B", "nvidia-a100-sxm4-80gb", 70e9, 2e12, 2048, 0.43, 1_720_320, "hours", 0.03
    ),
    # Llama 3.1 405B (Llama 3.1 model card, "Training Energy Use" table): 30.84M H100-80GB
    # GPU-hours; 15.6T tokens and up to 16,384 H100 ("The Llama 3 Herd of Models", arXiv
    # 2407.21783). MFU reported in its §3.3.2, Table 4: 41% on 16,384 GPUs (38-43% overall).
    # The card's hours include more than the main pre-training run (FACTS §1.2), hence 20%.
    PublishedRun(
        "Llama 3.1 405B",
        "nvidia-h100-sxm5-80gb",
        405e9,
        15.6e12,
        16_384,
        0.41,
        30.84e6,
        "hours",
        0.20,
    ),
    # MPT-7B (MosaicML, "Introducing MPT-7B", 5 May 2023, and its model card): 6.7B
    # parameters, 1T tokens, 440 A100-40GB, about 9.5 days. No MFU reported; 0.36 is
    # implied at 312 TFLOPS (FACTS §1.3). (llm-foundry measured 50% for 7B on 128
    # A100-40GB, which would give 6.8 days.)
    PublishedRun("MPT-7B", "nvidia-a100-sxm4-40gb", 6.7e9, 1e12, 440, 0.36, 9.5, "days", 0.03),
    # BLOOM-176B (BigScience 2022, arXiv 2211.05100, training section): 176,247M parameters,
    # 366B tokens, 48 nodes × 8 A100-80GB = 384 GPUs, 1,082,990 compute hours. GENCI
    # reports 156 TFLOPS per GPU, "50% of peak", counting recomputation: 0.375 on the
    # 6·N·D basis. The reported hours cover the whole 3.5-month run, not only the
    # model's FLOPs (the recomputation conversion is an assumption too), hence 20%.
    PublishedRun(
        "BLOOM-176B",
        "nvidia-a100-sxm4-80gb",
        176.247e9,
        366e9,
        384,
        0.375,
        1_082_990,
        "hours",
        0.20,
    ),
)
DEFAULT_MFU_BAND = 0.25  # the default MFU lands within ±25% of every run above


@pytest.fixture(scope="module")
def catalog() -> pd.DataFrame:
    return load_catalog().set_index("id", drop=False)


def _modelled(run: PublishedRun, catalog: pd.DataFrame, mfu: float | None) -> float:
    """Device-hours or days for ``run``; ``mfu=None`` uses the default MFU."""
    chosen = {} if mfu is None else {"mfu": mfu}
    # The reported and implied MFUs are on the 6·N·D basis: no attention term here.
    # A measured MFU already includes communication and the bubble: time compute alone.
    inputs = TrainingInputs(
        params=run.params,
        tokens=run.tokens,
        devices=run.devices,
        attention=False,
        layout=COMPUTE_ONLY,
        **chosen,
    )
    result = estimate(inputs, catalog.loc[run.device])
    assert result.fits, run.name
    return result.device_hours if run.unit == "hours" else result.wall_clock_days


@pytest.mark.parametrize("run", RUNS, ids=[run.name for run in RUNS])
def test_reproduces_published_run_with_its_mfu(run, catalog):
    assert _modelled(run, catalog, run.mfu) == pytest.approx(run.reported, rel=run.tolerance)


@pytest.mark.parametrize("run", RUNS, ids=[run.name for run in RUNS])
def test_default_mfu_lands_within_a_wide_band(run, catalog):
    modelled = _modelled(run, catalog, None)
    assert modelled == pytest.approx(run.reported, rel=DEFAULT_MFU_BAND)


def test_peaks_are_the_catalog_figures(catalog):
    assert catalog.loc["nvidia-a100-sxm4-80gb", "bf16_tflops"] == 312
    assert catalog.loc["nvidia-a100-sxm4-40gb", "bf16_tflops"] == 312
    assert catalog.loc["nvidia-h100-sxm5-80gb", "bf16_tflops"] == pytest.approx(989.4)


def test_bloom_energy_from_its_reported_hours(catalog):
    # GENCI: BLOOM's 1,082,990 GPU-hours used 433 MWh. At the MFU its hours imply, rated
    # power (400 W, draw 1.0), no host power and no PUE the energy formula gives the same
    # figure (Luccioni et al.'s "dynamic" consumption counts the GPUs only).
    device = catalog.loc["nvidia-a100-sxm4-80gb"]
    hours = 1_082_990
    mfu = 6 * 176.247e9 * 366e9 / (hours * 3600 * 312e12)
    inputs = TrainingInputs(
        params=176.247e9,
        tokens=366e9,
        devices=384,
        mfu=mfu,
        energy=EnergyInputs(draw_fraction=1.0, pue=1.0, host_overhead=0.0),
        attention=False,
        layout=COMPUTE_ONLY,
    )
    result = estimate(inputs, device)
    assert result.device_hours == pytest.approx(hours, rel=1e-9)
    assert result.energy_kwh == pytest.approx(433_000, rel=0.01)


# ----- the tool at its defaults against published runs --------------------------------
#
# Each run is given only what a buyer would type: parameters (total and, for a mixture
# of experts, active), tokens, precision, sequence length, device and count. MFU, PUE
# and everything else stay at their defaults (the MFU presets by precision). None of
# these figures set a default except Llama 3.1 405B (its MFU is the "typical" preset);
# it is listed for completeness and left out of the median.


@dataclass(frozen=True)
class DefaultRun:
    name: str
    device: str
    params: str
    active: str
    tokens: str
    devices: int
    precision: str
    seq_len: int
    reported: float
    unit: str  # "hours" (device-hours) or "days"
    sets_default: bool = False


A100_80 = "nvidia-a100-sxm4-80gb"
H100 = "nvidia-h100-sxm5-80gb"
DEFAULT_RUNS = (
    # LLaMA (Touvron et al. 2023, https://arxiv.org/abs/2302.13971), Table 15 GPU-hours on
    # A100-80GB (also 36/59/233/449 MWh and 14/23/90/173 tCO2eq: 400 W, PUE 1.1, 0.385
    # kg/kWh); 1.0T tokens for 7B/13B, 1.4T for 33B/65B; 2,048 GPUs; context 2,048.
    # Checked 2026-11-30 (13B's 135,168 h: https://aiportalx.com/meta-ai/llama-13b).
    DefaultRun("LLaMA 7B", A100_80, "6.7B", "", "1T", 2048, "BF16", 2048, 82_432, "hours"),
    DefaultRun("LLaMA 13B", A100_80, "13.0B", "", "1T", 2048, "BF16", 2048, 135_168, "hours"),
    DefaultRun("LLaMA 33B", A100_80, "32.5B", "", "1.4T", 2048, "BF16", 2048, 530_432, "hours"),
    DefaultRun("LLaMA 65B", A100_80, "65.2B", "", "1.4T", 2048, "BF16", 2048, 1_022_362, "hours"),
    # Llama 2 (https://arxiv.org/abs/2307.09288), Table 2: A100-80GB GPU-hours (and 31.22,
    # 62.44, 153.90, 291.42 tCO2eq; 34B at 350 W, the others 400 W), 2T tokens, context
    # 4,096; the GPU count per model is not published (device-hours do not depend on it).
    # 70B's 1,720,320 h checked: https://aiportalx.com/meta-ai/llama-2-70b
    DefaultRun("Llama 2 7B", A100_80, "6.74B", "", "2T", 2048, "BF16", 4096, 184_320, "hours"),
    DefaultRun("Llama 2 13B", A100_80, "13B", "", "2T", 2048, "BF16", 4096, 368_640, "hours"),
    DefaultRun("Llama 2 34B", A100_80, "34B", "", "2T", 2048, "BF16", 4096, 1_038_336, "hours"),
    DefaultRun("Llama 2 70B", A100_80, "70B", "", "2T", 2048, "BF16", 4096, 1_720_320, "hours"),
    # Llama 3.1 model card ("Training Energy Use", https://huggingface.co/meta-llama/
    # Llama-3.1-8B): H100-80GB GPU-hours 1.46M / 7.0M / 30.84M at 700 W, 420 / 2,040 /
    # 8,930 t location-based (11,390 t in all, checked in the card's discussion #34);
    # 15T+ tokens. 4,096 GPUs for 8B and 70B is not published (hours do not depend on it).
    DefaultRun("Llama 3.1 8B", H100, "8.03B", "", "15T", 4096, "BF16", 8192, 1.46e6, "hours"),
    DefaultRun("Llama 3.1 70B", H100, "70.6B", "", "15T", 4096, "BF16", 8192, 7.0e6, "hours"),
    DefaultRun(
        "Llama 3.1 405B", H100, "405B", "", "15.6T", 16384, "BF16", 8192, 30.84e6, "hours", True
    ),
    # MPT-7B (MosaicML, 5 May 2023, https://huggingface.co/mosaicml/mpt-7b): 1T tokens on
    # 440 A100-40GB in about 9.5 days.
    DefaultRun("MPT-7B", "nvidia-a100-sxm4-40gb", "6.7B", "", "1T", 440, "BF16", 2048, 9.5, "days"),
    # BLOOM (https://arxiv.org/abs/2211.05100): 366B tokens, 384 A100-80GB; 1,082,990
    # GPU-hours and 433,196 kWh at 400 W (Luccioni et al., https://arxiv.org/abs/2211.02001).
    DefaultRun(
        "BLOOM-176B", A100_80, "176.247B", "", "366B", 384, "BF16", 2048, 1_082_990, "hours"
    ),
    # StarCoder (Li et al. 2023, https://arxiv.org/abs/2305.06161): 15.5B, 1T tokens at
    # context 8,192 on 512 A100-80GB, 320,256 GPU-hours (its carbon-footprint section).
    # The model card (https://huggingface.co/bigcode/starcoder#hardware) says 24 days,
    # i.e. 294,912 GPU-hours: the paper's figure is kept, the gap noted.
    DefaultRun("StarCoder 15.5B", A100_80, "15.5B", "", "1T", 512, "BF16", 8192, 320_256, "hours"),
    # PaLM (Chowdhery et al. 2022, https://arxiv.org/abs/2204.02311): 540B on 780B tokens;
    # "6144 TPU v4 chips for 1200 hours and 3072 TPU v4 chips for 336 hours including some
    # downtime and repeated steps" = 8,404,992 chip-hours (quoted in
    # https://blog.heim.xyz/palm-training-cost/).
    DefaultRun(
        "PaLM 540B", "google-tpu-v4", "540B", "", "780B", 6144, "BF16", 2048, 8_404_992, "hours"
    ),
    # DeepSeek-V3 (https://arxiv.org/abs/2412.19437), Table 1: pre-training 2,664K H800
    # GPU-hours (2.788M for the full training, https://huggingface.co/deepseek-ai/
    # DeepSeek-V3); 671B total, 37B active, 14.8T tokens, FP8 mixed precision, 2,048 H800,
    # context 4,096.
    DefaultRun(
        "DeepSeek-V3",
        "nvidia-h800-sxm5-80gb",
        "671B",
        "37B",
        "14.8T",
        2048,
        "FP8",
        4096,
        2.664e6,
        "hours",
    ),
)
# Llama 3.1 8B's 1.46M GPU-hours imply an MFU of 0.14 (6·N·D over H100 BF16 peak). Before
# the communication model the tool came out 2.5x too fast; its 512-sequence batch on 4,096
# GPUs now forces tensor parallelism of 8, and it lands within 2x (about -50%).
OUTSIDE_2X: set[str] = set()
USD = Currency("USD", "$", "US dollar", 1.0)


def _at_defaults(run: DefaultRun, catalog: pd.DataFrame) -> float:
    form = TrainingForm(
        params=run.params,
        active_params=run.active,
        tokens=run.tokens,
        count=str(run.devices),
        precision=run.precision,
        seq_len=str(run.seq_len),
        device=run.device,
    )
    result = estimate(parse_form(form, USD), catalog.loc[run.device])
    assert result.fits, run.name
    assert result.precision_used == run.precision
    return result.device_hours if run.unit == "hours" else result.wall_clock_days


@pytest.mark.parametrize(
    "run",
    [
        pytest.param(
            run,
            marks=[pytest.mark.xfail(strict=True, reason="implied MFU 0.14")]
            if run.name in OUTSIDE_2X
            else [],
        )
        for run in DEFAULT_RUNS
    ],
    ids=[run.name for run in DEFAULT_RUNS],
)
def test_defaults_land_within_2x_of_published_runs(run, catalog):
    ratio = _at_defaults(run, catalog) / run.reported
    assert 0.5 <= ratio <= 2.0, f"{run.name}: {ratio:.2f}x"


def test_median_error_at_defaults_is_within_25_percent(catalog):
    errors = [
        abs(_at_defaults(run, catalog) / run.reported - 1)
        for run in DEFAULT_RUNS
        if not run.sets_default
    ]
    assert len(errors) >= 12
    assert statistics.median(errors) <= 0.25
    assert max(errors) < 0.55  # the worst, Llama 3.1 8B, is about -50%
