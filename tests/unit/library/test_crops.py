"""Crops: fractions of the headshot, turned into pixel rectangles, read from text, and remembered."""

from __future__ import annotations

from pathlib import Path

import pytest

from headshot_desktop.library import Library
from headshot_desktop.library.crops import CROPS_NAME, Crop, CropMemory, crop_pixels, default_crop, parse_crop
from tests.unit.library.helpers import image_bytes


def test_default_crop_is_todays_rule() -> None:
    tall = default_crop(1024, 1536, 1.0)
    assert (tall.x, tall.w) == (0.0, 1.0) and tall.h == pytest.approx(1024 / 1536)
    assert tall.y == pytest.approx((1 - 1024 / 1536) * 0.3)  # 30 % of the cut off the top
    assert crop_pixels(tall, 1024, 1536) == (0, 154, 1024, 1178)
    wide = default_crop(2000, 1000, 1.0)
    assert crop_pixels(wide, 2000, 1000) == (500, 0, 1500, 1000)  # too wide: centred
    assert default_crop(1024, 1536, None) == Crop(0, 0, 1, 1)
    left, top, right, bottom = crop_pixels(default_crop(1024, 1536, 0.8), 1024, 1536)
    assert (right - left, bottom - top) == (1024, 1280)


def test_crop_pixels_from_fractions() -> None:
    assert crop_pixels(Crop(0.25, 0.1, 0.5, 0.5), 1000, 2000) == (250, 200, 750, 1200)
    # the preset's shape: a rectangle of another shape is narrowed around its centre
    assert crop_pixels(Crop(0.0, 0.0, 1.0, 0.5), 1000, 2000, aspect=1.0) == (0, 0, 1000, 1000)
    assert crop_pixels(Crop(0.0, 0.0, 1.0, 1.0), 1000, 2000, aspect=1.0) == (0, 500, 1000, 1500)


def test_crop_pixels_are_clamped_inside_with_the_shape_kept() -> None:
    # over the right and bottom edges: moved back in, size kept
    assert crop_pixels(Crop(0.8, 0.9, 0.4, 0.2), 1000, 1000) == (600, 800, 1000, 1000)
    # over the left and top edges
    assert crop_pixels(Crop(-0.1, -0.2, 0.5, 0.5), 1000, 1000) == (0, 0, 500, 500)
    # larger than the image: shrunk around its centre to fit, the shape (4:1 in pixels) kept
    assert crop_pixels(Crop(-0.5, 0.25, 2.0, 0.5), 1000, 1000) == (0, 375, 1000, 625)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("0.1,0.2,0.5", "four numbers"),
        ("a,b,c,d", "number from 0 to 1"),
        ("0.1,0.2,0,0.5", "more than 0"),
        ("0.6,0,0.5,0.5", "past the image's edge"),
        ("1.2,0,0.5,0.5", "from 0"),
        ("nan,0,0.5,0.5", "not a number"),
    ],
)
def test_parse_crop_says_why_not(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=words) as info:
        parse_crop(text)
    assert text in str(info.value) and str(info.value).endswith(".")


def test_parse_crop() -> None:
    assert parse_crop(" 0.1, 0.05 ,0.8,0.6") == Crop(0.1, 0.05, 0.8, 0.6)
    assert parse_crop("0,0,1,1") == Crop(0, 0, 1, 1)
    assert parse_crop(str(Crop(0.125, 0.25, 0.5, 0.75))) == Crop(0.125, 0.25, 0.5, 0.75)


def _headshot(library: Library, seed: int):
    return library.add_headshot(image_bytes(seed=seed), original_id=None, style_id="s", style_name="S", prompt="p",
                                provider="fake", model="m", size="64x96", quality="low", cost_usd=None)  # fmt: skip


def test_remembered_crops_survive_reopening_the_library(library: Library) -> None:
    root = library.root
    first, second = _headshot(library, 1), _headshot(library, 2)
    library.crops.set(first, "linkedin", Crop(0.1, 0.1, 0.5, 0.5))
    library.crops.set(first.id, "portrait", Crop(0.0, 0.0, 0.8, 1.0))  # by its id too
    library.crops.set(second, "linkedin", Crop(0.2, 0.2, 0.4, 0.4))
    library.close()
    with Library.open(root) as again:
        assert again.crops.get(first.id, "linkedin") == Crop(0.1, 0.1, 0.5, 0.5)
        assert again.crops.get(first, "portrait") == Crop(0.0, 0.0, 0.8, 1.0)
        assert again.crops.get(first, "avatar") is None
        again.crops.set(first, "linkedin", None)  # back to the default
        assert again.crops.get(first, "linkedin") is None
        again.crops.forget(second)
        assert again.crops.get(second, "linkedin") is None
        assert again.crops.get(99999, "linkedin") is None  # no such headshot
    assert (root / CROPS_NAME).is_file()


def test_a_crop_follows_the_file_through_a_rebuilt_index(library: Library) -> None:
    root = library.root
    headshot = _headshot(library, 3)
    library.crops.set(headshot, "avatar", Crop(0.1, 0.2, 0.3, 0.2))
    library.close()
    for path in root.glob(".headshot-index.sqlite3*"):
        path.unlink()
    with Library.open(root) as rebuilt:
        (found,) = rebuilt.list_headshots()
        assert rebuilt.crops.get(found, "avatar") == Crop(0.1, 0.2, 0.3, 0.2)


def test_the_window_sees_what_the_command_line_remembered(library: Library) -> None:
    headshot = _headshot(library, 4)
    assert library.crops.get(headshot, "linkedin") is None
    with Library(library.root) as other:  # another process's Library on the same folder
        other.crops.set(headshot, "linkedin", Crop(0.3, 0.3, 0.3, 0.3))
    assert library.crops.get(headshot, "linkedin") == Crop(0.3, 0.3, 0.3, 0.3)


def test_a_damaged_crops_file_means_no_remembered_crops(library: Library, tmp_path: Path) -> None:
    headshot = _headshot(library, 5)
    (library.root / CROPS_NAME).write_text("{broken")
    assert library.crops.get(headshot, "linkedin") is None
    library.crops.set(headshot, "linkedin", Crop(0, 0, 1, 1))
    assert CropMemory(library.root / CROPS_NAME).get(headshot, "linkedin") == Crop(0, 0, 1, 1)


def test_deleting_a_headshot_forgets_its_crops(library: Library) -> None:
    headshot = _headshot(library, 6)
    library.crops.set(headshot, "linkedin", Crop(0.1, 0.1, 0.5, 0.5))
    library.delete(headshot)
    assert headshot.file_hash not in (library.root / CROPS_NAME).read_text()
