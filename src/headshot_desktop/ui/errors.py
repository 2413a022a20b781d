"""Errors in plain words, with the one action that fixes them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from headshot_desktop.errors import ErrorKind, HeadshotError
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, shown, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

# Marked here, translated where a box shows one: the translator is installed after this module is imported.
TITLES = {
    ErrorKind.AUTH: QT_TRANSLATE_NOOP("Errors", "Your API key was rejected"),
    ErrorKind.NO_KEY: QT_TRANSLATE_NOOP("Errors", "No API key yet"),
    ErrorKind.PERMISSION: QT_TRANSLATE_NOOP("Errors", "Not allowed for this key"),
    ErrorKind.QUOTA: QT_TRANSLATE_NOOP("Errors", "Out of credit"),
    ErrorKind.RATE_LIMIT: QT_TRANSLATE_NOOP("Errors", "Too many requests"),
    ErrorKind.SAFETY: QT_TRANSLATE_NOOP("Errors", "Refused by the safety system"),
    ErrorKind.NETWORK: QT_TRANSLATE_NOOP("Errors", "No connection"),
    ErrorKind.TIMEOUT: QT_TRANSLATE_NOOP("Errors", "No answer in time"),
    ErrorKind.SERVER: QT_TRANSLATE_NOOP("Errors", "The provider had a problem"),
    ErrorKind.NO_IMAGE: QT_TRANSLATE_NOOP("Errors", "No image was made"),
    ErrorKind.KEYRING: QT_TRANSLATE_NOOP("Errors", "The system keyring is not available"),
    ErrorKind.BAD_INPUT: QT_TRANSLATE_NOOP("Errors", "This photo cannot be used"),
    ErrorKind.CONFIG: QT_TRANSLATE_NOOP("Errors", "A setting needs attention"),
}
TITLE_BAR_CONTROLS = 120  # the close button, the icon and the margins a title bar takes beside the title
SETTINGS_KINDS = {ErrorKind.AUTH, ErrorKind.NO_KEY, ErrorKind.PERMISSION, ErrorKind.CONFIG, ErrorKind.KEYRING}


def fit_title(box: QMessageBox, title: str) -> None:
    """A short message must not make the box narrower than its title: window managers cut it with "…"."""
    room = box.fontMetrics().horizontalAdvance(title) + TITLE_BAR_CONTROLS
    box.setStyleSheet(f"QLabel#qt_msgbox_label {{ min-width: {room}px; }}")


def show_error(parent: QWidget, err: HeadshotError, *, open_settings: Callable[[], None] | None = None) -> QMessageBox:
    """A non-blocking message box; for key problems it offers "Open settings"."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    known = TITLES.get(err.kind)
    title = translate("Errors", known) if known else translate("Errors", "Something went wrong")
    box.setWindowTitle(title)
    fit_title(box, title)
    box.setText(shown(err.message))
    if err.hint:
        box.setInformativeText(shown(err.hint))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    if open_settings is not None and err.kind in SETTINGS_KINDS:
        button = box.addButton(translate("Errors", "Open settings"), QMessageBox.ButtonRole.AcceptRole)
        button.clicked.connect(open_settings)
        box.setDefaultButton(button)
    box.setObjectName(f"error-{err.kind.value}")
    box.open()
    return box
