"""The folder is the truth: what a person does in the file manager shows up on the next scan."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from headshot_desktop.library import Library
from headshot_desktop.library.layout import INDEX_NAME
from tests.unit.library.helpers import add, decodes, image_bytes, prepared


def test_files_added_by_hand_are_adopted(library: Library) -> None:
    (library.headshots_dir / "my favourite.png").write_bytes(image_bytes(seed=1))
    (library.headshots_dir / "Best").mkdir()
    (library.headshots_dir / "Best" / "framed.JPG").write_bytes(image_bytes(fmt="JPEG", seed=2))
    (library.originals_dir / "2025-01-02 09.15 beach.webp").write_bytes(image_bytes(fmt="WEBP", seed=3))
    (library.headshots_dir / "notes.txt").write_text("not an image")
    (library.headshots_dir / ".hidden.png").write_bytes(image_bytes(seed=4))
    report = library.scan()
    assert len(report.added) == 3 and not report.damaged
    names = {h.path.relative_to(library.headshots_dir).as_posix() for h in library.list_headshots()}
    assert names == {"my favourite.png", "Best/framed.JPG"}
    (original,) = library.list_originals()
    assert original.created.astimezone().strftime("%Y-%m-%d %H.%M") == "2025-01-02 09.15"
    assert not library.scan().anything  # nothing changed since


def test_rename_and_move_keep_metadata(library: Library) -> None:
    original = library.import_original(prepared(seed=1))
    headshot = add(library, original.id, prompt="a very particular prompt")
    (library.headshots_dir / "Keep").mkdir()
    renamed = library.headshots_dir / "Keep" / "me at work.png"
    os.rename(headshot.path, renamed)
    moved_original = library.originals_dir / "selfie.png"
    os.rename(original.path, moved_original)
    report = library.scan()
    assert (headshot.path, renamed) in report.renamed and not report.added and not report.removed
    (after,) = library.list_headshots()
    assert after.id == headshot.id and after.path == renamed
    assert after.prompt == "a very particular prompt" and after.original_path == moved_original


def test_import_finds_a_renamed_original_without_a_scan(library: Library) -> None:
    original = library.import_original(prepared(seed=9))
    os.rename(original.path, library.originals_dir / "renamed.png")
    again = library.import_original(prepared(seed=9))
    assert again.id == original.id and again.path.name == "renamed.png"
    assert len(list(library.originals_dir.iterdir())) == 1


def test_files_deleted_by_hand_disappear(library: Library) -> None:
    original = library.import_original(prepared(seed=1))
    keep, gone = add(library, original.id, seed=1), add(library, original.id, seed=2, n=2)
    gone.path.unlink()
    original.path.unlink()
    report = library.scan()
    assert set(report.removed) == {gone.path, original.path}
    assert [h.id for h in library.list_headshots()] == [keep.id]
    assert library.list_headshots()[0].original_id is None
    assert library.list_originals() == []


def test_edited_file_keeps_metadata_and_new_hash(library: Library) -> None:
    headshot = add(library, style_name="Warm studio")
    headshot.path.write_bytes(image_bytes(seed=99))
    report = library.scan()
    assert report.changed == [headshot.path]
    after = library.get_headshot(headshot.id)
    assert after.style_name == "Warm studio" and after.file_hash != headshot.file_hash


def test_damaged_file_is_listed_as_damaged(library: Library) -> None:
    good = add(library, seed=1)
    data = image_bytes(200, 200, seed=2)
    (library.headshots_dir / "cut off.png").write_bytes(data[: len(data) // 2])
    (library.headshots_dir / "zero.jpg").write_bytes(b"")
    report = library.scan()
    assert {p.name for p in report.damaged} == {"cut off.png", "zero.jpg"}
    listed = {h.path.name: h.damaged for h in library.list_headshots()}
    assert listed == {good.path.name: False, "cut off.png": True, "zero.jpg": True}


def test_leftover_temp_files_are_removed(library: Library) -> None:
    for folder in (library.headshots_dir, library.originals_dir, library.root):
        (folder / ".tmp-abc123.png").write_bytes(b"half a file")
    (library.headshots_dir / ".tmp-notes").mkdir()  # a folder with that name is not ours to remove
    report = library.scan()
    assert report.temp_files_removed == 3
    assert not any(p.name.startswith(".tmp-") and p.is_file() for p in library.root.rglob("*"))


def _index_rows(root: Path) -> int:
    conn = sqlite3.connect(root / INDEX_NAME)
    try:
        return conn.execute("SELECT count(*) FROM headshots").fetchone()[0]
    finally:
        conn.close()


def test_garbage_index_is_rebuilt_from_the_files(paths) -> None:
    with Library.open(paths.library_dir) as library:
        original = library.import_original(prepared(seed=1))
        made = [add(library, original.id, seed=i, n=i) for i in range(1, 4)]
    index = paths.library_dir / INDEX_NAME
    index.write_bytes(os.urandom(4096))
    with Library.open(paths.library_dir) as library:
        assert library.last_scan.index_rebuilt
        listed = library.list_headshots()
        assert sorted(h.path for h in listed) == sorted(h.path for h in made)
        assert all(decodes(h.path) for h in listed)
        assert len(library.list_originals()) == 1
    assert (paths.library_dir / (INDEX_NAME + ".damaged")).is_file()
    conn = sqlite3.connect(index)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_half_overwritten_index_is_rebuilt(paths) -> None:
    with Library.open(paths.library_dir) as library:
        for i in range(30):
            add(library, seed=i, n=i, prompt="x" * 2000)
    index = paths.library_dir / INDEX_NAME
    data = bytearray(index.read_bytes())
    data[len(data) // 2 :] = os.urandom(len(data) - len(data) // 2)
    index.write_bytes(bytes(data))
    with Library.open(paths.library_dir) as library:
        assert len(library.list_headshots()) == 30


def test_missing_index_is_rebuilt(paths) -> None:
    with Library.open(paths.library_dir) as library:
        add(library)
    (paths.library_dir / INDEX_NAME).unlink()
    with Library.open(paths.library_dir) as library:
        assert len(library.list_headshots()) == 1 and library.last_scan.index_rebuilt


def test_library_copied_elsewhere_opens(paths, home: Path) -> None:
    with Library.open(paths.library_dir) as library:
        add(library, prompt="travels along")
    copy = home / "USB stick" / "library"
    shutil.copytree(paths.library_dir, copy)
    with Library.open(copy) as library:
        (headshot,) = library.list_headshots()
        assert headshot.path.parent == copy / "Headshots" and headshot.prompt == "travels along"


WRITER = textwrap.dedent(
    """
    import sys
    from headshot_desktop.library import Library
    from tests.unit.library.helpers import add
    root, first = sys.argv[1], int(sys.argv[2])
    with Library.open(root) as library:
        for i in range(first, first + 15):
            add(library, seed=i, n=1)
            library.scan()
    """
)


def test_two_running_instances_never_corrupt_anything(paths) -> None:
    Library.open(paths.library_dir).close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])}
    workers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(paths.library_dir), str(first)], env=env)
        for first in (0, 1000)
    ]
    assert [w.wait(timeout=60) for w in workers] == [0, 0]
    files = list(paths.library_dir.joinpath("Headshots").iterdir())
    assert len(files) == 30 and all(decodes(f) for f in files)
    assert _index_rows(paths.library_dir) == 30
    with Library.open(paths.library_dir) as library:
        assert not library.last_scan.anything
