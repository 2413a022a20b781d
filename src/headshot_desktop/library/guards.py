"""Checks the library makes before it writes: is its folder still the one it opened, may it write there.

A library on an unplugged drive must never come back empty (the folder, or its
mount point, is checked by device and inode); a subfolder removed by hand is made
again; a share that says "writable" and refuses writes is read as read-only; and a
file written for a row the index then refused is taken back, so nothing is kept twice.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from headshot_desktop.errors import StorageError
from headshot_desktop.library.confinement import require_real_folder
from headshot_desktop.library.presence import LibraryInUse, Presence
from headshot_desktop.library.storage_errors import lock_error, storage_error
from headshot_desktop.translatable import N_


def folder_identity(folder: Path) -> tuple[int, int]:
    stat = os.stat(folder)
    return (stat.st_dev, stat.st_ino)


def require_same_folder(root: Path, identity: tuple[int, int] | None) -> None:
    """Raise when the library folder is gone, or another folder now stands at its path."""
    try:
        same = folder_identity(root) == identity
    except OSError:
        same = False
    if not same:
        raise StorageError(
            N_("library", "The library folder {folder} is no longer there.").format(folder=root),
            hint=N_(
                "library", "If it is on a drive that was disconnected, connect it and use View ▸ Reload Library (F5)."
            ),
        )


def restore_subfolders(*folders: Path) -> None:
    """``Originals/`` or ``Headshots/`` removed by hand in a library that is still there: made again."""
    for folder in folders:
        require_real_folder(folder)
        if not folder.is_dir():
            try:
                folder.mkdir(exist_ok=True)  # no parents: only inside the library that is there
            except OSError as err:
                raise storage_error(N_("library", "create the library folder"), folder, err) from err


def claim(presence: Presence, root: Path) -> None:
    """Say this process has the library open; refused while another one deletes it."""
    try:
        presence.claim()
    except LibraryInUse as err:
        raise StorageError(
            N_("library", "The library {folder} is being deleted by another Headshot Desktop.").format(folder=root),
            hint=N_("library", "Wait until that has finished, or choose another library folder."),
        ) from err
    except OSError as err:
        raise lock_error(presence.path, err) from err


def refused_write(err: BaseException) -> bool:
    """True when ``err`` (or what caused it) is the file system refusing a write."""
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return True
        if isinstance(seen, sqlite3.Error) and "readonly" in str(seen).replace("-", "").replace(" ", ""):
            return True
        seen = seen.__cause__
    return False


def write_error(root: Path, action: str, path: Path, err: OSError) -> StorageError:
    if not root.is_dir() or not path.parent.is_dir():
        return StorageError(
            N_("library", "Could not {action}: the library folder {folder} is no longer there.").format(
                action=action, folder=root
            ),
            hint=N_("library", "If it is on a drive that was disconnected, connect it and try again."),
            detail=repr(err),
        )
    return storage_error(action, path, err)


@contextlib.contextmanager
def taken_back_on_failure(path: Path) -> Iterator[None]:
    """The file just written goes again if its index row cannot be added: one copy, never two."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
