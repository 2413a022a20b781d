"""The tree of refinements: each headshot names the headshot it was refined from, and the instruction."""

from __future__ import annotations

import io
import json
import logging
import sqlite3
import zipfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from headshot_desktop.errors import NotFoundError
from headshot_desktop.library import Headshot, Library, export_all
from headshot_desktop.library.index import index_files
from headshot_desktop.library.journal import JOURNAL_NAME
from headshot_desktop.library.layout import INDEX_NAME
from tests.unit.library.helpers import add, prepared

NAVY = "tie navy instead of red"
SOFTER = "softer light on the left"
SMILE = "a slight smile"


def _tree(library: Library) -> tuple[Headshot, Headshot, Headshot, Headshot]:
    """root -> middle ("navy") -> leaf ("softer"), and root -> sibling ("smile"), made in that order."""
    main = library.import_original(prepared(seed=1))
    root = add(library, main.id, seed=10)
    middle = add(library, main.id, seed=11, parent_id=root.id, instruction=NAVY)
    leaf = add(library, main.id, seed=12, parent_id=middle.id, instruction=SOFTER)
    sibling = add(library, main.id, seed=13, parent_id=root.id, instruction=SMILE)
    return root, middle, leaf, sibling


def _ids(headshots: list[Headshot]) -> list[int]:
    return [h.id for h in headshots]


def test_parent_and_instruction_are_stored_and_read_back_everywhere(library: Library) -> None:
    root, middle, leaf, _ = _tree(library)
    assert (middle.parent_id, middle.instruction) == (root.id, NAVY)
    assert (root.parent_id, root.instruction) == (None, "")
    assert library.get_headshot(leaf.id).parent_id == middle.id
    assert library.get_headshot(leaf.id).instruction == SOFTER
    listed = {h.id: (h.parent_id, h.instruction) for h in library.list_headshots()}
    assert listed[middle.id] == (root.id, NAVY) and listed[leaf.id] == (middle.id, SOFTER)
    assert library.list_headshots(original_id=root.original_id)[0].parent_id == root.id  # the newest: sibling


def test_lineage_runs_from_the_root_down_to_the_headshot(library: Library) -> None:
    root, middle, leaf, sibling = _tree(library)
    assert _ids(library.lineage(leaf.id)) == [root.id, middle.id, leaf.id]
    assert [h.instruction for h in library.lineage(leaf.id)] == ["", NAVY, SOFTER]
    assert _ids(library.lineage(sibling.id)) == [root.id, sibling.id]
    assert _ids(library.lineage(root.id)) == [root.id]


def test_lineage_of_an_unknown_headshot_is_not_found(library: Library) -> None:
    _tree(library)
    with pytest.raises(NotFoundError):
        library.lineage(999)


def test_children_are_listed_oldest_first(library: Library) -> None:
    root, middle, leaf, sibling = _tree(library)
    assert _ids(library.children(root.id)) == [middle.id, sibling.id]
    assert _ids(library.children(middle.id)) == [leaf.id]
    assert library.children(leaf.id) == []


def test_children_follow_the_time_made_not_the_number(tmp_path: Path) -> None:
    now = [datetime(2026, 3, 1, tzinfo=UTC)]
    with Library.open(tmp_path / "lib", clock=lambda: now[0]) as library:
        main = library.import_original(prepared(seed=1))
        root = add(library, main.id, seed=10)
        now[0] = datetime(2026, 3, 5, tzinfo=UTC)
        late = add(library, main.id, seed=11, parent_id=root.id, instruction=NAVY)
        now[0] = datetime(2026, 3, 3, tzinfo=UTC)  # a clock set back: made later, yet the older of the two
        early = add(library, main.id, seed=12, parent_id=root.id, instruction=SMILE)
        assert early.id > late.id and _ids(library.children(root.id)) == [early.id, late.id]


def test_the_journal_names_the_parent_by_file_hash(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as library:
        root, middle, _, _ = _tree(library)
    lines = [json.loads(line) for line in (tmp_path / "lib" / JOURNAL_NAME).read_text().splitlines()]
    record = next(r for r in lines if r.get("sha256") == middle.file_hash and r.get("kind") == "headshot")
    assert record["parent_sha256"] == root.file_hash and record["instruction"] == NAVY


def test_a_vanished_parent_is_dropped_with_a_warning(library: Library, caplog: pytest.LogCaptureFixture) -> None:
    main = library.import_original(prepared(seed=1))
    with caplog.at_level(logging.WARNING, logger="headshot_desktop.library"):
        made = add(library, main.id, parent_id=999, instruction=NAVY)
    assert made.path.is_file() and made.parent_id is None and made.instruction == NAVY
    assert "999" in caplog.text and "vanished" in caplog.text
    assert library.lineage(made.id) == [library.get_headshot(made.id)]


def test_deleting_the_middle_headshot_leaves_its_child_as_a_root(tmp_path: Path) -> None:
    root_dir = tmp_path / "lib"
    with Library.open(root_dir) as library:
        root, middle, leaf, sibling = _tree(library)
        library.delete(middle, permanently=True)
        again = library.get_headshot(leaf.id)
        assert again.path.is_file() and (again.parent_id, again.instruction) == (None, SOFTER)
        assert _ids(library.lineage(leaf.id)) == [leaf.id]
        assert _ids(library.children(root.id)) == [sibling.id]
    with closing(sqlite3.connect(root_dir / INDEX_NAME)) as conn:
        assert conn.execute("SELECT parent_id FROM headshots WHERE id = ?", (leaf.id,)).fetchone() == (None,)


def test_a_deleted_parent_brought_back_by_hand_is_not_linked_again(tmp_path: Path) -> None:
    root_dir, kept = tmp_path / "lib", tmp_path / "trash"
    kept.mkdir()

    def to_trash(path: Path) -> None:
        path.rename(kept / path.name)

    with Library.open(root_dir, trash=to_trash) as library:
        _, middle, leaf, _ = _tree(library)
        library.delete(middle)
    (kept / middle.path.name).rename(middle.path)  # restored from the trash
    for path in index_files(root_dir / INDEX_NAME):  # and the index is lost: the journal decides
        path.unlink(missing_ok=True)
    with Library.open(root_dir) as library:
        by_path = {h.path: h for h in library.list_headshots()}
        assert middle.path in by_path
        assert (by_path[leaf.path].parent_id, by_path[leaf.path].instruction) == (None, SOFTER)


def test_deleting_a_whole_branch_forgets_it(library: Library) -> None:
    root, middle, leaf, sibling = _tree(library)
    library.delete([middle, leaf], permanently=True)
    assert _ids(library.children(root.id)) == [sibling.id]
    assert {h.id for h in library.list_headshots()} == {root.id, sibling.id}


def _damage(index_path: Path, links: dict[int, int]) -> None:
    with closing(sqlite3.connect(index_path)) as conn, conn:  # foreign keys are off in a plain connection
        conn.executemany("UPDATE headshots SET parent_id = ? WHERE id = ?", [(p, c) for c, p in links.items()])


@pytest.mark.timeout(20)
def test_a_loop_in_a_damaged_index_ends_the_lineage(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root_dir = tmp_path / "lib"
    with Library.open(root_dir) as library:
        root, middle, leaf, _ = _tree(library)
    _damage(root_dir / INDEX_NAME, {root.id: leaf.id})  # root -> middle -> leaf -> root -> ...
    with Library.open(root_dir) as library, caplog.at_level(logging.WARNING, logger="headshot_desktop.library"):
        assert _ids(library.lineage(leaf.id)) == [root.id, middle.id, leaf.id]
        assert _ids(library.lineage(root.id)) == [middle.id, leaf.id, root.id]
        assert "loop" in caplog.text


@pytest.mark.timeout(20)
def test_a_headshot_named_its_own_parent_is_its_own_root(tmp_path: Path) -> None:
    root_dir = tmp_path / "lib"
    with Library.open(root_dir) as library:
        root, middle, _, _ = _tree(library)
    _damage(root_dir / INDEX_NAME, {root.id: root.id})
    with Library.open(root_dir) as library:
        assert _ids(library.lineage(root.id)) == [root.id]
        assert _ids(library.lineage(middle.id)) == [root.id, middle.id]
        assert root.id not in _ids(library.children(root.id))


def test_the_data_export_lists_parent_and_instruction(library: Library, tmp_path: Path) -> None:
    root, middle, _, _ = _tree(library)
    export_all(library, tmp_path / "all.zip")
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        metadata = json.load(io.BytesIO(archive.read("metadata.json")))
        assert "instruction" in archive.read("README.txt").decode()
    records = {r["id"]: r for r in metadata["headshots"]}
    assert records[middle.id]["parent_id"] == root.id and records[middle.id]["instruction"] == NAVY
    assert records[middle.id]["parent_file"] == records[root.id]["file"]
    assert (records[root.id]["parent_id"], records[root.id]["instruction"], records[root.id]["parent_file"]) == (
        None,
        "",
        None,
    )
