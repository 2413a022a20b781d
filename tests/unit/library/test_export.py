from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from headshot_desktop.errors import ConfigError, StorageError
from headshot_desktop.library import FileExistsStorageError, Library, export_headshot
from headshot_desktop.library.export import AI_SOURCE_TYPE, crop_box, file_name
from tests.unit.library.helpers import prepared, swapped_rgb_profile


def banded(width: int, height: int) -> bytes:
    """Red top third, green middle, blue bottom: shows which part a crop kept."""
    image = Image.new("RGB", (width, height), (0, 255, 0))
    image.paste((255, 0, 0), (0, 0, width, height // 3))
    image.paste((0, 0, 255), (0, 2 * height // 3, width, height))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def headshot(library: Library):
    original = library.import_original(prepared(name="me.jpg", seed=1))
    data = banded(1024, 1536)
    return library.add_headshot(data, original_id=original.id, style_id="navy", style_name="Corporate navy",
                                prompt="p", provider="openai", model="m", size="1024x1536", quality="high",
                                cost_usd=0.2, index_in_run=2)  # fmt: skip


@pytest.mark.parametrize(
    ("preset", "size"),
    [("linkedin", (800, 800)), ("square", (1024, 1024)), ("portrait", (1080, 1350)), ("original", (1024, 1536))],
)
@pytest.mark.parametrize("fmt", ["png", "jpeg", "webp"])
def test_presets_and_formats(headshot, tmp_path: Path, preset: str, size: tuple[int, int], fmt: str) -> None:
    # portrait is 1080 wide, the headshot 1024: an enlargement, which must be asked for
    out = export_headshot(headshot, tmp_path, preset=preset, fmt=fmt, quality=85, allow_upscale=preset == "portrait")
    with Image.open(out) as image:
        assert image.size == size
        assert image.format == {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}[fmt]
        image.load()


def test_crop_keeps_more_of_the_top(headshot, tmp_path: Path) -> None:
    left, top, right, bottom = crop_box(1024, 1536, 1.0)
    assert (left, right, bottom - top) == (0, 1024, 1024)
    assert 0 < top < (1536 - 1024) // 2  # not centred: biased upwards
    out = export_headshot(headshot, tmp_path, preset="square", fmt="png")
    with Image.open(out) as image:
        red_rows = sum(1 for y in range(0, 1024, 4) if image.getpixel((512, y))[0] > 200)
        blue_rows = sum(1 for y in range(0, 1024, 4) if image.getpixel((512, y))[2] > 200)
    assert red_rows > blue_rows  # more of the top band than of the bottom band survived
    assert crop_box(2000, 1000, 1.0) == (500, 0, 1500, 1000)  # too wide: centred


def test_name_from_the_template(headshot, tmp_path: Path) -> None:
    out = export_headshot(headshot, tmp_path, preset="linkedin", fmt="jpeg",
                          template="{original} – {style} {n} {preset} {date} {time}")  # fmt: skip
    local = headshot.created.astimezone()
    assert out.name == (f"{headshot.original_path.stem} – Corporate navy 2 linkedin {local:%Y-%m-%d} {local:%H.%M}.jpg")
    assert out.parent == tmp_path
    with pytest.raises(ConfigError, match="{colour}"):
        export_headshot(headshot, tmp_path, fmt="png", template="{colour}")
    assert file_name("{style}: a/b", {"style": "x"}) == "x a b"


def test_explicit_file_path(headshot, tmp_path: Path) -> None:
    assert export_headshot(headshot, tmp_path / "sub" / "me.png", fmt="png") == tmp_path / "sub" / "me.png"
    assert export_headshot(headshot, tmp_path / "me.png", fmt="jpeg").name == "me.jpg"


def test_never_overwrites_unless_asked(headshot, tmp_path: Path) -> None:
    first = export_headshot(headshot, tmp_path, preset="linkedin", fmt="png")
    before = first.read_bytes()
    with pytest.raises(FileExistsError) as info:
        export_headshot(headshot, tmp_path, preset="square", fmt="png")
    assert isinstance(info.value, FileExistsStorageError) and first.name in info.value.user_text()
    assert first.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [first.name]
    export_headshot(headshot, tmp_path, preset="square", fmt="png", overwrite=True)
    with Image.open(first) as image:
        assert image.size == (1024, 1024)


def _metadata(path: Path) -> dict:
    with Image.open(path) as image:
        image.load()
        return {
            "info": {k: v for k, v in image.info.items() if k not in ("dpi", "jfif", "jfif_version", "jfif_unit",
                                                                        "jfif_density", "loop", "background",
                                                                        "timestamp", "duration")},
            "exif": dict(image.getexif()),
        }  # fmt: skip


@pytest.mark.parametrize("fmt", ["png", "jpeg", "webp"])
def test_no_metadata_without_the_label_and_the_ai_label_by_default(tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "camera.jpg"
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"
    exif[0x8825] = {2: (1.0, 2.0, 3.0)}  # GPS
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    Image.new("RGB", (300, 300), (200, 150, 100)).save(source, exif=exif, icc_profile=srgb,
                                                       comment=b"secret note")  # fmt: skip
    plain = export_headshot(source, tmp_path / "out", fmt=fmt, preset="linkedin", ai_label=False, allow_upscale=True)
    assert _metadata(plain) == {"info": {}, "exif": {}}
    assert b"Camera maker" not in plain.read_bytes() and b"secret note" not in plain.read_bytes()
    labelled = export_headshot(source, tmp_path / "out", fmt=fmt, preset="linkedin", template="labelled",
                               allow_upscale=True)  # fmt: skip
    with Image.open(labelled) as image:
        xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    assert xmp and AI_SOURCE_TYPE in (xmp.decode() if isinstance(xmp, bytes) else xmp)
    assert b"Camera maker" not in labelled.read_bytes()


def test_other_colour_spaces_become_srgb(tmp_path: Path) -> None:
    source = tmp_path / "wide-gamut.png"
    Image.new("RGB", (50, 50), (255, 0, 0)).save(source, icc_profile=swapped_rgb_profile())
    out = export_headshot(source, tmp_path, fmt="png")
    with Image.open(out) as image:
        assert "icc_profile" not in image.info
        red, green, blue = image.getpixel((25, 25))
    assert blue > 240 and red < 15 and green < 15  # this profile's red is sRGB's blue


def test_transparency_flattened_for_jpeg_kept_for_png(tmp_path: Path) -> None:
    source = tmp_path / "cut-out.png"
    Image.new("RGBA", (40, 40), (0, 0, 0, 0)).save(source)
    with Image.open(export_headshot(source, tmp_path, fmt="jpeg", template="a")) as image:
        assert image.getpixel((20, 20)) == (255, 255, 255)
    with Image.open(export_headshot(source, tmp_path, fmt="png", template="b")) as image:
        assert image.mode == "RGBA" and image.getpixel((20, 20))[3] == 0


def test_bad_requests(headshot, tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        export_headshot(headshot, tmp_path, fmt="gif")
    with pytest.raises(ConfigError):
        export_headshot(headshot, tmp_path, preset="billboard")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    with pytest.raises(StorageError, match="broken.png"):
        export_headshot(broken, tmp_path / "out", fmt="png")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_path_from_outside_the_library(tmp_path: Path) -> None:
    source = tmp_path / "holiday.png"
    Image.new("RGB", (10, 10)).save(source)
    out = export_headshot(source, tmp_path / "out", fmt="webp", template="{style} {date}")
    assert out.name == f"holiday {datetime.now():%Y-%m-%d}.webp"
