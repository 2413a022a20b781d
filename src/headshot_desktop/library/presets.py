"""The export presets and formats: plain data the command line's options and the export dialog list at start-up.

The built-in presets are data (``resources/export_presets.json``); the person may add their own in
``<config>/export_presets.json``, in the same form. Kept apart from ``export``, which needs Pillow:
listing them must not load an image library.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from headshot_desktop.errors import ConfigError
from headshot_desktop.system.config_files import add_notice, read_json_object, reason_of, set_aside
from headshot_desktop.system.resources import resource_text
from headshot_desktop.translatable import N_, Template

RESOURCE = "export_presets.json"
USER_PRESETS_FILE = "export_presets.json"  # in the config folder
TEAM_PAGE = "team-page"  # its size is the person's, from the settings
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")
MIN_SIDE, MAX_SIDE = 16, 20_000
MIN_BYTES = 10_000


@dataclass(frozen=True)
class ExportPreset:
    id: str
    label: str  # what a list shows: "LinkedIn (800 × 800)"
    size: tuple[int, int] | None  # None: keep the image's own size and shape
    dpi: int | None = None  # written in the file (a print's size on paper)
    max_bytes: int | None = None  # JPEG/WebP quality is lowered until the file fits
    format: str | None = None  # the destination's preferred format ("jpeg" for LinkedIn), None: any
    round_preview: bool = False  # the destination shows it as a circle
    custom: bool = False  # the person's own, from their config folder
    name: str = ""  # the label without the size: "Print 8 × 10"

    @property
    def title(self) -> str:
        return self.name or self.label


def aspect(preset: ExportPreset) -> float | None:
    """Width / height of the preset's frame; None for a preset that keeps the image's own shape."""
    if preset.size is None:
        return None
    return preset.size[0] / preset.size[1]


def _label(name: str, size: tuple[int, int] | None, dpi: int | None) -> str:
    if size is None:
        return name
    if dpi:
        with_dpi = N_("presets", "{name} ({width} × {height}, {dpi} dpi)")
        return with_dpi.format(name=name, width=size[0], height=size[1], dpi=dpi)
    return N_("presets", "{name} ({width} × {height})").format(name=name, width=size[0], height=size[1])


def _int(raw: dict[str, Any], key: str, low: int, high: int) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if type(value) is not int or not low <= value <= high:
        raise ValueError(
            N_("presets", "its {key} {value} is not a whole number from {low} to {high}").format(
                key=key, value=repr(value), low=low, high=high
            )
        )
    return value


def preset_from_json(raw: object, *, custom: bool) -> ExportPreset:
    """One preset from its JSON object; ``ValueError`` with the reason in words."""
    if not isinstance(raw, dict):
        raise ValueError(N_("presets", "an entry is not a JSON object"))
    preset_id = raw.get("id")
    if not isinstance(preset_id, str) or not _ID.match(preset_id):
        raise ValueError(
            N_("presets", "the id {id} is not lower-case letters, digits and dashes").format(id=repr(preset_id))
        )
    name = raw.get("name", raw.get("label", preset_id))
    if not isinstance(name, str) or not name.strip():
        raise ValueError(N_("presets", "the preset {id} has no name").format(id=repr(preset_id)))
    found = raw.get("size")
    size: tuple[int, int] | None = None
    if found is not None:
        if not (isinstance(found, list) and len(found) == 2 and all(type(v) is int for v in found)
                and all(MIN_SIDE <= v <= MAX_SIDE for v in found)):  # fmt: skip
            raise ValueError(
                N_("presets", "the size of {id} is not [width, height] from {low} to {high}").format(
                    id=repr(preset_id), low=MIN_SIDE, high=MAX_SIDE
                )
            )
        size = (found[0], found[1])
    dpi = _int(raw, "dpi", 1, 2400)
    max_bytes = _int(raw, "max_bytes", MIN_BYTES, 1 << 34)
    fmt = raw.get("format")
    if fmt is not None:
        fmt = FORMAT_ALIASES.get(str(fmt).lower(), str(fmt).lower())
        if fmt not in FORMATS:
            raise ValueError(N_("presets", "the format of {id} is not png, jpeg or webp").format(id=repr(preset_id)))
    round_preview = raw.get("round_preview", False)
    if not isinstance(round_preview, bool):
        raise ValueError(N_("presets", "round_preview of {id} is not true or false").format(id=repr(preset_id)))
    # A built-in name is a marked text (listed in preset_words.py), so the window can translate it.
    name = name.strip() if custom else Template("presets", name.strip())
    return ExportPreset(preset_id, _label(name, size, dpi), size, dpi, max_bytes, fmt, round_preview,
                        custom, name)  # fmt: skip


def _entries(raw: dict[str, Any]) -> list[Any]:
    entries = raw.get("presets")
    if not isinstance(entries, list):
        raise ValueError(N_("presets", 'it has no "presets" list'))
    return entries


def load_builtin_presets() -> dict[str, ExportPreset]:
    raw = json.loads(resource_text(RESOURCE))
    presets = (preset_from_json(entry, custom=False) for entry in _entries(raw))
    return {p.id: p for p in presets}


def with_team_page(presets: dict[str, ExportPreset], size: tuple[int, int] | None) -> dict[str, ExportPreset]:
    """``presets`` with the team page at the size the person set (``None``: as shipped)."""
    found = presets.get(TEAM_PAGE)
    if found is None or size is None or found.size == tuple(size):
        return presets
    size = (int(size[0]), int(size[1]))
    return {**presets, TEAM_PAGE: replace(found, size=size, label=_label(found.title, size, found.dpi))}


def load_presets(config_dir: Path | None = None, *, team_page: tuple[int, int] | None = None,
                 notices: list[str] | None = None) -> dict[str, ExportPreset]:  # fmt: skip
    """The built-in presets, then the person's own from ``<config_dir>/export_presets.json``.

    A damaged file is set aside (``export_presets.json.bad``) with a sentence in ``notices``, as a
    damaged styles file is; an own preset with a built-in's id is left out, and said so.
    """
    notices = notices if notices is not None else []
    presets = with_team_page(dict(PRESETS), team_page)
    if config_dir is None:
        return presets
    path = Path(config_dir) / USER_PRESETS_FILE
    raw = read_json_object(path, notices)
    if raw is None:
        return presets
    try:
        own = [preset_from_json(entry, custom=True) for entry in _entries(raw)]
    except ValueError as err:
        set_aside(path, reason_of(err), notices)
        return presets
    for preset in own:
        if preset.id in presets:
            left_out = N_("presets", "{path}: the preset {preset} has the id of a built-in preset and was left out.")
            add_notice(notices, left_out.format(path=path, preset=repr(preset.id)))
            continue
        presets[preset.id] = preset
    return presets


def find_preset(preset_id: str, presets: dict[str, ExportPreset] | None = None) -> ExportPreset:
    """The preset called ``preset_id``; ``ConfigError`` naming the ones there are."""
    presets = PRESETS if presets is None else presets
    found = presets.get(preset_id)
    if found is None:
        raise ConfigError(
            N_("presets", "There is no export size called {preset}.").format(preset=repr(preset_id)),
            hint=N_("presets", "Choose {presets}.").format(presets=", ".join(presets)),
        )
    return found


class NeedsMorePixels(ConfigError):
    """The preset needs more pixels than the framed part of the headshot has; enlarging is the person's choice."""

    def __init__(self, preset: ExportPreset, needed: tuple[int, int], available: tuple[int, int],
                 source_size: tuple[int, int] | None = None) -> None:  # fmt: skip
        self.preset, self.needed, self.available = preset, needed, available
        self.source_size = source_size or available
        sizes = {"preset": preset.title, "width": needed[0], "height": needed[1],
                 "has_width": self.source_size[0], "has_height": self.source_size[1]}  # fmt: skip
        if self.source_size == available:
            message = N_("presets", "{preset} needs {width} × {height} pixels; this headshot has "
                         "{has_width} × {has_height}.").format(**sizes)  # fmt: skip
        else:
            message = N_("presets", "{preset} needs {width} × {height} pixels; this headshot has "
                         "{has_width} × {has_height}, and the framed part {framed_width} × {framed_height}."
                         ).format(**sizes, framed_width=available[0], framed_height=available[1])  # fmt: skip
        super().__init__(
            message,
            hint=N_(
                "presets",
                "Make it again in high detail at a larger size, or enlarge it anyway: a plain "
                "enlargement (Lanczos) looks softer and adds no detail.",
            ),  # fmt: skip
        )


# How far a crop may fall short of the preset before it counts as an enlargement: a crop dragged a pixel
# or two narrower than the frame is not worth a question.
UPSCALE_TOLERANCE = 1.01


def shortfall(preset: ExportPreset, available: tuple[int, int],
              source_size: tuple[int, int] | None = None) -> NeedsMorePixels | None:  # fmt: skip
    """The error to raise when ``available`` pixels (the crop's) are too few for ``preset``, else None."""
    if preset.size is None:
        return None
    width, height = preset.size
    if width <= available[0] * UPSCALE_TOLERANCE and height <= available[1] * UPSCALE_TOLERANCE:
        return None
    return NeedsMorePixels(preset, preset.size, available, source_size)


# format id -> (Pillow format, extension)
FORMATS: dict[str, tuple[str, str]] = {"png": ("PNG", ".png"), "jpeg": ("JPEG", ".jpg"), "webp": ("WEBP", ".webp")}
FORMAT_ALIASES = {"jpg": "jpeg"}
DEFAULT_TEMPLATE = "{date} {style} {n}"
TEMPLATE_FIELDS = ("date", "time", "style", "n", "original", "preset")
PRESETS: dict[str, ExportPreset] = load_builtin_presets()
