"""The place a selfie arrives: dropped files, dropped images from other apps, or a click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from headshot_desktop.ui.i18n import translate

BORDER, FOCUS_BORDER, RADIUS = 2, 3, 12


class DropZone(QFrame):
    filesDropped = Signal(list)  # list[Path]
    imageDropped = Signal(QImage)  # an image dragged from another app, with no file
    clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.NoFrame)  # its own border, drawn in paintEvent
        self.setContentsMargins(FOCUS_BORDER, FOCUS_BORDER, FOCUS_BORDER, FOCUS_BORDER)
        self.setMinimumSize(260, 220)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("DropZone", "Photo drop zone"))
        self.setAccessibleDescription(translate("DropZone", "Drop a selfie here, or press Enter to choose a file"))
        self._label = QLabel(
            translate(
                "DropZone",
                "<p style='font-size:15pt'><b>Drop a selfie here</b></p>"
                "<p>or click to choose a file · Ctrl+V to paste</p>"
                "<p style='color:gray'>JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF</p>",
            ),
            self,
        )
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setWordWrap(True)
        self._label.setMinimumSize(1, 1)  # the picture follows the zone's size, not the other way round
        self._pixmap: QPixmap | None = None
        self._highlighted = False  # something droppable is being dragged over it
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)

    def set_pixmap(self, pixmap: QPixmap) -> None:
        """Show a picture instead of the invitation text (the zone still takes drops), whole, at the zone's size."""
        self._pixmap = pixmap
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            return
        room = self._label.contentsRect().size()
        if room.width() < 2 or room.height() < 2 or (self._pixmap.width() <= room.width()
                                                     and self._pixmap.height() <= room.height()):  # fmt: skip
            self._label.setPixmap(self._pixmap)
            return
        self._label.setPixmap(self._pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))  # fmt: skip

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _set_highlight(self, on: bool) -> None:
        self._highlighted = on
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A dashed, rounded edge (the highlight colour while a photo is dragged over); solid and wider with focus.

        Drawn here rather than by a style sheet: a style sheet puts the zone and its label under Qt's style-sheet
        style, whose set-up cost 1.5 ms before the first paint.
        """
        focused = self.hasFocus()
        width = FOCUS_BORDER if focused else BORDER
        role = QPalette.ColorRole.Highlight if focused or self._highlighted else QPalette.ColorRole.Mid
        pen = QPen(self.palette().color(role), width, Qt.PenStyle.SolidLine if focused else Qt.PenStyle.DashLine)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS)

    @staticmethod
    def _accepts(mime: QMimeData) -> bool:
        return mime.hasImage() or any(url.isLocalFile() for url in mime.urls())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self._set_highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._set_highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_highlight(False)
        mime = event.mimeData()
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if paths:
            self.filesDropped.emit(paths)
        elif mime.hasImage():
            self.imageDropped.emit(QImage(mime.imageData()))
        else:
            event.ignore()
            return
        event.acceptProposedAction()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
