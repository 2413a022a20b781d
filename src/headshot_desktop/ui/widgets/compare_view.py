"""A large before/after view: drag the divider to compare, wheel or keys to zoom, drag to pan."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_ZOOM, MAX_ZOOM = 1.0, 8.0
HANDLE_GRAB_PX = 12


def cover_source(image: QImage, target: QRectF) -> QRectF:
    """The centred part of ``image`` with ``target``'s shape, so it fills it without stretching."""
    if target.height() <= 0 or image.height() <= 0:
        return QRectF(image.rect())
    aspect = target.width() / target.height()
    w, h = float(image.width()), float(image.height())
    if w / h > aspect:
        cut = h * aspect
        return QRectF((w - cut) / 2, 0, cut, h)
    cut = w / aspect
    return QRectF(0, (h - cut) / 2, w, cut)


class CompareView(QWidget):
    """Shows ``after`` with ``before`` revealed left of a vertical divider.

    Both images are fitted to the same rectangle (the headshot's aspect), so the
    divider compares the same place in each. With no ``before`` it is a plain
    zoomable viewer.
    """

    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.before: QImage | None = None
        self.after: QImage | None = None
        self.split = 0.5  # share of the width showing "before"
        self.zoom = 1.0
        self.pan = QPointF(0, 0)
        self._dragging: str | None = None
        self._last = QPointF()
        self.placeholder = "Your headshots appear here."
        self.setMinimumSize(320, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName("Before and after comparison")
        self.setAccessibleDescription("Left and right arrows move the divider; plus and minus zoom; 0 resets")

    def set_images(self, before: QImage | None, after: QImage | None) -> None:
        self.before, self.after = before, after
        self.reset_zoom()

    def set_split(self, value: float) -> None:
        self.split = min(1.0, max(0.0, value))
        self.update()

    def set_zoom(self, value: float, anchor: QPointF | None = None) -> None:
        value = min(MAX_ZOOM, max(MIN_ZOOM, value))
        if anchor is not None and value != self.zoom:
            # Keep the point under the cursor where it is.
            factor = value / self.zoom
            centre = QPointF(self.width() / 2, self.height() / 2)
            self.pan = (self.pan - (anchor - centre)) * factor + (anchor - centre)
        self.zoom = value
        if value == MIN_ZOOM:
            self.pan = QPointF(0, 0)
        self.zoomChanged.emit(self.zoom)
        self.update()

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)
        self.pan = QPointF(0, 0)
        self.update()

    def image_rect(self) -> QRectF:
        main = self.after or self.before
        if main is None or main.isNull():
            return QRectF()
        scale = min(self.width() / main.width(), self.height() / main.height()) * self.zoom
        w, h = main.width() * scale, main.height() * scale
        return QRectF((self.width() - w) / 2 + self.pan.x(), (self.height() - h) / 2 + self.pan.y(), w, h)

    def divider_x(self) -> float:
        rect = self.image_rect()
        return rect.left() + rect.width() * self.split

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().base())
        rect = self.image_rect()
        if rect.isEmpty():
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            return
        if self.after is not None:
            painter.drawImage(rect, self.after)
        if self.before is not None and self.after is not None:
            x = self.divider_x()
            clip = QPainterPath()
            clip.addRect(QRectF(rect.left(), rect.top(), x - rect.left(), rect.height()))
            painter.save()
            painter.setClipPath(clip)
            painter.drawImage(rect, self.before, cover_source(self.before, rect))
            painter.restore()
            self._paint_divider(painter, x, rect)
        elif self.before is not None:
            painter.drawImage(rect, self.before, cover_source(self.before, rect))

    def _paint_divider(self, painter: QPainter, x: float, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(255, 255, 255, 230), 2))
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        centre = QPointF(x, rect.center().y())
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.setPen(QPen(QColor(0, 0, 0, 120), 1))
        painter.drawEllipse(centre, 14, 14)
        painter.setPen(QPen(QColor(40, 40, 40), 2))
        for sign in (-1, 1):
            tip = centre + QPointF(sign * 8, 0)
            painter.drawLine(tip, tip + QPointF(-sign * 4, -4))
            painter.drawLine(tip, tip + QPointF(-sign * 4, 4))
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(QRectF(rect.left() + 8, rect.top() + 6, 120, 20), "Before")
        painter.drawText(QRectF(rect.right() - 128, rect.top() + 6, 120, 20), Qt.AlignmentFlag.AlignRight, "After")

    # -- interaction --------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self.before is not None and abs(pos.x() - self.divider_x()) <= HANDLE_GRAB_PX:
            self._dragging = "divider"
        elif self.zoom > 1.0:
            self._dragging = "pan"
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self._last = pos
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._dragging == "divider":
            rect = self.image_rect()
            self.set_split((pos.x() - rect.left()) / max(rect.width(), 1))
        elif self._dragging == "pan":
            self.pan += pos - self._last
            self.update()
        elif self.before is not None:
            near = abs(pos.x() - self.divider_x()) <= HANDLE_GRAB_PX
            self.setCursor(Qt.CursorShape.SplitHCursor if near else Qt.CursorShape.ArrowCursor)
        self._last = pos

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = None
        self.unsetCursor()
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        self.set_zoom(self.zoom * (1.25**steps), anchor=event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.set_split(self.split - 0.05)
        elif key == Qt.Key.Key_Right:
            self.set_split(self.split + 0.05)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * 1.25)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / 1.25)
        elif key == Qt.Key.Key_0:
            self.reset_zoom()
        else:
            super().keyPressEvent(event)
