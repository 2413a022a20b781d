"""The tree of refinements: each headshot may name the headshot it was refined from, and how.

The link lives in the index (``headshots.parent_id``, see ``index.MIGRATIONS``) with the
instruction (``headshots.instruction``). Deleting a headshot leaves its refinements in place as
roots (``ON DELETE SET NULL``), instructions kept. The journal keeps the parent's file hash
(``parent_sha256``), so a rebuilt index links the tree again, and the recovery folder carries the
same key for a paid refinement the library could not take. Damaged data may hold a loop: every
walk up the tree stops (and says so) when it meets a headshot a second time.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Mapping

from headshot_desktop.library.journal import Journal

log = logging.getLogger(__name__)

JOURNAL_KEY = "parent_sha256"  # in a headshot's journal record and in a recovered image's metadata


def existing_parent(conn: sqlite3.Connection, parent_id: int | None) -> tuple[int | None, str | None]:
    """(id, file hash) of the parent of a new headshot; a parent that is gone is dropped with a warning."""
    if parent_id is None:
        return None, None
    row = conn.execute("SELECT file_hash FROM headshots WHERE id = ?", (parent_id,)).fetchone()
    if row is None:
        log.warning("parent headshot %s vanished before its refinement was saved", parent_id)
        return None, None
    return parent_id, row[0]


def ancestor_ids(conn: sqlite3.Connection, headshot_id: int) -> list[int]:
    """``headshot_id``, its parent, its parent's parent… up to the root; empty if it is not in the index."""
    chain: list[int] = []
    seen: set[int] = set()
    current: int | None = headshot_id
    while current is not None:
        if current in seen:
            log.warning("the refinements above headshot %s loop back to %s; stopping there", headshot_id, current)
            break
        row = conn.execute("SELECT parent_id FROM headshots WHERE id = ?", (current,)).fetchone()
        if row is None:
            if chain:
                log.warning("headshot %s names a parent (%s) that is not in the index", chain[-1], current)
            break
        chain.append(current)
        seen.add(current)
        current = row[0]
    return chain


def relink(conn: sqlite3.Connection, parents: Mapping[int, object]) -> None:
    """Link headshots a scan adopted to their parents, named by file hash (once every file has its row)."""
    for child_id, parent_hash in parents.items():
        if not isinstance(parent_hash, str) or not parent_hash:
            continue
        row = conn.execute(
            "SELECT id FROM headshots WHERE file_hash = ? AND id != ? ORDER BY id", (parent_hash, child_id)
        ).fetchone()
        if row is None:
            continue  # the parent left the library
        if child_id in ancestor_ids(conn, row[0]):
            log.warning("not linking headshot %s to %s: the journal's refinements form a loop", child_id, row[0])
            continue
        conn.execute("UPDATE headshots SET parent_id = ? WHERE id = ?", (row[0], child_id))


def refinements_of(conn: sqlite3.Connection, deleted_ids: Iterable[int]) -> list[str]:
    """File hashes of the headshots refined from ``deleted_ids`` that are not deleted with them."""
    deleted = set(deleted_ids)
    if not deleted:
        return []
    marks = ", ".join("?" * len(deleted))
    sql = f"SELECT file_hash FROM headshots WHERE parent_id IN ({marks}) AND id NOT IN ({marks})"
    return [r[0] for r in conn.execute(sql, [*deleted, *deleted]) if r[0]]


def forget_parents(journal: Journal, child_hashes: Iterable[str]) -> None:
    """Note that these headshots' parents were deleted: a rebuild must not link them again."""
    for child_hash in child_hashes:
        journal.append({"sha256": child_hash, JOURNAL_KEY: None})
