"""One question when an export's files are already in the folder: replace, keep both, or skip them.

Keep both is the default: it loses nothing and still exports what was asked.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from headshot_desktop.ui.i18n import Plural, translate

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
        box.setWindowTitle(translate("ExportCollisions", "A file of this name is already there"))
        box.setText(
            translate("ExportCollisions", "“{name}” is already in {folder}.").format(
                name=existing[0].name, folder=folder
            )
        )
        box.setInformativeText(
            translate("ExportCollisions", "Replace it, keep both (the new file gets a number, like “(2)”), or skip it?")
        )
    else:
        box.setWindowTitle(translate("ExportCollisions", "Files of these names are already there"))
        lines = [Plural.tr("%n of the files are already in {folder}:", "", len(existing)).format(folder=folder)]
        lines += [translate("ExportCollisions", "“{name}”").format(name=path.name) for path in existing[:NAMES_IN_TEXT]]
        if len(existing) > NAMES_IN_TEXT:
            lines.append(Plural.tr("and %n more (see Show Details).", "", len(existing) - NAMES_IN_TEXT))
        box.setText("\n".join(lines))
        box.setInformativeText(
            translate(
                "ExportCollisions", "Replace them, keep both (the new files get a number, like “(2)”), or skip them?"
            )
        )
        if len(existing) > NAMES_IN_TEXT:
            box.setDetailedText("\n".join(path.name for path in existing))
    replace = box.addButton(translate("ExportCollisions", "&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    keep_both = box.addButton(translate("ExportCollisions", "&Keep both"), QMessageBox.ButtonRole.AcceptRole)
    skip = box.addButton(translate("ExportCollisions", "&Skip"), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep_both)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    answers = ((replace, Collision.REPLACE), (keep_both, Collision.KEEP_BOTH), (skip, Collision.SKIP))
    return next((answer for button, answer in answers if button is clicked), None)
