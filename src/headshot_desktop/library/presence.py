"""Who has the library open: every window and command holds a shared claim while it does.

"Delete all my data" needs the library to itself for the whole deletion: a run
still in flight elsewhere would write its headshot (and the lock file) back a
moment after the deletion said it was done. Each opener holds a shared lock on
``PRESENCE_NAME`` until it closes; the deletion asks for it exclusively and is
refused while anyone else holds it.

POSIX: ``flock`` (shared / exclusive). Windows has no shared ``flock``, but a file
another process holds open cannot be renamed there, which tells the same thing.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

PRESENCE_NAME = ".headshot-library.open"

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


class LibraryInUse(Exception):
    """Someone else has the library open."""


class Presence:
    """A shared claim on the library, held from ``claim()`` until ``release()``."""

    def __init__(self, root: Path) -> None:
        self.path = root / PRESENCE_NAME
        self._fd: int | None = None

    def claim(self) -> None:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.path, flags, 0o600)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH)
            except OSError:
                os.close(fd)
                raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing drops the flock
            self._fd = None


@contextlib.contextmanager
def sole_access(root: Path):
    """Hold the library exclusively (no other opener) for the block; raises ``LibraryInUse``."""
    path = root / PRESENCE_NAME
    if not path.exists():
        yield
        return
    if fcntl is None:
        aside = path.with_name(path.name + ".check")
        try:
            os.replace(path, aside)  # refused while another process holds it open
        except PermissionError as err:
            raise LibraryInUse(str(path)) from err
        os.replace(aside, path)
        yield
        return
    fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise LibraryInUse(str(path)) from err
            raise
        yield
    finally:
        os.close(fd)
