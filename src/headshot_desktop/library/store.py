"""The library: a folder of originals and headshots the person can also manage by hand.

Writes take two locks: a thread lock (one ``Library`` may be used from worker
threads) and a file lock in the library folder (two running instances, or the
command line next to the window). Each write puts the image file in place first,
atomically, and only then adds its index row, so a crash leaves at worst an image
without metadata, which the next scan adopts.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import filelock

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.errors import NotFoundError, StorageError
from headshot_desktop.library import guards, index, lineage, references, renaming
from headshot_desktop.library import scan as scanning
from headshot_desktop.library.confinement import require_real_folder
from headshot_desktop.library.crops import CROPS_NAME, CropMemory
from headshot_desktop.library.deletion import Removed, remove_items
from headshot_desktop.library.imaging import sha256_hex, true_extension
from headshot_desktop.library.journal import Journal
from headshot_desktop.library.layout import (
    HEADSHOTS,
    INDEX_NAME,
    LOCK_NAME,
    ORIGINALS,
    headshot_stem,
    original_stem,
    relative,
    write_new_file,
)
from headshot_desktop.library.models import Headshot, Original, ScanReport
from headshot_desktop.library.presence import Presence
from headshot_desktop.library.reading import LibraryReader
from headshot_desktop.library.storage_errors import (
    ReadOnlyLibraryError,
    busy_error,
    lock_error,
    sqlite_errors,
    storage_error,
)
from headshot_desktop.library.trash import TrashFunction, send_to_trash
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

LOCK_TIMEOUT_S = 30.0
Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Library(LibraryReader):
    """Open with ``Library.open(paths.library_dir)``; close (or use ``with``) when done."""

    def __init__(
        self,
        root: Path | str,
        *,
        trash: TrashFunction = send_to_trash,
        clock: Clock = _utc_now,
        lock_timeout: float = LOCK_TIMEOUT_S,
    ) -> None:
        self.root = Path(root).expanduser().absolute()
        self.trash = trash
        self._clock = clock
        # Writers (this process's threads, then other processes) queue on these two locks.
        # Readers use their own connection: WAL lets them read while a write runs.
        self._write_mutex = threading.RLock()
        self._read_mutex: threading.Lock | threading.RLock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._reader: sqlite3.Connection | None = None
        self.journal = Journal(self.root)
        for folder in (self.originals_dir, self.headshots_dir):
            require_real_folder(folder)
        self.read_only = self.root.is_dir() and not os.access(self.root, os.W_OK)
        self._presence = Presence(self.root)
        self._file_lock = filelock.FileLock(self.root / LOCK_NAME, timeout=lock_timeout, thread_local=False)
        self._identity: tuple[int, int] | None = None
        if not self.read_only:
            try:
                self._open_writable()
            except StorageError as err:
                # A share can say "writable" and then refuse every write: read it as read-only.
                if not (self.root.is_dir() and guards.refused_write(err)):
                    raise
                log.info("the library %s refuses writes (%s); opening it read-only", self.root, err.detail)
                self.read_only = True
        if self.read_only:
            self._identity = guards.folder_identity(self.root)
            self._conn, self.index_was_rebuilt = index.open_snapshot(self.index_path), False
            self._reader = self._conn
            self._read_mutex = self._write_mutex  # one in-memory connection serves both
        self._crops = CropMemory(self.root / CROPS_NAME, resolve=self.get_headshot, read_only=self.read_only)
        self._rebuild_unreported = self.index_was_rebuilt
        self.last_scan = ScanReport(index_rebuilt=self.index_was_rebuilt)

    def _open_writable(self) -> None:
        for folder in (self.root, self.originals_dir, self.headshots_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise storage_error(N_("library", "create the library folder"), folder, err) from err
        self._identity = guards.folder_identity(self.root)
        guards.claim(self._presence, self.root)
        try:
            with self._writing():
                self._conn, self.index_was_rebuilt = index.open_index(self.index_path)
            self._reader = index.open_reader(self.index_path)
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(
        cls,
        root: Path | str,
        *,
        scan: bool = True,
        trash: TrashFunction = send_to_trash,
        clock: Clock = _utc_now,
        lock_timeout: float = LOCK_TIMEOUT_S,
    ) -> Library:
        """Open (creating if needed) the library at ``root`` and, by default, scan the folder."""
        library = cls(root, trash=trash, clock=clock, lock_timeout=lock_timeout)
        if scan:
            try:
                library.scan()
            except BaseException:
                library.close()
                raise
        return library

    # -- places ----------------------------------------------------------------
    @property
    def originals_dir(self) -> Path:
        return self.root / ORIGINALS

    @property
    def headshots_dir(self) -> Path:
        return self.root / HEADSHOTS

    @property
    def crops(self) -> CropMemory:
        """The framing remembered per headshot and preset, shared by the window and the command line."""
        return self._crops

    @property
    def index_path(self) -> Path:
        return self.root / INDEX_NAME

    def close(self) -> None:
        with self._write_mutex, self._read_mutex:
            for conn in {id(c): c for c in (self._conn, self._reader) if c is not None}.values():
                conn.close()
            self._conn = self._reader = None
            self._presence.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        with self._write_mutex:
            guards.require_same_folder(self.root, self._identity)
            if self.read_only:
                with sqlite_errors(self.index_path):
                    yield
                return
            guards.restore_subfolders(self.originals_dir, self.headshots_dir)
            try:
                self._file_lock.acquire()
            except filelock.Timeout as err:
                raise busy_error(self.root, err) from err
            except OSError as err:
                raise lock_error(self.root / LOCK_NAME, err) from err
            try:
                with sqlite_errors(self.index_path):
                    yield
            finally:
                self._file_lock.release()

    def _changing(self, action: str) -> contextlib.AbstractContextManager[None]:
        """``_writing`` for a change to the folder: refused at once in a read-only library."""
        if self.read_only:
            raise ReadOnlyLibraryError(self.root, action)
        return self._writing()

    def _db(self) -> sqlite3.Connection:
        """The writing connection; only inside ``_writing``."""
        if self._conn is None:
            raise StorageError(N_("library", "The library is closed."))
        return self._conn

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._read_mutex:
            if self._reader is None:
                raise StorageError(N_("library", "The library is closed."))
            guards.require_same_folder(self.root, self._identity)
            with sqlite_errors(self.index_path):
                yield self._reader

    def still_there(self) -> bool:
        """False when the folder opened is gone, or another folder now stands at its path."""
        try:
            guards.require_same_folder(self.root, self._identity)
        except StorageError:
            return False
        return True

    # -- the folder is the truth ---------------------------------------------------
    def scan(self) -> ScanReport:
        """Adopt files added by hand, follow renames, forget deleted files, clean leftovers."""
        with self._writing():
            report = scanning.scan(self._db(), self.root, self.journal, clean=not self.read_only)
        # "Rebuilt" only matters to the person when files were there to adopt (metadata lost).
        report.index_rebuilt = self._rebuild_unreported and bool(report.added)
        if not report.index_rebuilt:
            report.details_lost.clear()  # files added by hand never had any
        self._rebuild_unreported = False
        self.last_scan = report
        return report

    # -- writing -----------------------------------------------------------------------
    def import_original(self, photo: PreparedPhoto) -> Original:
        """Store a prepared photo in ``Originals/``; the same photo again returns the stored one."""
        file_hash = sha256_hex(photo.data)
        with self._changing(N_("library", "store the photo {name}").format(name=photo.source_name)):
            conn = self._db()
            existing = self._stored_original(photo.content_hash, file_hash)
            if existing is not None:
                log.info("%s is already in the library as %s", photo.source_name, existing.name)
                return renaming.renamed(conn, self.journal, existing, photo.source_name)
            created = self._clock()
            stem = original_stem(created, photo.source_name)
            try:
                path = write_new_file(self.originals_dir, stem, photo.extension, photo.data)
                stat = path.stat()
            except OSError as err:
                raise guards.write_error(
                    self.root,
                    N_("library", "save the photo {name}").format(name=photo.source_name),
                    self.originals_dir / stem,
                    err,
                ) from err
            self.journal.append(
                {"sha256": file_hash, "kind": "original", "content_hash": photo.content_hash,
                 "source_name": index.text(photo.source_name), "created": index.to_iso(created)}
            )  # fmt: skip
            with guards.taken_back_on_failure(path), index.transaction(conn):
                index.forget_path(conn, "originals", relative(self.root, path))
                row_id = index.insert_original(
                    conn, rel_path=relative(self.root, path), file_hash=file_hash, size=stat.st_size,
                    mtime_ns=stat.st_mtime_ns, created=created, content_hash=photo.content_hash,
                    source_name=photo.source_name,
                )  # fmt: skip
        log.info("stored original %s", path.name)
        return self.get_original(row_id)

    def _stored_original(self, content_hash: str, file_hash: str) -> Original | None:
        """The original already holding this photo; a row whose file moved away is checked by a scan."""
        query = ("WHERE content_hash = ? OR file_hash = ?", (content_hash, file_hash))
        candidates = index.originals(self._db(), self.root, *query)
        if candidates and not any(c.path.is_file() for c in candidates):
            self.last_scan = scanning.scan(self._db(), self.root, self.journal)  # renamed? then found again
            candidates = index.originals(self._db(), self.root, *query)
        return next((c for c in candidates if c.path.is_file()), None)

    def add_headshot(
        self,
        image_bytes: bytes,
        *,
        original_id: int | None,
        style_id: str,
        style_name: str,
        prompt: str,
        provider: str,
        model: str,
        size: str,
        quality: str,
        cost_usd: float | None,
        extension: str = ".png",
        index_in_run: int = 1,
        reference_ids: Sequence[int] = (),
        parent_id: int | None = None,
        instruction: str = "",
        seed: int | None = None,
    ) -> Headshot:
        """Store one generated image in ``Headshots/`` with how it was made.

        The file's extension follows what the bytes really are, whatever ``extension`` says.
        ``reference_ids``: the other originals the run sent, in order; one that is gone is dropped.
        ``parent_id``/``instruction``: a refinement, the headshot it changed (one that is gone is dropped) and how.
        ``seed``: the seed the provider made it with, where it has one.
        """
        extension = true_extension(image_bytes, extension, provider)
        file_hash = sha256_hex(image_bytes)
        with self._changing(N_("library", "save the headshot")):
            conn = self._db()
            created = self._clock()
            stem = headshot_stem(created, style_name or style_id, index_in_run)
            try:
                path = write_new_file(self.headshots_dir, stem, extension.lower(), image_bytes)
                stat = path.stat()
            except OSError as err:
                raise guards.write_error(
                    self.root, N_("library", "save the headshot"), self.headshots_dir / stem, err
                ) from err
            row = conn.execute("SELECT file_hash FROM originals WHERE id = ?", (original_id,)).fetchone()
            if original_id is not None and row is None:
                log.warning("original %s vanished before its headshot was saved", original_id)
                original_id = None
            refs = references.existing(conn, reference_ids)  # id -> file hash, in order
            parent_id, parent_hash = lineage.existing_parent(conn, parent_id)
            self.journal.append({
                "sha256": file_hash, "kind": "headshot", "created": index.to_iso(created),
                "original_sha256": row[0] if row else None, "style_id": style_id, "style_name": style_name,
                "prompt": prompt, "provider": provider, "model": model, "image_size": size, "quality": quality,
                "cost_usd": cost_usd, "index_in_run": index_in_run, references.JOURNAL_KEY: list(refs.values()),
                lineage.JOURNAL_KEY: parent_hash, "instruction": instruction, "seed": seed,
            })  # fmt: skip
            used = {original_id: row[0], **refs} if row and original_id is not None else refs
            for used_hash in used.values():  # the original and its references: each now "generated"
                self.journal.append({"sha256": used_hash, "generated_at": index.to_iso(created)})
            with guards.taken_back_on_failure(path), index.transaction(conn):
                index.forget_path(conn, "headshots", relative(self.root, path))
                row_id = index.insert_headshot(
                    conn, rel_path=relative(self.root, path), file_hash=file_hash, size=stat.st_size,
                    mtime_ns=stat.st_mtime_ns, created=created, original_id=original_id, style_id=style_id,
                    style_name=style_name, prompt=prompt, provider=provider, model=model, image_size=size,
                    quality=quality, cost_usd=cost_usd, index_in_run=index_in_run, parent_id=parent_id,
                    instruction=instruction, seed=seed,
                )  # fmt: skip
                references.link(conn, row_id, list(refs))
                index.mark_generated(conn, used, created)
        log.info("stored headshot %s", path.name)
        return self.get_headshot(row_id)

    def set_kept(self, item: Original | Headshot, kept: bool = True) -> Original | Headshot:
        """Mark an item to keep (retention never deletes it); returns the updated item."""
        table = "originals" if isinstance(item, Original) else "headshots"
        with self._changing(N_("library", "mark it to keep")):
            conn = self._db()
            with index.transaction(conn):
                found = index.set_kept(conn, table, item.id, kept)
            if found and item.file_hash:
                self.journal.append({"sha256": item.file_hash, "kept": kept})
        if not found:
            raise NotFoundError(N_("library", "{name} is no longer in the library.").format(name=item.name))
        return self.get_original(item.id) if isinstance(item, Original) else self.get_headshot(item.id)

    def delete(self, items: Original | Headshot | Iterable[Original | Headshot], *, permanently: bool = False
               ) -> list[Path]:  # fmt: skip
        """Move items to the trash (or delete them, only with ``permanently=True``).

        Returns the paths removed. Their index rows go too. An item whose file is no
        longer where the index says (deleted or renamed by hand) is left to a scan.
        """
        batch = [items] if isinstance(items, Original | Headshot) else list(items)
        done = Removed()
        with self._changing(N_("library", "delete it")):
            conn = self._db()
            try:
                remove_items(batch, done, contains=self.contains, trash=self.trash, permanently=permanently)
            finally:
                orphans = lineage.refinements_of(conn, done.ids["headshots"])  # they stay, as roots
                with index.transaction(conn):
                    for table, ids in done.ids.items():
                        index.delete_rows(conn, table, ids)
                self.journal.forget(done.file_hashes - {""})
                self._crops.forget_all(h for h in batch if isinstance(h, Headshot) and h.path in done.paths)
                lineage.forget_parents(self.journal, orphans)
                if not permanently:
                    for path in done.paths:
                        self.journal.note_trashed(index.text(path.name), index.to_iso(self._clock()))
                if done.stale:
                    self.last_scan = scanning.scan(conn, self.root, self.journal)
        return done.paths

    def __repr__(self) -> str:
        return f"Library({os.fspath(self.root)!r})"
