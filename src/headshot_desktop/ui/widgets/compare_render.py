"""Drawing one compare-view layer into a pixmap at the screen's device pixel ratio.

A layer is rendered once per view (size, zoom, pan, alignment, ratio) and then only
blitted: moving the divider, flickering or drawing markers reuses the pixmaps. Far
zoomed out, the image is first halved (cached, once per image) so the final smooth
scale never shrinks by more than half.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform


class Halvings:
    """An image and its successive halvings, each made once, smoothly, when first needed."""

    def __init__(self) -> None:
        self._key: int | None = None
        self._levels: list[QImage] = []

    def for_scale(self, image: QImage, scale: float) -> QImage:
        """The smallest halving that ``scale`` (image pixels -> device pixels) still shrinks or keeps."""
        if image.cacheKey() != self._key:
            self._key, self._levels = image.cacheKey(), [image]
        level = 0
        while scale * 2 ** (level + 1) <= 1.0 and min(self._level(level).width(), self._level(level).height()) > 1:
            level += 1
        return self._level(level)

    def _level(self, index: int) -> QImage:
        while len(self._levels) <= index:
            last = self._levels[-1]
            self._levels.append(
                last.scaled(
                    max(1, last.width() // 2),
                    max(1, last.height() // 2),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        return self._levels[index]


def _axis_aligned(transform: QTransform) -> bool:
    return abs(transform.m12()) < 1e-9 and abs(transform.m21()) < 1e-9 and transform.m11() > 0 and transform.m22() > 0


def _draw_scaled(painter: QPainter, image: QImage, to_device: QTransform, clip: QRectF) -> None:
    """Unrotated: smooth-scale just the visible part of ``image`` to its size on the device."""
    inverse, _ok = to_device.inverted()
    source = inverse.mapRect(clip).toAlignedRect().intersected(image.rect())
    if source.isEmpty():
        return
    target = to_device.mapRect(QRectF(source))
    width, height = max(1, round(target.width())), max(1, round(target.height()))
    piece = image.copy(source).scaled(
        width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    painter.drawImage(QPointF(round(target.x()), round(target.y())), piece)


def render_layer(
    image: QImage, halvings: Halvings, transform: QTransform, clip: QRectF, ratio: float
) -> tuple[QPoint, QPixmap]:
    """``image`` drawn through ``transform`` (image -> widget) inside ``clip``, at device pixel ``ratio``.

    Returns where to draw the pixmap (widget coordinates) and the pixmap, whose device
    pixel ratio is ``ratio`` so it is drawn at its logical size, pixel for pixel.
    """
    area = clip.toAlignedRect()
    ratio = ratio if ratio > 0 else 1.0
    canvas = QImage(
        max(1, math.ceil(area.width() * ratio)),
        max(1, math.ceil(area.height() * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    canvas.fill(Qt.GlobalColor.transparent)
    if not clip.isEmpty() and not image.isNull():
        device = transform * QTransform.fromTranslate(-area.x(), -area.y()) * QTransform.fromScale(ratio, ratio)
        device_clip = QRectF(
            (clip.x() - area.x()) * ratio, (clip.y() - area.y()) * ratio, clip.width() * ratio, clip.height() * ratio
        )
        source = halvings.for_scale(image, math.sqrt(abs(device.determinant())))
        to_device = QTransform.fromScale(image.width() / source.width(), image.height() / source.height()) * device
        painter = QPainter(canvas)
        painter.setClipRect(device_clip)
        if _axis_aligned(to_device):
            _draw_scaled(painter, source, to_device, device_clip)
        else:  # lined up by a rotation: let the painter resample, smoothly
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setTransform(to_device)
            painter.drawImage(QPointF(0, 0), source)
        painter.end()
    canvas.setDevicePixelRatio(ratio)
    return area.topLeft(), QPixmap.fromImage(canvas)
