"""A library the app may read but not change, and one that vanishes while it is open.

Issue 13, item 7: a read-only library (a backup, a share, a read-only mount) crashed every
command on the lock file, even listing and exporting. Reading and exporting must work; a
write says the library is read-only. The library is made read-only with a real read-only
bind mount (``chmod`` does not stop root), so these tests need root and ``mount``.

Issue 13, item 10 (part): a library folder renamed or deleted while the library is open
gave a raw ``sqlite3.OperationalError``; it must be a ``StorageError`` with a sentence.
"""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.errors import StorageError
from headshot_desktop.library import Library, export_all, export_headshot
from tests.support.mounts import read_only_bind
from tests.unit.library.helpers import HEADSHOT_META, add, image_bytes, prepared


@dataclass
class ReadOnlyLibrary:
    root: Path  # the read-only view
    original_name: str
    headshot_name: str
    original_bytes: bytes
    headshot_bytes: bytes


@pytest.fixture
def read_only_library(tmp_path: Path) -> Iterator[ReadOnlyLibrary]:
    """A library with one original and one headshot, closed, then shown read-only at another path."""
    source = tmp_path / "library"
    with Library.open(source) as library:
        original = library.import_original(prepared(name="selfie.jpg", seed=1))
        headshot = add(library, original.id)
    with read_only_bind(source, tmp_path / "read-only library") as root:
        yield ReadOnlyLibrary(
            root, original.path.name, headshot.path.name, original.path.read_bytes(), headshot.path.read_bytes()
        )


def test_a_read_only_library_opens_lists_and_exports(read_only_library: ReadOnlyLibrary, tmp_path: Path) -> None:
    ro = read_only_library
    out = tmp_path / "out"
    with Library.open(ro.root) as library:
        (original,) = library.list_originals()
        (headshot,) = library.list_headshots()
        assert original.path == ro.root / "Originals" / ro.original_name
        assert headshot.path == ro.root / "Headshots" / ro.headshot_name
        # The index is read, not rebuilt: how the headshot was made is still known.
        assert headshot.style_name == HEADSHOT_META["style_name"] and headshot.original_id == original.id
        assert headshot.cost_usd == HEADSHOT_META["cost_usd"]
        library.scan()

        exported = export_headshot(headshot, out / "me.png", preset="original", fmt="png")
        report = export_all(library, out / "all.zip")
    with Image.open(exported) as image:
        assert image.size == (80, 120)
    assert (report.originals, report.headshots) == (1, 1)
    with zipfile.ZipFile(out / "all.zip") as archive:
        contents = {archive.read(name) for name in archive.namelist()}
    assert {ro.original_bytes, ro.headshot_bytes} <= contents


def test_writing_to_a_read_only_library_says_so(read_only_library: ReadOnlyLibrary) -> None:
    with Library.open(read_only_library.root) as library:
        with pytest.raises(StorageError) as info:
            library.import_original(prepared(name="another.jpg", seed=2))
        assert "read-only" in info.value.user_text().lower(), info.value.user_text()
        with pytest.raises(StorageError) as info:
            library.add_headshot(image_bytes(80, 120, seed=3), original_id=None, **HEADSHOT_META)
        assert "read-only" in info.value.user_text().lower(), info.value.user_text()
        assert len(library.list_originals()) == 1 and len(library.list_headshots()) == 1


# -- a library folder that vanishes while open ----------------------------------------------------------

CALLS = {
    "list_originals": lambda library: library.list_originals(),
    "import_original": lambda library: library.import_original(prepared(name="new.jpg", seed=8)),
    "scan": lambda library: library.scan(),
}


@pytest.mark.parametrize("call", sorted(CALLS))
@pytest.mark.parametrize("vanish", ["renamed away", "deleted"])
def test_a_library_that_vanished_while_open_gives_a_storage_error(tmp_path: Path, call: str, vanish: str) -> None:
    root = tmp_path / "library"
    library = Library.open(root)
    try:
        library.import_original(prepared(name="selfie.jpg", seed=1))
        add(library)
        if vanish == "renamed away":
            root.rename(tmp_path / "renamed")
        else:
            shutil.rmtree(root)

        with pytest.raises(StorageError) as info:
            CALLS[call](library)
        text = info.value.user_text()
        assert not isinstance(info.value, sqlite3.Error)
        assert text.strip() and "readonly database" not in text and "disk I/O" not in text, text
        assert not root.exists(), "the vanished library folder was created again"
    finally:
        library.close()
