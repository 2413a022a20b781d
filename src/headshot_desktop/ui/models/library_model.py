"""The library's headshots as a Qt list model, with thumbnails loaded lazily off the main thread."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from headshot_desktop.errors import HeadshotError
from headshot_desktop.library import Headshot, ThumbnailCache
from headshot_desktop.ui.qt_paths import file_url
from headshot_desktop.ui.tasks import run_in_background_priority

log = logging.getLogger(__name__)

HeadshotRole = Qt.ItemDataRole.UserRole + 1
THUMB_SIZE = 256
Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractListModel):
    # Emitted by worker threads; Qt queues it to the model's thread.
    _thumbnail_ready = Signal(object, object)  # Path, QImage | None

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self._items: list[Headshot] = []
        self._images: dict[Path, QIcon] = {}
        self._requested: set[Path] = set()
        self._pending: list[Future] = []
        self._closed = False
        self._pool = ThreadPoolExecutor(
            max_workers=workers, thread_name_prefix="thumbnails", initializer=run_in_background_priority
        )
        self._placeholder = self._make_placeholder()
        self._thumbnail_ready.connect(self._store_thumbnail)

    @staticmethod
    def _make_placeholder() -> QIcon:
        pixmap = QPixmap(THUMB_SIZE * 2 // 3, THUMB_SIZE)
        pixmap.fill(QColor(128, 128, 128, 60))
        return QIcon(pixmap)

    def set_headshots(self, headshots: list[Headshot]) -> None:
        self.beginResetModel()
        self._items = list(headshots)
        keep = {h.path for h in headshots}
        self._images = {p: icon for p, icon in self._images.items() if p in keep}
        self._requested &= keep
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        headshot = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{headshot.style_name} {headshot.index_in_run}" if headshot.style_name else headshot.path.stem
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(headshot.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            made = headshot.created.astimezone().strftime("%Y-%m-%d %H:%M")
            return f"{headshot.path.name}\n{made} · {headshot.model or 'added by hand'}"
        if role == HeadshotRole:
            return headshot
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        mime.setUrls([file_url(self._items[i.row()].path) for i in indexes if i.isValid()])
        return mime

    def headshot(self, row: int) -> Headshot:
        return self._items[row]

    # -- thumbnails ---------------------------------------------------------------
    def _thumbnail(self, path: Path) -> QIcon:
        icon = self._images.get(path)
        if icon is not None:
            return icon
        if path not in self._requested and not self._closed:
            self._requested.add(path)
            self._pending = [f for f in self._pending if not f.done()]
            self._pending.append(self._pool.submit(self._load, path))
        return self._placeholder

    def _load(self, path: Path) -> None:
        try:
            image = QImage(str(self.thumbnails.get(path, THUMB_SIZE)))
        except HeadshotError as err:
            log.info("no thumbnail for %s: %s", path.name, err.message)
            image = None
        self._thumbnail_ready.emit(path, image)

    def _store_thumbnail(self, path: Path, image: QImage | None) -> None:
        row = next((i for i, h in enumerate(self._items) if h.path == path), -1)
        if row < 0:
            return
        self._images[path] = (
            QIcon(QPixmap.fromImage(image)) if image is not None and not image.isNull() else self._placeholder
        )
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def wait_for_thumbnails(self) -> None:
        """Block until the thumbnails asked for so far are made (tests, benchmarks)."""
        wait(list(self._pending))

    def shutdown(self) -> None:
        """Stop making thumbnails; the model still answers, with placeholders."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
