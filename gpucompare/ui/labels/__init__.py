"""Translatable labels for catalog columns, calculator choices and validation reasons."""
