"""A picture that follows the person's choices, drawn on the library pool: the newest choice wins.

One drawing runs at a time. A choice made while one is drawn is drawn next (the ones in between are skipped),
and a picture drawn for an older choice is never shown over a newer one. The window's thread only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.operations import LibraryOp

C = TypeVar("C")  # what is asked for (a frozen dataclass: compared with ==)
R = TypeVar("R")  # what the drawing gives back


class NewestDrawing(Generic[C, R]):
    def __init__(self, owner: QWidget, job: Callable[[C], Callable[[], R]], shown: Callable[[C, R], None],
                 failed: Callable[[BaseException], None], *, label: str,
                 every: Callable[[R], None] | None = None) -> None:  # fmt: skip
        """``job(choice)`` is called on the window's thread and gives the work to run on the pool; ``shown`` gets
        the newest result, ``every`` each one (to keep what a later drawing can reuse, say a decoded picture)."""
        self.owner = owner
        self._job = job
        self._shown = shown
        self._failed = failed
        self._every = every
        self.label = label
        self._wanted: C | None = None
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def ask(self, choice: C) -> None:
        self._wanted = choice
        if self._running:
            return  # drawn as soon as the drawing under way is done
        self._running = True
        work = self._job(choice)
        # Never said in fact (``_not_drawn`` takes every failure); ``label`` is the log's name for the drawing.
        failed = translate("NewestDrawing", "The preview could not be drawn.")
        (
            LibraryOp(self.owner, lambda _progress, _cancel: work(), failed=failed, label=self.label)
            .success(lambda result: self._drawn(choice, result))
            .failure(self._not_drawn)
            .run_in_background()
        )  # fmt: skip

    def _drawn(self, choice: C, result: R) -> None:
        self._running = False
        if self._every is not None:
            self._every(result)
        if self._wanted is not None and self._wanted != choice:
            self.ask(self._wanted)  # the choice changed while this one was drawn: never show the older
        else:
            self._shown(choice, result)

    def _not_drawn(self, err: BaseException) -> None:
        self._running = False
        self._failed(err)
