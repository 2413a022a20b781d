"""Open an image safely: one Pillow plugin, limits checked from the header, first frame only.

Decoding happens in memory from bytes already read, so a refusal leaves nothing
behind. Big JPEGs are decoded straight at a reduced size (libjpeg's DCT scaling,
``Image.draft``) when the target is at most half their size: most of the work of a
24 MP photo is never done.
"""

from __future__ import annotations

import functools
import io
import logging
import re
from dataclasses import dataclass

from PIL import ExifTags, Image, features

from headshot_desktop.errors import IntakeError
from headshot_desktop.intake import sniff
from headshot_desktop.intake.geometry import draft_size
from headshot_desktop.intake.limits import MAX_PIXELS, MIN_SHORT_SIDE
from headshot_desktop.translatable import N_, Number

log = logging.getLogger(__name__)

_DAMAGED = N_("intake", "the file is damaged or incomplete")
_DAMAGED_HINT = N_("intake", "Open it in another app to check it, or choose another photo.")
_TOO_LARGE_HINT = N_("intake", "Use a smaller copy of the photo (a few thousand pixels across is plenty).")


@dataclass
class Decoded:
    image: Image.Image  # loaded, in the file's own mode and colour space
    icc_profile: bytes | None
    orientation: int  # EXIF orientation, 1 (upright) to 8
    notices: list[str]


@functools.cache
def _heif_opener_registered() -> bool:
    """Register pi-heif's opener (decode-only libheif) the first time a HEIC file arrives."""
    try:
        import pi_heif
    except ImportError:
        log.warning("pi-heif is not installed: HEIC photos cannot be opened")
        return False
    pi_heif.register_heif_opener()
    return True


def _can_open(fmt: sniff.ImageFormat) -> bool:
    if fmt is sniff.HEIF:
        return _heif_opener_registered()
    if fmt is sniff.AVIF:
        return bool(features.check("avif"))
    return True


def decode(data: bytes, fmt: sniff.ImageFormat, name: str, max_side: int | None) -> Decoded:
    if not _can_open(fmt):
        raise IntakeError(
            name,
            N_("intake", "{format} photos cannot be opened on this computer").format(format=fmt.label),
            hint=N_("intake", "Convert it to JPEG first."),
        )
    image = _open(data, fmt, name)
    # Our own limit, whatever Image.MAX_IMAGE_PIXELS says (Pillow only warns below twice its value).
    _check_dimensions(image.size, name)
    notices = _first_frame_notices(image, fmt)
    if max_side is not None and fmt is sniff.JPEG:
        image.draft(image.mode, draft_size(image.size, max_side))
    _load(image, fmt, name)
    return Decoded(image, _icc_profile(image), _orientation(image, name), notices)


def _open(data: bytes, fmt: sniff.ImageFormat, name: str) -> Image.Image:
    try:
        return Image.open(io.BytesIO(data), formats=[fmt.pillow_id])
    except Image.DecompressionBombError as exc:
        log.info("%s: refused as a decompression bomb: %s", name, exc)
        raise _bomb(name, exc) from None
    except Exception as exc:  # noqa: BLE001 - any failure to parse hostile bytes is a damaged file
        log.info("%s: Pillow cannot open this %s: %r", name, fmt.label, exc)
        raise IntakeError(name, _DAMAGED, hint=_DAMAGED_HINT, detail=repr(exc)) from None


def _bomb(name: str, exc: Image.DecompressionBombError) -> IntakeError:
    # Pillow refuses before we can see the size; its message carries the pixel count.
    found = re.search(r"\((\d+) pixels\)", str(exc))
    limit = MAX_PIXELS // 1_000_000
    reason: str
    if found:
        sized = N_("intake", "the image is too large ({megapixels} megapixels); the limit is {limit} megapixels")
        reason = sized.format(megapixels=Number(int(found.group(1)) // 1_000_000), limit=limit)
    else:
        reason = N_("intake", "the image is too large; the limit is {limit} megapixels").format(limit=limit)
    return IntakeError(
        name,
        reason,
        hint=_TOO_LARGE_HINT,
        detail=str(exc),
    )


def _check_dimensions(size: tuple[int, int], name: str) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise IntakeError(name, _DAMAGED, hint=_DAMAGED_HINT, detail=f"size {width}x{height}")
    if width * height > MAX_PIXELS:
        raise IntakeError(
            name,
            N_("intake", "the image is too large ({width} × {height} pixels); the limit is {limit} megapixels").format(
                width=width, height=height, limit=MAX_PIXELS // 1_000_000
            ),
            hint=_TOO_LARGE_HINT,
        )
    if min(width, height) < MIN_SHORT_SIDE:
        raise IntakeError(
            name,
            N_(
                "intake",
                "the image is too small for a headshot ({width} × {height} pixels); "
                "it needs at least {minimum} pixels on its shorter side",
            ).format(width=width, height=height, minimum=MIN_SHORT_SIDE),
            hint=N_("intake", "Use a larger photo, for example the original from your phone or camera."),
        )


def _first_frame_notices(image: Image.Image, fmt: sniff.ImageFormat) -> list[str]:
    try:
        several = bool(getattr(image, "is_animated", False))
    except Exception:  # noqa: BLE001 - a broken second frame does not matter: only the first is used
        several = True
    if not several:
        return []
    notices: dict[str, list[str]] = {
        "GIF": [N_("intake", "animated GIF: the first frame was used")],
        "TIFF": [N_("intake", "the TIFF file has several pages: the first one was used")],
        "HEIF": [N_("intake", "the HEIC file holds several images: the first one was used")],
        "JPEG": [N_("intake", "the file holds several pictures: the first one was used")],
    }
    return notices.get(fmt.pillow_id, [N_("intake", "animated image: the first frame was used")])


def _load(image: Image.Image, fmt: sniff.ImageFormat, name: str) -> None:
    try:
        image.load()
    except Image.DecompressionBombError as exc:
        raise _bomb(name, exc) from None
    except MemoryError:
        raise IntakeError(
            name, N_("intake", "there is not enough memory to open this image"), hint=_TOO_LARGE_HINT
        ) from None
    except Exception as exc:  # noqa: BLE001 - truncated, corrupt, or a variant Pillow cannot decode
        log.info("%s: decoding this %s failed: %r", name, fmt.label, exc)
        raise IntakeError(name, _DAMAGED, hint=_DAMAGED_HINT, detail=repr(exc)) from None


def _icc_profile(image: Image.Image) -> bytes | None:
    profile = image.info.get("icc_profile")
    return profile if isinstance(profile, bytes) and profile else None


def _orientation(image: Image.Image, name: str) -> int:
    try:
        value = image.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception as exc:  # noqa: BLE001 - broken EXIF: it is thrown away anyway
        log.info("%s: unreadable EXIF ignored: %r", name, exc)
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1
