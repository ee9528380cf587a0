"""Inference sizing: will a model serve on a device, at which precision, and how fast at best.

Qt-free. ``size`` answers for one device type; ``rank`` for the whole catalog.
"""

from gpucompare.core.inference.arithmetic import (
    OVERHEAD_FRACTION,
    OVERHEAD_SOURCES,
    USABLE_FRACTION,
    Demand,
    demand,
)
from gpucompare.core.inference.engines import DEFAULT_ENGINE, ENGINES, Engine, engine
from gpucompare.core.inference.explain import Explanation, explain
from gpucompare.core.inference.formats import FORMATS, WeightFormat, weight_format
from gpucompare.core.inference.inputs import DEFAULT_CONTEXT, InferenceInputs
from gpucompare.core.inference.model import find_device, size
from gpucompare.core.inference.precision import (
    BYTES_PER_ELEMENT,
    KV_PRECISIONS,
    WEIGHT_PRECISIONS,
)
from gpucompare.core.inference.ranking import DEFAULT_MAX_DEVICES, SORTS, Ranking, rank
from gpucompare.core.inference.result import InferenceResult
from gpucompare.core.models.presets import bundled_presets, load_presets, preset
from gpucompare.core.models.spec import ModelSpec, custom_model

__all__ = [
    "BYTES_PER_ELEMENT",
    "DEFAULT_CONTEXT",
    "DEFAULT_ENGINE",
    "DEFAULT_MAX_DEVICES",
    "ENGINES",
    "FORMATS",
    "KV_PRECISIONS",
    "OVERHEAD_FRACTION",
    "OVERHEAD_SOURCES",
    "SORTS",
    "USABLE_FRACTION",
    "WEIGHT_PRECISIONS",
    "Demand",
    "Engine",
    "Explanation",
    "InferenceInputs",
    "InferenceResult",
    "ModelSpec",
    "Ranking",
    "WeightFormat",
    "bundled_presets",
    "custom_model",
    "demand",
    "engine",
    "explain",
    "find_device",
    "load_presets",
    "preset",
    "rank",
    "size",
    "weight_format",
]
