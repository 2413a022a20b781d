from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from headshot_desktop.library import Library, apply_retention
from headshot_desktop.system.logging import LOG_FILE_NAME
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.settings import Settings
from tests.unit.library.helpers import add, prepared

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _at(paths: AppPaths, moment: datetime) -> Library:
    return Library.open(paths.library_dir, clock=lambda: moment)


def test_keep_keeps_everything(paths: AppPaths) -> None:
    with _at(paths, NOW - timedelta(days=400)) as library:
        original = library.import_original(prepared(seed=1))
        add(library, original.id)
        report = apply_retention(library, Settings(originals_retention="keep"), paths, now=NOW)
        assert report.originals_trashed == [] and original.path.exists()


def test_delete_after_generating_unless_kept(paths: AppPaths, trash_dir: Path) -> None:
    with _at(paths, NOW) as library:
        used = library.import_original(prepared(seed=1))
        unused = library.import_original(prepared(seed=2))
        kept = library.import_original(prepared(seed=3))
        library.set_kept(kept)
        headshot = add(library, used.id)
        add(library, kept.id, seed=8)
        report = apply_retention(library, Settings(originals_retention="delete_after_generating"), paths, now=NOW)
        assert report.originals_trashed == [used.path]
        assert (trash_dir / used.path.name).is_file()
        assert {o.id for o in library.list_originals()} == {unused.id, kept.id}
        assert headshot.path.exists() and library.get_headshot(headshot.id).original_id is None


def test_delete_after_days(paths: AppPaths) -> None:
    with _at(paths, NOW - timedelta(days=31)) as library:
        old = library.import_original(prepared(seed=1))
        old_kept = library.set_kept(library.import_original(prepared(seed=2)))
    with _at(paths, NOW - timedelta(days=29)) as library:
        recent = library.import_original(prepared(seed=3))
        settings = Settings(originals_retention="delete_after_days", originals_retention_days=30)
        report = apply_retention(library, settings, paths, now=NOW)
        assert report.originals_trashed == [old.path]
        assert {o.id for o in library.list_originals()} == {old_kept.id, recent.id}


def test_old_rotated_logs_are_deleted(paths: AppPaths, library: Library) -> None:
    paths.log_dir.mkdir(parents=True)
    current = paths.log_dir / LOG_FILE_NAME
    old, young = paths.log_dir / f"{LOG_FILE_NAME}.2", paths.log_dir / f"{LOG_FILE_NAME}.1"
    unrelated = paths.log_dir / "notes.txt"
    for path, age_days in ((current, 200), (old, 91), (young, 89), (unrelated, 400)):
        path.write_text("x")
        stamp = (NOW - timedelta(days=age_days)).timestamp()
        os.utime(path, (stamp, stamp))
    report = apply_retention(library, Settings(log_retention_days=90), paths, now=NOW)
    assert report.logs_deleted == [old]
    assert current.exists() and young.exists() and unrelated.exists() and not old.exists()
    # Out-of-range settings are clamped (365 at most), never "delete everything".
    report = apply_retention(library, Settings(log_retention_days=10_000), paths, now=NOW)
    assert report.logs_deleted == [] and young.exists()


def test_trash_failure_is_reported_not_raised(paths: AppPaths) -> None:
    with Library.open(paths.library_dir, trash=lambda p: False) as library:
        original = library.import_original(prepared(seed=1))
        add(library, original.id)
        report = apply_retention(library, Settings(originals_retention="delete_after_generating"), paths)
        assert report.originals_trashed == [] and report.problems and original.path.exists()
