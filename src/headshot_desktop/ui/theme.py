"""Light, dark, or whatever the system uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from headshot_desktop.ui.style import ClearStyle

_DARK = {
    QPalette.ColorRole.Window: "#26282b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1d1f21",
    QPalette.ColorRole.AlternateBase: "#2c2f33",
    QPalette.ColorRole.ToolTipBase: "#33363a",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#8a8d91",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#303337",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#45484d",
    QPalette.ColorRole.Midlight: "#3a3d41",
    QPalette.ColorRole.Mid: "#5a5e63",
    QPalette.ColorRole.Dark: "#151618",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d8be8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6cb0ff",
    QPalette.ColorRole.LinkVisited: "#b596ff",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7a7d81",
    QPalette.ColorRole.Text: "#7a7d81",
    QPalette.ColorRole.ButtonText: "#7a7d81",
    QPalette.ColorRole.Highlight: "#44474b",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """``system`` follows the desktop (and its changes); ``light``/``dark`` force a scheme.

    Fusion (with clearer outlines and focus, ``ui/style.py``) draws both schemes the same on every OS. The colour-scheme hint tells
    platforms that theme native parts (title bars, dialogs); the palette is set
    explicitly because without a desktop theme (a bare X server, some Linux
    desktops) the hint alone changes nothing.
    """
    if not isinstance(app.style(), ClearStyle):
        app.setStyle(ClearStyle())
    hints = app.styleHints()
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    elif theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())
    else:
        hints.unsetColorScheme()
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
        app.setPalette(dark_palette() if dark else app.style().standardPalette())


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
