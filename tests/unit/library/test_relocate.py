"""Moving the library to another folder: every photo arrives whole before the old ones go, never one lost."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import CancelledError, HeadshotError
from headshot_desktop.library import Library, relocate
from headshot_desktop.library.layout import INDEX_NAME
from headshot_desktop.library.relocate import RelocateError, count_photos, move_library
from tests.unit.library.helpers import add, prepared

REPO = Path(__file__).parents[3]


def hashes(root: Path) -> dict[str, str]:
    """Every photo under the library's folders: its path inside the library -> its sha256."""
    found = {}
    for folder in ("Originals", "Headshots"):
        for path in (root / folder).rglob("*") if (root / folder).exists() else ():
            if path.is_file() and not path.name.startswith("."):
                found[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def make_library(root: Path, originals: int = 2, seed: int = 0) -> dict[str, str]:
    """A closed library with ``originals`` photos, two headshots each (one kept): its photos' hashes."""
    with Library.open(root) as library:
        for i in range(originals):
            original = library.import_original(prepared(name=f"selfie {i}.jpg", seed=seed + 100 + i))
            first = add(library, original.id, seed=seed + 200 + i, n=1)
            add(library, original.id, seed=seed + 300 + i, n=2)
            library.set_kept(first, True)
    return hashes(root)


def test_the_moved_library_has_every_photo_and_what_the_index_knows(home: Path) -> None:
    old, new = home / "Pictures" / "Headshot Desktop", home / "Elsewhere" / "Headshots library"
    photos = make_library(old)
    assert count_photos(old) == len(photos) == 6
    with Library.open(old, scan=False) as library:
        before = {(h.path.name, h.style_name, h.kept, h.original_path.name) for h in library.list_headshots()}
    seen_at_commit = []

    def commit() -> None:  # the new copy is complete, the old one still whole
        seen_at_commit.append((hashes(new), hashes(old)))

    progress = []
    report = move_library(old, new, on_progress=progress.append, commit=commit)

    assert seen_at_commit == [(photos, photos)]
    assert hashes(new) == photos and report.photos == 6
    assert not old.exists() and report.old_folder_removed
    assert progress[-1].done == progress[-1].total and progress[-1].total >= 6
    with Library.open(new) as library:
        assert not library.index_was_rebuilt
        after = {(h.path.name, h.style_name, h.kept, h.original_path.name) for h in library.list_headshots()}
        assert after == before  # the style, the Keep mark and the original travelled with each photo
        assert not library.last_scan.changed


def test_the_person_s_own_files_in_the_old_folder_stay(home: Path) -> None:
    old, new = home / "Old", home / "New"
    make_library(old, originals=1)
    (old / "notes.txt").write_text("mine")
    report = move_library(old, new)
    assert (old / "notes.txt").read_text() == "mine" and not report.old_folder_removed
    assert count_photos(old) == 0 and count_photos(new) == 3


@pytest.mark.parametrize("where", ["itself", "inside", "inside Originals"])
def test_a_folder_inside_the_library_is_refused(home: Path, where: str) -> None:
    old = home / "Old"
    photos = make_library(old, originals=1)
    target = {"itself": old, "inside": old / "sub", "inside Originals": old / "Originals" / "x"}[where]
    with pytest.raises(RelocateError) as caught:
        move_library(old, target)
    assert str(old) in caught.value.user_text() and "inside" in caught.value.user_text()
    assert hashes(old) == photos


def test_a_folder_holding_other_files_is_refused_and_left_untouched(home: Path) -> None:
    old, new = home / "Old", home / "Documents"
    photos = make_library(old, originals=1)
    new.mkdir()
    (new / "tax 2025.pdf").write_bytes(b"%PDF")
    with pytest.raises(RelocateError) as caught:
        move_library(old, new)
    text = caught.value.user_text()
    assert str(new) in text and "not empty" in text and "tax 2025.pdf" in text
    assert sorted(p.name for p in new.iterdir()) == ["tax 2025.pdf"]
    assert hashes(old) == photos


def test_a_folder_holding_another_library_with_photos_is_refused(home: Path) -> None:
    old, new = home / "Old", home / "Other"
    photos = make_library(old, originals=1)
    theirs = make_library(new, originals=1, seed=50)
    with pytest.raises(RelocateError) as caught:
        move_library(old, new)
    assert "already holds a library" in caught.value.user_text() and "3 photos" in caught.value.user_text()
    assert hashes(old) == photos and hashes(new) == theirs


def test_an_empty_library_is_a_place_to_move_to(home: Path) -> None:
    old, new = home / "Old", home / "Empty"
    photos = make_library(old, originals=1)
    Library.open(new).close()  # opened once (the person tried the new folder first): an index, no photos
    move_library(old, new)
    with Library.open(new) as library:
        assert len(library.list_headshots()) == 2 and len(library.list_originals()) == 1
    assert hashes(new) == photos


def test_cancel_leaves_the_old_library_whole_and_takes_the_copies_back(home: Path) -> None:
    old, new = home / "Old", home / "New"
    photos = make_library(old)
    cancel = CancelToken()
    committed = []

    def progress(event: relocate.MoveProgress) -> None:
        if event.done == 3:
            cancel.cancel()

    with pytest.raises(CancelledError):
        move_library(old, new, on_progress=progress, cancel=cancel, commit=lambda: committed.append(1))
    assert committed == [] and hashes(old) == photos
    assert hashes(new) == {} and not (new / INDEX_NAME).exists()


def test_a_failed_commit_keeps_the_old_library(home: Path) -> None:
    old, new = home / "Old", home / "New"
    photos = make_library(old, originals=1)

    def commit() -> None:
        raise OSError("the settings could not be saved")

    with pytest.raises(OSError):
        move_library(old, new, commit=commit)
    assert hashes(old) == photos and hashes(new) == {}


def test_a_library_open_elsewhere_is_not_moved(home: Path) -> None:
    old, new = home / "Old", home / "New"
    photos = make_library(old, originals=1)
    with Library.open(old):  # another window or command has it open
        with pytest.raises(RelocateError) as caught:
            move_library(old, new, lock_timeout=0.2)
    assert "open" in caught.value.user_text()
    assert hashes(old) == photos and not new.exists()


def test_not_enough_room_is_said_before_anything_is_copied(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = home / "Old", home / "New"
    photos = make_library(old, originals=1)
    real = relocate.shutil.disk_usage
    monkeypatch.setattr(relocate.shutil, "disk_usage", lambda p: real(p)._replace(free=10))
    with pytest.raises(RelocateError) as caught:
        move_library(old, new)
    assert "space" in caught.value.user_text() and str(new) in caught.value.user_text()
    assert hashes(old) == photos and not new.exists()


MOVER = """
import os, sys
from pathlib import Path
from headshot_desktop.library.relocate import move_library
after = int(sys.argv[3])
def progress(event):
    if event.done >= after:
        os.kill(os.getpid(), 9)  # the power goes out: no clean-up runs
def commit():
    Path(sys.argv[4]).write_text("committed")
move_library(Path(sys.argv[1]), Path(sys.argv[2]), on_progress=progress if after else None, commit=commit)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_at_any_moment_no_photo_is_lost_and_a_second_try_finishes(home: Path, tmp_path: Path) -> None:
    old, new = home / "Old", home / "New"
    photos = make_library(old, originals=3)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    committed = tmp_path / "committed"
    for after in (1, 4, 7, 10):
        killed = subprocess.run([sys.executable, "-c", MOVER, str(old), str(new), str(after), str(committed)],
                                env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert not committed.exists()
        assert hashes(old) == photos  # the old library is whole until the new one is
        copied = hashes(new)
        assert copied and copied.items() <= photos.items()  # what arrived arrived whole
    finished = subprocess.run([sys.executable, "-c", MOVER, str(old), str(new), "0", str(committed)],
                              env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert finished.returncode == 0, finished.stderr
    assert committed.exists() and hashes(new) == photos
    with Library.open(new) as library:
        assert len(library.list_headshots()) == 6 and not library.last_scan.changed


def test_a_refusal_is_a_headshot_error_with_a_hint(home: Path) -> None:
    old = home / "Old"
    make_library(old, originals=1)
    with pytest.raises(HeadshotError) as caught:
        move_library(old, old / "Headshots")
    assert caught.value.hint
