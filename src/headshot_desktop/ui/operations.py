"""Each thing a person asks for is one small operation: its work on a pool, its answer back on the window's thread.

An operation names the pool it needs. ``LibraryOp`` runs on the library pool, one task at a time: every read and
write of the library, the index, thumbnails, exports and the data rights. ``NetworkOp`` runs beside it: provider
requests, key checks and keyring calls (the keyring can sit on D-Bus for seconds). A failure nobody handles is
shown in one default dialog that says what did not happen; a cancelled operation says nothing, and nor does one
whose widget was closed before the answer came.

    LibraryOp(window, lambda _progress, _cancel: library.keep(items), failed="The headshots could not be kept.")
        .success(lambda changed: window.refresh_library())
        .run_in_background()
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6

from headshot_desktop.errors import CancelledError
from headshot_desktop.ui.errors import show_error
from headshot_desktop.ui.notices import plain_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from headshot_desktop.core.generation import CancelToken
    from headshot_desktop.ui.session import Session
    from headshot_desktop.ui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")
Run = Callable[[Callable[[Any], None], "CancelToken"], T]


def session_of(widget: QWidget) -> Session:
    """The session of the window ``widget`` lives in (a dialog's parent chain leads to it)."""
    current: Any = widget
    while current is not None:
        session = getattr(current, "session", None)
        if session is not None:
            return session
        current = current.parentWidget()
    raise LookupError(f"{type(widget).__name__} is not inside a window with a session")


class Operation(Generic[T]):
    """``run(progress, cancel)`` off the window's thread; ``success``/``failure`` on it, through one queued signal."""

    def __init__(self, parent: QWidget, run: Run[T], *, failed: str, label: str = "") -> None:
        self.parent = parent
        self._run = run
        self._failed = failed  # the sentence the default dialog says when the work raised something unexpected
        self.label = label or type(self).__name__
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: Callable[[Any], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        """Replace the default failure dialog (the callback gets the error as raised)."""
        self._failure = callback
        return self

    def progress(self, callback: Callable[[Any], None]) -> Operation[T]:
        self._progress = callback
        return self

    def pool(self, session: Session) -> TaskRunner:
        raise NotImplementedError

    def _parent_alive(self) -> bool:
        """False once the widget that asked is deleted (a dialog closed before the answer came)."""
        return shiboken6.isValid(self.parent)

    def run_in_background(self) -> Task:
        return self.pool(session_of(self.parent)).submit(
            self._run, label=self.label, on_done=self._succeeded, on_error=self._failed_with, on_progress=self._progress
        )

    def _succeeded(self, value: T) -> None:
        if self._success is not None and self._parent_alive():
            self._success(value)

    def _failed_with(self, err: BaseException) -> None:
        if not self._parent_alive():  # a dialog closed meanwhile: no one to tell, but the log keeps it
            if not isinstance(err, CancelledError):
                log.info("%s failed after its window closed: %r", self.label, err)
        elif self._failure is not None:
            self._failure(err)
        elif not isinstance(err, CancelledError):
            show_error(self.parent, plain_error(err, self._failed))


class LibraryOp(Operation[T]):
    """Reads or writes the library folder, the index, thumbnails or exports: queued behind the others, one at a time."""

    def pool(self, session: Session) -> TaskRunner:
        return session.runner


class NetworkOp(Operation[T]):
    """Talks to a provider or the keyring: runs beside the library's work, never behind it."""

    def pool(self, session: Session) -> TaskRunner:
        return session.network
