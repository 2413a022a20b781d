"""Qt's own settings (the file dialog's history and last folder) kept in the app's config folder.

Qt's file dialog saves its state when it closes, through ``QSettings(UserScope, "QtProject")``:
by default a file every Qt program shares (``~/.config/QtProject.conf`` on Linux). The app
promises to write only in its own folders, so that path is pointed at the app's config
folder: "Delete all my data" then removes the history with the rest. That constructor always
uses the native format, which is a file only on Linux and the BSDs; on Windows (the registry)
and macOS (its preferences) Qt offers no other place, and the state stays where Qt keeps it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def keep_qt_settings_in(folder: Path) -> None:
    """Make the settings Qt saves for itself from now on go to ``folder`` (``QtProject.conf``)."""
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
