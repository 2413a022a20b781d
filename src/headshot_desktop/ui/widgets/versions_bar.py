"""The versions of one headshot: the first one, each refinement (with its instruction), and where we are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from headshot_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot


class VersionsBar(QWidget):
    versionChosen = Signal(object)  # Headshot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chain: list[Headshot] = []
        self.current: int | None = None
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(QLabel(translate("VersionsBar", "Versions:")))
        self._row.addStretch(1)
        self.setVisible(False)

    def show_chain(self, chain: list[Headshot], current: int) -> None:
        """Shown only when there is more than one version to step between."""
        self.chain, self.current = chain, current
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for number, version in enumerate(chain):
            if version.parent_id is None:
                text = translate("VersionsBar", "{number}: first", "the first version of a headshot")
                name = translate("VersionsBar", "Version {number}: first", "the first version of a headshot")
            else:  # a refinement, with the person's instruction
                text = translate("VersionsBar", "{number}: “{instruction}”")
                name = translate("VersionsBar", "Version {number}: “{instruction}”")
            button = QPushButton(text.format(number=number + 1, instruction=version.instruction))
            button.setCheckable(True)
            button.setChecked(version.id == current)
            button.setToolTip(version.path.name)
            button.setAccessibleName(name.format(number=number + 1, instruction=version.instruction))
            button.clicked.connect(lambda _=False, v=version: self._choose(v))
            self._row.insertWidget(self._row.count() - 1, button)
            self.buttons.append(button)
        self.setVisible(len(chain) > 1)

    def _choose(self, version: Headshot) -> None:
        self.current = version.id
        for button, shown in zip(self.buttons, self.chain, strict=True):
            button.setChecked(shown.id == version.id)
        self.versionChosen.emit(version)
