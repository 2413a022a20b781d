"""Each batch made by one window or command at a time: an OS lock, ``<batch_id>.lock`` beside its manifest.

Held for a whole run and for every change a window or command makes to a batch, so a second run of the same
batch (another window, ``batch --resume``) stops at once instead of taking the first one's people for a crash's
leftovers and paying for them again. The OS lets go of it when the process ends, even killed.
"""

from __future__ import annotations

import threading
from pathlib import Path

import filelock

from headshot_desktop.errors import ConfigError, StorageError
from headshot_desktop.library.layout import BATCH_LOCK_SUFFIX
from headshot_desktop.translatable import N_

BUSY_HINT = N_("team", "Let it finish there, or stop it there, then go on with it here.")


class BatchBusyError(ConfigError):
    """Another window or command is making this batch: nothing was changed."""


class BatchLocks:
    """The batches one store holds; holds nest, from any thread of that store (the runner holds a batch while
    the window's edits of it go through)."""

    def __init__(self, folder: Path, lock: threading.RLock) -> None:
        self.folder = folder
        self._lock = lock
        self._held: dict[str, tuple[filelock.BaseFileLock, int]] = {}  # batch id -> (its OS lock, how deep)

    def path_of(self, batch_id: str) -> Path:
        return self.folder / f"{batch_id}{BATCH_LOCK_SUFFIX}"

    def hold(self, batch_id: str, manifest_path: Path) -> bool:
        """Hold the batch (True: for the first time, so read it again); ``BatchBusyError`` at once when another
        window or command holds it."""
        with self._lock:
            if batch_id in self._held:
                lock, depth = self._held[batch_id]
                self._held[batch_id] = (lock, depth + 1)
                return False
            path = self.path_of(batch_id)
            lock = filelock.FileLock(path, timeout=0, thread_local=False)
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                lock.acquire()
            except filelock.Timeout:
                raise BatchBusyError(
                    N_(
                        "team",
                        "This batch is being made in another window or command: {batch} (its lock {path} is "
                        "held). Nothing was changed.",
                    ).format(batch=batch_id, path=path),
                    hint=BUSY_HINT,
                ) from None
            except OSError as err:
                raise StorageError(N_("team", "The team batch {path} could not be locked (with {lock} beside it): "
                                      "{error}.").format(path=manifest_path, lock=path.name, error=err.strerror or err),
                                   hint=N_("team", "Check that the library folder is there and can be written."),
                                   detail=repr(err)) from err  # fmt: skip
            self._held[batch_id] = (lock, 1)
            return True

    def let_go(self, batch_id: str) -> None:
        with self._lock:
            lock, depth = self._held[batch_id]
            if depth > 1:
                self._held[batch_id] = (lock, depth - 1)
                return
            del self._held[batch_id]
            lock.release()

    def holds(self, batch_id: str) -> bool:
        with self._lock:
            return batch_id in self._held
