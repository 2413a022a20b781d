"""The person's settings: a small JSON file in the config folder, written atomically.

A missing file means defaults. A damaged file is set aside (``settings.json.bad``)
and defaults are used, so a bad edit never stops the app from starting.
Values of the wrong type fall back to their default one by one.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from headshot_desktop.system.atomic import atomic_write_text
from headshot_desktop.system.config_files import read_json_object

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
QUALITIES = ("low", "medium", "high")
ORIGINALS_RETENTION = ("keep", "delete_after_generating", "delete_after_days")
MAX_LOG_RETENTION_DAYS = 365


@dataclass
class Settings:
    model: str = ""  # empty: the newest image model the key can use
    library_dir: str = ""  # empty: <pictures>/Headshot Desktop
    variants: int = 2
    quality: str = "medium"
    orientation: str = "portrait"  # portrait (1024x1536) or square (1024x1024)
    partial_previews: int = 2
    theme: str = "system"
    privacy_accepted: bool = False
    age_confirmed: bool = False
    originals_retention: str = "keep"
    originals_retention_days: int = 30
    log_retention_days: int = 90
    last_export_dir: str = ""
    export_preset: str = "linkedin"
    export_format: str = "png"
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    extra: dict[str, Any] = field(default_factory=dict)

    def validated(self) -> Settings:
        """A copy with every out-of-range value replaced by its default."""
        d = Settings()
        s = dataclasses.replace(self)
        if s.theme not in THEMES:
            s.theme = d.theme
        if s.quality not in QUALITIES:
            s.quality = d.quality
        if s.orientation not in ("portrait", "square"):
            s.orientation = d.orientation
        if not 1 <= s.variants <= 4:
            s.variants = d.variants
        if not 0 <= s.partial_previews <= 3:
            s.partial_previews = d.partial_previews
        if s.originals_retention not in ORIGINALS_RETENTION:
            s.originals_retention = d.originals_retention
        if s.originals_retention_days < 1:
            s.originals_retention_days = d.originals_retention_days
        s.log_retention_days = min(max(s.log_retention_days, 1), MAX_LOG_RETENTION_DAYS)
        return s


def _from_dict(raw: dict[str, Any]) -> Settings:
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Settings):
        if f.name not in raw:
            continue
        value, default = raw[f.name], getattr(defaults, f.name)
        # bool is a subclass of int: check it first so True never becomes a count.
        if isinstance(default, bool) != isinstance(value, bool) or not isinstance(value, type(default)):
            log.warning("setting %s has the wrong type; using the default", f.name)
            continue
        values[f.name] = value
    return Settings(**values).validated()


class SettingsStore:
    def __init__(self, path: Path, notices: list[str] | None = None) -> None:
        self.path = path
        self.notices = notices if notices is not None else []

    def load(self) -> Settings:
        raw = read_json_object(self.path, self.notices)
        return Settings() if raw is None else _from_dict(raw)

    def save(self, settings: Settings) -> None:
        data = dataclasses.asdict(settings.validated())
        atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
