"""Only pixels leave: no EXIF (GPS, camera, serial, dates), XMP, IPTC, comments, text chunks or ICC."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from headshot_desktop.intake import open_normalized, prepare_photo
from tests.unit.intake import corpus
from tests.unit.intake.rawscan import assert_pixels_only


def _rgba_png_full_of_metadata() -> bytes:
    image = corpus.photo().convert("RGBA")
    image.putalpha(Image.linear_gradient("L").resize(image.size))
    return corpus.png_full_of_metadata(image)


def _webp_full_of_metadata() -> bytes:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return corpus.encoded(corpus.photo(), "WEBP", exif=corpus.private_exif(), xmp=corpus.XMP, icc_profile=srgb)


def _tiff_full_of_metadata() -> bytes:
    return corpus.encoded(corpus.photo(), "TIFF", exif=corpus.private_exif(), compression="tiff_lzw")


def _heic_full_of_metadata() -> bytes:
    return corpus.heic(exif=corpus.private_exif().tobytes(), xmp=corpus.XMP)


SOURCES: dict[str, Callable[[], bytes]] = {
    "jpeg": corpus.jpeg_full_of_metadata,
    "jpeg-rotated": lambda: corpus.jpeg_full_of_metadata(orientation=6),
    "png": corpus.png_full_of_metadata,
    "png-rgba": _rgba_png_full_of_metadata,
    "webp": _webp_full_of_metadata,
    "tiff": _tiff_full_of_metadata,
    "heic": _heic_full_of_metadata,
}


@pytest.mark.parametrize("kind", SOURCES)
@pytest.mark.parametrize("max_side", [1536, None])
def test_prepared_photo_carries_pixels_only(kind: str, max_side: int | None, tmp_path: Path) -> None:
    original = SOURCES[kind]()
    # The planted facts really are in the original, so their absence below means something.
    assert any(secret.encode() in original for secret in corpus.SECRETS), kind
    path = corpus.write(tmp_path, f"holiday.{kind}", original)

    prepared = prepare_photo(path, max_side=max_side)

    assert_pixels_only(prepared.data, prepared.mime_type)
    assert prepared.mime_type == "image/jpeg"  # transparency too is flattened: only opaque pixels go


def test_the_checker_catches_metadata() -> None:
    with pytest.raises(AssertionError, match="EXIF|metadata|markers"):
        assert_pixels_only(corpus.jpeg_full_of_metadata())
    with pytest.raises(AssertionError, match="EXIF|metadata|chunks"):
        assert_pixels_only(corpus.png_full_of_metadata())
    plain = corpus.jpeg(comment=b"hello")
    with pytest.raises(AssertionError, match="comment|FE"):
        assert_pixels_only(plain)


def test_open_normalized_has_empty_info_and_no_exif() -> None:
    image = open_normalized(corpus.jpeg_full_of_metadata(), source_name="holiday.jpg")
    assert image.info == {}
    assert len(image.getexif()) == 0
    assert image.mode == "RGB"
    saved = io.BytesIO()
    image.save(saved, "PNG")  # what another layer might do with it
    assert_pixels_only(saved.getvalue())


def test_same_pixels_with_different_metadata_give_the_same_hash() -> None:
    clean = corpus.jpeg()
    exif = b"Exif\x00\x00" + corpus.private_exif().tobytes()
    dressed = corpus.insert_jpeg_segments(
        clean, [(0xE1, exif), (0xED, corpus.iptc_app13()), (0xFE, corpus.PERSON.encode())]
    )
    assert dressed != clean
    assert prepare_photo(clean).content_hash == prepare_photo(dressed).content_hash

    image = corpus.photo()
    plain, tagged = corpus.png(image), corpus.png_full_of_metadata(image)
    assert prepare_photo(plain).content_hash == prepare_photo(tagged).content_hash


def test_different_photos_give_different_hashes() -> None:
    first = prepare_photo(corpus.png(corpus.photo(seed=0)))
    second = prepare_photo(corpus.png(corpus.photo(seed=1)))
    assert len(first.content_hash) == 64
    assert first.content_hash != second.content_hash
