"""Encoding an export: the format's options, the dpi, the AI label, and a file that fits a size limit.

The file holds the pixels and, at most, two more things: the dpi of a print preset (JPEG and PNG density;
WebP has none of its own, so three EXIF resolution tags) and the AI label (one XMP statement).
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from PIL import Image, PngImagePlugin

from headshot_desktop.errors import ConfigError
from headshot_desktop.library.provenance import AI_XMP
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

MIN_QUALITY = 10  # below this a JPEG or WebP is blocks, not a photo: better to say the limit cannot be met
X_RESOLUTION, Y_RESOLUTION, RESOLUTION_UNIT, INCHES = 0x011A, 0x011B, 0x0128, 2


@dataclass(frozen=True)
class Encoded:
    data: bytes
    quality: int  # the quality the file was written at (lowered to fit ``max_bytes``)


def _options(pil_format: str, quality: int, dpi: int | None, ai_label: bool) -> dict[str, object]:
    options: dict[str, object]
    if pil_format == "JPEG":
        options = {"quality": quality, "optimize": True, "subsampling": 0 if quality >= 90 else 2}
    elif pil_format == "WEBP":
        options = {"quality": quality, "method": 4, "lossless": quality >= 100}
    else:
        options = {"compress_level": 6}
    if dpi:
        if pil_format == "WEBP":
            exif = Image.Exif()
            exif[X_RESOLUTION] = exif[Y_RESOLUTION] = float(dpi)
            exif[RESOLUTION_UNIT] = INCHES
            options["exif"] = exif.tobytes()
        else:
            options["dpi"] = (dpi, dpi)
    if ai_label:
        if pil_format == "PNG":
            info = PngImagePlugin.PngInfo()
            info.add_itxt("XML:com.adobe.xmp", AI_XMP)
            options["pnginfo"] = info
        else:
            options["xmp"] = AI_XMP.encode("utf-8")
    return options


def _save(image: Image.Image, pil_format: str, options: dict[str, object]) -> bytes:
    buffer = io.BytesIO()
    try:
        image.save(buffer, pil_format, **options)
    except OSError:
        if not options.get("optimize"):
            raise
        # An optimised JPEG is made in one buffer of about a byte a pixel, which a grainy picture overflows
        # ("broken data stream"); the plain encoder writes as it goes.
        buffer = io.BytesIO()
        image.save(buffer, pil_format, **{**options, "optimize": False})
    return buffer.getvalue()


_THE_EXPORT = N_("library", "The export")


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def encode(image: Image.Image, pil_format: str, *, quality: int, dpi: int | None = None, ai_label: bool = True,
           max_bytes: int | None = None, what: str = _THE_EXPORT) -> Encoded:  # fmt: skip
    """The file's bytes. With ``max_bytes`` a JPEG or WebP too large is encoded again at the highest quality
    that fits (by halving the range); a PNG too large, or a file too large even at ``MIN_QUALITY``, is a
    ``ConfigError`` naming ``what`` and the limit.
    """
    data = _save(image, pil_format, _options(pil_format, quality, dpi, ai_label))
    if max_bytes is None or len(data) <= max_bytes:
        return Encoded(data, quality)
    if pil_format == "PNG":
        raise ConfigError(
            N_("library", "{what} would be {size} as PNG, over its limit of {limit}.").format(
                what=what, size=_mb(len(data)), limit=_mb(max_bytes)
            ),
            hint=N_("library", "Choose JPEG or WebP: their quality is lowered until the file fits."),
        )
    best: Encoded | None = None
    low, high = MIN_QUALITY, min(quality, 100) - 1
    while low <= high:
        middle = (low + high) // 2
        attempt = _save(image, pil_format, _options(pil_format, middle, dpi, ai_label))
        if len(attempt) <= max_bytes:
            best, low = Encoded(attempt, middle), middle + 1
        else:
            high = middle - 1
    if best is None:
        raise ConfigError(
            N_("library", "{what} does not fit in {limit} even at quality {quality}.").format(
                what=what, limit=_mb(max_bytes), quality=MIN_QUALITY
            ),
            hint=N_("library", "Choose a smaller size, or a preset without a size limit."),
        )
    log.info("quality lowered from %d to %d to stay under %d bytes", quality, best.quality, max_bytes)
    return best
