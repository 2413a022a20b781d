"""The results strip: a run's images as thumbnails, drawn at the screen's pixel ratio, kept ones with a star."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.qt_paths import file_url
from headshot_desktop.ui.widgets.exported_drag import drag_selection, prepare_on_press
from headshot_desktop.ui.widgets.library_tiles import paint_star

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot
    from headshot_desktop.ui.widgets.exported_drag import DragSource

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (run id, image index); a headshot opened from the library: (-id, 0)
HEADSHOT_ROLE = Qt.ItemDataRole.UserRole + 2  # the Headshot, once the image is stored
IMAGE_ROLE = Qt.ItemDataRole.UserRole + 3  # the decoded picture
BEFORE_ROLE = Qt.ItemDataRole.UserRole + 4  # the selfie it is compared with

THUMBNAIL = QSize(96, 128)  # in points
BADGE = 22  # the Keep star's patch, in points


class ResultStrip(QListWidget):
    """The run's images; finished ones can be dragged out to the desktop or another app (given an
    ``exported_drag``, as exported files)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exported_drag: DragSource | None = None
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(THUMBNAIL)
        self.setFixedHeight(170)
        self.setMovement(QListWidget.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAccessibleName(translate("ResultStrip", "Results"))

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        paths = [item.data(HEADSHOT_ROLE).path for item in items if item.data(HEADSHOT_ROLE) is not None]
        mime.setUrls([file_url(p) for p in paths])
        return mime

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def selected_headshots(self) -> list[Headshot]:
        return [item.data(HEADSHOT_ROLE) for item in self.selectedItems() if item.data(HEADSHOT_ROLE) is not None]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        pressed = self.itemAt(event.position().toPoint())
        prepare_on_press(self.exported_drag, pressed is not None and pressed.data(HEADSHOT_ROLE) is not None,
                         self.selected_headshots)  # fmt: skip

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        item = self.currentItem()
        drag_selection(self, self.exported_drag, self.selected_headshots(),
                       lambda: item.icon().pixmap(THUMBNAIL) if item else QPixmap(),
                       lambda: super(ResultStrip, self).startDrag(supportedActions))  # fmt: skip

    def paint_item(self, item: QListWidgetItem, label: str) -> None:
        """The item's thumbnail, words and tooltip from its picture and headshot (kept: a star on it)."""
        headshot, image = item.data(HEADSHOT_ROLE), item.data(IMAGE_ROLE)
        kept = headshot is not None and headshot.kept
        if image is not None and not image.isNull():
            item.setIcon(thumbnail(image, self.devicePixelRatioF(), kept))
        item.setText(label)
        spoken = translate("ResultStrip", "{label}, kept").format(label=label) if kept else label
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        if headshot is not None:
            favourite = translate("ResultStrip", "{path}\nKept: a favourite")
            item.setToolTip(favourite.format(path=headshot.path) if kept else str(headshot.path))


def thumbnail(image: QImage, ratio: float, kept: bool = False) -> QIcon:
    """``image`` fitted into the thumbnail size, in device pixels at ``ratio`` so it stays sharp at 2×."""
    scaled = image.scaled(
        round(THUMBNAIL.width() * ratio),
        round(THUMBNAIL.height() * ratio),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    pixmap = QPixmap.fromImage(scaled)
    pixmap.setDevicePixelRatio(ratio)
    if kept:
        _paint_badge(pixmap)
    return QIcon(pixmap)


def _paint_badge(pixmap: QPixmap) -> None:
    """The library's Keep star, in the thumbnail's top-right corner."""
    width = round(pixmap.width() / pixmap.devicePixelRatio())  # in points: the painter works in points
    painter = QPainter(pixmap)
    paint_star(painter, QRect(width - BADGE - 3, 3, BADGE, BADGE))
    painter.end()
