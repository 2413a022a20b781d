"""The index: a SQLite cache of what the folder holds and how each headshot was made.

The folder is the truth; this file only adds what a file name cannot carry
(style, prompt, cost, the original a headshot came from). A missing or damaged
index is set aside and started again, and the next scan refills it from the files.
Schema changes go through ``PRAGMA user_version`` and the ``MIGRATIONS`` list.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from headshot_desktop.errors import StorageError
from headshot_desktop.library import references
from headshot_desktop.library.layout import INDEX_COMPANIONS
from headshot_desktop.library.models import Headshot, Original
from headshot_desktop.library.storage_errors import database_error
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
TABLES = ("originals", "headshots")

# MIGRATIONS[n] takes a database from user_version n to n + 1.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE originals (
        id INTEGER PRIMARY KEY,
        rel_path TEXT NOT NULL UNIQUE,
        file_hash TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        created TEXT NOT NULL,
        content_hash TEXT,
        source_name TEXT NOT NULL DEFAULT '',
        kept INTEGER NOT NULL DEFAULT 0,
        generated_at TEXT,
        damaged INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX originals_content_hash ON originals(content_hash);
    CREATE INDEX originals_file_hash ON originals(file_hash);
    CREATE TABLE headshots (
        id INTEGER PRIMARY KEY,
        rel_path TEXT NOT NULL UNIQUE,
        file_hash TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        created TEXT NOT NULL,
        original_id INTEGER REFERENCES originals(id) ON DELETE SET NULL,
        style_id TEXT NOT NULL DEFAULT '',
        style_name TEXT NOT NULL DEFAULT '',
        prompt TEXT NOT NULL DEFAULT '',
        provider TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        image_size TEXT NOT NULL DEFAULT '',
        quality TEXT NOT NULL DEFAULT '',
        cost_usd REAL,
        index_in_run INTEGER NOT NULL DEFAULT 1,
        kept INTEGER NOT NULL DEFAULT 0,
        damaged INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX headshots_file_hash ON headshots(file_hash);
    CREATE INDEX headshots_original ON headshots(original_id);
    CREATE INDEX headshots_style ON headshots(style_id);
    """,
    # 1 -> 2: the reference photos a run sent besides the original (see ``references``).
    """
    CREATE TABLE headshot_references (
        headshot_id INTEGER NOT NULL REFERENCES headshots(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        original_id INTEGER NOT NULL REFERENCES originals(id) ON DELETE CASCADE,
        PRIMARY KEY (headshot_id, position)
    );
    CREATE INDEX headshot_references_original ON headshot_references(original_id);
    """,
    # 2 -> 3: the tree of refinements (see ``lineage``). ALTER TABLE may add a REFERENCES column
    # only with a NULL default, which this is; deleting a parent leaves its refinements as roots.
    """
    ALTER TABLE headshots ADD COLUMN parent_id INTEGER REFERENCES headshots(id) ON DELETE SET NULL;
    ALTER TABLE headshots ADD COLUMN instruction TEXT NOT NULL DEFAULT '';
    CREATE INDEX headshots_parent ON headshots(parent_id)
    """,
    # 3 -> 4: the seed the provider made the image with, where it has one (NULL: unknown or none).
    """
    ALTER TABLE headshots ADD COLUMN seed INTEGER
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
_CORRUPT = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


class FileState(NamedTuple):
    id: int
    size: int
    mtime_ns: int
    file_hash: str


def to_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def from_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def db_path(rel: str) -> str | bytes:
    """A relative path as stored: text, or the raw bytes of a name that is not valid UTF-8.

    Linux file names are bytes; Python carries undecodable ones as lone surrogates
    (``caf\\udce9.jpg``), which SQLite text cannot hold. Stored as a blob they round-trip.
    """
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(rel)
    return rel


def from_db_path(value: str | bytes) -> str:
    return os.fsdecode(value) if isinstance(value, bytes) else value


def text(value: str) -> str:
    """Text for a column that only shows (a source name): undecodable bytes become U+FFFD."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _is_corrupt(err: sqlite3.DatabaseError) -> bool:
    name = getattr(err, "sqlite_errorname", "")
    return name in _CORRUPT or "malformed" in str(err) or "not a database" in str(err)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: consistent after any crash
        conn.execute("PRAGMA foreign_keys = ON")
        check = conn.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise sqlite3.DatabaseError(f"quick_check: {check}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StorageError(
                N_("library", "The library index {path} was written by a newer version of Headshot Desktop.").format(
                    path=path
                ),
                hint=N_("library", "Update the app to open this library."),
            )
        for step in range(version, SCHEMA_VERSION):
            with transaction(conn):
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step + 1}")
    except BaseException:
        conn.close()
        raise
    return conn


def _set_aside(path: Path) -> None:
    """Move a damaged index out of the way (one copy kept, for the curious) with its WAL files."""
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")
    with contextlib.suppress(FileNotFoundError):
        os.replace(path, f"{path}.damaged")


def open_index(path: Path) -> tuple[sqlite3.Connection, bool]:
    """Open the index at ``path``, creating or rebuilding it; the flag says it was started afresh.

    The caller holds the library's write lock, so no other instance rebuilds at the same time.
    """
    fresh = not path.exists()
    try:
        return _connect(path), fresh
    except sqlite3.DatabaseError as err:
        if not _is_corrupt(err) or path.is_dir():
            raise database_error(err, path) from err
        log.warning("library index %s is damaged (%s); starting a new one from the files", path, err)
    _set_aside(path)
    return _connect(path), True


def open_snapshot(path: Path) -> sqlite3.Connection:
    """An in-memory copy of the index of a read-only library (empty if it has none).

    A read-only folder cannot hold SQLite's WAL companions, so the file is opened
    immutable and copied; scans then update the copy, and nothing is written.
    """
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    if path.is_file():
        try:
            source = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
            try:
                source.backup(memory)
            finally:
                source.close()
            version = memory.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as err:
            log.warning("the read-only library's index %s cannot be read (%s); listing the files", path, err)
            memory.close()
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            version = 0
        if version > SCHEMA_VERSION:
            memory.close()
            raise StorageError(
                N_("library", "The library index {path} was written by a newer version of Headshot Desktop.").format(
                    path=path
                ),
                hint=N_("library", "Update the app to open this library."),
            )
    memory.execute("PRAGMA foreign_keys = ON")
    for step in range(memory.execute("PRAGMA user_version").fetchone()[0], SCHEMA_VERSION):
        with transaction(memory):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    memory.execute(statement)
            memory.execute(f"PRAGMA user_version = {step + 1}")
    return memory


def open_reader(path: Path) -> sqlite3.Connection:
    """A second, read-only connection: lists the library while a write is under way."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = ON")
    return conn


def index_files(path: Path) -> list[Path]:
    """The index and every companion file SQLite or the repair may have left next to it."""
    return [path] + [Path(f"{path}{suffix}") for suffix in INDEX_COMPANIONS]


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    # IMMEDIATE takes the write lock up front, so two instances wait for each other
    # (busy timeout) instead of failing half-way with SQLITE_BUSY on the upgrade.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# -- reading -------------------------------------------------------------------
def file_states(conn: sqlite3.Connection, table: str) -> dict[str, FileState]:
    assert table in TABLES
    rows = conn.execute(f"SELECT rel_path, id, size, mtime_ns, file_hash FROM {table}")
    return {from_db_path(r[0]): FileState(r[1], r[2], r[3], r[4]) for r in rows}


_ORIGINAL_COLUMNS = "id, rel_path, created, source_name, content_hash, file_hash, kept, generated_at, damaged"


def _original(root: Path, r: Sequence) -> Original:
    return Original(
        id=r[0], path=root / from_db_path(r[1]), created=from_iso(r[2]), source_name=r[3], content_hash=r[4],
        file_hash=r[5], kept=bool(r[6]), generated=r[7] is not None, damaged=bool(r[8]),
    )  # fmt: skip


def originals(conn: sqlite3.Connection, root: Path, where: str = "", args: Sequence = ()) -> list[Original]:
    sql = f"SELECT {_ORIGINAL_COLUMNS} FROM originals {where} ORDER BY created DESC, id DESC"
    return [_original(root, r) for r in conn.execute(sql, args)]


_HEADSHOT_COLUMNS = (
    "h.id, h.rel_path, h.created, h.original_id, o.rel_path, h.style_id, h.style_name, h.prompt, h.provider,"
    " h.model, h.image_size, h.quality, h.cost_usd, h.index_in_run, h.file_hash, h.kept, h.damaged,"
    " h.parent_id, h.instruction, h.seed"
)


def _headshot(root: Path, r: Sequence, originals: dict[str, Path], refs: dict[int, tuple[int, ...]]) -> Headshot:
    original_path = None
    if r[4]:
        original_path = originals.get(r[4]) or originals.setdefault(r[4], root / from_db_path(r[4]))
    return Headshot(
        id=r[0], path=root / from_db_path(r[1]), created=from_iso(r[2]), original_id=r[3],
        original_path=original_path, style_id=r[5], style_name=r[6], prompt=r[7],
        provider=r[8], model=r[9], size=r[10], quality=r[11], cost_usd=r[12], index_in_run=r[13],
        file_hash=r[14], kept=bool(r[15]), damaged=bool(r[16]), reference_ids=refs.get(r[0], ()),
        parent_id=r[17], instruction=r[18], seed=r[19],
    )  # fmt: skip


def headshots(conn: sqlite3.Connection, root: Path, where: str = "", args: Sequence = ()) -> list[Headshot]:
    sql = (
        f"SELECT {_HEADSHOT_COLUMNS} FROM headshots h LEFT JOIN originals o ON o.id = h.original_id"
        f" {where} ORDER BY h.created DESC, h.id DESC"
    )
    originals: dict[str, Path] = {}  # many headshots share an original: one Path each
    rows = conn.execute(sql, args).fetchall()
    refs = references.of_headshots(conn, where, args) if rows else {}
    return [_headshot(root, r, originals, refs) for r in rows]


# -- writing (inside ``transaction``) --------------------------------------------
def insert_original(
    conn: sqlite3.Connection, *, rel_path: str, file_hash: str, size: int, mtime_ns: int,
    created: datetime, content_hash: str | None = None, source_name: str = "", damaged: bool = False,
) -> int:  # fmt: skip
    cur = conn.execute(
        "INSERT INTO originals (rel_path, file_hash, size, mtime_ns, created, content_hash, source_name, damaged)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (db_path(rel_path), file_hash, size, mtime_ns, to_iso(created), content_hash, text(source_name), int(damaged)),
    )
    return int(cur.lastrowid or 0)


HEADSHOT_FIELDS = ("original_id", "style_id", "style_name", "prompt", "provider", "model", "image_size",
                   "quality", "cost_usd", "index_in_run", "parent_id", "instruction", "seed")  # fmt: skip


def insert_headshot(
    conn: sqlite3.Connection, *, rel_path: str, file_hash: str, size: int, mtime_ns: int,
    created: datetime, damaged: bool = False, **fields: object,
) -> int:  # fmt: skip
    unknown = set(fields) - set(HEADSHOT_FIELDS)
    assert not unknown, unknown
    names = ["rel_path", "file_hash", "size", "mtime_ns", "created", "damaged", *fields]
    values = [db_path(rel_path), file_hash, size, mtime_ns, to_iso(created), int(damaged),
              *(text(v) if isinstance(v, str) else v for v in fields.values())]  # fmt: skip
    cur = conn.execute(f"INSERT INTO headshots ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values)
    return int(cur.lastrowid or 0)


def update_file(
    conn: sqlite3.Connection, table: str, row_id: int, *, rel_path: str, size: int, mtime_ns: int,
    file_hash: str, damaged: bool,
) -> None:  # fmt: skip
    assert table in TABLES
    conn.execute(
        f"UPDATE {table} SET rel_path = ?, size = ?, mtime_ns = ?, file_hash = ?, damaged = ? WHERE id = ?",
        (db_path(rel_path), size, mtime_ns, file_hash, int(damaged), row_id),
    )


def forget_path(conn: sqlite3.Connection, table: str, rel_path: str) -> None:
    """Drop a stale row for a path where a brand-new file was just created."""
    assert table in TABLES
    conn.execute(f"DELETE FROM {table} WHERE rel_path = ?", (db_path(rel_path),))


def delete_rows(conn: sqlite3.Connection, table: str, ids: Sequence[int]) -> None:
    assert table in TABLES
    conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in ids])


def set_kept(conn: sqlite3.Connection, table: str, row_id: int, kept: bool) -> bool:
    assert table in TABLES
    return conn.execute(f"UPDATE {table} SET kept = ? WHERE id = ?", (int(kept), row_id)).rowcount > 0


def set_source_name(conn: sqlite3.Connection, row_id: int, source_name: str) -> None:
    conn.execute("UPDATE originals SET source_name = ? WHERE id = ?", (text(source_name), row_id))


def mark_generated(conn: sqlite3.Connection, original_ids: Iterable[int], when: datetime) -> None:
    """The originals a headshot was made from (its original and its references)."""
    conn.executemany("UPDATE originals SET generated_at = ? WHERE id = ?", [(to_iso(when), i) for i in original_ids])
