"""More photos of the same person (optional): thumbnails, Add…, and Remove, up to what the provider takes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from headshot_desktop.ui.i18n import Plural, shown, translate

if TYPE_CHECKING:
    from headshot_desktop.library import Original

THUMB = QSize(48, 60)


class ReferenceStrip(QWidget):
    addRequested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos: list[tuple[Original, QImage]] = []
        self.limit = 0
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.add_button = QPushButton(translate("ReferenceStrip", "&Add…"))
        self.add_button.setAccessibleName(
            translate("ReferenceStrip", "Add another photo of you, to keep your likeness")
        )
        self.add_button.clicked.connect(self.addRequested)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(self.row)
        self.set_limit(0, "")

    def originals(self) -> tuple[Original, ...]:
        return tuple(o for o, _ in self.photos)

    def set_limit(self, limit: int, provider_title: str) -> None:
        """How many the chosen provider takes (at most 4); extra ones beyond a new, lower limit are dropped."""
        self.limit = min(limit, 4)
        if len(self.photos) > self.limit:
            del self.photos[self.limit :]
            self.changed.emit()
        if self.limit == 0:
            none = translate("ReferenceStrip", "<small>{provider} takes no further photos of you.</small>")
            self.label.setText(none.format(provider=shown(provider_title)))
        else:
            self.label.setText(Plural.tr("<small>More photos of you help it look like you (optional, up to %n):"
                                         "</small>", "", self.limit))  # fmt: skip
        self._show()

    def add(self, original: Original, preview: QImage) -> None:
        if len(self.photos) < self.limit and all(o.id != original.id for o, _ in self.photos):
            self.photos.append((original, preview))
            self._show()
            self.changed.emit()

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.photos):
            del self.photos[index]
            self._show()
            self.changed.emit()

    def clear(self) -> None:
        if self.photos:
            self.photos.clear()
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget() is not None and item.widget() is not self.add_button:
                item.widget().deleteLater()
        for index, (original, preview) in enumerate(self.photos):
            button = QToolButton()
            button.setIcon(QIcon(QPixmap.fromImage(preview.scaled(
                THUMB * self.devicePixelRatioF(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))))  # fmt: skip
            button.setIconSize(THUMB)
            name = original.source_name or original.name
            button.setToolTip(translate("ReferenceStrip", "{name}: click to remove it").format(name=name))
            button.setAccessibleName(
                translate("ReferenceStrip", "Remove further photo {number}, {name}").format(number=index + 1, name=name)
            )
            button.clicked.connect(lambda _=False, i=index: self.remove(i))
            self.row.addWidget(button)
        self.row.addWidget(self.add_button)  # after the thumbnails, on their row
        self.row.addStretch(1)
        self.add_button.setVisible(self.limit > 0)
        self.add_button.setEnabled(len(self.photos) < self.limit)
