"""From any source to clean pixels: sniffed, decoded within limits, upright, sRGB, opaque, no metadata."""

from __future__ import annotations

import logging
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from headshot_desktop.errors import IntakeError
from headshot_desktop.intake import colour, geometry
from headshot_desktop.intake.decode import decode
from headshot_desktop.intake.encode import without_metadata
from headshot_desktop.intake.limits import SNIFF_BYTES
from headshot_desktop.intake.sniff import ImageFormat, Refusal, sniff
from headshot_desktop.intake.source import PhotoSource, read_source, source_name_of
from headshot_desktop.system.logging import photo_ref
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

_SMALLER = N_("intake", "Use a smaller copy of the photo.")


@dataclass(frozen=True)
class NormalizedPhoto:
    image: Image.Image  # "RGB" (transparency flattened onto white), sRGB, upright, empty info
    source_name: str
    notices: tuple[str, ...]


def check_max_side(max_side: int | None) -> None:
    if max_side is not None and (isinstance(max_side, bool) or not isinstance(max_side, int) or max_side < 1):
        raise ValueError(f"max_side must be a positive number of pixels or None, not {max_side!r}")


def normalize(source: PhotoSource, *, source_name: str | None = None, max_side: int | None = None) -> NormalizedPhoto:
    """Decode ``source`` into clean pixels, or raise ``IntakeError`` naming it and the reason."""
    check_max_side(max_side)
    name = source_name_of(source, source_name)
    # A file's name may say who is in it: the log names the photo by an id, here and everywhere after.
    ref = photo_ref(name) if isinstance(source, str | os.PathLike) or Path(name).suffix else name
    data = read_source(source, name)
    found = sniff(data[:SNIFF_BYTES])
    if isinstance(found, Refusal):
        log.info("%s: refused: %s", ref, found.reason)
        raise IntakeError(name, found.reason, hint=found.hint)
    # Pillow reports oddities (DecompressionBombWarning, corrupt EXIF...) as warnings:
    # they go to the log, never to the caller. Our limits do not depend on them.
    # (The filter is process-wide while it lasts; other threads' warnings land here too.)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            image, notices = _decode_and_normalize(data, found, name, max_side)
        finally:
            for warning in caught:
                log.info("%s: Pillow warned: %s", ref, warning.message)
    return NormalizedPhoto(image, name, notices)


def _decode_and_normalize(
    data: bytes, fmt: ImageFormat, name: str, max_side: int | None
) -> tuple[Image.Image, tuple[str, ...]]:
    decoded = decode(data, fmt, name, max_side)
    try:
        image = colour.to_working_mode(decoded.image)
        image = geometry.downscale(image, max_side)
        image = colour.to_srgb(image, decoded.icc_profile, decoded.notices)
        image = colour.flatten(image, decoded.notices)
        image = geometry.apply_orientation(image, decoded.orientation)
        if image is decoded.image:  # untouched: copy the pixels out of the file object
            image = without_metadata(image)
        else:  # an image of ours: drop the metadata Pillow carried along, without a copy
            image.info = {}
    except MemoryError:
        raise IntakeError(name, N_("intake", "there is not enough memory to open this image"), hint=_SMALLER) from None
    except Exception as exc:  # noqa: BLE001 - an odd mode or size in a hostile file; the log keeps the trace
        log.warning("%s: could not normalise the decoded %s image", name, fmt.label, exc_info=True)
        raise IntakeError(
            name,
            N_("intake", "the image uses a colour format that cannot be read"),
            hint=N_("intake", "Save it as JPEG or PNG and try again."),
            detail=repr(exc),
        ) from None
    finally:
        decoded.image.close()  # frees the full-size pixels now rather than at the next GC
    return image, tuple(decoded.notices)


def open_normalized(source: PhotoSource, *, source_name: str | None = None, max_side: int | None = None) -> Image.Image:
    """The photo decoded within the limits, EXIF-rotated, sRGB "RGB" (opaque, on white), ``info`` empty.

    ``max_side=None`` keeps the full resolution. Raises ``IntakeError`` on any refusal.
    """
    return normalize(source, source_name=source_name, max_side=max_side).image
