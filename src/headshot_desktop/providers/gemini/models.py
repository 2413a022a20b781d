"""Which Gemini models make images, what each takes, and which one to use by default.

Model ids move (``-preview`` comes and goes, new versions appear), so none is
hard-coded as the one to use: ``GET /{version}/models`` says what the key may use,
and the newest Flash image model wins. The family (version and tier, read from the
id) says which image sizes it takes and how many photos of the person it reads well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from headshot_desktop.core.results import ModelInfo

DEFAULT_MODEL_FOR_ESTIMATES = "gemini-3.1-flash-image-preview"

_IMAGE_ID = re.compile(r"^gemini-(?P<major>\d+)(?:\.(?P<minor>\d+))?-(?P<tier>flash-lite|flash|pro)-image(?P<rest>.*)$")


@dataclass(frozen=True)
class Family:
    version: tuple[int, int]
    tier: str  # "flash", "flash-lite" or "pro"
    preview: bool

    @property
    def image_sizes(self) -> tuple[str, ...]:
        """The ``imageConfig.imageSize`` values it takes, smallest first; () when it takes none."""
        if self.version < (3, 0):
            return ()  # 2.5 Flash Image makes ~1 megapixel only and refuses the field
        if self.version >= (3, 1) and self.tier == "flash":
            return ("512", "1K", "2K", "4K")
        return ("1K", "2K", "4K")

    @property
    def reference_photos(self) -> int:
        """Further photos of the same person it reads well, besides the main one."""
        return 2 if self.version < (3, 0) else 4


def family(model_id: str) -> Family | None:
    match = _IMAGE_ID.match(model_id.removeprefix("models/"))
    if match is None:
        return None
    version = (int(match["major"]), int(match["minor"] or 0))
    return Family(version, match["tier"], "preview" in match["rest"])


def family_or_default(model_id: str) -> Family:
    found = family(model_id or DEFAULT_MODEL_FOR_ESTIMATES)
    return found if found is not None else Family((3, 0), "flash", False)  # unknown: what every 3.x model takes


def is_edit_model(entry: dict[str, object]) -> bool:
    """A Gemini image model served through generateContent (Imagen's ``predict`` models do not edit)."""
    name = entry.get("name")
    methods = entry.get("supportedGenerationMethods")
    return (isinstance(name, str) and family(name) is not None and isinstance(methods, list)
            and "generateContent" in methods)  # fmt: skip


def parse_page(payload: object) -> tuple[list[ModelInfo], str]:
    """The image models on one page of ``GET models``, and the token of the next page ("" at the end)."""
    from headshot_desktop.core.results import ModelInfo  # an answer's type: not needed to start the window

    entries = payload.get("models") if isinstance(payload, dict) else None
    found = [
        ModelInfo(str(entry["name"]).removeprefix("models/"))
        for entry in (entries if isinstance(entries, list) else [])
        if isinstance(entry, dict) and is_edit_model(entry)
    ]
    token = payload.get("nextPageToken") if isinstance(payload, dict) else None
    return found, token if isinstance(token, str) else ""


def newest_first(models: Iterable[ModelInfo]) -> list[ModelInfo]:
    return sorted(models, key=_newness, reverse=True)


def _newness(model: ModelInfo) -> tuple[tuple[int, int], int, int, str]:
    # A newer version first; at one version a released model beats its preview; then the plain id.
    found = family(model.id)
    if found is None:
        return ((0, 0), 0, 0, model.id)
    return (found.version, 0 if found.preview else 1, -len(model.id), model.id)


def choose_default(models: Iterable[ModelInfo]) -> ModelInfo | None:
    """The newest Flash image model (quick and cheap), else the newest image model; None when there is none."""
    ranked = newest_first(models)
    flash = [m for m in ranked if (f := family(m.id)) is not None and f.tier == "flash"]
    best = flash or ranked
    return best[0] if best else None
