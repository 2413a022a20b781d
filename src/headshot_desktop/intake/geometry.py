"""Sizes and turns: fit within a long side (never upscale), and EXIF orientation."""

from __future__ import annotations

import itertools
import math
import os
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

# The same table as ImageOps.exif_transpose. We apply it ourselves, after the
# downscale (turning 1.5 MP instead of 24 MP) and from the orientation read off the
# file itself, which a resized copy no longer carries (TIFF keeps it in its tags).
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


# Pillow's convolution resize filters properly at any ratio. After a JPEG's
# reduced-size decode (already a clean 2:1 or more), bicubic is indistinguishable
# from Lanczos and about a quarter faster.
RESAMPLE = Image.Resampling.BICUBIC

_BANDS = 4
_BANDED_FROM_PIXELS = 4_000_000  # below this, threads cost about what they save


def target_size(size: tuple[int, int], max_side: int | None) -> tuple[int, int]:
    """``size`` scaled so its long side is at most ``max_side``; unchanged if already within."""
    width, height = size
    if max_side is None or max(width, height) <= max_side:
        return width, height
    scale = max_side / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def draft_size(size: tuple[int, int], max_side: int) -> tuple[int, int]:
    """The smallest size a reduced-size decode may give without ending below the target."""
    width, height = size
    scale = min(1.0, max_side / max(width, height))
    return max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))


def downscale(image: Image.Image, max_side: int | None) -> Image.Image:
    """``image`` fitted within ``max_side``; big images are resized in bands, on several cores.

    Each band is resized from the whole source through ``box`` (the filter still sees
    the rows beyond the band), so the bands join without a seam, and Pillow releases
    the GIL while resizing. The number of bands depends on the image only, never on
    the machine, so the pixels (and the content hash) are the same everywhere.
    """
    size = target_size(image.size, max_side)
    if size == image.size:
        return image
    large = image.width * image.height >= _BANDED_FROM_PIXELS and size[1] >= _BANDS * 64
    if not large:
        return _resize(image, size)
    bands = _bands(image.size, size)
    out = Image.new(image.mode, size)
    with ThreadPoolExecutor(max_workers=min(os.cpu_count() or 1, _BANDS)) as pool:
        parts = pool.map(lambda band: _resize(image, band[1], band[2]), bands)
        for (top, _size, _box), part in zip(bands, parts, strict=True):
            out.paste(part, (0, top))
    return out


def _resize(image: Image.Image, size: tuple[int, int], box: tuple[float, ...] | None = None) -> Image.Image:
    # reducing_gap lets Pillow first shrink by whole factors (a cheap box filter) when
    # the ratio is large; at 3.0 the result is indistinguishable from the filter alone.
    return image.resize(size, RESAMPLE, box=box, reducing_gap=3.0)


def _bands(
    source: tuple[int, int], target: tuple[int, int]
) -> list[tuple[int, tuple[int, int], tuple[float, float, float, float]]]:
    """(first output row, output size, source box) of each horizontal band."""
    (width, height), (out_width, out_height) = source, target
    edges = [round(i * out_height / _BANDS) for i in range(_BANDS + 1)]
    scale = height / out_height
    return [
        (top, (out_width, bottom - top), (0.0, top * scale, float(width), bottom * scale))
        for top, bottom in itertools.pairwise(edges)
    ]


def apply_orientation(image: Image.Image, orientation: int) -> Image.Image:
    method = _TRANSPOSE.get(orientation)
    return image if method is None else image.transpose(method)
