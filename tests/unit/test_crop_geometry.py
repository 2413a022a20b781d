"""The crop editor's geometry without Qt: frames of an aspect, kept inside the image, moved, zoomed about a point."""

from __future__ import annotations

import pytest

from headshot_desktop.ui.widgets import crop_geometry as g
from headshot_desktop.ui.widgets.crop_geometry import Box

W, H = 1024, 1536  # a portrait headshot, as the providers make them


def inside(box: Box, width: int = W, height: int = H) -> bool:
    eps = 1e-9
    return box.x >= -eps and box.y >= -eps and box.x + box.w <= width + eps and box.y + box.h <= height + eps


def test_the_largest_frame_of_an_aspect_fills_the_width_or_the_height() -> None:
    assert g.largest(W, H, 1.0) == (1024, 1024)
    assert g.largest(W, H, 0.8) == (1024, 1280)
    assert g.largest(W, H, 2.0) == (1024, 512)
    assert g.largest(2000, 1000, 1.0) == (1000, 1000)
    assert g.largest(W, H, None) == (1024, 1536)  # the image's own shape


def test_a_frame_dragged_past_an_edge_stops_at_it() -> None:
    box = Box(100, 100, 500, 500)
    assert g.move(box, -400, 0, W, H) == Box(0, 100, 500, 500)
    assert g.move(box, 0, 5000, W, H) == Box(100, H - 500, 500, 500)
    assert g.move(box, 10.5, -20.25, W, H) == Box(110.5, 79.75, 500, 500)  # fractions of a pixel are kept


def test_a_frame_bigger_than_the_image_shrinks_about_its_centre_and_keeps_its_shape() -> None:
    box = g.clamp(Box(-100, 0, 2048, 2048), W, H)
    assert box.w == box.h == W and inside(box)


def test_zooming_in_keeps_the_point_under_the_cursor_in_place() -> None:
    box = Box(0, 200, 1000, 1000)
    about = (250.0, 450.0)  # a quarter across and a quarter down the frame
    zoomed = g.zoom(box, 2.0, about, W, H, 1.0)
    assert zoomed.w == zoomed.h == 500
    assert (about[0] - zoomed.x) / zoomed.w == pytest.approx(0.25)
    assert (about[1] - zoomed.y) / zoomed.h == pytest.approx(0.25)


def test_zoom_stops_at_the_whole_image_and_at_twelve_times() -> None:
    box = Box(0, 0, 1024, 1024)
    out = g.zoom_steps(box, -5, None, W, H, 1.0)
    assert out.w == 1024 and inside(out)
    deep = box
    for _ in range(100):
        deep = g.zoom_steps(deep, 1, None, W, H, 1.0)
    assert deep.w == pytest.approx(1024 / g.MAX_ZOOM) and g.zoom_level(deep, W, H, 1.0) == pytest.approx(12)
    tiny = g.zoom(Box(0, 0, 40, 40), 100, (20, 20), 40, 40, 1.0)
    assert tiny.w == g.MIN_SIDE  # a tiny image: never a frame smaller than a few pixels


def test_zooming_out_near_an_edge_stays_inside() -> None:
    box = Box(W - 300, H - 300, 300, 300)
    out = g.zoom(box, 0.5, (W - 1, H - 1), W, H, 1.0)
    assert out.w == 600 and inside(out)


def test_arrow_keys_move_by_a_share_of_the_shorter_side() -> None:
    box = Box(100, 300, 500, 500)
    step = W * g.NUDGE_SHARE
    right = g.nudge(box, 1, 0, W, H)
    up = g.nudge(box, 0, -1, W, H, big=True)
    assert (right.x, right.y) == pytest.approx((100 + step, 300)) and (up.x, up.y) == pytest.approx(
        (100, 300 - 10 * step)
    )


def test_another_aspect_keeps_the_centre_and_the_area() -> None:
    square = Box(200, 300, 600, 600)
    portrait = g.fit(square, W, H, 0.8)
    assert portrait.w / portrait.h == pytest.approx(0.8)
    assert portrait.w * portrait.h == pytest.approx(600 * 600)
    assert portrait.centre == pytest.approx(square.centre)
    wide = g.fit(Box(0, 0, 1024, 1024), W, H, 3.0)  # as wide as it can: the image's width
    assert wide.w == pytest.approx(1024) and wide.h == pytest.approx(1024 / 3) and inside(wide)


def test_the_view_fits_the_image_and_maps_both_ways() -> None:
    view = g.view_for(W, H, 400, 400, margin=8)
    assert view.scale == pytest.approx(384 / H)
    left, top = view.to_widget(0, 0)
    assert top == pytest.approx(8) and left == pytest.approx((400 - W * view.scale) / 2)
    assert view.to_image(*view.to_widget(123.0, 456.0)) == pytest.approx((123.0, 456.0))
    assert view.box_to_widget(Box(0, 0, W, H)).h == pytest.approx(384)


def test_the_eye_and_chin_lines_never_cross() -> None:
    assert g.move_guides(0.4, 0.8, "eye", 0.9) == (pytest.approx(0.75), 0.8)
    assert g.move_guides(0.4, 0.8, "chin", 0.1) == (0.4, pytest.approx(0.45))
    assert g.move_guides(0.4, 0.8, "eye", -1) == (g.GUIDE_GAP, 0.8)
    assert g.move_guides(0.4, 0.8, "chin", 2) == (0.4, 1 - g.GUIDE_GAP / 2)


def test_crops_are_fractions_of_the_image_both_ways() -> None:
    box = Box(102.4, 153.6, 512, 512)
    crop = g.to_crop(box, W, H)
    assert (crop.x, crop.y, crop.w, crop.h) == pytest.approx((0.1, 0.1, 0.5, 512 / H))
    back = g.from_crop(crop, W, H, 1.0)
    assert (back.x, back.y, back.w, back.h) == pytest.approx((box.x, box.y, box.w, box.h))


def test_a_remembered_crop_of_another_shape_is_made_to_fit() -> None:
    from headshot_desktop.library.crops import Crop

    box = g.from_crop(Crop(0.8, 0.9, 0.5, 0.5), W, H, 1.0)  # too far right and down, not square
    assert box.w / box.h == pytest.approx(1.0) and inside(box)


def test_the_default_frame_is_the_librarys_rule() -> None:
    from headshot_desktop.library.crops import crop_pixels, default_crop

    box = g.default_box(W, H, 1.0)
    crop = default_crop(W, H, 1.0)
    assert crop_pixels(g.to_crop(box, W, H), W, H) == crop_pixels(crop, W, H)
    assert box.w == pytest.approx(1024) and box.y == pytest.approx((H - 1024) * 0.3)


@pytest.mark.parametrize("aspect", [1.0, 0.8, 5 / 7, 3.0])
@pytest.mark.parametrize(
    "crop", [(0.1, 0.1, 0.8, 0.6), (0.0, 0.0, 1.0, 0.3), (0.55, 0.6, 0.45, 0.4), (0.3, 0.02, 0.1, 0.9)]
)
def test_a_remembered_crop_is_framed_as_the_export_cuts_it(crop: tuple[float, ...], aspect: float) -> None:
    from headshot_desktop.library.crops import Crop, crop_pixels

    remembered = Crop(*crop)
    box = g.from_crop(remembered, W, H, aspect)
    shown = crop_pixels(g.to_crop(box, W, H), W, H)
    exported = crop_pixels(remembered, W, H, aspect)
    assert all(abs(a - b) <= 1 for a, b in zip(shown, exported, strict=True)), (shown, exported)
    assert box.w / box.h == pytest.approx(aspect) and inside(box)
