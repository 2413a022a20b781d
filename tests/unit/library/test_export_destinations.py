"""Exports for each destination: exact sizes, the person's framing, a size limit kept, the dpi, nothing private."""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.errors import ConfigError
from headshot_desktop.library import Library, export_headshot
from headshot_desktop.library.crops import Crop
from headshot_desktop.library.export import AI_SOURCE_TYPE, NeedsMorePixels
from headshot_desktop.library.presets import PRESETS, ExportPreset
from tests.unit.library.helpers import image_bytes

RED, GREEN, BLUE, WHITE = (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)


def quadrants(side: int) -> bytes:
    """Red top-left, green top-right, blue bottom-left, white bottom-right: shows which part a crop kept."""
    image = Image.new("RGB", (side, side), WHITE)
    half = side // 2
    image.paste(RED, (0, 0, half, half))
    image.paste(GREEN, (half, 0, side, half))
    image.paste(BLUE, (0, half, half, side))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def near(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(pixel[:3], colour, strict=True))


def _add(library: Library, data: bytes, size: str = "2000x2000"):
    return library.add_headshot(data, original_id=None, style_id="navy", style_name="Navy", prompt="p",
                                provider="fake", model="m", size=size, quality="high", cost_usd=None)  # fmt: skip


@pytest.fixture(scope="module")
def big_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 3000 × 3750 (4:5) picture, enough pixels for every preset."""
    path = tmp_path_factory.mktemp("big") / "big.png"
    image = Image.new("RGB", (3000, 3750), (90, 120, 150))
    image.paste((200, 180, 160), (600, 400, 2400, 3000))
    image.save(path, compress_level=1)
    return path


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_every_preset_has_its_exact_size(big_source: Path, tmp_path: Path, preset: str) -> None:
    out = export_headshot(big_source, tmp_path, preset=preset, fmt="jpeg", quality=80)
    with Image.open(out) as image:
        assert image.size == (PRESETS[preset].size or (3000, 3750))


def test_the_crop_is_the_part_exported(tmp_path: Path) -> None:
    source = tmp_path / "quadrants.png"
    source.write_bytes(quadrants(2000))
    top_right = export_headshot(source, tmp_path, preset="avatar", crop=Crop(0.5, 0.0, 0.5, 0.5), template="a")
    with Image.open(top_right) as image:
        assert image.size == (512, 512)
        assert all(near(image.getpixel(xy), GREEN) for xy in ((5, 5), (506, 506), (256, 256)))
    # A rectangle of another shape is narrowed to the preset's around its centre, never stretched.
    across = export_headshot(source, tmp_path, preset="avatar", crop=Crop(0.0, 0.25, 1.0, 0.5), template="b")
    with Image.open(across) as image:
        assert image.size == (512, 512)
        assert near(image.getpixel((100, 100)), RED) and near(image.getpixel((400, 100)), GREEN)
        assert near(image.getpixel((100, 400)), BLUE) and near(image.getpixel((400, 400)), WHITE)


def test_the_remembered_crop_is_used_after_reopening(library: Library, tmp_path: Path) -> None:
    root = library.root
    headshot = _add(library, quadrants(2000))
    library.crops.set(headshot, "avatar", Crop(0.0, 0.5, 0.5, 0.5))  # the blue quarter
    library.close()
    with Library.open(root) as reopened:
        (found,) = reopened.list_headshots()
        remembered = export_headshot(found, tmp_path, preset="avatar", template="remembered")
        chosen_now = export_headshot(found, tmp_path, preset="avatar", template="now", crop=Crop(0.5, 0.5, 0.5, 0.5))
        other_preset = export_headshot(found, tmp_path, preset="square", template="default")
    with Image.open(remembered) as image:
        assert near(image.getpixel((256, 256)), BLUE)
    with Image.open(chosen_now) as image:  # a crop given wins over the remembered one
        assert near(image.getpixel((256, 256)), WHITE)
    with Image.open(other_preset) as image:  # nothing remembered for "square": the whole square picture
        assert near(image.getpixel((10, 10)), RED) and near(image.getpixel((1010, 1010)), WHITE)


def test_a_print_needs_more_pixels_than_a_standard_headshot(library: Library, tmp_path: Path) -> None:
    headshot = _add(library, image_bytes(1024, 1536, color=(120, 100, 90)), size="1024x1536")
    out = tmp_path / "out"
    with pytest.raises(NeedsMorePixels) as info:
        export_headshot(headshot, out, preset="print-8x10", fmt="jpeg")
    error = info.value
    assert isinstance(error, ConfigError) and (error.needed, error.available) == ((2400, 3000), (1024, 1280))
    assert "Print 8 × 10 needs 2400 × 3000 pixels; this headshot has 1024 × 1536" in error.user_text()
    assert not out.exists()  # nothing written
    enlarged = export_headshot(headshot, out, preset="print-8x10", fmt="jpeg", allow_upscale=True)
    with Image.open(enlarged) as image:
        assert image.size == (2400, 3000) and image.info["dpi"] == (300, 300)


def _noise(path: Path, size: tuple[int, int]) -> Path:
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(path, quality=95)
    return path


def test_linkedin_is_never_over_8_mb(tmp_path: Path) -> None:
    source = _noise(tmp_path / "noisy.jpg", (4000, 5000))
    for fmt, quality in (("jpeg", 100), ("webp", 100), ("png", 90), (None, 100)):
        out = export_headshot(source, tmp_path / str(fmt), preset="linkedin", fmt=fmt, quality=quality)
        assert out.stat().st_size <= 8_000_000
        with Image.open(out) as image:
            assert image.size == (800, 800)
    assert (tmp_path / "None").iterdir().__next__().suffix == ".jpg"  # LinkedIn's own format when none is asked


def test_quality_is_lowered_until_the_file_fits(tmp_path: Path) -> None:
    source = _noise(tmp_path / "noisy.jpg", (1200, 1200))
    tight = ExportPreset("tight", "Tight (1000 × 1000)", (1000, 1000), max_bytes=300_000, name="Tight")
    for fmt in ("jpeg", "webp"):
        free = export_headshot(source, tmp_path / "free", preset="square", fmt=fmt, quality=95, allow_upscale=True)
        assert free.stat().st_size > 300_000  # the limit does bite
        fitted = export_headshot(source, tmp_path / "fit", preset=tight, fmt=fmt, quality=95)
        assert 200_000 < fitted.stat().st_size <= 300_000  # as large as fits: the highest quality that does
        with Image.open(fitted) as image:
            assert image.size == (1000, 1000)
    with pytest.raises(ConfigError, match="as PNG, over its limit of 0.3 MB") as info:
        export_headshot(source, tmp_path / "png", preset=tight, fmt="png")
    assert "noisy.jpg" in info.value.message and "JPEG" in info.value.hint
    assert not (tmp_path / "png").exists()


@pytest.mark.parametrize("fmt", ["jpeg", "png", "webp"])
def test_the_dpi_is_in_the_file(tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "source.png"
    Image.new("RGB", (1500, 2100), (100, 110, 120)).save(source)
    out = export_headshot(source, tmp_path, preset="casting-5x7", fmt=fmt)
    with Image.open(out) as image:
        assert image.size == (1500, 2100)
        if fmt == "webp":  # WebP has no density of its own: the three EXIF resolution tags
            exif = image.getexif()
            assert (exif[0x011A], exif[0x011B], exif[0x0128]) == (300, 300, 2)
        else:
            assert image.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    plain = export_headshot(source, tmp_path, preset="original", fmt=fmt, template="plain")
    with Image.open(plain) as image:
        assert "dpi" not in image.info or fmt == "jpeg" and image.info.get("jfif_unit") == 0
        assert not image.getexif()


# -- what is in the file, part by part ---------------------------------------------------------------------------------
def jpeg_segments(data: bytes) -> list[tuple[int, bytes]]:
    """(marker, payload) of every segment before the picture data."""
    assert data[:2] == b"\xff\xd8"
    found, at = [], 2
    while at < len(data):
        marker = data[at + 1]
        length = struct.unpack(">H", data[at + 2 : at + 4])[0]
        found.append((marker, data[at + 4 : at + 2 + length]))
        if marker == 0xDA:  # start of scan: the pixels follow
            break
        at += 2 + length
    return found


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    found, at = [], 8
    while at < len(data):
        length = struct.unpack(">I", data[at : at + 4])[0]
        found.append((data[at + 4 : at + 8], data[at + 8 : at + 8 + length]))
        at += 12 + length
    return found


def webp_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    found, at = [], 12
    while at < len(data):
        length = struct.unpack("<I", data[at + 4 : at + 8])[0]
        found.append((data[at : at + 4], data[at + 8 : at + 8 + length]))
        at += 8 + length + (length & 1)
    return found


def private_source(path: Path) -> Path:
    """A photo full of what must never leave: camera, GPS, a comment, a colour profile, a text chunk."""
    from PIL import ImageCms, PngImagePlugin

    exif = Image.Exif()
    exif[0x010F] = "Camera maker"
    exif[0x8825] = {2: (1.0, 2.0, 3.0)}
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Ana Secret")
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    Image.new("RGB", (1600, 2240), (200, 150, 100)).save(path, exif=exif, icc_profile=srgb, pnginfo=info)
    return path


@pytest.mark.parametrize("ai_label", [True, False])
@pytest.mark.parametrize("fmt", ["jpeg", "png", "webp"])
def test_nothing_but_the_dpi_and_the_ai_label(tmp_path: Path, fmt: str, ai_label: bool) -> None:
    source = private_source(tmp_path / "private.png")
    out = export_headshot(source, tmp_path / "out", preset="casting-5x7", fmt=fmt, ai_label=ai_label)
    data = out.read_bytes()
    for secret in (b"Camera maker", b"Ana Secret", b"sRGB", b"Author"):
        assert secret not in data
    xmp_present = AI_SOURCE_TYPE.encode() in data
    assert xmp_present == ai_label
    if fmt == "jpeg":
        segments = jpeg_segments(data)
        app = [(m, p[:5]) for m, p in segments if 0xE0 <= m <= 0xEF or m == 0xFE]
        expected = [(0xE0, b"JFIF\0")] + ([(0xE1, b"http:")] if ai_label else [])  # APP1 XMP starts with its ns
        assert app == expected
        jfif = next(p for m, p in segments if m == 0xE0)
        assert struct.unpack(">BHH", jfif[7:12]) == (1, 300, 300)  # density in dots per inch
    elif fmt == "png":
        kinds = sorted(kind for kind, _ in png_chunks(data) if kind != b"IDAT")
        assert kinds == sorted([b"IHDR", b"pHYs", *([b"iTXt"] if ai_label else []), b"IEND"])
        assert all(payload.startswith(b"XML:com.adobe.xmp\0") for kind, payload in png_chunks(data) if kind == b"iTXt")
    else:
        kinds = sorted(kind for kind, _ in webp_chunks(data))
        assert kinds == sorted([b"VP8X", b"VP8 ", b"EXIF", *([b"XMP "] if ai_label else [])])
        with Image.open(out) as image:
            assert set(image.getexif()) == {0x011A, 0x011B, 0x0128}
