"""Qt item models over pandas frames."""
