"""The window's pages: hardware, training cost, inference."""
