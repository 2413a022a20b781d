"""Test photos made in code: good ones, ones full of private metadata, and hostile ones.

Every factory returns bytes; ``write`` puts them on disk under any name.
"""

from __future__ import annotations

import functools
import io
import random
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps, PngImagePlugin

from tests.support.icc import GAMMA_1_0, icc_profile

# Private facts planted in the metadata; none may appear in a prepared photo.
PERSON = "Jane Q. Private"
SERIAL = "SN-0042424242"
CAMERA = "PrivacyCam X100"
TAKEN = "2024:05:01 12:34:56"
SECRETS = (PERSON, SERIAL, CAMERA, TAKEN)
MARKER_COLOUR = (255, 0, 255)  # magenta: no corner of the gradients comes close


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def listing(folder: Path) -> list[tuple[str, int, int]]:
    """Every entry under ``folder`` with its size and modification time."""
    return sorted((str(p.relative_to(folder)), p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*"))


def photo(size: tuple[int, int] = (640, 480), *, seed: int = 0) -> Image.Image:
    """Photo-like RGB: smooth gradients, a face-sized oval, mild noise, and a magenta square top-left."""
    return _photo(size, seed).copy()


@functools.lru_cache(maxsize=16)
def _photo(size: tuple[int, int], seed: int) -> Image.Image:
    width, height = size
    ramp = Image.linear_gradient("L").resize(size)
    radial = ImageOps.invert(Image.radial_gradient("L").resize(size))
    red = ramp
    green = radial
    blue = ramp.transpose(Image.Transpose.ROTATE_180)
    image = Image.merge("RGB", (red, green, blue))
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.3, height * 0.2, width * 0.7, height * 0.85), fill=(224, 180, 150))
    noise = Image.frombytes("L", size, random.Random(seed).randbytes(width * height)).convert("RGB")
    image = Image.blend(image, noise, 0.1)
    marker = max(8, min(size) // 8)
    image.paste(MARKER_COLOUR, (0, 0, marker, marker))
    return image


def encoded(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def jpeg(image: Image.Image | None = None, **params: object) -> bytes:
    return encoded(image or photo(), "JPEG", quality=90, **params)


def png(image: Image.Image | None = None, **params: object) -> bytes:
    params.setdefault("compress_level", 1)  # noise compresses badly; level 1 keeps the tests fast
    return encoded(image or photo(), "PNG", **params)


# --- metadata -------------------------------------------------------------------------


def private_exif(orientation: int | None = None) -> Image.Exif:
    """EXIF with GPS, camera make/model/serial, dates and the owner's name."""
    exif = Image.Exif()
    exif[0x010F] = "PrivacyCam"  # Make
    exif[0x0110] = CAMERA  # Model
    exif[0x013B] = PERSON  # Artist
    exif[0x8298] = PERSON  # Copyright
    exif[0x0132] = TAKEN  # DateTime
    if orientation is not None:
        exif[0x0112] = orientation
    details = exif.get_ifd(0x8769)
    details[0x9003] = TAKEN  # DateTimeOriginal
    details[0xA431] = SERIAL  # BodySerialNumber
    details[0xA430] = PERSON  # CameraOwnerName
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (52.0, 22.0, 3.676)  # 52.3676 N: Amsterdam
    gps[3] = "E"
    gps[4] = (4.0, 54.0, 4.1)
    return exif


XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    f'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="{PERSON}"/>'
    "</rdf:RDF></x:xmpmeta>"
).encode()


def iptc_app13() -> bytes:
    """A Photoshop APP13 payload with an IPTC by-line (the photographer's name)."""
    record = b"\x1c\x02\x50" + struct.pack(">H", len(PERSON)) + PERSON.encode()
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(record)) + record
    return b"Photoshop 3.0\x00" + resource


def insert_jpeg_segments(data: bytes, segments: list[tuple[int, bytes]]) -> bytes:
    """``data`` with extra marker segments right after SOI (same pixels, more metadata)."""
    extra = b"".join(b"\xff" + bytes([marker]) + struct.pack(">H", len(body) + 2) + body for marker, body in segments)
    return data[:2] + extra + data[2:]


def jpeg_full_of_metadata(image: Image.Image | None = None, *, orientation: int | None = None) -> bytes:
    """A JPEG with EXIF (GPS, serial, dates), XMP, IPTC, a comment and an ICC profile."""
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = jpeg(image, exif=private_exif(orientation), xmp=XMP, comment=PERSON.encode(), icc_profile=srgb)
    return insert_jpeg_segments(data, [(0xED, iptc_app13())])


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_full_of_metadata(image: Image.Image | None = None) -> bytes:
    """A PNG with tEXt, zTXt, iTXt (XMP), eXIf, tIME and an ICC profile."""
    from PIL import ImageCms

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", PERSON)
    info.add_text("Comment", f"taken {TAKEN}", zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = png(image, pnginfo=info, exif=private_exif(), icc_profile=srgb)
    time_chunk = png_chunk(b"tIME", struct.pack(">HBBBBB", 2024, 5, 1, 12, 34, 56))
    return data[:-12] + time_chunk + data[-12:]  # before IEND


def raw_png(
    width: int, height: int, *, bit_depth: int, colour_type: int, rows: bytes = b"", chunks: list[bytes] | None = None
) -> bytes:
    """A PNG built by hand (``rows`` already carry their filter byte); a header may claim anything."""
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + b"".join(chunks or [])
        + png_chunk(b"IDAT", zlib.compress(rows, 9))
        + png_chunk(b"IEND", b"")
    )


def png_16bit_rgb(width: int = 320, height: int = 300) -> bytes:
    """16 bits per channel: red ramps 0..65535 left to right, green is a constant half, blue 0."""
    rows = bytearray()
    for _ in range(height):
        rows.append(0)
        for x in range(width):
            rows += struct.pack(">HHH", x * 65535 // (width - 1), 0x8000, 0)
    return raw_png(width, height, bit_depth=16, colour_type=2, rows=bytes(rows))


def png_16bit_grey(value: int = 0x8000, size: tuple[int, int] = (300, 300)) -> bytes:
    return png(Image.new("I;16", size, value))


def bomb_png(width: int = 20000, height: int = 20000) -> bytes:
    """A header claiming ``width`` × ``height`` pixels; a few hundred bytes on disk."""
    return raw_png(width, height, bit_depth=8, colour_type=0, rows=b"\x00" * (width + 1))


# --- formats ------------------------------------------------------------------------


def heic(image: Image.Image | None = None, **params: object) -> bytes:
    """Written with pillow-heif's encoder, without registering its opener: the app reads HEIC with pi-heif."""
    import pillow_heif

    buffer = io.BytesIO()
    pillow_heif.from_pillow(image or photo((400, 300))).save(buffer, quality=80, **params)
    return buffer.getvalue()


def animated_gif(size: tuple[int, int] = (320, 300)) -> bytes:
    first = Image.new("RGB", size, (0, 0, 255))
    second = Image.new("RGB", size, (255, 255, 0))
    return encoded(first, "GIF", save_all=True, append_images=[second], duration=100, loop=0)


def multipage_tiff(size: tuple[int, int] = (320, 300)) -> bytes:
    pages = [Image.new("RGB", size, (0, 128, 0)), Image.new("RGB", size, (128, 0, 0))]
    return encoded(pages[0], "TIFF", save_all=True, append_images=pages[1:])


def cmyk_jpeg(size: tuple[int, int] = (320, 300)) -> bytes:
    """Pure cyan on the left half, pure black on the right."""
    image = Image.new("CMYK", size, (255, 0, 0, 0))
    image.paste((0, 0, 0, 255), (size[0] // 2, 0, size[0], size[1]))
    return encoded(image, "JPEG", quality=95)


def linear_rgb_icc() -> bytes:
    """sRGB primaries with a linear (gamma 1.0) tone curve: 128 here is 188 in sRGB, so a missed conversion shows."""
    return icc_profile("Linear RGB test profile", gamma=GAMMA_1_0)


# --- not photos ---------------------------------------------------------------------

HTML = b"<!DOCTYPE html>\n<html><head><title>My photo</title></head><body><img src='me.jpg'></body></html>\n"
SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><circle cx="200" cy="200" r="150"/></svg>\n'
)
PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
TEXT = b"These are not the pixels you are looking for.\n" * 20


def truncated(data: bytes, fraction: float = 0.6) -> bytes:
    return data[: int(len(data) * fraction)]
