"""The crop editor's geometry, without Qt: the frame of an aspect inside the image, moved, zoomed and kept inside.

Everything is in the headshot's own pixels (floats, so a frame dragged by less than a pixel does not stick), and
``Crop`` (``library/crops.py``) holds the same rectangle as fractions of the headshot's width and height, which
is what is remembered and exported. The view maps the image into the widget: a scale and an offset.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from headshot_desktop.library.crops import Crop

ZOOM_STEP = 1.1  # one wheel notch or one press of + or -
MAX_ZOOM = 12.0  # the frame shrinks to 1/12 of the largest it can be: a face of a group photo, not a pore
MIN_SIDE = 8.0  # pixels: never a frame smaller than this, however small the image
GUIDE_STEP = 0.01  # Alt+Up/Down moves the eye (with Shift, the chin) line by this share of the frame's height
NUDGE_SHARE = 0.01  # an arrow key moves the frame by this share of the image's shorter side; Shift by ten times
GUIDE_GAP = 0.05  # the eye line stays this share of the frame's height above the chin line
EYE_LINE = 0.42  # where the guides start, as shares of the frame's height from its top
CHIN_LINE = 0.78


@dataclass(frozen=True)
class Box:
    """A rectangle in the image's pixels."""

    x: float
    y: float
    w: float
    h: float

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h


def frame_aspect(width: int, height: int, aspect: float | None) -> float:
    """The frame's width / height: the preset's, or the image's own for a preset that keeps its shape."""
    return aspect if aspect else width / height


def largest(width: int, height: int, aspect: float | None) -> tuple[float, float]:
    """The size of the largest frame of ``aspect`` inside the image."""
    ratio = frame_aspect(width, height, aspect)
    if width / height > ratio:
        return height * ratio, float(height)
    return float(width), width / ratio


def smallest_width(width: int, height: int, aspect: float | None) -> float:
    ratio = frame_aspect(width, height, aspect)
    big_w, _ = largest(width, height, aspect)
    return min(big_w, max(big_w / MAX_ZOOM, MIN_SIDE, MIN_SIDE * ratio))


def clamp(box: Box, width: int, height: int) -> Box:
    """``box`` inside the image: shrunk about its centre if it is bigger (its shape kept), then pushed inside."""
    scale = min(1.0, width / box.w, height / box.h)
    w, h = box.w * scale, box.h * scale
    cx, cy = box.centre
    x = min(max(cx - w / 2, 0.0), width - w)
    y = min(max(cy - h / 2, 0.0), height - h)
    return Box(x, y, w, h)


def move(box: Box, dx: float, dy: float, width: int, height: int) -> Box:
    return clamp(Box(box.x + dx, box.y + dy, box.w, box.h), width, height)


def nudge(box: Box, columns: int, rows: int, width: int, height: int, *, big: bool = False) -> Box:
    """An arrow key's move: ``columns`` and ``rows`` steps of ``NUDGE_SHARE`` of the shorter side (ten with Shift)."""
    step = min(width, height) * NUDGE_SHARE * (10 if big else 1)
    return move(box, columns * step, rows * step, width, height)


def zoom(box: Box, factor: float, about: tuple[float, float], width: int, height: int,
         aspect: float | None) -> Box:  # fmt: skip
    """Zoom in (``factor`` > 1: a smaller frame) or out, the image point ``about`` staying where it is in the frame."""
    ratio = frame_aspect(width, height, aspect)
    big_w, _ = largest(width, height, aspect)
    w = min(max(box.w / factor, smallest_width(width, height, aspect)), big_w)
    h = w / ratio
    ax, ay = about
    share_x = (ax - box.x) / box.w if box.w else 0.5
    share_y = (ay - box.y) / box.h if box.h else 0.5
    return clamp(Box(ax - share_x * w, ay - share_y * h, w, h), width, height)


def zoom_steps(box: Box, steps: float, about: tuple[float, float] | None, width: int, height: int,
               aspect: float | None) -> Box:  # fmt: skip
    """``steps`` wheel notches or key presses (negative: out), about ``about`` or the frame's centre."""
    return zoom(box, ZOOM_STEP**steps, about or box.centre, width, height, aspect)


def zoom_level(box: Box, width: int, height: int, aspect: float | None) -> float:
    """1 for the largest frame, 2 when the frame is half as wide, and so on."""
    return largest(width, height, aspect)[0] / box.w


def fit(box: Box, width: int, height: int, aspect: float | None) -> Box:
    """``box`` made ``aspect`` (another preset chosen): the same centre and area, as far as the image allows."""
    ratio = frame_aspect(width, height, aspect)
    big_w, _ = largest(width, height, aspect)
    w = min(max(math.sqrt(box.w * box.h * ratio), smallest_width(width, height, aspect)), big_w)
    h = w / ratio
    cx, cy = box.centre
    return clamp(Box(cx - w / 2, cy - h / 2, w, h), width, height)


def from_crop(crop: Crop, width: int, height: int, aspect: float | None) -> Box:
    """A remembered crop as a frame of ``aspect`` in this image: the box the export cuts for it (``exported_box``),
    so a crop of another shape (given with ``export --crop``, edited by hand) is narrowed as the export narrows
    it, not refitted keeping its area."""
    from headshot_desktop.library.crops import exported_box

    return clamp(Box(*exported_box(crop, width, height, frame_aspect(width, height, aspect))), width, height)


def to_crop(box: Box, width: int, height: int) -> Crop:
    from headshot_desktop.library.crops import Crop

    return Crop(box.x / width, box.y / height, box.w / width, box.h / height)


def default_box(width: int, height: int, aspect: float | None) -> Box:
    """The frame the export makes when nobody framed it (the library's rule), as a box."""
    from headshot_desktop.library.crops import default_crop

    crop = default_crop(width, height, aspect)
    return Box(crop.x * width, crop.y * height, crop.w * width, crop.h * height)


@dataclass(frozen=True)
class View:
    """Where the image is drawn in the widget: widget = offset + image × scale."""

    scale: float
    dx: float
    dy: float

    def to_widget(self, x: float, y: float) -> tuple[float, float]:
        return self.dx + x * self.scale, self.dy + y * self.scale

    def to_image(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.dx) / self.scale, (y - self.dy) / self.scale

    def box_to_widget(self, box: Box) -> Box:
        x, y = self.to_widget(box.x, box.y)
        return Box(x, y, box.w * self.scale, box.h * self.scale)


def view_for(width: int, height: int, room_w: float, room_h: float, margin: float = 0.0) -> View:
    """The whole image, as large as it fits in ``room`` less ``margin`` on every side, centred."""
    inner_w, inner_h = max(1.0, room_w - 2 * margin), max(1.0, room_h - 2 * margin)
    scale = min(inner_w / width, inner_h / height)
    return View(scale, (room_w - width * scale) / 2, (room_h - height * scale) / 2)


def move_guides(eye: float, chin: float, which: str, to: float) -> tuple[float, float]:
    """The eye and chin lines (shares of the frame's height) after ``which`` is dragged to ``to``; they never cross."""
    if which == "eye":
        return min(max(to, GUIDE_GAP), chin - GUIDE_GAP), chin
    return eye, min(max(to, eye + GUIDE_GAP), 1.0 - GUIDE_GAP / 2)
