"""What Keep means, said the same way everywhere, and the second question before a kept item goes.

Keep marks a favourite: a star on its tile. The retention setting never removes a kept headshot,
its photo, or a kept photo; Delete (Move to trash) asks once more before it removes a kept one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

KEEP_TOOLTIP = (
    "Keep: a favourite. Kept headshots and their originals are never removed by the retention setting, "
    "and Delete asks again before removing them."
)
KEEP_ORIGINAL_TOOLTIP = (
    "Keep: a favourite. A kept photo is never removed by the retention setting, "
    "and Move to trash asks again before removing it."
)
ASK_OBJECT_NAME = "keep-confirm"


def _marked(item: Any) -> bool:
    return bool(getattr(item, "kept", False))


def ask_about_kept(parent: QWidget, items: Sequence[Any], describe: Callable[[Any], str],
                   on_answer: Callable[[list[Any]], None], *, verb: str = "Move to the trash",
                   is_kept: Callable[[Any], bool] = _marked) -> None:  # fmt: skip
    """Call ``on_answer`` with what may go: all of ``items``, those not kept, or nothing (no call).

    Without a kept item among ``items`` it is called at once; otherwise the person is asked first.
    ``is_kept``: what counts as kept (by default the item's own mark).
    """
    kept = [item for item in items if is_kept(item)]
    if not kept:
        on_answer(list(items))
        return
    others = [item for item in items if not is_kept(item)]
    box = QMessageBox(QMessageBox.Icon.Question, "Marked Keep", "", QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(ASK_OBJECT_NAME)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if len(kept) == 1:
        box.setText(f"“{describe(kept[0])}” is marked Keep.")
    else:
        box.setText(f"{len(kept)} of these are marked Keep: " + ", ".join(describe(i) for i in kept[:4])
                    + ("…" if len(kept) > 4 else "") + ".")  # fmt: skip
    box.setInformativeText(f"Kept items are your favourites. {verb} anyway?")
    all_button = box.addButton(f"{verb}, kept ones too", QMessageBox.ButtonRole.DestructiveRole)
    others_button = box.addButton("Only those not kept", QMessageBox.ButtonRole.AcceptRole) if others else None
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
