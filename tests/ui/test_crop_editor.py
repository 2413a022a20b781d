"""The crop editor as a person uses it: drag, wheel, keys, Reset, the guide lines, its name and its focus ring."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest

from headshot_desktop.library.crops import Crop, crop_pixels, default_crop
from headshot_desktop.ui.widgets import crop_geometry as geometry
from headshot_desktop.ui.widgets.crop_editor import CropEditor
from tests.ui.export_dialog_support import drag, editor_view, frame_centre, wheel

W, H = 1000, 1500  # the headshot's own size; the editor is given a preview half as big


def picture() -> QImage:
    image = QImage(W // 2, H // 2, QImage.Format.Format_RGB32)
    image.fill(QColor(90, 120, 160))
    return image


@pytest.fixture
def editor(qtbot: Any) -> CropEditor:
    widget = CropEditor()
    qtbot.addWidget(widget)
    widget.resize(420, 520)
    widget.set_aspect(1.0)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_image(picture(), (W, H))
    return widget


def pixels(editor: CropEditor) -> tuple[int, int, int, int]:
    return crop_pixels(editor.crop(), W, H)


def scale(editor: CropEditor) -> float:
    return editor_view(editor).scale


def test_it_starts_at_the_default_framing(editor: CropEditor) -> None:
    assert editor.ready and pixels(editor) == crop_pixels(default_crop(W, H, 1.0), W, H)
    assert editor.frame_pixels() == (1000, 1000)


def test_dragging_moves_the_frame_by_what_the_mouse_moved(qtbot: Any, editor: CropEditor) -> None:
    editor.set_crop(Crop(0.2, 0.2, 0.5, 1 / 3))  # 500 × 500 at (200, 300)
    changes: list[Crop] = []
    editor.cropChanged.connect(changes.append)
    drag(editor, frame_centre(editor), QPoint(20, 30))
    left, top, right, bottom = pixels(editor)
    assert (right - left, bottom - top) == (500, 500)
    assert left == pytest.approx(200 + 20 / scale(editor), abs=1)
    assert top == pytest.approx(300 + 30 / scale(editor), abs=1)
    assert changes and changes[-1] == editor.crop()


def test_the_wheel_zooms_about_the_point_under_the_mouse(editor: CropEditor) -> None:
    editor.set_crop(Crop(0.0, 0.2, 1.0, 2 / 3))  # the whole width
    view = editor_view(editor)
    at_x, at_y = view.to_widget(250, 550)  # a quarter across the frame, a quarter down it
    wheel(editor, QPoint(round(at_x), round(at_y)), 2)
    left, top, right, bottom = pixels(editor)
    assert right - left == pytest.approx(1000 / 1.1**2, abs=1) and bottom - top == right - left
    point = view.to_image(round(at_x), round(at_y))
    assert (point[0] - left) / (right - left) == pytest.approx(0.25, abs=0.01)
    assert (point[1] - top) / (bottom - top) == pytest.approx(0.25, abs=0.01)
    assert editor.zoom_level() == pytest.approx(1.21, abs=0.01)
    wheel(editor, QPoint(round(at_x), round(at_y)), -10)  # out as far as it goes: the whole width again
    assert editor.frame_pixels() == (1000, 1000)


def test_keys_nudge_zoom_and_reset(qtbot: Any, editor: CropEditor) -> None:
    editor.setFocus()
    editor.set_crop(Crop(0.3, 0.3, 0.4, 0.4 * W / H))  # 400 × 400 at (300, 450)
    QTest.keyClick(editor, Qt.Key.Key_Right)
    QTest.keyClick(editor, Qt.Key.Key_Right)
    QTest.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    step = min(W, H) * geometry.NUDGE_SHARE
    assert pixels(editor)[:2] == (round(300 + 2 * step), round(450 + 10 * step))
    QTest.keyClick(editor, Qt.Key.Key_Plus)
    assert editor.frame_pixels() == (round(400 / 1.1), round(400 / 1.1))
    QTest.keyClick(editor, Qt.Key.Key_Minus)
    QTest.keyClick(editor, Qt.Key.Key_Minus)
    assert editor.frame_pixels() == (round(400 * 1.1), round(400 * 1.1))
    QTest.keyClick(editor, Qt.Key.Key_Home)
    assert pixels(editor) == crop_pixels(default_crop(W, H, 1.0), W, H)


def test_another_shape_keeps_the_framing_centred_and_a_remembered_one_is_shown(editor: CropEditor) -> None:
    editor.set_crop(Crop(0.25, 0.2, 0.5, 1 / 3))
    editor.set_aspect(0.8)
    width, height = editor.frame_pixels() or (0, 0)
    assert width / height == pytest.approx(0.8, abs=0.01)
    left, top, right, bottom = pixels(editor)
    assert ((left + right) / 2, (top + bottom) / 2) == pytest.approx((500, 550), abs=1)
    editor.set_crop(Crop(0.1, 0.1, 0.8, 0.8 * W / H / 0.8))
    assert pixels(editor) == crop_pixels(Crop(0.1, 0.1, 0.8, 0.8 * W / H / 0.8), W, H)


def test_a_crop_asked_for_before_the_picture_came_is_shown_when_it_does(qtbot: Any) -> None:
    editor = CropEditor()
    qtbot.addWidget(editor)
    editor.set_aspect(1.0)
    wanted = Crop(0.1, 0.2, 0.6, 0.4)
    editor.set_crop(wanted)
    assert not editor.ready and editor.crop() == wanted
    editor.set_image(picture(), (W, H))
    assert editor.ready and pixels(editor) == crop_pixels(wanted, W, H)


def test_the_eye_and_chin_lines_are_dragged_and_never_cross(qtbot: Any, editor: CropEditor) -> None:
    view = editor_view(editor)
    left, top, right, bottom = pixels(editor)
    frame_top = view.to_widget(left, top)[1]
    frame_h = (bottom - top) * view.scale
    x = round(view.to_widget((left + right) / 2, 0)[0])
    eye_y = round(frame_top + geometry.EYE_LINE * frame_h)
    before = editor.crop()
    seen: list[tuple[float, float]] = []
    editor.guidesChanged.connect(lambda eye, chin: seen.append((eye, chin)))
    QTest.mousePress(editor, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, eye_y))
    target = round(frame_top + 0.30 * frame_h)
    QTest.mouseMove(editor, QPoint(x, target))
    QTest.mouseRelease(editor, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, target))
    eye, chin = editor.guides()
    assert eye == pytest.approx(0.30, abs=0.01) and chin == geometry.CHIN_LINE and seen
    assert editor.crop() == before  # taking a line does not move the frame
    editor.set_guides(0.9, 0.5)
    eye, chin = editor.guides()
    assert eye < chin


def test_its_name_and_keys_are_told_and_its_focus_shows(qtbot: Any, editor: CropEditor) -> None:
    assert editor.accessibleName() == "Framing of the exported picture"
    assert "arrow keys" in editor.accessibleDescription() and "Home" in editor.accessibleDescription()
    assert editor.focusPolicy() == Qt.FocusPolicy.StrongFocus
    highlight = editor.palette().color(QPalette.ColorRole.Highlight)

    def edge_colour() -> QColor:
        return editor.grab().toImage().pixelColor(editor.width() // 2, 1)

    editor.clearFocus()
    assert edge_colour() != highlight
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    assert edge_colour() == highlight


def test_it_says_so_when_the_picture_could_not_be_read(qtbot: Any) -> None:
    editor = CropEditor()
    qtbot.addWidget(editor)
    editor.set_message("No preview: “x.png” could not be read.")
    editor.resize(300, 300)
    assert not editor.ready and editor.frame_pixels() is None
    editor.grab()  # paints without a picture


def test_the_eye_and_chin_lines_move_from_the_keyboard_too(editor: CropEditor) -> None:
    editor.setFocus()
    eye, chin = editor.guides()
    QTest.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # Alt: the eye line
    QTest.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    moved_eye, moved_chin = editor.guides()
    assert moved_eye == pytest.approx(eye - geometry.GUIDE_STEP)
    assert moved_chin == pytest.approx(chin + geometry.GUIDE_STEP)  # Alt+Shift: the chin line
    assert "Alt" in editor.accessibleDescription()
