"""The Qt user interface over the core. pyqtgraph must bind to PySide6."""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
