"""Where the compare view draws each image: its modes, panes and the shared zoom and pan.

Every image is drawn through one transform, image pixels to widget coordinates, made of
two parts: the image into a *frame* (the picture both images are compared in), then the
frame into its *pane* (the whole widget, or one half side by side), fitted, zoomed and
panned. Zoom and pan are the same numbers for every pane, and pan is a share of the
fitted frame's size, so each pane shows the same region of its own image whatever its
pixel size.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QTransform

SLIDER, SIDE_BY_SIDE, FLICKER = "slider", "side_by_side", "flicker"
MODES = (SLIDER, SIDE_BY_SIDE, FLICKER)
BEFORE, AFTER = "before", "after"
MIN_ZOOM, MAX_ZOOM = 1.0, 8.0
PANE_GAP = 4.0  # widget pixels between the halves side by side


@dataclass(frozen=True)
class Layer:
    """One image as drawn: which one, in which pane, where it may show and how it maps."""

    role: str  # BEFORE or AFTER
    pane: QRectF  # the part of the widget this layer belongs to
    frame: QRectF  # the whole frame in widget coordinates (beyond the pane when zoomed in)
    clip: QRectF  # the frame as drawn, inside the pane: nothing of the image shows outside it
    transform: QTransform  # image pixels -> widget coordinates
    base: QSizeF  # the frame's size in the pane at zoom 1: pan is measured in these

    def to_image(self, pos: QPointF) -> QPointF | None:
        """The image pixel under widget position ``pos``, or None where it is not invertible."""
        inverse, invertible = self.transform.inverted()
        return inverse.map(pos) if invertible else None


def cover_source(image: QImage | QSize, target: QRectF) -> QRectF:
    """The centred part of ``image`` with ``target``'s shape, so it fills it without stretching."""
    size = image.size() if isinstance(image, QImage) else image
    if target.height() <= 0 or size.height() <= 0:
        return QRectF(0, 0, size.width(), size.height())
    aspect = target.width() / target.height()
    w, h = float(size.width()), float(size.height())
    if w / h > aspect:
        cut = h * aspect
        return QRectF((w - cut) / 2, 0, cut, h)
    cut = w / aspect
    return QRectF(0, (h - cut) / 2, w, cut)


def cover_transform(image: QSize, frame: QSizeF) -> QTransform:
    """Image pixels -> frame pixels so that ``image`` covers the frame, centred, not stretched."""
    source = cover_source(image, QRectF(0, 0, frame.width(), frame.height()))
    scale = frame.width() / source.width() if source.width() > 0 else 1.0
    return QTransform(scale, 0, 0, scale, -source.left() * scale, -source.top() * scale)


def fitted(pane: QRectF, frame: QSizeF) -> QSizeF:
    """The frame's size when it fits ``pane`` at zoom 1."""
    if frame.isEmpty():
        return QSizeF(0, 0)
    scale = min(pane.width() / frame.width(), pane.height() / frame.height())
    return QSizeF(frame.width() * scale, frame.height() * scale)


def view_transform(pane: QRectF, frame: QSizeF, zoom: float, pan: QPointF) -> QTransform:
    """Frame pixels -> widget: fitted and centred in ``pane``, zoomed about its centre, then panned."""
    base = fitted(pane, frame)
    if base.isEmpty():
        return QTransform()
    scale = base.width() / frame.width() * zoom
    centre = pane.center()
    dx = centre.x() - scale * frame.width() / 2 + base.width() * pan.x()
    dy = centre.y() - scale * frame.height() / 2 + base.height() * pan.y()
    return QTransform(scale, 0, 0, scale, dx, dy)


def halves(area: QRectF) -> tuple[QRectF, QRectF]:
    width = max(0.0, (area.width() - PANE_GAP) / 2)
    left = QRectF(area.left(), area.top(), width, area.height())
    return left, QRectF(area.right() - width, area.top(), width, area.height())


def layer(role: str, pane: QRectF, frame: QSizeF, to_frame: QTransform, zoom: float, pan: QPointF) -> Layer:
    view = view_transform(pane, frame, zoom, pan)
    drawn = view.mapRect(QRectF(0, 0, frame.width(), frame.height()))
    return Layer(role, pane, drawn, drawn.intersected(pane), to_frame * view, fitted(pane, frame))


def layers(
    mode: str,
    area: QRectF,
    before: QSize | None,
    after: QSize | None,
    align: QTransform | None,
    zoom: float,
    pan: QPointF,
) -> list[Layer]:
    """Where ``before`` and ``after`` (their pixel sizes) go in ``mode``, before first.

    ``align`` maps after pixels onto before pixels (from the clicked eye points): with it
    the before image is the frame and the after is drawn through it. Without it the after
    is the frame (the headshot's shape) and the before covers it, as the slider always had.
    """
    present = [
        (role, size) for role, size in ((BEFORE, before), (AFTER, after)) if size is not None and not size.isEmpty()
    ]
    if len(present) == 1:
        role, size = present[0]
        return [layer(role, area, QSizeF(size), QTransform(), zoom, pan)]
    if before is None or after is None or len(present) != 2:
        return []
    if mode == SIDE_BY_SIDE:
        left, right = halves(area)
        if align is not None:
            frame = QSizeF(before)
            return [
                layer(BEFORE, left, frame, QTransform(), zoom, pan),
                layer(AFTER, right, frame, align, zoom, pan),
            ]
        return [
            layer(BEFORE, left, QSizeF(before), QTransform(), zoom, pan),
            layer(AFTER, right, QSizeF(after), QTransform(), zoom, pan),
        ]
    if align is not None:
        frame, to_before, to_after = QSizeF(before), QTransform(), align
    else:
        frame, to_after = QSizeF(after), QTransform()
        to_before = cover_transform(before, frame)
    return [layer(BEFORE, area, frame, to_before, zoom, pan), layer(AFTER, area, frame, to_after, zoom, pan)]


def clamp_pan(pan: QPointF, zoom: float) -> QPointF:
    """Keep the zoomed frame over its fitted place: at zoom 1 there is nothing to pan."""
    limit = max(0.0, (zoom - 1.0) / 2)
    return QPointF(min(limit, max(-limit, pan.x())), min(limit, max(-limit, pan.y())))


def zoomed_pan(pan: QPointF, zoom: float, new_zoom: float, anchor: QPointF, at: Layer | None) -> QPointF:
    """The pan that keeps what is under ``anchor`` (widget) in place when zoom goes to ``new_zoom``."""
    if at is None or at.base.isEmpty() or zoom <= 0:
        return clamp_pan(pan, new_zoom)
    centre = at.pane.center()
    # The anchor as a share of the fitted frame, from the pane's centre, like pan itself.
    ax = (anchor.x() - centre.x()) / at.base.width()
    ay = (anchor.y() - centre.y()) / at.base.height()
    factor = new_zoom / zoom
    return clamp_pan(QPointF(ax - (ax - pan.x()) * factor, ay - (ay - pan.y()) * factor), new_zoom)


def pane_at(found: list[Layer], pos: QPointF) -> Layer | None:
    """The layer whose pane holds ``pos`` (the first one when none does)."""
    for candidate in found:
        if candidate.pane.contains(pos):
            return candidate
    return found[0] if found else None
