"""A headshot's reference photos: the other originals of the person its run also sent, in order.

Links live in the index's ``headshot_references`` table (see ``index.MIGRATIONS``): one row per
reference, by position, removed with the headshot or with the original (``ON DELETE CASCADE``),
the way ``headshots.original_id`` becomes NULL when its original goes. The journal keeps the
references' file hashes (``reference_sha256``), so a rebuilt index links them again, and the
recovery folder carries the same list for a paid image the library could not take.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence

log = logging.getLogger(__name__)

JOURNAL_KEY = "reference_sha256"  # in a headshot's journal record and in a recovered image's metadata


def existing(conn: sqlite3.Connection, reference_ids: Iterable[int]) -> dict[int, str]:
    """id -> file hash of each reference still in the index, in order, once each.

    An id that is gone (deleted while the run was under way) is dropped with a warning.
    """
    found: dict[int, str] = {}
    for original_id in reference_ids:
        row = conn.execute("SELECT file_hash FROM originals WHERE id = ?", (original_id,)).fetchone()
        if row is None:
            log.warning("reference original %s vanished before its headshot was saved", original_id)
        else:
            found.setdefault(original_id, row[0])
    return found


def from_journal(conn: sqlite3.Connection, hashes: object) -> list[int]:
    """The ids of the originals a journal (or recovery) list of file hashes names, in order."""
    if not isinstance(hashes, list):
        return []
    ids: list[int] = []
    for file_hash in hashes:
        if not isinstance(file_hash, str):
            continue
        row = conn.execute("SELECT id FROM originals WHERE file_hash = ? ORDER BY id", (file_hash,)).fetchone()
        if row is not None and row[0] not in ids:
            ids.append(row[0])
    return ids


def link(conn: sqlite3.Connection, headshot_id: int, original_ids: Sequence[int]) -> None:
    """Record the references of a new headshot (inside the transaction that added it)."""
    conn.executemany(
        "INSERT INTO headshot_references (headshot_id, position, original_id) VALUES (?, ?, ?)",
        [(headshot_id, position, original_id) for position, original_id in enumerate(original_ids)],
    )


def of_headshots(conn: sqlite3.Connection, where: str = "", args: Sequence = ()) -> dict[int, tuple[int, ...]]:
    """Headshot id -> its reference ids in order, for the headshots ``where`` selects (as in ``index.headshots``)."""
    sql = (
        "SELECT r.headshot_id, r.original_id FROM headshot_references r JOIN headshots h ON h.id = r.headshot_id"
        f" LEFT JOIN originals o ON o.id = h.original_id {where} ORDER BY r.headshot_id, r.position"
    )
    found: dict[int, list[int]] = {}
    for headshot_id, original_id in conn.execute(sql, args):
        found.setdefault(headshot_id, []).append(original_id)
    return {headshot_id: tuple(ids) for headshot_id, ids in found.items()}
