"""Step 1: the photo. A drop zone until a photo is in, then its preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.photo_names import photo_label
from headshot_desktop.ui.widgets.drop_zone import DropZone
from headshot_desktop.ui.widgets.reference_strip import ReferenceStrip

if TYPE_CHECKING:
    from headshot_desktop.library import Original


class PhotoPanel(QWidget):
    openRequested = Signal()
    pasteRequested = Signal()
    cameraRequested = Signal()
    filesDropped = Signal(list)
    imageDropped = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original: Original | None = None
        self.drop_zone = DropZone()
        self.drop_zone.clicked.connect(self.openRequested)
        self.drop_zone.filesDropped.connect(self.filesDropped)
        self.drop_zone.imageDropped.connect(self.imageDropped)
        self.preview: DropZone | None = None  # made with the first photo shown
        self.stack = QStackedWidget()
        self.stack.addWidget(self.drop_zone)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(translate("PhotoPanel", "Photo status"))

        buttons = QHBoxLayout()
        for text, signal, name in (
            (translate("PhotoPanel", "&Open…"), self.openRequested, translate("PhotoPanel", "Open a photo file")),
            (translate("PhotoPanel", "&Paste"), self.pasteRequested, translate("PhotoPanel", "Paste a photo")),
            (
                translate("PhotoPanel", "&Camera…"),
                self.cameraRequested,
                translate("PhotoPanel", "Take a photo with the camera"),
            ),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        title = QLabel(translate("PhotoPanel", "<h3>1 · Your photo</h3>"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        self.references = ReferenceStrip()
        layout.addWidget(self.references)

    def set_busy(self, text: str) -> None:
        self.caption.setText(text)

    def _preview_zone(self) -> DropZone:
        """The chosen photo, shown where the invitation was; dropping onto it replaces the photo."""
        if self.preview is None:
            self.preview = DropZone()
            self.preview.filesDropped.connect(self.filesDropped)
            self.preview.imageDropped.connect(self.imageDropped)
            self.preview.clicked.connect(self.openRequested)
            self.preview.setAccessibleName(translate("PhotoPanel", "Chosen photo; drop or click to replace it"))
            self.stack.addWidget(self.preview)
        return self.preview

    def show_original(self, original: Original, preview: QImage) -> None:
        self.original = original
        zone = self._preview_zone()
        zone.set_pixmap(
            QPixmap.fromImage(
                preview.scaled(300, 360, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        )
        self.stack.setCurrentWidget(zone)
        name = photo_label(original.source_name or original.name)
        self.caption.setText(
            translate("PhotoPanel", "<b>{name}</b> · metadata removed. Drop another photo to replace it.").format(
                name=name
            )
        )

    def show_error(self, text: str) -> None:
        self.caption.setText(f"<span style='color:#d9534f'>{text}</span>")
