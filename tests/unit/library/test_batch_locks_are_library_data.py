"""A team batch's lock (``<batch_id>.lock`` beside its manifest, left after a run) is the app's own file:
delete-all removes it, a move leaves it behind with the old folder, the data export skips it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import keyring.backends.fail

from headshot_desktop.library import Library, delete_all, export_all
from headshot_desktop.library.layout import BATCHES_DIR
from headshot_desktop.library.relocate import check_target, move_library
from headshot_desktop.services.team.kit import TeamKit
from headshot_desktop.services.team.manifest import BatchStore
from headshot_desktop.services.team.people import Person
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.secrets import SecretStore
from tests.unit.library.helpers import add

KIT = TeamKit("Acme team page", "openai", style="corporate-grey", seed=42)


def a_held_batch(root: Path) -> tuple[Path, Path]:
    """A batch that was made once (held, then let go, as a run does): its manifest and its lock file."""
    store = BatchStore(root)
    made = store.create(KIT, None, [Person("Ann Lee", Path("/photos/ann.jpg"))], root.parent / "out", None)
    with store.held(made):
        pass
    lock = store.lock_path_of(made.batch_id)
    assert lock.is_file()
    return store.path_of(made.batch_id), lock


def test_delete_all_removes_a_batch_s_lock_and_the_folder(paths: AppPaths, library: Library) -> None:
    add(library)
    _manifest, lock = a_held_batch(library.root)
    library.close()

    report = delete_all(paths, SecretStore(environ={}, backend=keyring.backends.fail.Keyring()), confirm=True)

    assert report.complete, report.errors
    assert lock not in report.left_behind and not (paths.library_dir / BATCHES_DIR).exists()
    assert report.batches == 1 and not paths.library_dir.exists()


def test_a_move_takes_the_batch_but_not_its_lock(home: Path) -> None:
    old, new = home / "Old library", home / "New library"
    with Library.open(old) as library:
        add(library)
    manifest, lock = a_held_batch(old)

    report = move_library(old, new)

    assert (new / BATCHES_DIR / manifest.name).is_file() and not (new / BATCHES_DIR / lock.name).exists()
    assert not old.exists() and report.old_folder_removed and report.left_behind == []
    assert report.files == 2 + 1 + 1  # the original, the headshot, the batch, the index


def test_a_target_whose_batches_folder_has_only_a_lock_is_no_library_of_its_own(home: Path) -> None:
    old, new = home / "Old library", home / "New library"
    with Library.open(old) as library:
        add(library)
    _manifest, lock = a_held_batch(old)
    (new / BATCHES_DIR).mkdir(parents=True)
    (new / BATCHES_DIR / lock.name).write_bytes(b"")  # left by a move that was interrupted

    check_target(old, new)
    move_library(old, new)

    assert not old.exists()


def test_the_data_export_leaves_the_lock_out(library: Library, tmp_path: Path) -> None:
    add(library)
    manifest, lock = a_held_batch(library.root)

    export_all(library, tmp_path / "my data.zip")

    with zipfile.ZipFile(tmp_path / "my data.zip") as archive:
        names = archive.namelist()
    assert f"batches/{manifest.name}" in names and not any(n.endswith(lock.name) for n in names)
