"""Run plain-Python work off the main thread; results come back on it through queued signals.

The work is any callable taking ``(progress, cancel)``: ``progress(event)`` may be
called from the worker thread as often as it likes, and ``cancel`` is the
``CancelToken`` the work checks. Nothing in here knows what the work is.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from headshot_desktop.core.generation import CancelToken

log = logging.getLogger(__name__)

Work = Callable[[Callable[[Any], None], CancelToken], Any]
BACKGROUND_NICE = 10


def run_in_background_priority() -> None:
    """Make the calling (worker) thread yield the CPU and the interpreter lock to the window's thread.

    On Linux nice is per thread, and threads a worker starts inherit it (intake's
    parallel resize among them); and big blocks of memory (decoded photos) are mapped
    afresh instead of cleared under the lock (``system.memory``). Elsewhere this does nothing.
    """
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
        except OSError:
            log.debug("could not lower the worker thread's priority", exc_info=True)
        from headshot_desktop.system.memory import map_large_allocations  # ctypes: on a worker, not at start

        map_large_allocations()


@dataclass(eq=False)
class Task:
    """One piece of work on a pool: its cancel, its future, and what to call back on the window's thread."""

    id: int
    label: str
    cancel_token: CancelToken = field(default_factory=CancelToken)
    future: Future | None = None
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    on_progress: Callable[[Any], None] | None = None

    def cancel(self) -> None:
        self.cancel_token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled


class TaskRunner(QObject):
    """A small thread pool whose callbacks always run on the thread that owns the runner."""

    # Emitted from worker threads; Qt queues them to the runner's (main) thread.
    _progress = Signal(object, object)
    _finished = Signal(object, object, object)
    activeChanged = Signal(int)  # number of tasks queued or running

    def __init__(self, max_workers: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(
            max_workers=max_workers, thread_name_prefix="headshot-worker", initializer=run_in_background_priority
        )
        self._ids = itertools.count(1)
        self._active: dict[int, Task] = {}
        self._closed = False
        self._progress.connect(self._deliver_progress)
        self._finished.connect(self._deliver_finished)

    def submit(
        self,
        work: Work,
        *,
        label: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Task:
        task = Task(next(self._ids), label, on_done=on_done, on_error=on_error, on_progress=on_progress)
        if self._closed:
            # Late requests (a timer, a queued signal) after the window closed: never run.
            log.debug("task %s refused: the runner is shut down", label)
            task.cancel()
            return task
        self._active[task.id] = task
        task.future = self._pool.submit(self._run, task, work)
        self.activeChanged.emit(len(self._active))
        return task

    def _run(self, task: Task, work: Work) -> None:
        try:
            value = work(lambda event: self._progress.emit(task, event), task.cancel_token)
        except BaseException as err:  # handed to on_error on the main thread
            if not isinstance(err, Exception):
                log.warning("task %s ended by %r", task.label, err)
            self._finished.emit(task, None, err)
        else:
            self._finished.emit(task, value, None)

    def _deliver_progress(self, task: Task, event: Any) -> None:
        if task.on_progress is not None and task.id in self._active:
            task.on_progress(event)

    def _deliver_finished(self, task: Task, value: Any, error: BaseException | None) -> None:
        self._active.pop(task.id, None)
        self.activeChanged.emit(len(self._active))
        if error is None:
            if task.on_done is not None:
                task.on_done(value)
        elif task.on_error is not None:
            task.on_error(error)
        else:
            log.error("task %s failed", task.label, exc_info=error)

    @property
    def active(self) -> list[Task]:
        return list(self._active.values())

    def cancel_all(self) -> None:
        for task in self.active:
            task.cancel()

    def shutdown(self) -> None:
        """Cancel everything and wait for the workers (on quit)."""
        self._closed = True
        self.cancel_all()
        self._pool.shutdown(wait=True, cancel_futures=True)
