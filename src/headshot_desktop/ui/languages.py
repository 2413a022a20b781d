"""Which language the window speaks, and loading Qt's translators for it at start-up.

The person's choice in Settings, or else the first of the system's preferred languages we have a
translation for, or else English. The app's own ``.qm`` files are built from ``translations/*.ts``
by ``scripts/build_translations.sh``; Qt's own (``qtbase_*.qm``, for standard buttons and dialogs)
come with PySide6.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

import headshot_desktop

# Each language in its own words: a person looks for the one they can read.
LANGUAGES = {
    "en": "English",
    "zh_CN": "简体中文",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "ja": "日本語",
    "ko": "한국어",
    "ar": "العربية",
}
SYSTEM = ""  # the setting's value for "as the system"


def translations_dir() -> Path:
    return Path(headshot_desktop.__file__).resolve().parent / "translations"


def system_language(preferred: list[str] | None = None) -> str:
    """The first of the system's languages we speak (``de-AT`` → ``de``, ``zh-Hans-CN`` → ``zh_CN``)."""
    for name in preferred if preferred is not None else QLocale.system().uiLanguages():
        code = _known(name)
        if code:
            return code
    return "en"


def _known(name: str) -> str:
    locale = QLocale(name.replace("-", "_"))
    whole = locale.name()  # e.g. "pt_BR", "zh_CN", "de_AT"
    if whole in LANGUAGES:
        return whole
    language = whole.split("_")[0]
    if language == "zh":
        return "zh_CN" if locale.script() != QLocale.Script.TraditionalHanScript else ""
    if language == "pt":
        return "pt_BR"
    return language if language in LANGUAGES else ""


def chosen_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def install(app: QApplication, setting: str) -> str:
    """Load the app's and Qt's translators for the chosen language; returns its code."""
    code = chosen_language(setting)
    locale = QLocale(code) if code != "en" else QLocale.system()
    if code == "en" and locale.language() != QLocale.Language.English:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    for translator in _translators(code):
        app.installTranslator(translator)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )  # fmt: skip
    return code


def _translators(code: str) -> list[QTranslator]:
    found = []
    # English needs one too: its file holds only the plural forms ("1 photo", "2 photos").
    ours = QTranslator(QCoreApplication.instance())
    if ours.load(f"headshot_desktop_{code}", str(translations_dir())):
        found.append(ours)
    if code != "en":
        qt = QTranslator(QCoreApplication.instance())
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            found.append(qt)
    return found
