"""Pictures of a crop, drawn on a worker for the export dialog's previews.

Everything is drawn with a QPainter on a QImage, which is safe off the window's thread and lets it run meanwhile:
``QImage.scaled`` and ``QImage.copy`` keep Python's lock for the whole call, and the window would stall while the
person drags the frame. A large reduction is made in halves, so a 56-pixel circle of a 1500-pixel picture is an
average of its pixels rather than a sample of a few.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath

if TYPE_CHECKING:
    from headshot_desktop.library.crops import Crop

FORMAT = QImage.Format.Format_ARGB32_Premultiplied


def crop_rect(source: QImage, crop: Crop | None, aspect: float | None) -> QRectF:
    """The part of ``source`` the export keeps: ``crop`` (fractions), or the library's default for ``aspect``."""
    from headshot_desktop.library.crops import crop_pixels, default_crop

    width, height = source.width(), source.height()
    chosen = crop if crop is not None else default_crop(width, height, aspect)
    left, top, right, bottom = crop_pixels(chosen, width, height)
    return QRectF(left, top, right - left, bottom - top)


def _draw(target: QImage, source: QImage, part: QRectF, into: QRectF | None = None) -> None:
    painter = QPainter(target)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(into if into is not None else QRectF(target.rect()), source, part)
    painter.end()


def scaled(source: QImage, part: QRectF, width: int, height: int) -> QImage:
    """``part`` of ``source`` at ``width`` × ``height`` pixels, reduced in halves first when it is much larger."""
    image, rect = source, QRectF(part)
    while rect.width() >= 4 * width and rect.height() >= 4 * height:
        half = QImage(math.ceil(rect.width() / 2), math.ceil(rect.height() / 2), FORMAT)
        half.fill(Qt.GlobalColor.transparent)
        _draw(half, image, rect)
        image, rect = half, QRectF(half.rect())
    out = QImage(max(1, width), max(1, height), FORMAT)
    out.fill(Qt.GlobalColor.transparent)
    _draw(out, image, rect)
    return out


def fitted(source: QImage, part: QRectF, width: int, height: int) -> QImage:
    """``part`` as large as it fits in ``width`` × ``height``, its shape kept."""
    scale = min(width / part.width(), height / part.height())
    return scaled(source, part, max(1, round(part.width() * scale)), max(1, round(part.height() * scale)))


def middle_square(part: QRectF) -> QRectF:
    """The square in the middle of ``part``: what a site that shows pictures round keeps of a tall one."""
    side = min(part.width(), part.height())
    return QRectF(part.center().x() - side / 2, part.center().y() - side / 2, side, side)


def circle(source: QImage, part: QRectF, diameter: int) -> QImage:
    """``part``'s middle square in a circle of ``diameter`` pixels, with smooth edges and nothing outside."""
    square = scaled(source, middle_square(part), diameter, diameter)
    out = QImage(diameter, diameter, FORMAT)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(square))
    painter.drawEllipse(QRectF(0, 0, diameter, diameter))
    painter.end()
    return out


def dim_outside_circle(image: QImage) -> QImage:
    """``image`` with the outside of its middle circle dimmed: the round crop profile sites show."""
    out = image.convertToFormat(FORMAT) if image.format() != FORMAT else QImage(image)
    width, height = out.width(), out.height()
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outside = QPainterPath()
    outside.addRect(QRectF(0, 0, width, height))
    ring = QPainterPath()
    diameter = min(width, height)
    ring.addEllipse(QRectF((width - diameter) / 2, (height - diameter) / 2, diameter, diameter))
    painter.fillPath(outside.subtracted(ring), QColor(0, 0, 0, 150))
    painter.end()
    return out
