from __future__ import annotations

import json
from pathlib import Path

from headshot_desktop.system.settings import Settings, SettingsStore


def test_defaults_when_missing(tmp_path: Path) -> None:
    assert SettingsStore(tmp_path / "settings.json").load() == Settings()


def test_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "cfg" / "settings.json")
    settings = Settings(theme="dark", variants=3, privacy_accepted=True, provider="openai")
    settings.set_provider_section("openai", model="gpt-image-2", options={"output_format": "webp"})
    store.save(settings)
    assert store.load() == settings
    assert json.loads(store.path.read_text())["theme"] == "dark"


def test_damaged_file_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert SettingsStore(path).load() == Settings()
    assert (tmp_path / "settings.json.bad").read_text() == "{not json"
    assert not path.exists()


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "purple", "variants": True, "detail": "high", "log_retention_days": 9999,
                                "providers": {"x": {"model": 3, "options": {"a": "b", "c": 4}}}}))  # fmt: skip
    loaded = SettingsStore(path).load()
    assert loaded.theme == "system"
    assert loaded.variants == 2
    assert loaded.detail == "high"
    assert loaded.providers == {"x": {"model": "", "options": {"a": "b"}}}
    assert loaded.log_retention_days == 365


# Written by Headshot Desktop 0.1.0 before there were several providers (a real file of that version).
OLD_SETTINGS = {
    "age_confirmed": True,
    "export_format": "jpeg",
    "export_preset": "square",
    "extra": {"last_style": "legal"},
    "last_export_dir": "/home/ana/Exports",
    "library_dir": "",
    "log_retention_days": 30,
    "model": "gpt-image-1.5",
    "orientation": "square",
    "originals_retention": "delete_after_days",
    "originals_retention_days": 14,
    "partial_previews": 1,
    "privacy_accepted": True,
    "quality": "high",
    "theme": "dark",
    "variants": 3,
    "window_geometry": "AdnQywADAAA=",
}


def test_settings_from_before_providers_are_migrated_with_nothing_lost(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(OLD_SETTINGS, indent=2, sort_keys=True) + "\n")
    store = SettingsStore(path, legacy_provider="openai")
    loaded = store.load()
    assert loaded.provider_section("openai") == {"model": "gpt-image-1.5", "options": {}, "address": "", "trusted": []}
    assert (loaded.detail, loaded.shape, loaded.previews, loaded.variants) == ("high", "square", 1, 3)
    assert loaded.privacy_accepted and loaded.accepted_providers == ["openai"] and loaded.age_confirmed
    assert (loaded.theme, loaded.export_format, loaded.export_preset) == ("dark", "jpeg", "square")
    assert (loaded.originals_retention, loaded.originals_retention_days, loaded.log_retention_days) == (
        "delete_after_days",
        14,
        30,
    )
    assert loaded.last_export_dir == "/home/ana/Exports" and loaded.extra == {"last_style": "legal"}
    assert loaded.window_geometry == "AdnQywADAAA="
    store.save(loaded)
    again = store.load()
    assert again == loaded
    saved = json.loads(path.read_text())
    assert "model" not in saved and "quality" not in saved and saved["providers"]["openai"]["model"] == "gpt-image-1.5"
