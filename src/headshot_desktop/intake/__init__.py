"""Photo intake: the first step, and the one that decides what leaves the computer.

Every source (a path from the picker or a drop, bytes from a paste or a camera
frame) goes through one door, ``prepare_photo``. Only pixels come out: no EXIF
(location, camera serial, dates), XMP, IPTC, comments, text chunks or colour profile.
No Qt here: the window calls this from a worker thread.
"""

from __future__ import annotations

from headshot_desktop.intake.limits import (
    DEFAULT_MAX_SIDE,
    MAX_FILE_BYTES,
    MAX_PIXELS,
    MIN_SHORT_SIDE,
    PROVIDER_MAX_BYTES,
)
from headshot_desktop.intake.normalize import open_normalized
from headshot_desktop.intake.prepare import prepare_photo

__all__ = [
    "DEFAULT_MAX_SIDE",
    "MAX_FILE_BYTES",
    "MAX_PIXELS",
    "MIN_SHORT_SIDE",
    "PROVIDER_MAX_BYTES",
    "open_normalized",
    "prepare_photo",
]
