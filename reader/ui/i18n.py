"""Loading the Chinese or English user interface through Qt's translation system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.bundled import resources_dir

# The .qm files are built from resources/i18n/*.ts with pyside6-lrelease.
I18N_DIR = resources_dir() / "i18n"
LANGUAGES = ("system", "zh_CN", "en")  # values of the QSettings key "ui/language"

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


class ReaderTranslator(QTranslator):
    """Looks a string up under its class's context, then among the shared strings (the empty context).

    Strings from module-level helpers and aliased ``tr`` calls are filed under the empty context
    by resources/i18n/refresh.py, so they translate whichever object asks for them.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text and context:
            text = super().translate("", source, disambiguation, n)
        # None becomes a null QString, which lets Qt ask the next translator (qtbase for "Close", "OK").
        return text or None


def resolve_language(language: str | None) -> str:
    """Map a Preferences choice (None/"system"/"zh_CN"/"en") to the language actually used."""
    if language and language != "system":
        return "zh_CN" if language.lower().replace("-", "_").startswith("zh") else "en"
    system = QLocale.system()
    if system.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def translation_file(language: str) -> Path:
    """Where the compiled translation for ``language`` lives."""
    return I18N_DIR / f"reader_{language}.qm"


def install_translator(app: QCoreApplication, language: str | None) -> str:
    """Install reader's (and Qt's own) translations for ``language``; return the language used.

    English is the source language, so it needs no translator; calling this again replaces
    what an earlier call installed, which is how Preferences switches language at run time.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    used = resolve_language(language)
    if used == "en":
        return used
    ours = ReaderTranslator(app)
    if not ours.load(str(translation_file(used))):
        return "en"  # a missing .qm must not stop the app: it falls back to the source strings
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    # Qt's own strings (Cancel, OK, colour dialog) follow the same language when available.
    if qt_base.load(QLocale(used), "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    app.installTranslator(ours)
    _installed.append(ours)
    return used
