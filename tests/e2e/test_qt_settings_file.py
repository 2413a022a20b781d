"""Qt's own settings file: the file dialog's history stays in the app's folders and goes with "Delete all"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.settings import Settings, SettingsStore
from tests.e2e.test_cli import cli

ROOT = Path(__file__).resolve().parents[2]


def _open_and_cancel_a_file_dialog() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.support.file_dialog_app"], capture_output=True, text=True,
                          env=env, timeout=120, cwd=ROOT, stdin=subprocess.DEVNULL)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr


@pytest.mark.skipif(
    sys.platform in ("win32", "darwin"),
    reason="there Qt keeps its settings in the registry or the preferences, which it cannot move",
)
def test_the_file_dialog_writes_nothing_outside_the_apps_folders(home: Path) -> None:
    paths = AppPaths.from_platform()
    # As after the first-run notice, so the window opens straight onto Create.
    SettingsStore(paths.settings_file).save(Settings(privacy_accepted=True, age_confirmed=True,
                                                     accepted_providers=["openai"]))  # fmt: skip
    _open_and_cancel_a_file_dialog()

    config = Path(os.environ["XDG_CONFIG_HOME"])
    assert not (config / "QtProject.conf").exists(), "Qt wrote the file dialog's history to ~/.config/QtProject.conf"
    ours = [p for p in paths.config_dir.rglob("*") if p.is_file() and p != paths.settings_file]
    assert [p.name for p in ours] == ["QtProject.conf"], "Qt's settings belong in the app's config folder"
    assert "FileDialog" in ours[0].read_text()

    done = cli("library", "delete-data", "--yes")
    assert done.returncode == 0, done.stderr
    assert not paths.config_dir.exists()
    assert [p for p in config.rglob("*") if p.is_file()] == []
