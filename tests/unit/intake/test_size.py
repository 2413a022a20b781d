"""Scaled down to what the provider uses, never up, and never over its upload limit."""

from __future__ import annotations

import hashlib
import io
import random

import pytest
from PIL import Image, ImageChops, ImageStat

from headshot_desktop.intake import DEFAULT_MAX_SIDE, PROVIDER_MAX_BYTES, open_normalized, prepare_photo
from headshot_desktop.intake.encode import encode_for_provider
from headshot_desktop.intake.geometry import RESAMPLE, downscale, target_size
from tests.unit.intake import corpus
from tests.unit.intake.rawscan import assert_pixels_only


@pytest.fixture(scope="module")
def big_jpeg() -> bytes:
    return corpus.jpeg(corpus.photo((4000, 3000)))


def test_default_long_side_is_1536() -> None:
    assert DEFAULT_MAX_SIDE == 1536


@pytest.mark.parametrize(
    ("size", "max_side", "expected"),
    [
        ((2400, 1600), 1536, (1536, 1024)),
        ((1600, 2400), 1536, (1024, 1536)),
        ((800, 600), 1536, (800, 600)),  # never upscaled
        ((2400, 1600), None, (2400, 1600)),  # full resolution
        ((2400, 1600), 512, (512, 341)),
    ],
)
def test_long_side(size: tuple[int, int], max_side: int | None, expected: tuple[int, int]) -> None:
    prepared = prepare_photo(corpus.jpeg(corpus.photo(size)), max_side=max_side)
    assert (prepared.width, prepared.height) == expected
    assert Image.open(io.BytesIO(prepared.data)).size == expected


def test_reduced_size_jpeg_decode_looks_like_a_full_decode(big_jpeg: bytes) -> None:
    fast = open_normalized(big_jpeg, max_side=1536)
    with Image.open(io.BytesIO(big_jpeg)) as full:
        slow = full.convert("RGB").resize(fast.size, Image.Resampling.LANCZOS)
    assert fast.size == (1536, 1152)
    difference = ImageStat.Stat(ImageChops.difference(fast, slow)).mean
    assert max(difference) < 2.5, difference


def test_rotated_big_jpeg_is_reduced_and_upright() -> None:
    data = corpus.jpeg(corpus.photo((3200, 2400)), exif=corpus.private_exif(6))
    prepared = prepare_photo(data)
    assert (prepared.width, prepared.height) == (1152, 1536)
    assert_pixels_only(prepared.data, prepared.mime_type)


def test_upload_is_a_small_jpeg(big_jpeg: bytes) -> None:
    prepared = prepare_photo(big_jpeg)
    assert prepared.mime_type == "image/jpeg"
    assert len(prepared.data) < len(big_jpeg) / 4
    assert len(prepared.data) < PROVIDER_MAX_BYTES


def test_content_hash_is_of_the_prepared_file(big_jpeg: bytes) -> None:
    prepared = prepare_photo(big_jpeg)
    assert prepared.content_hash == hashlib.sha256(prepared.data).hexdigest()
    assert prepared.content_hash == prepare_photo(big_jpeg).content_hash  # deterministic


def _noise(size: tuple[int, int]) -> Image.Image:
    """Pixels no encoder can squeeze: a file far over a small limit at full size."""
    return Image.frombytes("RGB", size, random.Random(11).randbytes(size[0] * size[1] * 3))


def test_over_the_provider_limit_it_shrinks_until_it_fits() -> None:
    image = _noise((800, 600))
    limit = 300_000
    assert len(encode_for_provider(image).data) > limit

    encoded = encode_for_provider(image, max_bytes=limit)

    assert len(encoded.data) <= limit
    assert encoded.mime_type == "image/jpeg"
    assert encoded.image.width < 800
    assert Image.open(io.BytesIO(encoded.data)).size == encoded.image.size
    assert encoded.notices and "to stay under the provider's 0.3 MB limit" in encoded.notices[0]
    assert_pixels_only(encoded.data, encoded.mime_type)


def test_under_the_limit_nothing_is_said() -> None:
    encoded = encode_for_provider(corpus.photo())
    assert encoded.notices == ()
    assert encoded.image.size == (640, 480)


def test_pure_noise_still_encodes() -> None:
    # More than one byte per pixel once compressed: Pillow's optimize=True buffer would overflow.
    noise = Image.frombytes("RGB", (640, 480), random.Random(7).randbytes(640 * 480 * 3))
    prepared = prepare_photo(corpus.png(noise))
    assert prepared.mime_type == "image/jpeg"
    assert len(prepared.data) > 640 * 480


@pytest.mark.parametrize("size", [(3000, 2000), (2999, 2001), (1800, 2700)])
def test_banded_resize_matches_one_resize(size: tuple[int, int]) -> None:
    image = corpus.photo(size)
    whole = image.resize(target_size(size, 1536), RESAMPLE, reducing_gap=3.0)
    banded = downscale(image, 1536)
    assert banded.size == whole.size
    # Rounding may differ by a level here and there; a seam or a shift would show far more.
    difference = ImageChops.difference(banded, whole)
    assert max(high for _low, high in difference.getextrema()) <= 2
    assert max(ImageStat.Stat(difference).mean) < 0.5
    assert downscale(image, 1536).tobytes() == banded.tobytes()  # deterministic


def test_prepare_photo_keeps_to_the_providers_upload_limit(tmp_path) -> None:
    # The workflow passes the chosen provider's Capabilities.max_upload_bytes.
    path = tmp_path / "noise.png"
    path.write_bytes(corpus.png(_noise((800, 600))))
    limit = 300_000
    assert len(prepare_photo(path, max_side=None).data) > limit
    prepared = prepare_photo(path, max_side=None, max_bytes=limit)
    assert len(prepared.data) <= limit and prepared.width < 800
