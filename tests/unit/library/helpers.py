"""Helpers for the library tests: images and prepared photos made in code."""

from __future__ import annotations

import hashlib
import io
import random
from pathlib import Path

from PIL import Image

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.library import Headshot, Library


def image_bytes(width: int = 64, height: int = 96, *, fmt: str = "PNG", seed: int | None = None,
                color: tuple[int, int, int] = (40, 60, 90), **save: object) -> bytes:  # fmt: skip
    """An image; with ``seed`` it is noise (so every seed gives different bytes and pixels)."""
    if seed is None:
        image = Image.new("RGB", (width, height), color)
    else:
        rng = random.Random(seed)
        image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    buffer = io.BytesIO()
    image.save(buffer, fmt, **save)
    return buffer.getvalue()


def prepared(data: bytes | None = None, *, name: str = "selfie.jpg", seed: int = 1) -> PreparedPhoto:
    data = data if data is not None else image_bytes(seed=seed)
    with Image.open(io.BytesIO(data)) as image:
        mime = Image.MIME[image.format]
        pixels_hash = hashlib.sha256(image.convert("RGB").tobytes()).hexdigest()
        width, height = image.size
    return PreparedPhoto(data, mime, width, height, name, pixels_hash)


HEADSHOT_META = dict(
    style_id="corporate-navy", style_name="Corporate navy", prompt="A navy suit, soft light",
    provider="openai", model="gpt-image-1", size="1024x1536", quality="medium", cost_usd=0.063,
)  # fmt: skip


def add(library: Library, original_id: int | None = None, *, seed: int = 7, n: int = 1, **overrides: object
        ) -> Headshot:  # fmt: skip
    meta = {**HEADSHOT_META, **overrides}
    return library.add_headshot(image_bytes(80, 120, seed=seed), original_id=original_id, index_in_run=n, **meta)


def decodes(path: Path) -> bool:
    try:
        with Image.open(path) as image:
            image.load()
    except Exception:  # noqa: BLE001 - any failure means "not a whole image"
        return False
    return True


def swapped_rgb_profile() -> bytes:
    """A minimal ICC v2 display profile whose red and blue primaries are swapped.

    Pillow can only make sRGB, Lab and XYZ profiles by itself; this one proves a
    conversion to sRGB really happens: its pure red is sRGB's pure blue.
    """
    import struct

    def s15(value: float) -> bytes:
        return struct.pack(">i", round(value * 65536))

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"XYZ " + b"\0" * 4 + s15(x) + s15(y) + s15(z)

    gamma = b"curv" + b"\0" * 4 + struct.pack(">IH", 1, 0x0233) + b"\0\0"  # gamma 2.2, padded
    name = b"swapped primaries\0"
    desc = b"desc" + b"\0" * 4 + struct.pack(">I", len(name)) + name + b"\0" * 8 + b"\0" * 3 + b"\0" * 67
    tags = [
        (b"desc", desc),
        (b"cprt", b"text" + b"\0" * 4 + b"none\0"),
        (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", xyz(0.1431, 0.0606, 0.7141)),  # sRGB's blue
        (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)),
        (b"bXYZ", xyz(0.4361, 0.2225, 0.0139)),  # sRGB's red
        (b"rTRC", gamma),
        (b"gTRC", gamma),
        (b"bTRC", gamma),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags:
        body += b"\0" * (-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (
        struct.pack(">I", size) + b"\0" * 4 + struct.pack(">I", 0x02100000) + b"mntrRGB XYZ "
        + b"\0" * 12 + b"acsp" + b"\0" * 24 + struct.pack(">I", 0) + s15(0.9642) + s15(1.0) + s15(0.8249)
    )  # fmt: skip
    header += b"\0" * (128 - len(header))
    return header + struct.pack(">I", len(tags)) + table + data
