from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QApplication

from headshot_desktop.ui.widgets.compare_view import CompareView


def solid(colour: str, width: int = 200, height: int = 300) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def pixel(view: CompareView, x: float, y: float) -> QColor:
    return view.grab().toImage().pixelColor(int(x), int(y))


def test_divider_shows_before_left_and_after_right(qtbot) -> None:
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(400, 600)
    view.show()
    view.set_images(solid("#ff0000"), solid("#0000ff"))
    rect = view.image_rect()
    y = rect.center().y() + 60  # below the handle
    assert pixel(view, rect.left() + 10, y) == QColor("#ff0000")
    assert pixel(view, rect.right() - 10, y) == QColor("#0000ff")
    # Drag the divider to the right edge: all "before".
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(int(view.divider_x()), int(y)))
    qtbot.mouseMove(view, QPoint(int(rect.right()) + 20, int(y)))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.right()) + 20, int(y)))
    assert view.split == 1.0
    assert pixel(view, rect.right() - 10, y) == QColor("#ff0000")


def test_keyboard_zoom_and_divider(qtbot) -> None:
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(400, 600)
    view.set_images(solid("#ff0000"), solid("#0000ff"))
    width = view.image_rect().width()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == 1.25 and view.image_rect().width() > width
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom == 1.0
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert abs(view.split - 0.45) < 1e-9


def test_placeholder_without_images(qtbot) -> None:
    view = CompareView()
    qtbot.addWidget(view)
    assert view.image_rect().isEmpty()


def test_before_is_cropped_not_stretched() -> None:
    from headshot_desktop.ui.widgets.compare_view import cover_source

    wide = QImage(400, 200, QImage.Format.Format_RGB32)
    source = cover_source(wide, QRectF(0, 0, 100, 150))  # a portrait target
    assert abs(source.width() / source.height() - 100 / 150) < 1e-6
    assert source.height() == 200 and source.left() > 0


# -- looking closely: modes, locked zoom and pan, eye points -------------------------------

RED, BLUE, GREEN, WHITE = "#ff0000", "#0000ff", "#00c000", "#ffffff"


def marked(background: str, dots: list[QPointF], colour: str, size: tuple[int, int] = (200, 300), r: float = 5):
    """A solid image with round dots of ``colour`` centred at ``dots`` (image pixels)."""
    image = solid(background, *size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    for dot in dots:
        painter.drawEllipse(dot, r, r)
    painter.end()
    return image


def near(view: CompareView, x: float, y: float, colour: str, tolerance: int = 40) -> bool:
    got, want = pixel(view, x, y), QColor(colour)
    return all(abs(a - b) <= tolerance for a, b in zip(got.getRgb()[:3], want.getRgb()[:3], strict=True))


def shown_view(qtbot, width: int, height: int, before: QImage, after: QImage) -> CompareView:
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.set_images(before, after)
    return view


def wheel(view: CompareView, at: QPointF, clicks: int) -> None:
    event = QWheelEvent(
        at, view.mapToGlobal(at), QPoint(), QPoint(0, 120 * clicks), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view, event)


def test_modes_switch_by_key(qtbot) -> None:
    view = shown_view(qtbot, 400, 600, solid(RED), solid(BLUE))
    assert view.mode == "slider"
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert view.mode == "side_by_side"
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.mode == "flicker" and view.showing == "after"
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.mode == "slider"
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert view.aligning
    with pytest.raises(ValueError):
        view.set_mode("mosaic")


def test_flicker_toggles_which_image_is_drawn(qtbot) -> None:
    view = shown_view(qtbot, 400, 600, solid(RED), solid(BLUE))
    view.set_mode("flicker")
    assert view.showing == "after" and near(view, 100, 400, BLUE) and near(view, 300, 400, BLUE)
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.showing == "before" and near(view, 100, 400, RED) and near(view, 300, 400, RED)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.showing == "after" and near(view, 100, 400, BLUE)


def test_side_by_side_shows_both(qtbot) -> None:
    view = shown_view(qtbot, 804, 600, solid(RED), solid(BLUE))
    qtbot.keyClick(view, Qt.Key.Key_2)
    for y in (100, 300, 500):
        assert near(view, 100, y, RED) and near(view, 300, y, RED)
        assert near(view, 504, y, BLUE) and near(view, 704, y, BLUE)


def test_wheel_zoom_is_locked_across_halves_of_different_pixel_sizes(qtbot) -> None:
    # The same place in each image: (150, 100) of 200x300 and (300, 200) of the 400x600 after.
    before = marked(RED, [QPointF(150, 100)], GREEN, r=4)
    after = marked(BLUE, [QPointF(300, 200)], GREEN, size=(400, 600), r=8)
    view = shown_view(qtbot, 804, 600, before, after)
    view.set_mode("side_by_side")
    assert near(view, 300, 200, GREEN) and near(view, 704, 200, GREEN)  # each half fits its image at 400x600
    for anchor in (QPointF(100, 500), QPointF(504, 500)):  # the same relative place in either half
        view.reset_view()
        wheel(view, anchor, 1)
        assert view.zoom == 1.25
        # About (100, 500): (300, 200) -> (100 + 200 * 1.25, 500 - 300 * 1.25) = (350, 125).
        assert near(view, 350, 125, GREEN) and near(view, 754, 125, GREEN)
        assert not near(view, 300, 200, GREEN) and not near(view, 704, 200, GREEN)
    wheel(view, QPointF(100, 500), -1)
    assert view.zoom == 1.0


def test_drag_pans_both_images_together(qtbot) -> None:
    before = marked(RED, [QPointF(60, 100)], GREEN)
    after = marked(BLUE, [QPointF(60, 100)], GREEN)
    view = shown_view(qtbot, 400, 600, before, after)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 400))
    qtbot.mouseMove(view, QPoint(340, 450))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(340, 450))
    assert view.pan == QPointF(0, 0)  # nothing to pan at 1x
    view.set_zoom(2.0)  # about the centre: (120, 200) -> (40, 100)
    assert near(view, 40, 100, GREEN)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 400))
    qtbot.mouseMove(view, QPoint(320, 420))
    qtbot.mouseMove(view, QPoint(340, 450))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(340, 450))
    assert abs(view.pan.x() - 40 / 400) < 1e-9 and abs(view.pan.y() - 50 / 600) < 1e-9
    assert near(view, 80, 150, GREEN) and not near(view, 40, 100, GREEN)
    view.set_mode("flicker")  # the after, under the same view
    assert near(view, 80, 150, GREEN) and near(view, 200, 400, BLUE)


EYES = [QPointF(70, 110), QPointF(130, 110)]
# The after is the before turned 12 degrees, shrunk to 0.8 and moved: what the clicks must undo.
MOVED = QTransform().translate(30, 45).rotate(12).scale(0.8, 0.8)


def align_by_clicks(qtbot, view: CompareView) -> list[QPointF]:
    """Side by side at 804x600 each half shows its 200x300 image at 2x: click both eyes in each."""
    moved = [MOVED.map(eye) for eye in EYES]
    view.set_mode("side_by_side")
    qtbot.keyClick(view, Qt.Key.Key_A)
    clicks = [QPoint(round(2 * e.x()), round(2 * e.y())) for e in EYES]
    clicks += [QPoint(404 + round(2 * m.x()), round(2 * m.y())) for m in reversed(moved)]  # right eye first
    for at in clicks:
        with qtbot.waitSignal(view.pointsChanged, timeout=1000):
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at)
    return moved


def test_eye_points_line_the_after_up_on_the_before(qtbot) -> None:
    view = shown_view(qtbot, 804, 600, marked(WHITE, EYES, RED), marked(WHITE, [MOVED.map(e) for e in EYES], BLUE))
    moved = align_by_clicks(qtbot, view)
    for got, want in zip(view.points_before + view.points_after, EYES + moved, strict=True):
        assert abs(got.x() - want.x()) <= 0.5 and abs(got.y() - want.y()) <= 0.5
    assert near(view, 404 + 140, 220, BLUE) and near(view, 404 + 260, 220, BLUE)  # the right half, lined up
    qtbot.keyClick(view, Qt.Key.Key_A)  # done clicking: the alignment stays
    assert not view.aligning and view.alignment() is not None
    view.set_mode("flicker")  # the before is the frame: 2x, centred, from x = 202
    eyes_on_screen = [QPointF(202 + 2 * e.x(), 2 * e.y()) for e in EYES]
    unaligned = [QPointF(202 + 2 * m.x(), 2 * m.y()) for m in moved]
    assert all((a - b).manhattanLength() > 30 for a, b in zip(eyes_on_screen, unaligned, strict=True))
    for eye, away in zip(eyes_on_screen, unaligned, strict=True):
        assert near(view, eye.x(), eye.y(), BLUE) and near(view, away.x(), away.y(), WHITE)
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert all(near(view, eye.x(), eye.y(), RED) for eye in eyes_on_screen)


def test_clear_points(qtbot) -> None:
    moved = [MOVED.map(e) for e in EYES]
    view = shown_view(qtbot, 804, 600, marked(WHITE, EYES, RED), marked(WHITE, moved, BLUE))
    align_by_clicks(qtbot, view)
    assert len(view.points_before) == len(view.points_after) == 2
    with qtbot.waitSignal(view.pointsChanged, timeout=1000):
        view.clear_points()
    assert view.points_before == [] and view.points_after == [] and view.alignment() is None
    assert near(view, 404 + 2 * moved[0].x(), 2 * moved[0].y(), BLUE)  # the after is back where it was drawn
    view.set_points(EYES, moved)
    assert view.alignment() is not None
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # still aligning: Delete clears too
    assert view.points_before == [] and view.alignment() is None


def test_keyboard_focus_and_accessible_name(qtbot) -> None:
    view = shown_view(qtbot, 400, 600, solid(RED), solid(BLUE))
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert view.accessibleName() == "Before and after comparison"
    for words in ("1 slider", "2 side by side", "F or Space", "A:", "0 resets"):
        assert words in view.accessibleDescription()
    view.activateWindow()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 400))
    qtbot.waitUntil(view.hasFocus, timeout=2000)


def test_renders_at_the_device_pixel_ratio_once_per_view(qtbot, monkeypatch) -> None:
    from headshot_desktop.ui.widgets import compare_view
    from headshot_desktop.ui.widgets.compare_render import Halvings, render_layer

    half = solid(RED, 20, 10)
    painter = QPainter(half)
    painter.fillRect(10, 0, 10, 10, QColor(BLUE))
    painter.end()
    origin, pixmap = render_layer(half, Halvings(), QTransform.fromScale(4, 4), QRectF(0, 0, 80, 40), 2.0)
    assert origin == QPoint(0, 0) and pixmap.devicePixelRatio() == 2.0 and pixmap.size().toTuple() == (160, 80)
    image = pixmap.toImage()  # 8 device pixels per image pixel: the red/blue edge is at x = 80
    assert image.pixelColor(70, 40) == QColor(RED) and image.pixelColor(90, 40) == QColor(BLUE)

    calls: list[float] = []
    monkeypatch.setattr(compare_view, "render_layer", lambda *a: calls.append(a[-1]) or render_layer(*a))
    view = shown_view(qtbot, 400, 600, solid(RED), solid(BLUE))
    view.grab()
    assert len(calls) == 2 and calls[0] == view.devicePixelRatioF()
    view.set_split(0.3)
    view.toggle_flicker()
    view.grab()
    assert len(calls) == 2  # the divider and flicker reuse the pixmaps
    view.set_zoom(2.0)
    view.grab()
    assert len(calls) == 3  # flicker draws only the after: re-rendered for the new view
