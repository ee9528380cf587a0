"""The Qt-free core: catalog schema, loading, validation, metrics, cost model, export.

Nothing under ``gpucompare.core`` may import Qt; a test enforces it.
"""
