"""The questions before photos (originals) go to the trash: are they in use, and do their headshots go too."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from headshot_desktop.library import Headshot, Original

TRASH_OBJECT_NAME = "originals-trash"
IN_USE_OBJECT_NAME = "originals-in-use"


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, informative: str, name: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setInformativeText(informative)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def _quoted(names: Sequence[str]) -> str:
    shown = ", ".join(f"“{n}”" for n in names[:3])
    return shown + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def explain_in_use(parent: QWidget, names: Sequence[str]) -> QMessageBox:
    """A photo on the Create page, or one a run still needs, cannot go now: say why and when it can."""
    one = len(names) == 1
    box = _box(
        parent, QMessageBox.Icon.Information, "Still in use",
        f"{_quoted(names)} {'is' if one else 'are'} still in use, so nothing was moved to the trash.",
        f"{'It is' if one else 'They are'} open on the Create page, or a run still needs "
        f"{'it' if one else 'them'}. Open another photo, or wait for the run to end, then try again.",
        IN_USE_OBJECT_NAME,
    )  # fmt: skip
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    return box


def ask_trash_originals(parent: QWidget, originals: Sequence[Original], made: Sequence[Headshot],
                        label: Callable[[Original], str], on_answer: Callable[[bool], None]) -> QMessageBox:  # fmt: skip
    """Ask before moving ``originals`` to the trash; ``on_answer(with_headshots)`` unless the person cancels.

    ``made``: the headshots made from them, which the person may send along or keep.
    """
    one, count = len(originals) == 1, len(made)
    text = (
        f"Move the photo “{label(originals[0])}” to the trash?"
        if one
        else f"Move {len(originals)} photos to the trash?"
    )
    it = "it" if one else "them"
    if made:
        shots = f"{count} headshot{'s were' if count != 1 else ' was'} made from {it}"
        informative = (f"{shots}. Move {'it' if count == 1 else 'them'} to the trash as well, or keep "
                       f"{'it' if count == 1 else 'them'} in the library without {'its' if one else 'their'} "
                       "photo?")  # fmt: skip
    else:
        informative = f"No headshots were made from {it}. You can get {it} back from the system trash."
    box = _box(parent, QMessageBox.Icon.Question, "Move to trash", text, informative, TRASH_OBJECT_NAME)
    with_shots = None
    if made:
        with_shots = box.addButton(
            f"{'Photo' if one else 'Photos'} and headshots", QMessageBox.ButtonRole.DestructiveRole
        )
        alone = box.addButton(f"Only the {'photo' if one else 'photos'}", QMessageBox.ButtonRole.AcceptRole)
    else:
        alone = box.addButton("Move to trash", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered() -> None:
        clicked = box.clickedButton()
        if clicked is alone or (with_shots is not None and clicked is with_shots):
            on_answer(clicked is with_shots)

    box.finished.connect(answered)
    box.open()
    return box
