"""The questions before photos (originals) go to the trash: are they in use, and do their headshots go too."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from headshot_desktop.ui.i18n import Plural, translate

if TYPE_CHECKING:
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
    listed = ", ".join(translate("OriginalsTrash", "“{name}”").format(name=n) for n in names[:3])
    return Plural.tr("{names} and %n more", "", len(names) - 3).format(names=listed) if len(names) > 3 else listed


def explain_in_use(parent: QWidget, names: Sequence[str]) -> QMessageBox:
    """A photo on the Create page, or one a run still needs, cannot go now: say why and when it can."""
    count = len(names)
    box = _box(
        parent, QMessageBox.Icon.Information, translate("OriginalsTrash", "Still in use"),
        Plural.tr("{names} are still in use, so nothing was moved to the trash.", "", count).format(
            names=_quoted(names)),
        Plural.tr("They are open on the Create page, or a run still needs them. Open another photo, or wait for the "
                  "run to end, then try again.", "", count),
        IN_USE_OBJECT_NAME,
    )  # fmt: skip
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    return box


def _made_from(one: bool, count: int) -> str:
    """What to do with the ``count`` headshots made from one photo (``one``) or from several."""
    if one:
        return Plural.tr("%n headshot(s) were made from it. Move them to the trash as well, or keep them in the "
                         "library without its photo?", "", count)  # fmt: skip
    return Plural.tr("%n headshot(s) were made from them. Move them to the trash as well, or keep them in the "
                     "library without their photo?", "", count)  # fmt: skip


def ask_trash_originals(parent: QWidget, originals: Sequence[Original], made: Sequence[Headshot],
                        label: Callable[[Original], str], on_answer: Callable[[bool], None]) -> QMessageBox:  # fmt: skip
    """Ask before moving ``originals`` to the trash; ``on_answer(with_headshots)`` unless the person cancels.

    ``made``: the headshots made from them, which the person may send along or keep.
    """
    one = len(originals) == 1
    if one:
        text = translate("OriginalsTrash", "Move the photo “{name}” to the trash?").format(name=label(originals[0]))
    else:
        text = Plural.tr("Move %n photo(s) to the trash?", "", len(originals))
    if made:
        informative = _made_from(one, len(made))
    elif one:
        informative = translate("OriginalsTrash", "No headshots were made from it. You can get it back from the "
                                "system trash.")  # fmt: skip
    else:
        informative = translate("OriginalsTrash", "No headshots were made from them. You can get them back from the "
                                "system trash.")  # fmt: skip
    box = _box(parent, QMessageBox.Icon.Question, translate("OriginalsTrash", "Move to trash"), text, informative,
               TRASH_OBJECT_NAME)  # fmt: skip
    with_shots = None
    if made:
        both = (
            translate("OriginalsTrash", "Photo and headshots")
            if one
            else translate("OriginalsTrash", "Photos and headshots")
        )
        with_shots = box.addButton(both, QMessageBox.ButtonRole.DestructiveRole)
        alone_text = (
            translate("OriginalsTrash", "Only the photo") if one else translate("OriginalsTrash", "Only the photos")
        )
        alone = box.addButton(alone_text, QMessageBox.ButtonRole.AcceptRole)
    else:
        alone = box.addButton(translate("OriginalsTrash", "Move to trash"), QMessageBox.ButtonRole.AcceptRole)
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
