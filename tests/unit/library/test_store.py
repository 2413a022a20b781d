from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from headshot_desktop.errors import NotFoundError, StorageError
from headshot_desktop.library import Library
from headshot_desktop.library.layout import INDEX_NAME
from headshot_desktop.system.paths import AppPaths
from tests.unit.library.helpers import HEADSHOT_META, add, image_bytes, prepared


def test_default_location_and_layout(home: Path, library: Library) -> None:
    assert library.root == home / "Pictures" / "Headshot Desktop"
    assert (library.root / "Originals").is_dir() and (library.root / "Headshots").is_dir()
    conn = sqlite3.connect(library.root / INDEX_NAME)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1


def test_import_stores_the_bytes_and_notices_duplicates(library: Library) -> None:
    photo = prepared(name="IMG_1234.HEIC", seed=3)
    original = library.import_original(photo)
    assert original.path.parent == library.originals_dir
    assert original.path.name.endswith(" IMG_1234.png")
    assert original.path.read_bytes() == photo.data
    assert original.source_name == "IMG_1234.HEIC" and original.content_hash == photo.content_hash
    again = library.import_original(prepared(name="copy.png", seed=3))
    assert again.id == original.id
    assert len(list(library.originals_dir.iterdir())) == 1
    other = library.import_original(prepared(name="IMG_1234.HEIC", seed=4))
    assert other.id != original.id and other.path.name.endswith("IMG_1234 (2).png")
    assert [o.id for o in library.list_originals()] == [other.id, original.id]


def test_duplicate_whose_file_vanished_is_stored_again(library: Library) -> None:
    original = library.import_original(prepared(seed=5))
    original.path.unlink()
    again = library.import_original(prepared(seed=5))
    assert again.path.is_file()


def test_add_headshot_keeps_its_metadata(library: Library) -> None:
    original = library.import_original(prepared(seed=1))
    first = add(library, original.id, seed=10, n=1)
    second = add(library, original.id, seed=11, n=2)
    assert first.path.parent == library.headshots_dir
    assert first.path.name.endswith(" Corporate navy 1.png") and second.path.name.endswith(" Corporate navy 2.png")
    for key, value in HEADSHOT_META.items():
        assert getattr(first, key) == value
    assert first.original_id == original.id and first.original_path == original.path
    assert library.get_original(original.id).generated
    assert {h.id for h in library.list_headshots(original_id=original.id)} == {first.id, second.id}
    assert library.list_headshots(style_id="other") == []
    assert len(library.list_headshots(style_id="corporate-navy")) == 2


def test_same_name_twice_gets_a_number(library: Library) -> None:
    clock_time = library._clock()
    same_clock = Library.open(library.root, clock=lambda: clock_time)
    a, b = add(same_clock, seed=1), add(same_clock, seed=2)
    assert a.path != b.path and b.path.stem.endswith("(2)")
    same_clock.close()


def test_extension_follows_the_real_format(library: Library) -> None:
    jpeg = image_bytes(fmt="JPEG", seed=2)
    headshot = library.add_headshot(jpeg, original_id=None, extension=".png", **HEADSHOT_META)
    assert headshot.path.suffix == ".jpg"
    assert headshot.path.read_bytes() == jpeg


def test_unreadable_image_is_refused(library: Library) -> None:
    with pytest.raises(StorageError, match="cannot be read"):
        library.add_headshot(b"not an image", original_id=None, **HEADSHOT_META)
    truncated = image_bytes(seed=3)[:-200]
    with pytest.raises(StorageError):
        library.add_headshot(truncated, original_id=None, **HEADSHOT_META)
    assert list(library.headshots_dir.iterdir()) == []


def test_missing_original_does_not_lose_the_headshot(library: Library) -> None:
    headshot = add(library, original_id=999)
    assert headshot.path.is_file() and headshot.original_id is None


def test_kept_flags(library: Library) -> None:
    original = library.import_original(prepared(seed=1))
    headshot = add(library, original.id)
    assert library.set_kept(original).kept
    assert library.set_kept(headshot).kept
    assert not library.set_kept(headshot, kept=False).kept
    assert library.get_original(original.id).kept


def test_not_found_names_the_thing(library: Library) -> None:
    with pytest.raises(NotFoundError, match="headshot"):
        library.get_headshot(42)


def test_library_folder_that_cannot_be_made(paths: AppPaths) -> None:
    blocker = paths.library_dir.parent / "file"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("I am a file")
    with pytest.raises(StorageError, match="library folder") as info:
        Library.open(blocker / "library")
    assert str(blocker) in info.value.user_text()


def test_usable_from_worker_threads(library: Library) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        made = list(pool.map(lambda i: add(library, seed=100 + i, n=i), range(12)))
        listed = list(pool.map(lambda _: len(library.list_headshots()), range(8)))
    assert len({h.path for h in made}) == 12
    assert all(0 <= n <= 12 for n in listed)
    assert len(library.list_headshots()) == 12


def test_listing_does_not_wait_for_a_write(paths: AppPaths) -> None:
    in_trash, release = threading.Event(), threading.Event()

    def slow_trash(path: Path) -> None:
        in_trash.set()
        assert release.wait(10)
        path.unlink()

    with Library.open(paths.library_dir, trash=slow_trash) as library:
        headshot = add(library)
        writer = threading.Thread(target=library.delete, args=(headshot,))
        writer.start()
        try:
            assert in_trash.wait(5)
            started = time.monotonic()
            assert [h.id for h in library.list_headshots()] == [headshot.id]  # not committed yet
            assert time.monotonic() - started < 1.0
        finally:
            release.set()
            writer.join(10)
        assert library.list_headshots() == []
