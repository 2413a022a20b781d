"""The installed entry point starts the real window, offscreen and on a real X server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from headshot_desktop import __version__
from tests.support.xvfb import xvfb_display


def run_app(*args: str, env_extra: dict[str, str] | None = None, timeout: int = 60):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "headshot_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def test_version() -> None:
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"headshot-desktop {__version__}"


def test_help_has_examples() -> None:
    result = run_app("--help")
    assert result.returncode == 0 and "examples:" in result.stdout


def test_unknown_option_is_usage_error() -> None:
    result = run_app("--no-such-option")
    assert result.returncode == 2 and "usage:" in result.stderr


def _assert_startup_ok(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stderr
    ms = int(result.stdout.strip())
    assert 0 < ms < 60_000


def test_startup_check_offscreen(home: Path) -> None:
    _assert_startup_ok(run_app("--startup-check", env_extra={"QT_QPA_PLATFORM": "offscreen"}))
    # It used the temporary HOME: the log's folder and the settings landed there (the log file itself
    # is made at the first record, and a start with nothing to say writes none).
    assert (home / ".local/state/headshot-desktop/log").is_dir()
    assert (home / ".config/headshot-desktop/settings.json").exists()


@pytest.mark.xvfb
def test_startup_check_on_xvfb() -> None:
    with xvfb_display() as display:
        env = {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        _assert_startup_ok(run_app("--startup-check", env_extra=env))


def test_photo_path_opens_the_window_with_it(tmp_path: Path) -> None:
    """The desktop file runs ``headshot-desktop %F``: a file argument is a photo, not a command."""
    from headshot_desktop.cli import COMMAND_NAMES, build_parser, split_photos

    photo = tmp_path / "me.jpg"
    photo.write_bytes(b"x")
    names = build_parser().get_default("command_names")
    assert names == COMMAND_NAMES  # the window's start knows every command without loading their modules
    assert split_photos([str(photo)], names) == ([photo], [])
    assert split_photos(["styles", "--json"], names) == ([], ["styles", "--json"])
    assert split_photos([str(tmp_path / "missing.jpg")], names)[0] == []
    result = run_app(str(photo), "--startup-check", env_extra={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
