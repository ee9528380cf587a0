"""The command line; its non-GUI commands never import Qt."""
