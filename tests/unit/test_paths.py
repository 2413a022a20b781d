from __future__ import annotations

from pathlib import Path

import pytest

from headshot_desktop.system.paths import AppPaths


def test_paths_follow_xdg(home: Path) -> None:
    paths = AppPaths.from_platform()
    assert paths.config_dir == home / ".config" / "headshot-desktop"
    assert paths.cache_dir == home / ".cache" / "headshot-desktop"
    assert paths.state_dir == home / ".local" / "state" / "headshot-desktop"
    assert paths.log_dir.is_relative_to(paths.state_dir)
    assert paths.library_dir == home / "Pictures" / "Headshot Desktop"
    assert paths.settings_file.parent == paths.config_dir


def test_library_follows_pictures_dir(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_PICTURES_DIR", str(home / "Bilder"))
    assert AppPaths.from_platform().library_dir == home / "Bilder" / "Headshot Desktop"


def test_library_from_user_dirs_file(home: Path) -> None:
    (home / ".config").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text('XDG_PICTURES_DIR="$HOME/Fotos"\n')
    assert AppPaths.from_platform().library_dir == home / "Fotos" / "Headshot Desktop"


def test_library_override_order(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEADSHOT_DESKTOP_LIBRARY", str(home / "from-env"))
    assert AppPaths.from_platform().library_dir == home / "from-env"
    assert AppPaths.from_platform(home / "arg").library_dir == home / "arg"
    assert AppPaths.from_platform().with_library("~/x").library_dir == home / "x"
