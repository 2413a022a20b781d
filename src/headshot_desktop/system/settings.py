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
DETAIL_LEVELS = ("low", "medium", "high")
SHAPES = ("", "portrait", "square", "landscape")  # "": the style's own shape
ORIGINALS_RETENTION = ("keep", "delete_after_generating", "delete_after_days")
MAX_LOG_RETENTION_DAYS = 365
TEAM_PAGE_SIZE = (600, 600)
TEAM_PAGE_SIDES = range(16, 20_001)  # as a preset's sides (library/presets.py)
# Settings written before there were providers named things by one provider's words.
LEGACY_NAMES = {"quality": "detail", "orientation": "shape", "partial_previews": "previews"}


@dataclass
class Settings:
    """The person's choices, as saved in settings.json."""

    provider: str = ""  # empty: the default provider
    # One section per provider id: {"model": "...", "options": {option id: value}}
    providers: dict[str, dict[str, Any]] = field(default_factory=dict)
    library_dir: str = ""  # empty: <pictures>/Headshot Desktop
    variants: int = 2
    detail: str = "medium"
    shape: str = "portrait"
    previews: int = 2
    keep_features: list[str] = field(default_factory=list)  # features to keep (core/likeness.py), in every prompt
    keep_text: str = ""  # and what else to keep, in the person's own words
    theme: str = "system"
    language: str = ""  # empty: the system's language (ui/languages.py); applies at the next start
    privacy_accepted: bool = False  # the first-run notice (and the age notice) was accepted
    accepted_providers: list[str] = field(default_factory=list)  # whose privacy terms were shown and accepted
    age_confirmed: bool = False
    originals_retention: str = "keep"
    originals_retention_days: int = 30
    log_retention_days: int = 90
    last_export_dir: str = ""
    export_preset: str = "linkedin"
    export_format: str = "png"
    # The "made with AI" label in exported files (library/provenance.py): on unless the person turns it off.
    export_ai_label: bool = True
    team_page_size: list[int] = field(default_factory=lambda: list(TEAM_PAGE_SIZE))  # the team-page preset's size
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    extra: dict[str, Any] = field(default_factory=dict)

    def provider_section(self, provider_id: str) -> dict[str, Any]:
        """A copy of the provider's own settings: ``model`` (str), ``options`` (str -> str), and for a
        provider on the person's own server its ``address`` and the plain-http addresses they ``trusted``."""
        section = self.providers.get(provider_id) or {}
        return {"model": section.get("model", ""), "options": dict(section.get("options", {})),
                "address": section.get("address", ""), "trusted": list(section.get("trusted", []))}  # fmt: skip

    def set_provider_section(self, provider_id: str, *, model: str | None = None,
                             options: dict[str, str] | None = None, address: str | None = None,
                             trusted: list[str] | None = None) -> None:  # fmt: skip
        section = self.provider_section(provider_id)
        if model is not None:
            section["model"] = model
        if options is not None:
            section["options"] = dict(options)
        if address is not None:
            section["address"] = address.strip()
        if trusted is not None:
            section["trusted"] = list(dict.fromkeys(trusted))
        # A server's address and trust are stored only for the providers that have them.
        self.providers = {**self.providers, provider_id: {k: v for k, v in section.items()
                                                          if k in ("model", "options") or v}}  # fmt: skip

    def validated(self) -> Settings:
        """A copy with every out-of-range value replaced by its default."""
        d = Settings()
        s = dataclasses.replace(self)
        if s.theme not in THEMES:
            s.theme = d.theme
        if s.detail not in DETAIL_LEVELS:
            s.detail = d.detail
        if s.shape not in SHAPES:
            s.shape = d.shape
        if not 1 <= s.variants <= 4:
            s.variants = d.variants
        if not 0 <= s.previews <= 3:
            s.previews = d.previews
        if s.originals_retention not in ORIGINALS_RETENTION:
            s.originals_retention = d.originals_retention
        if s.originals_retention_days < 1:
            s.originals_retention_days = d.originals_retention_days
        s.log_retention_days = min(max(s.log_retention_days, 1), MAX_LOG_RETENTION_DAYS)
        s.providers = {k: _clean_section(v) for k, v in s.providers.items() if isinstance(k, str)}
        s.accepted_providers = [p for p in s.accepted_providers if isinstance(p, str)]
        # Unknown feature ids are dropped where they are read (services/options.py): the list is core's.
        s.keep_features = (
            [f for f in s.keep_features if isinstance(f, str)] if isinstance(s.keep_features, list) else []
        )
        s.keep_text = s.keep_text if isinstance(s.keep_text, str) else ""
        size = s.team_page_size
        if not (len(size) == 2 and all(type(v) is int and v in TEAM_PAGE_SIDES for v in size)):
            s.team_page_size = list(TEAM_PAGE_SIZE)
        return s


def _clean_section(section: object) -> dict[str, Any]:
    raw: dict[str, Any] = section if isinstance(section, dict) else {}
    model = raw.get("model") if isinstance(raw.get("model"), str) else ""
    found = raw.get("options")
    options: dict[Any, Any] = found if isinstance(found, dict) else {}
    address = raw.get("address") if isinstance(raw.get("address"), str) else ""
    found_trusted = raw.get("trusted")
    trusted = [t for t in found_trusted if isinstance(t, str)] if isinstance(found_trusted, list) else []
    clean = {"model": model, "options": {k: v for k, v in options.items() if isinstance(k, str) and isinstance(v, str)}}
    return {**clean, **({"address": address} if address else {}), **({"trusted": trusted} if trusted else {})}


def migrate(raw: dict[str, Any], legacy_provider: str) -> dict[str, Any]:
    """A settings file from before providers, read as today's: nothing the person chose is lost."""
    raw = dict(raw)
    for old, new in LEGACY_NAMES.items():
        if old in raw and new not in raw:
            raw[new] = raw.pop(old)
    if legacy_provider and "providers" not in raw and ("model" in raw or raw.get("privacy_accepted")):
        raw["providers"] = {legacy_provider: {"model": raw.get("model") or "", "options": {}}}
        if raw.get("privacy_accepted") is True and "accepted_providers" not in raw:
            raw["accepted_providers"] = [legacy_provider]
    raw.pop("model", None)
    return raw


def _from_dict(raw: dict[str, Any], legacy_provider: str = "") -> Settings:
    raw = migrate(raw, legacy_provider)
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
    """``legacy_provider``: the provider a settings file from before providers was written for."""

    def __init__(self, path: Path, notices: list[str] | None = None, legacy_provider: str = "") -> None:
        self.path = path
        self.notices = notices if notices is not None else []
        self.legacy_provider = legacy_provider

    def load(self) -> Settings:
        raw = read_json_object(self.path, self.notices)
        return Settings() if raw is None else _from_dict(raw, self.legacy_provider)

    def save(self, settings: Settings) -> None:
        data = dataclasses.asdict(settings.validated())
        atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
