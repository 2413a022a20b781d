"""Colour to plain sRGB "RGB", transparency flattened onto white.

Three steps, because resizing only works well on some modes: ``to_working_mode``
(before the resize) turns palettes, 1-bit and 16-bit images into 8-bit L/LA/RGB/RGBA,
keeping CMYK as it is for its profile; ``to_srgb`` (after the resize, on far fewer
pixels) converts through an embedded ICC profile and ends in RGB or RGBA; and
``flatten`` puts what is see-through onto white. A photo with an alpha channel (a
cut-out portrait) would otherwise reach the provider with it, and the headshot would be
compared through its holes: a headshot's background is opaque, and white is neutral.
"""

from __future__ import annotations

import functools
import io
import logging

from PIL import Image, ImageCms

from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

PROFILE_IGNORED = N_("intake", "the photo's colour profile could not be used; colours may look slightly different")
FLATTENED = N_("intake", "the photo's transparent parts were filled with white")
BACKGROUND = (255, 255, 255)

_KEEP = frozenset({"L", "LA", "RGB", "RGBA", "CMYK"})
_SIXTEEN_BIT = frozenset({"I", "I;16", "I;16L", "I;16B", "I;16N"})


def to_working_mode(image: Image.Image) -> Image.Image:
    mode = image.mode
    if mode in _KEEP:
        if mode in ("L", "RGB") and image.has_transparency_data:
            return image.convert(mode + "A" if mode == "L" else "RGBA")
        return image
    if mode in ("P", "PA"):
        return image.convert("RGBA" if image.has_transparency_data else "RGB")
    if mode == "1":
        return image.convert("L")
    if mode in _SIXTEEN_BIT:
        # convert("L") would clip 16-bit values at 255 (a white picture); scale instead.
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if mode in ("La", "RGBa"):
        return image.convert(mode.upper())
    return image.convert("RGB")  # RGBX, YCbCr, LAB, HSV, F


@functools.cache
def _srgb_profile() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _is_srgb(profile: ImageCms.ImageCmsProfile) -> bool:
    # Converting sRGB to sRGB would only add rounding; skipping it also keeps the
    # content hash of a photo the same with or without its sRGB profile.
    return "sRGB" in (ImageCms.getProfileDescription(profile) or "")


def to_srgb(image: Image.Image, icc_profile: bytes | None, notices: list[str]) -> Image.Image:
    """``image`` (a working mode) in sRGB, mode "RGB" or "RGBA"."""
    if icc_profile:
        try:
            converted = _through_profile(image, icc_profile)
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError) as exc:
            log.info("embedded colour profile ignored: %r", exc)
            notices.append(PROFILE_IGNORED)
        else:
            if converted is not None:
                return converted
    if image.mode in ("LA", "RGBA"):
        return image.convert("RGBA")
    return image.convert("RGB") if image.mode != "RGB" else image


def _through_profile(image: Image.Image, icc_profile: bytes) -> Image.Image | None:
    """Converted through the profile, or None when it is sRGB already."""
    source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
    if _is_srgb(source):
        return None
    alpha = image.getchannel("A") if image.mode in ("LA", "RGBA") else None
    colour = image.convert(image.mode[:-1]) if alpha is not None else image
    converted = ImageCms.profileToProfile(colour, source, _srgb_profile(), outputMode="RGB")
    if converted is None:  # only when inPlace=True; keeps the type checker honest
        raise ValueError("profileToProfile returned nothing")
    if alpha is not None:
        converted.putalpha(alpha)
    return converted


def flatten(image: Image.Image, notices: list[str]) -> Image.Image:
    """``image`` (RGB or RGBA) as opaque RGB: see-through pixels are blended onto white (said in ``notices``)."""
    if image.mode != "RGBA":
        return image
    if image.getchannel("A").getextrema()[0] != 255:  # some pixel is not fully opaque
        notices.append(FLATTENED)
    background = Image.new("RGBA", image.size, (*BACKGROUND, 255))
    return Image.alpha_composite(background, image).convert("RGB")
