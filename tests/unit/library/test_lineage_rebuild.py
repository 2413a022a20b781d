"""The tree of refinements outlives the index: a reopen, a rebuild from the files, an upgrade, a recovery."""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from headshot_desktop.library import Headshot, Library
from headshot_desktop.library import index as index_module
from headshot_desktop.library.imaging import sha256_hex
from headshot_desktop.library.index import MIGRATIONS, SCHEMA_VERSION, index_files
from headshot_desktop.library.journal import JOURNAL_NAME
from headshot_desktop.library.layout import INDEX_NAME, relative
from headshot_desktop.library.recovery import RecoveryBox, recovery_meta
from tests.support.mounts import read_only_bind
from tests.unit.library.helpers import HEADSHOT_META, add, image_bytes, prepared

BEFORE_REFINEMENTS = 2  # the user_version of an index made before headshots had parents
NAVY = "tie navy instead of red"
SOFTER = "softer light on the left"


def _chain(library: Library) -> tuple[Headshot, Headshot, Headshot]:
    """root -> middle ("navy") -> leaf ("softer")."""
    main = library.import_original(prepared(seed=1))
    root = add(library, main.id, seed=10)
    middle = add(library, main.id, seed=11, parent_id=root.id, instruction=NAVY)
    leaf = add(library, main.id, seed=12, parent_id=middle.id, instruction=SOFTER)
    return root, middle, leaf


def _lose_index(root: Path) -> None:
    for path in index_files(root / INDEX_NAME):
        path.unlink(missing_ok=True)


def _tree_by_path(library: Library) -> dict[Path, tuple[Path | None, str]]:
    """Each headshot's file -> (its parent's file, its instruction): ids may change in a rebuild."""
    by_id = {h.id: h for h in library.list_headshots()}
    return {
        h.path: (by_id[h.parent_id].path if h.parent_id is not None else None, h.instruction) for h in by_id.values()
    }


def test_the_tree_survives_closing_and_reopening(tmp_path: Path) -> None:
    root_dir = tmp_path / "lib"
    with Library.open(root_dir) as library:
        root, middle, leaf = _chain(library)
    with Library.open(root_dir) as library:
        assert [h.id for h in library.lineage(leaf.id)] == [root.id, middle.id, leaf.id]
        assert [h.id for h in library.children(root.id)] == [middle.id]
        assert library.get_headshot(leaf.id).instruction == SOFTER


def test_a_lost_index_is_rebuilt_with_the_same_tree(tmp_path: Path) -> None:
    root_dir = tmp_path / "lib"
    with Library.open(root_dir) as library:
        root, middle, leaf = _chain(library)
        expected = _tree_by_path(library)
    assert expected[leaf.path] == (middle.path, SOFTER)
    _lose_index(root_dir)
    with Library.open(root_dir, scan=False) as library:
        report = library.scan()
        assert report.index_rebuilt and report.details_restored == 3
        assert _tree_by_path(library) == expected
        (leaf_again,) = [h for h in library.list_headshots() if h.path == leaf.path]
        assert [h.path for h in library.lineage(leaf_again.id)] == [root.path, middle.path, leaf.path]


def test_a_rebuild_links_a_refinement_found_before_its_parent(tmp_path: Path) -> None:
    root_dir = tmp_path / "lib"
    with Library.open(root_dir) as library:
        root, middle, leaf = _chain(library)
    # The scan reads a folder's files before its subfolders: the leaf first, the root last.
    deeper = root_dir / "Headshots" / "older" / "oldest"
    deeper.mkdir(parents=True)
    moved_middle, moved_root = middle.path.parent / "older" / middle.path.name, deeper / root.path.name
    middle.path.rename(moved_middle)
    root.path.rename(moved_root)
    _lose_index(root_dir)
    with Library.open(root_dir) as library:
        assert _tree_by_path(library) == {
            moved_root: (None, ""),
            moved_middle: (moved_root, NAVY),
            leaf.path: (moved_middle, SOFTER),
        }


def test_a_rebuild_does_not_link_a_loop_in_the_journal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root_dir = tmp_path / "lib"
    with Library.open(root_dir) as library:
        root, middle, leaf = _chain(library)
    journal = root_dir / JOURNAL_NAME
    damaged = json.dumps({"sha256": root.file_hash, "parent_sha256": leaf.file_hash})
    journal.write_text(journal.read_text() + damaged + "\n")  # root -> middle -> leaf -> root
    _lose_index(root_dir)
    with caplog.at_level(logging.WARNING, logger="headshot_desktop.library"), Library.open(root_dir) as library:
        tree = _tree_by_path(library)
        for start in library.list_headshots():  # every walk up ends at a root
            chain = library.lineage(start.id)
            assert chain[0].parent_id is None and chain[-1].id == start.id
    assert sum(parent is None for parent, _ in tree.values()) == 1
    assert "loop" in caplog.text


def _index_at_version_2(root: Path) -> dict[str, int]:
    """Replace the index by one made with the first two migrations only, holding every file, and no journal.

    Returns the ids given, by file name.
    """
    for path in [*index_files(root / INDEX_NAME), root / JOURNAL_NAME]:
        path.unlink(missing_ok=True)
    ids: dict[str, int] = {}
    with closing(sqlite3.connect(root / INDEX_NAME, isolation_level=None)) as conn:
        for migration in MIGRATIONS[:BEFORE_REFINEMENTS]:
            conn.executescript(migration)
        conn.execute(f"PRAGMA user_version = {BEFORE_REFINEMENTS}")
        original_id = None
        for table, folder in (("originals", "Originals"), ("headshots", "Headshots")):
            for path in sorted((root / folder).iterdir()):
                stat = path.stat()
                common = dict(rel_path=relative(root, path), file_hash=sha256_hex(path.read_bytes()),
                              size=stat.st_size, mtime_ns=stat.st_mtime_ns, created=index_module.from_iso(
                                  "2026-01-02T03:04:05+00:00"))  # fmt: skip
                if table == "originals":
                    ids[path.name] = original_id = index_module.insert_original(conn, source_name="old.jpg", **common)
                else:
                    fields = {k: v for k, v in HEADSHOT_META.items() if k != "size"}
                    ids[path.name] = index_module.insert_headshot(
                        conn, original_id=original_id, image_size="1024x1536", **fields, **common
                    )
        columns = {r[1] for r in conn.execute("PRAGMA table_info(headshots)")}
        assert "parent_id" not in columns and "instruction" not in columns
    return ids


def _two_plain_headshots(root: Path) -> list[Headshot]:
    with Library.open(root) as library:
        main = library.import_original(prepared(seed=1))
        return [add(library, main.id, seed=s) for s in (10, 11)]


def test_an_index_from_before_refinements_is_upgraded_without_losing_rows(tmp_path: Path) -> None:
    root_dir = tmp_path / "lib"
    first, second = _two_plain_headshots(root_dir)
    ids = _index_at_version_2(root_dir)
    with Library.open(root_dir) as library:
        assert not library.index_was_rebuilt and not library.last_scan.anything
        listed = {h.id: h for h in library.list_headshots()}
        assert set(listed) == {ids[first.path.name], ids[second.path.name]}
        assert all((h.parent_id, h.instruction) == (None, "") for h in listed.values())
        assert all(h.prompt == HEADSHOT_META["prompt"] for h in listed.values())
        made = add(library, listed[ids[first.path.name]].original_id, seed=9, parent_id=ids[first.path.name],
                   instruction=NAVY)  # fmt: skip
        assert [h.id for h in library.lineage(made.id)] == [ids[first.path.name], made.id]
    with closing(sqlite3.connect(root_dir / INDEX_NAME)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION > BEFORE_REFINEMENTS
        assert conn.execute("SELECT count(*) FROM headshots").fetchone() == (3,)
    assert not Path(f"{root_dir / INDEX_NAME}.damaged").exists()


def test_an_upgraded_index_sets_a_deleted_parent_to_none(tmp_path: Path) -> None:
    root_dir = tmp_path / "lib"
    first, _ = _two_plain_headshots(root_dir)
    ids = _index_at_version_2(root_dir)
    with Library.open(root_dir) as library:  # the added column carries ON DELETE SET NULL too
        parent = library.get_headshot(ids[first.path.name])
        made = add(library, parent.original_id, seed=9, parent_id=parent.id, instruction=NAVY)
        library.delete(parent, permanently=True)
        assert (library.get_headshot(made.id).parent_id, library.get_headshot(made.id).instruction) == (None, NAVY)


def test_a_read_only_snapshot_shows_the_tree(tmp_path: Path) -> None:
    root_dir = tmp_path / "lib"
    with Library.open(root_dir) as library:
        root, middle, leaf = _chain(library)
    with read_only_bind(root_dir, tmp_path / "ro") as ro, Library.open(ro) as library:
        assert library.read_only
        assert [h.id for h in library.lineage(leaf.id)] == [root.id, middle.id, leaf.id]


def test_recover_carries_the_parent_and_the_instruction(tmp_path: Path) -> None:
    box = RecoveryBox(tmp_path / "Recovered")
    with Library.open(tmp_path / "lib") as library:
        main = library.import_original(prepared(seed=1))
        parent = add(library, main.id, seed=10)
        data = image_bytes(80, 120, seed=21)
        kept = box.keep(data, ".png", recovery_meta({**HEADSHOT_META, "instruction": NAVY}, main, parent=parent))
        stored = json.loads(kept.with_name(kept.name + ".json").read_text())
        assert stored["parent_sha256"] == parent.file_hash and stored["instruction"] == NAVY

        added, problems = box.move_into(library)
        assert problems == [] and len(added) == 1
        assert (added[0].parent_id, added[0].instruction) == (parent.id, NAVY)
        assert added[0].path.read_bytes() == data
        assert [h.id for h in library.lineage(added[0].id)] == [parent.id, added[0].id]


def test_recover_keeps_the_instruction_when_the_parent_left(tmp_path: Path) -> None:
    box = RecoveryBox(tmp_path / "Recovered")
    with Library.open(tmp_path / "lib") as library:
        main = library.import_original(prepared(seed=1))
        parent = add(library, main.id, seed=10)
        meta = recovery_meta({**HEADSHOT_META, "instruction": NAVY}, main, parent=parent)
        box.keep(image_bytes(80, 120, seed=22), ".png", meta)
        library.delete(parent, permanently=True)
        added, problems = box.move_into(library)
        assert problems == [] and [(h.parent_id, h.instruction) for h in added] == [(None, NAVY)]
