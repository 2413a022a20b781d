"""Eye points the person clicks, and the similarity transform that lines one pair up on the other.

Nothing here looks at the face: the points are wherever the person clicked, in image
pixels, and the transform comes from those four points alone.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform

from headshot_desktop.ui.i18n import translate

PAIR = 2
MIN_EYE_DISTANCE = 1.0  # image pixels: two clicks closer than this give no scale or angle
MARKER_RADIUS = 7.0  # widget pixels; the centre stays clear so the clicked pixel shows
BEFORE_COLOUR = QColor(255, 176, 0)
AFTER_COLOUR = QColor(0, 224, 255)


def _complex(point: QPointF) -> complex:
    return complex(point.x(), point.y())


def similarity(source: list[QPointF], target: list[QPointF]) -> QTransform | None:
    """Rotation, uniform scale and shift taking ``source[i]`` onto ``target[i]`` (two points each).

    None until both pairs are complete, or when a pair's points coincide.
    """
    if len(source) != PAIR or len(target) != PAIR:
        return None
    s0, s1 = _complex(source[0]), _complex(source[1])
    t0, t1 = _complex(target[0]), _complex(target[1])
    if abs(s1 - s0) < MIN_EYE_DISTANCE or abs(t1 - t0) < MIN_EYE_DISTANCE:
        return None
    z = (t1 - t0) / (s1 - s0)  # scale and rotation as one complex factor
    shift = t0 - z * s0
    return QTransform(z.real, z.imag, -z.imag, z.real, shift.real, shift.imag)


def place(points: list[QPointF], point: QPointF) -> list[QPointF]:
    """The points after a click at ``point``: added while fewer than two, else the nearer one moves.

    A complete pair is kept in order from the image's left to its right, so the pairs of the
    two images match (the eye on the left with the eye on the left) whichever was clicked first.
    """
    if len(points) < PAIR:
        result = [*points, QPointF(point)]
    else:
        nearest = min(range(len(points)), key=lambda i: math.dist(points[i].toTuple(), point.toTuple()))
        result = [QPointF(point) if i == nearest else QPointF(p) for i, p in enumerate(points)]
    if len(result) == PAIR:
        result.sort(key=lambda p: (p.x(), p.y()))
    return result


def hint(before: int, after: int, aligned: bool) -> str:
    """What to click next, from how many points each image has."""
    if before < PAIR:
        return translate(
            "EyePoints", "Click the eye on the left, then the eye on the right, on the before photo ({clicked}/2)"
        ).format(clicked=before)
    if after < PAIR:
        return translate("EyePoints", "Now the same two eyes on the after photo ({clicked}/2)").format(clicked=after)
    if not aligned:
        return translate("EyePoints", "The two points of a photo are too close together: click them again")
    return translate("EyePoints", "Lined up. Click near a point to move it; Delete clears them; A finishes")


def paint_markers(painter: QPainter, points: list[QPointF], transform: QTransform, colour: QColor) -> None:
    """Small numbered rings at ``points`` (image pixels) drawn through ``transform`` (to the widget)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for number, point in enumerate(points, 1):
        centre = transform.map(point)
        painter.setPen(QPen(QColor(0, 0, 0, 170), 4))
        painter.drawEllipse(centre, MARKER_RADIUS, MARKER_RADIUS)
        painter.setPen(QPen(colour, 2))
        painter.drawEllipse(centre, MARKER_RADIUS, MARKER_RADIUS)
        label = QRectF(centre.x() + MARKER_RADIUS + 2, centre.y() - MARKER_RADIUS - 14, 14, 14)
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.restore()
