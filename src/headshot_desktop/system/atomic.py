"""Atomic file writes: a reader sees the old file or the new one, never half of one.

The data goes to a temporary file in the same folder (so the rename stays on one
file system), is flushed and fsynced, then renamed over the target. The folder
is fsynced too where the OS allows it, so the rename itself survives a crash.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".tmp-"


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(
    path: Path, *, replace: bool = True, make_folder: bool = True, prefix: str = TEMP_PREFIX
) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it becomes ``path``, else it vanishes.

    With ``replace=False`` an existing ``path`` is never overwritten:
    ``FileExistsError`` is raised and the temporary file removed. With
    ``make_folder=False`` a missing folder is an error, not created: a library
    folder that vanished (an unplugged drive) must not come back empty.
    """
    path = Path(path)
    folder = path.parent
    if make_folder:
        folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=path.suffix, dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            # A hard link fails if the target exists, which makes "no overwrite" race-free.
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise
            except OSError:
                if path.exists():
                    raise FileExistsError(path) from None
                os.replace(tmp, path)
            else:
                tmp.unlink()
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def atomic_write_bytes(path: Path, data: bytes, *, replace: bool = True, make_folder: bool = True) -> None:
    with atomic_writer(path, replace=replace, make_folder=make_folder) as handle:
        handle.write(data)


def atomic_write_text(path: Path, text: str, *, replace: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), replace=replace)


def atomic_write_with(
    path: Path, write: Callable[[BinaryIO], None], *, replace: bool = True, make_folder: bool = True,
    prefix: str = TEMP_PREFIX,
) -> None:  # fmt: skip
    """Let ``write`` fill the file (e.g. ``image.save``) and publish it atomically."""
    with atomic_writer(path, replace=replace, make_folder=make_folder, prefix=prefix) as handle:
        write(handle)


def is_temp_file(path: Path) -> bool:
    """True for leftovers of an interrupted atomic write (safe to delete)."""
    return path.name.startswith(TEMP_PREFIX)
