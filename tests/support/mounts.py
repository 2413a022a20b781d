"""Real mounts for storage tests: a read-only bind mount, a small tmpfs (a disk that fills up).

``chmod`` does not stop root (the suite runs as root in CI), so a library that must be
read-only is bind-mounted read-only. Mounting needs root and a working ``mount``; when
either is missing the test is skipped with the reason, unless ``HEADSHOT_REQUIRE_MOUNTS=1``
(then it fails). Every mount is undone when the ``with`` block ends, even when the test failed.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.support.env import require_or_skip

REQUIRE_FLAG = "HEADSHOT_REQUIRE_MOUNTS"
COMMAND_TIMEOUT_S = 30


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        list(args), capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, stdin=subprocess.DEVNULL
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
    the same device as its parent. The kernel's mount table can.
    """
    wanted = os.path.realpath(path)
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as table:
            return any(_unescape(line.split()[4]) == wanted for line in table if len(line.split()) > 4)
    except OSError:
        return os.path.ismount(path)


def unmount(path: Path) -> None:
    """Undo a mount; a busy one is detached lazily so a failing test never leaves it behind."""
    for _ in range(3):  # a mount stacked on another one comes off one at a time
        if not is_mount_point(path):
            return
        if _run("umount", os.fspath(path)).returncode != 0:
            _run("umount", "-l", os.fspath(path))
    if is_mount_point(path):
        raise RuntimeError(f"could not unmount {path}")


@contextlib.contextmanager
def read_only_bind(source: Path, target: Path) -> Iterator[Path]:
    """``source`` shown read-only at ``target`` (created if needed) for the ``with`` block."""
    require_mounts()
    target.mkdir(parents=True, exist_ok=True)
    _mount("--bind", os.fspath(source), os.fspath(target))
    try:
        done = _run("mount", "-o", "remount,bind,ro", os.fspath(target))
        if done.returncode != 0:
            require_or_skip(REQUIRE_FLAG, f"cannot make the bind mount read-only: {done.stderr.strip()}")
        probe = target / ".headshot-test-write-probe"
        try:
            probe.write_bytes(b"x")
        except OSError:
            pass
        else:
            probe.unlink()
            raise AssertionError(f"the read-only bind mount at {target} accepted a write")
        yield target
    finally:
        unmount(target)


@contextlib.contextmanager
def small_tmpfs(target: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of ``size`` (mount's syntax: "4m", "512k") at ``target`` for the ``with`` block."""
    require_mounts()
    target.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", os.fspath(target))
    try:
        yield target
    finally:
        unmount(target)


def fill(folder: Path, leave_bytes: int = 0) -> Path:
    """Fill the file system holding ``folder`` until at most ``leave_bytes`` are free; returns the filler."""
    usage = shutil.disk_usage(folder)
    if usage.total > 1 << 30:
        raise ValueError(f"{folder} is on a file system of {usage.total} bytes: fill only a small tmpfs")
    filler = folder / ".headshot-test-filler"
    chunk = b"\0" * (64 * 1024)
    with open(filler, "wb") as handle:
        for _ in range(usage.total // 512 + 16):  # bounded even if a write never fails
            free = shutil.disk_usage(folder).free
            if free <= leave_bytes:
                break
            try:
                handle.write(chunk[: max(1, min(len(chunk), free - leave_bytes))])
                handle.flush()
            except OSError:
                break
    return filler
