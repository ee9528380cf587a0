"""Dialogs: catalog errors and exchange rates."""
