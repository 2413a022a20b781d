"""Look inside encoded files byte by byte, without trusting Pillow to report metadata."""

from __future__ import annotations

import io
import struct

from PIL import Image

from tests.unit.intake.corpus import SECRETS

# Everything a plain baseline or progressive JPEG needs, and nothing that can carry metadata.
JPEG_ALLOWED = {0xD8, 0xE0, 0xDB, 0xC0, 0xC1, 0xC2, 0xC4, 0xDD, 0xDA, 0xD9}
PNG_ALLOWED = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}
JPEG_INFO_ALLOWED = {"jfif", "jfif_version", "jfif_unit", "jfif_density"}


def jpeg_markers(data: bytes) -> list[int]:
    """Every marker in the file, entropy-coded data skipped (it holds only FF00 and RSTn)."""
    assert data[:2] == b"\xff\xd8", "not a JPEG"
    markers, pos = [0xD8], 2
    while pos < len(data):
        assert data[pos] == 0xFF, f"garbage at byte {pos}"
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        markers.append(marker)
        if marker == 0xD9:
            assert pos + 2 == len(data), "bytes after the end of the image"
            break
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker == 0xE0:
            assert data[pos + 4 : pos + 9] == b"JFIF\x00", "APP0 that is not JFIF"
        pos += 2 + length
        if marker == 0xDA:
            while not (data[pos] == 0xFF and data[pos + 1] not in (0x00, *range(0xD0, 0xD8))):
                pos += 1
    return markers


def png_chunks(data: bytes) -> list[bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    chunks, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        chunks.append(kind)
        pos += 12 + length
        if kind == b"IEND":
            assert pos == len(data), "bytes after IEND"
    return chunks


def assert_pixels_only(data: bytes, mime_type: str | None = None) -> None:
    """Fail unless ``data`` is a JPEG or PNG carrying pixels and nothing else."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        exif = image.getexif()
        info = dict(image.info)
        fmt = image.format
    assert fmt in ("JPEG", "PNG"), fmt
    if mime_type is not None:
        assert mime_type == f"image/{fmt.lower()}"
    assert len(exif) == 0, f"EXIF left: {dict(exif)}"
    assert "icc_profile" not in info
    if fmt == "JPEG":
        assert set(info) <= JPEG_INFO_ALLOWED, f"metadata left: {sorted(info)}"
        extra = {f"{m:02X}" for m in jpeg_markers(data)} - {f"{m:02X}" for m in JPEG_ALLOWED}
        assert not extra, f"JPEG markers that can hold metadata: {sorted(extra)}"
    else:
        assert not info, f"metadata left: {sorted(info)}"
        extra = set(png_chunks(data)) - PNG_ALLOWED
        assert not extra, f"PNG chunks that can hold metadata: {sorted(extra)}"
    for secret in SECRETS:
        assert secret.encode() not in data, f"{secret!r} is in the bytes"
