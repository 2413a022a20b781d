"""Atomic file writes: a reader sees the old file or the new one, never half of one.

The data goes to a temporary file in the same folder (so the rename stays on one
file system), is flushed and fsynced, then renamed over the target. The folder
is fsynced too where the OS allows it, so the rename itself survives a crash.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".tmp-"
PRIVATE = 0o600  # the library's own files: for this user only
# Like mkstemp's, without following a link, without handing the descriptor to a child process.
_CREATE_FLAGS = (os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
                 | getattr(os, "O_NOINHERIT", 0))  # fmt: skip


def _create_temp(folder: Path, prefix: str, suffix: str, mode: int) -> tuple[int, Path]:
    """A new file in ``folder`` created with ``mode`` less the umask, as the OS applies it (mkstemp's is always 0600)."""
    for _ in range(100):
        candidate = folder / f"{prefix}{os.urandom(6).hex()}{suffix}"
        try:
            return os.open(candidate, _CREATE_FLAGS, mode), candidate
        except FileExistsError:
            continue
    raise OSError(f"no free temporary file name in {folder}")


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
    path: Path, *, replace: bool = True, make_folder: bool = True, prefix: str = TEMP_PREFIX, mode: int = PRIVATE
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
    fd, tmp = _create_temp(folder, prefix, path.suffix, mode)
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


def atomic_write_bytes(
    path: Path, data: bytes, *, replace: bool = True, make_folder: bool = True, mode: int = PRIVATE
) -> None:
    with atomic_writer(path, replace=replace, make_folder=make_folder, mode=mode) as handle:
        handle.write(data)


def atomic_write_text(path: Path, text: str, *, replace: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), replace=replace)


def atomic_write_with(
    path: Path, write: Callable[[BinaryIO], None], *, replace: bool = True, make_folder: bool = True,
    prefix: str = TEMP_PREFIX, mode: int = PRIVATE,
) -> None:  # fmt: skip
    """Let ``write`` fill the file (e.g. ``image.save``) and publish it atomically."""
    with atomic_writer(path, replace=replace, make_folder=make_folder, prefix=prefix, mode=mode) as handle:
        write(handle)


def is_temp_file(path: Path) -> bool:
    """True for leftovers of an interrupted atomic write (safe to delete)."""
    return path.name.startswith(TEMP_PREFIX)
