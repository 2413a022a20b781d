"""Headshots handed to other programs as exported files: the clipboard's and a drag's data.

A drag starts on a mouse move and must carry its files at once, but exporting them takes a moment on the library
pool. So the press that may start a drag begins the export (``DragSource.prepare``); when the drag starts, it waits
for the files without blocking the window (``DragSource.wait_for``), or does not start if the button was let go.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEventLoop, QMimeData, Qt, QTimer
from PySide6.QtGui import QDrag, QGuiApplication, QImage, QPixmap, QStandardItem, QStandardItemModel

from headshot_desktop.ui.qt_paths import file_url

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from headshot_desktop.library import Headshot

MIME_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}
WAIT_CHECK_MS = 10


@dataclass(frozen=True)
class Exported:
    """Exported files in the app's cache; for a single one, its picture and bytes as well (read on a worker)."""

    files: list[Path]
    image: QImage | None = None
    data: bytes = field(default=b"", repr=False)
    made_as: str = ""  # how they were exported, in words: "LinkedIn (800 × 800), JPEG"


class DragSource(Protocol):
    def prepare(self, headshots: list[Headshot]) -> None: ...
    def wait_for(self, headshots: list[Headshot]) -> Exported | None: ...


def qt_made_mime_data() -> QMimeData:
    """An empty QMimeData made by Qt itself. One made from Python and left on the clipboard calls back into Python
    as the application ends, after Python has gone, and the process crashes on the way out."""
    model = QStandardItemModel()
    model.appendRow(QStandardItem())
    mime = model.mimeData([model.index(0, 0)])
    for kind in mime.formats():
        mime.removeFormat(kind)
    return mime


def mime_data(exported: Exported) -> QMimeData:
    """The files' addresses; for one file, its picture and its bytes too (for programs that take a picture)."""
    mime = qt_made_mime_data()
    mime.setUrls([file_url(path) for path in exported.files])
    if exported.image is not None and not exported.image.isNull():
        mime.setImageData(exported.image)
    if exported.data and exported.files[0].suffix.lower() in MIME_TYPES:
        mime.setData(MIME_TYPES[exported.files[0].suffix.lower()], exported.data)
    return mime


def wait_while_held(ready: Callable[[], bool]) -> bool:
    """Run the event loop until ``ready()``, or until no mouse button is held any more; whether it is ready."""
    if ready():
        return True
    loop = QEventLoop()
    timer = QTimer(interval=WAIT_CHECK_MS)
    timer.timeout.connect(lambda: (ready() or QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton)
                          and loop.quit())  # fmt: skip
    timer.start()
    loop.exec()
    timer.stop()
    return ready()


def drag_out(widget: QWidget, headshots: list[Headshot], source: DragSource, pixmap: QPixmap) -> None:
    """Drag ``headshots`` out of ``widget`` as exported files (once they are ready)."""
    exported = source.wait_for(headshots)
    if exported is None:
        return
    drag = QDrag(widget)
    drag.setMimeData(mime_data(exported))
    if not pixmap.isNull():
        drag.setPixmap(pixmap)
    drag.exec(Qt.DropAction.CopyAction)


def prepare_on_press(source: DragSource | None, on_a_headshot: bool, selected: Callable[[], list[Headshot]]) -> None:
    """A press on a headshot may start a drag: its files are begun now, so the drag waits less."""
    if source is not None and on_a_headshot:
        source.prepare(selected())


def drag_selection(widget: QWidget, source: DragSource | None, headshots: list[Headshot],
                   pixmap: Callable[[], QPixmap], otherwise: Callable[[], None]) -> None:  # fmt: skip
    """Drag ``headshots`` out as exported files; with none (or no source), ``otherwise`` (the view's own drag)."""
    if source is None or not headshots:
        otherwise()
        return
    drag_out(widget, headshots, source, pixmap())
