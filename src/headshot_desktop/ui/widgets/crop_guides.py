"""What the crop editor draws over the picture: the dimmed outside, the frame, and the guides to frame by.

The guides are the centre line, the thirds, the eye and chin lines the person drags, and the circle a round
avatar shows. None of them looks at the face: they are where the person put them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen

from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.style import FOCUS_WIDTH

DIM = QColor(0, 0, 0, 150)
THIRDS = QColor(255, 255, 255, 110)
CENTRE = QColor(255, 255, 255, 170)
EYE_COLOUR = QColor(255, 176, 0)  # the same amber as the compare view's eye points
CHIN_COLOUR = QColor(0, 224, 255)
CIRCLE = QColor(255, 255, 255, 200)
HANDLE_RADIUS = 5.0


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)
    return pen


def paint_outside(painter: QPainter, image: QRectF, frame: QRectF) -> None:
    """Dim the picture outside the frame: what is left out of the file."""
    outside = QPainterPath()
    outside.addRect(image)
    inside = QPainterPath()
    inside.addRect(frame)
    painter.fillPath(outside.subtracted(inside), DIM)


def guide_y(frame: QRectF, share: float) -> float:
    return frame.top() + share * frame.height()


def paint_guides(painter: QPainter, frame: QRectF, eye: float, chin: float, circle: bool) -> None:
    """The thirds, the centre line, the circle (when asked) and the eye and chin lines, inside ``frame``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(frame.adjusted(-1, -1, 1, 1))
    painter.setPen(_pen(THIRDS, 1))
    for share in (1 / 3, 2 / 3):
        x = frame.left() + share * frame.width()
        y = frame.top() + share * frame.height()
        painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
        painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
    painter.setPen(_pen(CENTRE, 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(frame.center().x(), frame.top()), QPointF(frame.center().x(), frame.bottom()))
    if circle:
        side = min(frame.width(), frame.height())
        ring = QRectF(frame.center().x() - side / 2, frame.center().y() - side / 2, side, side)
        painter.setPen(_pen(QColor(0, 0, 0, 140), 3))
        painter.drawEllipse(ring)
        painter.setPen(_pen(CIRCLE, 1.5, Qt.PenStyle.DashLine))
        painter.drawEllipse(ring)
    lines = ((eye, EYE_COLOUR, translate("CropGuides", "Eyes")), (chin, CHIN_COLOUR, translate("CropGuides", "Chin")))
    for share, colour, label in lines:
        _paint_line(painter, frame, guide_y(frame, share), colour, label)
    painter.restore()


def _paint_line(painter: QPainter, frame: QRectF, y: float, colour: QColor, label: str) -> None:
    """A line across the frame with a handle at its right end that shows it can be dragged, and its name."""
    painter.setPen(_pen(QColor(0, 0, 0, 150), 3))
    painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
    painter.setPen(_pen(colour, 1.5))
    painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
    handle = QPointF(frame.right() - HANDLE_RADIUS - 3, y)
    painter.setBrush(colour)
    painter.setPen(_pen(QColor(0, 0, 0, 170), 1))
    painter.drawEllipse(handle, HANDLE_RADIUS, HANDLE_RADIUS)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    metrics = painter.fontMetrics()
    box = QRectF(frame.left() + 4, y - metrics.height() - 2, metrics.horizontalAdvance(label) + 8, metrics.height())
    painter.fillRect(box, QColor(0, 0, 0, 130))
    painter.setPen(colour)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)


def paint_frame(painter: QPainter, frame: QRectF) -> None:
    """The frame's edge, light on dark so it shows on any picture."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(QColor(0, 0, 0, 160), 3))
    painter.drawRect(frame)
    painter.setPen(_pen(QColor(255, 255, 255), 1.5))
    painter.drawRect(frame)
    painter.restore()


def paint_focus(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    """The keyboard's ring, as the app's style draws it on buttons and fields."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(palette.color(QPalette.ColorRole.Highlight), FOCUS_WIDTH))
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    painter.restore()
