"""The crop editor: the export's frame over the headshot, moved and zoomed by the person, with guides to frame by.

Drag to move the frame, the wheel or + and - to zoom, the arrow keys to nudge it (Shift: further), Home to go
back to the default framing. The eye and chin lines are dragged to where the person wants the eyes and the chin;
nothing here looks at the face. The picture is a preview decoded on a worker (``set_image``): the frame is kept
in the headshot's own pixels and handed out as a ``Crop`` (fractions), which the export applies to the full file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from headshot_desktop.ui.widgets import crop_geometry as geometry
from headshot_desktop.ui.widgets.crop_geometry import Box
from headshot_desktop.ui.widgets.crop_guides import guide_y, paint_focus, paint_frame, paint_guides, paint_outside

if TYPE_CHECKING:
    from headshot_desktop.library.crops import Crop

KEYS_HELP = QT_TRANSLATE_NOOP(
    "CropEditor",
    "Drag the picture or use the arrow keys to move the frame (Shift moves it further); the wheel or "
    "the + and - keys zoom; Home goes back to the usual framing. Drag the eye and chin lines to where "
    "you want the eyes and the chin, or move them with Alt and the up and down keys (the chin line with "
    "Alt and Shift).",
)
MARGIN = 10.0  # widget pixels around the picture: room for the focus ring
GRAB = 6.0  # how near a guide line the mouse must be to take it
WHEEL_NOTCH = 120


class CropEditor(QWidget):
    cropChanged = Signal(object)  # Crop: moved, zoomed, reset, or another frame shape
    guidesChanged = Signal(float, float)  # the eye and chin lines, as shares of the frame's height

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # the cursor says what a drag would do
        self.setAccessibleName(translate("CropEditor", "Framing of the exported picture"))
        self.setAccessibleDescription(translate("CropEditor", KEYS_HELP))
        self.setToolTip(translate("CropEditor", KEYS_HELP))
        self.setMinimumSize(220, 240)
        self._image: QImage | None = None
        self._size: tuple[int, int] | None = None  # the headshot's own pixels, not the preview's
        self._aspect: float | None = None
        self._box: Box | None = None
        self._wanted: Crop | None = None  # set before the picture came: applied when it does
        self._eye, self._chin = geometry.EYE_LINE, geometry.CHIN_LINE
        self._circle = False
        self._message = translate("CropEditor", "Loading the picture…")
        self._scaled: QPixmap | None = None
        self._drag: tuple[str, QPointF, Box] | None = None  # what is dragged ("frame", "eye", "chin"), from where

    def sizeHint(self) -> QSize:
        return QSize(400, 480)

    # -- what it shows ----------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """The picture is in, so ``crop()`` is the person's framing rather than a guess."""
        return self._box is not None

    @property
    def image_size(self) -> tuple[int, int] | None:
        return self._size

    def set_image(self, image: QImage, size: tuple[int, int]) -> None:
        """The picture (a preview, any scale) and the headshot's own size in pixels."""
        self._image, self._size, self._scaled = image, size, None
        self._box = self._box_for(self._wanted)
        self.update()
        self.cropChanged.emit(self.crop())

    def set_message(self, text: str) -> None:
        """Said in place of the picture (it could not be read)."""
        self._message = text
        self.update()

    def set_aspect(self, aspect: float | None) -> None:
        """The frame's width / height (None: the picture's own); the frame keeps its centre and area."""
        self._aspect = aspect
        if self._box is not None and self._size is not None:
            self._set_box(geometry.fit(self._box, *self._size, aspect))

    def set_crop(self, crop: Crop | None) -> None:
        """Show ``crop`` (None: the default framing) as the export cuts it in the current frame shape."""
        self._wanted = crop
        if self._size is not None:
            self._set_box(self._box_for(crop))

    def crop(self) -> Crop:
        """The framing, as fractions of the headshot; before the picture came, the one asked for or the whole."""
        from headshot_desktop.library.crops import FULL

        if self._box is None or self._size is None:
            return self._wanted or FULL
        return geometry.to_crop(self._box, *self._size)

    def frame_pixels(self) -> tuple[int, int] | None:
        """The frame's size in the headshot's pixels, as the export will cut it."""
        from headshot_desktop.library.crops import crop_pixels

        if self._size is None or self._box is None:
            return None
        left, top, right, bottom = crop_pixels(self.crop(), *self._size)
        return right - left, bottom - top

    def zoom_level(self) -> float:
        if self._box is None or self._size is None:
            return 1.0
        return geometry.zoom_level(self._box, *self._size, self._aspect)

    def reset(self) -> None:
        """Back to the default framing, and the guides where they start."""
        self._wanted = None
        self.set_guides(geometry.EYE_LINE, geometry.CHIN_LINE)
        if self._size is not None:
            self._set_box(self._box_for(None))

    def guides(self) -> tuple[float, float]:
        return self._eye, self._chin

    def set_guides(self, eye: float, chin: float) -> None:
        wanted_eye, wanted_chin = eye, chin
        eye, chin = geometry.move_guides(self._eye, self._chin, "eye", wanted_eye)
        eye, chin = geometry.move_guides(eye, chin, "chin", wanted_chin)
        eye, chin = geometry.move_guides(eye, chin, "eye", wanted_eye)  # the eye line may go lower once the chin did
        if (eye, chin) != (self._eye, self._chin):
            self._eye, self._chin = eye, chin
            self.update()
            self.guidesChanged.emit(eye, chin)

    def set_circle(self, shown: bool) -> None:
        """Show the circle a round avatar crops to."""
        self._circle = shown
        self.update()

    def _box_for(self, crop: Crop | None) -> Box | None:
        if self._size is None:
            return None
        if crop is None:
            return geometry.default_box(*self._size, self._aspect)
        return geometry.from_crop(crop, *self._size, self._aspect)

    def _set_box(self, box: Box | None) -> None:
        if box is None or box == self._box:
            return
        self._box = box
        self.update()
        self.cropChanged.emit(self.crop())

    # -- drawing ----------------------------------------------------------------------------------
    def _view(self) -> geometry.View | None:
        if self._size is None:
            return None
        return geometry.view_for(*self._size, self.width(), self.height(), MARGIN)

    def _frame_rect(self, view: geometry.View) -> QRectF:
        assert self._box is not None
        box = view.box_to_widget(self._box)
        return QRectF(box.x, box.y, box.w, box.h)

    def _picture(self, target: QRectF) -> QPixmap:
        """The picture scaled once per size (not on every paint while the frame is dragged)."""
        ratio = self.devicePixelRatioF()
        width, height = max(1, round(target.width() * ratio)), max(1, round(target.height() * ratio))
        if self._scaled is None or (self._scaled.width(), self._scaled.height()) != (width, height):
            assert self._image is not None
            scaled = self._image.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation)  # fmt: skip
            self._scaled = QPixmap.fromImage(scaled)
            self._scaled.setDevicePixelRatio(ratio)
        return self._scaled

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        view = self._view()
        if view is None or self._image is None or self._image.isNull() or self._box is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._message)  # fmt: skip
        else:
            assert self._size is not None
            whole = view.box_to_widget(Box(0, 0, *self._size))
            target = QRectF(whole.x, whole.y, whole.w, whole.h)
            painter.drawPixmap(target.topLeft(), self._picture(target))
            frame = self._frame_rect(view)
            paint_outside(painter, target, frame)
            paint_guides(painter, frame, self._eye, self._chin, self._circle)
            paint_frame(painter, frame)
        if self.hasFocus():
            paint_focus(painter, QRectF(self.rect()), self.palette())
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- the mouse --------------------------------------------------------------------------------
    def _guide_at(self, point: QPointF) -> str | None:
        view = self._view()
        if view is None or self._box is None:
            return None
        frame = self._frame_rect(view)
        if not frame.left() - GRAB <= point.x() <= frame.right() + GRAB:
            return None
        near = [(abs(point.y() - guide_y(frame, share)), name) for name, share in (("eye", self._eye),
                                                                                   ("chin", self._chin))]  # fmt: skip
        distance, name = min(near)
        return name if distance <= GRAB else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._box is None:
            super().mousePressEvent(event)
            return
        what = self._guide_at(event.position()) or "frame"
        self._drag = (what, event.position(), self._box)
        if what == "frame":
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        view = self._view()
        if self._drag is None or view is None or self._size is None:
            if view is not None and self._box is not None:
                over = self._guide_at(event.position())
                self.setCursor(Qt.CursorShape.SizeVerCursor if over else Qt.CursorShape.OpenHandCursor)
            return
        what, start, box = self._drag
        if what == "frame":
            shift = (event.position() - start) / view.scale
            self._set_box(geometry.move(box, shift.x(), shift.y(), *self._size))
        else:
            frame = self._frame_rect(view)
            share = (event.position().y() - frame.top()) / frame.height()
            eye, chin = geometry.move_guides(self._eye, self._chin, what, share)
            self.set_guides(eye, chin)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        view = self._view()
        if view is None or self._box is None or self._size is None or not event.angleDelta().y():
            event.ignore()
            return
        point = view.to_image(event.position().x(), event.position().y())
        about = point if self._box.contains(*point) else None  # outside the frame: about its centre
        steps = event.angleDelta().y() / WHEEL_NOTCH
        self._set_box(geometry.zoom_steps(self._box, steps, about, *self._size, self._aspect))
        event.accept()

    # -- the keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._box is None or self._size is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        big = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = geometry.GUIDE_STEP * arrows[key][1]
            eye, chin = self.guides()
            self.set_guides(eye, chin + step) if big else self.set_guides(eye + step, chin)
        elif key in arrows:
            self._set_box(geometry.nudge(self._box, *arrows[key], *self._size, big=big))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._set_box(geometry.zoom_steps(self._box, 1, None, *self._size, self._aspect))
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self._set_box(geometry.zoom_steps(self._box, -1, None, *self._size, self._aspect))
        elif key == Qt.Key.Key_Home:
            self.reset()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
