"""The batch's pause when the provider limits how fast requests may come: nobody is sent until it is over.

A rate limit is not anyone's failure: the person goes back in the queue and the whole batch waits as long as
the server asked (its ``retry-after``), or a growing backoff when it did not say.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from headshot_desktop.errors import ErrorKind

if TYPE_CHECKING:
    from headshot_desktop.core.progress import Retrying

FIRST_BACKOFF = 2.0
MAX_BACKOFF = 60.0


def is_rate_limit(event: Retrying) -> bool:
    """Whether a retry the provider's client makes is for a rate limit (it waits, and so should the others)."""
    return event.kind is ErrorKind.RATE_LIMIT


class RatePause:
    """When the next person may be sent; safe from any thread."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._until = 0.0
        self._backoff = FIRST_BACKOFF
        self.seen = False  # a rate limit was met in this run: the server's pace binds

    def hold(self, seconds: float | None) -> float:
        """Pause for ``seconds`` (None: the next backoff) from now, unless already paused longer; the pause."""
        with self._lock:
            self.seen = True
            if seconds is None or seconds < 0:
                seconds = self._backoff
                self._backoff = min(MAX_BACKOFF, self._backoff * 2)
            self._until = max(self._until, self._clock() + seconds)
            return seconds

    def went_through(self) -> None:
        """A request got through: the next unexplained limit starts from the first backoff again."""
        with self._lock:
            self._backoff = FIRST_BACKOFF

    def remaining(self) -> float:
        """Seconds until the pause is over (0: go on)."""
        with self._lock:
            return max(0.0, self._until - self._clock())
