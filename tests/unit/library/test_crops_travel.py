"""The remembered crops are the library's bookkeeping: they move with it and go with "delete all my data"."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.fail

from headshot_desktop.library import Library, delete_all
from headshot_desktop.library.crops import CROPS_NAME, Crop
from headshot_desktop.library.relocate import move_library
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.secrets import SecretStore
from tests.unit.library.helpers import add, prepared


def test_the_crops_move_with_the_library(home: Path) -> None:
    old, new = home / "Old", home / "New"
    with Library.open(old) as library:
        headshot = add(library, library.import_original(prepared(seed=1)).id, seed=2)
        library.crops.set(headshot, "linkedin", Crop(0.1, 0.1, 0.6, 0.4))
    report = move_library(old, new)
    assert report.old_folder_removed and not old.exists()
    with Library.open(new) as library:
        (moved,) = library.list_headshots()
        assert library.crops.get(moved, "linkedin") == Crop(0.1, 0.1, 0.6, 0.4)


def test_delete_all_removes_the_crops(paths: AppPaths) -> None:
    with Library.open(paths.library_dir) as library:
        headshot = add(library, library.import_original(prepared(seed=1)).id, seed=2)
        library.crops.set(headshot, "avatar", Crop(0, 0, 0.5, 0.5))
    assert (paths.library_dir / CROPS_NAME).is_file()
    report = delete_all(paths, SecretStore(environ={}, backend=keyring.backends.fail.Keyring()), confirm=True)
    assert not paths.library_dir.exists() and not report.left_behind
