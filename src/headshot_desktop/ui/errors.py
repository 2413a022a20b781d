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
TITLE_BAR_CONTROLS = 120  # the close button, the icon and the margins a title bar takes beside the title
SETTINGS_KINDS = {ErrorKind.AUTH, ErrorKind.NO_KEY, ErrorKind.PERMISSION, ErrorKind.CONFIG, ErrorKind.KEYRING}


def fit_title(box: QMessageBox, title: str) -> None:
    """A short message must not make the box narrower than its title: window managers cut it with "…"."""
    room = box.fontMetrics().horizontalAdvance(title) + TITLE_BAR_CONTROLS
    box.setStyleSheet(f"QLabel#qt_msgbox_label {{ min-width: {room}px; }}")


def show_error(parent: QWidget, err: HeadshotError, *, open_settings: Callable[[], None] | None = None) -> QMessageBox:
    """A non-blocking message box; for key problems it offers "Open settings"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    title = TITLES.get(err.kind, "Something went wrong")
    box.setWindowTitle(title)
    fit_title(box, title)
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
