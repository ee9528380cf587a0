"""The cost of a training run: time, device-hours, money, energy, CO2 and memory fit.

``estimate(inputs, device_row)`` prices one device; ``rank(inputs, catalog)`` prices
every device of a catalog in one vectorized pass (the two agree exactly);
``explain(result)`` shows each output's formula with its inputs.
"""

from gpucompare.core.training.compute import Problem
from gpucompare.core.training.explain_partial import explain, explain_text
from gpucompare.core.training.inputs import (
    MAX_DEVICES,
    MFU_WARNING,
    OPTIMIZERS,
    SHARDINGS,
    TRAINING_PRECISIONS,
    CloudPricing,
    EnergyInputs,
    MemoryInputs,
    OwnedPricing,
    TrainingInputs,
)
from gpucompare.core.training.memory import (
    OPTIMIZER_LABELS,
    SHARDING_LABELS,
    STATE_BYTES,
    Architecture,
    MemoryModel,
    architecture,
    memory_model,
)
from gpucompare.core.training.model import estimate
from gpucompare.core.training.presets import Preset, default, find, mfu_band, presets
from gpucompare.core.training.ranking import (
    EXCLUDED_COLUMNS,
    RANKING_COLUMNS,
    Ranking,
    exclusion_reasons,
    rank,
)
from gpucompare.core.training.results import MONEY_KEYS, RESULT_KEYS, TrainingResult

__all__ = [
    "EXCLUDED_COLUMNS",
    "MAX_DEVICES",
    "MFU_WARNING",
    "MONEY_KEYS",
    "OPTIMIZERS",
    "OPTIMIZER_LABELS",
    "RANKING_COLUMNS",
    "RESULT_KEYS",
    "SHARDINGS",
    "SHARDING_LABELS",
    "STATE_BYTES",
    "TRAINING_PRECISIONS",
    "Architecture",
    "CloudPricing",
    "EnergyInputs",
    "MemoryInputs",
    "MemoryModel",
    "OwnedPricing",
    "Preset",
    "Problem",
    "Ranking",
    "TrainingInputs",
    "TrainingResult",
    "architecture",
    "default",
    "estimate",
    "exclusion_reasons",
    "explain",
    "explain_text",
    "find",
    "memory_model",
    "mfu_band",
    "presets",
    "rank",
]
