"""The training-cost page."""
