"""Picking one person's variant in a team batch, and adjusting that headshot's crop: with a real library, its
pictures decoded and its crop written on the library pool, never on the window's thread."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from headshot_desktop.app import AppContext
from headshot_desktop.library import Headshot, Library
from headshot_desktop.library.crops import Crop, crop_pixels
from headshot_desktop.services.team.manifest import DONE, REFUSED, PersonState
from headshot_desktop.ui.team.crop_adjust import CropAdjust, adjust_crop
from headshot_desktop.ui.team.variant_picker import VariantPicker
from tests.support.thread_probe import ThreadProbe
from tests.ui.export_dialog_support import add_picture
from tests.ui.team_dialogs_support import Host, context, host
from tests.unit.library.helpers import image_bytes, prepared

__all__ = ["context", "host"]  # the fixtures

COLOURS = [(200, 40, 40), (40, 160, 60), (40, 60, 200)]
SELFIE = (230, 200, 40)


@pytest.fixture
def library(context: AppContext) -> Library:
    return context.library()


def person_with_variants(library: Library, key: str = "p001", name: str = "Jane Doe") -> PersonState:
    original = library.import_original(prepared(image_bytes(60, 80, color=SELFIE), name="jane_doe.png"))
    shots = [add_picture(library, Image.new("RGB", (300, 450), colour), n=n + 1) for n, colour in enumerate(COLOURS)]
    return PersonState(key=key, name=name, photo="jane_doe.png", status=DONE, original_id=original.id,
                       headshot_ids=[shot.id for shot in shots])  # fmt: skip


def shown_picker(qtbot: Any, host: Host) -> VariantPicker:
    picker = VariantPicker(host)
    host.resize(700, 320)
    host.show()
    qtbot.waitExposed(host)
    return picker


def icon_colour(picker: VariantPicker, row: int) -> QColor:
    image = picker.variants.item(row).icon().pixmap(64, 64).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def near(colour: QColor, rgb: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 6 for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb, strict=True))


def test_the_variants_and_their_photo_are_shown_decoded_off_the_windows_thread(
    qtbot: Any, host: Host, library: Library
) -> None:
    person = person_with_variants(library)
    picker = shown_picker(qtbot, host)
    probe = ThreadProbe()
    with probe.watching():
        picker.show_person(person, library)
        qtbot.waitUntil(lambda: picker.original.pixmap() is not None and not picker.original.pixmap().isNull())
    probe.assert_quiet()
    assert picker.variants.count() == 3
    for row, colour in enumerate(COLOURS):
        assert near(icon_colour(picker, row), colour), (row, icon_colour(picker, row).name())
    photo = picker.original.pixmap().toImage()
    assert near(photo.pixelColor(photo.width() // 2, photo.height() // 2), SELFIE)
    assert "Jane Doe" in picker.title.text()
    assert picker.variants.item(0).text() == "1 · chosen" and picker.chosen_id() == person.headshot_ids[0]


def test_key_2_chooses_the_second_variant_and_says_which(qtbot: Any, host: Host, library: Library) -> None:
    person = person_with_variants(library)
    picker = shown_picker(qtbot, host)
    picker.show_person(person, library)
    picker.variants.setFocus()
    with qtbot.waitSignal(picker.chosen) as chosen:
        QTest.keyClick(picker.variants, Qt.Key.Key_2)
    assert chosen.args == ["p001", person.headshot_ids[1]]
    assert picker.chosen_id() == person.headshot_ids[1]
    assert [picker.variants.item(row).text() for row in range(3)] == ["1", "2 · chosen", "3"]
    with qtbot.assertNotEmitted(picker.chosen):
        QTest.keyClick(picker.variants, Qt.Key.Key_4)  # there is no fourth
    with qtbot.waitSignal(picker.chosen) as clicked:
        rect = picker.variants.visualItemRect(picker.variants.item(2))
        QTest.mouseClick(picker.variants.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == ["p001", person.headshot_ids[2]]


def test_a_person_shown_with_a_chosen_variant_has_it_marked_and_a_refused_one_says_why(
    qtbot: Any, host: Host, library: Library
) -> None:
    person = person_with_variants(library)
    person.chosen_id = person.headshot_ids[2]
    picker = shown_picker(qtbot, host)
    with qtbot.assertNotEmitted(picker.chosen):  # showing is not choosing
        picker.show_person(person, library)
        qtbot.waitUntil(lambda: not picker.variants.item(2).icon().isNull())
    assert picker.chosen_id() == person.headshot_ids[2] and picker.variants.item(2).text() == "3 · chosen"
    refused = PersonState(key="p002", name="Sam Roe", photo="sam.jpg", status=REFUSED,
                          reason="The provider refused this photo (its safety system).")  # fmt: skip
    picker.show_person(refused, library)
    assert picker.variants.count() == 0 and picker.message.text() == refused.reason


# -- adjusting one crop -------------------------------------------------------------------------------
def one_headshot(library: Library) -> Headshot:
    return add_picture(library, Image.new("RGB", (1024, 1536), (90, 120, 160)))


def opened_adjust(qtbot: Any, host: Host, context: AppContext, headshot: Headshot | int,
                  framing: Crop | None) -> CropAdjust:  # fmt: skip
    host.show()
    dialog = adjust_crop(host, context, headshot, "linkedin", framing)
    qtbot.waitUntil(lambda: dialog.editor.ready and dialog.ok.isEnabled())
    return dialog


def test_an_adjusted_crop_is_saved_in_the_library_and_is_where_the_next_adjustment_starts(
    qtbot: Any, host: Host, context: AppContext, library: Library
) -> None:
    shot = one_headshot(library)
    kit_framing = Crop(0.1, 0.1, 0.8, 0.6)
    probe = ThreadProbe()
    with probe.watching():
        dialog = opened_adjust(qtbot, host, context, shot.id, kit_framing)
        start = crop_pixels(dialog.editor.crop(), 1024, 1536)
        assert start == crop_pixels(kit_framing, 1024, 1536, 1.0)  # the kit's framing, square for LinkedIn
        for _ in range(3):
            QTest.keyClick(dialog.editor, Qt.Key.Key_Right)
        QTest.keyClick(dialog.editor, Qt.Key.Key_Minus)
        moved = dialog.editor.crop()
        saved: list[Crop | None] = []
        dialog.saved.connect(saved.append)
        QTest.keyClick(dialog.editor, Qt.Key.Key_Return)  # OK
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    probe.assert_quiet()
    assert saved == [moved] and library.crops.get(shot, "linkedin") == moved != kit_framing
    again = opened_adjust(qtbot, host, context, shot, kit_framing)
    assert crop_pixels(again.editor.crop(), 1024, 1536) == crop_pixels(moved, 1024, 1536)
    again.reject()


def test_back_to_the_kits_framing_forgets_the_adjusted_crop(qtbot: Any, host: Host, context: AppContext,
                                                            library: Library) -> None:  # fmt: skip
    shot = one_headshot(library)
    library.crops.set(shot, "linkedin", Crop(0.2, 0.2, 0.6, 0.4))
    kit_framing = Crop(0.0, 0.05, 1.0, 0.66)
    dialog = opened_adjust(qtbot, host, context, shot, kit_framing)
    assert crop_pixels(dialog.editor.crop(), 1024, 1536) == crop_pixels(Crop(0.2, 0.2, 0.6, 0.4), 1024, 1536)
    dialog.reset_button.click()
    assert crop_pixels(dialog.editor.crop(), 1024, 1536) == crop_pixels(kit_framing, 1024, 1536, 1.0)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ok.click()
    assert saved.args == [None] and library.crops.get(shot, "linkedin") is None


def test_a_headshot_no_longer_in_the_library_is_said(qtbot: Any, host: Host, context: AppContext,
                                                     library: Library) -> None:  # fmt: skip
    host.show()
    dialog = adjust_crop(host, context, 4242, "linkedin", None)
    qtbot.waitUntil(dialog.error.isVisible)
    assert "4242" in dialog.error.text() or "no headshot" in dialog.error.text().lower(), dialog.error.text()
    assert not dialog.ok.isEnabled()
    dialog.reject()
