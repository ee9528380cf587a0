"""The decision brief: the current scenario as a PDF or a self-contained HTML file."""
