"""Encode the pixels for upload, with nothing else in the file, under the provider's size limit."""

from __future__ import annotations

import io
import logging
import math
from dataclasses import dataclass

from PIL import Image, ImageFile

from headshot_desktop.intake.geometry import RESAMPLE, target_size
from headshot_desktop.intake.limits import PROVIDER_MAX_BYTES, megabytes
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

# The provider decodes and re-encodes whatever it receives, so a lossless upload
# buys nothing visible: a JPEG at quality 90 is visually lossless, about a tenth
# of the bytes of a PNG (a faster upload), and 4:4:4 chroma keeps eye colour and
# hair edges crisp. Intake flattens transparency first, so there is no alpha to keep.
JPEG_QUALITY = 90


@dataclass(frozen=True)
class Encoded:
    data: bytes
    mime_type: str
    image: Image.Image  # the pixels that were encoded (smaller if the limit forced it)
    notices: tuple[str, ...]


def without_metadata(image: Image.Image) -> Image.Image:
    """A plain copy of the pixels: no info dict (EXIF, ICC, XMP, text), no file behind it."""
    if image.info or isinstance(image, ImageFile.ImageFile):
        image = image.copy()
    image.info = {}
    return image


def encode(image: Image.Image) -> tuple[bytes, str]:
    """JPEG carrying pixels only (``image`` is opaque "RGB": intake flattened any transparency)."""
    image = without_metadata(image)
    buffer = io.BytesIO()
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    rgb.save(buffer, "JPEG", quality=JPEG_QUALITY, subsampling="4:4:4", icc_profile=None, exif=b"")
    return buffer.getvalue(), "image/jpeg"


def encode_for_provider(image: Image.Image, *, max_bytes: int = PROVIDER_MAX_BYTES) -> Encoded:
    """Encode ``image`` (opaque RGB); shrink it until the file fits in ``max_bytes``."""
    data, mime = encode(image)
    notices: tuple[str, ...] = ()
    while len(data) > max_bytes:
        # Bytes grow roughly with the pixel count; aim a little under the limit.
        scale = math.sqrt(max_bytes / len(data)) * 0.9
        new_size = target_size(image.size, max(1, int(max(image.size) * scale)))
        if new_size == image.size:
            raise ValueError(f"cannot encode the image under {max_bytes} bytes")
        log.info("encoded %s is over %s: shrinking to %dx%d", megabytes(len(data)), megabytes(max_bytes), *new_size)
        image = image.resize(new_size, RESAMPLE, reducing_gap=3.0)
        data, mime = encode(image)
        notices = (
            N_(
                "intake",
                "the photo was reduced to {width} × {height} pixels to stay under the provider's {limit} limit",
            ).format(width=image.width, height=image.height, limit=megabytes(max_bytes)),
        )
    return Encoded(data, mime, without_metadata(image), notices)
