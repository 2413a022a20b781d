"""Who has the library open: every window and command holds a shared claim while it does.

"Delete all my data" needs the library to itself for the whole deletion: a run
still in flight elsewhere would write its headshot (and the lock file) back a
moment after the deletion said it was done. Each opener holds a shared lock on
``PRESENCE_NAME`` until it closes; the deletion takes it exclusively and is
refused while anyone else holds it. Neither side waits: an opener that meets a
deletion is told so at once.

The lock is on an open file, so a claim is only good if the file it locked is
still the one at the path (the deletion unlinks it at the end): both sides
compare inodes after locking and try again when they differ.

POSIX: ``flock`` (shared / exclusive). Windows has no shared ``flock``, but a file
another process holds open cannot be renamed there, which tells the same thing.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

PRESENCE_NAME = ".headshot-library.open"
_ATTEMPTS = 5

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


class LibraryInUse(Exception):
    """Someone else has the library open (or is deleting it)."""


def _open(path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(path, flags, 0o600)


def _still_there(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path, follow_symlinks=False).st_ino
    except OSError:
        return False


def _locked(path: Path, mode: int) -> int:
    """An open descriptor of ``path`` holding a ``flock`` of ``mode``; raises ``LibraryInUse``."""
    for _ in range(_ATTEMPTS):
        fd = _open(path)
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except OSError as err:
            os.close(fd)
            if err.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise LibraryInUse(str(path)) from err
            raise
        if _still_there(fd, path):
            return fd
        os.close(fd)  # locked a file that was unlinked meanwhile: take the new one
    raise LibraryInUse(str(path))


class Presence:
    """A shared claim on the library, held from ``claim()`` until ``release()``."""

    def __init__(self, root: Path) -> None:
        self.path = root / PRESENCE_NAME
        self._fd: int | None = None

    def claim(self) -> None:
        """Raises ``LibraryInUse`` while a deletion holds the library, ``OSError`` for other faults."""
        self._fd = _open(self.path) if fcntl is None else _locked(self.path, fcntl.LOCK_SH)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing drops the flock
            self._fd = None


@contextlib.contextmanager
def sole_access(root: Path) -> Iterator[None]:
    """Hold the library exclusively (no other opener) for the block; raises ``LibraryInUse``."""
    path = root / PRESENCE_NAME
    if fcntl is None:
        if path.exists():
            aside = path.with_name(path.name + ".check")
            try:
                os.replace(path, aside)  # refused while another process holds it open
            except PermissionError as err:
                raise LibraryInUse(str(path)) from err
            try:
                os.replace(aside, path)
            except OSError as err:
                raise LibraryInUse(str(path)) from err
        yield
        return
    fd = _locked(path, fcntl.LOCK_EX)
    try:
        yield
    finally:
        os.close(fd)
