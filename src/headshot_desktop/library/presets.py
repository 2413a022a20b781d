"""The export presets and formats: plain data the command line's options and the export dialog list at start-up.

Kept apart from ``export``, which needs Pillow: listing them must not load an image library.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportPreset:
    id: str
    label: str
    size: tuple[int, int] | None  # None: keep the image's own size and shape


PRESETS: dict[str, ExportPreset] = {
    p.id: p
    for p in (
        ExportPreset("linkedin", "LinkedIn (400 × 400)", (400, 400)),
        ExportPreset("square", "Square (1024 × 1024)", (1024, 1024)),
        ExportPreset("portrait", "Portrait 4:5 (1080 × 1350)", (1080, 1350)),
        ExportPreset("original", "Original size", None),
    )
}
# format id -> (Pillow format, extension)
FORMATS: dict[str, tuple[str, str]] = {"png": ("PNG", ".png"), "jpeg": ("JPEG", ".jpg"), "webp": ("WEBP", ".webp")}
FORMAT_ALIASES = {"jpg": "jpeg"}
DEFAULT_TEMPLATE = "{date} {style} {n}"
TEMPLATE_FIELDS = ("date", "time", "style", "n", "original", "preset")
