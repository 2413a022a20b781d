"""The limits intake enforces, in one place.

Sizes are decimal (1 MB = 1,000,000 bytes), as file managers show them.
"""

from __future__ import annotations

from headshot_desktop.translatable import N_

MAX_FILE_BYTES = 200_000_000  # checked before a byte is read
MAX_PIXELS = 100_000_000  # 100 megapixels, checked from the header before decoding
MIN_SHORT_SIDE = 256  # below this a headshot cannot come out sharp
DEFAULT_MAX_SIDE = 1536  # the long side the provider works at; never upscaled
PROVIDER_MAX_BYTES = 50_000_000  # the provider refuses uploads over 50 MB
SNIFF_BYTES = 4096  # how much of the start of a file the format sniffer looks at

SUPPORTED_FORMATS_TEXT = N_("intake", "JPEG, PNG, HEIC, WebP, TIFF, BMP or GIF")


def megabytes(size: int) -> str:
    """Rounded up, so a file just over a limit never reads as equal to it."""
    if size >= 10_000_000:
        return f"{-(-size // 1_000_000):,} MB"
    return f"{-(-size // 100_000) / 10:.1f} MB"
