"""The fake provider's pictures, made with Pillow from the person's own photo."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

# Per-channel gains (red, green, blue) for each look; "mono" is grey first.
_TINTS = {"warm": (1.10, 1.0, 0.82), "cool": (0.85, 0.98, 1.12), "mono": (1.0, 1.0, 1.0)}
_SHIFTS = (0.0, -0.06, 0.06, 0.0)  # each variant is framed a little differently


def headshot(data: bytes, size: tuple[int, int], look: str, variant: int) -> Image.Image:
    """The photo fitted to ``size``, tinted by ``look``, framed per ``variant``, labelled FAKE."""
    with Image.open(io.BytesIO(data)) as source:
        source.draft("RGB", size)  # JPEG: decode at a reduced scale when that is enough
        image = source.convert("RGB")
    zoom = 1.0 + 0.08 * variant
    width, height = image.size
    crop_w, crop_h = width / zoom, height / zoom
    left = (width - crop_w) * (0.5 + _SHIFTS[variant % len(_SHIFTS)])
    top = (height - crop_h) * 0.4
    image = image.crop((round(left), round(top), round(left + crop_w), round(top + crop_h)))
    image = ImageOps.fit(image, size, Image.Resampling.BICUBIC, centering=(0.5, 0.4))
    if look == "mono":
        image = ImageOps.grayscale(image).convert("RGB")
    brightness = 0.94 + 0.04 * variant
    bands = [
        band.point([min(255, round(v * gain * brightness)) for v in range(256)])
        for band, gain in zip(image.split(), _TINTS[look], strict=True)
    ]
    image = Image.merge("RGB", bands)
    _label(image, f"FAKE {variant + 1}")
    return image


def _label(image: Image.Image, text: str) -> None:
    """A small black tag in the bottom-left corner, so a fake is never mistaken for a real one."""
    size = max(12, image.height // 40)
    font = ImageFont.load_default(size=size)
    draw = ImageDraw.Draw(image)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    pad, margin = size // 2, size
    box = (margin, image.height - margin - (bottom - top) - 2 * pad,
           margin + (right - left) + 2 * pad, image.height - margin)  # fmt: skip
    draw.rectangle(box, fill=(0, 0, 0))
    draw.text((box[0] + pad - left, box[1] + pad - top), text, fill=(255, 255, 255), font=font)


def preview(final: Image.Image, number: int, count: int) -> bytes:
    """A small blurred copy; later previews are sharper, as a real provider's are."""
    small = final.reduce(4)
    radius = 1 + 2 * (count - number)
    buffer = io.BytesIO()
    small.filter(ImageFilter.GaussianBlur(radius)).save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


def encode(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)  # speed over size: benchmarks and UI work wait for it
    return buffer.getvalue()
