"""A push button with its accessible name (and a tip), as every button of the Team tab has."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def button(text: str, name: str, tip: str = "") -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(name)
    if tip:
        made.setToolTip(tip)
    return made
