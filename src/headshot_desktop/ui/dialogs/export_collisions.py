"""One question when an export's files are already in the folder: replace, keep both, or skip them.

Keep both is the default: it loses nothing and still exports what was asked.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

NAMES_IN_TEXT = 8  # more go to the box's details


class Collision(Enum):
    REPLACE = "replace"
    KEEP_BOTH = "keep both"
    SKIP = "skip"


def ask_about_existing(parent: QWidget, existing: list[Path], folder: Path) -> Collision | None:
    """What to do with ``existing`` (files this export would write that are already there); None: go back."""
    box = QMessageBox(parent)
    box.setObjectName("export-collision")
    box.setIcon(QMessageBox.Icon.Question)
    if len(existing) == 1:
        box.setWindowTitle("A file of this name is already there")
        box.setText(f"“{existing[0].name}” is already in {folder}.")
        box.setInformativeText("Replace it, keep both (the new file gets a number, like “(2)”), or skip it?")
    else:
        box.setWindowTitle("Files of these names are already there")
        names = "\n".join(f"“{path.name}”" for path in existing[:NAMES_IN_TEXT])
        more = (
            f"\nand {len(existing) - NAMES_IN_TEXT} more (see Show Details)." if len(existing) > NAMES_IN_TEXT else ""
        )
        box.setText(f"{len(existing)} of the files are already in {folder}:\n{names}{more}")
        box.setInformativeText("Replace them, keep both (the new files get a number, like “(2)”), or skip them?")
        if len(existing) > NAMES_IN_TEXT:
            box.setDetailedText("\n".join(path.name for path in existing))
    replace = box.addButton("&Replace", QMessageBox.ButtonRole.DestructiveRole)
    keep_both = box.addButton("&Keep both", QMessageBox.ButtonRole.AcceptRole)
    skip = box.addButton("&Skip", QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep_both)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    answers = ((replace, Collision.REPLACE), (keep_both, Collision.KEEP_BOTH), (skip, Collision.SKIP))
    return next((answer for button, answer in answers if button is clicked), None)
