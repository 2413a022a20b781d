"""The command line never acts outside the library's resolved root (issue 13, item 1).

Real processes with HOME and the XDG folders in the test's temporary tree and real symlinks: a
symlinked ``Originals/``/``Headshots/`` folder, image-named links inside the library and a linked
lock file never make ``delete-data``, ``import``, ``list`` or ``export-data`` read, change or
export the person's files they point to. A library folder that is itself a link still works.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from headshot_desktop.library import Library
from headshot_desktop.library.layout import HEADSHOTS, LOCK_NAME, ORIGINALS
from tests.support.library_cli import assert_clean, assert_no_traceback, cli, err, zip_blobs
from tests.support.library_cli import selfie as selfie
from tests.unit.library.helpers import add, prepared
from tests.unit.library.test_symlink_escape import (
    SSH_KEY,
    _plant_links,
    changes,
    link_folder,
    make_library,
    make_outside_photos,
    snapshot,
)

needs_symlinks = pytest.mark.skipif(sys.platform == "win32", reason="needs symlinks")


# == item 1: never outside the resolved root ==========================================================


@needs_symlinks
@pytest.mark.parametrize(("folder", "how"), [(ORIGINALS, "--library"), (HEADSHOTS, "HEADSHOT_DESKTOP_LIBRARY")])
def test_delete_data_leaves_a_linked_folder_and_the_photos_it_points_to(
    home: Path, tmp_path: Path, folder: str, how: str
) -> None:
    root = tmp_path / "library"
    make_library(root)
    outside = make_outside_photos(home / "Pictures" / "My photos")
    before = snapshot(outside)
    link = link_folder(root, folder, outside)

    if how == "--library":
        done = cli("--library", root, "library", "delete-data", "--yes")
    else:
        done = cli("library", "delete-data", "--yes", env={"HEADSHOT_DESKTOP_LIBRARY": str(root)})

    assert_no_traceback(done)
    changed = changes(outside, before)
    assert not changed, f"delete-data changed the person's files outside the library: {changed}\n{err(done)}"
    assert link.is_symlink(), "the link was not left alone"
    assert str(link) in err(done), f"the summary does not name the link as left alone:\n{err(done)}"


@needs_symlinks
def test_import_into_a_linked_originals_folder_is_refused(home: Path, tmp_path: Path, selfie: Path) -> None:
    outside = make_outside_photos(home / "Pictures" / "My photos")
    before = snapshot(outside)
    root = tmp_path / "library"
    root.mkdir()
    link_folder(root, ORIGINALS, outside)

    done = cli("--library", root, "import", selfie)

    assert_clean(done, 1)
    assert "link" in err(done).lower(), err(done)
    changed = changes(outside, before)
    assert not changed, f"import wrote into (or cleaned) the folder the link points to: {changed}"


@needs_symlinks
def test_a_linked_originals_folder_is_not_listed_or_exported(home: Path, tmp_path: Path) -> None:
    """Refusing the library (exit 1, the link named) or leaving the linked folder out are both fine."""
    outside = make_outside_photos(home / "Pictures" / "My photos")
    before = snapshot(outside)
    outside_bytes = [p.read_bytes() for p in outside.rglob("*") if p.is_file()]
    root = tmp_path / "library"
    make_library(root)
    link_folder(root, ORIGINALS, outside)
    real_root = root.resolve()

    listed = cli("--library", root, "library", "list", "--json")
    assert_no_traceback(listed)
    if listed.returncode == 0:
        data = json.loads(listed.stdout)
        for item in data["originals"] + data["headshots"]:
            assert Path(item["path"]).resolve().is_relative_to(real_root), f"listed from outside: {item['path']}"
    else:
        assert listed.returncode == 1 and "link" in err(listed).lower(), err(listed)

    archive = tmp_path / "out" / "all.zip"
    exported = cli("--library", root, "library", "export-data", archive)
    assert_no_traceback(exported)
    if exported.returncode == 0:
        blobs = zip_blobs(archive).values()
        leaked = [data for data in outside_bytes if any(data in blob for blob in blobs)]
        assert not leaked, f"{len(leaked)} file(s) from outside the library are in the data export"
    else:
        assert exported.returncode == 1 and "link" in err(exported).lower(), err(exported)
        assert not archive.exists()
    changed = changes(outside, before)
    assert not changed, f"listing or exporting changed files outside the library: {changed}"


@needs_symlinks
def test_linked_files_inside_the_library_are_not_listed_or_exported(home: Path, tmp_path: Path) -> None:
    outside = home / "Outside"
    outside.mkdir()
    root = tmp_path / "library"
    with Library.open(root) as library:
        original = library.import_original(prepared(name="selfie.jpg", seed=1))
        headshot = add(library, original.id)
        secrets = _plant_links(library, outside)
    before = snapshot(outside)

    listed = cli("--library", root, "library", "list", "--json")
    assert_clean(listed, 0)
    data = json.loads(listed.stdout)
    assert [o["path"] for o in data["originals"]] == [str(original.path)]
    assert [h["path"] for h in data["headshots"]] == [str(headshot.path)]

    archive = tmp_path / "out" / "all.zip"
    exported = cli("--library", root, "library", "export-data", archive)
    assert_clean(exported, 0)
    blobs = zip_blobs(archive)
    images = sorted(n for n in blobs if n.startswith((f"{ORIGINALS}/", f"{HEADSHOTS}/")))
    assert images == sorted([f"{ORIGINALS}/{original.path.name}", f"{HEADSHOTS}/{headshot.path.name}"])
    assert not any(SSH_KEY in blob for blob in blobs.values()), "the SSH key is in the data export"
    for label, secret in secrets.items():
        assert not any(secret in blob for blob in blobs.values()), f"{label} from outside is in the data export"
    changed = changes(outside, before)
    assert not changed, f"files outside the library changed: {changed}"


@needs_symlinks
def test_a_linked_lock_file_is_refused_and_its_target_untouched(home: Path, tmp_path: Path) -> None:
    root = tmp_path / "library"
    make_library(root)
    precious = home / "Documents" / "thesis.txt"
    precious.parent.mkdir()
    precious.write_bytes(b"four years of work\n" * 100)
    before = precious.read_bytes()
    lock = root / LOCK_NAME
    lock.unlink(missing_ok=True)
    lock.symlink_to(precious)

    done = cli("--library", root, "library", "list")

    assert_clean(done, 1)
    assert LOCK_NAME in err(done), err(done)
    assert precious.read_bytes() == before, "the lock file's link target was changed"


@needs_symlinks
def test_a_library_folder_that_is_itself_a_link_still_works(tmp_path: Path, selfie: Path) -> None:
    """The rule is about the *resolved* root: a library kept elsewhere and linked to is fine."""
    real = tmp_path / "drive" / "Headshot Desktop"
    real.mkdir(parents=True)
    link = tmp_path / "library link"
    link.symlink_to(real, target_is_directory=True)
    imported = cli("--library", link, "import", selfie)
    assert_clean(imported, 0)
    listed = cli("--library", link, "library", "list", "--json")
    assert_clean(listed, 0)
    assert len(json.loads(listed.stdout)["originals"]) == 1
    assert len(list((real / ORIGINALS).iterdir())) == 1
