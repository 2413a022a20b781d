"""Errors in plain words, with the one action that fixes them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from headshot_desktop.errors import ErrorKind, HeadshotError

TITLES = {
    ErrorKind.AUTH: "Your API key was rejected",
    ErrorKind.NO_KEY: "No API key yet",
    ErrorKind.PERMISSION: "Not allowed for this key",
    ErrorKind.QUOTA: "Out of credit",
    ErrorKind.RATE_LIMIT: "Too many requests",
    ErrorKind.SAFETY: "Refused by the safety system",
    ErrorKind.NETWORK: "No connection",
    ErrorKind.TIMEOUT: "No answer in time",
    ErrorKind.SERVER: "The provider had a problem",
    ErrorKind.NO_IMAGE: "No image was made",
    ErrorKind.KEYRING: "The system keyring is not available",
    ErrorKind.BAD_INPUT: "This photo cannot be used",
    ErrorKind.CONFIG: "A setting needs attention",
}
SETTINGS_KINDS = {ErrorKind.AUTH, ErrorKind.NO_KEY, ErrorKind.PERMISSION, ErrorKind.CONFIG, ErrorKind.KEYRING}


def show_error(parent: QWidget, err: HeadshotError, *, open_settings: Callable[[], None] | None = None) -> QMessageBox:
    """A non-blocking message box; for key problems it offers "Open settings"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(TITLES.get(err.kind, "Something went wrong"))
    box.setText(err.message)
    if err.hint:
        box.setInformativeText(err.hint)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    if open_settings is not None and err.kind in SETTINGS_KINDS:
        button = box.addButton("Open settings", QMessageBox.ButtonRole.AcceptRole)
        button.clicked.connect(open_settings)
        box.setDefaultButton(button)
    box.setObjectName(f"error-{err.kind.value}")
    box.open()
    return box
