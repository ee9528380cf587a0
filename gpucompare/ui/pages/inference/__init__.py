"""The inference-sizing page."""
