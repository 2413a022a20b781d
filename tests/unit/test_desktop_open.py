"""Opening files and folders: the child's environment, and a real opener process on PATH."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

import pytest

from headshot_desktop.errors import HeadshotError
from headshot_desktop.system import desktop_open
from headshot_desktop.system.desktop_open import child_env, open_path, reveal_in_folder

BUNDLE = "/opt/headshot-desktop/_internal"


def test_frozen_restores_the_original_library_path() -> None:
    env = child_env({"LD_LIBRARY_PATH": BUNDLE, "LD_LIBRARY_PATH_ORIG": "/usr/local/lib", "HOME": "/h"}, frozen=True)
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib", "HOME": "/h"}


def test_frozen_without_an_original_removes_the_variable() -> None:
    env = child_env({"LD_LIBRARY_PATH": BUNDLE, "PATH": "/usr/bin"}, frozen=True)
    assert env == {"PATH": "/usr/bin"}


def test_frozen_keeps_an_empty_original() -> None:
    assert child_env({"LD_LIBRARY_PATH": BUNDLE, "LD_LIBRARY_PATH_ORIG": ""}, frozen=True) == {"LD_LIBRARY_PATH": ""}


def test_not_frozen_is_an_untouched_copy() -> None:
    environ = {"LD_LIBRARY_PATH": "/mine", "LD_LIBRARY_PATH_ORIG": "/other"}
    env = child_env(environ, frozen=False)
    assert env == environ and env is not environ


# -- a real opener: a fake xdg-open first on PATH records what it was given -------------

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-open is the Linux opener")

FAKE_OPENER = f"""#!{sys.executable}
import json, os, sys
with open(os.environ["RECORD"], "w") as out:
    json.dump({{"argv": sys.argv, "ld": os.environ.get("LD_LIBRARY_PATH")}}, out)
"""


@pytest.fixture
def fake_xdg_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    opener = bin_dir / "xdg-open"
    opener.write_text(FAKE_OPENER)
    opener.chmod(0o755)
    record = tmp_path / "record.json"
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    monkeypatch.setenv("RECORD", str(record))
    return record


def _wait_for(record: Path) -> dict:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if record.exists() and record.stat().st_size:
            try:
                return json.loads(record.read_text())
            except ValueError:
                pass  # still being written
        time.sleep(0.02)
    raise AssertionError("the opener never ran")


@linux_only
def test_open_path_in_a_frozen_app_gives_the_opener_the_original_library_path(
    fake_xdg_open: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", BUNDLE)
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    photo = tmp_path / "my photo; rm -rf ~.png"  # no shell: the name reaches the opener as is
    photo.write_bytes(b"x")

    assert open_path(photo) is True
    seen = _wait_for(fake_xdg_open)
    assert seen["argv"][1:] == [str(photo)]
    assert seen["ld"] == "/usr/local/lib"


@linux_only
def test_open_path_from_source_leaves_the_library_path_alone(
    fake_xdg_open: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/my/libs")
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)

    assert open_path(tmp_path) is True
    seen = _wait_for(fake_xdg_open)
    assert seen["argv"][1:] == [str(tmp_path)] and seen["ld"] == "/my/libs"


@linux_only
def test_reveal_opens_the_folder_that_holds_the_file(fake_xdg_open: Path, tmp_path: Path) -> None:
    photo = tmp_path / "Headshots" / "a.png"
    photo.parent.mkdir()
    photo.write_bytes(b"x")

    assert reveal_in_folder(photo) is True
    assert _wait_for(fake_xdg_open)["argv"][1:] == [str(photo.parent)]


@linux_only
def test_missing_opener_returns_false_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing in it
    with caplog.at_level(logging.WARNING, logger=desktop_open.__name__):
        assert open_path(tmp_path) is False
    assert "xdg-open is not installed" in caplog.text


@linux_only
def test_reveal_without_an_opener_says_which_folder_and_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    photo = tmp_path / "Headshots" / "a.png"
    photo.parent.mkdir()
    photo.write_bytes(b"x")
    with pytest.raises(HeadshotError) as info:
        reveal_in_folder(photo)
    said = info.value.user_text()
    assert str(photo.parent) in said and "xdg-open is not installed" in said and said.count(".") >= 2


# What xdg-open does on a desktop without a file manager: it says so and ends with code 3.
NO_FILE_MANAGER = f"""#!{sys.executable}
import sys
print("xdg-open: no method available for opening " + sys.argv[1], file=sys.stderr)
sys.exit(3)
"""


@linux_only
def test_reveal_without_a_file_manager_says_which_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "xdg-open").write_text(NO_FILE_MANAGER)
    (bin_dir / "xdg-open").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    folder = tmp_path / "My Headshots"
    folder.mkdir()
    with pytest.raises(HeadshotError) as info:
        reveal_in_folder(folder / "missing-is-fine.png")
    assert str(folder) in info.value.message and "file manager" in info.value.user_text()
