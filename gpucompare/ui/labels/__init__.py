"""Translatable labels for catalog columns, calculator choices and the core's messages."""
