"""Images decoded at screen size, and pictures encoded as PNG: on a worker, never on the window's thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

PREVIEW_SIDE = 1600  # enough for the compare view; decoding the full photo would stall the window


def load_preview(source: Path | bytes, side: int = PREVIEW_SIDE) -> QImage:
    """Decode an image at screen size. Call it on a worker thread: QImage is safe there, QPixmap is not."""
    if isinstance(source, bytes):
        # Through a reader: QImage.fromData keeps the interpreter lock for the whole decode, and the window waits.
        buffer = QBuffer()
        buffer.setData(source)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    else:
        reader = QImageReader(str(source))
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if not image.isNull() and max(image.width(), image.height()) > side:
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


def image_to_png(image: QImage) -> bytes:
    """A pasted or captured picture as PNG bytes, for intake. QImage is safe on a worker: call it there."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())
