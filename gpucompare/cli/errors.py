"""Errors of the command line itself."""


class UsageError(Exception):
    """The command line was used wrongly (exit code 2)."""
