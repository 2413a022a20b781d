"""Files compared by their bytes, and folders made one by one so a failed move can take back what it made."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import CancelledError
from headshot_desktop.library.storage_errors import storage_error
from headshot_desktop.translatable import N_

CHUNK = 1 << 20


MOVE_CANCELLED = N_("library", "The move was cancelled; the library stays where it was.")


def file_sha256(path: Path, cancel: CancelToken | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            if cancel is not None and cancel.cancelled:
                raise CancelledError(MOVE_CANCELLED)
            digest.update(chunk)
    return digest.hexdigest()


def same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.getsize(a) == os.path.getsize(b) and file_sha256(a) == file_sha256(b)
    except OSError:
        return False


def make_folders(folder: Path, created: list[Path]) -> None:
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for path in reversed(missing):
        try:
            path.mkdir()
        except FileExistsError:
            continue
        except OSError as err:
            raise storage_error(N_("library", "create the folder"), path, err) from err
        created.append(path)
