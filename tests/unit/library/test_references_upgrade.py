"""Reference photos: an index from before them is upgraded in place, and a kept paid image keeps them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from headshot_desktop.library import Library, Original
from headshot_desktop.library import index as index_module
from headshot_desktop.library.imaging import sha256_hex
from headshot_desktop.library.index import MIGRATIONS, SCHEMA_VERSION, index_files
from headshot_desktop.library.journal import JOURNAL_NAME
from headshot_desktop.library.layout import INDEX_NAME, relative
from headshot_desktop.library.recovery import RecoveryBox, recovery_meta
from tests.support.mounts import read_only_bind
from tests.unit.library.helpers import HEADSHOT_META, add, image_bytes, prepared

BEFORE_REFERENCES = 1  # the user_version of an index made before headshots had reference photos


def _index_at_version_1(root: Path, main_original: str) -> dict[str, int]:
    """Replace the library's index by one made with the first migration only, holding every file.

    The journal goes too, so nothing but the upgraded index can bring the details back.
    Returns the ids given, by file name.
    """
    for path in [*index_files(root / INDEX_NAME), root / JOURNAL_NAME]:
        path.unlink(missing_ok=True)
    conn = sqlite3.connect(root / INDEX_NAME, isolation_level=None)
    ids: dict[str, int] = {}
    try:
        conn.executescript(MIGRATIONS[0])
        conn.execute(f"PRAGMA user_version = {BEFORE_REFERENCES}")
        for table, folder in (("originals", "Originals"), ("headshots", "Headshots")):
            for path in sorted((root / folder).iterdir()):
                stat = path.stat()
                common = dict(rel_path=relative(root, path), file_hash=sha256_hex(path.read_bytes()),
                              size=stat.st_size, mtime_ns=stat.st_mtime_ns, created=index_module.from_iso(
                                  "2026-01-02T03:04:05+00:00"))  # fmt: skip
                if table == "originals":
                    ids[path.name] = index_module.insert_original(conn, source_name="old.jpg", **common)
                else:
                    fields = {k: v for k, v in HEADSHOT_META.items() if k != "size"}
                    ids[path.name] = index_module.insert_headshot(
                        conn, original_id=ids[main_original], image_size="1024x1536", **fields, **common
                    )
        assert conn.execute("PRAGMA user_version").fetchone()[0] == BEFORE_REFERENCES
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "headshot_references" not in tables
    finally:
        conn.close()
    return ids


def _make_files(root: Path) -> tuple[list[Original], Path]:
    with Library.open(root) as library:
        originals = [library.import_original(prepared(seed=s)) for s in (1, 2)]
        headshot = add(library, originals[0].id)
    return originals, headshot.path


def test_an_index_from_before_references_is_upgraded_without_losing_rows(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    (main, other), headshot_path = _make_files(root)
    ids = _index_at_version_1(root, main.path.name)
    with Library.open(root) as library:
        assert not library.index_was_rebuilt and not library.last_scan.anything
        by_name = {o.path.name: o.id for o in library.list_originals()}
        assert by_name == {name: ids[name] for name in (main.path.name, other.path.name)}
        (headshot,) = library.list_headshots()
        assert headshot.id == ids[headshot_path.name] and headshot.reference_ids == ()
        assert headshot.original_id == ids[main.path.name] and headshot.prompt == HEADSHOT_META["prompt"]
        assert headshot.cost_usd == HEADSHOT_META["cost_usd"]
        made = add(library, ids[main.path.name], seed=9, reference_ids=[ids[other.path.name]])
        assert library.get_headshot(made.id).reference_ids == (ids[other.path.name],)
    with sqlite3.connect(root / INDEX_NAME) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION > BEFORE_REFERENCES
        assert conn.execute("SELECT count(*) FROM headshots").fetchone() == (2,)
    assert not Path(f"{root / INDEX_NAME}.damaged").exists()


def test_a_read_only_index_from_before_references_is_upgraded_in_memory(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    (main, _), headshot_path = _make_files(root)
    ids = _index_at_version_1(root, main.path.name)
    with read_only_bind(root, tmp_path / "ro") as ro, Library.open(ro) as library:
        assert library.read_only
        (headshot,) = library.list_headshots()
        assert headshot.id == ids[headshot_path.name] and headshot.reference_ids == ()
        assert headshot.style_name == HEADSHOT_META["style_name"]
    with sqlite3.connect(root / INDEX_NAME) as conn:  # nothing was written to the file
        assert conn.execute("PRAGMA user_version").fetchone()[0] == BEFORE_REFERENCES


def test_recover_restores_the_references_in_order(tmp_path: Path) -> None:
    box = RecoveryBox(tmp_path / "Recovered")
    with Library.open(tmp_path / "lib") as library:
        main, a, b = (library.import_original(prepared(seed=s)) for s in (1, 2, 3))
        data = image_bytes(80, 120, seed=21)
        meta = {**HEADSHOT_META, "index_in_run": 2}
        kept = box.keep(data, ".png", recovery_meta(meta, main, [b, a]))
        stored = json.loads(kept.with_name(kept.name + ".json").read_text())
        assert stored["original_sha256"] == main.file_hash
        assert stored["reference_sha256"] == [b.file_hash, a.file_hash]

        added, problems = box.move_into(library)
        assert problems == [] and len(added) == 1
        (headshot,) = library.list_headshots()
        assert headshot.original_id == main.id and headshot.reference_ids == (b.id, a.id)
        assert headshot.path.read_bytes() == data and headshot.index_in_run == 2
    assert not kept.exists()


def test_recover_drops_a_reference_that_left_the_library(tmp_path: Path) -> None:
    box = RecoveryBox(tmp_path / "Recovered")
    with Library.open(tmp_path / "lib", trash=lambda _p: None) as library:
        main, a, b = (library.import_original(prepared(seed=s)) for s in (1, 2, 3))
        box.keep(image_bytes(80, 120, seed=22), ".png", recovery_meta(dict(HEADSHOT_META), main, [a, b]))
        library.delete(a)
        added, problems = box.move_into(library)
        assert problems == [] and [h.reference_ids for h in added] == [(b.id,)]


def test_recover_reads_metadata_kept_before_references(tmp_path: Path) -> None:
    box = RecoveryBox(tmp_path / "Recovered")
    with Library.open(tmp_path / "lib") as library:
        main = library.import_original(prepared(seed=1))
        box.keep(image_bytes(80, 120, seed=23), ".png", {**HEADSHOT_META, "original_sha256": main.file_hash})
        added, problems = box.move_into(library)
        assert problems == [] and [(h.original_id, h.reference_ids) for h in added] == [(main.id, ())]
