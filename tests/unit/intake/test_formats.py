"""Every supported format decodes to upright sRGB pixels."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageCms, features

from headshot_desktop.intake import open_normalized, prepare_photo
from headshot_desktop.intake.colour import PROFILE_IGNORED
from tests.unit.intake import corpus
from tests.unit.intake.rawscan import assert_pixels_only


def _decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _close(pixel: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True))


@pytest.mark.parametrize(
    ("fmt", "params"),
    [
        ("JPEG", {"quality": 90}),
        ("PNG", {}),
        ("WEBP", {"quality": 90}),
        ("TIFF", {}),
        ("BMP", {}),
        ("GIF", {}),
        ("HEIF", {"quality": 80}),
        pytest.param(
            "AVIF", {}, marks=pytest.mark.skipif(not features.check("avif"), reason="Pillow built without AVIF")
        ),
    ],
)
def test_format_opens_to_rgb_jpeg(fmt: str, params: dict, tmp_path: Path) -> None:
    data = corpus.heic() if fmt == "HEIF" else corpus.encoded(corpus.photo((400, 300)), fmt, **params)
    path = corpus.write(tmp_path, "selfie.bin", data)  # no extension to lean on

    prepared = prepare_photo(path)

    assert (prepared.width, prepared.height) == (400, 300)
    assert prepared.mime_type == "image/jpeg"
    assert prepared.source_name == "selfie.bin"
    assert prepared.notices == ()
    image = _decoded(prepared.data)
    assert image.size == (400, 300)
    assert _close(image.getpixel((5, 5)), corpus.MARKER_COLOUR, 40)  # the marker is top-left


def test_png_named_jpg_imports(tmp_path: Path) -> None:
    path = corpus.write(tmp_path, "me.jpg", corpus.png())
    assert prepare_photo(path).width == 640


@pytest.mark.parametrize(
    ("orientation", "corner"),
    [(1, "top-left"), (3, "bottom-right"), (6, "top-right"), (8, "bottom-left")],
)
def test_exif_orientation_is_applied_to_the_pixels(orientation: int, corner: str) -> None:
    data = corpus.jpeg(corpus.photo((400, 300)), exif=corpus.private_exif(orientation))
    image = open_normalized(data)
    expected_size = (300, 400) if orientation in (6, 8) else (400, 300)
    assert image.size == expected_size
    w, h = image.size
    where = {"top-left": (4, 4), "top-right": (w - 5, 4), "bottom-left": (4, h - 5), "bottom-right": (w - 5, h - 5)}
    for name, xy in where.items():
        is_red = _close(image.getpixel(xy), corpus.MARKER_COLOUR, 40)
        assert is_red == (name == corner), (name, image.getpixel(xy))
    prepared = prepare_photo(data)
    assert (prepared.width, prepared.height) == expected_size


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "TIFF"])
def test_orientation_is_read_from_other_formats_too(fmt: str) -> None:
    # TIFF keeps it in its own tags, PNG in an eXIf chunk, WebP in an EXIF chunk.
    data = corpus.encoded(corpus.photo((400, 300)), fmt, exif=corpus.private_exif(6))
    image = open_normalized(data, max_side=200)
    assert image.size == (150, 200)
    assert _close(image.getpixel((147, 2)), corpus.MARKER_COLOUR, 40)


def test_heic_rotation_is_not_applied_twice() -> None:
    # pillow-heif turns the pixels itself and resets the EXIF orientation to 1.
    data = corpus.heic(corpus.photo((400, 300)), exif=corpus.private_exif(6).tobytes())
    image = open_normalized(data)
    assert image.size == (300, 400)
    assert _close(image.getpixel((295, 4)), corpus.MARKER_COLOUR, 40)


def test_cmyk_jpeg_becomes_rgb() -> None:
    image = open_normalized(corpus.cmyk_jpeg())
    assert image.mode == "RGB"
    assert _close(image.getpixel((40, 150)), (0, 255, 255), 20)
    assert _close(image.getpixel((280, 150)), (0, 0, 0), 20)


def test_16_bit_rgb_png_is_scaled_not_clipped() -> None:
    image = open_normalized(corpus.png_16bit_rgb())
    assert image.mode == "RGB"
    assert _close(image.getpixel((0, 10)), (0, 128, 0), 2)
    assert _close(image.getpixel((319, 10)), (255, 128, 0), 2)


def test_16_bit_grey_png_is_scaled_not_clipped() -> None:
    image = open_normalized(corpus.png_16bit_grey(0x8000))
    assert image.mode == "RGB"
    assert _close(image.getpixel((10, 10)), (128, 128, 128), 1)


def test_grey_jpeg_becomes_rgb() -> None:
    data = corpus.jpeg(corpus.photo().convert("L"))
    prepared = prepare_photo(data)
    image = _decoded(prepared.data)
    assert image.mode == "RGB"
    r, g, b = image.getpixel((320, 240))
    assert abs(r - g) <= 2 and abs(g - b) <= 2


def test_palette_png_with_transparency_is_flattened_onto_white() -> None:
    image = Image.new("P", (300, 300), 0)
    image.putpalette([255, 255, 255, 200, 30, 30] + [0] * 762)
    image.paste(1, (100, 100, 200, 200))
    prepared = prepare_photo(corpus.png(image, transparency=0))
    assert prepared.mime_type == "image/jpeg"
    assert_pixels_only(prepared.data, prepared.mime_type)
    out = _decoded(prepared.data)
    assert out.mode == "RGB"
    assert _close(out.getpixel((10, 10)), (255, 255, 255))
    assert _close(out.getpixel((150, 150)), (200, 30, 30))


def test_rgba_png_with_real_alpha_is_flattened_onto_white() -> None:
    image = corpus.photo().convert("RGBA")
    image.putalpha(Image.linear_gradient("L").resize(image.size))
    prepared = prepare_photo(corpus.png(image))
    assert prepared.mime_type == "image/jpeg"
    out = _decoded(prepared.data)
    assert out.mode == "RGB"
    assert _close(out.getpixel((10, 0)), (255, 255, 255))  # clear: white
    assert _close(out.getpixel((10, 479)), image.getpixel((10, 479))[:3])  # opaque: as it was


def test_rgba_png_fully_opaque_becomes_jpeg() -> None:
    prepared = prepare_photo(corpus.png(corpus.photo().convert("RGBA")))
    assert prepared.mime_type == "image/jpeg"


def test_grey_png_with_alpha_is_flattened_onto_white() -> None:
    image = Image.new("LA", (300, 300), (90, 255))
    image.paste((90, 0), (0, 0, 150, 300))
    out = _decoded(prepare_photo(corpus.png(image)).data)
    assert out.mode == "RGB"
    assert _close(out.getpixel((200, 10)), (90, 90, 90))
    assert _close(out.getpixel((10, 10)), (255, 255, 255))


def test_animated_gif_uses_the_first_frame_and_says_so() -> None:
    prepared = prepare_photo(corpus.animated_gif(), source_name="party.gif")
    assert prepared.notices == ("animated GIF: the first frame was used",)
    assert _close(_decoded(prepared.data).getpixel((10, 10)), (0, 0, 255), 10)


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_animated_png_and_webp_use_the_first_frame(fmt: str) -> None:
    frames = [Image.new("RGB", (300, 300), (0, 0, 255)), Image.new("RGB", (300, 300), (255, 255, 0))]
    data = corpus.encoded(frames[0], fmt, save_all=True, append_images=frames[1:], duration=100)
    prepared = prepare_photo(data)
    assert prepared.notices == ("animated image: the first frame was used",)
    assert _close(_decoded(prepared.data).getpixel((10, 10)), (0, 0, 255), 10)


def test_multipage_tiff_uses_the_first_page_and_says_so() -> None:
    prepared = prepare_photo(corpus.multipage_tiff())
    assert "first one was used" in prepared.notices[0]
    assert _close(_decoded(prepared.data).getpixel((10, 10)), (0, 128, 0), 10)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_embedded_icc_profile_is_converted_to_srgb(fmt: str) -> None:
    grey = Image.new("RGB", (300, 300), (128, 128, 128))
    quality = {"quality": 95} if fmt == "JPEG" else {}
    data = corpus.encoded(grey, fmt, icc_profile=corpus.linear_rgb_icc(), **quality)
    image = open_normalized(data)
    assert _close(image.getpixel((150, 150)), (188, 188, 188), 3)  # 128 unconverted


def test_srgb_profile_changes_nothing() -> None:
    grey = Image.new("RGB", (300, 300), (128, 128, 128))
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    tagged = prepare_photo(corpus.png(grey, icc_profile=srgb))
    untagged = prepare_photo(corpus.png(grey))
    assert tagged.content_hash == untagged.content_hash
    assert tagged.notices == ()


def test_broken_icc_profile_is_ignored_with_a_notice() -> None:
    data = corpus.png(corpus.photo(), icc_profile=b"not a profile at all" * 10)
    prepared = prepare_photo(data)
    assert prepared.notices == (PROFILE_IGNORED,)
    assert_pixels_only(prepared.data, prepared.mime_type)


def test_profile_for_the_wrong_colour_space_is_ignored() -> None:
    lab = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()
    prepared = prepare_photo(corpus.png(corpus.photo(), icc_profile=lab))
    assert prepared.width == 640
    assert PROFILE_IGNORED in prepared.notices


def test_heic_is_read_by_the_decode_only_library() -> None:
    """The app ships pi-heif (no GPL encoder); pillow-heif is only the tests' HEIC writer."""
    from PIL import Image

    prepare_photo(corpus.heic(), source_name="IMG_0001.HEIC")
    assert Image.OPEN["HEIF"][0].__module__.startswith("pi_heif")
