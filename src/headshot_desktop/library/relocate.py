"""Move the library to another folder without ever losing a photo.

The move copies, then verifies, then removes: each file is copied under a
temporary name, made durable, published under its own name, read back and
compared with the original by sha256; the index goes last. Only when the whole
copy is there does ``commit`` run (the caller records the new folder, e.g. in the
settings), and only after that are the old files removed. Killed at any moment,
the old library is whole, or the new one is and the old one has leftovers; a
second try skips what an interrupted one already copied (same path, same bytes).

The move holds the library to itself (its lock and its presence claim), so it is
refused while a window or command still has the library open.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import filelock

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import CancelledError, StorageError
from headshot_desktop.library.crops import CROPS_NAME
from headshot_desktop.library.file_copies import CHUNK, MOVE_CANCELLED, file_sha256, make_folders, same_file
from headshot_desktop.library.journal import JOURNAL_NAME
from headshot_desktop.library.layout import (
    BATCHES_DIR,
    INDEX_COMPANIONS,
    INDEX_NAME,
    LIBRARY_FOLDERS,
    LOCK_NAME,
    is_batch_lock_name,
    is_batch_name,
    is_image_name,
)
from headshot_desktop.library.presence import PRESENCE_NAME, LibraryInUse, sole_access
from headshot_desktop.library.removal import OS_LITTER
from headshot_desktop.library.storage_errors import storage_error
from headshot_desktop.system.atomic import atomic_writer, is_temp_file
from headshot_desktop.translatable import N_, Template

log = logging.getLogger(__name__)

LOCK_TIMEOUT_S = 5.0
SPARE_BYTES = 50 << 20  # room left over on the target's disk after the copy
# The library's own bookkeeping at its top: rebuilt or taken over, never the person's.
BOOKKEEPING = frozenset(
    {INDEX_NAME, *(INDEX_NAME + c for c in INDEX_COMPANIONS), JOURNAL_NAME, CROPS_NAME, LOCK_NAME, PRESENCE_NAME}
)
# SQLite's shared-memory file belongs to the connections of the moment: never copied.
NOT_COPIED = frozenset({INDEX_NAME + "-shm", LOCK_NAME, PRESENCE_NAME})


_EMPTY_FOLDER = N_("library", "Choose an empty folder, or a new one.")


class RelocateError(StorageError):
    """The library cannot be moved there; nothing was changed."""


def _refused(message: Template, hint: str, **values: object) -> RelocateError:
    return RelocateError(message.format(**values), hint=hint)


@dataclass(frozen=True)
class MoveProgress:
    done: int  # files copied and verified
    total: int
    path: Path  # the file just copied


@dataclass
class MoveReport:
    source: Path
    target: Path
    photos: int = 0
    files: int = 0
    old_folder_removed: bool = False
    left_behind: list[Path] = field(default_factory=list)  # old files that could not be removed, or links


def count_photos(root: Path) -> int:
    """How many photos the library at ``root`` holds in its folders (0 when there is none)."""
    return sum(1 for rel in _library_files(root)[0] if is_image_name(Path(rel).name))


def inside(folder: Path, root: Path) -> bool:
    """True when ``folder`` is ``root`` or a folder inside it (a library there would be part of this one)."""
    folder, root = _absolute(folder), _absolute(root)
    return folder == root or root in folder.parents


def check_target(source: Path, target: Path) -> None:
    """Raise ``RelocateError`` unless the library at ``source`` may be moved to ``target``."""
    source, target = _absolute(source), _absolute(target)
    if inside(target, source):
        raise _refused(N_("library", "{target} is inside the library folder {source}, so the library cannot be "
                          "moved there."), N_("library", "Choose a folder outside it."), target=target, source=source)  # fmt: skip
    if target in source.parents:
        raise _refused(N_("library", "{target} holds the library folder {source}, so the library cannot be moved "
                          "into it."), _EMPTY_FOLDER, target=target, source=source)  # fmt: skip
    if target.exists() and not target.is_dir():
        raise _refused(
            N_("library", "{target} is a file, not a folder."), N_("library", "Choose a folder."), target=target
        )
    _target_entries(source, target)


def move_library(
    source: Path,
    target: Path,
    *,
    on_progress: Callable[[MoveProgress], None] | None = None,
    cancel: CancelToken | None = None,
    commit: Callable[[], None] | None = None,
    lock_timeout: float = LOCK_TIMEOUT_S,
) -> MoveReport:
    """Move the library at ``source`` to ``target`` (created if needed); see the module's words.

    Raises ``RelocateError`` (nothing changed), ``CancelledError`` (the copies made
    are taken back) or ``StorageError``; an error from ``commit`` is raised too, after
    the copies are taken back. Old files that cannot be removed afterwards are listed
    in the report, not raised: by then the new library is complete and in use.
    """
    source, target = _absolute(source), _absolute(target)
    cancel = cancel or CancelToken()
    if not source.is_dir():
        raise _refused(N_("library", "The library folder {source} was not found, so there is nothing to move."),
                       N_("library", "If it is on a drive that is not connected, connect it and try again."),
                       source=source)  # fmt: skip
    check_target(source, target)
    report = MoveReport(source, target)
    with _held(source, lock_timeout), _held_if_library(target, lock_timeout):
        files, links = _library_files(source)
        report.left_behind.extend(links)
        _check_room(source, target, files)
        made: list[Path] = []
        created_dirs: list[Path] = []
        try:
            _clear_bookkeeping(target)
            for done, rel in enumerate(files, start=1):
                if cancel.cancelled:
                    raise CancelledError(MOVE_CANCELLED)
                if _copy_verified(source / rel, target / rel, cancel, created_dirs):
                    made.append(target / rel)
                if on_progress is not None:
                    on_progress(MoveProgress(done, len(files), target / rel))
            if commit is not None:
                commit()
        except BaseException:
            _take_back(made, created_dirs, target)
            raise
        report.files = len(files)
        report.photos = sum(1 for rel in files if is_image_name(Path(rel).name))
        _remove_old(source, files, report)
    _remove_leftovers(source, report)
    return report


# -- what is moved ------------------------------------------------------------------
def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(Path(path).expanduser()))


def _library_files(root: Path) -> tuple[list[str], list[Path]]:
    """The files to move (relative, with "/"), the index last; and the links found (never followed)."""
    files: list[str] = []
    links: list[Path] = []
    for folder in LIBRARY_FOLDERS:
        top = root / folder
        if os.path.islink(top):
            links.append(top)
            continue
        for directory, subdirs, names in os.walk(top):
            here = Path(directory)
            for name in sorted(subdirs):
                if os.path.islink(here / name):
                    links.append(here / name)
            subdirs[:] = sorted(d for d in subdirs if not os.path.islink(here / d))
            for name in sorted(names):
                path = here / name
                if os.path.islink(path):
                    links.append(path)
                elif not (
                    is_temp_file(path) or name in OS_LITTER or (folder == BATCHES_DIR and is_batch_lock_name(name))
                ):
                    files.append(path.relative_to(root).as_posix())  # a batch's lock belongs to this place: not moved
    tops = [JOURNAL_NAME, CROPS_NAME, *(INDEX_NAME + c for c in INDEX_COMPANIONS), INDEX_NAME]  # the index last
    for name in tops:
        path = root / name
        if name not in NOT_COPIED and os.path.isfile(path) and not os.path.islink(path):
            files.append(name)
    return files, links


def _target_entries(source: Path, target: Path) -> None:
    """Refuse a target holding anything but an empty library or the copies of an interrupted move."""
    if not target.is_dir():
        return
    theirs: list[str] = []
    photos = batches = 0
    for directory, _subdirs, names in os.walk(target):
        here = Path(directory)
        for name in names:
            path = here / name
            rel = path.relative_to(target).as_posix()
            if rel in BOOKKEEPING or is_temp_file(path) or name in OS_LITTER:
                continue
            if rel.startswith(BATCHES_DIR + "/") and is_batch_lock_name(name):
                continue
            inside = rel.split("/", 1)[0] in LIBRARY_FOLDERS
            if inside and not os.path.islink(path) and same_file(source / rel, path):
                continue  # copied by a move that was interrupted
            theirs.append(rel)
            photos += inside and is_image_name(name)
            batches += rel.startswith(BATCHES_DIR + "/") and is_batch_name(name)
    if not theirs:
        return
    if photos or batches:
        if photos and batches:
            holds = N_("library", "{target} already holds a library with {photos} photos and {batches} team "
                       "batch(es) of its own.")  # fmt: skip
        elif photos:
            holds = N_("library", "{target} already holds a library with {photos} photos of its own.")
        else:
            holds = N_("library", "{target} already holds a library with {batches} team batch(es) of its own.")
        raise _refused(holds, N_("library", "Choose an empty folder to move your library to, or use that library "
                                 "as it is."), target=target, photos=photos, batches=batches)  # fmt: skip
    listed = ", ".join(sorted(theirs)[:3])
    if len(theirs) > 3:
        listed = N_("library", "{names} and {count} more").format(names=listed, count=len(theirs) - 3)
    raise _refused(N_("library", "{target} is not empty ({names}) and is not a Headshot Desktop library."),
                   _EMPTY_FOLDER, target=target, names=listed)  # fmt: skip


def _check_room(source: Path, target: Path, files: list[str]) -> None:
    needed = sum(os.path.getsize(source / rel) for rel in files)
    existing = next(p for p in (target, *target.parents) if p.exists())
    free = shutil.disk_usage(existing).free
    if free < needed + SPARE_BYTES:
        raise _refused(N_("library", "There is not enough free space for the library in {target}: it needs {needed}, "
                          "and {free} is free."), N_("library", "Free some space on that disk, or choose a folder on "
                                                     "another one."), target=target, needed=_mb(needed + SPARE_BYTES),
                       free=_mb(free))  # fmt: skip


def _mb(size: int) -> str:
    return f"{size / 1e6:,.0f} MB" if size >= 1e6 else f"{size / 1e3:,.0f} kB"


# -- holding both libraries -----------------------------------------------------------
@contextlib.contextmanager
def _held(root: Path, lock_timeout: float) -> Iterator[None]:
    """The library's lock and its sole presence: no window or command writes while it moves."""
    busy = RelocateError(
        N_("library", "The library {folder} is open in another Headshot Desktop window or command.").format(
            folder=root
        ),
        hint=N_("library", "Close it, or wait for the command to finish, and try again. Nothing was moved."),
    )
    lock = filelock.FileLock(root / LOCK_NAME, timeout=lock_timeout, thread_local=False)
    try:
        lock.acquire()
    except filelock.Timeout as err:
        raise busy from err
    except OSError as err:
        raise storage_error(N_("library", "lock the library"), root / LOCK_NAME, err) from err
    try:
        with sole_access(root):
            yield
    except LibraryInUse as err:
        raise busy from err
    finally:
        lock.release()


@contextlib.contextmanager
def _held_if_library(target: Path, lock_timeout: float) -> Iterator[None]:
    """An (empty) library already at the target is held too: its bookkeeping is about to be replaced."""
    if (target / INDEX_NAME).exists():
        with _held(target, lock_timeout):
            yield
    else:
        yield


def _clear_bookkeeping(target: Path) -> None:
    """An empty library's index and journal at the target make way for the moved ones."""
    for name in BOOKKEEPING - {LOCK_NAME, PRESENCE_NAME}:
        path = target / name
        if os.path.isfile(path) and not os.path.islink(path):
            try:
                path.unlink()
            except OSError as err:
                raise storage_error(N_("library", "replace the empty library's index"), path, err) from err


# -- copying, verified -------------------------------------------------------------
def _copy_verified(source: Path, target: Path, cancel: CancelToken, created_dirs: list[Path]) -> bool:
    """Copy one file and check the copy byte for byte; False when an earlier try already copied it."""
    if target.exists():
        if same_file(source, target):
            return False
        raise RelocateError(
            N_("library", "{target} appeared while the library was being moved, and differs from {source}.").format(
                target=target, source=source
            ),
            hint=N_("library", "Nothing was removed from the old library. Choose an empty folder and try again."),
        )
    make_folders(target.parent, created_dirs)
    info = os.stat(source)
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as reader, atomic_writer(target, replace=False, make_folder=False,
                                                         mode=stat.S_IMODE(info.st_mode)) as writer:  # fmt: skip
            while chunk := reader.read(CHUNK):
                if cancel.cancelled:
                    raise CancelledError(MOVE_CANCELLED)
                digest.update(chunk)
                writer.write(chunk)
        os.utime(target, ns=(info.st_atime_ns, info.st_mtime_ns))  # the index knows each file by size and time
    except OSError as err:
        raise storage_error(N_("library", "copy the library"), target, err) from err
    if file_sha256(target, cancel) != digest.hexdigest():
        target.unlink()
        raise RelocateError(
            N_("library", "The copy of {name} in {folder} differs from the original.").format(
                name=source.name, folder=target.parent
            ),
            hint=N_("library", "The disk may be failing. Nothing was removed from the old library."),
        )
    return True


def _take_back(made: list[Path], created_dirs: list[Path], target: Path) -> None:
    """After a cancel or a failure: the copies this try made go; the old library was never touched."""
    for path in reversed(made):
        with contextlib.suppress(OSError):
            path.unlink()
    for folder in reversed(created_dirs):
        with contextlib.suppress(OSError):
            folder.rmdir()
    with contextlib.suppress(OSError):
        for name in (LOCK_NAME, PRESENCE_NAME):
            if not (target / INDEX_NAME).exists():
                (target / name).unlink(missing_ok=True)
        target.rmdir()  # only when it is empty (and was made for the move)


# -- removing the old library ----------------------------------------------------------
def _remove_old(source: Path, files: list[str], report: MoveReport) -> None:
    for rel in files:
        path = source / rel
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as err:
            log.warning("could not remove %s after moving the library: %s", path, err)
            report.left_behind.append(path)
    with contextlib.suppress(OSError):
        (source / (INDEX_NAME + "-shm")).unlink(missing_ok=True)
    for folder in LIBRARY_FOLDERS:
        for directory, _subdirs, names in os.walk(source / folder, topdown=False):
            here = Path(directory)
            for name in names:
                if (
                    name in OS_LITTER
                    or is_temp_file(here / name)
                    or (folder == BATCHES_DIR and is_batch_lock_name(name))
                ):
                    with contextlib.suppress(OSError):
                        (here / name).unlink()
            with contextlib.suppress(OSError):
                here.rmdir()  # only when empty: the person's own files stay


def _remove_leftovers(source: Path, report: MoveReport) -> None:
    """Once the lock is released: the lock files, then the folder itself if nothing else is in it."""
    for name in (PRESENCE_NAME, LOCK_NAME):
        with contextlib.suppress(OSError):
            (source / name).unlink(missing_ok=True)
    try:
        for entry in list(source.iterdir()):
            if entry.name in OS_LITTER and entry.is_file():
                entry.unlink()
        source.rmdir()
    except OSError:
        with contextlib.suppress(OSError):
            report.left_behind.extend(p for p in sorted(source.iterdir()) if p not in report.left_behind)
        return
    report.old_folder_removed = True
