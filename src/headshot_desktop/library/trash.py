"""Deleting a person's file: to the OS trash, unless they asked for exactly "permanently".

The function that moves a file to the trash is injectable: the window may pass
one built on ``QFile.moveToTrash``; everything else uses Send2Trash. "Delete all my
data" finds the app's files in the trash again (``find_trashed``) to say so, and
removes them from it when asked (``empty_trashed``).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_to_bytes

import send2trash

from headshot_desktop.errors import NotFoundError, StorageError
from headshot_desktop.library.layout import HEADSHOTS, ORIGINALS, is_image_name
from headshot_desktop.system.logging import photo_ref
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

# Raises OSError when the file cannot go to the trash. A function that returns
# False instead (like QFile.moveToTrash) is understood too.
TrashFunction = Callable[[Path], object]


def send_to_trash(path: Path) -> None:
    """Move ``path`` to the OS trash (freedesktop Trash, macOS Trash, Windows Recycle Bin)."""
    send2trash.send2trash(os.fspath(path))


def remove(path: Path, *, trash: TrashFunction = send_to_trash, permanently: bool = False) -> None:
    """Delete one file the person chose, with their words in any error."""
    if not os.path.lexists(path):
        raise NotFoundError(
            N_("library", "{name} is no longer in the library.").format(name=path.name),
            hint=N_("library", "It was moved or deleted already."),
        )
    try:
        if permanently:
            os.remove(path)
        elif trash(path) is False:
            raise OSError(f"the trash refused {path}")
    except FileNotFoundError as err:
        raise NotFoundError(
            N_("library", "{name} is no longer in the library.").format(name=path.name), detail=repr(err)
        ) from err
    except OSError as err:
        if permanently:
            message = N_("library", "Could not delete {path}.").format(path=path)
            hint = N_("library", "Check that you may change files in the library folder.")
        else:
            message = N_("library", "Could not move to the trash {path}.").format(path=path)
            hint = N_("library", "Check that you may change files in the library folder. "
                      "You can also delete it permanently instead.")  # fmt: skip
        raise StorageError(message, hint=hint, detail=repr(err)) from err
    log.info("%s %s", "deleted" if permanently else "moved to the trash:", photo_ref(path.name))


# -- what the app sent to the trash, found there again ---------------------------------
# The freedesktop trash (Linux, the BSDs) is plain folders: Trash/files holds the file,
# Trash/info/<name>.trashinfo its former place ("Path=", URL-encoded; relative paths start
# from the folder the trash is in). macOS and Windows offer no such reading: there the
# caller can only say that copies may be in the trash.
INFO_SUFFIX = ".trashinfo"
MAX_INFO_BYTES = 64 * 1024  # a real .trashinfo is a few lines


@dataclass(frozen=True)
class TrashedCopy:
    """One of the app's files in the system trash."""

    was: Path  # where it was, inside the library
    file: Path  # the copy in Trash/files
    info: Path  # its Trash/info/….trashinfo


def can_read_trash() -> bool:
    return os.name == "posix" and sys.platform != "darwin"


def _mount_point(folder: Path) -> Path:
    path = Path(os.path.abspath(folder))
    while not path.exists() and path != path.parent:  # a library already deleted: its drive is still there
        path = path.parent
    path = path.resolve()
    while not os.path.ismount(path) and path != path.parent:
        path = path.parent
    return path


def _trash_folders(library: Path) -> list[tuple[Path, Path]]:
    """Each trash a file of ``library`` can be in, with the folder its relative "Path=" values start from."""
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    top, uid = _mount_point(library), str(os.getuid())
    return [(data_home / "Trash", data_home), (top / ".Trash" / uid, top), (top / f".Trash-{uid}", top)]


def _former_place(info: Path, base: Path) -> Path | None:
    try:
        with info.open("rb") as handle:
            text = handle.read(MAX_INFO_BYTES)
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(b"Path="):
            path = Path(os.fsdecode(unquote_to_bytes(line[len(b"Path=") :].strip())))
            return Path(os.path.normpath(path if path.is_absolute() else base / path))
    return None


def _app_made(path: Path, library: Path) -> bool:
    """In the library's ``Originals/`` or ``Headshots/``, with an image's name: a file the app deletes."""
    for root in {Path(os.path.abspath(library)), library.resolve()}:
        for folder in (ORIGINALS, HEADSHOTS):
            if path.is_relative_to(root / folder) and is_image_name(path.name):
                return True
    return False


def find_trashed(library: Path) -> list[TrashedCopy]:
    """The app's files from ``library`` that are in the system trash now (none where it cannot be read)."""
    if not can_read_trash():
        return []
    found: dict[Path, TrashedCopy] = {}
    for trash, base in _trash_folders(library):
        try:
            infos = sorted((trash / "info").glob("*" + INFO_SUFFIX))
        except OSError:
            continue
        for info in infos:
            was = _former_place(info, base)
            copy = trash / "files" / info.name[: -len(INFO_SUFFIX)]
            if was is not None and _app_made(was, library) and os.path.lexists(copy) and not copy.is_dir():
                found.setdefault(info, TrashedCopy(was, copy, info))
    return list(found.values())


def empty_trashed(copies: list[TrashedCopy]) -> tuple[list[TrashedCopy], list[str]]:
    """Remove these copies from the trash for good: (the ones removed, a sentence per one that was not)."""
    removed: list[TrashedCopy] = []
    problems: list[str] = []
    for copy in copies:
        try:
            copy.file.unlink(missing_ok=True)
            copy.info.unlink(missing_ok=True)  # after the file: a leftover info would show a ghost in the trash
        except OSError as err:
            problems.append(
                N_("library", "{path} in the system trash ({error})").format(path=copy.file, error=err.strerror or err)
            )
            continue
        removed.append(copy)
    log.info("removed %d of the app's files from the system trash", len(removed))
    return removed, problems
