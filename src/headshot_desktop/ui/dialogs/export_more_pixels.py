"""The export dialog's notice when a size needs more pixels than the headshot has, with the two ways on.

"Final in high detail" asks the window to make the headshot again through its refine path, at the size the
destination needs where the provider makes it, with the cost shown first. The window tells the notice (``reach``)
what its provider can make, so it says whether a final would be big enough, or still short of it. "Enlarge anyway"
exports with a plain (Lanczos) enlargement, and the notice then says what that means. Nothing is ever enlarged
without the person choosing it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, shown, translate

if TYPE_CHECKING:
    from headshot_desktop.library.presets import NeedsMorePixels

# Marked here, translated where they are shown: the translator is installed after this module is imported.
FINAL_TIP = QT_TRANSLATE_NOOP("MorePixels", "Makes this headshot again at the highest detail level your provider "
                              "offers, at the size this needs where it makes one that large: a paid request, its cost "
                              "shown before it is sent.")  # fmt: skip
# What the provider can make for a shortfall: a sentence, and whether a final would give more pixels at all.
Reach = Callable[["NeedsMorePixels"], tuple[str, bool]]
ENLARGE_TIP = QT_TRANSLATE_NOOP("MorePixels", "Exports it anyway, enlarged: bigger, but no sharper.")


def _size(size: tuple[int, int]) -> str:
    return f"{size[0]} × {size[1]}"


def enlarge_warning(err: NeedsMorePixels) -> str:
    return translate("MorePixels", "Enlarged: the file gets {needed} pixels made from {available}. It looks softer "
                     "than a headshot made at that size, most of all in print, and adds no detail."
                     ).format(needed=_size(err.needed), available=_size(err.available))  # fmt: skip


class MorePixels(QFrame):
    finalAsked = Signal()
    enlargeAsked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-more-pixels")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(translate("MorePixels", "Not enough pixels"))
        self.final_button = QPushButton(translate("MorePixels", "Final in &high detail…"))
        self.final_button.setToolTip(translate("MorePixels", FINAL_TIP))
        self.final_button.setAccessibleDescription(translate("MorePixels", FINAL_TIP))
        self.enlarge_button = QPushButton(translate("MorePixels", "Enlarge &anyway"))
        self.enlarge_button.setToolTip(translate("MorePixels", ENLARGE_TIP))
        self.enlarge_button.setAccessibleDescription(translate("MorePixels", ENLARGE_TIP))
        self.final_button.clicked.connect(self.finalAsked)
        self.enlarge_button.clicked.connect(self.enlargeAsked)
        self.shortfall: NeedsMorePixels | None = None  # the one said now, for "Final in high detail"
        self.reach: Reach | None = None  # set by the window; without it nothing is said about the provider
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.final_button)
        buttons.addWidget(self.enlarge_button)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addLayout(buttons)
        self.hide()

    def show_shortfall(self, err: NeedsMorePixels | None, *, enlarging: bool, can_refine: bool = True,
                       name: str = "") -> None:  # fmt: skip
        """Say what ``err`` says (after ``name``, the file's, in an export of many) and offer the two ways on, or,
        once enlarging was chosen, what it means. ``None``: enough pixels, nothing to say."""
        self.shortfall = err
        if err is None:
            self.text.clear()
            self.hide()
            return
        reach, helps = self.reach(err) if self.reach is not None else ("", True)
        if enlarging:
            self.text.setText(name + enlarge_warning(err))
        elif helps:
            self.text.setText(translate("MorePixels", "{name}{problem} {reach}Make it again in high detail, or enlarge "
                                        "it anyway: a plain enlargement looks softer and adds no detail."
                                        ).format(name=name, problem=shown(err.message), reach=reach))  # fmt: skip
        else:
            self.text.setText(translate("MorePixels", "{name}{problem} {reach}Enlarge it anyway (a plain enlargement "
                                        "looks softer and adds no detail), or choose a provider that makes larger "
                                        "images.").format(name=name, problem=shown(err.message), reach=reach))  # fmt: skip
        self.final_button.setVisible(can_refine and helps)
        self.enlarge_button.setVisible(not enlarging)
        self.show()
