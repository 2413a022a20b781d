"""Delete all my data says only what it did: the keys it removed, and the app's files still in the trash."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
import send2trash

from headshot_desktop.library import Library, delete_all
from headshot_desktop.library.trash import find_trashed
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.secrets import SecretStore
from tests.support.env import require_or_skip
from tests.support.mounts import small_tmpfs
from tests.unit.library.helpers import add, prepared

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the test HOME's trash is set up on Linux")
PROVIDERS = {"openai": "OpenAI"}


def no_keyring() -> SecretStore:
    return SecretStore(environ={}, backend=keyring.backends.fail.Keyring())


def test_a_key_kept_for_the_session_is_not_reported_as_removed_from_the_keyring(paths: AppPaths) -> None:
    secrets = no_keyring()
    secrets.set("sk-test-session-only-123", "openai", session_only=True)
    report = delete_all(paths, secrets, confirm=True, providers=PROVIDERS)
    assert report.keys_removed == [] and not report.key_removed
    assert "from the system keyring" not in report.summary()
    assert secrets.get("openai")[0] is None  # forgotten all the same


@pytest.mark.keyring
@pytest.mark.parametrize("stored", [True, False])
def test_the_real_keyring_key_is_reported_only_when_there_was_one(paths: AppPaths, stored: bool) -> None:
    if "SecretService" not in type(keyring.get_keyring()).__module__:
        require_or_skip("HEADSHOT_REQUIRE_KEYRING", "no Secret Service keyring here")
    secrets = SecretStore(environ={}, service=f"headshot-desktop-test-{uuid.uuid4().hex}")
    secrets.set("sk-test-session-only-456", "openai", session_only=True)
    if stored:
        secrets.set("sk-test-in-the-keyring-789", "openai")
    try:
        report = delete_all(paths, secrets, confirm=True, providers=PROVIDERS)
    finally:
        secrets.delete("openai")
    assert report.keys_removed == (["OpenAI"] if stored else [])
    said = report.summary()
    assert ("Removed the API key of OpenAI from the system keyring." in said) is stored
    assert ("No API key was stored for OpenAI." in said) is not stored


def _someone_elses_trash(home: Path, library: Library) -> list[Path]:
    """What the person trashed themselves: a file from elsewhere, and a note they kept in the library folder."""
    theirs = home / "Desktop" / "holiday.png"
    theirs.parent.mkdir()
    theirs.write_bytes(b"not the app's")
    note = library.root / "my notes.txt"
    note.write_text("the person's own file")
    for path in (theirs, note):
        send2trash.send2trash(str(path))
    trash = home / ".local" / "share" / "Trash"
    return [trash / "files" / "holiday.png", trash / "files" / "my notes.txt"]


def _deleted_in_the_app(library: Library) -> list[Path]:
    original = library.import_original(prepared(name="Jane Doe 100%.jpg", seed=3))
    shots = [add(library, original.id, seed=s, n=s) for s in (1, 2)]
    library.delete([shots[0], original])  # Delete in the window: to the system trash
    return [shots[0].path, original.path]


@linux_only
def test_delete_all_names_the_apps_files_still_in_the_trash(home: Path, paths: AppPaths, library: Library) -> None:
    gone = _deleted_in_the_app(library)
    others = _someone_elses_trash(home, library)
    library.close()

    report = delete_all(paths, no_keyring(), confirm=True)

    said = report.summary(empty_trash_hint="Run it with --empty-trash to remove them too.")
    assert "2 file(s) you deleted in the app are still in the system trash" in said
    assert all(path.name in said for path in gone) and "holiday" not in said and "my notes" not in said
    assert "Run it with --empty-trash to remove them too." in said
    assert sorted(c.was for c in find_trashed(paths.library_dir)) == sorted(gone)
    assert all(p.exists() for p in others)


@linux_only
def test_delete_all_empties_only_the_apps_files_from_the_trash(home: Path, paths: AppPaths, library: Library) -> None:
    _deleted_in_the_app(library)
    others = _someone_elses_trash(home, library)
    trash = home / ".local" / "share" / "Trash"
    library.close()

    report = delete_all(paths, no_keyring(), confirm=True, empty_trash=True)

    assert report.complete, report.errors
    assert "Removed 2 file(s) you had deleted in the app from the system trash." in report.summary()
    assert find_trashed(paths.library_dir) == []
    assert sorted(p.name for p in (trash / "files").iterdir()) == sorted(p.name for p in others)
    assert sorted(p.name for p in (trash / "info").iterdir()) == sorted(p.name + ".trashinfo" for p in others)


@linux_only
def test_the_trash_of_the_librarys_own_drive_is_emptied_too(home: Path, tmp_path: Path) -> None:
    """On another drive the trash is that drive's .Trash-<uid>, and its paths are relative to the drive."""
    with small_tmpfs(tmp_path / "drive", 4 * 1024 * 1024) as drive:
        paths = AppPaths.from_platform(library_dir=drive / "Headshot Desktop")
        with Library.open(paths.library_dir) as library:
            gone = _deleted_in_the_app(library)
        assert [c.was for c in find_trashed(paths.library_dir)] != [], "precondition: found in the drive's trash"
        assert all(c.file.is_relative_to(drive) for c in find_trashed(paths.library_dir))

        report = delete_all(paths, no_keyring(), confirm=True, empty_trash=True)

        assert report.removed_from_trash == len(gone) and report.complete
        assert find_trashed(paths.library_dir) == []
