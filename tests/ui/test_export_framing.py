"""Framing in the export dialog: the crop the person drags and zooms is the one exported, pixel for pixel; it is
remembered for next time and for exports of many; the true-size previews follow it; a size that needs more pixels
than the frame holds says so and offers "Final in high detail" and "Enlarge anyway"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from headshot_desktop.library import Library
from headshot_desktop.library.crops import Crop, crop_pixels, default_crop
from headshot_desktop.ui.dialogs.export_dialog import ExportDialog
from tests.support.thread_probe import ThreadProbe
from tests.ui.export_dialog_support import (
    add_picture,
    drag,
    export_and_wait,
    frame_centre,
    library,
    open_dialog,
    wheel,
)
from tests.unit.library.helpers import add

__all__ = ["library"]  # the fixture
W, H = 1024, 1536
RED, GREEN, BLUE, YELLOW = (220, 40, 40), (40, 200, 60), (40, 60, 220), (230, 210, 40)
QUADRANTS = (RED, GREEN, BLUE, YELLOW)  # top left, top right, bottom left, bottom right


def quadrants(tint: int = 0) -> Image.Image:
    """Four colours meeting at the middle of the picture; ``tint`` makes another file of the same look."""
    image = Image.new("RGB", (W, H))
    for number, colour in enumerate(QUADRANTS):
        left, top = (number % 2) * W // 2, (number // 2) * H // 2
        image.paste(tuple(min(255, c + tint) for c in colour), (left, top, left + W // 2, top + H // 2))
    return image


def nearest(pixel: tuple[int, ...]) -> int:
    return min(range(4), key=lambda i: sum((a - b) ** 2 for a, b in zip(pixel[:3], QUADRANTS[i], strict=True)))


def assert_shows(path: Path, rect: tuple[int, int, int, int], size: tuple[int, int]) -> None:
    """The file at ``path`` is ``rect`` of the quadrant picture at ``size``: its corners' colours, and the places
    where the colours meet, to the pixel."""
    left, top, right, bottom = rect
    assert left < W // 2 < right and top < H // 2 < bottom, "the frame must hold the middle for this check"
    with Image.open(path) as opened:
        image = opened.convert("RGB")
    assert image.size == size
    width, height = size
    corners = [(2, 2), (width - 3, 2), (2, height - 3), (width - 3, height - 3)]
    assert [nearest(image.getpixel(c)) for c in corners] == [0, 1, 2, 3]
    across = [nearest(image.getpixel((x, 2))) for x in range(width)].index(1)
    down = [nearest(image.getpixel((2, y))) for y in range(height)].index(2)
    assert across == pytest.approx((W // 2 - left) * width / (right - left), abs=1.0)
    assert down == pytest.approx((H // 2 - top) * height / (bottom - top), abs=1.0)


def choose(dialog: ExportDialog, preset: str) -> None:
    dialog.preset.setCurrentIndex(dialog.preset.findData(preset))


def framed(qtbot: Any, library: Library, tmp_path: Path, headshots: list[Any]) -> ExportDialog:
    dialog = open_dialog(qtbot, headshots, library=library)
    dialog.folder.setText(str(tmp_path / "out"))
    if dialog.framing is not None:
        qtbot.waitUntil(lambda: dialog.framing.editor.ready, timeout=10_000)
    return dialog


def idle(qtbot: Any, dialog: ExportDialog) -> None:
    runner = dialog.parent().session.runner
    qtbot.waitUntil(lambda: not runner.active, timeout=10_000)


def test_the_crop_dragged_and_zoomed_is_the_one_exported(qtbot, library: Library, tmp_path: Path) -> None:
    shot = add_picture(library, quadrants())
    dialog = framed(qtbot, library, tmp_path, [shot])
    choose(dialog, "avatar")  # 512 × 512
    editor = dialog.framing.editor
    probe = ThreadProbe()
    with probe.watching():
        drag(editor, frame_centre(editor), QPoint(25, 40))
        wheel(editor, frame_centre(editor) + QPoint(-30, 10), 3)
        editor.setFocus()
        QTest.keyClick(editor, Qt.Key.Key_Left)
        QTest.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
        idle(qtbot, dialog)  # the true-size previews drawn for each move
        rect = crop_pixels(editor.crop(), W, H)
        (written,) = export_and_wait(qtbot, dialog)
    probe.assert_quiet()
    assert rect != crop_pixels(default_crop(W, H, 1.0), W, H)
    assert rect[2] - rect[0] == pytest.approx(W / 1.1**3, abs=1) and rect[2] - rect[0] == rect[3] - rect[1]
    assert_shows(written, rect, (512, 512))
    assert crop_pixels(library.crops.get(shot, "avatar"), W, H) == rect  # remembered for next time


def test_the_remembered_crop_is_shown_when_the_dialog_opens_again(qtbot, library: Library, tmp_path: Path) -> None:
    shot = add_picture(library, quadrants())
    dialog = framed(qtbot, library, tmp_path, [shot])
    choose(dialog, "portrait")
    editor = dialog.framing.editor
    wheel(editor, frame_centre(editor), 2)
    drag(editor, frame_centre(editor), QPoint(-20, 15))
    chosen = crop_pixels(editor.crop(), W, H)
    export_and_wait(qtbot, dialog)

    again = framed(qtbot, library, tmp_path, [shot])
    choose(again, "portrait")
    assert crop_pixels(again.framing.editor.crop(), W, H) == chosen
    choose(again, "avatar")  # never framed for this size: the default
    assert crop_pixels(again.framing.editor.crop(), W, H) == crop_pixels(default_crop(W, H, 1.0), W, H)


def test_an_export_of_many_uses_each_ones_remembered_crop(qtbot, library: Library, tmp_path: Path) -> None:
    framed_one, plain = add_picture(library, quadrants()), add_picture(library, quadrants(tint=3))
    remembered = Crop(0.2, 0.3, 0.6, 0.6 * W / H)
    library.crops.set(framed_one, "avatar", remembered)
    dialog = framed(qtbot, library, tmp_path, [framed_one, plain])
    assert dialog.framing is None and dialog.preview is not None
    choose(dialog, "avatar")
    probe = ThreadProbe()
    with probe.watching():
        first, second = export_and_wait(qtbot, dialog)
    probe.assert_quiet()
    assert_shows(first, crop_pixels(remembered, W, H), (512, 512))
    assert_shows(second, crop_pixels(default_crop(W, H, 1.0), W, H), (512, 512))


def centre_colour(label) -> QColor:
    image = label.pixmap().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_the_true_size_previews_follow_the_frame(qtbot, library: Library, tmp_path: Path) -> None:
    dialog = framed(qtbot, library, tmp_path, [add_picture(library, quadrants())])
    choose(dialog, "linkedin")
    editor, previews = dialog.framing.editor, dialog.framing.previews
    assert [label.width() for label in previews.circles] == [400, 200, 56]
    wheel(editor, frame_centre(editor), 12)  # a small frame, to move about the quadrants
    editor.setFocus()
    for _ in range(3):
        QTest.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    for label in previews.circles:
        qtbot.waitUntil(lambda lb=label: not lb.pixmap().isNull() and nearest(centre_colour(lb).getRgb()) == 0)
    for _ in range(6):
        QTest.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    for label in (*previews.circles, previews.tile):
        qtbot.waitUntil(lambda lb=label: nearest(centre_colour(lb).getRgb()) == 3)
    corner = previews.circles[0].pixmap().toImage().pixelColor(2, 2)
    assert corner.alpha() == 0  # a circle: the corners are not shown


def test_a_print_is_shown_at_its_size_and_says_when_that_is_a_guess(qtbot, library: Library,
                                                                    tmp_path: Path) -> None:  # fmt: skip
    dialog = framed(qtbot, library, tmp_path, [add_picture(library, quadrants())])
    previews = dialog.framing.previews
    assert "Choose a print size" in previews.print_note.text()
    choose(dialog, "print-8x10")
    qtbot.waitUntil(lambda: not previews.print.pixmap().isNull())
    inch = dialog.screen().physicalDotsPerInch()  # the offscreen screen says 100, a value systems guess
    pixmap = previews.print.pixmap()
    assert (pixmap.width(), pixmap.height()) == (round(8 * inch), round(10 * inch))
    note = previews.print_note.text()
    assert "8 × 10 inches" in note and "approximate" in note and "does not report its real size" in note


def test_too_few_pixels_are_said_with_two_ways_on(qtbot, library: Library, tmp_path: Path) -> None:
    shot = add_picture(library, quadrants())
    dialog = framed(qtbot, library, tmp_path, [shot])
    asked: list[Any] = []
    dialog.finalRequested.connect(asked.append)
    notice = dialog.more_pixels
    assert not notice.isVisible()
    choose(dialog, "print-8x10")
    assert notice.isVisible() and notice.final_button.isVisible() and notice.enlarge_button.isVisible()
    text = notice.text.text()
    assert (
        "Print 8 × 10 needs 2400 × 3000 pixels; this headshot has 1024 × 1536, and the framed part 1024 × 1280" in text
    )
    assert "softer" in text
    choose(dialog, "avatar")
    assert not notice.isVisible()  # enough pixels: nothing said
    choose(dialog, "print-8x10")
    notice.final_button.click()
    assert asked == [shot] and not dialog.isVisible()  # the window makes it again; nothing was written
    assert not (tmp_path / "out").exists()


def test_enlarge_anyway_exports_the_size_with_the_warning_said(qtbot, library: Library, tmp_path: Path) -> None:
    dialog = framed(qtbot, library, tmp_path, [add_picture(library, quadrants())])
    choose(dialog, "print-8x10")
    notice = dialog.more_pixels
    assert not notice.final_button.isVisible()  # nobody to make it again (a host without the window)
    rect = crop_pixels(dialog.framing.editor.crop(), W, H)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as ended:
        notice.enlarge_button.click()
        assert "Enlarged: the file gets 2400 × 3000 pixels made from 1024 × 1280" in notice.text.text()
    (written,) = ended.args[0]
    assert_shows(written, rect, (2400, 3000))
    with Image.open(written) as image:
        assert image.info.get("dpi") == pytest.approx((300, 300), abs=0.01)  # PNG keeps dots per metre


def test_an_export_of_many_says_which_one_needs_more_pixels(qtbot, library: Library, tmp_path: Path) -> None:
    small = add(library, seed=3)  # 80 × 120
    dialog = framed(qtbot, library, tmp_path, [small, add(library, seed=4)])
    choose(dialog, "avatar")
    assert export_and_wait(qtbot, dialog) == []
    notice = dialog.more_pixels
    assert notice.isVisible() and notice.text.text().startswith(f"“{small.path.name}”: Avatar needs 512 × 512")
    assert dialog.error.text() == ""  # said in the notice, not as an error
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as ended:
        notice.enlarge_button.click()
    assert len(ended.args[0]) == 2 and not dialog.isVisible()
    for path in ended.args[0]:
        with Image.open(path) as image:
            assert image.size == (512, 512)
