"""What Keep means, said the same way everywhere, and the second question before a kept item goes.

Keep marks a favourite: a star on its tile. The retention setting never removes a kept headshot,
its photo, or a kept photo; Delete (Move to trash) asks once more before it removes a kept one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, Plural, translate

# Marked here, translated where shown (``keep_tooltip``): the translator is installed after this module is imported.
KEEP_TOOLTIP = QT_TRANSLATE_NOOP(
    "KeepWords",
    "Keep: a favourite. Kept headshots and their originals are never removed by the retention setting, "
    "and Delete asks again before removing them.",
)
KEEP_ORIGINAL_TOOLTIP = QT_TRANSLATE_NOOP(
    "KeepWords",
    "Keep: a favourite. A kept photo is never removed by the retention setting, "
    "and Move to trash asks again before removing it.",
)
ASK_OBJECT_NAME = "keep-confirm"


def keep_tooltip() -> str:
    """The Keep button's tooltip for headshots, in the person's language."""
    return translate("KeepWords", KEEP_TOOLTIP)


def keep_original_tooltip() -> str:
    """The Keep button's tooltip for photos (originals), in the person's language."""
    return translate("KeepWords", KEEP_ORIGINAL_TOOLTIP)


def _marked(item: Any) -> bool:
    return bool(getattr(item, "kept", False))


def ask_about_kept(parent: QWidget, items: Sequence[Any], describe: Callable[[Any], str],
                   on_answer: Callable[[list[Any]], None], *, delete: bool = False,
                   is_kept: Callable[[Any], bool] = _marked) -> None:  # fmt: skip
    """Call ``on_answer`` with what may go: all of ``items``, those not kept, or nothing (no call).

    Without a kept item among ``items`` it is called at once; otherwise the person is asked first.
    ``delete``: the button said Delete (else Move to the trash); ``is_kept``: what counts as kept (by default the
    item's own mark).
    """
    from PySide6.QtWidgets import QMessageBox

    kept = [item for item in items if is_kept(item)]
    if not kept:
        on_answer(list(items))
        return
    others = [item for item in items if not is_kept(item)]
    title = translate("KeepWords", "Marked Keep")
    box = QMessageBox(QMessageBox.Icon.Question, title, "", QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(ASK_OBJECT_NAME)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if len(kept) == 1:
        box.setText(translate("KeepWords", "“{name}” is marked Keep.").format(name=describe(kept[0])))
    else:
        names = ", ".join(describe(i) for i in kept[:4]) + ("…" if len(kept) > 4 else "")
        box.setText(Plural.tr("%n of these are marked Keep: {names}.", "", len(kept)).format(names=names))
    if delete:
        box.setInformativeText(translate("KeepWords", "Kept items are your favourites. Delete anyway?"))
        everything = translate("KeepWords", "Delete, kept ones too")
    else:
        box.setInformativeText(translate("KeepWords", "Kept items are your favourites. Move to the trash anyway?"))
        everything = translate("KeepWords", "Move to the trash, kept ones too")
    all_button = box.addButton(everything, QMessageBox.ButtonRole.DestructiveRole)
    only_others = translate("KeepWords", "Only those not kept")
    others_button = box.addButton(only_others, QMessageBox.ButtonRole.AcceptRole) if others else None
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered() -> None:
        clicked = box.clickedButton()
        if clicked is all_button:
            on_answer(list(items))
        elif others_button is not None and clicked is others_button:
            on_answer(others)

    box.finished.connect(answered)
    box.open()
