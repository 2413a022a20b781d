"""A headshot remembers the seed it was made with, where the provider has one, through every path."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

from headshot_desktop.library import Headshot, Library, export_all
from headshot_desktop.library import index as index_module
from headshot_desktop.library.imaging import sha256_hex
from headshot_desktop.library.index import MIGRATIONS, SCHEMA_VERSION, index_files
from headshot_desktop.library.journal import JOURNAL_NAME
from headshot_desktop.library.layout import INDEX_NAME, relative
from headshot_desktop.library.recovery import RecoveryBox, recovery_meta
from tests.unit.library.helpers import HEADSHOT_META, image_bytes, prepared

BEFORE_SEEDS = 3  # the user_version of an index made before headshots had a seed
SEED = 4_294_967_295  # a provider's largest 32-bit seed


def _made(library: Library, pixels: int, seed: int | None = None) -> Headshot:
    """A headshot whose bytes come from ``pixels``, made with the provider's ``seed`` (if given)."""
    existing = library.list_originals()
    main = existing[0] if existing else library.import_original(prepared(seed=1))
    extra = {} if seed is None else {"seed": seed}
    return library.add_headshot(image_bytes(80, 120, seed=pixels), original_id=main.id, **HEADSHOT_META, **extra)


def test_the_seed_is_stored_read_back_and_exported(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as library:
        made = _made(library, 10, SEED)
        assert made.seed == SEED
        assert library.get_headshot(made.id).seed == SEED
        assert [h.seed for h in library.list_headshots()] == [SEED]
        report = export_all(library, tmp_path / "all.zip")
    with zipfile.ZipFile(report.path) as archive:
        metadata = json.load(io.BytesIO(archive.read("metadata.json")))
    assert [h["seed"] for h in metadata["headshots"]] == [SEED]


def test_without_a_seed_it_is_none(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as library:
        made = _made(library, 10)
        assert made.seed is None and library.get_headshot(made.id).seed is None


def test_the_seed_survives_losing_the_index(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as library:
        with_seed, without = _made(library, 10, SEED), _made(library, 11)
    for path in index_files(root / INDEX_NAME):
        path.unlink(missing_ok=True)
    with Library.open(root, scan=False) as library:
        report = library.scan()
        assert report.index_rebuilt and report.details_restored == 2
        assert {h.path: h.seed for h in library.list_headshots()} == {with_seed.path: SEED, without.path: None}


def _index_at_version_3(root: Path) -> dict[str, int]:
    """Replace the index by one made with the first three migrations only, holding every file, and no journal.

    Returns the ids given, by file name.
    """
    for path in [*index_files(root / INDEX_NAME), root / JOURNAL_NAME]:
        path.unlink(missing_ok=True)
    ids: dict[str, int] = {}
    with closing(sqlite3.connect(root / INDEX_NAME, isolation_level=None)) as conn:
        for migration in MIGRATIONS[:BEFORE_SEEDS]:
            conn.executescript(migration)
        conn.execute(f"PRAGMA user_version = {BEFORE_SEEDS}")
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
                        conn, original_id=original_id, image_size="1024x1536", instruction="older", **fields, **common
                    )
        assert "seed" not in {r[1] for r in conn.execute("PRAGMA table_info(headshots)")}
    return ids


def test_an_index_from_before_seeds_is_upgraded_without_losing_rows(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as library:
        first, second = _made(library, 10, SEED), _made(library, 11)
    ids = _index_at_version_3(root)
    with Library.open(root) as library:
        assert not library.index_was_rebuilt and not library.last_scan.anything
        listed = {h.id: h for h in library.list_headshots()}
        assert set(listed) == {ids[first.path.name], ids[second.path.name]}
        assert all(
            (h.seed, h.instruction, h.prompt) == (None, "older", HEADSHOT_META["prompt"]) for h in listed.values()
        )
        made = _made(library, 12, 7)
        assert library.get_headshot(made.id).seed == 7
    with closing(sqlite3.connect(root / INDEX_NAME)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION > BEFORE_SEEDS
        assert conn.execute("SELECT count(*) FROM headshots").fetchone() == (3,)
    assert not Path(f"{root / INDEX_NAME}.damaged").exists()


def test_recover_carries_the_seed(tmp_path: Path) -> None:
    box = RecoveryBox(tmp_path / "Recovered")
    with Library.open(tmp_path / "lib") as library:
        main = library.import_original(prepared(seed=1))
        data = image_bytes(80, 120, seed=21)
        kept = box.keep(data, ".png", recovery_meta({**HEADSHOT_META, "seed": SEED}, main))
        assert json.loads(kept.with_name(kept.name + ".json").read_text())["seed"] == SEED
        box.keep(image_bytes(80, 120, seed=22), ".png", recovery_meta(dict(HEADSHOT_META), main))

        added, problems = box.move_into(library)
        assert problems == [] and len(added) == 2
        assert {h.path.read_bytes() == data: h.seed for h in added} == {True: SEED, False: None}
        assert {h.seed for h in library.list_headshots()} == {SEED, None}
