"""The catalog validator's fixed reasons, translatable for the errors dialog.

The core words its findings in English; reasons that carry no value of the file are
listed here literally so that ``pyside6-lupdate`` extracts them. Reasons with values in
them (line numbers, limits, suggestions) are shown as the core words them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FIXED_REASONS = (
    QT_TRANSLATE_NOOP(
        "Validation",
        "BF16 and FP16 dense differ by more than 2x on one device: is one of them sparse or vector-only?",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "FP8 dense is below FP16 dense on the same device: one of them is wrong (a sparse figure, or a per-board total?)",
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "NaN or infinity is not allowed; leave the cell empty if unknown"
    ),
    QT_TRANSLATE_NOOP("Validation", 'a quoted cell is never closed (unbalanced " quote)'),
    QT_TRANSLATE_NOOP(
        "Validation",
        "an id is lower-case letters, digits, dots and hyphens, e.g. nvidia-h100-sxm5-80gb",
    ),
    QT_TRANSLATE_NOOP("Validation", "column appears twice in the header"),
    QT_TRANSLATE_NOOP("Validation", "every row needs an id"),
    QT_TRANSLATE_NOOP("Validation", "every row needs at least one http(s) source for its values"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "every source must be an http:// or https:// URL (separate several with spaces)",
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "file contains NUL bytes: it looks binary, not a CSV text file"
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "file is UTF-16/UTF-32 encoded (it starts with that BOM); save it as UTF-8 CSV",
    ),
    QT_TRANSLATE_NOOP("Validation", "file is empty; expected a CSV header line"),
    QT_TRANSLATE_NOOP("Validation", "file has no header line"),
    QT_TRANSLATE_NOOP("Validation", "must be a date like 2024-03-18, 2024-03 or 2024"),
    QT_TRANSLATE_NOOP("Validation", "must be a whole number"),
    QT_TRANSLATE_NOOP("Validation", "must be yes or no (or empty if unknown)"),
    QT_TRANSLATE_NOOP("Validation", "must not be negative"),
    QT_TRANSLATE_NOOP("Validation", "not a number (write plain digits, e.g. 80 or 3350.5)"),
    QT_TRANSLATE_NOOP("Validation", "required column is missing"),
    QT_TRANSLATE_NOOP("Validation", "the file has a header but no device rows"),
    QT_TRANSLATE_NOOP("Validation", "the header has an empty column name"),
    QT_TRANSLATE_NOOP("Validation", "unknown column"),
    QT_TRANSLATE_NOOP("Validation", "no such file"),
    QT_TRANSLATE_NOOP("Validation", "is a folder, not a CSV file"),
    QT_TRANSLATE_NOOP("Validation", "permission denied: the file cannot be read"),
)


def reason_text(reason: str) -> str:
    """``reason`` in the UI language when it is one of the fixed reasons."""
    return QCoreApplication.translate("Validation", reason)
