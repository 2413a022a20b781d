"""Real file-system faults for tests: a small tmpfs that can be filled, a read-only bind mount, an unplug.

They need ``mount`` (root in CI). Without it a test is skipped with the reason, unless
``HEADSHOT_REQUIRE_MOUNTS=1`` is set, in which case it fails: CI never skips these silently.
Every mount made here is undone in a ``finally``, lazily if something still has a file open.

    with small_tmpfs(tmp_path / "disk", 3 * 1024 * 1024) as disk:
        ...                      # a 3 MB file system at ``disk``
        filler = fill(disk)      # now not one more byte fits
        filler.unlink()          # space again

    with read_only_bind(config_dir):
        ...                      # every write below config_dir fails with EROFS
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from tests.support.env import require_or_skip

REQUIRE_FLAG = "HEADSHOT_REQUIRE_MOUNTS"
FILLER_NAME = ".filler"


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)


def _can_mount_or_skip() -> None:
    if os.name != "posix" or not hasattr(os, "geteuid"):
        require_or_skip(REQUIRE_FLAG, "mounts need a POSIX system")
    if os.geteuid() != 0:
        require_or_skip(REQUIRE_FLAG, "mounting a tmpfs or a bind mount needs root")
    for tool in ("mount", "umount"):
        if shutil.which(tool) is None:
            require_or_skip(REQUIRE_FLAG, f"`{tool}` is not installed")


def _mount_or_skip(*command: str) -> None:
    done = _run(*command)
    if done.returncode != 0:
        require_or_skip(REQUIRE_FLAG, f"`{' '.join(command)}` failed: {done.stderr.strip() or done.returncode}")


def is_mount_point(path: Path) -> bool:
    """True while ``path`` is a mount point, by /proc/self/mountinfo (bind mounts included)."""
    target = os.path.realpath(path)
    try:
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    except OSError:
        return os.path.ismount(target)
    for line in lines:
        fields = line.split()
        if len(fields) > 4 and fields[4].encode().decode("unicode_escape") == target:
            return True
    return False


def unmount(path: Path, *, lazy: bool = False) -> None:
    """Unmount ``path``; ``lazy`` detaches it at once even while files on it are open (an unplug)."""
    if lazy:
        done = _run("umount", "-l", str(path))
        if done.returncode != 0 and is_mount_point(path):
            raise OSError(f"umount -l {path} failed: {done.stderr.strip()}")
        return
    deadline = time.monotonic() + 10
    while is_mount_point(path):
        done = _run("umount", str(path))
        if done.returncode == 0:
            continue
        if time.monotonic() > deadline:  # still busy (a child process that did not exit): detach it
            _run("umount", "-l", str(path))
            if is_mount_point(path):
                raise OSError(f"umount {path} failed: {done.stderr.strip()}")
            return
        time.sleep(0.1)


def _undo(path: Path, stacked: bool) -> None:
    """Undo our mount on ``path``: gone already (the test unplugged it), or the one on top."""
    if stacked:  # something was mounted there before us: take off ours only
        unmount_once(path)
        return
    for _ in range(5):  # a test may have mounted on top of ours too
        if not is_mount_point(path):
            return
        unmount(path)


def unmount_once(path: Path) -> None:
    done = _run("umount", str(path))
    if done.returncode != 0:
        _run("umount", "-l", str(path))


@contextlib.contextmanager
def small_tmpfs(path: Path, size_bytes: int) -> Iterator[Path]:
    """A fresh tmpfs of ``size_bytes`` (rounded up to pages) mounted at ``path`` (created if needed)."""
    _can_mount_or_skip()
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    stacked = is_mount_point(path)
    _mount_or_skip("mount", "-t", "tmpfs", "-o", f"size={int(size_bytes)},mode=0755", "tmpfs", str(path))
    try:
        yield path
    finally:
        _undo(path, stacked)


def fill(folder: Path, *, leave: int = 0) -> Path:
    """Write a filler file in ``folder`` until the file system refuses more (``ENOSPC``).

    ``leave`` bytes are then given back (approximately, in whole pages on a tmpfs).
    Returns the filler; delete it to free the space.
    """
    folder = Path(folder)
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


@contextlib.contextmanager
def read_only_bind(path: Path) -> Iterator[Path]:
    """Make the existing folder ``path`` read-only in place: a read-only bind mount of itself.

    Root is not stopped by file modes, so this is how a read-only folder (a backup, a share,
    a locked-down profile) is made for a test running as root.
    """
    _can_mount_or_skip()
    path = Path(path)
    if not path.is_dir():
        raise FileNotFoundError(path)
    stacked = is_mount_point(path)
    _mount_or_skip("mount", "--bind", str(path), str(path))
    try:
        done = _run("mount", "-o", "remount,bind,ro", str(path))
        if done.returncode != 0:
            require_or_skip(REQUIRE_FLAG, f"remounting {path} read-only failed: {done.stderr.strip()}")
        probe = path / ".write-probe"
        try:
            probe.write_bytes(b"x")
        except OSError as err:
            if err.errno != errno.EROFS:
                raise
        else:
            probe.unlink()
            raise AssertionError(f"{path} is still writable after the read-only bind mount")
        yield path
    finally:
        _undo(path, stacked)
