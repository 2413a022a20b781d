"""The export settings of #18: the AI label on unless turned off, the team page's size set once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from headshot_desktop.library.presets import load_presets
from headshot_desktop.system.settings import Settings, SettingsStore


def test_the_ai_label_is_on_and_the_team_page_is_600_by_default(tmp_path: Path) -> None:
    settings = SettingsStore(tmp_path / "settings.json").load()
    assert settings.export_ai_label is True and settings.team_page_size == [600, 600]


def test_both_are_remembered(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(export_ai_label=False, team_page_size=[400, 500]))
    loaded = store.load()
    assert loaded.export_ai_label is False and loaded.team_page_size == [400, 500]
    assert load_presets(tmp_path, team_page=tuple(loaded.team_page_size))["team-page"].size == (400, 500)


@pytest.mark.parametrize("bad", [[600], [600, "600"], [0, 600], [600, 99999], "600x600", [True, 600]])
def test_a_bad_team_page_size_falls_back(tmp_path: Path, bad: object) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"team_page_size": bad, "export_ai_label": "no", "theme": "dark"}))
    loaded = SettingsStore(path).load()
    assert loaded.team_page_size == [600, 600] and loaded.export_ai_label is True and loaded.theme == "dark"
