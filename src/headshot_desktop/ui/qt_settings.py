"""Qt's own settings (the file dialog's history and last folder) kept in the app's config folder; the window's place.

Qt's file dialog saves its state when it closes, through ``QSettings(UserScope, "QtProject")``:
by default a file every Qt program shares (``~/.config/QtProject.conf`` on Linux). The app
promises to write only in its own folders, so that path is pointed at the app's config
folder: "Delete all my data" then removes the history with the rest. That constructor always
uses the native format, which is a file only on Linux and the BSDs; on Windows (the registry)
and macOS (its preferences) Qt offers no other place, and the state stays where Qt keeps it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget


def keep_qt_settings_in(folder: Path) -> None:
    """Make the settings Qt saves for itself from now on go to ``folder`` (``QtProject.conf``)."""
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


def place_window(window: QWidget, saved: str) -> None:
    """Where the window was last time (``saved``: its geometry in base64), else centred and fitting the screen."""
    if saved:
        window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
        return
    room = window.screen().availableGeometry()  # the first window fits the screen, title bar included
    window.resize(min(window.width(), room.width() - 40), min(window.height(), room.height() - 60))
    window.move(
        room.x() + (room.width() - window.width()) // 2,
        room.y() + max(0, (room.height() - window.height() - 40) // 2),
    )
