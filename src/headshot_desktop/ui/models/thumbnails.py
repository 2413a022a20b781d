"""Thumbnails for the library's models, made on worker threads and handed to the window's thread as icons."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui.tasks import run_in_background_priority

if TYPE_CHECKING:
    from headshot_desktop.library import ThumbnailCache

log = logging.getLogger(__name__)

THUMB_SIZE = 256


class ThumbnailLoader(QObject):
    """``icon(path)`` answers at once: the thumbnail if made, else a placeholder while it is made.

    ``ready(path)`` says when one arrives. One loader serves every model that shows library files.
    """

    ready = Signal(object)  # Path
    # Emitted by worker threads; Qt queues it to the loader's thread.
    _made = Signal(object, object)  # Path, QImage | None

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self._icons: dict[Path, QIcon] = {}
        self._requested: set[Path] = set()
        self._shown: dict[str, set[Path]] = {}
        self._pending: list[Future] = []
        self._closed = False
        self._pool = ThreadPoolExecutor(
            max_workers=workers, thread_name_prefix="thumbnails", initializer=run_in_background_priority
        )
        pixmap = QPixmap(THUMB_SIZE * 2 // 3, THUMB_SIZE)
        pixmap.fill(QColor(128, 128, 128, 60))
        self.placeholder = QIcon(pixmap)
        self._made.connect(self._store)

    def icon(self, path: Path) -> QIcon:
        found = self._icons.get(path)
        if found is not None:
            return found
        if path not in self._requested and not self._closed:
            self._requested.add(path)
            self._pending = [f for f in self._pending if not f.done()]
            self._pending.append(self._pool.submit(self._load, path))
        return self.placeholder

    def shown_by(self, owner: str, paths: set[Path]) -> None:
        """``owner`` (a model) now shows ``paths``: the icons of files no model shows are forgotten."""
        self._shown[owner] = paths
        wanted = set().union(*self._shown.values())
        self._icons = {p: icon for p, icon in self._icons.items() if p in wanted}
        self._requested &= wanted

    def _load(self, path: Path) -> None:
        try:
            image = QImage(str(self.thumbnails.get(path, THUMB_SIZE)))
        except HeadshotError as err:
            log.info("no thumbnail for %s: %s", path.name, err.message)
            image = None
        self._made.emit(path, image)

    def _store(self, path: Path, image: QImage | None) -> None:
        if path not in self._requested:
            return  # no longer shown
        ok = image is not None and not image.isNull()
        self._icons[path] = QIcon(QPixmap.fromImage(image)) if ok and image is not None else self.placeholder
        self.ready.emit(path)

    def wait(self) -> None:
        """Block until the thumbnails asked for so far are made (tests, benchmarks)."""
        wait(list(self._pending))

    def shutdown(self) -> None:
        """Stop making thumbnails; ``icon`` still answers, with placeholders."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
