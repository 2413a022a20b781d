"""Every word the window shows goes through here: Qt's translators, and the locale's numbers, money and dates.

``translate("ExportDialog", "Export")`` in a module, ``Plural.tr("%n photo(s)", "", count)`` where a number is
shown (``lupdate`` reads both spellings), and ``shown(text)`` for what comes from below ``ui/`` marked with
``N_`` (``translatable.py``). Without a translator installed each returns the English it was given.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from headshot_desktop.errors import HeadshotError
from headshot_desktop.translatable import Day, Money, Number, Template, Words


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a text for translation where it is defined (a module constant); ``translate`` it where it is shown."""
    return text


class Plural:
    """``Plural.tr("%n photo(s)", "", count)``: lupdate makes a numerus entry in the context ``Plural``."""

    @staticmethod
    def tr(text: str, disambiguation: str, n: int) -> str:
        return QCoreApplication.translate("Plural", text, disambiguation, n)


def shown(text: str) -> str:
    """A text from below ``ui/`` in the person's language: marked ones translated, anything else as it is."""
    if isinstance(text, Words):
        template = shown(text.template)
        params = {name: _shown_value(value) for name, value in text.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):  # a broken translation: English
            return str(text)
    if isinstance(text, Template):
        return QCoreApplication.translate(text.context, str(text))
    return text


def _shown_value(value: Any) -> Any:
    if isinstance(value, Money):
        return money(value)
    if isinstance(value, Number):
        return number(value)
    if isinstance(value, Day):
        from PySide6.QtCore import QDate  # a Qt class with its enums: made when a date is first shown

        return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    return shown(value) if isinstance(value, str) else value


def number(value: float, decimals: int = 0) -> str:
    """``1,234`` / ``1.234`` / ``١٬٢٣٤`` as the person's locale writes it."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def money(usd: float, decimals: int = 2) -> str:
    """A price in US dollars (every provider bills in them), written the locale's way: ``$0.12``, ``0,12 $``."""
    return QLocale().toCurrencyString(float(usd), "$", decimals)


def date_time(moment: datetime) -> str:
    """A date and time in the locale's short format, at this computer's time (a stored UTC time too)."""
    from PySide6.QtCore import QDateTime

    return QLocale().toString(QDateTime(_local(moment)), QLocale.FormatType.ShortFormat)


def date(moment: datetime) -> str:
    from PySide6.QtCore import QDateTime

    return QLocale().toString(QDateTime(_local(moment)).date(), QLocale.FormatType.ShortFormat)


def _local(moment: datetime) -> datetime:
    # QDateTime(datetime) drops the time zone: an aware time must be made local first.
    return moment.astimezone() if moment.tzinfo is not None else moment


def error_text(err: HeadshotError) -> str:
    """``err.user_text()`` in the person's language: the sentence, then what to do."""
    message = shown(err.message).strip()
    hint = shown(err.hint)
    if message and hint and message[-1] not in ".!?…”\"')。！？":
        message += translate("Errors", ".", "ends a sentence before the hint")
    return f"{message} {hint}".strip()
