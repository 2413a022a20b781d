"""Reading the library: lists and look-ups, on the reader connection (WAL: never blocked by a write)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from headshot_desktop.errors import NotFoundError
from headshot_desktop.library import index
from headshot_desktop.library.confinement import resolved_inside
from headshot_desktop.library.layout import relative
from headshot_desktop.library.lineage import ancestor_ids
from headshot_desktop.library.models import Headshot, Original
from headshot_desktop.translatable import N_


class LibraryReader:
    """The reading half of ``Library``; the other half provides ``root`` and ``_reading``."""

    root: Path

    def _reading(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def contains(self, path: Path) -> bool:
        """True when ``path`` is a real file inside this library (not a link out of it)."""
        return resolved_inside(path, self.root)

    def list_originals(self) -> list[Original]:
        """Newest first."""
        with self._reading() as conn:
            return index.originals(conn, self.root)

    def list_headshots(self, original_id: int | None = None, style_id: str | None = None) -> list[Headshot]:
        """Newest first; optionally only those made from one original or in one style."""
        clauses: list[str] = []
        args: list[object] = []
        if original_id is not None:
            clauses.append("h.original_id = ?")
            args.append(original_id)
        if style_id is not None:
            clauses.append("h.style_id = ?")
            args.append(style_id)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._reading() as conn:
            return index.headshots(conn, self.root, where, args)

    def kept_sources(self) -> frozenset[int]:
        """The originals kept headshots were made from: their photo and the further photos their runs sent."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT original_id FROM headshots WHERE kept = 1 AND original_id IS NOT NULL"
                " UNION SELECT r.original_id FROM headshot_references r"
                " JOIN headshots h ON h.id = r.headshot_id WHERE h.kept = 1"
            ).fetchall()
        return frozenset(r[0] for r in rows)

    def get_original(self, original_id: int) -> Original:
        with self._reading() as conn:
            found = index.originals(conn, self.root, "WHERE id = ?", (original_id,))
        if not found:
            raise NotFoundError(
                N_("library", "That original photo (number {number}) is no longer in the library.").format(
                    number=original_id
                )
            )
        return found[0]

    def get_headshot(self, headshot_id: int) -> Headshot:
        with self._reading() as conn:
            found = index.headshots(conn, self.root, "WHERE h.id = ?", (headshot_id,))
        if not found:
            raise NotFoundError(
                N_("library", "That headshot (number {number}) is no longer in the library.").format(number=headshot_id)
            )
        return found[0]

    def lineage(self, headshot_id: int) -> list[Headshot]:
        """The refinements that led to this headshot: its root (refined from none) first, the headshot last.

        A loop in damaged data ends the walk at the first headshot met twice (with a warning).
        """
        with self._reading() as conn:
            chain = ancestor_ids(conn, headshot_id)[::-1]
            marks = ", ".join("?" * len(chain))
            found = {h.id: h for h in index.headshots(conn, self.root, f"WHERE h.id IN ({marks})", chain)}
        if headshot_id not in found:
            raise NotFoundError(
                N_("library", "That headshot (number {number}) is no longer in the library.").format(number=headshot_id)
            )
        return [found[i] for i in chain if i in found]

    def children(self, headshot_id: int) -> list[Headshot]:
        """The headshots refined from this one, oldest first."""
        with self._reading() as conn:
            found = index.headshots(conn, self.root, "WHERE h.parent_id = ? AND h.id != ?", (headshot_id, headshot_id))
        return found[::-1]

    def headshot_by_hash(self, file_hash: str) -> Headshot | None:
        """The (oldest) headshot whose file has this sha256, if the library holds it."""
        if not file_hash:
            return None
        with self._reading() as conn:
            found = index.headshots(conn, self.root, "WHERE h.file_hash = ?", (file_hash,))
        return found[-1] if found else None

    def original_by_hash(self, file_hash: str) -> Original | None:
        """The original whose file has this sha256, if the library holds it."""
        if not file_hash:
            return None
        with self._reading() as conn:
            found = index.originals(conn, self.root, "WHERE file_hash = ?", (file_hash,))
        return found[0] if found else None

    def holds_file(self, file_hash: str) -> bool:
        """True when an original or a headshot with this sha256 is in the library."""
        with self._reading() as conn:
            return any(
                conn.execute(f"SELECT 1 FROM {table} WHERE file_hash = ? LIMIT 1", (file_hash,)).fetchone()
                for table in index.TABLES
            )

    def original_at(self, path: Path) -> Original | None:
        """The original stored at ``path`` (a file of this library's ``Originals/``), if any."""
        if not self.contains(path):
            return None
        try:
            rel = relative(Path(os.path.realpath(self.root)), Path(os.path.realpath(path)))
        except ValueError:
            return None
        with self._reading() as conn:
            found = index.originals(conn, self.root, "WHERE rel_path = ?", (index.db_path(rel),))
        return found[0] if found else None
