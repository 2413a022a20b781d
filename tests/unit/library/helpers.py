"""Helpers for the library tests: images and prepared photos made in code."""

from __future__ import annotations

import hashlib
import io
import random
from pathlib import Path

from PIL import Image

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.library import Headshot, Library
from tests.support.icc import SRGB_BLUE, SRGB_RED, icc_profile


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
    """Red and blue primaries swapped: its pure red is sRGB's pure blue, so a conversion must happen."""
    return icc_profile("swapped primaries", red=SRGB_BLUE, blue=SRGB_RED)
