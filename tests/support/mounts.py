"""Real mounts for storage tests: a read-only bind mount, a small tmpfs that can be filled, an unplug.

``chmod`` does not stop root (the suite runs as root in CI), so a folder that must be
read-only is bind-mounted read-only. Mounting needs Linux, root and a working ``mount``;
when any is missing the test is skipped with the reason, unless ``HEADSHOT_REQUIRE_MOUNTS=1``
(then it fails: CI never skips these silently). Every mount made here is undone when the
``with`` block ends, even when the test failed, lazily if something still has a file open.

    with small_tmpfs(tmp_path / "disk", 3 * 1024 * 1024) as disk:
        ...                      # a 3 MB file system at ``disk``
        filler = fill(disk)      # now not one more byte fits
        filler.unlink()          # space again
        unmount(disk, lazy=True) # the drive is pulled out; the empty folder stays

    with read_only_bind(config_dir):
        ...                      # every write below config_dir fails with EROFS

    with read_only_bind(source, tmp_path / "ro") as ro:
        ...                      # ``source`` shown read-only at ``ro``
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from tests.support.env import require_or_skip

REQUIRE_FLAG = "HEADSHOT_REQUIRE_MOUNTS"
COMMAND_TIMEOUT_S = 30
UNMOUNT_PATIENCE_S = 10
FILLER_NAME = ".headshot-test-filler"
PROBE_NAME = ".headshot-test-write-probe"
MAX_FILL_BYTES = 1 << 30  # fill() refuses a file system larger than this: only a small tmpfs


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        list(args), check=False, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, stdin=subprocess.DEVNULL
    )


def _unavailable() -> str | None:
    """Why mounting cannot work here, or None."""
    if not sys.platform.startswith("linux"):
        return f"mount tests need Linux (this is {sys.platform})"
    if os.geteuid() != 0:
        return "mount tests need root (bind mounts and tmpfs)"
    for tool in ("mount", "umount"):
        if shutil.which(tool) is None:
            return f"no {tool} command"
    return None


def require_mounts() -> None:
    """Skip (or fail with HEADSHOT_REQUIRE_MOUNTS=1) when this process cannot mount."""
    reason = _unavailable()
    if reason:
        require_or_skip(REQUIRE_FLAG, reason)


def _mount(*args: str) -> None:
    done = _run("mount", *args)
    if done.returncode != 0:
        require_or_skip(REQUIRE_FLAG, f"mount {' '.join(args)} failed: {done.stderr.strip() or done.returncode}")


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (``\\040``)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)


def is_mount_point(path: Path) -> bool:
    """True when something is mounted at ``path``.

    ``os.path.ismount`` cannot tell: a bind mount of a folder on the same file system has
    the same device as its parent. The kernel's mount table (/proc/self/mountinfo) can.
    """
    wanted = os.path.realpath(path)
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as table:
            return any(_unescape(fields[4]) == wanted for fields in map(str.split, table) if len(fields) > 4)
    except OSError:
        return os.path.ismount(path)


def unmount_once(path: Path) -> None:
    """Take off the top mount at ``path`` only (lazily if it is busy)."""
    if _run("umount", os.fspath(path)).returncode != 0:
        _run("umount", "-l", os.fspath(path))


def unmount(path: Path, *, lazy: bool = False) -> None:
    """Unmount everything at ``path``; ``lazy`` detaches it at once even while files on it are open (an unplug).

    Without ``lazy`` a busy mount is retried for a while, then detached lazily, so a failing
    test never leaves it behind.
    """
    if lazy:
        done = _run("umount", "-l", os.fspath(path))
        if done.returncode != 0 and is_mount_point(path):
            raise OSError(f"umount -l {path} failed: {done.stderr.strip()}")
        return
    deadline = time.monotonic() + UNMOUNT_PATIENCE_S
    while is_mount_point(path):  # a mount stacked on another one comes off one at a time
        done = _run("umount", os.fspath(path))
        if done.returncode == 0:
            continue
        if time.monotonic() > deadline:  # still busy (a child process that did not exit): detach it
            _run("umount", "-l", os.fspath(path))
            if is_mount_point(path):
                raise OSError(f"umount {path} failed: {done.stderr.strip()}")
            return
        time.sleep(0.1)


@contextlib.contextmanager
def _mounted(target: Path, *mount_args: str) -> Iterator[None]:
    """Run ``mount *mount_args`` (whose last argument is ``target``); undo it after the block.

    If something was mounted at ``target`` before, only ours comes off; otherwise everything
    there does (a test may have mounted on top of ours, or already unplugged it).
    """
    stacked = is_mount_point(target)
    _mount(*mount_args)
    try:
        yield
    finally:
        if stacked:
            unmount_once(target)
        else:
            unmount(target)


@contextlib.contextmanager
def small_tmpfs(target: Path, size_bytes: int) -> Iterator[Path]:
    """A fresh tmpfs of ``size_bytes`` (rounded up to pages) at ``target`` (created if needed)."""
    require_mounts()
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    with _mounted(target, "-t", "tmpfs", "-o", f"size={int(size_bytes)},mode=0755", "tmpfs", os.fspath(target)):
        yield target


@contextlib.contextmanager
def read_only_bind(source: Path, target: Path | None = None) -> Iterator[Path]:
    """The existing folder ``source`` shown read-only at ``target`` for the ``with`` block.

    Without ``target`` the folder is made read-only in place (a read-only bind mount of
    itself); ``target`` is created if needed. Yields the read-only path.
    """
    require_mounts()
    source = Path(source)
    if not source.is_dir():
        raise FileNotFoundError(source)
    target = source if target is None else Path(target)
    target.mkdir(parents=True, exist_ok=True)
    with _mounted(target, "--bind", os.fspath(source), os.fspath(target)):
        done = _run("mount", "-o", "remount,bind,ro", os.fspath(target))
        if done.returncode != 0:
            require_or_skip(REQUIRE_FLAG, f"cannot make the bind mount at {target} read-only: {done.stderr.strip()}")
        probe = target / PROBE_NAME
        try:
            probe.write_bytes(b"x")
        except OSError as err:
            if err.errno != errno.EROFS:
                raise
        else:
            probe.unlink()
            raise AssertionError(f"the read-only bind mount at {target} accepted a write")
        yield target


def fill(folder: Path, *, leave: int = 0) -> Path:
    """Write a filler file in ``folder`` until the file system refuses more (``ENOSPC``).

    ``leave`` bytes are then given back (approximately, in whole pages on a tmpfs).
    Returns the filler; delete it to free the space. Only for a small tmpfs: a file
    system larger than ``MAX_FILL_BYTES`` is refused.
    """
    folder = Path(folder)
    total = shutil.disk_usage(folder).total
    if total > MAX_FILL_BYTES:
        raise ValueError(f"{folder} is on a file system of {total} bytes: fill only a small tmpfs")
    filler = folder / FILLER_NAME
    written = 0
    with open(filler, "ab", buffering=0) as handle:
        for chunk in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
            block = b"\0" * chunk
            while True:
                try:
                    count = handle.write(block)
                except OSError as err:
                    if err.errno in (errno.ENOSPC, errno.EDQUOT):
                        break
                    raise
                if not count:
                    break
                written += count
        os.fsync(handle.fileno())
    if leave:
        os.truncate(filler, max(0, written - leave))
    free = shutil.disk_usage(folder).free
    if free > leave + (64 << 10):
        raise AssertionError(f"filling {folder} left {free} bytes free")
    return filler
