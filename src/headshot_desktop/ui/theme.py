"""Light, dark, or whatever the system uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def apply_theme(app: QApplication, theme: str) -> None:
    """``system`` follows the desktop (and its changes); ``light``/``dark`` force a scheme."""
    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(theme, Qt.ColorScheme.Unknown)
    # Fusion draws both schemes well on every OS and honours the colour scheme hint.
    app.setStyle("Fusion")
    app.styleHints().setColorScheme(scheme)
