"""Keep means a favourite, and a photo brought in again is known by the name it came in with last."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from headshot_desktop.library import Library, apply_retention
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.settings import Settings
from tests.unit.library.helpers import add, image_bytes, prepared

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def test_same_pixels_under_a_new_name_take_that_name(paths: AppPaths) -> None:
    data = image_bytes(seed=5)
    with Library.open(paths.library_dir) as library:
        first = library.import_original(prepared(data, name="astronaut.jpg"))
        again = library.import_original(prepared(data, name="me at work.jpg"))
        assert again.id == first.id and again.path == first.path  # one file, not two
        assert again.source_name == "me at work.jpg"
        assert [o.source_name for o in library.list_originals()] == ["me at work.jpg"]
    # The index is a cache: rebuilt from the folder, the photo keeps the name it came in with last.
    for path in paths.library_dir.glob(".headshot-index*"):
        path.unlink()
    with Library.open(paths.library_dir) as library:
        assert [o.source_name for o in library.list_originals()] == ["me at work.jpg"]


def test_retention_leaves_the_photo_of_a_kept_headshot(paths: AppPaths, trash_dir: Path) -> None:
    with Library.open(paths.library_dir, clock=lambda: NOW - timedelta(days=60)) as library:
        favourite = library.import_original(prepared(seed=1))
        reference = library.import_original(prepared(seed=2))
        plain = library.import_original(prepared(seed=3))
        library.set_kept(add(library, favourite.id, seed=10, reference_ids=[reference.id]))
        add(library, plain.id, seed=11)
        for settings in (Settings(originals_retention="delete_after_generating"),
                         Settings(originals_retention="delete_after_days", originals_retention_days=30)):  # fmt: skip
            apply_retention(library, settings, paths, now=NOW)
            # A kept headshot's photos stay (its original and the further photos its run sent).
            assert {o.id for o in library.list_originals()} == {favourite.id, reference.id}
        assert (trash_dir / plain.path.name).is_file()


def test_kept_sources_lists_what_kept_headshots_were_made_from(library: Library) -> None:
    photo = library.import_original(prepared(seed=1))
    other = library.import_original(prepared(seed=2))
    shot = add(library, photo.id, seed=10, reference_ids=[other.id])
    assert library.kept_sources() == frozenset()
    library.set_kept(shot)
    assert library.kept_sources() == {photo.id, other.id}
