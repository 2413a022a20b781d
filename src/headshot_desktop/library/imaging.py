"""Small Pillow helpers the library shares: is this file a whole image, and what format is it."""

from __future__ import annotations

import hashlib
import io
import warnings
from pathlib import Path

from PIL import Image

from headshot_desktop.library.storage_errors import UnreadableImageError
from headshot_desktop.translatable import N_

EXTENSION_BY_FORMAT = {"PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp"}
_CHECK_SIZE = (256, 256)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decodes_fully(data: bytes) -> bool:
    """True when every pixel of the image decodes (a truncated file fails).

    JPEGs decode at reduced size (``draft``), which still reads the whole stream.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format == "JPEG":
                    image.draft("RGB", _CHECK_SIZE)
                image.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, EOFError):
        return False
    return True


def looks_whole(data: bytes) -> bool:
    """A cheaper check for scans of many files: catches truncated and garbled files.

    PNG: every chunk's CRC up to IEND, without inflating the pixels (several times
    faster than decoding). Other formats decode (JPEG at 1/8 scale).
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format == "PNG":
                    image.verify()
                    return True
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, EOFError):
        return False
    return decodes_fully(data)


def sniff_extension(data: bytes) -> str | None:
    """The file extension for the image ``data`` holds, or None when it is not one we store."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            return EXTENSION_BY_FORMAT.get(image.format or "")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def read_and_check(path: Path) -> tuple[str, bool]:
    """(sha256 of the file's bytes, whether it is damaged)."""
    data = path.read_bytes()
    return sha256_hex(data), not looks_whole(data)


def true_extension(data: bytes, claimed: str, source: str) -> str:
    """The extension ``data`` really has (whatever ``claimed`` says); refuses what is not a whole image."""
    sniffed = sniff_extension(data)
    if sniffed is None or not decodes_fully(data):
        message: str
        if source:
            unread = N_("library", "The image {provider} returned cannot be read, so it was not saved.")
            message = unread.format(provider=source)
        else:
            message = N_("library", "The image the provider returned cannot be read, so it was not saved.")
        raise UnreadableImageError(message, hint=N_("library", "Try generating it again."))
    if claimed.lower() not in (sniffed, ".jpeg" if sniffed == ".jpg" else sniffed):
        return sniffed
    return claimed.lower()
