"""The command line leaves no copies behind, and "delete all my data" is safe (issue 13, items 4 and 5).

Real processes with HOME and the XDG folders in the test's temporary tree, a real kill -9, the
real freedesktop trash inside that HOME:

- item 5: the temp file of a data export or a headshot export killed mid-write is gone after the
  next start (a look-alike file of the person's stays); ``delete-data`` reports or removes
  originals earlier sent to the trash; with the saved library on an unplugged drive it refuses
  and keeps the setting
- item 4: ``delete-data`` is refused, and deletes nothing, while the library is open elsewhere

The links, non-UTF-8 names and read-only libraries are in ``test_cli_library_links.py`` and
``test_cli_odd_libraries.py``.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring.backends.fail
import pytest
from PIL import Image

from headshot_desktop.library import Library, apply_retention, delete_all
from headshot_desktop.library.layout import HEADSHOTS
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.secrets import SecretStore
from headshot_desktop.system.settings import Settings
from tests.support.library_cli import LINUX, Arg, assert_clean, assert_no_traceback, cli, err, zip_blobs
from tests.unit.library.helpers import add, prepared

needs_sigkill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def trash_files(home: Path) -> Path:
    return home / ".local" / "share" / "Trash" / "files"


def no_keyring() -> SecretStore:
    return SecretStore(environ={}, backend=keyring.backends.fail.Keyring())


# == item 5: no copies left behind =====================================================================

KILL_ATTEMPTS = 5
POLL_S = 0.001


def _temps(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.name.startswith(".tmp-"))
    except FileNotFoundError:
        return []


def _kill_mid_write(command: list[Arg], out_dir: Path, decoy: Path, deadline_s: float = 30.0) -> Path | None:
    """Start ``command``, kill -9 it the moment a temp file of ours shows in ``out_dir``; that file, or None."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "headshot_desktop", *command],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + deadline_s
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            ours = [p for p in _temps(out_dir) if p != decoy]
            if ours:
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=30)
                return ours[0] if ours[0].exists() else None
            time.sleep(POLL_S)
        return None
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def _caught(command: list[Arg], out_dir: Path, result: Path, decoy: Path) -> Path | None:
    """Up to KILL_ATTEMPTS tries to kill ``command`` while it writes; the temp file it left, or None."""
    for _ in range(KILL_ATTEMPTS):
        left = _kill_mid_write(command, out_dir, decoy)
        if left is not None:
            return left
        result.unlink(missing_ok=True)  # it finished before the kill: try again
        for temp in _temps(out_dir):
            if temp != decoy:
                temp.unlink()
    return None


def _noise_png(path: Path, size: int, seed: int) -> None:
    image = Image.frombytes("RGB", (size, size), random.Random(seed).randbytes(size * size * 3))
    image.save(path, "PNG", compress_level=0)


def _decoy(out_dir: Path) -> Path:
    """A file in the export folder that merely looks like one of ours: the person's, never removed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    decoy = out_dir / ".tmp-not-the-apps.zip"
    decoy.write_bytes(b"the person's own file\n")
    return decoy


def _assert_next_start_cleans(root: Path, out_dir: Path, decoy: Path, what: str) -> None:
    """The next start removes the killed export's temp file, and nothing the app did not write."""
    after = cli("--library", root, "library", "list")
    assert_clean(after, 0)
    leftovers = [p.name for p in _temps(out_dir) if p != decoy]
    assert leftovers == [], f"{what} is still there: {leftovers}"
    assert decoy.read_bytes() == b"the person's own file\n", "a file the app did not write was removed"


@needs_sigkill
@pytest.mark.slow
def test_a_killed_data_export_leaves_no_temp_file_after_the_next_start(tmp_path: Path) -> None:
    root = tmp_path / "library"
    (root / HEADSHOTS).mkdir(parents=True)
    for n in range(40):
        _noise_png(root / HEADSHOTS / f"noise {n:02}.png", 1000, seed=n)
    assert_clean(cli("--library", root, "library", "list"), 0)  # index them now, not during the export
    out_dir = tmp_path / "out"
    decoy = _decoy(out_dir)
    result = out_dir / "all.zip"

    left = _caught(["--library", root, "library", "export-data", result], out_dir, result, decoy)
    if left is None:
        pytest.skip(f"could not kill the data export while it was writing in {KILL_ATTEMPTS} tries")

    _assert_next_start_cleans(root, out_dir, decoy, "the killed export's temp file (a copy of every photo)")
    if result.exists():
        zip_blobs(result)  # anything published is whole


@needs_sigkill
@pytest.mark.slow
def test_a_killed_headshot_export_leaves_no_temp_file_after_the_next_start(tmp_path: Path) -> None:
    root = tmp_path / "library"
    (root / HEADSHOTS).mkdir(parents=True)
    big = root / HEADSHOTS / "big.png"
    _noise_png(big, 4000, seed=1)  # 16 megapixels of noise: seconds to encode
    assert_clean(cli("--library", root, "library", "list"), 0)
    out_dir = tmp_path / "out"
    decoy = _decoy(out_dir)
    result = out_dir / "x.png"

    command: list[Arg] = ["--library", root, "export", big, "--preset", "original", "--format", "png", "-o", result]
    left = _caught(command, out_dir, result, decoy)
    if left is None:
        pytest.skip(f"could not kill the export while it was writing in {KILL_ATTEMPTS} tries")

    _assert_next_start_cleans(root, out_dir, decoy, "the killed export's temp file")


@pytest.mark.skipif(not LINUX, reason="the freedesktop trash inside the test HOME is set up on Linux only")
@pytest.mark.parametrize("front_end", ["api", "cli"])
@pytest.mark.parametrize("trashed_by", ["delete", "retention"])
def test_delete_all_reports_or_removes_originals_in_the_trash(
    home: Path, tmp_path: Path, front_end: str, trashed_by: str
) -> None:
    root = tmp_path / "library"
    paths = AppPaths.from_platform(library_dir=root)
    with Library.open(root) as library:
        original = library.import_original(prepared(name="selfie.jpg", seed=1))
        if trashed_by == "delete":
            library.delete(original)  # "Delete" in the window: to the trash
        else:
            add(library, original.id)
            report = apply_retention(library, Settings(originals_retention="delete_after_generating"), paths)
            assert report.originals_trashed == [original.path]
    copy = trash_files(home) / original.path.name
    assert copy.is_file(), "precondition: the original is in the trash"
    # Something the person trashed themselves, from elsewhere: not the app's to report or remove.
    theirs = home / "Desktop" / "holiday.png"
    theirs.parent.mkdir()
    theirs.write_bytes(b"not the app's")
    from send2trash import send2trash

    send2trash(str(theirs))
    assert (trash_files(home) / "holiday.png").is_file()

    if front_end == "api":
        summary = delete_all(paths, no_keyring(), confirm=True).summary()
    else:
        done = cli("--library", root, "library", "delete-data", "--yes")
        assert_no_traceback(done)
        summary = err(done)

    reported = "trash" in summary.lower() and original.path.name in summary
    assert reported or not copy.exists(), (
        f"a copy of {original.path.name} is still in the trash and the summary does not say so:\n{summary}"
    )
    assert (trash_files(home) / "holiday.png").read_bytes() == b"not the app's"


def test_delete_data_with_the_saved_library_unplugged_keeps_the_setting(home: Path, tmp_path: Path) -> None:
    gone = tmp_path / "unplugged drive" / "Headshot Desktop"
    settings = home / ".config" / "headshot-desktop" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"library_dir": str(gone), "theme": "dark"}), encoding="utf-8")

    done = cli("library", "delete-data", "--yes")

    assert_clean(done, 1)
    said = err(done)
    assert str(gone) in said, said
    assert any(words in said.lower() for words in ("not found", "not reachable", "unreachable", "not connected")), said
    assert settings.is_file(), "the setting that says where the library is was deleted"
    assert json.loads(settings.read_text(encoding="utf-8"))["library_dir"] == str(gone)
    assert not gone.parent.exists(), "the missing library folder was created"


# == item 4: delete-data while the library is open =====================================================


def test_delete_data_is_refused_while_the_library_is_open_elsewhere(tmp_path: Path, home: Path) -> None:
    """Item 4: a window (here: this process) holding the library open; delete-data must refuse and delete nothing."""
    from tests.unit.library.helpers import add, prepared

    root = tmp_path / "lib"
    library = Library.open(root)
    try:
        original = library.import_original(prepared(seed=5))
        headshot = add(library, original.id)
        done = subprocess.run(
            [sys.executable, "-m", "headshot_desktop", "--library", str(root), "library", "delete-data", "--yes"],
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 1, done.stderr
        assert "open in Headshot Desktop" in done.stderr and "Nothing was deleted" in done.stderr
        assert "Traceback" not in done.stderr
        assert original.path.is_file() and headshot.path.is_file()
        # The open library still works: nothing of its own was taken away under it.
        assert len(library.list_headshots()) == 1
        add(library, original.id, seed=9)
    finally:
        library.close()
    done = subprocess.run(
        [sys.executable, "-m", "headshot_desktop", "--library", str(root), "library", "delete-data", "--yes"],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert not root.exists()
