from __future__ import annotations

import json
from pathlib import Path

from headshot_desktop.system.settings import Settings, SettingsStore


def test_defaults_when_missing(tmp_path: Path) -> None:
    assert SettingsStore(tmp_path / "settings.json").load() == Settings()


def test_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "cfg" / "settings.json")
    settings = Settings(theme="dark", variants=3, model="gpt-image-2", privacy_accepted=True)
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
    path.write_text(json.dumps({"theme": "purple", "variants": True, "quality": "high", "log_retention_days": 9999}))
    loaded = SettingsStore(path).load()
    assert loaded.theme == "system"
    assert loaded.variants == 2
    assert loaded.quality == "high"
    assert loaded.log_retention_days == 365
