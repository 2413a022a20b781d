"""Icons for the window, drawn from the SVG so they stay crisp on HiDPI screens."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from headshot_desktop.system.resources import resource

ICON = ("icons", "headshot-desktop.svg")


def app_icon() -> QIcon:
    """Qt's SVG icon engine draws it at each size when that size is first asked for, not all at start-up."""
    return QIcon(str(resource(*ICON)))
