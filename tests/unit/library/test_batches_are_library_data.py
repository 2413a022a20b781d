"""A team batch's manifest names people and their photos: it goes wherever the library's data goes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import keyring.backends.fail
import pytest

from headshot_desktop.library import Library, delete_all, export_all
from headshot_desktop.library.layout import BATCHES_DIR
from headshot_desktop.library.relocate import RelocateError, check_target, move_library
from headshot_desktop.services.team import manifest
from headshot_desktop.services.team.kit import TeamKit
from headshot_desktop.services.team.manifest import BatchStore
from headshot_desktop.services.team.people import Person
from headshot_desktop.system.atomic import TEMP_PREFIX
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.secrets import SecretStore
from tests.unit.library.helpers import add

KIT = TeamKit("Acme team page", "openai", style="corporate-grey", seed=42)


def a_batch(root: Path) -> Path:
    """A real batch of two people in the library at ``root``: its manifest file."""
    people = [Person("Ann Lee", Path("/photos/ann.jpg")), Person("Bo Chan", Path("/photos/bo.jpg"))]
    made = BatchStore(root).create(KIT, None, people, root.parent / "Team export", 4.0)
    return BatchStore(root).path_of(made.batch_id)


def test_the_store_keeps_its_batches_in_the_library_s_own_folder_name() -> None:
    assert manifest.BATCHES_DIR is BATCHES_DIR == ".headshot-batches"


def test_delete_all_deletes_the_batches_and_leaves_nothing_behind(paths: AppPaths, library: Library) -> None:
    add(library)
    path = a_batch(library.root)
    (path.parent / f"{TEMP_PREFIX}interrupted save").write_text("{")  # an atomic save a crash cut short
    library.close()

    report = delete_all(paths, SecretStore(environ={}, backend=keyring.backends.fail.Keyring()), confirm=True)

    assert report.complete, report.errors
    assert not (paths.library_dir / BATCHES_DIR).exists()
    assert report.left_behind == [] and not paths.library_dir.exists()
    assert report.batches == 1 and "1 team batch" in report.summary()


def test_a_file_of_the_person_s_own_in_the_batches_folder_stays_and_is_named(paths: AppPaths, library: Library) -> None:
    path = a_batch(library.root)
    theirs = path.parent / "my notes.txt"
    theirs.write_text("mine")
    library.close()

    report = delete_all(paths, SecretStore(environ={}, backend=keyring.backends.fail.Keyring()), confirm=True)

    assert not path.exists() and theirs.read_text() == "mine"
    assert theirs in report.left_behind and str(theirs) in report.summary()


def test_moving_the_library_moves_its_batches(home: Path) -> None:
    old, new = home / "Old library", home / "New library"
    with Library.open(old) as library:
        add(library)
    path = a_batch(old)
    before = path.read_bytes()

    report = move_library(old, new)

    assert (new / BATCHES_DIR / path.name).read_bytes() == before
    assert not (old / BATCHES_DIR).exists() and not old.exists() and report.old_folder_removed
    assert report.files == 2 + 1 + 1  # the original, the headshot, the batch, the index
    assert BatchStore(new).load(path.stem).people[0].name == "Ann Lee"


def test_a_move_interrupted_after_copying_a_batch_can_go_on(home: Path) -> None:
    old, new = home / "Old library", home / "New library"
    with Library.open(old) as library:
        add(library)
    path = a_batch(old)
    (new / BATCHES_DIR).mkdir(parents=True)
    (new / BATCHES_DIR / path.name).write_bytes(path.read_bytes())  # what the first try copied

    check_target(old, new)
    move_library(old, new)

    assert (new / BATCHES_DIR / path.name).is_file() and not old.exists()


def test_export_all_holds_the_batches_and_says_what_they_are(library: Library, tmp_path: Path) -> None:
    add(library)
    path = a_batch(library.root)

    export_all(library, tmp_path / "my data.zip")

    with zipfile.ZipFile(tmp_path / "my data.zip") as archive:
        arcname = f"batches/{path.name}"
        assert archive.read(arcname) == path.read_bytes()
        metadata = json.loads(archive.read("metadata.json"))
        assert metadata["batches"] == [{"id": path.stem, "file": arcname}]
        assert "batches/" in archive.read("README.txt").decode()


def test_a_target_library_with_a_batch_of_its_own_is_refused_as_a_library(home: Path) -> None:
    old, new = home / "Old library", home / "New library"
    with Library.open(old) as library:
        add(library)
    Library.open(new).close()  # an empty library…
    theirs = a_batch(new)  # …that has a team batch of its own
    before = theirs.read_bytes()

    with pytest.raises(RelocateError) as caught:
        move_library(old, new)

    said = caught.value.user_text()
    assert "already holds a library" in said and "1 team batch" in said and "not a Headshot" not in said
    assert theirs.read_bytes() == before and (old / "Originals").is_dir()
