"""Writes in flight outside the app's folders (exports), noted so a crash leaves nothing behind.

An export is written to a hidden temporary file next to its target and renamed
when complete. Killed half-way, the temporary file stays in the person's folder,
and a data export's is a full copy of every photo. Before such a write a note
says where its temporary file goes (folder and a unique prefix); the note goes
when the write ends. At the next start, notes of processes no longer running
are followed and their leftovers removed.

A process's number is used again by the system (often, after a restart), so the note also says when the
writer started, where the system tells (Linux): a running process that started at another time is another one.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from headshot_desktop.system.atomic import TEMP_PREFIX, atomic_write_text

log = logging.getLogger(__name__)

STALE_AFTER_S_WITHOUT_PID_CHECK = 12 * 3600


def _started(pid: int) -> str | None:
    """When process ``pid`` started, as the boot it belongs to and its start time; None where the system does not
    say (no /proc) or it is not running."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        # Field 22, counted after the name in brackets (which may hold spaces and brackets itself).
        return f"{boot}:{stat[stat.rindex(')') + 2 :].split()[19]}"
    except (OSError, ValueError, IndexError):
        return None


def _writer_running(pid: int, started: object) -> bool:
    """Whether the process that wrote a note is still running: its number in use, by the same process."""
    if pid == os.getpid():
        return started is None or started == _started(pid)
    if not _running(pid):
        return False
    now = _started(pid)
    return not (isinstance(started, str) and now is not None and now != started)


def _running(pid: int) -> bool:
    if os.name != "posix":
        return False  # os.kill(pid, 0) would send CTRL_C_EVENT on Windows; age decides there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class PendingWrites:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @contextlib.contextmanager
    def note(self, target: Path) -> Iterator[str]:
        """Note a write to ``target``; yields the temporary-file prefix the write must use."""
        token = os.urandom(8).hex()
        prefix = f"{TEMP_PREFIX}{token}-"
        note = self.folder / f"{os.getpid()}-{token}.json"
        record = {"pid": os.getpid(), "started": _started(os.getpid()),
                  "folder": os.fspath(Path(target).absolute().parent), "prefix": prefix}  # fmt: skip
        try:
            atomic_write_text(note, json.dumps(record))
        except OSError as err:  # no note, no clean-up later: the export itself still works
            log.warning("cannot note the export in %s: %s", self.folder, err)
        try:
            yield prefix
        finally:
            with contextlib.suppress(OSError):
                note.unlink()

    def clean_stale(self) -> int:
        """Remove leftovers of writes whose process is gone; returns how many files went."""
        try:
            notes = [p for p in self.folder.iterdir() if p.suffix == ".json"]
        except OSError:
            return 0
        removed = 0
        for note in notes:
            try:
                record = json.loads(note.read_text(encoding="utf-8"))
                pid, folder, prefix = int(record["pid"]), Path(record["folder"]), str(record["prefix"])
            except (OSError, ValueError, KeyError, TypeError):
                with contextlib.suppress(OSError):
                    note.unlink()
                continue
            if not prefix.startswith(TEMP_PREFIX) or "/" in prefix or len(prefix) < len(TEMP_PREFIX) + 16:
                continue
            if _writer_running(pid, record.get("started")):
                continue
            if os.name != "posix":
                with contextlib.suppress(OSError):
                    import time

                    if time.time() - note.stat().st_mtime < STALE_AFTER_S_WITHOUT_PID_CHECK:
                        continue
            try:
                leftovers = [p for p in folder.iterdir() if p.name.startswith(prefix)]
            except OSError:
                leftovers = []
            for path in leftovers:
                if path.is_symlink() or not path.is_file():
                    continue
                try:
                    path.unlink()
                    removed += 1
                    log.info("removed the leftover of an interrupted export: %s", path)
                except OSError as err:
                    log.warning("cannot remove leftover %s: %s", path, err)
            with contextlib.suppress(OSError):
                note.unlink()
        return removed
