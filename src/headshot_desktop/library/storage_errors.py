"""Turn OS errors into the app's errors, with a sentence that names the file."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from headshot_desktop.errors import ConfigError, StorageError
from headshot_desktop.translatable import N_


def storage_error(action: str, path: Path, err: OSError) -> StorageError:
    """``action`` completes "Could not …", e.g. ``N_("library", "save the headshot")``."""
    hint: str
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        hint = N_("library", "The disk is full. Free some space and try again.")
    elif isinstance(err, PermissionError) or err.errno == errno.EROFS:
        hint = N_("library", "Check that you may change files in {folder}.").format(folder=path.parent)
    elif err.errno == errno.ENAMETOOLONG:
        hint = N_("library", "The file name or folder path is too long; choose a shorter one.")
    else:
        hint = ""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        full = N_("library", "Could not {action}: the disk is full ({path}).")
        return StorageError(full.format(action=action, path=path), hint=hint, detail=repr(err))
    failed = N_("library", "Could not {action} ({path}).")
    return StorageError(failed.format(action=action, path=path), hint=hint, detail=repr(err))


class FileExistsStorageError(StorageError, FileExistsError):
    """A file is in the way and the person has not said to replace it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            N_("library", "{name} already exists in {folder}.").format(name=Path(path).name, folder=Path(path).parent),
            hint=N_("library", "Choose another name, or allow replacing it (on the command line: --force)."),
        )
        self.filename = str(path)

    def __str__(self) -> str:  # OSError's own text would read "[Errno None] None: ..."
        return self.message


class LibraryMissingError(ConfigError):
    """The library folder saved in the settings is gone: more likely an unplugged
    drive than a wish for an empty library, so it is not created again."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            N_("library", "The library folder {folder} was not found.").format(folder=folder),
            hint=N_(
                "library",
                "If it is on a drive that is not connected, connect it and try again; "
                "otherwise choose another library folder in Settings.",
            ),
        )
        self.folder = folder


@contextlib.contextmanager
def sqlite_errors(index_path: Path) -> Iterator[None]:
    """Raise a failing SQLite call on the library index as the ``StorageError`` that explains it."""
    try:
        yield
    except sqlite3.Error as err:
        raise database_error(err, index_path) from err


def database_error(err: sqlite3.Error, index_path: Path) -> StorageError:
    """The true sentence for a failing library index, from SQLite's error code and the folder's state."""
    name = getattr(err, "sqlite_errorname", "") or ""
    root = index_path.parent
    message: str
    hint: str
    if not root.is_dir():
        message = N_("library", "The library folder {folder} is no longer there.").format(folder=root)
        hint = N_(
            "library", "If it is on a drive that was disconnected, connect it and use View ▸ Reload Library (F5)."
        )
    elif index_path.is_dir():
        message = N_("library", "There is a folder where the library's index file should be ({path}).").format(
            path=index_path
        )
        hint = N_("library", "Move that folder out of the library folder; the index is then rebuilt from your photos.")
    elif name == "SQLITE_FULL" or "full" in str(err):
        message = N_("library", "The disk that holds the library is full ({folder}).").format(folder=root)
        hint = N_("library", "Free some space and try again.")
    elif name.startswith(("SQLITE_READONLY", "SQLITE_PERM")) or "readonly" in str(err):
        message = N_("library", "The library {folder} is read-only.").format(folder=root)
        hint = N_("library", "You can look at it and export from it; to add to it, choose a folder you may change.")
    elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        message = N_("library", "The library index {path} is busy.").format(path=index_path)
        hint = N_("library", "Another program may be using it; close it and try again.")
    elif name.startswith("SQLITE_IOERR") and _nearly_full(root):
        message = N_("library", "The disk that holds the library is full ({folder}).").format(folder=root)
        hint = N_("library", "Free some space and try again.")
    elif name.startswith("SQLITE_IOERR") or "disk I/O" in str(err):
        message = N_(
            "library", "The disk reported an error while reading or writing the library index ({path})."
        ).format(path=index_path)
        hint = N_("library", "Check that the drive is still connected and working, then try again.")
    elif name.startswith("SQLITE_CANTOPEN"):
        message = N_("library", "The library index {path} cannot be opened.").format(path=index_path)
        hint = N_("library", "Check that you may change files in {folder}.").format(folder=root)
    else:
        message = N_("library", "The library index {path} cannot be used ({error}).").format(
            path=index_path, error=name or type(err).__name__
        )
        hint = N_(
            "library", "Try again; if it keeps failing, move the index file away and it is rebuilt from your photos."
        )
    return StorageError(message, hint=hint, detail=repr(err))


def _nearly_full(folder: Path) -> bool:
    """SQLite often reports a full disk as an I/O error: the free space tells which it was."""
    try:
        return shutil.disk_usage(folder).free < 1 << 20
    except OSError:
        return False


def busy_error(root: Path, err: Exception) -> StorageError:
    """Another instance holds the library's lock past the timeout."""
    return StorageError(
        N_("library", "The library {folder} is busy.").format(folder=root),
        hint=N_("library", "Another Headshot Desktop window may be saving to it; try again in a moment."),
        detail=repr(err),
    )


def lock_error(lock_path: Path, err: OSError) -> StorageError:
    """The library's lock file cannot be used (a link, a folder, or no permission)."""
    if err.errno == errno.ELOOP or os.path.islink(lock_path):
        return StorageError(
            N_(
                "library",
                "The library's lock file {path} is a link. Headshot Desktop does not follow links out of its library.",
            ).format(path=lock_path),
            hint=N_("library", "Delete that link (it holds nothing of yours) and try again."),
            detail=repr(err),
        )
    if lock_path.is_dir():
        return StorageError(
            N_("library", "There is a folder where the library's lock file should be ({path}).").format(path=lock_path),
            hint=N_("library", "Move that folder out of the library folder and try again."),
            detail=repr(err),
        )
    return storage_error(N_("library", "use the library's lock file"), lock_path, err)


class ReadOnlyLibraryError(StorageError):
    def __init__(self, root: Path, action: str) -> None:
        super().__init__(
            N_("library", "The library {folder} is read-only, so Headshot Desktop cannot {action} there.").format(
                folder=root, action=action
            ),
            hint=N_(
                "library",
                "You can look at it and export from it; to add to it, copy it to a folder you may change "
                "and choose that one in Settings.",
            ),
        )


class UnreadableImageError(StorageError):
    """What the provider sent is not a whole image: there is nothing to keep."""
