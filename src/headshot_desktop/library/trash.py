"""Deleting a person's file: to the OS trash, unless they asked for exactly "permanently".

The function that moves a file to the trash is injectable: the window may pass
one built on ``QFile.moveToTrash``; everything else uses Send2Trash.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import send2trash

from headshot_desktop.errors import NotFoundError, StorageError

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
        raise NotFoundError(f"{path.name} is no longer in the library.", hint="It was moved or deleted already.")
    try:
        if permanently:
            os.remove(path)
        elif trash(path) is False:
            raise OSError(f"the trash refused {path}")
    except FileNotFoundError as err:
        raise NotFoundError(f"{path.name} is no longer in the library.", detail=repr(err)) from err
    except OSError as err:
        where = "delete" if permanently else "move to the trash"
        hint = "Check that you may change files in the library folder."
        if not permanently:
            hint += " You can also delete it permanently instead."
        raise StorageError(f"Could not {where} {path}.", hint=hint, detail=repr(err)) from err
    log.info("%s %s", "deleted" if permanently else "moved to the trash:", path.name)
