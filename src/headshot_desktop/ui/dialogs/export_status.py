"""The export dialog's status rows under its choices: an error in a place of its own, and the progress of a write."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from headshot_desktop.ui.i18n import translate


class ErrorLine(QLabel):
    """An error in a row of its own under the preview and the form, never over them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-error")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self.make_room()

    def make_room(self) -> None:
        """A wrapped label does not grow its window by itself: as a minimum height, its lines push the window
        taller, so the error never covers the preview or the buttons. Call it when the window is resized."""
        window = self.window()
        margins = window.layout().contentsMargins() if window.layout() is not None else None
        width = window.width() - (margins.left() + margins.right() if margins is not None else 0)
        self.setMinimumHeight(self.heightForWidth(width) if self.text() else 0)


class ProgressRow(QWidget):
    """What is being written, and how far: a bar of files, or one that only moves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setAccessibleName(translate("ExportStatus", "Export progress"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text)
        row.addWidget(self.bar, 1)
        self.hide()
