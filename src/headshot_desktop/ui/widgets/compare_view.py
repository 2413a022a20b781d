"""A large before/after view for looking closely: slider, side by side or flicker, zoom and pan
locked together, and two clicked eye points per photo to line the after up on the before.

Images arrive decoded (QImage); painting only blits pixmaps rendered when the view changes.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPen, QPixmap, QTransform, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from headshot_desktop.ui.widgets.compare_modes import (
    AFTER,
    BEFORE,
    FLICKER,
    MAX_ZOOM,
    MIN_ZOOM,
    MODES,
    SIDE_BY_SIDE,
    SLIDER,
    Layer,
    clamp_pan,
    cover_source,
    layers,
    pane_at,
    zoomed_pan,
)
from headshot_desktop.ui.widgets.compare_render import Halvings, render_layer
from headshot_desktop.ui.widgets.eye_points import AFTER_COLOUR, BEFORE_COLOUR, hint, paint_markers, place, similarity

__all__ = ["MAX_ZOOM", "MIN_ZOOM", "MODES", "CompareView", "cover_source"]

HANDLE_GRAB_PX = 12
CLICK_SLOP_PX = 4  # a press that moves further than this pans instead of clicking
ZOOM_STEP = 1.25
PAN_STEP = 0.1  # a share of the fitted image, per arrow key
KEYS_HELP = QT_TRANSLATE_NOOP(
    "CompareView",
    "Keys: 1 slider, 2 side by side, F or Space flicker between before and after. "
    "Plus, minus or the wheel zoom, 0 resets, drag or Shift+arrows pan. "
    "Left and right arrows move the divider. A: click both eyes on each photo to line them up.",
)


def _size(image: QImage | None):
    return None if image is None or image.isNull() else image.size()


def _key(image: QImage | None) -> int | None:
    return None if image is None else image.cacheKey()


class CompareView(QWidget):
    """Compares ``before`` and ``after`` in one of :data:`MODES`, with one zoom and pan for both.

    With no ``before`` it is a plain zoomable viewer. ``points_before``/``points_after`` are
    where the person clicked the two eyes (image pixels); with both pairs the after image is
    drawn rotated, scaled and shifted so its points land on the before's.
    """

    zoomChanged = Signal(float)
    modeChanged = Signal(str)
    aligningChanged = Signal(bool)
    pointsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.before: QImage | None = None
        self.after: QImage | None = None
        self.split = 0.5  # share of the width showing "before" (slider)
        self.zoom = 1.0
        self.pan = QPointF(0, 0)  # a share of the fitted image's size, the same for every pane
        self.mode = SLIDER
        self.showing = AFTER  # flicker: the image on screen
        self.aligning = False
        self.points_before: list[QPointF] = []
        self.points_after: list[QPointF] = []
        self.placeholder = translate("CompareView", "Your headshots appear here.")
        self._dragging: str | None = None  # "divider", "press" (may yet be a click) or "pan"
        self._press = QPointF()
        self._last = QPointF()
        self._halvings = {BEFORE: Halvings(), AFTER: Halvings()}
        self._rendered: dict[str, tuple[tuple, QPoint, QPixmap]] = {}
        self.setMinimumSize(320, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("CompareView", "Before and after comparison"))
        self.setAccessibleDescription(translate("CompareView", KEYS_HELP))
        self.setToolTip(translate("CompareView", KEYS_HELP))

    # -- images and state -------------------------------------------------------------
    def set_images(self, before: QImage | None, after: QImage | None) -> None:
        """Show new images; the view is kept when their sizes are unchanged, a changed image's points go."""
        same_view = _size(before) == _size(self.before) and _size(after) == _size(self.after)
        cleared = (_key(before) != _key(self.before) and bool(self.points_before)) or (
            _key(after) != _key(self.after) and bool(self.points_after)
        )
        if _key(before) != _key(self.before):
            self.points_before = []
        if _key(after) != _key(self.after):
            self.points_after = []
        self.before, self.after = before, after
        self._rendered.clear()
        if cleared:
            self.pointsChanged.emit()
        if same_view:
            self.update()
        else:
            self.reset_view()

    def set_mode(self, name: str) -> None:
        if name not in MODES:
            raise ValueError(f"unknown compare mode {name!r}; one of {', '.join(MODES)}")
        if name != self.mode:
            self.mode = name
            self.modeChanged.emit(name)
        self.update()

    def toggle_flicker(self) -> None:
        """Into flicker mode; once there, swap the image shown."""
        if self.mode != FLICKER:
            self.set_mode(FLICKER)
            return
        self.showing = BEFORE if self.showing == AFTER else AFTER
        self.update()

    def set_split(self, value: float) -> None:
        self.split = min(1.0, max(0.0, value))
        self.update()

    def set_aligning(self, on: bool) -> None:
        """While on, clicks place eye points (two per image) and the markers show."""
        if on != self.aligning:
            self.aligning = on
            self.aligningChanged.emit(on)
        if on:
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.unsetCursor()
        self.update()

    def add_point(self, role: str, point: QPointF) -> None:
        """An eye clicked on ``role``'s image at ``point`` (image pixels)."""
        if role == BEFORE:
            self.points_before = place(self.points_before, point)
        elif role == AFTER:
            self.points_after = place(self.points_after, point)
        else:
            raise ValueError(f"unknown image {role!r}")
        self.pointsChanged.emit()
        self.update()

    def set_points(self, before: list[QPointF], after: list[QPointF]) -> None:
        self.points_before = [QPointF(p) for p in before[:2]]
        self.points_after = [QPointF(p) for p in after[:2]]
        self.pointsChanged.emit()
        self.update()

    def clear_points(self) -> None:
        self.points_before, self.points_after = [], []
        self.pointsChanged.emit()
        self.update()

    def alignment(self) -> QTransform | None:
        """After pixels -> before pixels, from the clicked points; None until both pairs are set."""
        if _size(self.before) is None or _size(self.after) is None:
            return None
        return similarity(self.points_after, self.points_before)

    # -- geometry ---------------------------------------------------------------------
    def layers(self) -> list[Layer]:
        """Where each image is drawn now (see compare_modes.layers), before first."""
        area = QRectF(self.rect())
        return layers(self.mode, area, _size(self.before), _size(self.after), self.alignment(), self.zoom, self.pan)

    def layer(self, role: str) -> Layer | None:
        return next((found for found in self.layers() if found.role == role), None)

    def image_rect(self) -> QRectF:
        """The compared picture in widget coordinates (side by side: the left one)."""
        found = self.layers()
        return found[0].frame if found else QRectF()

    def divider_x(self) -> float:
        rect = self.image_rect()
        return rect.left() + rect.width() * self.split

    def _has_divider(self) -> bool:
        return self.mode == SLIDER and len(self.layers()) == 2

    def _shown(self, found: list[Layer]) -> list[tuple[Layer, QRectF]]:
        """The layers on screen and the part of each that shows, bottom first."""
        if len(found) == 1 or self.mode == SIDE_BY_SIDE:
            return [(each, each.clip) for each in found]
        if self.mode == FLICKER:
            return [(each, each.clip) for each in found if each.role == self.showing]
        before, after = found
        x = min(max(self.divider_x(), before.pane.left()), before.pane.right())
        left = QRectF(QPointF(before.pane.left(), before.pane.top()), QPointF(x, before.pane.bottom()))
        right = QRectF(QPointF(x, after.pane.top()), after.pane.bottomRight())
        return [(after, after.clip.intersected(right)), (before, before.clip.intersected(left))]

    # -- zoom and pan -------------------------------------------------------------------
    def set_zoom(self, value: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``value`` keeping the point under ``anchor`` (widget) in place; the pane's centre by default."""
        value = min(MAX_ZOOM, max(MIN_ZOOM, value))
        found = self.layers()
        at = pane_at(found, anchor) if anchor is not None else (found[0] if found else None)
        point = anchor if anchor is not None else (at.pane.center() if at is not None else QPointF())
        self.pan = zoomed_pan(self.pan, self.zoom, value, point, at)
        self.zoom = value
        self.zoomChanged.emit(self.zoom)
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the view by a share of the fitted image (both images, every pane)."""
        self.pan = clamp_pan(QPointF(self.pan.x() + dx, self.pan.y() + dy), self.zoom)
        self.update()

    def reset_view(self) -> None:
        self.zoom, self.pan = 1.0, QPointF(0, 0)
        self.zoomChanged.emit(self.zoom)
        self.update()

    reset_zoom = reset_view

    # -- painting ---------------------------------------------------------------------
    def _pixmap(self, layer: Layer) -> tuple[QPoint, QPixmap]:
        """``layer`` rendered at the device pixel ratio, again only when the view has changed."""
        image = self.before if layer.role == BEFORE else self.after
        assert image is not None
        t, c, ratio = layer.transform, layer.clip, self.devicePixelRatioF()
        key = (
            image.cacheKey(),
            tuple(round(v, 6) for v in (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy())),
            (c.x(), c.y(), c.width(), c.height()),
            ratio,
        )
        cached = self._rendered.get(layer.role)
        if cached is None or cached[0] != key:
            origin, pixmap = render_layer(image, self._halvings[layer.role], t, c, ratio)
            cached = self._rendered[layer.role] = (key, origin, pixmap)
        return cached[1], cached[2]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        found = self.layers()
        if not found:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            return
        shown = self._shown(found)
        for layer, clip in shown:
            origin, pixmap = self._pixmap(layer)
            painter.save()
            painter.setClipRect(clip)
            painter.drawPixmap(origin, pixmap)
            painter.restore()
        if self.aligning:
            for layer, clip in shown:
                points = self.points_before if layer.role == BEFORE else self.points_after
                painter.save()
                painter.setClipRect(clip)
                paint_markers(painter, points, layer.transform, BEFORE_COLOUR if layer.role == BEFORE else AFTER_COLOUR)
                painter.restore()
        if self._has_divider():
            self._paint_divider(painter, self.divider_x(), found[0].clip)
        elif len(found) == 2:
            for layer, _clip in shown:
                self._label(painter, QRectF(layer.clip.left() + 8, layer.clip.top() + 6, 120, 20), layer.role)
        if self.aligning:
            self._paint_hint(painter)

    def _label(self, painter: QPainter, rect: QRectF, role: str, align=Qt.AlignmentFlag.AlignLeft) -> None:
        text = translate("CompareView", "Before") if role == BEFORE else translate("CompareView", "After")
        align |= Qt.AlignmentFlag.AlignAbsolute  # the photos are not mirrored right to left: nor are their labels
        painter.setPen(QColor(0, 0, 0, 160))
        painter.drawText(rect.translated(1, 1), align, text)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(rect, align, text)

    def _paint_hint(self, painter: QPainter) -> None:
        text = hint(len(self.points_before), len(self.points_after), self.alignment() is not None)
        box = QRectF(8, self.height() - 36, self.width() - 16, 28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(box.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text)

    def _paint_divider(self, painter: QPainter, x: float, rect: QRectF) -> None:
        painter.save()
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
        painter.restore()
        self._label(painter, QRectF(rect.left() + 8, rect.top() + 6, 120, 20), BEFORE)
        self._label(painter, QRectF(rect.right() - 128, rect.top() + 6, 120, 20), AFTER, Qt.AlignmentFlag.AlignRight)

    # -- interaction --------------------------------------------------------------------
    def _place_at(self, pos: QPointF) -> None:
        """An eye point on the image the person sees at ``pos``, if it is over one."""
        for layer, clip in reversed(self._shown(self.layers())):
            image = self.before if layer.role == BEFORE else self.after
            point = layer.to_image(pos) if clip.contains(pos) else None
            if image is not None and point is not None and QRectF(image.rect()).contains(point):
                self.add_point(layer.role, point)
                return

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._has_divider() and abs(pos.x() - self.divider_x()) <= HANDLE_GRAB_PX:
            self._dragging = "divider"
        elif event.button() == Qt.MouseButton.LeftButton:
            self._dragging = "press"
        self._press = self._last = pos
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._dragging == "divider":
            rect = self.image_rect()
            self.set_split((pos.x() - rect.left()) / max(rect.width(), 1))
        elif self._dragging == "press" and (pos - self._press).manhattanLength() > CLICK_SLOP_PX:
            self._dragging = "pan"
            if self.zoom > MIN_ZOOM:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging == "pan":
            at = pane_at(self.layers(), self._press)
            if at is not None and not at.base.isEmpty():
                delta = pos - self._last
                self.pan_by(delta.x() / at.base.width(), delta.y() / at.base.height())
        elif self._dragging is None and not self.aligning and self._has_divider():
            near = abs(pos.x() - self.divider_x()) <= HANDLE_GRAB_PX
            self.setCursor(Qt.CursorShape.SplitHCursor if near else Qt.CursorShape.ArrowCursor)
        self._last = pos

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging == "press" and self.aligning:
            self._place_at(event.position())
        self._dragging = None
        self.set_aligning(self.aligning)  # restores the cursor
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom * ZOOM_STEP**steps, anchor=event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        modes: dict[int, str] = {Qt.Key.Key_1: SLIDER, Qt.Key.Key_2: SIDE_BY_SIDE, Qt.Key.Key_3: FLICKER}
        arrows: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (1, 0),
            Qt.Key.Key_Right: (-1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        chords = (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        )
        if event.modifiers() & chords:  # shortcuts such as Ctrl+A belong to the window
            super().keyPressEvent(event)
        elif key in modes:
            self.set_mode(modes[key])
        elif key in (Qt.Key.Key_F, Qt.Key.Key_Space):
            self.toggle_flicker()
        elif key == Qt.Key.Key_A:
            self.set_aligning(not self.aligning)
        elif key == Qt.Key.Key_Escape and self.aligning:
            self.set_aligning(False)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.aligning:
            self.clear_points()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._has_divider() and not shift:
            self.set_split(self.split + (0.05 if key == Qt.Key.Key_Right else -0.05))
        elif key in arrows:
            dx, dy = arrows[key]
            self.pan_by(dx * PAN_STEP, dy * PAN_STEP)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.reset_view()
        else:
            super().keyPressEvent(event)
