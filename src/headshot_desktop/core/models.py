"""Plain data passed between the layers."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo ready to leave the computer: pixels only, no metadata at all."""

    data: bytes  # the encoded image
    mime_type: str  # "image/png" or "image/jpeg"
    width: int
    height: int
    source_name: str  # the file name (or "pasted image", "camera frame") for messages
    content_hash: str  # sha256 hex of data (pixels only, deterministic encoder): same photo, same hash
    notices: tuple[str, ...] = field(default=())  # e.g. "animated GIF: the first frame was used"

    @property
    def extension(self) -> str:
        return {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}[self.mime_type]
