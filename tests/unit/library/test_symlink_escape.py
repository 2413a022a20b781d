"""The library never acts outside its resolved root (issue 13, item 1).

A symlinked ``Originals/`` or ``Headshots/`` folder, a symlinked image file or a symlinked
lock file must never make the library read, scan, trash, delete, export or write anything in
the tree it points to. Real folders, real links, the real trash (inside the test's HOME).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring.backends.fail
import pytest

from headshot_desktop.app import build_context
from headshot_desktop.errors import HeadshotError, StorageError
from headshot_desktop.library import Library, delete_all, export_all
from headshot_desktop.library.layout import HEADSHOTS, LOCK_NAME, ORIGINALS
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.secrets import SecretStore
from headshot_desktop.system.settings import Settings, SettingsStore
from tests.unit.library.helpers import add, image_bytes, prepared

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symlinks")

TEN_DAYS_AGO = time.time() - 10 * 86400
SSH_KEY = (
    b"-----BEGIN OPENSSH PRIVATE KEY-----\n"
    b"b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n"
    b"-----END OPENSSH PRIVATE KEY-----\n"
)


# -- the person's own files, outside the library ---------------------------------------------------


def make_outside_photos(folder: Path) -> Path:
    """A folder of the person's photos (and a few other files), all last changed ten days ago."""
    files = {
        "me.jpg": image_bytes(64, 80, fmt="JPEG", seed=101),
        "holiday.png": image_bytes(70, 50, seed=102),
        "Summer/beach.png": image_bytes(48, 48, seed=103),
        "Summer/Day 2/dinner.jpg": image_bytes(40, 60, fmt="JPEG", seed=104),
        "notes.txt": b"the person's own notes\n",
        ".tmp-draft.png": image_bytes(32, 32, seed=105),  # looks like our leftover; it is not ours
    }
    for rel, data in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (folder / "Empty album").mkdir()
    for path in folder.rglob("*"):
        os.utime(path, (TEN_DAYS_AGO, TEN_DAYS_AGO), follow_symlinks=False)
    return folder


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry below ``folder`` (links not followed): kind, bytes and modification time."""
    entries: dict[str, tuple] = {}
    for directory, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(directory) / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                entries[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                entries[rel] = ("folder",)
            else:
                entries[rel] = ("file", path.read_bytes(), path.lstat().st_mtime_ns)
    return entries


def changes(folder: Path, before: dict[str, tuple]) -> list[str]:
    """What happened below ``folder`` since ``before`` (a ``snapshot``), in words; empty if nothing."""
    after = snapshot(folder)
    said = [f"gone: {rel}" for rel in sorted(before.keys() - after.keys())]
    said += [f"new: {rel}" for rel in sorted(after.keys() - before.keys())]
    said += [f"changed: {rel}" for rel in sorted(before.keys() & after.keys()) if before[rel] != after[rel]]
    return said


def trashed(home: Path) -> list[Path]:
    """Everything in the freedesktop trash of the test's HOME."""
    trash = home / ".local" / "share" / "Trash" / "files"
    return sorted(trash.iterdir()) if trash.is_dir() else []


def no_keyring() -> SecretStore:
    return SecretStore(environ={}, backend=keyring.backends.fail.Keyring())


def make_library(root: Path, *, clock: datetime | None = None) -> tuple[Path, Path]:
    """A closed library holding one original and one headshot made from it; returns their paths."""
    options = {"clock": (lambda: clock)} if clock else {}
    with Library.open(root, **options) as library:
        original = library.import_original(prepared(name="selfie.jpg", seed=1))
        headshot = add(library, original.id)
    return original.path, headshot.path


def link_folder(root: Path, name: str, target: Path) -> Path:
    """Replace the library's ``name`` folder (and what the app put in it) with a link to ``target``."""
    link = root / name
    if link.is_dir() and not link.is_symlink():
        shutil.rmtree(link)
    link.symlink_to(target, target_is_directory=True)
    return link


# -- delete all -------------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", [ORIGINALS, HEADSHOTS])
def test_delete_all_leaves_a_linked_folder_and_the_photos_it_points_to(
    home: Path, paths: AppPaths, folder: str
) -> None:
    make_library(paths.library_dir)
    outside = make_outside_photos(home / "My photos")
    before = snapshot(outside)
    link = link_folder(paths.library_dir, folder, outside)

    report = delete_all(paths, no_keyring(), confirm=True)

    changed = changes(outside, before)
    assert not changed, f"delete_all changed files outside the library: {changed}"
    assert link.is_symlink(), "the link was not left alone"
    assert str(link) in report.summary(), f"the summary does not name the link as left alone:\n{report.summary()}"
    # The library's own files in the other folder still go.
    own = report.headshots if folder == ORIGINALS else report.originals
    assert own == 1, report.summary()


# -- retention --------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["photos put in the linked folder", "originals moved out and linked back"])
def test_retention_never_trashes_through_a_linked_originals_folder(home: Path, paths: AppPaths, how: str) -> None:
    root = paths.library_dir
    if how == "photos put in the linked folder":
        outside = make_outside_photos(home / "My photos")
        root.mkdir(parents=True)
        link_folder(root, ORIGINALS, outside)
    else:
        make_library(root, clock=datetime.now(UTC) - timedelta(days=10))
        outside = home / "Elsewhere" / "Originals"
        outside.parent.mkdir()
        os.rename(root / ORIGINALS, outside)
        make_outside_photos(outside / "More")
        link_folder(root, ORIGINALS, outside)
    before = snapshot(outside)
    SettingsStore(paths.settings_file).save(
        Settings(originals_retention="delete_after_days", originals_retention_days=1)
    )

    context = build_context(log_to_file=False)
    try:
        context.library().scan()  # what the window does when it opens
        context.apply_retention()
    except HeadshotError as err:  # refusing the linked folder is fine, with a sentence that says why
        assert isinstance(err, StorageError), repr(err)
        assert "link" in err.user_text().lower(), err.user_text()
    finally:
        context.close()

    changed = changes(outside, before)
    assert not changed, f"retention changed files outside the library: {changed}"
    assert trashed(home) == [], "retention moved files from outside the library to the trash"


# -- opening, importing -----------------------------------------------------------------------------


def test_import_never_writes_into_a_linked_originals_folder(home: Path, paths: AppPaths) -> None:
    outside = make_outside_photos(home / "My photos")
    before = snapshot(outside)
    root = paths.library_dir
    root.mkdir(parents=True)
    link_folder(root, ORIGINALS, outside)

    with pytest.raises(StorageError) as info:
        with Library.open(root) as library:
            library.import_original(prepared(name="new selfie.jpg", seed=9))
    assert "link" in info.value.user_text().lower(), info.value.user_text()
    changed = changes(outside, before)
    assert not changed, f"the library wrote into (or cleaned) the linked folder: {changed}"


# -- scan and export: linked files and sub-folders ----------------------------------------------------


def _plant_links(library: Library, outside: Path) -> dict[str, bytes]:
    """Image-named links to files outside, and a linked album inside Originals; returns the outside bytes."""
    key = outside / "id_ed25519"
    key.write_bytes(SSH_KEY)
    real = outside / "real.png"
    real.write_bytes(image_bytes(50, 50, seed=200))
    album = make_outside_photos(outside / "Album")
    (library.headshots_dir / "key.png").symlink_to(key)
    (library.headshots_dir / "x.png").symlink_to(os.path.relpath(real, library.headshots_dir))
    (library.originals_dir / "Linked album").symlink_to(album, target_is_directory=True)
    (library.originals_dir / "Trip").mkdir()
    (library.originals_dir / "Trip" / "family.jpg").symlink_to(album / "me.jpg")
    return {
        "key": SSH_KEY,
        "real": real.read_bytes(),
        **{p.name: p.read_bytes() for p in album.rglob("*.*") if p.is_file()},
    }


def test_scan_does_not_follow_links_out_of_the_library(home: Path, paths: AppPaths, tmp_path: Path) -> None:
    outside = home / "Outside"
    outside.mkdir()
    with Library.open(paths.library_dir) as library:
        original = library.import_original(prepared(name="selfie.jpg", seed=1))
        headshot = add(library, original.id)
        secrets = _plant_links(library, outside)
        before = snapshot(outside)

        library.scan()
        assert [o.path for o in library.list_originals()] == [original.path]
        assert [h.path for h in library.list_headshots()] == [headshot.path]

        report = export_all(library, tmp_path / "all.zip")
        assert (report.originals, report.headshots) == (1, 1)
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        images = sorted(n for n in archive.namelist() if n.startswith((f"{ORIGINALS}/", f"{HEADSHOTS}/")))
        assert images == sorted([f"{ORIGINALS}/{original.path.name}", f"{HEADSHOTS}/{headshot.path.name}"])
        contents = [archive.read(n) for n in archive.namelist()]
    for label, data in secrets.items():
        assert not any(data in blob for blob in contents), f"{label} from outside the library is in the zip"
    changed = changes(outside, before)
    assert not changed, f"files outside the library changed: {changed}"


# -- the lock file -----------------------------------------------------------------------------------


def test_a_linked_lock_file_is_refused_and_its_target_untouched(home: Path, paths: AppPaths) -> None:
    make_library(paths.library_dir)
    precious = home / "Documents" / "thesis.txt"
    precious.parent.mkdir()
    precious.write_bytes(b"four years of work\n" * 100)
    before = precious.read_bytes()
    lock = paths.library_dir / LOCK_NAME
    lock.unlink(missing_ok=True)
    lock.symlink_to(precious)

    with pytest.raises(StorageError) as info:
        with Library.open(paths.library_dir) as library:
            library.scan()
            library.import_original(prepared(name="another.jpg", seed=5))
    assert LOCK_NAME in info.value.user_text(), info.value.user_text()
    assert precious.read_bytes() == before, "the lock file's link target was changed"
