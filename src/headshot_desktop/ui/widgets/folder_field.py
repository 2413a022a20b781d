"""A folder chosen with a button, its whole path shown: cut in the middle when narrow, in full on hover."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.widgets.elided_label import ElidedLabel

MIN_CHARS = 24  # narrower than this, a path says little: its start (which disk, whose home) and its end (the folder)


class FolderField(QWidget):
    """The folder's path and a "Choose…" button; ``text()`` and ``setText()`` as a line edit has them."""

    changed = Signal(str)

    def __init__(self, path: str, *, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.display = ElidedLabel()
        self.display.setMinimumWidth(self.display.fontMetrics().averageCharWidth() * MIN_CHARS)
        self.choose = QPushButton(translate("FolderField", "Choose…"))
        self.choose.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.display, 1)
        row.addWidget(self.choose)
        self.setFocusProxy(self.choose)  # the form's "F&older:" label takes the keyboard to the button
        self.setText(path)

    def text(self) -> str:
        return self.display.full_text()

    def setText(self, path: str) -> None:  # noqa: N802 - the name a line edit gives it
        self.display.set_full_text(path)
        self.changed.emit(path)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        said = translate(
            "FolderField", "Choose the {lowercase}", "{lowercase}: the field's name in lower case; {name}: as written"
        )
        self.choose.setAccessibleName(said.format(lowercase=name.lower(), name=name))

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self._title, self.text())
        if folder:
            self.setText(folder)
