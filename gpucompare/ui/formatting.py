"""Locale-aware display of values (QLocale separators; 万/亿 for Chinese money)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale

from gpucompare.core.catalog.fields import Field
from gpucompare.core.formatting import MISSING, display_decimals, is_tiny, strip_zeros

_WAN, _YI = 1e4, 1e8


def is_missing(value: object) -> bool:
    """True for None, NaN and pandas' NA."""
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def format_number(value: float, locale: QLocale, *, grouping: bool = True) -> str:
    """``value`` with the locale's separators and 3 significant digits for small values."""
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if is_tiny(value):
        return locale.toString(float(value), "g", 3)
    decimals = display_decimals(value)
    options = locale.numberOptions()
    if not grouping:
        locale = QLocale(locale)
        locale.setNumberOptions(options | QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", decimals)
    return strip_zeros(text, locale.decimalPoint()) if decimals else text


def format_money(value: float, locale: QLocale, chinese_units: bool) -> str:
    """Money; in a Chinese locale with ``chinese_units``, large amounts in 万 (1e4) or 亿 (1e8)."""
    if chinese_units and locale.language() == QLocale.Language.Chinese:
        if abs(value) >= _YI:
            return format_number(value / _YI, locale) + "亿"
        if abs(value) >= _WAN:
            return format_number(value / _WAN, locale) + "万"
    return format_number(value, locale)


def format_value(
    value: object, spec: Field, locale: QLocale | None = None, *, chinese_units: bool = False
) -> str:
    """A cell's display text; unknown values show as an em dash."""
    if is_missing(value):
        return MISSING
    locale = locale or QLocale()
    if spec.numeric:
        number = float(value)  # type: ignore[arg-type]
        if spec.money and spec.column is not None:
            return format_money(number, locale, chinese_units)
        return format_number(number, locale, grouping=spec.grouping)
    if isinstance(value, bool | np.bool_):
        return (
            QCoreApplication.translate("Value", "yes")
            if value
            else QCoreApplication.translate("Value", "no")
        )
    return str(value)
