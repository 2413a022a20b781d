"""A headshot remembers the reference photos of its run ("photo set"), in order, through everything."""

from __future__ import annotations

import io
import json
import logging
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from headshot_desktop.library import Library, Original, export_all
from headshot_desktop.library.index import index_files
from headshot_desktop.library.journal import JOURNAL_NAME
from headshot_desktop.library.layout import INDEX_NAME
from tests.support.mounts import read_only_bind
from tests.unit.library.helpers import add, prepared


def _originals(library: Library, *seeds: int) -> list[Original]:
    return [library.import_original(prepared(seed=seed, name=f"photo {seed}.jpg")) for seed in seeds]


def _lose_index(root: Path) -> None:
    for path in index_files(root / INDEX_NAME):
        path.unlink(missing_ok=True)


def test_references_are_stored_in_the_given_order_and_read_back_everywhere(library: Library) -> None:
    main, a, b, c = _originals(library, 1, 2, 3, 4)
    order = (c.id, a.id, b.id)  # not the order they were imported in, nor sorted
    made = add(library, main.id, reference_ids=order)
    assert made.reference_ids == order
    assert library.get_headshot(made.id).reference_ids == order
    assert [h.reference_ids for h in library.list_headshots()] == [order]
    assert library.list_headshots(original_id=main.id)[0].reference_ids == order
    assert library.list_headshots(style_id=made.style_id)[0].reference_ids == order


def test_each_headshot_has_its_own_references(library: Library) -> None:
    main, a, b = _originals(library, 1, 2, 3)
    plain = add(library, main.id, seed=10)
    one = add(library, main.id, seed=11, reference_ids=[b.id])
    two = add(library, main.id, seed=12, reference_ids=[a.id, b.id])
    by_id = {h.id: h.reference_ids for h in library.list_headshots()}
    assert by_id == {plain.id: (), one.id: (b.id,), two.id: (a.id, b.id)}


def test_the_same_reference_twice_is_listed_once(library: Library) -> None:
    main, a, b = _originals(library, 1, 2, 3)
    assert add(library, main.id, reference_ids=[a.id, b.id, a.id]).reference_ids == (a.id, b.id)


def test_references_are_in_the_journal_by_file_hash(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as library:
        main, a, b = _originals(library, 1, 2, 3)
        made = add(library, main.id, reference_ids=[b.id, a.id])
    lines = [json.loads(line) for line in (tmp_path / "lib" / JOURNAL_NAME).read_text().splitlines()]
    record = next(r for r in lines if r.get("sha256") == made.file_hash and r.get("kind") == "headshot")
    assert record["reference_sha256"] == [b.file_hash, a.file_hash]


def test_references_survive_closing_and_reopening(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as library:
        main, a, b = _originals(library, 1, 2, 3)
        made = add(library, main.id, reference_ids=[b.id, a.id])
    with Library.open(root) as library:
        assert library.get_headshot(made.id).reference_ids == (b.id, a.id)


def test_a_lost_index_is_rebuilt_with_the_references_in_order(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as library:
        main, a, b, c = _originals(library, 1, 2, 3, 4)
        made = add(library, main.id, reference_ids=[c.id, a.id, b.id])
        plain = add(library, main.id, seed=9)
    _lose_index(root)
    with Library.open(root, scan=False) as library:
        report = library.scan()
        assert report.index_rebuilt and report.details_restored == 2
        by_path = {o.path: o.id for o in library.list_originals()}  # ids may differ after a rebuild
        again = {h.path: h for h in library.list_headshots()}
        assert again[made.path].reference_ids == (by_path[c.path], by_path[a.path], by_path[b.path])
        assert again[plain.path].reference_ids == ()


def test_a_rebuild_skips_a_reference_whose_file_is_gone(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as library:
        main, a, b = _originals(library, 1, 2, 3)
        made = add(library, main.id, reference_ids=[a.id, b.id])
    _lose_index(root)
    a.path.unlink()  # removed by hand while the index was lost
    with Library.open(root) as library:
        (b_again,) = [o for o in library.list_originals() if o.path == b.path]
        assert library.list_headshots()[0].path == made.path
        assert library.list_headshots()[0].reference_ids == (b_again.id,)


def test_a_rebuild_links_two_copies_of_one_photo_once(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as library:
        main, a = _originals(library, 1, 2)
        shutil.copy2(a.path, a.path.with_name("a copy made by hand.png"))
        library.scan()
        (copy,) = [o for o in library.list_originals() if o.name == "a copy made by hand.png"]
        assert add(library, main.id, reference_ids=[a.id, copy.id]).reference_ids == (a.id, copy.id)
    _lose_index(root)
    with Library.open(root) as library:
        same_photo = {o.id for o in library.list_originals() if o.file_hash == a.file_hash}
        (rebuilt,) = library.list_headshots()
        assert len(rebuilt.reference_ids) == 1 and set(rebuilt.reference_ids) <= same_photo


def test_a_vanished_reference_is_dropped_with_a_warning(library: Library, caplog: pytest.LogCaptureFixture) -> None:
    main, a = _originals(library, 1, 2)
    with caplog.at_level(logging.WARNING, logger="headshot_desktop.library"):
        made = add(library, main.id, reference_ids=[999, a.id])
    assert made.path.is_file() and made.reference_ids == (a.id,)
    assert "999" in caplog.text and "vanished" in caplog.text
    assert library.get_headshot(made.id).original_id == main.id


def test_deleting_a_reference_keeps_the_headshot_without_it(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root, trash=lambda _p: None) as library:
        main, a, b, c = _originals(library, 1, 2, 3, 4)
        made = add(library, main.id, reference_ids=[a.id, b.id, c.id])
        library.delete(b)
        again = library.get_headshot(made.id)
        assert again.path.is_file() and again.original_id == main.id
        assert again.reference_ids == (a.id, c.id)
    with sqlite3.connect(root / INDEX_NAME) as conn:
        assert conn.execute("SELECT count(*) FROM headshot_references WHERE original_id = ?", (b.id,)).fetchone() == (
            0,
        )


def test_a_reference_removed_by_hand_is_unlinked_by_the_scan(library: Library) -> None:
    main, a, b = _originals(library, 1, 2, 3)
    made = add(library, main.id, reference_ids=[a.id, b.id])
    a.path.unlink()
    library.scan()
    assert library.get_headshot(made.id).reference_ids == (b.id,)


def test_a_renamed_reference_stays_linked(library: Library) -> None:
    main, a = _originals(library, 1, 2)
    made = add(library, main.id, reference_ids=[a.id])
    a.path.rename(a.path.with_name("renamed by hand.png"))
    library.scan()
    assert library.get_headshot(made.id).reference_ids == (a.id,)
    assert library.get_original(a.id).path.name == "renamed by hand.png"


def test_deleting_the_headshot_removes_its_links(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root, trash=lambda _p: None) as library:
        main, a = _originals(library, 1, 2)
        made = add(library, main.id, reference_ids=[a.id])
        library.delete(made)
        assert library.get_original(a.id).path.is_file()
    with sqlite3.connect(root / INDEX_NAME) as conn:
        assert conn.execute("SELECT count(*) FROM headshot_references").fetchone() == (0,)


def test_a_reference_counts_as_generated_like_the_original(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as library:
        main, a, unused = _originals(library, 1, 2, 3)
        add(library, main.id, reference_ids=[a.id])
        assert [library.get_original(o.id).generated for o in (main, a, unused)] == [True, True, False]
    _lose_index(root)  # the journal says so too
    with Library.open(root) as library:
        generated = {o.path: o.generated for o in library.list_originals()}
        assert generated == {main.path: True, a.path: True, unused.path: False}


def test_a_read_only_snapshot_lists_the_references(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as library:
        main, a = _originals(library, 1, 2)
        made = add(library, main.id, reference_ids=[a.id])
    with read_only_bind(root, tmp_path / "read-only") as ro, Library.open(ro) as library:
        assert library.read_only  # the index is an in-memory copy here
        assert library.get_headshot(made.id).reference_ids == (a.id,)


def test_the_data_export_names_the_references(library: Library, tmp_path: Path) -> None:
    main, a, b = _originals(library, 1, 2, 3)
    made = add(library, main.id, reference_ids=[b.id, a.id])
    export_all(library, tmp_path / "all.zip")
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        metadata = json.load(io.BytesIO(archive.read("metadata.json")))
    (record,) = metadata["headshots"]
    files = {r["id"]: r["file"] for r in metadata["originals"]}
    assert record["id"] == made.id and record["reference_ids"] == [b.id, a.id]
    assert record["reference_files"] == [files[b.id], files[a.id]]
