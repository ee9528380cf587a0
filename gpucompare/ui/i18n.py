"""The UI language: English or Simplified Chinese, switched live.

Translations live in ``resources/translations/gpucompare_<code>.qm`` (compiled from
the ``.ts`` sources beside them); Qt's own dialogs use Qt's translations. The
language sets the default QLocale too, so numbers follow it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gpucompare import paths

ENGLISH, CHINESE = "en", "zh_CN"
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "简体中文"}
_LOCALES = {
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    CHINESE: QLocale(QLocale.Language.Chinese, QLocale.Country.China),
}
_installed: list[QTranslator] = []


def system_language() -> str:
    """Chinese when the system locale is Chinese, else English."""
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


def translation_file(code: str):
    """The compiled translation of the app for ``code``."""
    return paths.resource("translations", f"gpucompare_{code}.qm")


def set_language(code: str) -> str:
    """Install ``code``'s translations (unknown codes mean English); return the code used."""
    code = code if code in LANGUAGES else ENGLISH
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != ENGLISH:
        own = QTranslator(app)
        if own.load(str(translation_file(code))):
            app.installTranslator(own)
            _installed.append(own)
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", folder) or qt.load(f"qt_{code}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(_LOCALES[code])
    return code


def current_language() -> str:
    """The language whose locale is the default now."""
    return CHINESE if QLocale().language() == QLocale.Language.Chinese else ENGLISH
