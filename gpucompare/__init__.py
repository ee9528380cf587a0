"""gpucompare: compare AI accelerators and price training runs, every number sourced."""

__version__ = "0.1.0"
