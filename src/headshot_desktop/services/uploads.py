"""Photos prepared for sending, kept for the next run: preparing a 12 MP photo (decode, resize, encode) takes
about 0.1 s, which a second run of the same photo, or a run after the price was worked out, need not wait for.

A prepared photo is found again by its file (path, size, modification time), its name and the limits it was
prepared for; a changed file is prepared again. Only the last few are kept: each is the small upload, not the photo.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from headshot_desktop.core.models import PreparedPhoto
    from headshot_desktop.providers.base import Capabilities

KEPT = 8


class UploadCache:
    def __init__(self, kept: int = KEPT) -> None:
        self._kept = kept
        self._photos: OrderedDict[tuple[object, ...], PreparedPhoto] = OrderedDict()
        self._lock = threading.Lock()

    def prepare(self, path: Path, name: str, *, max_side: int, max_bytes: int | None) -> PreparedPhoto:
        """``path`` as intake prepares it for sending; raises what intake raises (a file gone, unreadable)."""
        from headshot_desktop import intake

        try:
            found = path.stat()
        except OSError:
            found = None
        key = (str(path), found and found.st_size, found and found.st_mtime_ns, name, max_side, max_bytes)
        with self._lock:
            photo = self._photos.get(key)
            if photo is not None:
                self._photos.move_to_end(key)
                return photo
        photo = intake.prepare_photo(path, source_name=name, max_side=max_side, max_bytes=max_bytes)
        if found is not None:
            with self._lock:
                self._photos[key] = photo
                while len(self._photos) > self._kept:
                    self._photos.popitem(last=False)
        return photo

    def prepare_for(self, path: Path, name: str, caps: Capabilities, max_side: int) -> PreparedPhoto:
        """Prepared within what the provider takes (``caps``) and at most ``max_side`` pixels a side."""
        return self.prepare(path, name, max_side=min(max_side, caps.max_upload_side), max_bytes=caps.max_upload_bytes)
