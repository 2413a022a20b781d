"""Hostile bytes: whatever comes in, only our own IntakeError (or a clean photo) comes out."""

from __future__ import annotations

import struct
import zlib
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from headshot_desktop.errors import IntakeError
from headshot_desktop.intake import prepare_photo
from tests.unit.intake import corpus
from tests.unit.intake.rawscan import assert_pixels_only

FUZZ = settings(
    max_examples=120,
    deadline=None,
    database=None,  # nothing written into the work tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def _valid(kind: str) -> bytes:
    image = corpus.photo((300, 260))
    if kind == "jpeg":
        return corpus.jpeg(image, exif=corpus.private_exif(6))
    if kind == "progressive":
        return corpus.jpeg(image, progressive=True)
    if kind == "gif":
        return corpus.animated_gif((300, 260))
    return corpus.png(image.convert("RGBA"))


def _prepare_or_refuse(data: bytes) -> None:
    try:
        prepared = prepare_photo(data, source_name="fuzz")
    except IntakeError as error:
        assert error.source == "fuzz"
        assert error.reason and error.hint
    else:
        assert_pixels_only(prepared.data, prepared.mime_type)


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    _prepare_or_refuse(data)


@FUZZ
@given(st.sampled_from(["jpeg", "progressive", "png", "gif"]), st.data())
def test_mutated_valid_files(kind: str, data: st.DataObject) -> None:
    raw = bytearray(_valid(kind))
    # Headers live at the start: aim most changes there, where they reach the parsers.
    positions = st.one_of(st.integers(0, min(len(raw) - 1, 700)), st.integers(0, len(raw) - 1))
    for position, value in data.draw(st.lists(st.tuples(positions, st.integers(0, 255)), min_size=1, max_size=8)):
        raw[position] = value
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    if data.draw(st.booleans()):
        at = data.draw(st.integers(0, len(raw)))
        raw[at:at] = data.draw(st.binary(min_size=1, max_size=64))
    _prepare_or_refuse(bytes(raw))


@FUZZ
@given(
    width=st.one_of(st.integers(0, 2000), st.integers(0, 2**32 - 1)),
    height=st.one_of(st.integers(0, 2000), st.integers(0, 2**32 - 1)),
    bit_depth=st.sampled_from([1, 2, 4, 8, 16, 0, 3, 32]),
    colour_type=st.integers(0, 7),
    interlace=st.integers(0, 2),
    rows=st.binary(max_size=2048),
)
def test_png_headers_claiming_anything(
    width: int, height: int, bit_depth: int, colour_type: int, interlace: int, rows: bytes
) -> None:
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, interlace)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + corpus.png_chunk(b"IHDR", header)
        + corpus.png_chunk(b"IDAT", zlib.compress(rows))
        + corpus.png_chunk(b"IEND", b"")
    )
    _prepare_or_refuse(data)


@settings(FUZZ, max_examples=20)  # each claim up to 100 MP is really decoded: slower
@given(st.integers(0, 65535), st.integers(0, 65535))
def test_jpeg_frame_claiming_any_size(width: int, height: int) -> None:
    raw = bytearray(_valid("jpeg"))
    sof = raw.index(b"\xff\xc0")
    raw[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    _prepare_or_refuse(bytes(raw))
